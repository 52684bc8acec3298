using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Waardering.Data.Database;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Data.Startup;
using Waardering.Data.Time;
using Waardering.Worker.Jobs;
using Waardering.Worker.Mail;
using Waardering.Worker.Outbox;
using Waardering.Worker.Telemetry;

namespace Waardering.Worker;

/// <summary>
/// The Worker process: a Hangfire server on the shared PostgreSQL storage that runs the jobs Web
/// enqueues and the recurring ones. Several Workers may run at once.
/// </summary>
public static class WorkerHost
{
    /// <summary>
    /// Jobs run at once per Worker (setting <c>Worker:Count</c>). Four keeps a 2-core machine busy:
    /// the jobs mostly wait on PostgreSQL and SMTP; the outbox sends on one connection per job.
    /// </summary>
    public const int DefaultJobsAtOnce = 4;

    /// <param name="args">Command-line settings, e.g. <c>--Mail:Smtp:Port=2525</c>.</param>
    /// <param name="configure">Last changes to the services, for hosts started by tests.</param>
    public static IHost Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.AddWaarderingLogging(builder.Configuration, builder.Environment);

        RefuseTryOutSettings(builder);
        builder.AddWaarderingWorkerTelemetry();
        var services = builder.Services;
        services.AddWaarderingData(builder.Configuration);
        services.AddWaarderingClock(builder.Configuration, builder.Environment);
        services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section));
        services.AddSingleton<MailTemplateRenderer>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<OutboxStore>();
        services.AddTransient<IOutboxDispatcher, OutboxDispatcher>();

        // Registered before the Hangfire server, so the schema is there before any job runs.
        services.AddHostedService<MigrateOnStart>();
        services.AddWaarderingJobStorage();
        services.AddHangfire((sp, c) => c.UseRegisteredLogProvider(sp).UseWaarderingSerialization());
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = sp.GetRequiredService<IConfiguration>().GetValue("Worker:Count", DefaultJobsAtOnce);
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        services.AddHostedService<RecurringJobs>();
        configure?.Invoke(services);
        return builder.Build();
    }

    /// <summary>The shared <see cref="TryOutSettings"/>, and mail that would leave unencrypted though TLS is required.</summary>
    private static void RefuseTryOutSettings(HostApplicationBuilder builder)
    {
        var problems = TryOutSettings.SharedProblems(builder.Configuration);
        var smtp = builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Smtp ?? new SmtpOptions();
        if (smtp.RequireTls && smtp.Security.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Mail:Smtp:Security is None while Mail:Smtp:RequireTls is on; use StartTls or SslOnConnect");
        }

        TryOutSettings.Refuse(builder.Environment, problems);
    }
}
