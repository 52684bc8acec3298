using System.Net;
using System.Net.Http.Json;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Audit;

/// <summary>The trail as a CSV file for auditors, safe to open in a spreadsheet.</summary>
public sealed class AuditExportTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Export_ACellThatWouldRunAsAFormula_IsWrittenAsText()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        var decision = await app.As("officer", "=1+1").PostAsJsonAsync($"/api/requests/{id}/decision",
            new { approve = false, reasonCode = "incomplete" });
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);

        var trail = await app.As("auditor").GetStringAsync($"/api/audit/{municipality}/2026/events.csv");

        var decided = trail.Split('\n').Single(line => line.Contains(",decision,"));
        Assert.Contains("'=1+1", decided);
        Assert.DoesNotContain(",=1+1", decided);
    }
}
