using NodaTime;
using Waardering.Data.Auth;
using Waardering.Data.Payouts;
using Waardering.Domain;

namespace Waardering.Web.Payouts;

/// <summary>
/// Corrections on a single payment: a payment the bank returned, and a caregiver's IBAN before the
/// award is paid, proposed by one officer and confirmed by another.
/// </summary>
public static class PaymentEndpoints
{
    /// <summary>Maps on the payouts' group, so these routes share its path, tag and policy.</summary>
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/payments/{endToEndId}/return", ReturnAsync)
            .Describe("ReturnPayment", "Record a payment of a booked batch that the bank returned, so that the award can be paid again later")
            .ScopedByOwner(OwnedKind.Payment, "endToEndId")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/requests/{id:guid}/caregivers/{position:int}/iban", CorrectIbanAsync)
            .Describe("CorrectIban",
                "Propose a caregiver's new IBAN while their award is not in a batch or paid; it is pending until another officer confirms it")
            .ScopedByOwner(OwnedKind.Request)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/requests/{id:guid}/caregivers/{position:int}/iban/confirmation", ConfirmIbanAsync)
            .Describe("ConfirmIban", "Confirm a pending IBAN change, as an officer other than the one who proposed it; only then can the award be paid")
            .ScopedByOwner(OwnedKind.Request)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/requests/{id:guid}/caregivers/{position:int}/iban/pending", WithdrawIbanAsync)
            .Describe("WithdrawIbanChange", "Withdraw a pending IBAN change, so that the award is paid to the IBAN it had")
            .ScopedByOwner(OwnedKind.Request)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>The bank returned a payment (closed account, wrong IBAN): it failed, and the award can be paid again later.</summary>
    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ReturnAsync(
        string endToEndId, ReturnBody body, PaymentCorrections corrections, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (PaymentReturns.CheckReason(body.Reason, errors) is not { } reason)
        {
            return ProblemResults.Invalid(errors);
        }

        return await corrections.ReturnAsync(endToEndId, reason, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => TypedResults.NoContent(),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            var refused => ProblemResults.Conflict("endToEndId", PaymentReturns.Refusal(refused)),
        };
    }

    /// <summary>The new IBAN waits for a second officer: until then the award stays out of every batch.</summary>
    public static async Task<Results<Accepted<IbanChangeView>, NotFound, ValidationProblem, ProblemHttpResult>> CorrectIbanAsync(
        Guid id, int position, IbanBody body, IbanChanges changes, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!Iban.TryParse(body.Iban, out var iban))
        {
            return ProblemResults.Invalid(FieldErrors.One("iban", NotAnIban));
        }

        return await changes.ProposeAsync(id, position, iban, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            (IbanChangeOutcome.Done, { } change) => TypedResults.Accepted($"/api/requests/{id}/caregivers/{position}/iban/confirmation", change),
            (IbanChangeOutcome.NotFound, _) => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("iban", InBatchOrPaid),
        };
    }

    /// <summary>The refusals of an IBAN change, in the API's answers and on the back office's page alike.</summary>
    public const string NotAnIban = "Dit is geen geldig IBAN-rekeningnummer in een SEPA-land.";

    public const string InBatchOrPaid = "Deze waardering zit in een betaalopdracht of is betaald; het IBAN kan nu niet veranderen.";

    public const string OwnProposal = "U heeft deze IBAN-wijziging zelf voorgesteld. Een andere medewerker moet haar bevestigen (vier ogen).";

    public const string NothingPendingMessage = "Er wacht geen IBAN-wijziging van deze mantelzorger op bevestiging.";

    /// <summary>Four eyes: whoever confirms an IBAN change is not who proposed it, told apart by subject.</summary>
    public static async Task<Results<Ok<IbanChangeView>, NotFound, ProblemHttpResult>> ConfirmIbanAsync(
        Guid id, int position, IbanChanges changes, IClock clock, HttpContext context, CancellationToken cancellationToken) =>
        await changes.ConfirmAsync(id, position, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            (IbanChangeOutcome.Done, { } change) => TypedResults.Ok(change),
            (IbanChangeOutcome.NotFound, _) => TypedResults.NotFound(),
            (IbanChangeOutcome.OwnProposal, _) => FourEyes.Refused("Een andere medewerker moet deze IBAN-wijziging bevestigen (vier ogen).",
                "confirmation", OwnProposal),
            _ => NothingPending(),
        };

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> WithdrawIbanAsync(
        Guid id, int position, IbanChanges changes, IClock clock, HttpContext context, CancellationToken cancellationToken) =>
        await changes.WithdrawAsync(id, position, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            IbanChangeOutcome.Done => TypedResults.NoContent(),
            IbanChangeOutcome.NotFound => TypedResults.NotFound(),
            _ => NothingPending(),
        };

    private static ProblemHttpResult NothingPending() =>
        ProblemResults.Conflict("confirmation", NothingPendingMessage);
}
