using Dapper;
using Npgsql;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// One payment of a batch as the approving officer sees it: who, which account (masked), how much,
/// and a mark where the account deserves a second look.
/// </summary>
/// <param name="IbanChangedAfterIntake">The IBAN was changed by staff after the request came in.</param>
/// <param name="EnteredByStaff">The request, with its IBAN, was entered by an officer (counter, phone, paper), not by the citizen.</param>
public sealed record BatchLine(
    string EndToEndId, string? Name, string? IbanMasked, long AmountCents, string Status, bool IbanChangedAfterIntake, bool EnteredByStaff)
{
    /// <summary>Either reason to look twice: one officer alone chose where this money goes.</summary>
    public bool Marked => IbanChangedAfterIntake || EnteredByStaff;
}

public sealed record BatchLinesPage(Guid BatchId, int Page, int PageSize, int Total, IReadOnlyList<BatchLine> Items);

/// <summary>The lines of a payout batch, a page at a time, so that approving it is not approving it blind.</summary>
public sealed class PayoutBatchLines(NpgsqlDataSource dataSource)
{
    /// <summary>The actions after which an IBAN differs from what the request brought in (0013 and before it).</summary>
    private static readonly string[] IbanChanged = ["iban-corrected", "iban-change-confirmed"];

    /// <summary>Null when there is no such batch.</summary>
    public async Task<BatchLinesPage?> ReadAsync(Guid batchId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            "select (select count(*)::int from payments where batch_id = b.id) from payout_batches b where b.id = @batchId",
            new { batchId }, cancellationToken: cancellationToken));
        if (total is null)
        {
            return null;
        }

        var rows = await connection.QueryAsync<Row>(new CommandDefinition("""
            select p.end_to_end_id, p.creditor_name as name, p.iban, p.amount_cents, p.status,
                exists (select 1 from audit_events e where e.request_id = p.request_id and e.action = any(@ibanChanged)
                        and (e.details ->> 'position')::int = p.caregiver_position) as iban_changed_after_intake,
                r.channel <> @web as entered_by_staff
            from payments p join requests r on r.id = p.request_id
            where p.batch_id = @batchId
            order by p.end_to_end_id
            offset @skip limit @pageSize
            """, new { batchId, ibanChanged = IbanChanged, web = Channel.Web.Code(), skip = (page - 1) * pageSize, pageSize },
            cancellationToken: cancellationToken));
        var items = rows.Select(r => new BatchLine(r.EndToEndId, r.Name, Iban.MaskOf(r.Iban), r.AmountCents, r.Status,
            r.IbanChangedAfterIntake, r.EnteredByStaff)).ToList();
        return new BatchLinesPage(batchId, page, pageSize, total.Value, items);
    }

    private sealed record Row(
        string EndToEndId, string? Name, string? Iban, long AmountCents, string Status, bool IbanChangedAfterIntake, bool EnteredByStaff);
}
