namespace Waardering.Testing;

/// <summary>Command-line settings for a Worker host started by a test: its database, an SMTP port, the test keys and public address.</summary>
public static class WorkerArgs
{
    public static string[] For(string connectionString, int smtpPort, params string[] extra) =>
    [
        $"--ConnectionStrings:Waardering={connectionString}",
        $"--Mail:Smtp:Host={TestEnvironment.SmtpHost}",
        $"--Mail:Smtp:Port={smtpPort}",
        // The test receiver has no TLS.
        "--Mail:Smtp:Security=None",
        "--Mail:Smtp:RequireTls=false",
        $"--Links:PublicBaseUrl={TestEnvironment.PublicBaseUrl}",
        $"--Privacy:EncryptionKey={TestEnvironment.EncryptionKey}",
        $"--Privacy:HashKey={TestEnvironment.HashKey}",
        .. extra,
    ];
}
