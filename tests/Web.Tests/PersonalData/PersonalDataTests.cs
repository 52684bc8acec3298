using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.PersonalData;

/// <summary>A person's data looked up by staff, exported as one JSON document, and erased where the law allows.</summary>
public sealed class PersonalDataTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Export_ByEmail_GivesEverythingHeld_WithTheIbanMasked()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.SubmitAndPayAsync(municipality, body);
        var email = (string)body["caregivers"]![0]!["email"]!;

        var response = await app.As("officer").PostAsJsonAsync("/api/personal-data/export", new JsonObject { ["email"] = email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.ReadJsonAsync();
        var caregiver = Assert.Single(export["asCaregiver"]!.AsArray())!;
        Assert.Equal((string)body["caregivers"]![0]!["name"]!, (string)caregiver["name"]!);
        Assert.Equal("NL91**********4300", (string)caregiver["ibanMasked"]!);
        Assert.Equal("given", (string)Assert.Single(export["register"]!.AsArray())!["consent"]!);
        Assert.Equal("paid", (string)Assert.Single(export["payments"]!.AsArray())!["status"]!);
        Assert.NotEmpty(export["mails"]!.AsArray());
        Assert.DoesNotContain("NL91ABNA0417164300", export.ToJsonString());
    }

    [Fact]
    public async Task Export_ByBsn_FindsTheRecipientsRequests_WithTheBsnMasked()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);
        var bsn = (string)body["recipient"]!["bsn"]!;

        var export = await (await app.As("officer").PostAsJsonAsync("/api/personal-data/export", new JsonObject { ["bsn"] = bsn })).ReadJsonAsync();

        var request = Assert.Single(export["asRecipient"]!.AsArray())!;
        Assert.Equal((string)body["recipient"]!["name"]!, (string)request["name"]!);
        Assert.Equal("******" + bsn[^3..], (string)request["bsnMasked"]!);
        Assert.DoesNotContain(bsn, export.ToJsonString());
    }

    [Fact]
    public async Task Erasure_ErasesWhatIsSettled_KeepsAnOpenRequestAndSaysWhy()
    {
        var municipality = await app.CreateSchemeAsync();
        var paid = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.SubmitAndPayAsync(municipality, paid);
        var email = (string)paid["caregivers"]![0]!["email"]!;
        var open = Bodies.Request(municipality);
        open["caregivers"]![0]!["email"] = email; // named again, by another recipient, not yet decided
        var openReference = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", open)).ReadJsonAsync())["reference"]!;

        var byOfficer = await app.As("officer").PostAsJsonAsync("/api/personal-data/erasure", new JsonObject { ["email"] = email });
        var byAdmin = await app.As("admin").PostAsJsonAsync("/api/personal-data/erasure", new JsonObject { ["email"] = email });
        var after = await (await app.As("officer").PostAsJsonAsync("/api/personal-data/export", new JsonObject { ["email"] = email })).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        var result = await byAdmin.ReadJsonAsync();
        Assert.Equal(1, (int)result["erasedCaregiverEntries"]!);
        Assert.Equal(2, (int)result["registerEntriesRemoved"]!); // their own application's, and the one the other recipient's naming made
        var kept = Assert.Single(result["kept"]!.AsArray())!;
        Assert.Equal(openReference, (string)kept["reference"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)kept["reason"]));
        Assert.Equal(openReference, (string)Assert.Single(after["asCaregiver"]!.AsArray())!["reference"]!);
        Assert.Empty(after["register"]!.AsArray());
        Assert.Empty(after["payments"]!.AsArray()); // the paid award no longer leads to this person
    }

    [Theory]
    [InlineData("{}", "bsn")]
    [InlineData("{\"bsn\": \"123456789\"}", "bsn")]
    [InlineData("{\"email\": \"geen-adres\"}", "email")]
    public async Task Lookup_WithoutAValidBsnOrEmail_IsRefusedByField(string json, string field)
    {
        var response = await app.As("officer").PostAsync("/api/personal-data/export", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFieldsAsync());
    }
}
