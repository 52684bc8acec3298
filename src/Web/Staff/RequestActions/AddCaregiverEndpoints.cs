using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain.Requests;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>The form as posted; the birth date in three boxes (<see cref="DateField"/>: <c>birthDate.day</c>, …).</summary>
public sealed record AddCaregiverForm(
    string? Name = null, string? BirthDateDay = null, string? BirthDateMonth = null, string? BirthDateYear = null, string? Iban = null,
    string? Email = null, bool ConsentToContact = false, bool CareDeclared = false)
{
    public const string BirthDate = "birthDate";

    public static AddCaregiverForm From(IFormCollection form) => new(
        form["name"], form[DateParts.Field(BirthDate, DateParts.Day)], form[DateParts.Field(BirthDate, DateParts.Month)],
        form[DateParts.Field(BirthDate, DateParts.Year)], form["iban"], form["email"], form["consentToContact"] == "true",
        form["careDeclared"] == "true");

    /// <summary>A date box's value by its posted name, for <see cref="DateField"/> and <see cref="DateParts"/>.</summary>
    public string DateValue(string key) => (key == DateParts.Field(BirthDate, DateParts.Day) ? BirthDateDay
        : key == DateParts.Field(BirthDate, DateParts.Month) ? BirthDateMonth
        : key == DateParts.Field(BirthDate, DateParts.Year) ? BirthDateYear : null) ?? "";
}

/// <summary>
/// An officer adds a caregiver to an undecided request (<c>/staff/requests/{id}/caregivers/new</c>),
/// through the same <see cref="CaregiverAdding"/> as <c>POST /api/requests/{id}/caregivers</c>. The
/// page shows how the amount will be split once they are added.
/// </summary>
public static class AddCaregiverEndpoints
{
    public const string Path = RequestActionPaths.Base + "/caregivers/new";

    public static IEndpointRouteBuilder MapAddCaregiverPages(this IEndpointRouteBuilder app)
    {
        app.MapActionPage(Path, ShowAsync);
        app.MapActionForm(Path, AddAsync);
        return app;
    }

    public static Task<IResult> ShowAsync(
        Guid id, ActionRequestReading reading, SchemeStore schemes, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(id, new AddCaregiverForm(), null, StatusCodes.Status200OK, reading, schemes, context, cancellationToken);

    public static async Task<IResult> AddAsync(
        Guid id, IFormCollection posted, CaregiverAdding adding, ActionRequestReading reading, SchemeStore schemes,
        HttpContext context, CancellationToken cancellationToken)
    {
        var form = AddCaregiverForm.From(posted);
        var dateErrors = new FieldErrors();
        var birthDate = DateParts.ReadRequired(form.DateValue, AddCaregiverForm.BirthDate, "de geboortedatum", dateErrors);
        var body = new CaregiverBody(form.Name, birthDate, form.Iban, form.Email, Weight: null, form.ConsentToContact, CareDeclared: form.CareDeclared);
        (Dictionary<string, string[]>? Errors, int Status) outcome = await adding.AddAsync(id, body, StaffActor.From(context), cancellationToken) switch
        {
            CaregiverAddingResult.Added => (null, StatusCodes.Status303SeeOther),
            CaregiverAddingResult.Invalid invalid => (invalid.Errors.ToDictionary(), StatusCodes.Status400BadRequest),
            CaregiverAddingResult.Refused refused => (FieldErrors.One(refused.Field, refused.Message).ToDictionary(), StatusCodes.Status409Conflict),
            _ => (null, StatusCodes.Status404NotFound),
        };
        var (errors, status) = outcome;
        if (status == StatusCodes.Status303SeeOther)
        {
            return RequestActionResults.Done(id, RequestActionResults.CaregiverAdded);
        }

        // A date left empty or unreadable says so in the words of its three boxes.
        if (errors is not null && dateErrors.ToDictionary().TryGetValue(AddCaregiverForm.BirthDate, out var unreadable))
        {
            errors[AddCaregiverForm.BirthDate] = unreadable;
        }

        return errors is null ? TypedResults.NotFound() : await RenderAsync(id, form, errors, status, reading, schemes, context, cancellationToken);
    }

    private static async Task<IResult> RenderAsync(
        Guid id, AddCaregiverForm form, Dictionary<string, string[]>? errors, int status, ActionRequestReading reading, SchemeStore schemes,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(id, "add-caregiver", context, cancellationToken) is not { } request ||
            await schemes.FindAsync(request.MunicipalityCode, request.Year, cancellationToken) is not { } scheme)
        {
            return TypedResults.NotFound();
        }

        var next = request.Caregivers.Count == 0 ? 1 : request.Caregivers.Max(c => c.Position) + 1;
        var split = CaregiverAddition.Split(scheme.SplitMode, request.UnitAmountCents,
            request.Caregivers.Select(c => new CaregiverPart(c.Position, c.Name, c.Weight, c.AmountCents))
                .Append(new CaregiverPart(next, form.Name is { Length: > 0 } name ? name : "Nieuwe mantelzorger", 1, 0)));
        var refusal = !RequestLife.Undecided.Contains(request.Status)
            ? "Over deze aanvraag is al beslist: er kan geen mantelzorger meer bij."
            : request.Caregivers.Count >= scheme.MaxCaregivers
                ? $"Deze aanvraag heeft al {scheme.MaxCaregivers} mantelzorgers, het hoogste aantal van de regeling."
                : null;
        return PageResults.Page<AddCaregiverPage>(new { Request = request, Form = form, Errors = errors, Split = split, Refusal = refusal, AskCareDeclaration = scheme.CareDeclarationRequired },
            status);
    }
}
