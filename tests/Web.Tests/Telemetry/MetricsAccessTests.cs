using System.Net;
using Waardering.Web.Telemetry;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Telemetry;

/// <summary>
/// Who reads <c>/metrics</c>: an admin's token from anywhere, and without a token only loopback
/// and the allowed networks. The in-memory test server has no caller address, as a caller from
/// outside has none that counts.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.20.30.40", true)]
    [InlineData("::ffff:10.20.30.40", true)]
    [InlineData("192.168.1.5", false)]
    [InlineData("203.0.113.9", false)]
    [InlineData("2001:db8::1", false)]
    public void Address_IsAllowed_OnlyFromLoopbackOrAnAllowedNetwork(string address, bool allowed)
    {
        IReadOnlyList<IPNetwork> networks = [IPNetwork.Parse("10.0.0.0/8")];

        Assert.Equal(allowed, MetricsAccess.IsAllowed(IPAddress.Parse(address), networks));
    }

    [Fact]
    public void NoAddress_IsNotAllowed() => Assert.False(MetricsAccess.IsAllowed(null, [IPNetwork.Parse("0.0.0.0/0")]));

    [Fact]
    public async Task Metrics_FromOutside_AreServedToAnAdminOnly()
    {
        await app.Anonymous().GetAsync("/health");
        var admin = await app.As("admin").GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await admin.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("officer").GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("auditor").GetAsync("/metrics")).StatusCode);
        var anonymous = await app.Anonymous().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal((await app.Anonymous().GetAsync("/no-such-address")).StatusCode, anonymous.StatusCode);
        Assert.DoesNotContain("# TYPE", await anonymous.Content.ReadAsStringAsync());
    }
}
