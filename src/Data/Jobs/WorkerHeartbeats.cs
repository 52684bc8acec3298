using Dapper;
using Npgsql;

namespace Waardering.Data.Jobs;

/// <summary>
/// The Workers as the database knows them: each Hangfire server writes a heartbeat to
/// <c>hangfire.server</c> every 30 seconds (Hangfire's <c>HeartbeatInterval</c>) and removes its
/// row when it stops cleanly. Web reads it to tell whether anyone sends the mails.
/// </summary>
public sealed class WorkerHeartbeats(NpgsqlDataSource dataSource)
{
    /// <summary>The Workers whose last heartbeat is at most <paramref name="within"/> old, by the database's clock.</summary>
    public async Task<int> AliveAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return await connection.ExecuteScalarAsync<int>(new CommandDefinition($"""
                select count(*)::int from {HangfireStorageSetup.Schema}.server
                where lastheartbeat > now() - make_interval(secs => @seconds)
                """, new { seconds = within.TotalSeconds }, cancellationToken: cancellationToken));
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            // No Hangfire server has ever started on this database.
            return 0;
        }
    }
}
