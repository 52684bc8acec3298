using Dapper;
using Npgsql;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.MyRequests;

/// <summary>
/// The requests of a citizen signed in with DigiD, found by the keyed hash of their BSN: those they
/// sent (<c>digid_bsn_hash</c>) and those that name them as the recipient (<c>recipient_bsn_hash</c>).
/// Nobody else's: every read and every change here is filtered on that hash.
/// </summary>
public sealed class CitizenRequests(NpgsqlDataSource dataSource)
{
    /// <summary>Whether the request is this citizen's; the condition every statement here adds, on <c>r</c>.</summary>
    internal const string Theirs = "(r.digid_bsn_hash = @bsnHash or r.recipient_bsn_hash = @bsnHash)";

    /// <summary>The newest first: the one of this year is the one they came for.</summary>
    public async Task<IReadOnlyList<CitizenRequest>> ListAsync(byte[] bsnHash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var requests = (await connection.QueryAsync<RequestRow>(new CommandDefinition($"""
            select r.id, r.reference, m.name as municipality_name, s.year, r.status, r.submitted_by,
                coalesce(r.digid_bsn_hash = @bsnHash, false) as sent, r.submitted_at, r.unit_amount_cents,
                r.recipient_name, r.recipient_email
            from requests r join schemes s on s.id = r.scheme_id join municipalities m on m.code = s.municipality_code
            where {Theirs}
            order by r.submitted_at desc
            """, new { bsnHash }, cancellationToken: cancellationToken))).ToList();
        var ids = requests.Select(r => r.Id).ToArray();
        var caregivers = (await connection.QueryAsync<CaregiverRow>(new CommandDefinition("""
            select request_id, position, name, email, iban, amount_cents, iban_change_pending
            from request_caregivers where request_id = any(@ids) order by request_id, position
            """, new { ids }, cancellationToken: cancellationToken))).ToLookup(c => c.RequestId);
        return requests.Select(r => new CitizenRequest(
            r.Id, r.Reference, r.MunicipalityName, r.Year, RequestLife.AsCitizenSees(Codes.Parse<RequestStatus>(r.Status)),
            Codes.Parse<Applicant>(r.SubmittedBy), r.Sent, r.SubmittedAt, r.UnitAmountCents, r.RecipientName, r.RecipientEmail,
            caregivers[r.Id].Select(c => new CitizenCaregiver(c.Position, c.Name, c.Email, Iban.MaskOf(c.Iban), c.AmountCents, c.IbanChangePending))
                .ToList())).ToList();
    }

    /// <summary>One of the citizen's requests, or null when it is not theirs (or not there): the same answer for both.</summary>
    public async Task<CitizenRequest?> FindAsync(byte[] bsnHash, Guid id, CancellationToken cancellationToken) =>
        (await ListAsync(bsnHash, cancellationToken)).FirstOrDefault(r => r.Id == id);

    private sealed record RequestRow(
        Guid Id, string Reference, string MunicipalityName, int Year, string Status, string SubmittedBy, bool Sent,
        NodaTime.Instant SubmittedAt, long UnitAmountCents, string? RecipientName, string? RecipientEmail);

    private sealed record CaregiverRow(
        Guid RequestId, int Position, string? Name, string? Email, string? Iban, long AmountCents, bool IbanChangePending);
}
