using NodaTime;
using Waardering.Data.Auth;
using Waardering.Data.Payouts;
using Waardering.Domain;

namespace Waardering.Web.Payouts;

/// <summary>Corrections on a single payment: a payment the bank returned, and a caregiver's IBAN before the award is paid.</summary>
public static class PaymentEndpoints
{
    /// <summary>Maps on the payouts' group, so these routes share its path, tag and policy.</summary>
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/payments/{endToEndId}/return", ReturnAsync)
            .Describe("ReturnPayment", "Record a payment the bank returned, so that the award can be paid again later")
            .ScopedByOwner(OwnedKind.Payment, "endToEndId")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/requests/{id:guid}/caregivers/{position:int}/iban", CorrectIbanAsync)
            .Describe("CorrectIban", "Correct a caregiver's IBAN while their award is not in a batch or paid").ScopedByOwner(OwnedKind.Request)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>The bank returned a payment (closed account, wrong IBAN): it failed, and the award can be paid again later.</summary>
    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ReturnAsync(
        string endToEndId, ReturnBody body, PaymentCorrections corrections, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (body.Reason?.Trim() is not { Length: > 0 and <= 500 } reason)
        {
            return ProblemResults.Invalid(FieldErrors.One("reason", "Geef de reden van de bank op (hoogstens 500 tekens)."));
        }

        return await corrections.ReturnAsync(endToEndId, reason, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => TypedResults.NoContent(),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("endToEndId", "Deze betaling is al als mislukt gemarkeerd."),
        };
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> CorrectIbanAsync(
        Guid id, int position, IbanBody body, PaymentCorrections corrections, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!Iban.TryParse(body.Iban, out var iban))
        {
            return ProblemResults.Invalid(FieldErrors.One("iban", "Dit is geen geldig IBAN-rekeningnummer in een SEPA-land."));
        }

        return await corrections.CorrectIbanAsync(id, position, iban.Value, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => TypedResults.NoContent(),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("iban", "Deze waardering zit in een betaalopdracht of is betaald; het IBAN kan nu niet veranderen."),
        };
    }
}
