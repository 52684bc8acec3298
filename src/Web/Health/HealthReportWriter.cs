using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Waardering.Web.Health;

/// <summary>
/// The answer's body: the overall status and each check's status and sentence, so whoever looks
/// sees which part is down. It names no person and no setting.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
