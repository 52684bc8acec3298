using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// A thousand generated bad requests, each with exactly one field broken (malformed JSON, wrong
/// types, huge strings, control characters, invalid BSN and IBAN), in bodies whose names carry
/// script, template and SQL syntax that is itself allowed: each answered 400 naming exactly the
/// broken field, and nothing written to any table. The generator is seeded, so a failure can be
/// replayed.
/// </summary>
public sealed class BadRequestFuzzTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>Allowed in a name: their presence must never be what a request is refused for.</summary>
    private static readonly string[] Decorations = ["<script>alert(1)</script>", "{{ 7 * 7 }}", "{% include 'x' %}", "'; drop table requests; --", "Zoë"];

    [Fact]
    public async Task Decorations_InNames_AreAccepted()
    {
        var municipality = await app.CreateSchemeAsync();
        using var client = app.Anonymous();
        foreach (var decoration in Decorations)
        {
            var response = await client.PostAsJsonAsync("/api/requests", Decorated(municipality, decoration, decoration));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{decoration}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Submit_ThousandRequestsWithOneBrokenField_AreRefusedNamingThatFieldAndWriteNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var random = new Random(20261201);
        var failures = new List<string>();
        var drawn = new HashSet<Mutation>();
        using var client = app.Anonymous();
        var before = await app.WrittenRowsAsync();

        for (var i = 0; i < 1000; i++)
        {
            var mutation = RequestMutations.All[random.Next(RequestMutations.All.Count)];
            drawn.Add(mutation);
            var body = Decorated(municipality, Decorations[random.Next(Decorations.Length)], Decorations[random.Next(Decorations.Length)]);
            var response = await client.PostAsync("/api/requests", new StringContent(mutation.Apply(body, random), Encoding.UTF8, "application/json"));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"#{i} {mutation}: {(int)response.StatusCode}");
            }
            else if (await response.ErrorFieldsAsync() is var named && !named.SequenceEqual([mutation.Field]))
            {
                failures.Add($"#{i} {mutation}: named [{string.Join(", ", named)}]");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failed:\n{string.Join("\n", failures.Take(30))}");
        Assert.Equal(RequestMutations.All.Count, drawn.Count);
        Assert.Empty((await app.WrittenRowsAsync()).ChangesSince(before));
    }

    private static JsonObject Decorated(string municipality, string recipient, string caregiver)
    {
        var body = Bodies.Request(municipality);
        body["recipient"]!["name"] = $"Zorgvrager {Guid.NewGuid():N} {recipient}";
        body["caregivers"]![0]!["name"] = $"Mantelzorger {caregiver}";
        return body;
    }
}
