using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.CoSigning;
using Waardering.Web.CoSigning;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// The recipient confirms a caregiver's request at the counter or with a signed form
/// (<c>/staff/requests/{id}/co-signature</c>); recorded through <see cref="CoSignByStaff"/>, as
/// <c>POST /api/requests/{id}/co-sign</c> records it.
/// </summary>
public static class CoSignatureEndpoints
{
    public const string Path = RequestActionPaths.Base + "/co-signature";

    private static readonly CoSignActionPage<CoSignaturePage> Page = new("co-signature", nameof(CoSignaturePage.Channel));

    public static IEndpointRouteBuilder MapCoSignaturePages(this IEndpointRouteBuilder app) => Page.Map(app, Path, RecordAsync);

    public static async Task<IResult> RecordAsync(
        Guid id, [FromForm] string? channel, NpgsqlDataSource dataSource, IClock clock, ActionRequestReading reading, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (StaffCoSignEndpoints.ChannelOf(channel, errors) is not { } where)
        {
            return await Page.RenderAsync(id, channel, errors.ToDictionary(), StatusCodes.Status400BadRequest, reading, context, cancellationToken);
        }

        var officer = StaffActor.From(context) with { Channel = where };
        var outcome = await CoSignByStaff.RecordAsync(dataSource, id, officer, clock.GetCurrentInstant(), cancellationToken);
        return await Page.AnswerAsync(outcome, id, channel, reading, context, cancellationToken);
    }
}
