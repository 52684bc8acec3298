using System.Text.RegularExpressions;
using Waardering.Web.Errors;

namespace Waardering.Web.Schemes;

/// <summary>A municipality's CBS code (GM0402) and a scheme year, checked where they enter.</summary>
public static partial class SchemeKey
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static void Check(string? municipality, int? year, FieldErrors errors, string prefix = "")
    {
        if (string.IsNullOrWhiteSpace(municipality))
        {
            errors.Add(prefix + "municipality", "Vul de gemeentecode in, bijvoorbeeld GM0402.");
        }
        else if (!MunicipalityCode().IsMatch(municipality))
        {
            errors.Add(prefix + "municipality", "Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0402.");
        }

        if (year is null)
        {
            errors.Add(prefix + "year", "Vul het jaar in.");
        }
        else if (year is < FirstYear or > LastYear)
        {
            errors.Add(prefix + "year", $"Het jaar ligt tussen {FirstYear} en {LastYear}.");
        }
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex MunicipalityCode();
}
