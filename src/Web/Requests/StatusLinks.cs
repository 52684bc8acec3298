using Waardering.Web.Texts;

namespace Waardering.Web.Requests;

/// <summary>
/// The citizen's link to follow a request on a page (<c>/request-status/{id}?token=…</c>), for
/// people without an API client. Its token opens that page only, not the API's fuller view. A
/// request in another language than Dutch carries it (<c>&amp;lang=en</c>), so the page opens in it.
/// </summary>
public static class StatusLinks
{
    public static string Path(Guid requestId, string statusToken, string language = TextFiles.Default) =>
        $"/request-status/{requestId}?token={Uri.EscapeDataString(statusToken)}"
        + (language == TextFiles.Default ? "" : $"&{CitizenLanguage.QueryKey}={Uri.EscapeDataString(language)}");

    public static string Url(string publicBaseUrl, Guid requestId, string statusToken, string language = TextFiles.Default) =>
        publicBaseUrl.TrimEnd('/') + Path(requestId, statusToken, language);
}
