using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Auth;
using Waardering.Data.Payouts;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;
using Waardering.Web.Payouts;

namespace Waardering.Web.Staff.Payouts;

/// <summary>
/// One payout batch (<c>/staff/payouts/{id}</c>): its lines with their marks, approval by a second
/// officer, the pain.001 file, booking behind a confirmation, and a payment the bank returned;
/// each through the same workflow as the API's <c>/api/payout-batches</c> routes.
/// </summary>
public static class BatchPageEndpoints
{
    public static IEndpointRouteBuilder MapBatchPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage("/staff/payouts/{id:guid}", ShowAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.PayoutBatch);
        app.MapStaffForm("/staff/payouts/{id:guid}/approval", ApproveAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.PayoutBatch);
        // The very file of GET /api/payout-batches/{id}/pain001, as an attachment.
        app.MapStaffPage("/staff/payouts/{id:guid}/pain001", PayoutEndpoints.Pain001Async, Policies.CaseWork).ScopedByOwner(OwnedKind.PayoutBatch);
        app.MapStaffForm("/staff/payouts/{id:guid}/booking", BookAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.PayoutBatch);
        app.MapStaffForm("/staff/payouts/{id:guid}/returns", ReturnAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.PayoutBatch);
        return app;
    }

    public static async Task<IResult> ShowAsync(
        Guid id, int? page, string? done, BatchReading reading, HttpContext context, CancellationToken cancellationToken) =>
        await reading.RenderAsync(context, id, page ?? 1, done, cancellationToken) ?? TypedResults.NotFound();

    /// <summary>
    /// Four eyes: the builder is told so on the page; a post of theirs anyway answers 403 and changes
    /// nothing. The form has no fields, but binding it has its anti-forgery token checked.
    /// </summary>
    public static async Task<IResult> ApproveAsync(
        Guid id, IFormCollection form, PayoutWorkflow store, BatchReading reading, IClock clock, HttpContext context,
        CancellationToken cancellationToken) =>
        await store.ApproveAsync(id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => TypedResults.Redirect(PayoutPaths.Batch(id, "approved")),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            BatchOutcome.OwnBatch => await reading.AgainAsync(context, id, FieldErrors.One("approval",
                "U heeft deze betaalopdracht zelf gemaakt: een andere medewerker moet haar goedkeuren (vier ogen)."), StatusCodes.Status403Forbidden, cancellationToken),
            _ => await reading.AgainAsync(context, id, FieldErrors.One("approval", "Deze betaalopdracht is al goedgekeurd."), StatusCodes.Status409Conflict, cancellationToken),
        };

    /// <summary>Without <c>confirmed</c>: what booking means, to confirm. With it: booked, and the payout mails go.</summary>
    public static async Task<IResult> BookAsync(
        Guid id, [FromForm] string? confirmed, PayoutWorkflow store, BatchReading reading, Waardering.Web.Jobs.JobTriggers jobs, IClock clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (confirmed != "yes")
        {
            return await store.FindAsync(id, cancellationToken) is not { } batch ? TypedResults.NotFound()
                : batch.Status == PayoutBatchStatus.Approved.Code()
                    ? PageResults.Page<BookPage>(new { Batch = batch, FileTotals = await store.FileTotalsAsync(id, cancellationToken) })
                    : await reading.AgainAsync(context, id, FieldErrors.One("booking", BookRefusal), StatusCodes.Status409Conflict, cancellationToken);
        }

        switch (await store.BookAsync(id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken))
        {
            case BatchOutcome.Done:
                jobs.MailWritten(); // booking wrote the payout mails: send them now
                return TypedResults.Redirect(PayoutPaths.Batch(id, "booked"));
            case BatchOutcome.NotFound:
                return TypedResults.NotFound();
            default:
                return await reading.AgainAsync(context, id, FieldErrors.One("booking", BookRefusal), StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private const string BookRefusal = "Alleen een goedgekeurde, nog niet geboekte betaalopdracht kan worden geboekt.";

    /// <summary>The bank returned a payment of this batch: checked, confirmed (<see cref="ReturnPage"/>), then recorded as the API does.</summary>
    public static Task<IResult> ReturnAsync(
        Guid id, [FromForm] string? endToEndId, [FromForm] string? reason, [FromForm] string? confirmed, PaymentReturning returning,
        HttpContext context, CancellationToken cancellationToken) =>
        returning.RecordAsync(context, id, new ReturnForm(endToEndId?.Trim(), reason), confirmed == "yes", cancellationToken);
}
