using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Payouts;
using Waardering.Data.Privacy;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.PersonalData;

/// <summary>
/// Finds what is stored of a person, for export and for erasure alike: the requests they made as
/// recipient, their places as caregiver, their register entries, and whether each request is settled.
/// </summary>
internal static class PersonalDataLookup
{
    private static readonly string Awarded = $"""
        (c.amount_cents = 0
         or exists (select 1 from payments p where p.request_id = c.request_id and p.caregiver_position = c.position and p.status = {PaymentConditions.Paid})
         or exists (select 1 from vouchers v where v.request_id = c.request_id and v.caregiver_position = c.position))
        """;

    /// <summary>A request is settled when it was refused or expired, or every award in it has been paid.</summary>
    private static readonly string Settled = $"""
        (r.status = any(@ended)
         or (r.status = @approved and not exists (select 1 from request_caregivers c where c.request_id = r.id and not {Awarded})))
        """;

    internal sealed record RecipientRow(
        Guid Id, string Reference, string Municipality, int Year, string Status, Instant SubmittedAt, string? Name,
        LocalDate? BirthDate, string? Postcode, string? HouseNumber, string? Email, byte[]? BsnEncrypted,
        Instant? PersonalDataRemovedAt, bool Settled);

    internal sealed record CaregiverRow(
        Guid RequestId, string Reference, string Municipality, int Year, string Status, int Position, string? Name,
        LocalDate? BirthDate, string? Email, string? Iban, long AmountCents, bool ConsentToContact, Guid? RegisterId, bool Settled);

    /// <param name="municipalities">Only what is stored in these: staff see the municipalities they work for.</param>
    internal static async Task<(List<RecipientRow> Recipient, List<CaregiverRow> Caregiver, Guid[] RegisterIds)> FindAsync(
        NpgsqlTransaction transaction, PersonLookup person, string[] municipalities, PersonalDataProtector protector,
        CancellationToken cancellationToken, bool forUpdate = false)
    {
        var connection = transaction.Connection!;
        var lookup = new
        {
            bsnHash = person.Bsn is { } bsn ? protector.KeyedHash(bsn.Value, BsnPurpose.Lookup) : null,
            email = person.Email,
            ended = RequestLife.EndedWithoutAward.CodesOf(),
            approved = RequestStatus.Approved.Code(),
            municipalities,
        };
        var lockRows = forUpdate ? "for update of r" : "";
        var recipient = (await connection.QueryAsync<RecipientRow>(new CommandDefinition($"""
            select r.id, r.reference, s.municipality_code as municipality, s.year, r.status, r.submitted_at, r.recipient_name as name,
                r.recipient_birth_date as birth_date, r.recipient_postcode as postcode, r.recipient_house_number as house_number,
                r.recipient_email as email, r.recipient_bsn_encrypted as bsn_encrypted, r.personal_data_removed_at, {Settled} as settled
            from requests r join schemes s on s.id = r.scheme_id
            where (r.recipient_bsn_hash = @bsnHash or lower(r.recipient_email) = lower(@email)) and s.municipality_code = any(@municipalities)
            order by r.submitted_at {lockRows}
            """, lookup, transaction, cancellationToken: cancellationToken))).ToList();
        var caregiver = person.Email is null ? [] : (await connection.QueryAsync<CaregiverRow>(new CommandDefinition($"""
            select c.request_id, r.reference, s.municipality_code as municipality, s.year, r.status, c.position, c.name, c.birth_date,
                c.email, c.iban, c.amount_cents, c.consent_to_contact, c.register_id,
                (r.status = any(@ended) or (r.status = @approved and {Awarded})) as settled
            from request_caregivers c join requests r on r.id = c.request_id join schemes s on s.id = r.scheme_id
            where lower(c.email) = lower(@email) and s.municipality_code = any(@municipalities)
            order by r.submitted_at, c.position {lockRows}
            """, lookup, transaction, cancellationToken: cancellationToken))).ToList();
        var registerIds = (await connection.QueryAsync<Guid>(new CommandDefinition("""
            select id from caregiver_register
            where (lower(email) = lower(@email) or id = any(@linked)) and municipality_code = any(@municipalities)
            """, new { email = person.Email, linked = caregiver.Where(c => c.RegisterId is not null).Select(c => c.RegisterId!.Value).ToArray(), municipalities },
            transaction, cancellationToken: cancellationToken))).ToArray();
        return (recipient, caregiver, registerIds);
    }
}
