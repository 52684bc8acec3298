using Microsoft.Extensions.Localization;
using NodaTime;
using Npgsql;
using Waardering.Data.CoSigning;
using Waardering.Data.Contact;
using Waardering.Data.Privacy;
using Waardering.Web.Pages;
using Waardering.Web.RateLimits;

namespace Waardering.Web.Letters;

/// <summary>
/// The citizens' pages for the codes printed in letters: <c>/co-sign</c>, where a recipient without
/// e-mail confirms a caregiver's request, and <c>/check-in/code</c>, which opens the check-in's
/// questions. Both are rate-limited like an application, and a wrong, used or expired code gets
/// one answer, so trying codes learns nothing about anyone.
/// </summary>
public static class CodeEndpoints
{
    public const string CoSignPath = "/co-sign";
    public const string CheckInPath = "/check-in/code";

    public static IEndpointRouteBuilder MapCodeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage(CoSignPath, () => Page("coSign", CoSignPath));
        app.MapPost(CoSignPath, CoSignAsync).AllowAnonymous().RequireRateLimiting(RateLimitSetup.Submissions).WithTags("Requests")
            .Describe("CoSignByCode", "Confirm a caregiver's request as its recipient, with the code from the co-sign letter")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem();
        app.MapCitizenPage(CheckInPath, () => Page("checkIn", CheckInPath));
        app.MapPost(CheckInPath, CheckInAsync).AllowAnonymous().RequireRateLimiting(RateLimitSetup.Submissions).ExcludeFromDescription();
        return app;
    }

    private static IResult Page(string kind, string action, string? value = null, bool wrong = false) =>
        PageResults.Page<CodePage>(new
        {
            Kind = kind, Action = action, Value = value, Wrong = wrong,
        }, wrong ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);

    /// <summary>Takes the code from the page's form, or from JSON <c>{"code": "…"}</c>.</summary>
    public static async Task<IResult> CoSignAsync(
        HttpRequest request, NpgsqlDataSource dataSource, IClock clock, IStringLocalizer texts, CancellationToken cancellationToken)
    {
        var (body, fromForm, refused) = await request.ReadFormOrJsonAsync(form => new CodeBody(form["code"].ToString()), cancellationToken);
        if (refused)
        {
            return CitizenFormReading.Refused();
        }

        var outcome = await CoSignByCode.ConfirmAsync(dataSource, body?.Code, clock.GetCurrentInstant(), cancellationToken);
        return (outcome, fromForm) switch
        {
            (CoSignOutcome.Confirmed, true) => MessagePage.Result(texts["codes.coSignDoneTitle"], texts["codes.coSignDone"]),
            (CoSignOutcome.Confirmed, false) => TypedResults.NoContent(),
            (_, true) => Page("coSign", CoSignPath, body?.Code, wrong: true),
            _ => ProblemResults.Invalid(FieldErrors.One("code", texts["codes.wrong"])),
        };
    }

    /// <summary>A code of an open check-in opens its questions, as the mailed link does; the code is that link's token.</summary>
    public static async Task<IResult> CheckInAsync(HttpRequest request, CheckInStore checkIns, CancellationToken cancellationToken)
    {
        if (await request.ReadCitizenFormAsync(cancellationToken) is not { } form)
        {
            return CitizenFormReading.Refused();
        }

        var typed = form["code"].ToString();
        return ShortCodes.Normalize(typed) is { } code && await checkIns.LinkStateAsync(code, cancellationToken) == CheckInOutcome.Stored
            ? TypedResults.Redirect($"/check-in?token={code}&{Texts.CitizenLanguage.QueryKey}={Texts.CitizenLanguage.Current}")
            : Page("checkIn", CheckInPath, typed, wrong: true);
    }

    public sealed record CodeBody(string? Code);
}
