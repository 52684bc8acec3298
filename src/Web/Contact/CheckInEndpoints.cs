using Waardering.Data.Auth;
using Waardering.Data.Contact;
using Waardering.Web.Jobs;
using Waardering.Web.Pages;
using Waardering.Web.Requests;
using Waardering.Web.Texts;

namespace Waardering.Web.Contact;

/// <summary>
/// The check-in: the caregiver answers through their link; an officer enters the answer after a
/// phone call and sees which check-ins are still open.
/// </summary>
public static class CheckInEndpoints
{
    public static IEndpointRouteBuilder MapCheckInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage("/check-in", PageAsync);
        // JSON needs no anti-forgery token; the page's form is checked by the handler (CitizenFormReading).
        app.MapPost("/api/check-ins", AnswerByLinkAsync).AllowAnonymous().WithTags("Contact")

            .Describe("AnswerCheckIn", "Answer a check-in, through the link in the caregiver's mail")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        app.MapGet("/api/check-ins/{municipality}/{year:int}", ListAsync).RequireAuthorization(Policies.CaseWork).ScopedByMunicipality()
            .WithTags("Contact")
            .Describe("ListCheckIns", "List the check-ins of a scheme year, for officers");
        app.MapPost("/api/check-ins/{id:guid}/answer", AnswerByStaffAsync).RequireAuthorization(Policies.CaseWork)
            .ScopedByOwner(OwnedKind.CheckIn)
            .WithTags("Contact")
            .Describe("EnterCheckInAnswer", "Enter a caregiver's check-in answer given to an officer by phone or on paper")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<IResult> PageAsync(string? token, CheckInStore checkIns, CancellationToken cancellationToken) =>
        await checkIns.LinkStateAsync(token, cancellationToken) switch
        {
            CheckInOutcome.Stored => CheckInPage.Form(token!),
            CheckInOutcome.AlreadyAnswered => MessagePage.Result(CitizenWords.Of("check-in.alreadyTitle"), CitizenWords.Of("check-in.alreadyText")),
            CheckInOutcome.Expired => MessagePage.Result(CitizenWords.Of("check-in.expiredTitle"), CitizenWords.Of("check-in.expiredText"),
                StatusCodes.Status410Gone),
            _ => MessagePage.Result(CitizenWords.Of("form.linkNotValidTitle"), CitizenWords.Of("form.linkNotValidText"),
                StatusCodes.Status403Forbidden),
        };

    public static async Task<Results<NoContent, RazorComponentResult, ValidationProblem, ProblemHttpResult>> AnswerByLinkAsync(
        HttpRequest request, CheckInStore checkIns, JobTriggers jobs, CancellationToken cancellationToken)
    {
        var (posted, fromForm, refused) = await request.ReadFormOrJsonAsync(CheckInBody.FromForm, cancellationToken);
        if (refused)
        {
            return CitizenFormReading.Refused();
        }

        var body = posted ?? new CheckInBody();
        var errors = new FieldErrors();
        var answer = CheckInValidation.Validate(body, errors);
        if (answer is null)
        {
            return fromForm
                ? CheckInPage.Form(body.Token ?? "", body, errors, StatusCodes.Status400BadRequest)
                : ProblemResults.Invalid(errors);
        }

        var outcome = await checkIns.AnswerByLinkAsync(body.Token, answer, cancellationToken);
        if (outcome is CheckInOutcome.Referred or CheckInOutcome.SupportOffered)
        {
            jobs.MailWritten();
        }

        return outcome switch
        {
            CheckInOutcome.Stored or CheckInOutcome.Referred or CheckInOutcome.SupportOffered when fromForm => MessagePage.Result(
                CitizenWords.Of("check-in.thanksTitle"),
                CitizenWords.Of(outcome switch
                {
                    CheckInOutcome.Referred => "check-in.thanksReferred",
                    CheckInOutcome.SupportOffered => "check-in.thanksSupportOffered",
                    _ => "check-in.thanks",
                })),
            CheckInOutcome.Stored or CheckInOutcome.Referred or CheckInOutcome.SupportOffered => TypedResults.NoContent(),
            CheckInOutcome.AlreadyAnswered => ProblemResults.Conflict("token", CitizenWords.Of("check-in.apiAlreadyAnswered")),
            CheckInOutcome.Expired => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: CitizenWords.Of("problems.linkExpired"),
                extensions: LinkProblems.Errors("token", CitizenWords.Of("check-in.apiExpired"))),
            _ => LinkProblems.NotValid(),
        };
    }

    /// <summary>The year's check-ins; <c>?name=</c> (part of the caregiver's name) or <c>?reference=</c> narrows them down.</summary>
    public static async Task<Results<Ok<IReadOnlyList<CheckInSummary>>, ValidationProblem>> ListAsync(
        string municipality, int year, string? name, string? reference, CheckInStore checkIns, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (name is not null && (name.Trim().Length is < 2 or > 100 || name.Any(char.IsControl)))
        {
            errors.Add("name", "Zoek op 2 tot 100 tekens van de naam.");
        }

        if (reference is not null && (reference.Length is 0 or > 30 || reference.Any(char.IsControl)))
        {
            errors.Add("reference", "Een aanvraagnummer ziet eruit als GM0402-2026-000123.");
        }

        return errors.Any
            ? ProblemResults.Invalid(errors)
            : TypedResults.Ok(await checkIns.ListAsync(municipality, year, name?.Trim(), reference, StaffActor.From(context), cancellationToken));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> AnswerByStaffAsync(
        Guid id, CheckInBody body, CheckInStore checkIns, JobTriggers jobs, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        return await EnterByStaffAsync(id, body, errors, checkIns, jobs, StaffActor.From(context), cancellationToken) switch
        {
            null => ProblemResults.Invalid(errors),
            CheckInOutcome.Stored or CheckInOutcome.Referred or CheckInOutcome.SupportOffered => TypedResults.NoContent(),
            CheckInOutcome.AlreadyAnswered => ProblemResults.Conflict("id", AlreadyAnswered),
            _ => TypedResults.NotFound(),
        };
    }

    public const string AlreadyAnswered = "Deze check-in is al beantwoord.";

    /// <summary>
    /// An answer an officer enters after a call, from the API or the back office's form: checked
    /// (null, with the <paramref name="errors"/>, when it does not hold), stored, and a referral's or
    /// the support offer's mail sent on.
    /// </summary>
    public static async Task<CheckInOutcome?> EnterByStaffAsync(
        Guid id, CheckInBody body, FieldErrors errors, CheckInStore checkIns, JobTriggers jobs, Data.Audit.Actor officer,
        CancellationToken cancellationToken)
    {
        var answer = CheckInValidation.Validate(body, errors);
        if (answer is null)
        {
            return null;
        }

        var outcome = await checkIns.AnswerByStaffAsync(id, answer, officer, cancellationToken);
        if (outcome is CheckInOutcome.Referred or CheckInOutcome.SupportOffered)
        {
            jobs.MailWritten();
        }

        return outcome;
    }
}
