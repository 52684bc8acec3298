using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.Payouts;
using Waardering.Domain;
using Waardering.Web.Pages;
using Waardering.Web.Payouts;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>The IBAN page's state: the caregiver, the change that waits (if any) and whether this officer proposed it.</summary>
public sealed record IbanView(ActionRequest Request, ActionCaregiver Caregiver, PendingIban? Pending, bool OwnProposal);

/// <summary>
/// A caregiver's IBAN changes in two steps (<c>/staff/requests/{id}/caregivers/{position}/iban</c>):
/// one officer proposes, another confirms after a page that says where the money will go, or
/// either withdraws it; through <see cref="IbanChanges"/>, as the API's routes of <see cref="PaymentEndpoints"/>.
/// </summary>
public static class IbanEndpoints
{
    public const string Path = RequestActionPaths.Base + "/caregivers/{position:int}/iban";

    public static IEndpointRouteBuilder MapIbanPages(this IEndpointRouteBuilder app)
    {
        app.MapActionPage(Path, ShowAsync);
        app.MapActionForm(Path, ProposeAsync);
        app.MapActionPage(Path + "/confirmation", ShowConfirmationAsync);
        app.MapActionForm(Path + "/confirmation", ConfirmAsync);
        app.MapActionForm(Path + "/withdrawal", WithdrawAsync);
        return app;
    }

    public static Task<IResult> ShowAsync(
        Guid id, int position, ActionRequestReading reading, NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync<IbanPage>(id, position, null, null, StatusCodes.Status200OK, reading, dataSource, context, cancellationToken);

    public static async Task<IResult> ProposeAsync(
        Guid id, int position, [FromForm] string? iban, IbanChanges changes, IClock clock, ActionRequestReading reading,
        NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Iban.TryParse(iban, out var parsed))
        {
            return await RenderAsync<IbanPage>(id, position, iban, Error("iban", PaymentEndpoints.NotAnIban), StatusCodes.Status400BadRequest,
                reading, dataSource, context, cancellationToken);
        }

        return await changes.ProposeAsync(id, position, parsed, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            (IbanChangeOutcome.Done, _) => RequestActionResults.Done(id, RequestActionResults.IbanProposed),
            (IbanChangeOutcome.NotFound, _) => TypedResults.NotFound(),
            _ => await RenderAsync<IbanPage>(id, position, iban, Error("iban", PaymentEndpoints.InBatchOrPaid), StatusCodes.Status409Conflict,
                reading, dataSource, context, cancellationToken),
        };
    }

    /// <summary>Confirming moves money: first a page that says where it will go from now on.</summary>
    public static Task<IResult> ShowConfirmationAsync(
        Guid id, int position, ActionRequestReading reading, NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync<IbanConfirmationPage>(id, position, null, null, StatusCodes.Status200OK, reading, dataSource, context, cancellationToken);

    /// <summary>Four eyes: the proposer's post (by subject) is refused with 403 and changes nothing.</summary>
    public static async Task<IResult> ConfirmAsync(
        Guid id, int position, [FromForm] string? confirm, IbanChanges changes, IClock clock, ActionRequestReading reading,
        NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken) =>
        await changes.ConfirmAsync(id, position, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            (IbanChangeOutcome.Done, _) => RequestActionResults.Done(id, RequestActionResults.IbanConfirmed),
            (IbanChangeOutcome.NotFound, _) => TypedResults.NotFound(),
            (IbanChangeOutcome.OwnProposal, _) => await RenderAsync<IbanConfirmationPage>(id, position, null,
                Error("confirmation", PaymentEndpoints.OwnProposal), StatusCodes.Status403Forbidden, reading, dataSource, context, cancellationToken),
            _ => await NothingPendingAsync(id, position, reading, dataSource, context, cancellationToken),
        };

    public static async Task<IResult> WithdrawAsync(
        Guid id, int position, [FromForm] string? withdraw, IbanChanges changes, IClock clock, ActionRequestReading reading,
        NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken) =>
        await changes.WithdrawAsync(id, position, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            IbanChangeOutcome.Done => RequestActionResults.Done(id, RequestActionResults.IbanWithdrawn),
            IbanChangeOutcome.NotFound => TypedResults.NotFound(),
            _ => await NothingPendingAsync(id, position, reading, dataSource, context, cancellationToken),
        };

    private static Task<IResult> NothingPendingAsync(
        Guid id, int position, ActionRequestReading reading, NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync<IbanPage>(id, position, null, Error("confirmation", PaymentEndpoints.NothingPendingMessage), StatusCodes.Status409Conflict,
            reading, dataSource, context, cancellationToken);

    private static Dictionary<string, string[]> Error(string field, string message) => FieldErrors.One(field, message).ToDictionary();

    private static async Task<IResult> RenderAsync<TPage>(
        Guid id, int position, string? iban, Dictionary<string, string[]>? errors, int status, ActionRequestReading reading,
        NpgsqlDataSource dataSource, HttpContext context, CancellationToken cancellationToken)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        if (await reading.ReadAsync(id, "iban", context, cancellationToken) is not { } request || request.Caregiver(position) is not { } caregiver)
        {
            return TypedResults.NotFound();
        }

        var pending = await PendingIban.FindAsync(dataSource, id, position, cancellationToken);
        var view = new IbanView(request, caregiver, pending, pending?.ProposedBySubject == StaffActor.From(context).Subject);
        return PageResults.Page<TPage>(new { View = view, Iban = iban, Errors = errors }, status);
    }
}
