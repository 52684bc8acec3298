using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.Auth;
using Waardering.Data.Decisions;
using Waardering.Data.Mail.Rendering;
using Waardering.Domain;
using Waardering.Web.Decisions;
using Waardering.Web.Jobs;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Staff.Requests;

/// <summary>
/// Deciding a request from its page, in two steps: the form posts here and the officer sees what
/// the decision will do and the mail that will go out (<see cref="DecisionWorkflow.PreviewAsync"/>,
/// rendered by the Worker's own <see cref="MailRenderer"/>); "Besluit versturen" posts again with
/// <c>confirm=yes</c>, and only then is it decided, as <c>POST /api/requests/{id}/decision</c> decides
/// (<see cref="Deciding"/>). Four eyes: whoever entered the request gets a 403 page, and nothing is stored.
/// </summary>
public static class DecisionPageEndpoints
{
    public const string Confirmed = "yes";

    public static IEndpointRouteBuilder MapDecisionPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffForm("/staff/requests/{id:guid}/decision", DecideAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.Request);
        return app;
    }

    public static async Task<IResult> DecideAsync(
        Guid id, [FromForm] string? approve, [FromForm] string? reasonCode, [FromForm] string? reason, [FromForm] string? confirm,
        DecisionWorkflow decisions, JobTriggers jobs, RequestPageReading reading, MailRenderer renderer, NpgsqlDataSource dataSource, IClock clock,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var approves = bool.TryParse(approve, out var a) ? a : (bool?)null;
        // An approval has no reason: what a rejection's fields held is dropped, not carried into the preview.
        var form = approves == true ? new DecisionForm(true) : new DecisionForm(approves, NullIfBlank(reasonCode), reason);
        var errors = Deciding.Check(form.Approve, form.ReasonCode, form.Reason);
        if (errors.Any)
        {
            return await reading.RenderAsync(id, context, null, form with { Errors = errors.ToDictionary() }, null,
                StatusCodes.Status400BadRequest, cancellationToken);
        }

        var officer = StaffActor.From(context);
        var now = clock.GetCurrentInstant();
        if (confirm != Confirmed)
        {
            var preview = await decisions.PreviewAsync(id, officer, form.Approve!.Value, form.ReasonCode, form.Reason?.Trim(), now, cancellationToken);
            if (Refused(id, preview.Outcome) is { } refused)
            {
                return refused;
            }

            // The mails name the recipient and caregivers: a staff read of personal data, on record.
            await StaffReads.RecordAsync(dataSource, context, clock, id, cancellationToken);
            return PageResults.Page<DecisionPreviewPage>(new { View = new DecisionPreviewView(id, preview.Reference ?? "", form, preview.Outcome, Render(renderer, preview)) });
        }

        var outcome = await Deciding.DecideAsync(decisions, jobs, id, officer, form.Approve!.Value, form.ReasonCode, form.Reason, now, cancellationToken);
        return Refused(id, outcome) ?? TypedResults.Redirect(RequestPagePaths.Done(id, outcome switch
        {
            DecisionOutcome.Approved => DonePaths.Approved,
            DecisionOutcome.WaitingForBudget => DonePaths.WaitingForBudget,
            _ => DonePaths.Rejected,
        }));
    }

    /// <summary>An outcome that decided nothing, as a page that says why; none for one that decided.</summary>
    private static IResult? Refused(Guid id, DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.NotFound => TypedResults.NotFound(),
        DecisionOutcome.OwnRequest => StaffRefusal.Page(StatusCodes.Status403Forbidden, "Vier ogen",
            $"{Deciding.OwnRequestMessage} {Deciding.OwnRequestTitle}", RequestPagePaths.Of(id)),
        DecisionOutcome.NotAllowed => StaffRefusal.Page(StatusCodes.Status409Conflict, "Nu geen besluit mogelijk",
            Deciding.NotAllowedMessage, RequestPagePaths.Of(id)),
        DecisionOutcome.NoVouchersLeft => StaffRefusal.Page(StatusCodes.Status409Conflict, "Geen waardebonnen meer",
            Deciding.NoVouchersLeftMessage, RequestPagePaths.Of(id)),
        _ => null,
    };

    private static List<PreviewedMail> Render(MailRenderer renderer, DecisionPreview preview) =>
        preview.Mails.Select(m =>
        {
            try
            {
                return new PreviewedMail(m, renderer.Render(m.Template, m.Language, m.MunicipalityCode, m.ModelJson), null);
            }
            catch (MailTemplateException e)
            {
                return new PreviewedMail(m, null, e.Message);
            }
        }).ToList();

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>A mail the decision will write, as it will read: rendered, or why it could not be.</summary>
public sealed record PreviewedMail(PreviewMail Mail, RenderedMail? Rendered, string? Problem)
{
    public string To => EmailAddress.Masked(Mail.ToAddress);
}

/// <summary>The decision the officer is about to send, what it will do, and its mails.</summary>
public sealed record DecisionPreviewView(Guid Id, string Reference, DecisionForm Form, DecisionOutcome Outcome, IReadOnlyList<PreviewedMail> Mails);
