using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// A thousand generated bad requests (malformed JSON, wrong types, huge strings, invalid BSN and
/// IBAN, with script and template syntax in the names): never a 5xx, never a row, and every
/// answer names a field. The generator is seeded, so a failure can be replayed.
/// </summary>
public sealed class BadRequestFuzzTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Decorations = ["<script>alert(1)</script>", "{{ 7 * 7 }}", "{% include 'x' %}", "'; drop table requests; --", "\u0000", "Zoë"];

    [Fact]
    public async Task Submit_ThousandBadRequests_AreRefusedCleanly()
    {
        var municipality = await app.CreateSchemeAsync();
        var random = new Random(20261124);
        var failures = new List<string>();
        var client = app.Anonymous();

        for (var i = 0; i < 1000; i++)
        {
            var (kind, content) = Generate(random, municipality);
            var response = await client.PostAsync("/api/requests", new StringContent(content, Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || response.IsSuccessStatusCode)
            {
                failures.Add($"#{i} {kind}: {(int)response.StatusCode}");
            }
            else if (JsonNode.Parse(body)?["errors"] is not JsonObject { Count: > 0 })
            {
                failures.Add($"#{i} {kind}: no field named in {body[..Math.Min(200, body.Length)]}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    private static (string Kind, string Content) Generate(Random random, string municipality)
    {
        var body = Bodies.Request(municipality);
        body["recipient"]!["name"] = $"Zorgvrager {Decorations[random.Next(Decorations.Length)]}";
        body["caregivers"]![0]!["name"] = $"Mantelzorger {Decorations[random.Next(Decorations.Length)]}";
        switch (random.Next(8))
        {
            case 0:
                var json = body.ToJsonString();
                return ("truncated", json[..random.Next(1, json.Length - 1)]);
            case 1:
                body["year"] = random.Next(2) == 0 ? "twee" : new JsonArray(1, 2);
                return ("year type", body.ToJsonString());
            case 2:
                body["recipient"]!["birthDate"] = random.Next(2) == 0 ? 19410517 : "1941-02-31";
                return ("birth date", body.ToJsonString());
            case 3:
                body["recipient"]!["name"] = new string('x', random.Next(201, 20000));
                return ("huge name", body.ToJsonString());
            case 4:
                body["recipient"]!["bsn"] = random.Next(100000000, 999999999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "0";
                return ("bsn", body.ToJsonString());
            case 5:
                var iban = ((string)body["caregivers"]![0]!["iban"]!).ToCharArray();
                var at = random.Next(4, iban.Length);
                iban[at] = iban[at] == '9' ? '8' : '9';
                body["caregivers"]![0]!["iban"] = new string(iban);
                return ("iban", body.ToJsonString());
            case 6:
                body["caregivers"] = random.Next(2) == 0 ? new JsonObject() : "niemand";
                return ("caregivers type", body.ToJsonString());
            default:
                body["recipient"]!["postcode"] = Decorations[random.Next(Decorations.Length)];
                return ("postcode", body.ToJsonString());
        }
    }
}
