using System.Text.Json.Nodes;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>Valid example bodies; tests change one thing at a time.</summary>
public static class Bodies
{
    /// <summary>Hilversum's scheme: € 150 per request, 1 October to 31 December, postcodes 1200-1223.</summary>
    public static JsonObject Scheme(int year = 2026) => new()
    {
        ["municipalityName"] = "Testgemeente",
        ["opensOn"] = $"{year}-10-01",
        ["closesOn"] = $"{year}-12-31",
        ["baseAmountCents"] = 15000,
        ["maxCaregivers"] = 3,
        ["splitMode"] = "perRequest",
        ["payoutMode"] = "rolling",
        ["floorAmountCents"] = 5000,
        ["stepCents"] = 100,
        ["whoMayApply"] = "both",
        ["postcodeRanges"] = new JsonArray(new JsonObject { ["from"] = 1200, ["to"] = 1223 }),
    };

    public static JsonObject Request(string municipality, int year = 2026, int caregivers = 1, string? recipientName = null) => new()
    {
        ["municipality"] = municipality,
        ["year"] = year,
        ["submittedBy"] = "recipient",
        ["recipient"] = new JsonObject
        {
            ["name"] = recipientName ?? $"Zorgvrager {Guid.NewGuid():N}",
            ["bsn"] = TestBsn.New(),
            ["birthDate"] = "1941-05-17",
            ["postcode"] = "1211 AB",
            ["houseNumber"] = "12a",
            ["email"] = $"{Guid.NewGuid():N}@example.org",
        },
        ["caregivers"] = new JsonArray(Enumerable.Range(0, caregivers).Select(i => (JsonNode)Caregiver(i)).ToArray()),
    };

    public static JsonObject Caregiver(int i = 0) => new()
    {
        ["name"] = $"Mantelzorger {i}",
        ["birthDate"] = $"{1970 + i}-02-0{1 + i}",
        ["email"] = $"{Guid.NewGuid():N}@example.org",
        ["iban"] = i switch { 0 => "NL91ABNA0417164300", 1 => "DE89370400440532013000", _ => "BE68539007547034" },
        ["consentToContact"] = true,
    };
}
