using Microsoft.AspNetCore.Http;
using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Web.Pages;
using Waardering.Web.Requests;
using Waardering.Web.Texts;

namespace Waardering.Web.Apply;

/// <summary>
/// The citizen's application form as it was posted: its fields by the JSON path of the API body
/// (<c>recipient.name</c>, <c>caregivers[1].iban</c>), so that the API's field errors land next to
/// the field they are about. A date comes as three fields (<c>recipient.birthDate.day</c>, …), read by <see cref="DateParts"/>.
/// </summary>
public sealed class ApplicationForm
{
    private readonly Dictionary<string, string> _values;

    private ApplicationForm(Dictionary<string, string> values) => _values = values;

    public static ApplicationForm Empty { get; } = new([]);

    public static ApplicationForm From(IFormCollection form) =>
        new(form.ToDictionary(f => f.Key, f => f.Value.ToString().Trim(), StringComparer.Ordinal));

    public string Value(string field) => _values.GetValueOrDefault(field, "");

    public string IdempotencyKey => Value("idempotencyKey");

    /// <summary>The same values with a fresh Idempotency-Key: for a changed form after one was stored.</summary>
    public ApplicationForm WithNewKey() =>
        new(new Dictionary<string, string>(_values, StringComparer.Ordinal) { ["idempotencyKey"] = Guid.NewGuid().ToString("N") });

    /// <summary>The API body. Dates left empty or that cannot be read are left out, with an error of their own.</summary>
    public SubmitRequestBody ToBody(string municipality, int year, int maxCaregivers, FieldErrors dateErrors)
    {
        var caregivers = Enumerable.Range(0, maxCaregivers)
            .Where(i => i == 0 || CaregiverFields.Any(f => Value($"caregivers[{i}].{f}").Length > 0))
            .Select(i => new CaregiverBody(
                Optional($"caregivers[{i}].name"), Date($"caregivers[{i}].birthDate", dateErrors), Optional($"caregivers[{i}].iban"),
                Optional($"caregivers[{i}].email"), ConsentToContact: Value($"caregivers[{i}].consentToContact") is "true" or "on",
                CareDeclared: Value($"caregivers[{i}].careDeclared") is "true" or "on"))
            .ToList();
        var recipient = new RecipientBody(
            Optional("recipient.name"), Date("recipient.birthDate", dateErrors), Optional("recipient.postcode"),
            Optional("recipient.houseNumber"), Optional("recipient.bsn"), Optional("recipient.email"));
        return PostalAddressFields.AddTo(this, new SubmitRequestBody(municipality, year, Optional("submittedBy"), recipient, caregivers,
            Language: Optional("language") ?? CitizenLanguage.Current));
    }

    private static readonly string[] CaregiverFields =
        ["name", DateParts.Field("birthDate", DateParts.Day), DateParts.Field("birthDate", DateParts.Month), DateParts.Field("birthDate", DateParts.Year), "iban", "email"];

    private string? Optional(string field) => Value(field) is { Length: > 0 } value ? value : null;

    /// <summary>A birth date is asked of everyone on the form: an empty one says so in the words of three fields.</summary>
    private LocalDate? Date(string field, FieldErrors errors) => DateParts.ReadRequired(Value, field, CitizenWords.Of("validation.theBirthDate"), errors);

    /// <summary>
    /// The API's body from the form. A date that cannot be read stops it here, with every other
    /// field checked too so all that is wrong is said at once (nothing is stored); otherwise the
    /// errors are null and the body goes through the same checks as <c>POST /api/requests</c>.
    /// </summary>
    public (SubmitRequestBody Body, FieldErrors? Errors) Read(SchemeRecord scheme, NodaTime.IClock clock)
    {
        var dateErrors = new FieldErrors();
        var body = ToBody(scheme.MunicipalityCode, scheme.Year, scheme.MaxCaregivers, dateErrors);
        if (!dateErrors.Any)
        {
            return (body, null);
        }

        var errors = new FieldErrors();
        RequestFieldValidation.Validate(body, AmsterdamTime.DateOf(clock.GetCurrentInstant()), errors);
        CaregiverRequirements.Check(scheme, body.Caregivers, AmsterdamTime.DateOf(clock.GetCurrentInstant()), errors);
        return (body, Merge(errors, dateErrors));
    }

    /// <summary>The field checks' errors, with the message about an unreadable date instead of "fill in a date".</summary>
    private static FieldErrors Merge(FieldErrors checks, FieldErrors dates)
    {
        var merged = new FieldErrors();
        var byDate = dates.ToDictionary();
        foreach (var (field, messages) in checks.ToDictionary().Where(e => !byDate.ContainsKey(e.Key)).Concat(byDate))
        {
            foreach (var message in messages)
            {
                merged.Add(field, message);
            }
        }

        return merged;
    }
}
