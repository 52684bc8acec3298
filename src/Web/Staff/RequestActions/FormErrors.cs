namespace Waardering.Web.Staff.RequestActions;

/// <summary>A field's messages as the text beside it; none when the field is fine.</summary>
public static class FormErrors
{
    public static string? Of(IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors?.GetValueOrDefault(field) is { Length: > 0 } messages ? string.Join(" ", messages) : null;
}
