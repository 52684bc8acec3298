using Waardering.Web.Staff.Account;
using Waardering.Web.Staff.Bulk;
using Waardering.Web.Staff.CounterEntry;
using Waardering.Web.Staff.Dashboard;
using Waardering.Web.Staff.Dashboard.Amount;
using Waardering.Web.Staff.Dashboard.CheckIns;
using Waardering.Web.Staff.Dashboard.Reach;
using Waardering.Web.Staff.Dashboard.Plan;
using Waardering.Web.Staff.Dashboard.History;
using Waardering.Web.Staff.Audit;
using Waardering.Web.Staff.Payouts;
using Waardering.Web.Staff.Queue;
using Waardering.Web.Staff.KeepInformed;
using Waardering.Web.Staff.Referrals;
using Waardering.Web.Staff.Requests;
using Waardering.Web.Staff.RequestActions;

namespace Waardering.Web.Staff;

/// <summary>The back office's pages and the services only they use. One line per feature folder.</summary>
public static class StaffPages
{
    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddScoped<QueueReading>();
        services.AddRequestPages();
        services.AddPayoutPages();
        services.AddRequestActionPages();
        services.AddDashboardPages();
        services.AddAmountPanel();
        services.AddReachPages();
        services.AddCheckInPanel();
        services.AddPlanPage();
        services.AddHistoryPages();
        return services;
    }

    public static IEndpointRouteBuilder MapStaffPages(this IEndpointRouteBuilder app)
    {
        app.MapQueuePages();
        app.MapAccountPages();
        app.MapBulkDecisionPages();
        app.MapReferralPages();
        app.MapKeepInformedPages();
        app.MapAuditPages();
        app.MapCounterEntryPages();
        app.MapRequestPages();
        app.MapPayoutPages();
        app.MapRequestActionPages();
        app.MapDashboardPages();
        app.MapAmountPanel();
        app.MapReachPages();
        app.MapCheckInPanel();
        app.MapPlanPages();
        app.MapHistoryPages();
        Letters.LetterPageEndpoints.MapLetterPages(app);
        return app;
    }
}
