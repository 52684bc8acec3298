using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Telemetry;

/// <summary>
/// Web on a real loopback port (so <c>/metrics</c> sees a local caller), with traces kept in
/// memory and the database's gauges read afresh at every collection.
/// </summary>
public sealed class TelemetryFixture : WebAppFixture
{
    public SpanList Spans { get; } = new();

    protected override bool RealServer => true;

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Telemetry:Traces:Enabled", "true");
        web.UseSetting("Telemetry:Metrics:DatabaseReadSeconds", "0");
        web.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans)));
    }

    /// <summary>Spans as the exporter hands them over, from the server's threads while a test reads them.</summary>
    public sealed class SpanList : Collection<Activity>
    {
        private readonly Lock _lock = new();

        public IReadOnlyList<Activity> Snapshot()
        {
            lock (_lock)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_lock)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
