using Microsoft.AspNetCore.Localization;
using Waardering.Web.Pages;

namespace Waardering.Web.Texts;

/// <summary>
/// <c>GET /language/{code}?back=/apply/GM0402/2026</c>: the language links of the citizens' pages.
/// It remembers the choice in a cookie (a preference the page needs to work, so no consent is
/// asked) and goes back to the page it came from, on this site only, without <c>?lang=</c>, which
/// would otherwise win over the new choice.
/// </summary>
public static class LanguageEndpoints
{
    public const string Path = "/language";

    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage(Path + "/{code}", Choose);
        return app;
    }

    public static string Link(string language, PathString path, QueryString query) =>
        $"{Path}/{Uri.EscapeDataString(language)}?back={Uri.EscapeDataString(Back(path, query))}";

    private static IResult Choose(string code, string? back, HttpContext context, TextFiles files)
    {
        if (!files.IsOffered(code))
        {
            return TypedResults.NotFound();
        }

        context.Response.Cookies.Append(CitizenLanguage.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
            new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
        return TypedResults.Redirect(IsLocal(back) ? back! : "/");
    }

    /// <summary>The page's own address without <c>lang</c>.</summary>
    private static string Back(PathString path, QueryString query)
    {
        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value)
            .Where(p => !string.Equals(p.Key, CitizenLanguage.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return path + QueryString.Create(kept).Value;
    }

    /// <summary>A path on this site: not <c>//host</c> or <c>/\host</c>, which browsers take for another site.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
