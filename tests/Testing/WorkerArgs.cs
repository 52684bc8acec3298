namespace Waardering.Testing;

/// <summary>Command-line settings for a Worker host started by a test: its database, an SMTP port and the test keys.</summary>
public static class WorkerArgs
{
    public static string[] For(string connectionString, int smtpPort, params string[] extra) =>
    [
        $"--ConnectionStrings:Waardering={connectionString}",
        $"--Mail:Smtp:Host={TestEnvironment.SmtpHost}",
        $"--Mail:Smtp:Port={smtpPort}",
        "--Mail:Smtp:Security=None",
        $"--Privacy:EncryptionKey={TestEnvironment.EncryptionKey}",
        $"--Privacy:HashKey={TestEnvironment.HashKey}",
        .. extra,
    ];
}
