namespace Waardering.Data.Schemes;

/// <summary>
/// Where an objection to a decision goes (Awb 6:4: to the body that decided, the college of the
/// municipality): an addressee, one street or PO box line, a postcode and a town, as on an envelope.
/// </summary>
public sealed record ObjectionAddressRecord(string Name, string Line, string Postcode, string City)
{
    /// <summary>The lines of the address in the order a letter writes them: "Postbus 9900", "1201 GM Hilversum".</summary>
    public IReadOnlyList<string> Lines() => [Name, Line, $"{Postcode} {City}"];

    /// <summary>The stored columns, all four or none (a CHECK constraint keeps them so).</summary>
    public static ObjectionAddressRecord? FromColumns(string? name, string? line, string? postcode, string? city) =>
        name is null || line is null || postcode is null || city is null ? null : new(name, line, postcode, city);
}
