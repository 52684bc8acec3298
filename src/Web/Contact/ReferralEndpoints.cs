using Waardering.Data.Auth;
using Waardering.Data.Contact;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Contact;

public sealed record ReferralStatusBody(string? Status);

/// <summary>The support organisation's list of referrals, and its progress on each.</summary>
public static class ReferralEndpoints
{
    public static IEndpointRouteBuilder MapReferralEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/referrals").WithTags("Contact").RequireAuthorization(Policies.Support);
        group.MapGet("/{municipality}", ListAsync)
            .Describe("ListReferrals", "List a municipality's referrals, for the support organisation").ScopedByMunicipality();
        group.MapPost("/{id:guid}/status", SetStatusAsync)
            .Describe("SetReferralStatus", "Record how the support organisation followed up a referral").ScopedByOwner(OwnedKind.Referral)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<Referral>>, ValidationProblem>> ListAsync(
        string municipality, string? status, ReferralStore referrals, HttpContext context, CancellationToken cancellationToken)
    {
        ReferralStatus? filter = null;
        if (status is not null)
        {
            if (!Codes.TryParse<ReferralStatus>(status, out var parsed))
            {
                return ProblemResults.Invalid(FieldErrors.One("status", $"Kies {string.Join(", ", Codes.All<ReferralStatus>())}."));
            }

            filter = parsed;
        }

        return TypedResults.Ok(await referrals.ListAsync(municipality, filter, StaffActor.From(context), cancellationToken));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetStatusAsync(
        Guid id, ReferralStatusBody body, ReferralStore referrals, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (ReferralStatusInput.Check(body.Status, errors) is not { } status)
        {
            return ProblemResults.Invalid(errors);
        }

        return await referrals.SetStatusAsync(id, status, StaffActor.From(context), cancellationToken) switch
        {
            ReferralUpdate.Updated => TypedResults.NoContent(),
            ReferralUpdate.NotFound => TypedResults.NotFound(),
            _ => ProblemResults.Conflict("status", ReferralStatusInput.NotAllowed),
        };
    }
}
