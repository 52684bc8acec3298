using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Domain.Requests;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>A caregiver as an action page shows them: the IBAN masked, never in full.</summary>
public sealed record ActionCaregiver(int Position, string? Name, string? IbanMasked, int Weight, long AmountCents, bool ConsentToContact);

/// <summary>What every action page shows of its request: the reference, status, recipient's name and the caregivers.</summary>
public sealed record ActionRequest(
    Guid Id, string Reference, RequestStatus Status, string MunicipalityCode, int Year, string? RecipientName, long UnitAmountCents,
    IReadOnlyList<ActionCaregiver> Caregivers)
{
    public ActionCaregiver? Caregiver(int position) => Caregivers.FirstOrDefault(c => c.Position == position);
}

/// <summary>
/// Reads the request an action page is about. The page shows names: a staff read of personal data,
/// so it is on the audit trail with the officer's subject and the page it was for.
/// </summary>
public sealed class ActionRequestReading(RequestReader reader, NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<ActionRequest?> ReadAsync(Guid id, string page, HttpContext context, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } r)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AuditLog.WriteAsync(connection, null, StaffActor.From(context), "read", clock.GetCurrentInstant(), id,
            details: new { page }, cancellationToken: cancellationToken);
        return new ActionRequest(r.Id, r.Reference, r.Status, r.MunicipalityCode, r.Year, r.RecipientName, r.UnitAmountCents,
            r.Caregivers.Select(c => new ActionCaregiver(c.Position, c.Name, Iban.MaskOf(c.Iban), c.Weight, c.AmountCents, c.ConsentToContact)).ToList());
    }
}
