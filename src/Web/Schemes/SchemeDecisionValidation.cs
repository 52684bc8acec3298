using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;

namespace Waardering.Web.Schemes;

/// <summary>A scheme's settings for its decisions: the objection address and the term for deciding.</summary>
public static class SchemeDecisionValidation
{
    /// <summary>An envelope line longer than this does not fit a window envelope.</summary>
    public const int MaxLineLength = 100;

    /// <summary>The address, or null when the body leaves it out; every part is required once it is given.</summary>
    public static ObjectionAddressRecord? ObjectionAddress(ObjectionAddressBody? body, FieldErrors errors)
    {
        if (body is null)
        {
            return null;
        }

        var name = Line(body.Name, "objectionAddress.name", errors);
        var line = Line(body.Line, "objectionAddress.line", errors);
        var city = Line(body.City, "objectionAddress.city", errors);
        if (!Postcode.TryParse(body.Postcode, out var postcode))
        {
            errors.Add("objectionAddress.postcode", "Een postcode is vier cijfers en twee letters, zoals 1201 GM.");
        }

        return name is null || line is null || city is null || postcode == default ? null
            : new ObjectionAddressRecord(name, line, postcode.ToString(), city);
    }

    /// <summary>Eight weeks unless the municipality's regulation sets another term (Awb 4:13).</summary>
    public static int DecisionWeeks(int? weeks, FieldErrors errors)
    {
        if (weeks is < 1 or > DecisionTerm.MaxWeeks)
        {
            errors.Add("decisionWeeks", $"De beslistermijn is 1 tot {DecisionTerm.MaxWeeks} weken.");
        }

        return weeks ?? DecisionTerm.DefaultWeeks;
    }

    private static string? Line(string? value, string field, FieldErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLineLength)
        {
            errors.Add(field, $"Vul dit deel van het adres in, hoogstens {MaxLineLength} tekens.");
            return null;
        }

        return trimmed;
    }
}
