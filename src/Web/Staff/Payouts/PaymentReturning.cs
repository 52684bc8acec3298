using NodaTime;
using Waardering.Data.Payouts;
using Waardering.Web.Pages;
using Waardering.Web.Payouts;

namespace Waardering.Web.Staff.Payouts;

/// <summary>
/// Recording a payment the bank returned, from the batch's page: the end-to-end id must be a
/// payment of this batch (the page's scope is the batch), the reason is checked as the API checks
/// it, and the officer confirms the payment they found before <see cref="PaymentCorrections"/> marks it failed.
/// </summary>
public sealed class PaymentReturning(PayoutOverview overview, PaymentCorrections corrections, BatchReading reading, IClock clock)
{
    public async Task<IResult> RecordAsync(HttpContext context, Guid batchId, ReturnForm form, bool confirmed, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        PaymentSummary? payment = null;
        if (string.IsNullOrEmpty(form.EndToEndId))
        {
            errors.Add(ReturnFields.EndToEndId, "Vul het kenmerk van de betaling in zoals de bank het noemt (end-to-end-id).");
        }
        else if ((payment = await overview.PaymentAsync(form.EndToEndId, cancellationToken)) is null || payment.BatchId != batchId)
        {
            errors.Add(ReturnFields.EndToEndId, "Deze betaalopdracht heeft geen betaling met dit kenmerk.");
        }

        var reason = PaymentReturns.CheckReason(form.Reason, errors, ReturnFields.Reason);
        if (errors.Any || payment is null || reason is null)
        {
            return await reading.AgainAsync(context, batchId, errors, StatusCodes.Status400BadRequest, cancellationToken, form);
        }

        if (!confirmed)
        {
            return PageResults.Page<ReturnPage>(new { Payment = payment, Reason = reason });
        }

        return await corrections.ReturnAsync(payment.EndToEndId, reason, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => TypedResults.Redirect(PayoutPaths.Batch(batchId, "returned")),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            var refused => await reading.AgainAsync(context, batchId, FieldErrors.One(ReturnFields.EndToEndId, PaymentReturns.Refusal(refused)),
                StatusCodes.Status409Conflict, cancellationToken, form),
        };
    }
}

/// <summary>The return form's field names, shared by the form, its errors and the confirmation.</summary>
public static class ReturnFields
{
    public const string EndToEndId = "endToEndId";
    public const string Reason = "reason";
}
