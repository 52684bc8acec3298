using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Waardering.Data.Migrations;

/// <summary>
/// Applies the forward-only SQL files of db/migrations in name order, each in its own
/// transaction, and journals them in <c>schema_migrations</c>. An advisory lock lets Web
/// instances and Workers start together. A changed file that was already applied stops start-up.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    // Any fixed number; it names this lock among the database's advisory locks.
    private const long AdvisoryLockKey = 0x5741_4152_4445;
    private const string ResourcePrefix = "migrations/";

    public async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("select pg_advisory_lock(@AdvisoryLockKey)", new { AdvisoryLockKey });
        try
        {
            await connection.ExecuteAsync("""
                create table if not exists schema_migrations (
                    name       text primary key,
                    checksum   text not null,
                    applied_at timestamptz not null default now()
                )
                """);
            var applied = (await connection.QueryAsync<(string Name, string Checksum)>(
                "select name, checksum from schema_migrations")).ToDictionary(r => r.Name, r => r.Checksum);

            var newlyApplied = new List<string>();
            // A migration that cannot do all it would (0036 without the database's owner) says so in a warning.
            string? running = null;
            connection.Notice += (_, e) =>
            {
                if (e.Notice.Severity == "WARNING")
                {
                    logger.LogWarning("Migration {Migration}: {Warning}", running, e.Notice.MessageText);
                }
            };
            foreach (var (name, sql) in ReadMigrations())
            {
                running = name;
                var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
                if (applied.TryGetValue(name, out var existing))
                {
                    if (existing != checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {name} was changed after it was applied; add a new migration instead.");
                    }

                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                // No time limit: a migration may rebuild a large table (0030 adds a stored column to requests).
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, commandTimeout: 0,
                    cancellationToken: cancellationToken));
                await connection.ExecuteAsync(
                    "insert into schema_migrations (name, checksum) values (@name, @checksum)",
                    new { name, checksum }, transaction);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Migration}", name);
                newlyApplied.Add(name);
            }

            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@AdvisoryLockKey)", new { AdvisoryLockKey });
        }
    }

    /// <summary>The names of the migrations this build carries, in the order they are applied.</summary>
    public static IEnumerable<string> Names() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Sql)> ReadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in Names())
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (name, reader.ReadToEnd());
        }
    }
}
