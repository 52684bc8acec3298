using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Payouts;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Payouts;

/// <summary>A municipality's pending IBAN changes (<c>/staff/payouts/iban-changes</c>): the awards a batch holds back until a second officer confirms.</summary>
public static class IbanChangePageEndpoints
{
    public static IEndpointRouteBuilder MapIbanChangePages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(PayoutPaths.IbanChanges, ShowAsync, Policies.CaseWork).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, PendingIbanChanges changes, NpgsqlDataSource dataSource, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var choice = SchemeChoice.From(context, municipality, null, clock);
        IReadOnlyList<PendingIbanChange> list = choice.Covered ? await changes.ListAsync(choice.Municipality, cancellationToken) : [];
        if (list.Count > 0)
        {
            // The list shows caregivers' names: a staff read of personal data, on record.
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await AuditLog.WriteAsync(connection, null, StaffActor.From(context), "iban-changes-read", clock.GetCurrentInstant(),
                details: new { choice.Municipality, count = list.Count }, cancellationToken: cancellationToken);
        }

        return PageResults.Page<IbanChangesPage>(new { Choice = choice, Changes = list });
    }
}
