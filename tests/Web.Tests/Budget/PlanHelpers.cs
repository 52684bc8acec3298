using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>Hilversum's 2024-2030 table (002:1545-1577): its income per source and its spending per line.</summary>
public static class PlanHelpers
{
    public const int FirstYear = 2024;
    public const int LastYear = 2030;

    public static JsonObject Row(string kind, string name, long cents, string? source = null, string? grantCode = null, int? grantLastYear = null,
        int first = FirstYear, int last = LastYear)
    {
        var amounts = new JsonObject();
        for (var year = first; year <= last; year++)
        {
            amounts[$"{year}"] = grantLastYear is { } ends && year > ends ? 0 : cents;
        }

        return new JsonObject
        {
            ["kind"] = kind, ["name"] = name, ["source"] = source, ["grantCode"] = grantCode, ["grantLastYear"] = grantLastYear,
            ["amountCents"] = amounts,
        };
    }

    public static IReadOnlyList<JsonObject> Hilversum() =>
    [
        Row("income", "Mantelzorgwaardering (individueel en collectief)", 20_000_000, "municipal"),
        Row("income", "Gemeentelijke middelen mantelzorgondersteuning", 41_500_000, "municipal"),
        Row("income", "SPUK GALA", 4_500_000, "spuk", "GALA", 2026),
        Row("spending", "Nadere regeling basisvoorziening mantelzorg", 35_500_000),
        Row("spending", "Nadere regeling vrijwillige inzet", 4_500_000),
        Row("spending", "Mantelzorgwaardering (individueel en collectief)", 20_000_000),
        Row("spending", "0,5 FTE uitbreiding team Beleid SD", 5_000_000),
        Row("spending", "Kosten uitvoering meerjarige communicatieaanpak", 1_000_000),
    ];

    public static async Task SetYearsAsync(this HttpClient policy, string municipality, int first = FirstYear, int last = LastYear)
    {
        var response = await policy.PutAsJsonAsync($"/api/budget/{municipality}/plan", new JsonObject { ["firstYear"] = first, ["lastYear"] = last });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{response.StatusCode}");
    }

    /// <summary>Hilversum's years and rows, entered through the API.</summary>
    public static async Task EnterHilversumAsync(this HttpClient policy, string municipality)
    {
        await policy.SetYearsAsync(municipality);
        foreach (var row in Hilversum())
        {
            await policy.AddRowAsync(municipality, row);
        }
    }

    /// <summary>Adds a row; answers its id.</summary>
    public static async Task<long> AddRowAsync(this HttpClient policy, string municipality, JsonObject row)
    {
        var response = await policy.PostAsJsonAsync($"/api/budget/{municipality}/plan/rows", row);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.ReadJsonAsync())["id"]!;
    }

    public static async Task<JsonObject> PlanAsync(this HttpClient client, string municipality)
    {
        var response = await client.GetAsync($"/api/budget/{municipality}/plan");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
