using Npgsql;

namespace Waardering.Data.Database;

/// <summary>
/// Writes that follow from one change (its rows, its audit event, its mails) sent to PostgreSQL
/// in one round trip, inside the caller's transaction. On the intake path a round trip cost the
/// service and the database more than the insert it carried (bench/intake.sh). The statements
/// run in the order they were added; the first that fails fails the batch, and the transaction
/// with it.
/// </summary>
public sealed class StatementBatch(NpgsqlTransaction transaction)
{
    private readonly List<NpgsqlBatchCommand> _commands = [];

    public NpgsqlTransaction Transaction => transaction;

    /// <summary>Adds a statement with named parameters (<c>@name</c>); a null value is sent as SQL null.</summary>
    public StatementBatch Add(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        _commands.Add(Command(sql, parameters));
        return this;
    }

    /// <summary>One statement with named parameters (<c>@name</c>), for a batch whose results the caller reads.</summary>
    public static NpgsqlBatchCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>
    /// Runs the statements and commits the transaction in the same round trip. When a statement
    /// fails, PostgreSQL skips the rest of the batch, the commit with it, and the transaction is
    /// rolled back when it is disposed; after the commit Npgsql knows the transaction has ended and
    /// sends no rollback.
    /// </summary>
    public Task CommitAsync(CancellationToken cancellationToken)
    {
        _commands.Add(Command("commit"));
        return ExecuteAsync(cancellationToken);
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (_commands.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        foreach (var command in _commands)
        {
            batch.BatchCommands.Add(command);
        }

        _commands.Clear();
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
