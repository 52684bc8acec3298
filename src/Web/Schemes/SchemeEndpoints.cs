using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;

namespace Waardering.Web.Schemes;

public static class SchemeEndpoints
{
    public static IEndpointRouteBuilder MapSchemeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/schemes/{municipality}/{year:int}").WithTags("Schemes");
        group.MapGet("", GetAsync).AllowAnonymous()
            .Describe("GetScheme", "Read the public view of a municipality's scheme for a year, with its current amount");
        group.MapPut("", PutAsync).RequireAuthorization(Policies.Admin).ScopedByMunicipality()
            .Describe("PutScheme", "Create or update a municipality's scheme for a year, as an admin");
        return app;
    }

    public static async Task<Results<Ok<SchemeView>, NotFound, ValidationProblem>> GetAsync(
        string municipality, int year, SchemeStore store, IClock clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var scheme = await store.FindAsync(municipality, year, cancellationToken);
        return scheme is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(SchemeView.From(scheme, AmsterdamTime.DateOf(clock.GetCurrentInstant())));
    }

    public static async Task<Results<Ok<SchemeView>, Created<SchemeView>, ValidationProblem>> PutAsync(
        string municipality, int year, SchemeBody body, SchemeStore store, IClock clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        var scheme = errors.Any ? null : SchemeValidation.Validate(municipality, year, body, errors);
        if (scheme is null)
        {
            return ProblemResults.Invalid(errors);
        }

        var now = clock.GetCurrentInstant();
        var created = await store.UpsertAsync(scheme, body.MunicipalityName is not null, now, cancellationToken);
        var stored = await store.FindAsync(municipality, year, cancellationToken)
            ?? throw new InvalidOperationException("A scheme that was just written cannot be read.");
        var view = SchemeView.From(stored, AmsterdamTime.DateOf(now));
        return created
            ? TypedResults.Created($"/api/schemes/{municipality}/{year}", view)
            : TypedResults.Ok(view);
    }
}
