using Waardering.Data.PersonalData;
using Waardering.Data.Retention;
using Waardering.Domain;

namespace Waardering.Web.PersonalData;

/// <summary>Whom to look up. In the body, never in the URL: a BSN must not end up in access logs.</summary>
public sealed record PersonBody(string? Bsn, string? Email);

/// <summary>
/// A person's request to see or erase their data, handled by staff: officers export, only an
/// admin erases; each only in the municipalities they work for.
/// </summary>
public static class PersonalDataEndpoints
{
    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/personal-data").WithTags("Privacy");
        group.MapPost("/export", ExportAsync).RequireAuthorization(Policies.CaseWork).ScopedByItsHandler()
            .Describe("ExportPersonalData", "Export the personal data held on a person, at their request");
        group.MapPost("/erasure", EraseAsync).RequireAuthorization(Policies.Admin).ScopedByItsHandler()
            .Describe("ErasePersonalData", "Erase a person's personal data, at their request, as an admin");
        return app;
    }

    public static async Task<Results<Ok<PersonalDataExport>, ValidationProblem>> ExportAsync(
        PersonBody body, PersonalDataStore store, StaffMunicipalities municipalities, HttpContext context, CancellationToken cancellationToken) =>
        Lookup(body, out var person) is { } problem
            ? problem
            : TypedResults.Ok(await store.ExportAsync(person, municipalities.ToArray(), StaffActor.From(context), cancellationToken));

    public static async Task<Results<Ok<ErasureResult>, ValidationProblem>> EraseAsync(
        PersonBody body, PersonalDataStore store, StaffMunicipalities municipalities, HttpContext context, CancellationToken cancellationToken) =>
        Lookup(body, out var person) is { } problem
            ? problem
            : TypedResults.Ok(await store.EraseAsync(person, municipalities.ToArray(), StaffActor.From(context), cancellationToken));

    private static ValidationProblem? Lookup(PersonBody body, out PersonLookup person)
    {
        person = new PersonLookup(null, null);
        var errors = new FieldErrors();
        Bsn? bsn = null;
        if (body.Bsn is not null)
        {
            if (Bsn.TryParse(body.Bsn, out var parsed))
            {
                bsn = parsed;
            }
            else
            {
                errors.Add("bsn", "Geen geldig BSN (9 cijfers, elfproef).");
            }
        }

        string? email = null;
        if (body.Email is not null)
        {
            if (EmailAddress.IsValid(body.Email.Trim()))
            {
                email = body.Email.Trim();
            }
            else
            {
                errors.Add("email", "Geen geldig e-mailadres.");
            }
        }

        if (body.Bsn is null && body.Email is null)
        {
            errors.Add("bsn", "Geef een BSN of een e-mailadres.");
        }

        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        person = new PersonLookup(bsn, email);
        return null;
    }
}
