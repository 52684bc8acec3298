using Waardering.Data.Support;
using Waardering.Web.Schemes;

namespace Waardering.Web.Support;

/// <summary>
/// The support on offer that every mail to a caregiver lists: a per-municipality setting, read and
/// set by admins, because each municipality has its own organisations.
/// </summary>
public static class SupportEndpoints
{
    public static IEndpointRouteBuilder MapSupportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/municipalities/{municipality}/support").WithTags("Support")
            .RequireAuthorization(Policies.Admin).ScopedByMunicipality();
        group.MapGet("", GetAsync)
            .Describe("GetSupport", "Read the support on offer that mails to the municipality's caregivers list");
        group.MapPut("", PutAsync)
            .Describe("PutSupport", "Set the support on offer (organisations, what they offer, phone, website) in the order mails list it");
        return app;
    }

    public static async Task<Results<Ok<SupportView>, NotFound, ValidationProblem>> GetAsync(
        string municipality, SupportStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        return await store.ReadAsync(municipality, cancellationToken) is { } offers
            ? TypedResults.Ok(new SupportView(municipality, offers))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<SupportView>, NotFound, ValidationProblem>> PutAsync(
        string municipality, SupportBody body, SupportStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        var offers = errors.Any ? null : SupportValidation.Validate(body, errors);
        if (offers is null)
        {
            return ProblemResults.Invalid(errors);
        }

        return await store.SetAsync(municipality, offers, StaffActor.From(context), cancellationToken)
            ? TypedResults.Ok(new SupportView(municipality, offers))
            : TypedResults.NotFound();
    }
}
