using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Auth;
using Waardering.Data.Payouts;
using Waardering.Web.Paging;

namespace Waardering.Web.Payouts;

/// <summary>A batch's payment lines, so that the second officer does not approve it blind.</summary>
public static class BatchLineEndpoints
{
    /// <summary>Maps on the payouts' group, so the route shares its path, tag and policy.</summary>
    public static RouteGroupBuilder MapBatchLineEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/payout-batches/{id:guid}/lines", LinesAsync)
            .Describe("GetPayoutBatchLines",
                "List a payout batch's payments a page at a time (name, masked IBAN, amount), marking each IBAN changed after intake or entered by staff")
            .ScopedByOwner(OwnedKind.PayoutBatch);
        return group;
    }

    /// <summary>What the approving officer checks: each payment, marked where one officer alone chose the account.</summary>
    public static async Task<Results<Ok<BatchLinesPage>, NotFound, ValidationProblem>> LinesAsync(
        Guid id, int? page, int? pageSize, PayoutBatchLines lines, NpgsqlDataSource dataSource, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var paging = PageRequest.Check(page, pageSize, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        if (await lines.ReadAsync(id, paging.Page, paging.Size, cancellationToken) is not { } result)
        {
            return TypedResults.NotFound();
        }

        // The lines show names: a staff read of personal data, on record.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AuditLog.WriteAsync(connection, null, StaffActor.From(context), "batch-lines-read", clock.GetCurrentInstant(), batchId: id,
            details: new { result.Page, count = result.Items.Count }, cancellationToken: cancellationToken);
        return TypedResults.Ok(result);
    }
}
