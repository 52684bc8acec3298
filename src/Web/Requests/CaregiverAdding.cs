using NodaTime;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Requests;

/// <summary>What came of adding a caregiver, for the API route and the back-office page alike.</summary>
public abstract record CaregiverAddingResult
{
    public sealed record Added(int Position, IReadOnlyList<CaregiverPart> Parts) : CaregiverAddingResult;

    /// <summary>A field is malformed, or the caregiver falls outside the scheme's ages: 400, naming the field.</summary>
    public sealed record Invalid(FieldErrors Errors) : CaregiverAddingResult;

    /// <summary>The request cannot take this caregiver now: 409, naming the field.</summary>
    public sealed record Refused(string Field, string Message) : CaregiverAddingResult;

    public sealed record NotFound : CaregiverAddingResult;
}

/// <summary>
/// Adds a caregiver to a request, as an officer: the fields checked as at intake
/// (<see cref="CaregiverFieldValidation.One"/>), the scheme's ages (<see cref="Eligibility.CaregiverAge"/>),
/// then <see cref="CaregiverAddition"/>, which checks the request's status and the scheme's maximum.
/// </summary>
public sealed class CaregiverAdding(RequestReader requests, SchemeStore schemes, CaregiverAddition addition, IClock clock)
{
    public async Task<CaregiverAddingResult> AddAsync(Guid requestId, CaregiverBody body, Data.Audit.Actor officer, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var today = AmsterdamTime.DateOf(now);
        var errors = new FieldErrors();
        var caregiver = CaregiverFieldValidation.One(body, "", today, errors);
        if (errors.Any)
        {
            return new CaregiverAddingResult.Invalid(errors);
        }

        if (await requests.FindAsync(requestId, cancellationToken) is not { } request ||
            await schemes.FindAsync(request.MunicipalityCode, request.Year, cancellationToken) is not { } scheme)
        {
            return new CaregiverAddingResult.NotFound();
        }

        if (Eligibility.CaregiverAge(scheme.Terms(), caregiver.BirthDate, today, "birthDate") is { } breach)
        {
            return new CaregiverAddingResult.Invalid(FieldErrors.One(breach.Field, breach.Message));
        }

        CaregiverRequirements.Added(scheme, body, today, errors);
        if (errors.Any)
        {
            return new CaregiverAddingResult.Invalid(errors);
        }

        var added = new AddedCaregiver(caregiver.Name, caregiver.BirthDate, caregiver.Email, caregiver.Iban, caregiver.Weight, caregiver.ConsentToContact,
            caregiver.CareDeclared);
        return await addition.AddAsync(requestId, added, officer, now, cancellationToken) switch
        {
            (CaregiverAdditionOutcome.Added, var position, var parts) => new CaregiverAddingResult.Added(position, parts),
            (CaregiverAdditionOutcome.NotFound, _, _) => new CaregiverAddingResult.NotFound(),
            (CaregiverAdditionOutcome.Full, _, _) => new CaregiverAddingResult.Refused("caregivers",
                $"Deze aanvraag heeft al {scheme.MaxCaregivers} mantelzorgers, het hoogste aantal van de regeling."),
            (CaregiverAdditionOutcome.AlreadyListed, _, _) => new CaregiverAddingResult.Refused("name",
                "Deze mantelzorger staat al in de aanvraag."),
            _ => new CaregiverAddingResult.Refused("id", "Over deze aanvraag is al beslist: er kan geen mantelzorger meer bij."),
        };
    }
}
