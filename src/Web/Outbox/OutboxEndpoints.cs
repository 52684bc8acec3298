using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Auth;
using Waardering.Data.Outbox;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Paging;
using Waardering.Web.Schemes;

namespace Waardering.Web.Outbox;

public sealed record ResendView(Guid Id, string Status);

/// <summary>
/// The mails the Worker gave up on, for the staff who help the people they were meant for, and
/// sending one again once its cause is fixed (an address corrected, the mail server back).
/// </summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mails").WithTags("Mail").RequireAuthorization(Policies.CaseWork);
        group.MapGet("/failed", FailedAsync)
            .Describe("GetFailedMails", "List a municipality's mails that could not be sent: template, masked address or request, when and why")
            .ScopedByMunicipality();
        group.MapPost("/{id:guid}/resend", ResendAsync)
            .Describe("ResendMail", "Put a failed mail back in the outbox to be sent again, with the same Message-ID, on the audit trail")
            .ScopedByOwner(OwnedKind.Mail)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<FailedMailPage>, ValidationProblem>> FailedAsync(
        string? municipality, int? page, int? pageSize, FailedMails mails, NpgsqlDataSource dataSource, IClock clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        var paging = PageRequest.Check(page, pageSize, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var result = await mails.ReadAsync(municipality!, paging.Page, paging.Size, cancellationToken);
        // Masked addresses and references are still about people: a staff read, on record.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AuditLog.WriteAsync(connection, null, StaffActor.From(context), "failed-mails-read", clock.GetCurrentInstant(),
            details: new { municipality, result.Page, count = result.Items.Count }, cancellationToken: cancellationToken);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<ResendView>, NotFound, ProblemHttpResult>> ResendAsync(
        Guid id, FailedMails mails, IClock clock, HttpContext context, Waardering.Web.Jobs.JobTriggers jobs,
        CancellationToken cancellationToken)
    {
        var outcome = await ResendMailAsync(mails, jobs, id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        return outcome switch
        {
            ResendOutcome.NotFound => TypedResults.NotFound(),
            ResendOutcome.NotFailed => ProblemResults.Conflict("id", NotFailedMessage),
            _ => TypedResults.Ok(new ResendView(id, OutboxStatus.Pending.Code())),
        };
    }

    public const string NotFailedMessage = "Alleen een mislukte mail kan opnieuw worden verstuurd.";

    /// <summary>The resend for the API and the back office's button alike: back in the outbox, on the trail, and sent now.</summary>
    public static async Task<ResendOutcome> ResendMailAsync(
        FailedMails mails, Waardering.Web.Jobs.JobTriggers jobs, Guid id, Actor staff, Instant now, CancellationToken cancellationToken)
    {
        var outcome = await mails.ResendAsync(id, staff, now, cancellationToken);
        if (outcome == ResendOutcome.Pending)
        {
            jobs.MailWritten();
        }

        return outcome;
    }
}
