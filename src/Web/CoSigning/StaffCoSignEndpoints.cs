using NodaTime;
using Npgsql;
using Waardering.Data.Auth;
using Waardering.Data.CoSigning;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.CoSigning;

/// <summary>Body of <c>POST /api/requests/{id}/co-sign</c>: where the recipient confirmed, <c>counter</c> or <c>paper</c>.</summary>
public sealed record StaffCoSignBody(string? Channel);

/// <summary>An officer records that a recipient without e-mail confirmed a caregiver's request at the counter or on paper.</summary>
public static class StaffCoSignEndpoints
{
    public static IEndpointRouteBuilder MapStaffCoSignEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/{id:guid}/co-sign", RecordAsync).WithTags("Requests")
            .RequireAuthorization(Policies.CaseWork).ScopedByOwner(OwnedKind.Request)
            .Describe("RecordCoSignature", "Record that the recipient confirmed a caregiver's request at the counter or on paper, as an officer")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, StaffCoSignBody body, NpgsqlDataSource dataSource, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (ChannelOf(body.Channel, errors) is not { } channel)
        {
            return ProblemResults.Invalid(errors);
        }

        var officer = StaffActor.From(context) with { Channel = channel };
        return await CoSignByStaff.RecordAsync(dataSource, id, officer, clock.GetCurrentInstant(), cancellationToken) switch
        {
            CoSignOutcome.Confirmed => TypedResults.NoContent(),
            CoSignOutcome.NotFound => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("id", NotWaiting),
        };
    }

    public const string NotWaiting = "Deze aanvraag wacht niet (meer) op bevestiging door de zorgvrager.";

    /// <summary>Where the recipient confirmed, from the API's body or the back office's form; null with an error on field <c>channel</c>.</summary>
    public static Channel? ChannelOf(string? code, FieldErrors errors)
    {
        if (Codes.TryParse<Channel>(code, out var channel) && CoSignByStaff.Channels.Contains(channel))
        {
            return channel;
        }

        errors.Add("channel",
            $"Kies waar de zorgvrager bevestigde: {string.Join(" of ", CoSignByStaff.Channels.Select(c => $"{Staff.StaffWords.Label(c).ToLowerInvariant()} ({c.Code()})"))}.");
        return null;
    }
}
