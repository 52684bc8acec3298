using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// The citizens' application form, posted with three hundred generated bad forms (dates that do
/// not exist, invalid BSN and IBAN, huge values, script and template syntax, unknown choices,
/// missing fields): never a 5xx, never a row, always the form back with what is wrong, and no
/// value ever echoed unencoded. Seeded, so a failure can be replayed.
/// </summary>
public sealed class BadFormFuzzTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Decorations = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{ 7 * 7 }}", "'; drop table requests; --"];

    [Fact]
    public async Task Apply_ThreeHundredBadForms_AreRefusedCleanly()
    {
        var municipality = await app.CreateSchemeAsync();
        var random = new Random(20261126);
        var failures = new List<string>();
        using var client = app.Anonymous();

        for (var i = 0; i < 300; i++)
        {
            var (kind, form) = Generate(random, municipality);
            var response = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form));
            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || response.IsSuccessStatusCode)
            {
                failures.Add($"#{i} {kind}: {(int)response.StatusCode}");
            }
            else if (!html.Contains("Nog niet alles klopt", StringComparison.Ordinal))
            {
                failures.Add($"#{i} {kind}: the form did not say what is wrong");
            }
            else if (Decorations.Any(d => d.Contains('<', StringComparison.Ordinal) && html.Contains(d, StringComparison.Ordinal)))
            {
                failures.Add($"#{i} {kind}: a value came back unencoded");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    private static (string Kind, Dictionary<string, string> Form) Generate(Random random, string municipality)
    {
        var decoration = Decorations[random.Next(Decorations.Length)];
        var form = new Dictionary<string, string>
        {
            ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["submittedBy"] = "recipient",
            ["recipient.name"] = $"Zorgvrager {municipality} {Guid.NewGuid():N} {decoration}",
            ["recipient.birthDate"] = "1941-05-17",
            ["recipient.postcode"] = "1211 AB",
            ["recipient.houseNumber"] = "12",
            ["caregivers[0].name"] = $"Mantelzorger {decoration}",
            ["caregivers[0].birthDate"] = "1970-02-01",
            ["caregivers[0].iban"] = "NL91ABNA0417164300",
        };
        switch (random.Next(8))
        {
            case 0:
                form["recipient.birthDate"] = random.Next(2) == 0 ? "31-02-1941" : decoration;
                return ("birth date", form);
            case 1:
                form["recipient.bsn"] = random.Next(100000000, 999999999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "0";
                return ("bsn", form);
            case 2:
                // Other last two digits than 00 and 97 (97 apart): the mod-97 check fails for every one of them.
                form["caregivers[0].iban"] = "NL91ABNA04171643" + random.Next(10, 97).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ("iban", form);
            case 3:
                form["recipient.name"] = new string('x', random.Next(201, 20000)) + decoration;
                return ("huge name", form);
            case 4:
                form["submittedBy"] = random.Next(2) == 0 ? decoration : "";
                return ("who applies", form);
            case 5:
                form.Remove(random.Next(2) == 0 ? "caregivers[0].name" : "recipient.houseNumber");
                return ("missing field", form);
            case 6:
                form["recipient.postcode"] = decoration;
                return ("postcode", form);
            default:
                form["caregivers[1].email"] = decoration; // a second caregiver with only a broken e-mail address
                return ("half a caregiver", form);
        }
    }
}
