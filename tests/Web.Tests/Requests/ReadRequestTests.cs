using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

public sealed class ReadRequestTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Get_WithTheStatusToken_ShowsTheRequestMasked()
    {
        var (answer, body) = await SubmitAsync();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Status-Token", (string)answer["statusToken"]!);

        var response = await client.GetAsync($"/api/requests/{answer["id"]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.ReadJsonAsync();
        var bsn = (string)body["recipient"]!["bsn"]!;
        Assert.Equal("******" + bsn[^3..], (string?)view["recipient"]!["bsnMasked"]);
        Assert.DoesNotContain(bsn, view.ToJsonString());
        Assert.Equal("NL91**********4300", (string?)view["caregivers"]![0]!["ibanMasked"]);
        Assert.DoesNotContain("NL91ABNA0417164300", view.ToJsonString());
        Assert.Equal((string?)answer["reference"], (string?)view["reference"]);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("admin")]
    public async Task Get_ByCaseWorkingStaff_IsAllowed(string role)
    {
        var (answer, _) = await SubmitAsync();

        var response = await app.As(role).GetAsync($"/api/requests/{answer["id"]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_ByPolicyStaff_IsForbidden()
    {
        var (answer, _) = await SubmitAsync();

        var response = await app.As("policy").GetAsync($"/api/requests/{answer["id"]}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutToken_IsUnauthorized()
    {
        var (answer, _) = await SubmitAsync();

        var response = await app.Anonymous().GetAsync($"/api/requests/{answer["id"]}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithAnotherRequestsToken_IsForbidden()
    {
        var (mine, _) = await SubmitAsync();
        var (theirs, _) = await SubmitAsync();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Status-Token", (string)mine["statusToken"]!);

        var response = await client.GetAsync($"/api/requests/{theirs["id"]}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain((string)theirs["reference"]!, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownIdAsStaff_IsNotFound()
    {
        var response = await app.As("officer").GetAsync($"/api/requests/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(JsonObject Answer, JsonObject Body)> SubmitAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync(), body);
    }
}
