namespace Waardering.Web.Staff;

/// <summary>
/// How every officers' page is mapped: under <c>/staff</c>, where the session cookie of the
/// OpenID Connect sign-in authenticates (the API's bearer tokens work too), with the same
/// policies and municipality scopes as the API routes that do the same work. Pages are HTML for
/// people, not part of the API's OpenAPI contract. A form posts back with anti-forgery: a handler
/// that binds the form (<c>[FromForm]</c> or <c>IFormCollection</c>) has it checked before it runs.
/// </summary>
public static class StaffPageRoutes
{
    public const string Prefix = "/staff";
    public const string QueuePath = "/staff";
    public const string SignOutPath = "/staff/sign-out";

    public static RouteHandlerBuilder MapStaffPage(this IEndpointRouteBuilder app, string pattern, Delegate handler, string policy) =>
        app.MapGet(pattern, handler).RequireAuthorization(policy).ExcludeFromDescription().AddEndpointFilter(NotFoundAsPage);

    public static RouteHandlerBuilder MapStaffForm(this IEndpointRouteBuilder app, string pattern, Delegate handler, string policy) =>
        app.MapPost(pattern, handler).RequireAuthorization(policy).ExcludeFromDescription().AddEndpointFilter(NotFoundAsPage);

    /// <summary>
    /// The outermost filter: a 404 from a municipality scope (another municipality's id, or none)
    /// becomes the back office's "not found" page, still with status 404.
    /// </summary>
    private static async ValueTask<object?> NotFoundAsPage(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        return result is NotFound ? Pages.PageResults.Page<NotFoundPage>(statusCode: StatusCodes.Status404NotFound) : result;
    }
}
