namespace Waardering.Web.Tests.Telemetry;

/// <summary>
/// Runs alone, after the other tests: a host's metrics provider listens to every meter of its name
/// in the process, and ASP.NET Core's meters are one per host, so another test's host that stops
/// midway takes the shared series with it. A deployed process has one host and so no such neighbour.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
