using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Caregivers;

/// <summary>A scheme that asks the applicant to declare each caregiver's care as the plan defines it (002:300).</summary>
public sealed class CareDeclarationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_WithoutTheDeclarationTheSchemeRequires_IsRefusedNamingTheCaregiverAndStoresNothing()
    {
        var municipality = await DeclaringSchemeAsync(required: true);
        var body = Bodies.Request(municipality, caregivers: 2);
        body["caregivers"]![0]!["careDeclared"] = true;

        var response = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["caregivers[1].careDeclared"], await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_InEnglish_WithoutTheDeclarationOrTheIban_IsRefusedInEnglish()
    {
        var municipality = await DeclaringSchemeAsync(required: true);
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["iban"] = null;

        var response = await app.Anonymous().PostAsync("/api/requests?lang=en", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (JsonObject)(await response.ReadJsonAsync())["errors"]!;
        Assert.Equal("Tick the box about the care for caregiver 1. Otherwise the request does not fit the scheme.",
            (string)errors["caregivers[0].careDeclared"]![0]!);
        Assert.StartsWith("Fill in the IBAN account number.", (string)errors["caregivers[0].iban"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithTheDeclaration_StoresItPerCaregiver()
    {
        var municipality = await DeclaringSchemeAsync(required: true);
        var body = Bodies.Request(municipality, caregivers: 2);
        body["caregivers"]![0]!["careDeclared"] = true;
        body["caregivers"]![1]!["careDeclared"] = true;

        var id = await app.SubmitAsync(body);

        Assert.Equal([true, true], await DeclaredAsync(id));
        var view = await (await app.As("officer", "Olga", [municipality]).GetAsync($"/api/requests/{id}")).ReadJsonAsync();
        Assert.Equal([true, true], view["caregivers"]!.AsArray().Select(c => (bool)c!["careDeclared"]!));
    }

    [Fact]
    public async Task Submit_WhereTheSchemeDoesNotAsk_IsAcceptedAndStoresWhatWasDeclared()
    {
        var municipality = await DeclaringSchemeAsync(required: false);
        var body = Bodies.Request(municipality, caregivers: 2);
        body["caregivers"]![1]!["careDeclared"] = true;

        var id = await app.SubmitAsync(body);

        Assert.Equal([false, true], await DeclaredAsync(id));
    }

    [Fact]
    public async Task AddCaregiver_ByAnOfficer_OnADeclaringScheme_AsksTheDeclaration_AndStoresIt()
    {
        var municipality = await DeclaringSchemeAsync(required: true);
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["careDeclared"] = true;
        var id = await app.SubmitAsync(body);
        var officer = app.As("officer", "Olga", [municipality]);
        var caregiver = Bodies.Caregiver(2);

        var refused = await officer.PostAsJsonAsync($"/api/requests/{id}/caregivers", caregiver);
        caregiver["careDeclared"] = true;
        var added = await officer.PostAsJsonAsync($"/api/requests/{id}/caregivers", caregiver);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["careDeclared"], await refused.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var view = await (await officer.GetAsync($"/api/requests/{id}")).ReadJsonAsync();
        Assert.Equal([true, true], view["caregivers"]!.AsArray().Select(c => (bool)c!["careDeclared"]!));
    }

    [Fact]
    public async Task Scheme_ShowsWhetherItAsksForTheDeclaration()
    {
        var municipality = await DeclaringSchemeAsync(required: true);

        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();

        Assert.True((bool)scheme["careDeclarationRequired"]!);
    }

    private async Task<string> DeclaringSchemeAsync(bool required)
    {
        var scheme = Bodies.Scheme();
        scheme["careDeclarationRequired"] = required;
        return await app.CreateSchemeAsync(scheme);
    }

    private async Task<List<bool>> DeclaredAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<bool>(
            "select care_declared from request_caregivers where request_id = @id order by position", new { id = Guid.Parse(id) })).ToList();
    }
}
