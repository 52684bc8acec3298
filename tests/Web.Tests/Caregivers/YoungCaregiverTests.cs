using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Caregivers;

/// <summary>Young caregivers (under 25, 002:819): admitted from the scheme's lower age, and paid by voucher where they have no IBAN.</summary>
public sealed class YoungCaregiverTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    /// <summary>Fourteen on the fixture's day, 2 November 2026.</summary>
    private const string Fourteen = "2012-05-01";

    [Fact]
    public async Task Submit_ACaregiverOf14_IsAcceptedWhereTheSchemeAdmitsYoungCaregiversFrom12()
    {
        var municipality = await app.CreateSchemeAsync(Scheme(youngFrom: 12));

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", YoungRequest(municipality, iban: "NL91ABNA0417164300"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Submit_ACaregiverOf14_IsRefusedWhereTheSchemeAdmitsAdultsOnly()
    {
        var municipality = await app.CreateSchemeAsync(Scheme(youngFrom: null));

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", YoungRequest(municipality, iban: "NL91ABNA0417164300"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["caregivers[0].birthDate"], await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_WithoutIban_IsRefusedWhereTheSchemeDoesNotPayYoungCaregiversByVoucher()
    {
        var municipality = await app.CreateSchemeAsync(Scheme(youngFrom: 12));

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", YoungRequest(municipality, iban: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["caregivers[0].iban"], await response.ErrorFieldsAsync());
    }

    [Theory]
    [InlineData(18, "rolling", "youngCaregiverMinAge")]
    [InlineData(25, "rolling", "youngCaregiverMinAge")]
    [InlineData(12, "afterClose", "youngCaregiverVoucher")]
    public async Task Scheme_WithYoungCaregiverSettingsThatCannotHold_IsRefusedNamingIt(int youngFrom, string payoutMode, string field)
    {
        var scheme = Scheme(youngFrom);
        scheme["payoutMode"] = payoutMode;
        scheme["youngCaregiverVoucher"] = true;

        var response = await app.As("admin").PutAsJsonAsync($"/api/schemes/{app.NewMunicipality()}/2026", scheme);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Approve_AYoungCaregiverWithoutIban_PaysAVoucherAndLeavesThemOutOfTheSepaFile()
    {
        var scheme = Scheme(youngFrom: 12);
        scheme["youngCaregiverVoucher"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var code = $"Y{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.Created, (await app.As("officer").PostAsync($"/api/vouchers/{municipality}/2026",
            new StringContent(code, Encoding.UTF8, "text/csv"))).StatusCode);
        var body = YoungRequest(municipality, iban: null);
        var adult = Bodies.Caregiver(1);
        body["caregivers"]!.AsArray().Add(adult);
        var id = await app.SubmitAsync(body);

        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: true)).StatusCode);

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal((code, 1), await connection.QuerySingleAsync<(string, int)>(
            "select code, caregiver_position from vouchers where request_id = @id", new { id = Guid.Parse(id) }));
        using var anna = app.As("officer", "anna");
        using var bert = app.As("officer", "bert");
        var batch = await (await anna.PostAsJsonAsync("/api/payout-batches", new JsonObject { ["municipality"] = municipality, ["year"] = 2026 }))
            .ReadJsonAsync();
        Assert.Equal(1, (int)batch["paymentCount"]!);
        Assert.Equal(HttpStatusCode.OK, (await bert.PostAsync($"/api/payout-batches/{batch["id"]}/approval", null)).StatusCode);
        var file = XDocument.Load(new MemoryStream(await anna.GetByteArrayAsync($"/api/payout-batches/{batch["id"]}/pain001")));
        Assert.Equal([(string)adult["iban"]!], file.Descendants(Ns + "CdtrAcct").Select(a => a.Descendants(Ns + "IBAN").Single().Value));
        Assert.DoesNotContain("Jonge Mantelzorger", file.ToString());
    }

    private static JsonObject Scheme(int? youngFrom)
    {
        var scheme = Bodies.Scheme();
        scheme["caregiverMinAge"] = 18;
        scheme["youngCaregiverMinAge"] = youngFrom;
        return scheme;
    }

    private static JsonObject YoungRequest(string municipality, string? iban)
    {
        var body = Bodies.Request(municipality);
        var caregiver = body["caregivers"]![0]!;
        caregiver["name"] = "Jonge Mantelzorger";
        caregiver["birthDate"] = Fourteen;
        caregiver["iban"] = iban;
        return body;
    }
}
