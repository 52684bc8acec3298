using System.Net;
using System.Net.Http.Json;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.MyRequests;

/// <summary>DigiD is a scheme's setting, set by an admin through the scheme API; without a broker configured nothing changes for citizens.</summary>
public sealed class DigidSettingTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task TheSchemeApi_TakesDigidOptional_AndRefusesAnUnknownWord()
    {
        var scheme = Bodies.Scheme();
        scheme["digid"] = "optional";
        var municipality = await app.CreateSchemeAsync(scheme);
        Assert.Equal("optional", (string?)(await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync())["digid"]);
        Assert.Equal("off", (string?)(await (await app.Anonymous().GetAsync($"/api/schemes/{await app.CreateSchemeAsync()}/2026")).ReadJsonAsync())["digid"]);

        scheme["digid"] = "always";
        using var admin = app.As("admin");
        var refused = await admin.PutAsJsonAsync($"/api/schemes/{municipality}/2026", scheme);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["digid"], await refused.ErrorFieldsAsync());
    }

    /// <summary>A scheme that offers DigiD on a service without a broker: the form is as it always was, and "my requests" is not there.</summary>
    [Fact]
    public async Task WithoutABroker_TheFormOffersNoSignIn_AndMyRequestsIsNotThere()
    {
        var scheme = Bodies.Scheme();
        scheme["digid"] = "optional";
        var municipality = await app.CreateSchemeAsync(scheme);

        var form = await app.Anonymous().GetStringAsync($"/apply/{municipality}/2026");
        Assert.DoesNotContain("/sign-in", form);
        Assert.Contains("name=\"recipient.bsn\"", form);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/my-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/sign-in")).StatusCode);
    }
}
