using System.Diagnostics;
using OpenTelemetry;

namespace Waardering.Web.Telemetry;

/// <summary>
/// A request's span keeps its route template (<c>/request-status/{id:guid}</c>), never the path or
/// query it was called with: those carry ids, status tokens and co-sign codes. Runs as each
/// request's span ends, before any exporter sees it.
/// </summary>
public sealed class RouteOnlyPaths : BaseProcessor<Activity>
{
    private const string AspNetCore = "Microsoft.AspNetCore";

    private static readonly string[] RawAddressTags = ["url.query", "url.full", "http.target", "http.url"];

    public override void OnEnd(Activity data)
    {
        if (data.Source.Name != AspNetCore)
        {
            return;
        }

        data.SetTag("url.path", data.GetTagItem("http.route") as string);
        foreach (var tag in RawAddressTags)
        {
            data.SetTag(tag, null);
        }
    }
}
