using Microsoft.Extensions.Options;
using NodaTime;
using Waardering.Data.Auth;
using Waardering.Data.Payouts;
using Waardering.Domain;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Schemes;

namespace Waardering.Web.Payouts;

public static class PayoutEndpoints
{
    public static IEndpointRouteBuilder MapPayoutEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Payouts").RequireAuthorization(Policies.CaseWork);
        group.MapPost("/payout-batches", CreateAsync)
            .Describe("CreatePayoutBatch", "Build a payout batch of a scheme year's approved, unpaid awards").ScopedByMunicipality()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/payout-batches/{id:guid}", GetAsync)
            .Describe("GetPayoutBatch", "Read a payout batch and its payments").ScopedByOwner(OwnedKind.PayoutBatch);
        group.MapPost("/payout-batches/{id:guid}/approval", ApproveAsync)
            .Describe("ApprovePayoutBatch", "Approve a payout batch for the bank, as an officer other than its creator")
            .ScopedByOwner(OwnedKind.PayoutBatch)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/payout-batches/{id:guid}/pain001", Pain001Async)
            .Describe("GetPain001", "Download an approved batch's SEPA credit transfer file (pain.001.001.03)").ScopedByOwner(OwnedKind.PayoutBatch)
            .Produces(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(200, contentType: "application/xml");
        group.MapPost("/payout-batches/{id:guid}/booking", BookAsync)
            .Describe("BookPayoutBatch", "Book an approved payout batch as paid and send the payout mails").ScopedByOwner(OwnedKind.PayoutBatch)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPaymentEndpoints();
        group.MapBatchLineEndpoints();
        return app;
    }

    public static async Task<Results<Created<PayoutBatch>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateBatchBody body, PayoutBatchBuilder builder, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(body.Municipality, body.Year, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var batch = await builder.CreateAsync(body.Municipality!, body.Year!.Value, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        return batch is null
            ? ProblemResults.Unprocessable(FieldErrors.One("year", "Er zijn geen toegekende waarderingen die nog betaald moeten worden."),
                "Niets te betalen.")
            : TypedResults.Created($"/api/payout-batches/{batch.Id}", batch);
    }

    public static async Task<Results<Ok<PayoutBatch>, NotFound>> GetAsync(Guid id, PayoutWorkflow store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } batch ? TypedResults.Ok(batch) : TypedResults.NotFound();

    /// <summary>Four eyes: the officer who approves a batch for the bank is never the one who built it.</summary>
    public static async Task<Results<Ok<PayoutBatch>, NotFound, ProblemHttpResult>> ApproveAsync(
        Guid id, PayoutWorkflow store, IClock clock, HttpContext context, CancellationToken cancellationToken) =>
        await store.ApproveAsync(id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => TypedResults.Ok((await store.FindAsync(id, cancellationToken))!),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            BatchOutcome.OwnBatch => FourEyes.Refused("Een andere medewerker moet deze betaalopdracht goedkeuren (vier ogen).",
                "approval", "U heeft deze betaalopdracht zelf gemaakt."),
            _ => ProblemResults.Conflict("approval", "Deze betaalopdracht is al goedgekeurd."),
        };

    /// <summary>The SEPA file, written straight to the response: only for a batch a second officer approved.</summary>
    public static async Task<IResult> Pain001Async(
        Guid id, PayoutWorkflow store, IOptions<PayoutOptions> options, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var batch = await store.FindAsync(id, cancellationToken);
        if (batch is null)
        {
            return TypedResults.NotFound();
        }

        if (batch.Status == PayoutBatchStatus.Created.Code())
        {
            return ProblemResults.Conflict("approval", "Een tweede medewerker moet de betaalopdracht eerst goedkeuren.");
        }

        var debtor = options.Value.For(batch.MunicipalityCode);
        if (debtor is null || !Iban.TryParse(debtor.Iban, out var debtorIban))
        {
            throw new InvalidOperationException($"No valid Payouts:Debtor(s) account configured for {batch.MunicipalityCode}.");
        }

        var (count, total) = await store.FileTotalsAsync(id, cancellationToken);
        if (count == 0)
        {
            return ProblemResults.Conflict("approval", "De bank heeft elke betaling van deze betaalopdracht teruggestuurd; er is niets te betalen.");
        }

        var now = clock.GetCurrentInstant();
        var header = new SepaBatch($"W-{batch.Id:N}", now,
            AmsterdamTime.DateOf(now).PlusDays(options.Value.ExecutionDelayDays),
            new SepaDebtor(debtor.Name, debtorIban, debtor.Bic), count, total);
        context.Response.ContentType = "application/xml";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"pain001-{batch.MunicipalityCode}-{batch.Year}-{batch.Id:N}.xml\"";
        await SepaCreditTransfer.WriteAsync(context.Response.Body, header, Transactions(store.PaymentsAsync(id, cancellationToken)), cancellationToken);
        return Results.Empty;
    }

    public static async Task<Results<Ok<PayoutBatch>, NotFound, ProblemHttpResult>> BookAsync(
        Guid id, PayoutWorkflow store, IClock clock, HttpContext context, Waardering.Web.Jobs.JobTriggers jobs, CancellationToken cancellationToken) =>
        await store.BookAsync(id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BatchOutcome.Done => Booked(jobs, (await store.FindAsync(id, cancellationToken))!),
            BatchOutcome.NotFound => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("booking", "Alleen een goedgekeurde, nog niet geboekte betaalopdracht kan worden geboekt."),
        };

    /// <summary>Booking wrote the payment mails: send them now.</summary>
    private static Ok<PayoutBatch> Booked(Waardering.Web.Jobs.JobTriggers jobs, PayoutBatch batch)
    {
        jobs.MailWritten();
        return TypedResults.Ok(batch);
    }

    private static async IAsyncEnumerable<SepaTransaction> Transactions(IAsyncEnumerable<PaymentLine> payments)
    {
        await foreach (var p in payments)
        {
            Iban.TryParse(p.Iban, out var iban);
            yield return new SepaTransaction(p.EndToEndId, p.AmountCents, p.CreditorName, iban,
                $"Mantelzorgwaardering {p.Year} {p.Reference}");
        }
    }

}
