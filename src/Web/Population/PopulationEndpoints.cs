using NodaTime;
using Waardering.Data.Population;
using Waardering.Domain;
using Waardering.Web.Schemes;

namespace Waardering.Web.Population;

/// <summary>
/// The municipality's own figures of its caregivers, which the reach panel sets those reached
/// against: read by whoever reads the budget, set by policy staff, every change on the trail.
/// </summary>
public static class PopulationEndpoints
{
    public const string Path = "/api/municipalities/{municipality}/population";

    public static IEndpointRouteBuilder MapPopulationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags("Reports").ScopedByMunicipality();
        group.MapGet("", GetAsync).RequireAuthorization(Policies.BudgetRead)
            .Describe("GetPopulation", "Read the municipality's numbers of long-term, intensive and heavily burdened caregivers");
        group.MapPut("", PutAsync).RequireAuthorization(Policies.Budget)
            .Describe("PutPopulation", "Set the municipality's numbers of caregivers, with their source and year, for policy staff");
        return app;
    }

    public static async Task<Results<Ok<PopulationView>, NotFound, ValidationProblem>> GetAsync(
        string municipality, PopulationStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var reading = await store.ReadAsync(municipality, cancellationToken);
        return reading.Known ? TypedResults.Ok(PopulationView.Of(municipality, reading.Stored)) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<PopulationView>, NotFound, ValidationProblem>> PutAsync(
        string municipality, PopulationBody body, PopulationStore store, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        var figures = PopulationValidation.Validate(body, AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year, errors);
        if (figures is null)
        {
            return ProblemResults.Invalid(errors);
        }

        if (!await store.SetAsync(municipality, figures, StaffActor.From(context), cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(PopulationView.Of(municipality, (await store.ReadAsync(municipality, cancellationToken)).Stored));
    }
}
