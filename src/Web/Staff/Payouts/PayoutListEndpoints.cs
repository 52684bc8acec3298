using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Payouts;
using Waardering.Data.Schemes;
using Waardering.Domain.Schemes;
using Waardering.Web.Pages;
using Waardering.Web.Schemes;

namespace Waardering.Web.Staff.Payouts;

/// <summary>
/// A scheme year's payouts (<c>/staff/payouts</c>): its batches, what is ready to pay and what is
/// held back, and building a batch behind a confirmation that says what it will hold, through the
/// same <see cref="PayoutBatchBuilder"/> as <c>POST /api/payout-batches</c>.
/// </summary>
public static class PayoutListEndpoints
{
    public static IEndpointRouteBuilder MapPayoutListPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(PayoutPaths.List, ShowAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffForm(PayoutPaths.Build, BuildAsync, Policies.CaseWork).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, PayoutOverview overview, SchemeStore schemes, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var choice = SchemeChoice.From(context, municipality, year, clock);
        var scheme = choice.Covered ? await schemes.FindAsync(choice.Municipality, choice.Year, cancellationToken) : null;
        if (scheme is null)
        {
            return PageResults.Page<PayoutsPage>(new { View = new PayoutsView(choice, null, [], null) });
        }

        var batches = await overview.BatchesAsync(choice.Municipality, choice.Year, cancellationToken);
        var readiness = await overview.ReadinessAsync(choice.Municipality, choice.Year, cancellationToken);
        return PageResults.Page<PayoutsPage>(new { View = new PayoutsView(choice, scheme, batches, readiness) });
    }

    /// <summary>
    /// Without <c>confirmed</c>: the confirmation, with the count and total a batch would hold now.
    /// With it: the batch is built and the officer goes to its lines.
    /// </summary>
    public static async Task<IResult> BuildAsync(
        string? municipality, int? year, [FromForm] string? confirmed, PayoutOverview overview, PayoutBatchBuilder builder,
        SchemeStore schemes, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        var choice = SchemeChoice.From(context, municipality, year, clock);
        var scheme = errors.Any || !choice.Covered ? null : await schemes.FindAsync(choice.Municipality, choice.Year, cancellationToken);
        if (scheme is null || scheme.PayoutMethod != PayoutMethod.BankTransfer)
        {
            if (!errors.Any)
            {
                errors.Add("year", $"Er is geen regeling van {choice.Municipality} in {choice.Year} die per bank uitbetaalt.");
            }

            return Confirmation(choice, scheme, null, errors, StatusCodes.Status400BadRequest);
        }

        if (confirmed != "yes")
        {
            return Confirmation(choice, scheme, await overview.ReadinessAsync(choice.Municipality, choice.Year, cancellationToken), errors);
        }

        var batch = await builder.CreateAsync(choice.Municipality, choice.Year, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        return batch is null
            ? Confirmation(choice, scheme, await overview.ReadinessAsync(choice.Municipality, choice.Year, cancellationToken),
                errors.Add("year", "Er zijn geen toegekende waarderingen die nog betaald moeten worden."), StatusCodes.Status422UnprocessableEntity)
            : TypedResults.Redirect(PayoutPaths.Batch(batch.Id, "built"));
    }

    private static IResult Confirmation(SchemeChoice choice, SchemeRecord? scheme, PayoutReadiness? readiness, FieldErrors errors,
        int statusCode = StatusCodes.Status200OK) =>
        PageResults.Page<BuildPage>(new { View = new BuildView(choice, scheme, readiness, errors.ToDictionary()) }, statusCode);
}
