namespace Waardering.Web.Pages;

/// <summary>
/// How every citizens' page is mapped: anyone may open it (a personal page's token is its key, and
/// the handler checks it), and it is HTML for people, not part of the API's OpenAPI contract.
/// </summary>
public static class CitizenPageRoutes
{
    public static RouteHandlerBuilder MapCitizenPage(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapGet(pattern, handler).AllowAnonymous().ExcludeFromDescription();
}
