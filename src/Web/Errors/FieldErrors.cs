namespace Waardering.Web.Errors;

/// <summary>Errors keyed by the field's JSON path (e.g. <c>caregivers[1].iban</c>), as in ASP.NET's validation problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static FieldErrors One(string field, string message) => new FieldErrors().Add(field, message);
}
