using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Reports;

/// <summary>
/// Past years' figures through the API: a file is stored whole or not at all, an import replaces
/// that year, every import is on the trail, and only policy staff import.
/// </summary>
public sealed class PastYearImportTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private const string Header = "year;week;requests;caregivers;amountPerUnit\n";

    [Fact]
    public async Task Import_StoresTheYear_AndImportingItAgainReplacesIt_OnTheTrailWithTheSubject()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.AsSubject("policy", "idp|beleid-3", "Beleid Drie");

        var first = await PostAsync(policy, municipality, Header + "2025;1;40;;\n2025;2;60;;\n2025;total;100;130;150,00\n");
        var second = await PostAsync(policy, municipality, Header + "2025;1;70;;\n2025;total;70;90;162.5\n");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var year = (await ListAsync(policy, municipality)).Single()!;
        Assert.Equal((2025, 70, 90, 16_250L), ((int)year["year"]!, (int)year["requests"]!, (int)year["caregivers"]!, (long)year["amountPerUnitCents"]!));
        Assert.Equal("[{\"week\":1,\"requests\":70}]", year["weeks"]!.ToJsonString());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var events = (await connection.QueryAsync<(string Action, string? Subject, bool Replaced)>("""
            select action, actor_subject, (details->>'replaced')::boolean from audit_events
            where details->>'municipality' = @municipality order by id
            """, new { municipality })).ToList();
        Assert.Equal([("past-year-imported", (string?)"idp|beleid-3", false), ("past-year-imported", "idp|beleid-3", true)], events);
    }

    [Fact]
    public async Task Import_ReadsACommaSeparatedFileToo_WithSeveralYears()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");

        var response = await PostAsync(policy, municipality,
            "year,week,requests,caregivers,amountPerUnit\n2024,total,900,1000,140\n2025,3,12,,\n2025,total,12,12,\"150,00\"\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([2025, 2024], (await ListAsync(policy, municipality)).Select(y => (int)y!["year"]!));
    }

    [Theory]
    [InlineData("2025;1;veel;;\n2025;total;1;1;150\n", "lines[3].requests")]
    [InlineData("2025;1;1;;\n2025;total;1;1;1.234\n", "lines[4].amountPerUnit")]
    [InlineData("2025;1;1;;\n2025;1;2;;\n2025;total;3;3;150\n", "lines[4].week")]
    [InlineData("2025;1;1;;\n", "lines[3].week")]
    [InlineData("2025;54;1;;\n2025;total;1;1;150\n", "lines[3].week")]
    [InlineData("2025;1;1;5;\n2025;total;1;1;150\n", "lines[3].caregivers")]
    [InlineData("2026;total;1;1;150\n", "lines[3].year")]
    [InlineData("2031;total;1;1;150\n", "lines[3].year")]
    public async Task Import_WithALineThatCannotBeRead_IsRefusedNamingLineAndColumn_AndKeepsWhatWasThere(string lines, string field)
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(policy, municipality, Header + "2025;total;10;10;150\n")).StatusCode);

        // Line 2 is a good line: the whole file is refused all the same.
        var response = await PostAsync(policy, municipality, Header + "2024;total;5;5;100\n" + lines);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
        Assert.Equal([(2025, 10)], (await ListAsync(policy, municipality)).Select(y => ((int)y!["year"]!, (int)y["requests"]!)));
    }

    [Fact]
    public async Task Import_WithoutAColumn_NamesTheHeaderLine()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await PostAsync(app.As("policy"), municipality, "year;week;requests;caregivers\n2025;total;1;1\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["lines[1].amountPerUnit"], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Import_OfAYearWithTheServicesOwnRequests_IsRefused_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync(Bodies.Scheme(2025), 2025);
        Clock.Reset(Instant.FromUtc(2025, 10, 6, 10, 0));
        await app.SubmitAsync(Bodies.Request(municipality, 2025));
        Clock.Reset(WebAppFixture.Start);
        using var policy = app.As("policy");

        var response = await PostAsync(policy, municipality, Header + "2024;total;5;5;100\n2025;total;10;10;150\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["lines[3].year"], await response.ErrorFieldsAsync());
        Assert.Empty(await ListAsync(policy, municipality));
    }

    [Fact]
    public async Task Auditor_ReadsTheYears_ButCannotImport_AndAnOfficerDoesNeither()
    {
        var municipality = await app.CreateSchemeAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(app.As("policy"), municipality, Header + "2025;total;10;10;150\n")).StatusCode);

        Assert.Single(await ListAsync(app.As("auditor"), municipality));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(app.As("auditor"), municipality, Header + "2025;total;1;1;1\n")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("officer").GetAsync($"/api/budget/{municipality}/past-years")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(app.As("officer"), municipality, Header + "2025;total;1;1;1\n")).StatusCode);
        Assert.Equal(10, (int)(await ListAsync(app.As("auditor"), municipality)).Single()!["requests"]!);
    }

    [Fact]
    public async Task Template_IsAFileTheImportReads()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");

        var template = await (await policy.GetAsync($"/api/budget/{municipality}/past-years/template.csv")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(policy, municipality, template)).StatusCode);
        Assert.Equal(13, (await ListAsync(policy, municipality)).Single()!["weeks"]!.AsArray().Count);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string municipality, string csv) =>
        client.PostAsync($"/api/budget/{municipality}/past-years", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<JsonArray> ListAsync(HttpClient client, string municipality) =>
        JsonNode.Parse(await (await client.GetAsync($"/api/budget/{municipality}/past-years")).Content.ReadAsStringAsync())!.AsArray();
}
