using Waardering.Data.Startup;
using Waardering.Testing;

namespace Waardering.Worker.Tests;

/// <summary>
/// Outside Development the Worker refuses to start with the committed Development keys, without
/// the public address its check-in mails link to, or with plain SMTP while TLS is required.
/// </summary>
public sealed class WorkerRefusalTests
{
    [Fact]
    public void Production_WithTryOutSettings_RefusesNamingEachSetting()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => WorkerHost.Build(
        [
            "--environment=Production",
            "--ConnectionStrings:Waardering=Host=127.0.0.1;Port=1;Database=none",
            $"--Privacy:EncryptionKey={TryOutSettings.DevelopmentKeys["Privacy:EncryptionKey"]}",
            $"--Privacy:HashKey={TryOutSettings.DevelopmentKeys["Privacy:HashKey"]}",
            "--Mail:Smtp:Security=None",
        ]));

        Assert.All(["Refusing to start in Production", "Privacy:EncryptionKey", "Privacy:HashKey", "Links:PublicBaseUrl", "Mail:Smtp:Security"],
            named => Assert.Contains(named, refusal.Message));
    }

    [Fact]
    public void Production_WithItsOwnKeysAddressAndTls_Builds()
    {
        using var host = WorkerHost.Build(
        [
            "--environment=Production",
            "--ConnectionStrings:Waardering=Host=127.0.0.1;Port=1;Database=none",
            $"--Privacy:EncryptionKey={TestEnvironment.EncryptionKey}",
            $"--Privacy:HashKey={TestEnvironment.HashKey}",
            $"--Links:PublicBaseUrl={TestEnvironment.PublicBaseUrl}",
            "--Mail:Smtp:Security=StartTls",
        ]);

        Assert.NotNull(host);
    }

    [Fact]
    public void Development_WithTheCommittedKeys_Builds()
    {
        using var host = WorkerHost.Build(
        [
            "--environment=Development",
            "--ConnectionStrings:Waardering=Host=127.0.0.1;Port=1;Database=none",
            $"--Privacy:EncryptionKey={TryOutSettings.DevelopmentKeys["Privacy:EncryptionKey"]}",
            $"--Privacy:HashKey={TryOutSettings.DevelopmentKeys["Privacy:HashKey"]}",
            "--Mail:Smtp:Security=None",
            "--Mail:Smtp:RequireTls=false",
        ]);

        Assert.NotNull(host);
    }
}
