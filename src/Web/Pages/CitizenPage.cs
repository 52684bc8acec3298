namespace Waardering.Web.Pages;

/// <summary>
/// What every page behind a citizen's mail link shares beyond its layout (<c>CitizenLayout</c>):
/// large type, short sentences (B1), no scripts. A link only opens a page; acting on it takes a
/// button (<c>TokenButton</c>), because mail scanners open links too. The links carry tokens:
/// pages send no referrer, and those that show a person's request are not stored by the browser
/// (<see cref="NotStored"/>).
/// </summary>
public static class CitizenPage
{
    /// <summary>Keeps the page out of the browser's and proxies' caches.</summary>
    public static void NotStored(HttpResponse response) => response.Headers.CacheControl = "no-store";
}
