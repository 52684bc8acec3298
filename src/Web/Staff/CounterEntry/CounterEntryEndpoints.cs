using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Apply;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Staff.CounterEntry;

/// <summary>
/// An officer enters a request on a citizen's behalf (<c>/staff/requests/new</c>): the citizen's
/// application fields plus the channel it came through (counter, phone, paper). It goes through
/// the same <see cref="RequestSubmission"/> as <c>POST /api/requests</c> with the officer as
/// actor, so the same checks apply, a recipient with a live request is refused with its reference
/// (409), and another officer decides it (four eyes: the officer chose its IBAN).
/// </summary>
public static class CounterEntryEndpoints
{
    public const string Path = "/staff/requests/new";

    /// <summary>The channels an officer enters a request through.</summary>
    public static readonly Channel[] Channels = [Channel.Counter, Channel.Phone, Channel.Paper];

    public static IEndpointRouteBuilder MapCounterEntryPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(Path, ShowAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffForm(Path, EnterAsync, Policies.CaseWork).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, SchemeStore schemes, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var scheme = await FindAsync(context, municipality, year, schemes, clock, cancellationToken);
        return scheme is null ? TypedResults.NotFound() : Page(scheme, ApplicationForm.Empty, null, StatusCodes.Status200OK);
    }

    public static async Task<IResult> EnterAsync(
        string? municipality, int? year, IFormCollection posted, SchemeStore schemes, RequestSubmission submission, IClock clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var scheme = await FindAsync(context, municipality, year, schemes, clock, cancellationToken);
        if (scheme is null)
        {
            return TypedResults.NotFound();
        }

        var form = ApplicationForm.From(posted);
        var channel = posted["channel"].ToString();
        var (body, unreadable) = form.Read(scheme, clock);
        var errors = unreadable ?? new FieldErrors();
        if (!Codes.TryParse<Channel>(channel, out var parsed) || !Channels.Contains(parsed))
        {
            errors.Add("channel", "Kies hoe de aanvraag binnenkwam: aan de balie, telefonisch of op papier.");
        }

        if (errors.Any)
        {
            return Page(scheme, form, errors, StatusCodes.Status400BadRequest, channel);
        }

        var key = form.IdempotencyKey is { Length: > 0 } given ? given : null;
        return await submission.SubmitAsync(body with { Channel = channel }, key, StaffActor.From(context), cancellationToken, knownScheme: scheme) switch
        {
            SubmissionResult.Created created => TypedResults.Redirect($"/staff/requests/{created.Request.Id}?done=entered"),
            SubmissionResult.Invalid invalid => Page(scheme, form, invalid.Errors, StatusCodes.Status400BadRequest, channel),
            SubmissionResult.Refused refused => Page(scheme, form.WithNewKey(), refused.Errors, StatusCodes.Status422UnprocessableEntity, channel),
            SubmissionResult.Duplicate duplicate => Page(scheme, form.WithNewKey(), FieldErrors.One("form",
                $"Deze zorgvrager heeft dit jaar al een aanvraag ({duplicate.ExistingReference}). Zoek die op in de werkvoorraad; er is niets opgeslagen."),
                StatusCodes.Status409Conflict, channel),
            SubmissionResult.Throttled => MessagePage.Result("Even wachten", "Er zijn veel aanvragen voor deze zorgvrager ingevoerd. Probeer het later opnieuw.",
                StatusCodes.Status429TooManyRequests),
            _ => throw new InvalidOperationException("Unknown submission result."),
        };
    }

    private static RazorComponentResult<CounterEntryPage> Page(SchemeRecord scheme, ApplicationForm values, FieldErrors? errors, int status,
        string? channel = null) =>
        PageResults.Page<CounterEntryPage>(new { Scheme = scheme, Values = values, Errors = errors?.ToDictionary(), Channel = channel }, status);

    /// <summary>The scheme of the municipality asked for (or the officer's first) and year (or this year).</summary>
    private static async Task<SchemeRecord?> FindAsync(
        HttpContext context, string? municipality, int? year, SchemeStore schemes, IClock clock, CancellationToken cancellationToken) =>
        ChosenMunicipality.Of(context, municipality) is { } code
            ? await schemes.FindAsync(code, year ?? AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year, cancellationToken)
            : null;
}
