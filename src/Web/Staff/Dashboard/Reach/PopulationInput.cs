using System.Globalization;
using Waardering.Data.Population;
using Waardering.Web.Population;

namespace Waardering.Web.Staff.Dashboard.Reach;

/// <summary>
/// The population form's fields as typed, so a form with errors comes back as it was sent. The
/// field names are the API's (<see cref="PopulationBody"/>), and so are the rules.
/// </summary>
public sealed record PopulationInput(
    string? LongTermCaregivers, string? IntensiveCaregivers, string? HeavilyBurdenedCaregivers, string? Source, string? FiguresYear)
{
    public static readonly string[] Fields =
        ["longTermCaregivers", "intensiveCaregivers", "heavilyBurdenedCaregivers", "source", "figuresYear"];

    public static PopulationInput Of(PopulationFigures? figures) => figures is null
        ? new PopulationInput(null, null, null, null, null)
        : new PopulationInput(Text(figures.LongTermCaregivers), Text(figures.IntensiveCaregivers), Text(figures.HeavilyBurdenedCaregivers),
            figures.Source, Text(figures.FiguresYear));

    /// <summary>
    /// The figures, or null with the errors by field, in the form's order. A count may be written
    /// the Dutch way, with points (22.960); one that cannot be read is that field's only error.
    /// </summary>
    public PopulationFigures? Validate(int thisYear, FieldErrors errors)
    {
        var parsing = new FieldErrors();
        var body = new PopulationBody(
            Number(LongTermCaregivers, Fields[0], parsing), Number(IntensiveCaregivers, Fields[1], parsing),
            Number(HeavilyBurdenedCaregivers, Fields[2], parsing), Source, Number(FiguresYear, Fields[4], parsing));
        var rules = new FieldErrors();
        var figures = PopulationValidation.Validate(body, thisYear, rules);
        var (unreadable, broken) = (parsing.ToDictionary(), rules.ToDictionary());
        foreach (var field in Fields)
        {
            foreach (var message in unreadable.GetValueOrDefault(field) ?? broken.GetValueOrDefault(field) ?? [])
            {
                errors.Add(field, message);
            }
        }

        return errors.Any ? null : figures;
    }

    private static int? Number(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = text.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "Vul een heel getal in, zonder komma, bijvoorbeeld 22960.");
        return null;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
