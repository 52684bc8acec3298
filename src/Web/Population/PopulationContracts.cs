using NodaTime;
using Waardering.Data.Population;

namespace Waardering.Web.Population;

/// <summary>The population figures as policy staff set them; every field is required.</summary>
public sealed record PopulationBody(
    int? LongTermCaregivers = null, int? IntensiveCaregivers = null, int? HeavilyBurdenedCaregivers = null, string? Source = null,
    int? FiguresYear = null);

/// <summary>The figures as read back; all but the municipality are null while none are set.</summary>
public sealed record PopulationView(
    string Municipality, int? LongTermCaregivers, int? IntensiveCaregivers, int? HeavilyBurdenedCaregivers, string? Source,
    int? FiguresYear, Instant? UpdatedAt, string? UpdatedBy)
{
    public static PopulationView Of(string municipality, StoredPopulation? stored) => new(
        municipality, stored?.Figures.LongTermCaregivers, stored?.Figures.IntensiveCaregivers, stored?.Figures.HeavilyBurdenedCaregivers,
        stored?.Figures.Source, stored?.Figures.FiguresYear, stored?.UpdatedAt, stored?.UpdatedBy);
}

/// <summary>The rules for the figures, one place for the API and the reach page's form.</summary>
public static class PopulationValidation
{
    /// <summary>Well above the largest municipality's caregivers; a typo of a few zeros is refused.</summary>
    public const int MaxCount = 10_000_000;

    public const int MaxSource = 200;

    public const int FirstYear = 2000;

    public static PopulationFigures? Validate(PopulationBody body, int thisYear, FieldErrors errors)
    {
        var longTerm = Count(body.LongTermCaregivers, "longTermCaregivers", errors);
        var intensive = Count(body.IntensiveCaregivers, "intensiveCaregivers", errors);
        var heavy = Count(body.HeavilyBurdenedCaregivers, "heavilyBurdenedCaregivers", errors);
        if (longTerm is { } l && intensive is { } i && i > l)
        {
            // "Langdurig en intensief" is a part of "langdurig" (002:374-392).
            errors.Add("intensiveCaregivers", "Intensieve mantelzorgers zijn een deel van de langdurige: dit aantal is niet groter.");
        }

        var source = body.Source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            errors.Add("source", "Vul de bron van de cijfers in, bijvoorbeeld CBS, 1 januari 2020.");
        }
        else if (source.Length > MaxSource || source.Any(char.IsControl))
        {
            errors.Add("source", $"Hoogstens {MaxSource} tekens, op één regel.");
        }

        if (body.FiguresYear is not { } year)
        {
            errors.Add("figuresYear", "Vul het jaar van de cijfers in.");
        }
        else if (year < FirstYear || year > thisYear)
        {
            errors.Add("figuresYear", $"Het jaar van de cijfers ligt tussen {FirstYear} en {thisYear}.");
        }

        return errors.Any ? null : new PopulationFigures(longTerm!.Value, intensive!.Value, heavy!.Value, source!, body.FiguresYear!.Value);
    }

    private static int? Count(int? value, string field, FieldErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, "Vul het aantal in.");
        }
        else if (value is < 0 or > MaxCount)
        {
            errors.Add(field, $"Een aantal van 0 tot {MaxCount:N0}.".Replace(",", ".", StringComparison.Ordinal));
        }

        return value;
    }
}
