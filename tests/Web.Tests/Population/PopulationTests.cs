using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Population;

/// <summary>
/// The municipality's own figures of its caregivers: set by policy staff, read by auditors too,
/// refused to officers, every change on the audit trail with the staff member's subject.
/// </summary>
public sealed class PopulationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>Hilversum's figures, CBS 1-1-2020 (002:374-392).</summary>
    public static JsonObject Hilversum() => new()
    {
        ["longTermCaregivers"] = 22960, ["intensiveCaregivers"] = 4380, ["heavilyBurdenedCaregivers"] = 2433,
        ["source"] = "CBS, 1 januari 2020", ["figuresYear"] = 2020,
    };

    [Fact]
    public async Task Policy_SetsTheFigures_AuditorReadsThem_AndTheChangeIsOnTheTrailWithTheSubject()
    {
        var municipality = await app.CreateSchemeAsync();
        var path = $"/api/municipalities/{municipality}/population";
        var before = await (await app.As("auditor").GetAsync(path)).ReadJsonAsync();

        var put = await app.AsSubject("policy", "beleid-7", "Pieter").PutAsJsonAsync(path, Hilversum());
        var read = await app.As("auditor").GetAsync(path);

        Assert.Null(before["longTermCaregivers"]);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var figures = await read.ReadJsonAsync();
        Assert.Equal((22960, 4380, 2433), ((int)figures["longTermCaregivers"]!, (int)figures["intensiveCaregivers"]!,
            (int)figures["heavilyBurdenedCaregivers"]!));
        Assert.Equal(("CBS, 1 januari 2020", 2020, "Pieter"), ((string)figures["source"]!, (int)figures["figuresYear"]!, (string)figures["updatedBy"]!));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var audit = await connection.QuerySingleAsync<(string Actor, string Subject, int LongTerm)>("""
            select actor, actor_subject, (details ->> 'longTermCaregivers')::int from audit_events
            where action = 'population-set' and details ->> 'municipality' = @municipality
            """, new { municipality });
        Assert.Equal(("Pieter", "beleid-7", 22960), audit);
    }

    [Fact]
    public async Task SettingAgain_ReplacesTheFigures_AndEachChangeIsOnTheTrail()
    {
        var municipality = await app.CreateSchemeAsync();
        var path = $"/api/municipalities/{municipality}/population";
        var newer = Hilversum();
        newer["longTermCaregivers"] = 23500;
        newer["figuresYear"] = 2024;

        await app.As("policy").PutAsJsonAsync(path, Hilversum());
        await app.As("policy").PutAsJsonAsync(path, newer);
        var read = await (await app.As("policy").GetAsync(path)).ReadJsonAsync();

        Assert.Equal((23500, 2024), ((int)read["longTermCaregivers"]!, (int)read["figuresYear"]!));
        Assert.Equal(2, await ChangesOnTheTrailAsync(municipality));
    }

    [Fact]
    public async Task Put_BadFigures_AreRefusedByField_AndNothingIsWritten()
    {
        var municipality = await app.CreateSchemeAsync();
        var path = $"/api/municipalities/{municipality}/population";
        var bad = Hilversum();
        bad["intensiveCaregivers"] = 30000; // more than the long-term caregivers it is a part of
        bad["heavilyBurdenedCaregivers"] = -1;
        bad["source"] = " ";
        bad["figuresYear"] = 2027; // the fixture's today is in 2026
        var missing = new JsonObject { ["source"] = "CBS" };

        var response = await app.As("policy").PutAsJsonAsync(path, bad);
        var empty = await app.As("policy").PutAsJsonAsync(path, missing);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["figuresYear", "heavilyBurdenedCaregivers", "intensiveCaregivers", "source"], (await response.ErrorFieldsAsync()).Order());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["figuresYear", "heavilyBurdenedCaregivers", "intensiveCaregivers", "longTermCaregivers"],
            (await empty.ErrorFieldsAsync()).Order());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.QuerySingleAsync<int>(
            "select count(*)::int from municipality_population where municipality_code = @municipality", new { municipality }));
        Assert.Equal(0, await ChangesOnTheTrailAsync(municipality));
    }

    [Fact]
    public async Task Auditor_MayNotSet_OfficerMayNotRead_AnotherMunicipalityIsNotFound()
    {
        var municipality = await app.CreateSchemeAsync();
        var path = $"/api/municipalities/{municipality}/population";
        await app.As("policy").PutAsJsonAsync(path, Hilversum());
        var changed = Hilversum();
        changed["longTermCaregivers"] = 1;

        var auditorPut = await app.As("auditor").PutAsJsonAsync(path, changed);
        var officerGet = await app.As("officer").GetAsync(path);
        var foreign = app.ForeignMunicipality();
        var otherGet = await app.As("policy", "vreemd", [foreign]).GetAsync(path);
        var otherPut = await app.As("policy", "vreemd", [foreign]).PutAsJsonAsync(path, changed);
        var unknown = await app.As("policy").GetAsync($"/api/municipalities/{app.NewMunicipality()}/population");

        Assert.Equal(HttpStatusCode.Forbidden, auditorPut.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var read = await (await app.As("policy").GetAsync(path)).ReadJsonAsync();
        Assert.Equal(22960, (int)read["longTermCaregivers"]!);
    }

    private async Task<int> ChangesOnTheTrailAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<int>(
            "select count(*)::int from audit_events where action = 'population-set' and details ->> 'municipality' = @municipality",
            new { municipality });
    }
}
