using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;
using Waardering.Web.MyRequests;
using Waardering.Web.Requests;
using Waardering.Web.Schemes;
using Waardering.Web.Texts;

namespace Waardering.Web.Apply;

/// <summary>
/// The web form with which a recipient or caregiver applies, for people who do not use the API:
/// <c>/apply/GM0402/2026</c>. It goes through the same checks and the same store as
/// <c>POST /api/requests</c>; a hidden Idempotency-Key makes a second press of the button, or a
/// reload, give the first answer again instead of a second request.
/// </summary>
public static class ApplyEndpoints
{
    public static IEndpointRouteBuilder MapApplyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage("/apply/{municipality}/{year:int}", PageAsync);
        // The form's anti-forgery token is checked by the handler, which reads the form itself (CitizenFormReading).
        app.MapPost("/apply/{municipality}/{year:int}", SubmitAsync).AllowAnonymous().RequireRateLimiting(RateLimits.RateLimitSetup.Submissions).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> PageAsync(
        string municipality, int year, SchemeStore schemes, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var scheme = await FindAsync(municipality, year, schemes, cancellationToken);
        return scheme is null ? NoScheme() : Closed(scheme, clock)
            ?? (IResult)ApplicationPage.Form(scheme, ApplicationForm.Empty, digid: await ApplyDigid.ForAsync(context, scheme));
    }

    public static async Task<IResult> SubmitAsync(
        string municipality, int year, HttpRequest request, SchemeStore schemes, RequestSubmission submission, IClock clock,
        CancellationToken cancellationToken)
    {
        CitizenPage.NotStored(request.HttpContext.Response);
        var scheme = await FindAsync(municipality, year, schemes, cancellationToken);
        if (scheme is null)
        {
            return NoScheme();
        }

        if (!request.HasFormContentType)
        {
            return MessagePage.Result(CitizenWords.Of("apply.notAFormTitle"), CitizenWords.Of("apply.notAFormText"), StatusCodes.Status415UnsupportedMediaType);
        }

        if (await request.ReadCitizenFormAsync(cancellationToken) is not { } posted)
        {
            return CitizenFormReading.Refused();
        }

        var form = ApplicationForm.From(posted);
        var digid = await ApplyDigid.ForAsync(request.HttpContext, scheme);
        var (body, unreadable) = form.Read(scheme, clock);
        if (unreadable is not null)
        {
            return ApplicationPage.Form(scheme, form, unreadable, StatusCodes.Status400BadRequest, digid);
        }

        var key = form.IdempotencyKey is { Length: > 0 } given ? given : null;
        body = ApplyDigid.SignedInBody(body, digid.SignedIn);
        return await submission.SubmitAsync(body, key, staff: null, cancellationToken, knownScheme: scheme, digid.SignedIn) switch
        {
            SubmissionResult.Created created => (IResult)ApplicationPage.Received(created.Request,
                applicantMailed: (Codes.Parse<Applicant>(body.SubmittedBy!) == Applicant.Recipient
                    ? body.Recipient?.Email : body.Caregivers![0]?.Email) is not null, myRequests: digid.Offered),
            SubmissionResult.Invalid invalid => ApplicationPage.Form(scheme, form, invalid.Errors, StatusCodes.Status400BadRequest, digid),
            // The form was stored before and then changed (the browser's Back button): a new key
            // makes the changed form a request of its own, if the citizen sends it again.
            SubmissionResult.Refused refused when refused.Errors.ToDictionary().ContainsKey("Idempotency-Key") =>
                ApplicationPage.Form(scheme, form.WithNewKey(), FieldErrors.One("form", CitizenWords.Of("apply.changedAfterSending")),
                    StatusCodes.Status422UnprocessableEntity, digid),
            SubmissionResult.Refused refused => ApplicationPage.Form(scheme, form, refused.Errors, StatusCodes.Status422UnprocessableEntity, digid),
            SubmissionResult.Throttled throttled => TooMany(request.HttpContext.Response, throttled.RetryAfter),
            // Only an officer's request is refused as a duplicate; the form is a citizen's.
            _ => throw new InvalidOperationException("A citizen's form is never refused as a duplicate."),
        };
    }

    private static RazorComponentResult<MessagePage> TooMany(HttpResponse response, TimeSpan retryAfter)
    {
        var minutes = (RateLimits.RateLimitSetup.SetRetryAfter(response, retryAfter) + 59) / 60;
        return MessagePage.Result(CitizenWords.Of("apply.tooManyTitle"), CitizenWords.Of("apply.tooManyText", minutes),
            StatusCodes.Status429TooManyRequests);
    }

    private static async Task<SchemeRecord?> FindAsync(string municipality, int year, SchemeStore schemes, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        return errors.Any ? null : await schemes.FindAsync(municipality, year, cancellationToken);
    }

    private static RazorComponentResult<MessagePage> NoScheme() =>
        MessagePage.Result(CitizenWords.Of("apply.noSchemeTitle"), CitizenWords.Of("apply.noSchemeText"), StatusCodes.Status404NotFound);

    /// <summary>Outside the window the form is not shown: the page says when applying can or could be done.</summary>
    private static RazorComponentResult<MessagePage>? Closed(SchemeRecord scheme, IClock clock)
    {
        var today = AmsterdamTime.DateOf(clock.GetCurrentInstant());
        return today < scheme.OpensOn
            ? MessagePage.Result(ApplicationPage.Title(scheme), CitizenWords.Of("apply.opensOn", ApplicationPage.Date(scheme.OpensOn)))
            : today > scheme.ClosesOn
                ? MessagePage.Result(ApplicationPage.Title(scheme), CitizenWords.Of("apply.closedOn", ApplicationPage.Date(scheme.ClosesOn)))
                : null;
    }
}
