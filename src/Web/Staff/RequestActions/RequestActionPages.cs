using Waardering.Data.Auth;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>The officers' actions on one request, each on a page of its own under <c>/staff/requests/{id}/…</c>.</summary>
public static class RequestActionPages
{
    public static IServiceCollection AddRequestActionPages(this IServiceCollection services) =>
        services.AddScoped<ActionRequestReading>();

    public static IEndpointRouteBuilder MapRequestActionPages(this IEndpointRouteBuilder app)
    {
        app.MapAddCaregiverPages();
        app.MapCoSignaturePages();
        app.MapCoSignCodePages();
        app.MapIbanPages();
        app.MapConsentPages();
        app.MapCheckInPages();
        return app;
    }

    /// <summary>An action's page: officers' case work, on a request of a municipality the officer works for.</summary>
    public static RouteHandlerBuilder MapActionPage(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapStaffPage(pattern, handler, Policies.CaseWork).ScopedByOwner(OwnedKind.Request);

    /// <summary>What an action's form posts to, under the same policy and scope as its page.</summary>
    public static RouteHandlerBuilder MapActionForm(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapStaffForm(pattern, handler, Policies.CaseWork).ScopedByOwner(OwnedKind.Request);
}
