namespace Waardering.Web.Requests;

/// <summary>
/// The citizen's link to follow a request on a page (<c>/request-status/{id}?token=…</c>): the
/// same status token as the API's <c>X-Status-Token</c> header, for people without an API client.
/// </summary>
public static class StatusLinks
{
    public static string Path(Guid requestId, string statusToken) => $"/request-status/{requestId}?token={Uri.EscapeDataString(statusToken)}";

    public static string Url(string publicBaseUrl, Guid requestId, string statusToken) =>
        publicBaseUrl.TrimEnd('/') + Path(requestId, statusToken);
}
