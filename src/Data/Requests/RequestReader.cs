using Dapper;
using Npgsql;

namespace Waardering.Data.Requests;

public sealed class RequestReader(NpgsqlDataSource dataSource)
{
    public async Task<RequestRecord?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var request = await connection.QuerySingleOrDefaultAsync<RequestRecord>(new CommandDefinition("""
            select r.id, r.reference, r.status, s.municipality_code, s.year, r.submitted_by, r.channel, r.language,
                r.recipient_name, r.recipient_birth_date, r.recipient_postcode, r.recipient_house_number,
                r.recipient_email, r.recipient_bsn_encrypted, r.unit_amount_cents, r.status_token_hash, r.submitted_at,
                r.status_page_token_hash, r.digid_bsn_hash is not null as signed_in_with_digid
            from requests r join schemes s on s.id = r.scheme_id
            where r.id = @id
            """, new { id }, cancellationToken: cancellationToken));
        if (request is null)
        {
            return null;
        }

        var caregivers = await connection.QueryAsync<CaregiverRecord>(new CommandDefinition("""
            select position, name, birth_date, email, iban, weight, amount_cents, consent_to_contact, care_declared
            from request_caregivers where request_id = @id order by position
            """, new { id }, cancellationToken: cancellationToken));
        return request with { Caregivers = caregivers.ToList() };
    }
}
