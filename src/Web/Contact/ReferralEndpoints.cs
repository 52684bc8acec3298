using Waardering.Data.Contact;

namespace Waardering.Web.Contact;

public sealed record ReferralStatusBody(string? Status);

/// <summary>The support organisation's list of referrals, and its progress on each.</summary>
public static class ReferralEndpoints
{
    public static readonly string[] Statuses = ["open", "contacted", "closed"];

    public static IEndpointRouteBuilder MapReferralEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/referrals").WithTags("Contact").RequireAuthorization(Policies.Support);
        group.MapGet("/{municipality}", ListAsync)
            .Describe("ListReferrals", "List a municipality's referrals, for the support organisation");
        group.MapPost("/{id:guid}/status", SetStatusAsync)
            .Describe("SetReferralStatus", "Record how the support organisation followed up a referral")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<Referral>>, ValidationProblem>> ListAsync(
        string municipality, string? status, ReferralStore referrals, HttpContext context, CancellationToken cancellationToken)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            return ProblemResults.Invalid(FieldErrors.One("status", $"Kies {string.Join(", ", Statuses)}."));
        }

        return TypedResults.Ok(await referrals.ListAsync(municipality, status, StaffActor.From(context), cancellationToken));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetStatusAsync(
        Guid id, ReferralStatusBody body, ReferralStore referrals, HttpContext context, CancellationToken cancellationToken)
    {
        if (body.Status is not ("contacted" or "closed"))
        {
            return ProblemResults.Invalid(FieldErrors.One("status", "Kies contacted of closed."));
        }

        return await referrals.SetStatusAsync(id, body.Status, StaffActor.From(context), cancellationToken) switch
        {
            ReferralUpdate.Updated => TypedResults.NoContent(),
            ReferralUpdate.NotFound => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("status", "Een afgesloten verwijzing gaat niet terug; een gecontacteerde niet terug naar open."),
        };
    }
}
