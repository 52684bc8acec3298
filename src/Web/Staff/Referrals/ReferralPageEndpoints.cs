using Microsoft.AspNetCore.Mvc;
using Waardering.Data.Auth;
using Waardering.Data.Contact;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Contact;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Referrals;

/// <summary>
/// The support organisation's referrals (<c>/staff/referrals</c>): the caregivers to call back, by
/// status, and a form per referral to record the follow-up. Same store, rules and policy as the
/// API's <see cref="ReferralEndpoints"/>; the list read is on the audit trail there.
/// </summary>
public static class ReferralPageEndpoints
{
    public static IEndpointRouteBuilder MapReferralPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(ReferralsQuery.Path, ShowAsync, Policies.Support).ScopedByMunicipality();
        app.MapStaffForm(ReferralsQuery.Path + "/{id:guid}/status", SetStatusAsync, Policies.Support).ScopedByOwner(OwnedKind.Referral);
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, string? status, string? done, ReferralStore referrals, HttpContext context, CancellationToken cancellationToken)
    {
        if (ReferralsQuery.Read(context, municipality, status) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var doneStatus = Codes.TryParse<ReferralStatus>(done, out var d) ? d : (ReferralStatus?)null;
        return await RenderAsync(referrals, context, query, doneStatus, null, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>
    /// Records the follow-up, then back to the list it came from (POST-redirect-GET). The
    /// municipality and filter in the form only say where to return; the referral's own scope is its owner.
    /// </summary>
    public static async Task<IResult> SetStatusAsync(
        Guid id, [FromForm] string? status, [FromForm] string? municipality, [FromForm] string? filter,
        ReferralStore referrals, HttpContext context, CancellationToken cancellationToken)
    {
        if (ReferralsQuery.Read(context, municipality, filter) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        if (ReferralStatusInput.Check(status, errors) is not { } wanted)
        {
            return await RenderAsync(referrals, context, query, null, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }

        switch (await referrals.SetStatusAsync(id, wanted, StaffActor.From(context), cancellationToken))
        {
            case ReferralUpdate.Updated:
                return TypedResults.Redirect(query.Link(done: wanted));
            case ReferralUpdate.NotFound:
                return TypedResults.NotFound();
            default:
                errors.Add("status", ReferralStatusInput.NotAllowed);
                return await RenderAsync(referrals, context, query, null, errors, StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private static async Task<IResult> RenderAsync(ReferralStore referrals, HttpContext context, ReferralsQuery query, ReferralStatus? done,
        FieldErrors? errors, int statusCode, CancellationToken cancellationToken)
    {
        var list = await referrals.ListAsync(query.Municipality, query.Status, StaffActor.From(context), cancellationToken);
        var view = new ReferralsView(query, StaffMunicipalities.Of(context).Codes, list, done, errors?.ToDictionary());
        return PageResults.Page<ReferralsPage>(new { View = view }, statusCode);
    }
}
