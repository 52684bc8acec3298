namespace Waardering.Web.OpenApi;

public static class RouteDescription
{
    /// <summary>
    /// Every operation of the API has a stable name (for links and generated clients) and a summary
    /// that says what it does for whom; the OpenAPI document test holds each route to both.
    /// </summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name).WithSummary(summary);
}
