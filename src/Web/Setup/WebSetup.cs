using Hangfire;
using Waardering.Data.Database;
using Waardering.Data.Jobs;
using Waardering.Data.Migrations;
using Waardering.Data.Privacy;
using Waardering.Data.Startup;
using Waardering.Data.Time;
using Waardering.Web.Apply;
using Waardering.Web.Audit;
using Waardering.Web.Budget;
using Waardering.Web.Contact;
using Waardering.Web.CoSigning;
using Waardering.Web.Decisions;
using Waardering.Web.Health;
using Waardering.Web.Json;
using Waardering.Web.MyRequests;
using Waardering.Web.Outbox;
using Waardering.Web.Pages;
using Waardering.Web.Payouts;
using Waardering.Web.PersonalData;
using Waardering.Web.Population;
using Waardering.Web.RateLimits;
using Waardering.Web.Reports;
using Waardering.Web.Requests;
using Waardering.Web.Schemes;
using Waardering.Web.Staff;
using Waardering.Web.Support;
using Waardering.Web.Telemetry;
using Waardering.Web.Texts;
using Waardering.Web.Vouchers;

namespace Waardering.Web.Setup;

public static class WebSetup
{
    /// <summary>Largest request body accepted: a request with three caregivers is about 2 KB.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static WebApplicationBuilder AddWaarderingWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.Logging.AddWaarderingLogging(configuration, builder.Environment);

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddWaarderingData(configuration);
        services.AddWaarderingClock(configuration, builder.Environment);
        services.ConfigureHttpJsonOptions(o => JsonSetup.Configure(o.SerializerOptions));
        // Unreadable bodies reach the exception handler, which names the field in the answer.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionToProblemHandler>();
        services.AddWaarderingAuth(configuration, builder.Environment);
        services.AddWaarderingProxy();
        builder.AddWaarderingWebTelemetry();
        services.AddWaarderingOpenApi();
        services.AddDesignSystem(configuration);
        services.AddWaarderingTexts(configuration);
        services.AddStaffPages();
        services.AddWaarderingHealthChecks();
        services.AddWaarderingShutdown(configuration);

        // Web only enqueues; the Worker process runs the jobs.
        services.AddWaarderingJobStorage();
        services.AddHangfire((sp, c) => c.UseRegisteredLogProvider(sp).UseWaarderingSerialization());

        services.AddRequests();
        services.AddPlanChanges();
        services.AddWaarderingRateLimits(configuration);
        services.AddOptions<PayoutOptions>().Bind(configuration.GetSection(PayoutOptions.Section));
        return builder;
    }

    /// <summary>
    /// Refuses settings only meant for trying out (outside Development), then applies the
    /// migrations and checks the privacy keys, so a bad setup stops start-up, not a request.
    /// </summary>
    public static async Task ApplyMigrationsAsync(this WebApplication app)
    {
        app.RefuseTryOutSettings();
        _ = app.Services.GetRequiredService<PersonalDataProtector>();
        await app.Services.GetRequiredService<MigrationRunner>().ApplyAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseWaarderingWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Before the exception handler and the body limit, so their problem details are in the caller's language.
        app.UseCitizenLanguages();
        app.UseExceptionHandler();
        app.UseRequestBodyLimit(MaxRequestBodyBytes);
        app.UseStatusCodePages();
        // CSS and images need no sign-in: served before authentication looks at the request.
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.UseHangfireDashboard(DashboardToken.Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "Waardering jobs",
        });
        return app;
    }

    public static WebApplication MapWaarderingEndpoints(this WebApplication app)
    {
        app.MapWaarderingOpenApi();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        app.MapDesignSystem();
        app.MapLanguageEndpoints();
        app.MapCitizenSignInEndpoints();
        app.MapMyRequestsEndpoints();
        app.MapSchemeEndpoints();
        app.MapRequestEndpoints();
        app.MapApplyEndpoints();
        app.MapStatusPageEndpoints();
        app.MapCaseworkEndpoints();
        app.MapVoidEndpoints();
        app.MapCaregiverEndpoints();
        app.MapCoSignEndpoints();
        Letters.CodeEndpoints.MapCodeEndpoints(app);
        app.MapStaffCoSignEndpoints();
        app.MapAuditExportEndpoints();
        app.MapDecisionEndpoints();
        app.MapBudgetEndpoints();
        app.MapRecomputeEndpoints();
        app.MapMultiYearEndpoints();
        app.MapPlanEndpoints();
        app.MapPayoutEndpoints();
        app.MapVoucherEndpoints();
        app.MapConsentEndpoints();
        app.MapRegisterChangeEndpoints();
        app.MapCheckInEndpoints();
        app.MapReferralEndpoints();
        app.MapPersonalDataEndpoints();
        app.MapContactReportEndpoints();
        app.MapPastYearEndpoints();
        app.MapOutboxEndpoints();
        app.MapSupportEndpoints();
        app.MapPopulationEndpoints();
        app.MapStaffPages();
        return app;
    }
}
