namespace Waardering.Web.Pages;

/// <summary>A field's messages from a form's errors, joined, to stand beside that field; none when the field is fine.</summary>
public static class FieldMessages
{
    public static string? MessageOf(this IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors is not null && errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
