using Dapper;
using Npgsql;
using Waardering.Data.Database;

namespace Waardering.Data.Letters;

/// <summary>
/// The postal addresses a request gives beyond the recipient's postcode and house number
/// (request_addresses, db/migrations/0023_letters.sql): position 0 the recipient's street and town,
/// a caregiver's position their whole address. Read when a letter is written.
/// </summary>
public static class RequestAddresses
{
    public const int Recipient = 0;

    public static void Add(StatementBatch batch, Guid requestId, IReadOnlyDictionary<int, PostalAddress> addresses)
    {
        if (addresses.Count == 0)
        {
            return;
        }

        var rows = addresses.OrderBy(a => a.Key).ToList();
        batch.Add("""
            insert into request_addresses (request_id, position, street, house_number, postcode, city)
            select @requestId, a.* from unnest(@positions, @streets, @houseNumbers, @postcodes, @cities) as a
            """,
            ("requestId", requestId),
            ("positions", rows.Select(a => a.Key).ToArray()),
            ("streets", rows.Select(a => a.Value.Street).ToArray()),
            ("houseNumbers", rows.Select(a => a.Value.HouseNumber).ToArray()),
            ("postcodes", rows.Select(a => a.Value.Postcode).ToArray()),
            ("cities", rows.Select(a => a.Value.City).ToArray()));
    }

    /// <summary>Every address of the request by position; the recipient's with the postcode and house number the request holds.</summary>
    public static async Task<IReadOnlyDictionary<int, PostalAddress>> OfRequestAsync(
        NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken)
    {
        var rows = await transaction.Connection!.QueryAsync<(int Position, string? Street, string? HouseNumber, string? Postcode, string? City)>(
            new CommandDefinition("""
                select 0, a.street, r.recipient_house_number, r.recipient_postcode, a.city
                from requests r left join request_addresses a on a.request_id = r.id and a.position = 0
                where r.id = @requestId
                union all
                select position, street, house_number, postcode, city from request_addresses where request_id = @requestId and position > 0
                """, new { requestId }, transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Position, r => new PostalAddress(r.Street, r.HouseNumber, r.Postcode, r.City));
    }
}
