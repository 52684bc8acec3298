using Waardering.Data.Auth;
using Waardering.Data.Contact;
using Waardering.Web.Pages;
using Waardering.Web.Texts;

namespace Waardering.Web.Contact;

public sealed record ConsentBody(string? Token, bool? Consent);

/// <summary>
/// A caregiver answers whether the municipality may contact them, or withdraws that consent,
/// through the link in any mail they get from us.
/// </summary>
public static class ConsentEndpoints
{
    public static IEndpointRouteBuilder MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage("/contact-consent", PageAsync);
        // JSON needs no anti-forgery token; the page's form is checked by the handler (CitizenFormReading).
        app.MapPost("/api/contact-consent", AnswerAsync).AllowAnonymous().WithTags("Contact")

            .Describe("AnswerContactConsent", "Give or withdraw consent to be contacted, through the link in the caregiver's mail")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status410Gone);
        app.MapPut("/api/requests/{id:guid}/caregivers/{position:int}/consent", RecordByStaffAsync)
            .RequireAuthorization(Auth.Policies.CaseWork).ScopedByOwner(OwnedKind.Request).WithTags("Contact")
            .Describe("RecordContactConsent", "Record a caregiver's consent to be contacted, given to an officer by phone or on paper")
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    public static async Task<IResult> PageAsync(string? token, ConsentStore consents, CancellationToken cancellationToken) =>
        await consents.IsLiveAsync(token, cancellationToken) == false ? ExpiredPage() : Page(token);

    /// <summary>What an expired link's page says instead: where the caregiver can still say yes or no.</summary>
    public static RazorComponentResult<MessagePage> ExpiredPage() => MessagePage.Result(CitizenWords.Of("consent.expiredTitle"),
        CitizenWords.Of("consent.expiredText"), StatusCodes.Status410Gone);

    public static RazorComponentResult<ConsentPage> Page(string? token) => PageResults.Page<ConsentPage>(new { Token = token });

    /// <summary>A caregiver said yes or no by phone or at the counter; an officer enters it.</summary>
    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> RecordByStaffAsync(
        Guid id, int position, StaffConsentBody body, ConsentStore consents, HttpContext context, CancellationToken cancellationToken)
    {
        if (body.Consent is not { } consent)
        {
            return ProblemResults.Invalid(FieldErrors.One("consent", "Geef aan of de mantelzorger toestemming geeft (true) of niet (false)."));
        }

        return await consents.RecordByStaffAsync(id, position, consent, Auth.StaffActor.From(context), cancellationToken) switch
        {
            ConsentOutcome.NotFound => TypedResults.NotFound(),
            ConsentOutcome.Unavailable => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: "De gegevens van deze mantelzorger zijn verwijderd.", extensions: LinkProblems.Errors("position", "Niet meer bekend.")),
            _ => TypedResults.NoContent(),
        };
    }

    /// <summary>Takes the answer from the page's form or from JSON <c>{"token": "…", "consent": true}</c>.</summary>
    public static async Task<Results<NoContent, RazorComponentResult, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        HttpRequest request, ConsentStore consents, CancellationToken cancellationToken)
    {
        var (body, fromForm, refused) = await request.ReadFormOrJsonAsync(
            form => new ConsentBody(form["token"].ToString(), bool.TryParse(form["consent"], out var c) ? c : null), cancellationToken);
        if (refused)
        {
            return CitizenFormReading.Refused();
        }

        if (body?.Consent is not { } consent)
        {
            return ProblemResults.Invalid(FieldErrors.One("consent", CitizenWords.Of("consent.consentRequired")));
        }

        var outcome = await consents.AnswerAsync(body.Token, consent, cancellationToken);
        return outcome switch
        {
            ConsentOutcome.NotFound => LinkProblems.NotValid(),
            ConsentOutcome.Expired when fromForm => ExpiredPage(),
            ConsentOutcome.Expired => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: CitizenWords.Of("consent.apiExpired"), extensions: LinkProblems.Errors("token", CitizenWords.Of("problems.linkExpired"))),
            ConsentOutcome.Unavailable => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: CitizenWords.Of("consent.apiUnavailable"), extensions: LinkProblems.ContactMunicipality()),
            _ when !fromForm => TypedResults.NoContent(),
            ConsentOutcome.Given => MessagePage.Result(CitizenWords.Of("consent.thanksTitle"), CitizenWords.Of("consent.given")),
            _ => MessagePage.Result(CitizenWords.Of("consent.thanksTitle"), CitizenWords.Of("consent.withdrawn")),
        };
    }
}

public sealed record StaffConsentBody(bool? Consent);

/// <summary>The answers for a citizen's link that does not (or no longer) work, in the citizen's language.</summary>
public static class LinkProblems
{
    public static ProblemHttpResult NotValid() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: CitizenWords.Of("problems.linkNotValid"), extensions: Errors("token", CitizenWords.Of("problems.useLatestLink")));

    /// <summary>The token's error when only the municipality can still help.</summary>
    public static Dictionary<string, object?> ContactMunicipality() => Errors("token", CitizenWords.Of("problems.contactMunicipality"));

    public static Dictionary<string, object?> Errors(string field, string message) =>
        new() { ["errors"] = FieldErrors.One(field, message).ToDictionary() };
}
