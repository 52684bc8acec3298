using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Waardering.Web.Auth;
using Waardering.Web.Pages;

namespace Waardering.Web.MyRequests;

/// <summary>
/// <c>GET /sign-in?back=/apply/GM0402/2026</c> sends the citizen to the DigiD broker and back to
/// the page they came from; <c>POST /sign-out</c> ends the session here. Both are links of the
/// citizens' pages, not of the API.
/// </summary>
public static class CitizenSignInEndpoints
{
    public const string SignInPath = "/sign-in";
    public const string SignOutPath = "/sign-out";

    public static IEndpointRouteBuilder MapCitizenSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage(SignInPath, SignIn);
        app.MapPost(SignOutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The sign-in link for a page: back to that page once signed in.</summary>
    public static string SignInLink(string back) => $"{SignInPath}?back={Uri.EscapeDataString(back)}";

    private static IResult SignIn(string? back, HttpContext context, IStringLocalizer texts)
    {
        if (!CitizenSession.IsConfigured(context))
        {
            return NotOffered(texts);
        }

        return Results.Challenge(new AuthenticationProperties { RedirectUri = IsLocal(back) ? back : MyRequestsEndpoints.Path },
            [CitizenSignIn.OidcScheme]);
    }

    private static async Task<IResult> SignOutAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await request.ReadCitizenFormAsync(cancellationToken) is not { } form)
        {
            return CitizenFormReading.Refused();
        }

        await request.HttpContext.SignOutAsync(CitizenSignIn.CookieScheme);
        var back = form["back"].ToString();
        return TypedResults.Redirect(IsLocal(back) ? back : MyRequestsEndpoints.Path);
    }

    public static RazorComponentResult<MessagePage> NotOffered(IStringLocalizer texts) =>
        MessagePage.Result(texts["digid.notOfferedTitle"], texts["digid.notOffered"], StatusCodes.Status404NotFound);

    /// <summary>A path on this site: not <c>//host</c> or <c>/\host</c>, which browsers take for another site.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
