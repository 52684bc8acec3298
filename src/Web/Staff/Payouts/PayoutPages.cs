using Waardering.Data.Payouts;
using Waardering.Data.Vouchers;
using Waardering.Web.Staff.Vouchers;

namespace Waardering.Web.Staff.Payouts;

/// <summary>Screen 5 of the back office: payout batches, pending IBAN changes and voucher codes.</summary>
public static class PayoutPages
{
    public static IServiceCollection AddPayoutPages(this IServiceCollection services)
    {
        services.AddSingleton<PayoutOverview>();
        services.AddSingleton<PendingIbanChanges>();
        services.AddSingleton<VoucherStock>();
        services.AddScoped<BatchReading>();
        services.AddScoped<PaymentReturning>();
        return services;
    }

    public static IEndpointRouteBuilder MapPayoutPages(this IEndpointRouteBuilder app)
    {
        app.MapPayoutListPages();
        app.MapBatchPages();
        app.MapIbanChangePages();
        app.MapVoucherPages();
        return app;
    }
}
