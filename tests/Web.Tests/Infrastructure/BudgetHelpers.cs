using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Waardering.Web.Tests.Infrastructure;

public static class BudgetHelpers
{
    public static JsonObject Line(long amountCents, string source = "municipal", bool fundsAppreciation = true, string? grantCode = null) => new()
    {
        ["name"] = "Mantelzorgwaardering",
        ["source"] = source,
        ["grantCode"] = grantCode,
        ["amountCents"] = amountCents,
        ["fundsAppreciation"] = fundsAppreciation,
    };

    public static async Task PutLineAsync(this WebAppFixture app, string municipality, string code, JsonObject line, int year = 2026)
    {
        var response = await app.As("policy").PutAsJsonAsync($"/api/budget-lines/{municipality}/{year}/{code}", line);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{response.StatusCode}");
    }

    public static async Task<string> SubmitAsync(this WebAppFixture app, string municipality, int caregivers = 1)
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality, caregivers: caregivers));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    /// <summary>Submits this body without sign-in; answers the stored request's id.</summary>
    public static async Task<string> SubmitAsync(this WebAppFixture app, JsonObject body)
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    public static async Task<HttpResponseMessage> DecideAsync(
        this WebAppFixture app, string id, bool approve, string? reasonCode = null, string? reason = null) =>
        await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/decision",
            new JsonObject { ["approve"] = approve, ["reasonCode"] = reasonCode, ["reason"] = reason });

    public static async Task<JsonObject> BudgetAsync(this WebAppFixture app, string municipality, int year = 2026) =>
        await (await app.As("policy").GetAsync($"/api/budget/{municipality}/{year}")).ReadJsonAsync();
}
