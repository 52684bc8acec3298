using System.Reflection;

namespace Waardering.Web.Tests.Architecture;

/// <summary>
/// What may use what (docs/architecture.md): Domain uses nothing of ours and no storage, HTTP,
/// jobs or mail; Data uses Domain; Web and Worker use Data and meet only in the database. The
/// compiler keeps a reference only where a type is used, so these are the real imports.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(Waardering.Domain.Money).Assembly;
    private static readonly Assembly Data = typeof(Waardering.Data.Outbox.OutboxWriter).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Assembly Worker = typeof(Waardering.Worker.WorkerHost).Assembly;

    [Fact]
    public void Domain_UsesOnlyTheRuntimeAndNodaTime()
    {
        var references = Names(Domain);

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "NodaTime",
            $"Domain uses {name}"));
    }

    [Fact]
    public void Data_UsesDomain_AndNeitherHost()
    {
        var references = Names(Data);

        Assert.Contains("Waardering.Domain", references);
        Assert.DoesNotContain("Waardering.Web", references);
        Assert.DoesNotContain("Waardering.Worker", references);
    }

    [Fact]
    public void WebAndWorker_NeverUseEachOther()
    {
        Assert.DoesNotContain("Waardering.Worker", Names(Web));
        Assert.DoesNotContain("Waardering.Web", Names(Worker));
        Assert.Contains("Waardering.Data", Names(Web));
        Assert.Contains("Waardering.Data", Names(Worker));
    }

    /// <summary>The development identity provider is never part of the service: production signs in at the municipality's own.</summary>
    [Fact]
    public void WebAndWorker_NeverUseTheDevelopmentIdentityProvider()
    {
        Assert.DoesNotContain("Waardering.DevIdentity", Names(Web));
        Assert.DoesNotContain("Waardering.DevIdentity", Names(Worker));
    }

    private static string[] Names(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
}
