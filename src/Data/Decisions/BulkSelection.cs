using Dapper;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Budget;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Decisions;

/// <summary>One request an officer ticked for a bulk decision, with what approving it would award.</summary>
public sealed record BulkCandidate(Guid Id, string Reference, string? RecipientName, RequestStatus Status, long AmountCents, bool EnteredByOfficer)
{
    /// <summary>This officer may approve it now: its status allows it and they did not enter it themselves (four eyes).</summary>
    public bool Approvable => RequestLife.CanBecome(Status, RequestStatus.Approved) && !EnteredByOfficer;
}

/// <summary>
/// What approving the ticked requests does before anything is decided: their awards against the
/// budget left on the lines that fund the appreciation, and the amount per unit now. Ids that are
/// not of this scheme (another municipality's, or none) are left out, so they reveal nothing.
/// </summary>
public sealed record BulkPreview(IReadOnlyList<BulkCandidate> Candidates, long RemainingCents, long CurrentAmountCents)
{
    public IEnumerable<BulkCandidate> Approvable => Candidates.Where(c => c.Approvable);

    public long ApprovableCents => Approvable.Sum(c => c.AmountCents);

    /// <summary>How many of the approvable requests the budget left covers, taken in the order shown; the rest would wait for budget.</summary>
    public int Covered
    {
        get
        {
            var (left, covered) = (RemainingCents, 0);
            foreach (var candidate in Approvable)
            {
                if (candidate.AmountCents > left)
                {
                    break;
                }

                left -= candidate.AmountCents;
                covered++;
            }

            return covered;
        }
    }
}

public sealed class BulkSelection(NpgsqlDataSource dataSource, BudgetReportReader budget)
{
    /// <summary>At most this many requests in one bulk decision: a page of the queue at its largest.</summary>
    public const int MaxRequests = 200;

    public async Task<BulkPreview?> PreviewAsync(string municipality, int year, IReadOnlyCollection<Guid> ids, Actor officer,
        CancellationToken cancellationToken)
    {
        var report = await budget.ReadAsync(municipality, year, cancellationToken);
        if (report.CurrentAmountCents is not { } amount)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, string Reference, string? Name, string Status, long Amount, bool Entered)>(new CommandDefinition($"""
            select r.id, r.reference, r.recipient_name, r.status,
                coalesce((select sum(c.amount_cents) from request_caregivers c where c.request_id = r.id), 0)::bigint,
                {EnteredRequests.EnteredBySql}
            from requests r join schemes s on s.id = r.scheme_id
            where r.id = any(@ids) and s.municipality_code = @municipality and s.year = @year
            order by r.submitted_at, r.reference
            """, new { ids = ids.Take(MaxRequests).ToArray(), municipality, year, officerName = officer.Name, officerSubject = officer.Subject },
            cancellationToken: cancellationToken));
        var remaining = report.Lines.Where(l => l.FundsAppreciation).Sum(l => Math.Max(0, l.RemainingCents));
        return new BulkPreview(
            rows.Select(r => new BulkCandidate(r.Id, r.Reference, r.Name, Codes.Parse<RequestStatus>(r.Status), r.Amount, r.Entered)).ToList(),
            remaining, amount);
    }
}
