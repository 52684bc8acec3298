using Dapper;
using Npgsql;

namespace Waardering.Data.Contact;

/// <summary>Whether a check-in was sent to a caregiver of this request: the back office answers one only from its own request's page.</summary>
public static class CheckInOfRequest
{
    public static async Task<bool> BelongsAsync(NpgsqlDataSource dataSource, Guid checkInId, Guid requestId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from check_ins where id = @checkInId and request_id = @requestId)",
            new { checkInId, requestId }, cancellationToken: cancellationToken));
    }
}
