using Microsoft.Extensions.Localization;
using NodaTime;
using Waardering.Data.MyRequests;
using Waardering.Data.Privacy;
using Waardering.Domain;
using Waardering.Web.Auth;
using Waardering.Web.Pages;

namespace Waardering.Web.MyRequests;

/// <summary>
/// "My requests" (<c>/my-requests</c>): a citizen signed in with DigiD sees every request they sent
/// or that names them as the recipient, and withdraws one that is not decided yet. Every action is
/// a POST form with its anti-forgery token, answered with a redirect (POST, then GET).
/// </summary>
public static class MyRequestsEndpoints
{
    public const string Path = "/my-requests";

    public static IEndpointRouteBuilder MapMyRequestsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage(Path, ListAsync);
        app.MapCitizenPage(Path + "/{id:guid}/withdraw", ConfirmWithdrawalAsync);
        app.MapPost(Path + "/{id:guid}/withdraw", WithdrawAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapCorrectionEndpoints();
        return app;
    }

    public static string Done(string what) => $"{Path}?done={what}";

    private static async Task<IResult> ListAsync(
        string? done, HttpContext context, CitizenRequests requests, PersonalDataProtector protector, IStringLocalizer texts,
        CancellationToken cancellationToken)
    {
        CitizenPage.NotStored(context.Response);
        if (!CitizenSession.IsConfigured(context))
        {
            return CitizenSignInEndpoints.NotOffered(texts);
        }

        if (await CitizenSession.BsnAsync(context) is not { } bsn)
        {
            return PageResults.Page<MyRequestsSignInPage>();
        }

        var list = await requests.ListAsync(HashOf(bsn, protector), cancellationToken);
        return PageResults.Page<MyRequestsPage>(new { Requests = list, BsnMasked = bsn.Masked, Done = done });
    }

    private static async Task<IResult> ConfirmWithdrawalAsync(
        Guid id, HttpContext context, CitizenRequests requests, PersonalDataProtector protector, CancellationToken cancellationToken)
    {
        CitizenPage.NotStored(context.Response);
        return await TheirsAsync(id, context, requests, protector, cancellationToken) is { Undecided: true } request
            ? PageResults.Page<WithdrawPage>(new { Request = request })
            : TypedResults.Redirect(Path);
    }

    private static async Task<IResult> WithdrawAsync(
        Guid id, HttpRequest request, CitizenChanges changes, PersonalDataProtector protector, IClock clock,
        CancellationToken cancellationToken)
    {
        if (await request.ReadCitizenFormAsync(cancellationToken) is null)
        {
            return CitizenFormReading.Refused();
        }

        if (await CitizenSession.BsnAsync(request.HttpContext) is not { } bsn)
        {
            return TypedResults.Redirect(Path);
        }

        var outcome = await changes.WithdrawAsync(HashOf(bsn, protector), id, clock.GetCurrentInstant(), cancellationToken);
        return TypedResults.Redirect(outcome == CitizenChangeOutcome.Done ? Done("withdrawn") : Done("decided"));
    }

    /// <summary>The signed-in citizen's request, or null without a session or when it is not theirs.</summary>
    internal static async Task<CitizenRequest?> TheirsAsync(
        Guid id, HttpContext context, CitizenRequests requests, PersonalDataProtector protector, CancellationToken cancellationToken) =>
        await CitizenSession.BsnAsync(context) is { } bsn ? await requests.FindAsync(HashOf(bsn, protector), id, cancellationToken) : null;

    /// <summary>The keyed hash the requests are found by (<c>recipient_bsn_hash</c>, <c>digid_bsn_hash</c>).</summary>
    internal static byte[] HashOf(Bsn bsn, PersonalDataProtector protector) => protector.KeyedHash(bsn.Value, BsnPurpose.Lookup);
}
