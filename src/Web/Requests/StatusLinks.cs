namespace Waardering.Web.Requests;

/// <summary>
/// The citizen's link to follow a request on a page (<c>/request-status/{id}?token=…</c>), for
/// people without an API client. Its token opens that page only, not the API's fuller view.
/// </summary>
public static class StatusLinks
{
    public static string Path(Guid requestId, string statusToken) => $"/request-status/{requestId}?token={Uri.EscapeDataString(statusToken)}";

    public static string Url(string publicBaseUrl, Guid requestId, string statusToken) =>
        publicBaseUrl.TrimEnd('/') + Path(requestId, statusToken);
}
