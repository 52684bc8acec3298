using System.Globalization;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// One way to break one field of a valid request body, and nothing else: the field it breaks (as
/// the answer must name it), how, and the content it makes of the body.
/// </summary>
public sealed record Mutation(string Field, string How, Func<JsonObject, Random, string> Apply)
{
    public override string ToString() => $"{Field} {How}";
}

/// <summary>Every mutation of the request fuzz; each breaks exactly the field it names.</summary>
public static class RequestMutations
{
    public static readonly IReadOnlyList<Mutation> All =
    [
        Set("year", "a word", _ => "twee"),
        Set("year", "a list", _ => new JsonArray(1, 2)),
        Set("year", "out of range", r => r.Next(2) == 0 ? 1999 : 2101),
        Set("submittedBy", "unknown", r => Pick(r, "buurman", "<script>alert(1)</script>", "{{ 7 * 7 }}")),
        Set("recipient.name", "too long", r => new string('x', r.Next(201, 20000))),
        Set("recipient.name", "a control character", r => $"Jan{Pick(r, "\u0000", "\u0007", "\u001b")}Jansen"),
        Set("recipient.birthDate", "no such day", _ => "1941-02-31"),
        Set("recipient.birthDate", "a number", _ => 19410517),
        Set("recipient.birthDate", "in the future", _ => "2099-01-01"),
        Set("recipient.bsn", "failing the 11-proef", _ => TestBsn.FailingTheElevenTest()),
        Set("recipient.bsn", "too short", r => r.Next(10000, 99999).ToString(CultureInfo.InvariantCulture)),
        Set("recipient.postcode", "not Dutch", r => Pick(r, "0123 AB", "1211 SS", "B-1000", "<script>alert(1)</script>", "'; drop table requests; --")),
        Set("recipient.houseNumber", "not a number", r => Pick(r, "nul", "", "0")),
        Set("recipient.email", "not an address", r => Pick(r, "jan@", "jan jansen@example.org")),
        Set("caregivers", "an object", _ => new JsonObject()),
        Set("caregivers", "a word", _ => "niemand"),
        Set("caregivers", "empty", _ => new JsonArray()),
        new("caregivers[0].iban", "with a wrong digit", (body, r) =>
        {
            var iban = ((string)JsonPaths.Get(body, "caregivers[0].iban")!).ToCharArray();
            var at = r.Next(8, iban.Length); // the account number's digits: changing one breaks the mod-97 check
            iban[at] = iban[at] == '9' ? '8' : '9';
            JsonPaths.Set(body, "caregivers[0].iban", new string(iban));
            return body.ToJsonString();
        }),
        Set("caregivers[0].birthDate", "in the future", _ => "2030-01-01"),
        Set("caregivers[0].weight", "out of range", r => r.Next(2) == 0 ? 0 : 1000),
        Set("caregivers[0].weight", "a word", _ => "zwaar"),
        Set("caregivers[0].email", "not an address", _ => "geen-adres"),
        Truncated("recipient.name"),
        Truncated("recipient.postcode"),
        Truncated("caregivers[0].iban"),
    ];

    private static Mutation Set(string field, string how, Func<Random, JsonNode?> value) =>
        new(field, how, (body, random) =>
        {
            JsonPaths.Set(body, field, value(random));
            return body.ToJsonString();
        });

    /// <summary>The body cut off inside the field's value, as a dropped connection or a bad client sends it.</summary>
    private static Mutation Truncated(string field) =>
        new(field, "cut off inside its value", (body, random) =>
        {
            // Plain ASCII, which the serializer writes as it is (it escapes <, ' and ë), so it can be found in the text.
            var marker = $"Afgebroken{Guid.NewGuid():N}";
            JsonPaths.Set(body, field, marker);
            var json = body.ToJsonString();
            return json[..(json.IndexOf(marker, StringComparison.Ordinal) + random.Next(1, marker.Length))];
        });

    private static JsonNode Pick(Random random, params string[] values) => values[random.Next(values.Length)];
}
