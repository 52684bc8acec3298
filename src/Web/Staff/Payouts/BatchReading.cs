using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Payouts;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Payouts;

/// <summary>A batch as its page shows it: the batch, a page of its lines, and what this officer may do with it.</summary>
public sealed record BatchView(
    PayoutBatch Batch, BatchLinesPage Lines, bool OwnBatch, int FileCount, long FileCents, string? Done,
    IReadOnlyDictionary<string, string[]> Errors, ReturnForm Return);

/// <summary>The return form's fields as posted, so a form with errors comes back filled in.</summary>
public sealed record ReturnForm(string? EndToEndId, string? Reason);

/// <summary>Reads a batch's page, and puts the read of its lines (names) on the audit trail as the API does.</summary>
public sealed class BatchReading(
    PayoutWorkflow store, PayoutBatchLines lines, PayoutOverview overview, NpgsqlDataSource dataSource, IClock clock)
{
    public const int PageSize = 100;

    /// <summary>Null when there is no such batch; otherwise the page, with the status the caller chose.</summary>
    public async Task<IResult?> RenderAsync(
        HttpContext context, Guid id, int page, string? done, CancellationToken cancellationToken,
        FieldErrors? errors = null, ReturnForm? form = null, int statusCode = StatusCodes.Status200OK)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } batch
            || await lines.ReadAsync(id, Math.Max(1, page), PageSize, cancellationToken) is not { } read)
        {
            return null;
        }

        var officer = StaffActor.From(context);
        var builder = await overview.BuilderAsync(id, cancellationToken);
        var own = builder is { } b && (b.Subject is null ? b.Name == officer.Name : b.Subject == officer.Subject);
        var (count, cents) = await store.FileTotalsAsync(id, cancellationToken);
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await AuditLog.WriteAsync(connection, null, officer, "batch-lines-read", clock.GetCurrentInstant(), batchId: id,
                details: new { read.Page, count = read.Items.Count }, cancellationToken: cancellationToken);
        }

        return PageResults.Page<BatchPage>(new
        {
            View = new BatchView(batch, read, own, count, cents, done, (errors ?? new FieldErrors()).ToDictionary(), form ?? new ReturnForm(null, null)),
        }, statusCode);
    }

    /// <summary>The batch's page again after a refused action, with why at the top (and the return form as posted).</summary>
    public async Task<IResult> AgainAsync(
        HttpContext context, Guid id, FieldErrors errors, int statusCode, CancellationToken cancellationToken, ReturnForm? form = null) =>
        await RenderAsync(context, id, 1, null, cancellationToken, errors, form, statusCode) ?? TypedResults.NotFound();
}
