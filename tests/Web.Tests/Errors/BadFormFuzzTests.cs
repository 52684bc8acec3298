using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// The citizens' application form, posted with three hundred generated bad forms, each with
/// exactly one field wrong (a date that does not exist, an invalid BSN or IBAN, a huge value, an
/// unknown choice, a missing field) in forms whose names carry script, template and SQL syntax
/// that is itself allowed: each answered 400 with the form back, the error beside exactly that
/// field, no value echoed unencoded, and nothing written to any table. Seeded, so a failure can
/// be replayed.
/// </summary>
public sealed partial class BadFormFuzzTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Decorations = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{ 7 * 7 }}", "'; drop table requests; --"];

    private sealed record FormMutation(string Field, string How, Action<Dictionary<string, string>, Random, string> Apply)
    {
        public override string ToString() => $"{Field} {How}";
    }

    private static readonly FormMutation[] Mutations =
    [
        new("recipient.birthDate", "no such day", (form, r, d) =>
        {
            if (r.Next(2) == 0)
            {
                FormBodies.Date(form, "recipient.birthDate", "31", "2", "1941");
            }
            else
            {
                form["recipient.birthDate.day"] = d;
            }
        }),
        new("recipient.birthDate", "in the future", (form, _, _) => FormBodies.Date(form, "recipient.birthDate", "1", "1", "2099")),
        new("recipient.bsn", "failing the 11-proef", (form, _, _) => form["recipient.bsn"] = TestBsn.FailingTheElevenTest()),
        // Other last two digits than 00 and 97 (97 apart): the mod-97 check fails for every one of them.
        new("caregivers[0].iban", "a wrong check", (form, r, _) =>
            form["caregivers[0].iban"] = "NL91ABNA04171643" + r.Next(10, 97).ToString(CultureInfo.InvariantCulture)),
        new("recipient.name", "too long", (form, r, d) => form["recipient.name"] = new string('x', r.Next(201, 20000)) + d),
        new("submittedBy", "unknown", (form, r, d) => form["submittedBy"] = r.Next(2) == 0 ? d : ""),
        new("caregivers[0].name", "missing", (form, _, _) => form.Remove("caregivers[0].name")),
        new("recipient.houseNumber", "missing", (form, _, _) => form.Remove("recipient.houseNumber")),
        new("recipient.postcode", "not Dutch", (form, _, d) => form["recipient.postcode"] = d),
        new("recipient.email", "not an address", (form, _, d) => form["recipient.email"] = $"jan@{d}"),
        new("caregivers[1].email", "not an address", (form, _, d) =>
        {
            // A whole second caregiver, but for the address.
            form["caregivers[1].name"] = "Bert de Vries";
            FormBodies.Date(form, "caregivers[1].birthDate", "3", "4", "1972");
            form["caregivers[1].iban"] = "DE89370400440532013000";
            form["caregivers[1].email"] = d;
        }),
    ];

    [Fact]
    public async Task Apply_ThreeHundredFormsWithOneFieldWrong_ShowTheErrorBesideThatField_AndWriteNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var random = new Random(20261201);
        var failures = new List<string>();
        var drawn = new HashSet<FormMutation>();
        using var client = app.Anonymous();
        var token = await CitizenForms.TokenAsync(client, $"/apply/{municipality}/2026");
        var before = await app.WrittenRowsAsync();

        for (var i = 0; i < 300; i++)
        {
            var mutation = Mutations[random.Next(Mutations.Length)];
            drawn.Add(mutation);
            var decoration = Decorations[random.Next(Decorations.Length)];
            var form = FormBodies.Application(decoration);
            mutation.Apply(form, random, decoration);
            var response = await client.PostAsync($"/apply/{municipality}/2026", CitizenForms.Content(form, token));
            var html = await response.Content.ReadAsStringAsync();
            var named = ErrorBeside().Matches(html).Select(m => m.Groups[1].Value).ToList();
            if (response.StatusCode != HttpStatusCode.BadRequest || !html.Contains("Nog niet alles klopt", StringComparison.Ordinal))
            {
                failures.Add($"#{i} {mutation}: {(int)response.StatusCode}, the form did not say what is wrong");
            }
            else if (!named.SequenceEqual([IdOf(mutation.Field)]) || SummaryItems(html) != 1)
            {
                failures.Add($"#{i} {mutation}: errors beside [{string.Join(", ", named)}], {SummaryItems(html)} in the summary");
            }
            else if (Decorations.Any(d => d.Contains('<', StringComparison.Ordinal) && html.Contains(d, StringComparison.Ordinal)))
            {
                failures.Add($"#{i} {mutation}: a value came back unencoded");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failed:\n{string.Join("\n", failures.Take(30))}");
        Assert.Equal(Mutations.Length, drawn.Count);
        Assert.Empty((await app.WrittenRowsAsync()).ChangesSince(before));
    }

    [Fact]
    public async Task Apply_TheFormWithEveryDecoration_IsAccepted()
    {
        var municipality = await app.CreateSchemeAsync();
        using var client = app.Anonymous();
        var token = await CitizenForms.TokenAsync(client, $"/apply/{municipality}/2026");
        foreach (var decoration in Decorations)
        {
            var response = await client.PostAsync($"/apply/{municipality}/2026", CitizenForms.Content(FormBodies.Application(decoration), token));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{decoration}: {(int)response.StatusCode}");
        }
    }

    /// <summary>The id the page gives a field's input (a date's: its day), whose error is <c>{id}-error</c> (Web/Pages/FieldIds).</summary>
    private static string IdOf(string field) => field.Replace('.', '-').Replace("[", "-").Replace("]", "");

    [GeneratedRegex("id=\"([^\"]+)-error\"")]
    private static partial Regex ErrorBeside();

    /// <summary>The error summary at the top of the page: one item per message.</summary>
    private static int SummaryItems(string html) =>
        Regex.Count(Summary().Match(html).Groups[1].Value, "<li[ >]");

    [GeneratedRegex("<div [^>]*role=\"alert\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();
}
