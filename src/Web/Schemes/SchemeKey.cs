using System.Text.RegularExpressions;
using Waardering.Web.Texts;

namespace Waardering.Web.Schemes;

/// <summary>A municipality's CBS code (GM0402) and a scheme year, checked where they enter; a citizen reads why in their language.</summary>
public static partial class SchemeKey
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static void Check(string? municipality, int? year, FieldErrors errors, string prefix = "")
    {
        CheckMunicipality(municipality, errors, prefix + "municipality");
        CheckYear(year, errors, prefix + "year");
    }

    public static void CheckMunicipality(string? municipality, FieldErrors errors, string field = "municipality")
    {
        if (string.IsNullOrWhiteSpace(municipality))
        {
            errors.Add(field, CitizenWords.Of("validation.municipalityRequired"));
        }
        else if (!MunicipalityCode().IsMatch(municipality))
        {
            errors.Add(field, CitizenWords.Of("validation.municipalityCode"));
        }
    }

    public static void CheckYear(int? year, FieldErrors errors, string field = "year")
    {
        if (year is null)
        {
            errors.Add(field, CitizenWords.Of("validation.yearRequired"));
        }
        else if (year is < FirstYear or > LastYear)
        {
            errors.Add(field, CitizenWords.Of("validation.yearRange", FirstYear, LastYear));
        }
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex MunicipalityCode();
}
