using Hangfire;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace Waardering.Data.Jobs;

public static class HangfireStorageSetup
{
    public const string Schema = "hangfire";

    /// <summary>
    /// Web and Worker share this storage: Web enqueues, Worker runs. Long polling (LISTEN/NOTIFY)
    /// lets the worker pick up a job within milliseconds instead of the default 15 s queue poll.
    /// </summary>
    public static IGlobalConfiguration<PostgreSqlStorage> UseWaarderingStorage(this IGlobalConfiguration configuration, string connectionString) =>
        configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = Schema,
                    PrepareSchemaIfNecessary = true,
                    EnableLongPolling = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                });

    /// <summary>
    /// Hangfire keeps one log provider for the whole process and, by default, binds it to the
    /// logger factory of the host that configured it last. A host that registers an
    /// <see cref="ILogProvider"/> of its own gets that one instead, for instance to keep Hangfire's
    /// logs apart or, in tests that start many hosts in one process, to outlive each host.
    /// </summary>
    public static IGlobalConfiguration UseRegisteredLogProvider(this IGlobalConfiguration configuration, IServiceProvider services) =>
        services.GetService<ILogProvider>() is { } logs ? configuration.UseLogProvider(logs) : configuration;
}
