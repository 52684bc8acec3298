using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Support;

/// <summary>The support on offer: set per municipality by an admin, and carried by every mail to a caregiver.</summary>
public sealed class SupportTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>Hilversum's support for caregivers as its plan names it (DOMAIN.md "Support on offer").</summary>
    public static JsonObject Hilversum() => new()
    {
        ["organisations"] = new JsonArray(
            Organisation("Versa Welzijn", "Mantelzorgondersteuners: een gesprek, lotgenotengroepen en huisbezoek"),
            Organisation("MEE", "Onafhankelijke cliëntondersteuning, advies en trainingen"),
            Organisation("Buurtteams", "Dé ingang in de buurt voor ingewikkelde vragen", phone: "035 000 0000"),
            Organisation("Mantelzorg Gooi en Vechtstreek", "Informatie, advies en de hulpwijzer", website: "www.mantelzorggv.nl")),
    };

    [Fact]
    public async Task Admin_SetsTheSupport_ReadsItBackInOrder_AndTheChangeIsOnTheTrail()
    {
        var municipality = await app.CreateSchemeAsync();
        using var admin = app.As("admin", "aisha");

        var put = await admin.PutAsJsonAsync($"/api/municipalities/{municipality}/support", Hilversum());
        var read = await (await admin.GetAsync($"/api/municipalities/{municipality}/support")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var organisations = read["organisations"]!.AsArray();
        Assert.Equal(["Versa Welzijn", "MEE", "Buurtteams", "Mantelzorg Gooi en Vechtstreek"], organisations.Select(o => (string)o!["name"]!));
        Assert.Equal("035 000 0000", (string?)organisations[2]!["phone"]);
        Assert.Null(organisations[0]!["phone"]);
        Assert.Equal("www.mantelzorggv.nl", (string?)organisations[3]!["website"]);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("aisha", await connection.QuerySingleAsync<string>(
            "select actor from audit_events where action = 'support-set' and details ->> 'municipality' = @municipality", new { municipality }));
    }

    [Fact]
    public async Task Put_BadOrganisation_IsRefusedByField_AndNothingIsWritten()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Hilversum();
        body["organisations"]![0]!["name"] = " ";
        body["organisations"]![1]!["phone"] = "bel ons";
        body["organisations"]![3]!["website"] = "javascript:alert(1)";

        var response = await app.As("admin").PutAsJsonAsync($"/api/municipalities/{municipality}/support", body);
        var tooMany = await app.As("admin").PutAsJsonAsync($"/api/municipalities/{municipality}/support", new JsonObject
        {
            ["organisations"] = new JsonArray(Enumerable.Range(0, 11).Select(i => (JsonNode)Organisation($"Org {i}", "Steun")).ToArray()),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["organisations[0].name", "organisations[1].phone", "organisations[3].website"], (await response.ErrorFieldsAsync()).Order());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(["organisations"], await tooMany.ErrorFieldsAsync());
        var read = await (await app.As("admin").GetAsync($"/api/municipalities/{municipality}/support")).ReadJsonAsync();
        Assert.Empty(read["organisations"]!.AsArray());
    }

    [Fact]
    public async Task UnknownMunicipality_IsNotFound_AndAMalformedCodeIsRefused()
    {
        var unknown = app.NewMunicipality();

        var get = await app.As("admin").GetAsync($"/api/municipalities/{unknown}/support");
        var put = await app.As("admin").PutAsJsonAsync($"/api/municipalities/{unknown}/support", Hilversum());
        var malformed = await app.As("admin").GetAsync("/api/municipalities/Hilversum/support");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(["municipality"], await malformed.ErrorFieldsAsync());
    }

    [Fact]
    public async Task MailsToCaregivers_CarryTheSupportAsSetWhenWritten_OtherMunicipalitiesTheirOwn()
    {
        var municipality = await app.CreateSchemeAsync();
        var other = await app.CreateSchemeAsync();
        await app.As("admin").PutAsJsonAsync($"/api/municipalities/{municipality}/support", Hilversum());
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        var elsewhere = ContactHelpers.CaregiverApplies(other, consent: true);

        await app.SubmitAndPayAsync(municipality, body);
        await app.SubmitAndPayAsync(other, elsewhere);

        var email = (string)body["caregivers"]![0]!["email"]!;
        foreach (var template in new[] { "request-received", "decision", "payment" })
        {
            var mail = Assert.Single(await app.MailsAsync(template, email));
            Assert.Equal(4, mail.Model["support"]!.AsArray().Count);
        }

        var theirs = Assert.Single(await app.MailsAsync("payment", (string)elsewhere["caregivers"]![0]!["email"]!));
        Assert.Empty(theirs.Model["support"]!.AsArray());
    }

    private static JsonObject Organisation(string name, string offers, string? phone = null, string? website = null) => new()
    {
        ["name"] = name, ["offers"] = offers, ["phone"] = phone, ["website"] = website,
    };
}
