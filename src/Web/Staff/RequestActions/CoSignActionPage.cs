using Microsoft.AspNetCore.Components;
using Waardering.Data.CoSigning;
using Waardering.Domain.Requests;
using Waardering.Web.CoSigning;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// What the pages on which an officer records the recipient's confirmation share (at the counter or on
/// paper, <see cref="CoSignatureEndpoints"/>; by phone with the letter's code, <see cref="CoSignCodeEndpoints"/>):
/// the request read for the page, the refusal once it no longer waits, and the answer to the outcome.
/// </summary>
/// <param name="page">The page's name in the audit trail's read event.</param>
/// <param name="field">The page's parameter that holds what the officer typed or chose, shown again with an error.</param>
public sealed class CoSignActionPage<TPage>(string page, string field) where TPage : IComponent
{
    /// <summary>The page and the form that posts to it, at one address, as every action page is mapped.</summary>
    public IEndpointRouteBuilder Map(IEndpointRouteBuilder app, string path, Delegate form)
    {
        app.MapActionPage(path, ShowAsync);
        app.MapActionForm(path, form);
        return app;
    }

    public Task<IResult> ShowAsync(Guid id, ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(id, null, null, StatusCodes.Status200OK, reading, context, cancellationToken);

    /// <summary>The request page once confirmed; otherwise the form again, saying the request no longer waits (409).</summary>
    public async Task<IResult> AnswerAsync(CoSignOutcome outcome, Guid id, string? value, ActionRequestReading reading, HttpContext context,
        CancellationToken cancellationToken) =>
        outcome switch
        {
            CoSignOutcome.Confirmed => RequestActionResults.Done(id, RequestActionResults.CoSigned),
            CoSignOutcome.NotFound => TypedResults.NotFound(),
            _ => await RenderAsync(id, value, FieldErrors.One("id", StaffCoSignEndpoints.NotWaiting).ToDictionary(), StatusCodes.Status409Conflict,
                reading, context, cancellationToken),
        };

    public async Task<IResult> RenderAsync(Guid id, string? value, Dictionary<string, string[]>? errors, int status,
        ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        await reading.ReadAsync(id, page, context, cancellationToken) is { } request
            ? PageResults.Page<TPage>(new Dictionary<string, object?>
            {
                ["Request"] = request, [field] = value, ["Errors"] = errors,
                ["Refusal"] = request.Status == RequestStatus.AwaitingCoSignature ? null : StaffCoSignEndpoints.NotWaiting,
            }, status)
            : TypedResults.NotFound();
}
