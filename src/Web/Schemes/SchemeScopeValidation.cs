using NodaTime;
using Waardering.Data.Schemes;

namespace Waardering.Web.Schemes;

/// <summary>Checks when and where a scheme applies: its window for requests and its postcode ranges.</summary>
public static class SchemeScopeValidation
{
    /// <summary>
    /// The window opens in the scheme year and may run into the next one (some municipalities
    /// accept requests until 20 February); without dates it is the whole year.
    /// </summary>
    internal static (LocalDate OpensOn, LocalDate ClosesOn) Window(int year, SchemeBody body, FieldErrors errors)
    {
        if (body.OpensOn is null && body.ClosesOn is null)
        {
            return (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }

        if (body.OpensOn is not { } opensOn || body.ClosesOn is not { } closesOn)
        {
            errors.Add(body.OpensOn is null ? "opensOn" : "closesOn", "Vul beide datums in, of geen van beide voor het hele jaar.");
            return default;
        }

        if (opensOn.Year != year)
        {
            errors.Add("opensOn", $"De aanvraagperiode begint in {year}.");
        }

        if (closesOn < opensOn || closesOn.Year > year + 1)
        {
            errors.Add("closesOn", "De aanvraagperiode eindigt na de begindatum en uiterlijk in het jaar erna.");
        }

        return (opensOn, closesOn);
    }

    internal static List<PostcodeRangeRecord> Ranges(IReadOnlyList<PostcodeRangeBody>? ranges, FieldErrors errors)
    {
        var result = new List<PostcodeRangeRecord>();
        if (ranges is { Count: > 100 })
        {
            errors.Add("postcodeRanges", "Hoogstens 100 postcodegebieden.");
            return result;
        }

        for (var i = 0; i < (ranges?.Count ?? 0); i++)
        {
            var range = ranges![i];
            if (range is not { From: >= 1000 and <= 9999, To: >= 1000 and <= 9999 } || range.From > range.To)
            {
                errors.Add($"postcodeRanges[{i}]", "Een postcodegebied loopt van vier cijfers tot vier cijfers, bijvoorbeeld 1211 tot 1223.");
                continue;
            }

            result.Add(new PostcodeRangeRecord(range.From!.Value, range.To!.Value));
        }

        return result;
    }
}
