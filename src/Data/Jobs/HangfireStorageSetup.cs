using Hangfire;
using Hangfire.PostgreSql;

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
}
