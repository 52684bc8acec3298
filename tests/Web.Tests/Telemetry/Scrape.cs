using System.Globalization;
using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Telemetry;

/// <summary>Reads <c>/metrics</c> in Prometheus' text format.</summary>
public static class Scrape
{
    /// <summary>
    /// The exporter reuses a scrape's answer for 300 ms (its default, against scrape storms):
    /// a test that wants what just happened waits that long.
    /// </summary>
    public static async Task<string> MetricsAsync(HttpClient client)
    {
        await Task.Delay(350);
        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static Task<string> MetricsAsync(WebAppFixture app) => MetricsAsync(app.Anonymous());

    /// <summary>The sum of a metric's samples whose labels contain every one of <paramref name="labels"/> (e.g. <c>outcome="stored"</c>).</summary>
    public static double Sum(string text, string metric, params string[] labels) =>
        Samples(text, metric).Where(s => labels.All(label => s.Labels.Contains(label, StringComparison.Ordinal))).Sum(s => s.Value);

    /// <summary>Each line <c>name{labels} value [timestamp]</c> of this metric.</summary>
    public static IEnumerable<(string Labels, double Value)> Samples(string text, string metric) =>
        from line in text.Split('\n')
        where line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal)
        let end = Math.Max(line.LastIndexOf('}'), metric.Length - 1) + 1
        select (line[..end], double.Parse(line[end..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
