using Hangfire;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Data.Database;

namespace Waardering.Data.Jobs;

public static class HangfireStorageSetup
{
    public const string Schema = "hangfire";

    /// <summary>
    /// Web and Worker share this storage: Web enqueues, Worker runs. Each host gets its own
    /// instance from its container rather than Hangfire's process-wide <c>JobStorage.Current</c>,
    /// which the last host to configure Hangfire would win: with several hosts in one process (the
    /// tests) a job could otherwise land in another host's database. Registered before
    /// <c>AddHangfire</c>, which then keeps it.
    /// </summary>
    public static IServiceCollection AddWaarderingJobStorage(this IServiceCollection services) =>
        services.AddSingleton<JobStorage>(sp =>
            CreateStorage(DataServiceCollectionExtensions.RequireConnectionString(sp.GetRequiredService<IConfiguration>())));

    /// <summary>
    /// Long polling (LISTEN/NOTIFY) lets the worker pick up a job within milliseconds instead of the
    /// default 15 s queue poll.
    /// </summary>
    public static PostgreSqlStorage CreateStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new JobConnections(connectionString), options);
    }

    /// <summary>How jobs are written, the same in every host; the storage comes from <see cref="AddWaarderingJobStorage"/>.</summary>
    public static IGlobalConfiguration UseWaarderingSerialization(this IGlobalConfiguration configuration) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();

    /// <summary>
    /// Hangfire keeps one log provider for the whole process and, by default, binds it to the
    /// logger factory of the host that configured it last. A host that registers an
    /// <see cref="ILogProvider"/> of its own gets that one instead, for instance to keep Hangfire's
    /// logs apart or, in tests that start many hosts in one process, to outlive each host.
    /// </summary>
    public static IGlobalConfiguration UseRegisteredLogProvider(this IGlobalConfiguration configuration, IServiceProvider services) =>
        services.GetService<ILogProvider>() is { } logs ? configuration.UseLogProvider(logs) : configuration;
}
