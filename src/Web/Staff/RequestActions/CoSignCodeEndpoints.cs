using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.CoSigning;
using Waardering.Domain.Requests;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// A recipient without e-mail confirms by phone with the code from the co-sign letter
/// (<c>/staff/requests/{id}/co-signature/code</c>): the officer types the code, and only this
/// request's code confirms it (<see cref="CoSignByCode.ConfirmByOfficerAsync"/>), with the officer on the trail.
/// </summary>
public static class CoSignCodeEndpoints
{
    public const string Path = CoSignatureEndpoints.Path + "/code";

    public const string WrongCode = "Deze code hoort niet bij deze aanvraag. Vraag de zorgvrager de code uit de brief nog eens voor te lezen.";

    private static readonly CoSignActionPage<CoSignCodePage> Page = new("co-signature-code", nameof(CoSignCodePage.Code));

    public static IEndpointRouteBuilder MapCoSignCodePages(this IEndpointRouteBuilder app) => Page.Map(app, Path, CheckAsync);

    public static async Task<IResult> CheckAsync(
        Guid id, [FromForm] string? code, NpgsqlDataSource dataSource, IClock clock, ActionRequestReading reading, HttpContext context,
        CancellationToken cancellationToken)
    {
        var officer = StaffActor.From(context) with { Channel = Channel.Phone };
        var outcome = await CoSignByCode.ConfirmByOfficerAsync(dataSource, id, code, officer, clock.GetCurrentInstant(), cancellationToken);
        return outcome == CoSignOutcome.WrongToken
            ? await Page.RenderAsync(id, code, FieldErrors.One("code", WrongCode).ToDictionary(), StatusCodes.Status400BadRequest,
                reading, context, cancellationToken)
            : await Page.AnswerAsync(outcome, id, code, reading, context, cancellationToken);
    }
}
