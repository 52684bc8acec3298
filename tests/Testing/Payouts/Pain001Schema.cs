using System.Xml;
using System.Xml.Schema;

namespace Waardering.Testing.Payouts;

/// <summary>Validates a document against the ISO pain.001.001.03 schema and returns every error.</summary>
public static class Pain001Schema
{
    private static readonly XmlSchemaSet Schemas = Load();

    public static IReadOnlyList<string> Validate(Stream document)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(document, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        set.Add("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", Path.Combine(AppContext.BaseDirectory, "Payouts", "pain.001.001.03.xsd"));
        set.Compile();
        return set;
    }
}
