using Waardering.Web.Staff.Account;
using Waardering.Web.Staff.Queue;
using Waardering.Web.Staff.RequestActions;

namespace Waardering.Web.Staff;

/// <summary>The back office's pages and the services only they use. One line per feature folder.</summary>
public static class StaffPages
{
    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddScoped<QueueReading>();
        services.AddRequestActionPages();
        return services;
    }

    public static IEndpointRouteBuilder MapStaffPages(this IEndpointRouteBuilder app)
    {
        app.MapQueuePages();
        app.MapAccountPages();
        app.MapRequestActionPages();
        return app;
    }
}
