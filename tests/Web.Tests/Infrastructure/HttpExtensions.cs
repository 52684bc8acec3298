using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Waardering.Web.Tests.Infrastructure;

public static class HttpExtensions
{
    public static async Task<string> CreateSchemeAsync(this WebAppFixture app, JsonObject? body = null, int year = 2026)
    {
        var municipality = app.NewMunicipality();
        using var admin = app.As("admin");
        var response = await admin.PutAsJsonAsync($"/api/schemes/{municipality}/{year}", body ?? Bodies.Scheme(year));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return municipality;
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)
        ?? throw new InvalidOperationException("The answer is not a JSON object.");

    /// <summary>The field names of a problem-details answer's <c>errors</c> object.</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.ReadJsonAsync();
        return json["errors"] is JsonObject errors ? errors.Select(e => e.Key).ToList() : [];
    }

    public static StringContent Json(JsonNode body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

public static class JsonReading
{
    public static async Task<T?> ReadJsonAsync<T>(this HttpResponseMessage response) where T : System.Text.Json.Nodes.JsonNode =>
        System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync()) as T;
}
