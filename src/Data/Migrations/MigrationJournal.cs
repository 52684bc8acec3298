using Dapper;
using Npgsql;

namespace Waardering.Data.Migrations;

/// <summary>Compares the migrations this build carries with the journal <see cref="MigrationRunner"/> writes.</summary>
public sealed class MigrationJournal(NpgsqlDataSource dataSource)
{
    /// <summary>The migrations of this build not (yet) in <c>schema_migrations</c>; all of them on a database without the journal.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        HashSet<string> applied;
        try
        {
            applied = (await connection.QueryAsync<string>(new CommandDefinition(
                "select name from schema_migrations", cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            applied = [];
        }

        return MigrationRunner.Names().Where(name => !applied.Contains(name)).ToList();
    }
}
