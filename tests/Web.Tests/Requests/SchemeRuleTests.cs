using System.Net;
using System.Net.Http.Json;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>Well-formed requests that a scheme's rules refuse: 422, the field named, nothing written.</summary>
public sealed class SchemeRuleTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_RecipientLivingElsewhere_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["recipient"]!["postcode"] = "3511 AB";

        await AssertRefusedAsync(municipality, body, "recipient.postcode");
    }

    [Fact]
    public async Task Submit_WithoutResidenceRule_AcceptsAnyPostcode()
    {
        var scheme = Bodies.Scheme();
        scheme.Remove("postcodeRanges");
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["recipient"]!["postcode"] = "9999 ZZ";

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Submit_MoreCaregiversThanTheSchemeAllows_IsRefused()
    {
        var scheme = Bodies.Scheme();
        scheme["maxCaregivers"] = 2;
        var municipality = await app.CreateSchemeAsync(scheme);

        await AssertRefusedAsync(municipality, Bodies.Request(municipality, caregivers: 3), "caregivers");
    }

    [Fact]
    public async Task Submit_ByCaregiverWhereOnlyRecipientsApply_IsRefused()
    {
        var scheme = Bodies.Scheme();
        scheme["whoMayApply"] = "recipient";
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";

        await AssertRefusedAsync(municipality, body, "submittedBy");
    }

    [Theory]
    [InlineData("2008-11-03", true)]   // the clock reads 2 November 2026: 18 tomorrow
    [InlineData("2008-11-02", false)]  // 18 today
    [InlineData("1940-01-01", false)]
    public async Task Submit_CaregiverBelowMinimumAge_IsRefused(string birthDate, bool refused)
    {
        var scheme = Bodies.Scheme();
        scheme["caregiverMinAge"] = 18;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["birthDate"] = birthDate;

        if (refused)
        {
            await AssertRefusedAsync(municipality, body, "caregivers[0].birthDate");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);
        }
    }

    [Fact]
    public async Task Submit_YoungCaregiverAboveMaximumAge_IsRefused()
    {
        var scheme = Bodies.Scheme();
        scheme["caregiverMinAge"] = 12;
        scheme["caregiverMaxAge"] = 24;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["birthDate"] = "2001-01-01";

        await AssertRefusedAsync(municipality, body, "caregivers[0].birthDate");
    }

    [Fact]
    public async Task Submit_ForAYearWithoutScheme_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();

        await AssertRefusedAsync(municipality, Bodies.Request(municipality, year: 2027), "year");
    }

    private async Task AssertRefusedAsync(string municipality, System.Text.Json.Nodes.JsonObject body, string field)
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(field, await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }
}
