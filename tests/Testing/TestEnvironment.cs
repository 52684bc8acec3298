namespace Waardering.Testing;

/// <summary>
/// What scripts/test.sh starts for the tests: a PostgreSQL cluster and an SMTP receiver that
/// writes a Maildir. A test run without them fails loudly instead of skipping.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresAdminConnectionString => Require("WAARDERING_TEST_PG");

    public static string SmtpHost => Require("WAARDERING_TEST_SMTP_HOST");

    public static int SmtpPort => int.Parse(Require("WAARDERING_TEST_SMTP_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public static string MaildirPath => Require("WAARDERING_TEST_MAILDIR");

    /// <summary>The Chromium that page tests drive (Debian's; Playwright's own download cannot run here).</summary>
    public static string Chromium => Require("WAARDERING_TEST_CHROMIUM");

    /// <summary>axe-core's script (tools/axe), injected into pages to check WCAG 2.1 AA.</summary>
    public static string Axe => Require("WAARDERING_TEST_AXE");

    /// <summary>The folder where page tests save a screenshot of every page they check.</summary>
    public static string Screenshots => Require("WAARDERING_TEST_SCREENSHOTS");

    /// <summary>A script that stops (<c>stop</c>) or starts (<c>start</c>) the tests' PostgreSQL cluster, for the fault tests.</summary>
    public static string PostgresControl => Require("WAARDERING_TEST_PG_CONTROL");

    /// <summary>
    /// Fixed test keys, not the Development ones (hosts outside Development refuse those); real
    /// keys come from the environment or a secret store.
    /// </summary>
    public const string EncryptionKey = "dGVzdC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy0hISE=";

    public const string HashKey = "dGVzdC1oYXNoLWtleS1vZi0zMi1ieXRlcy1sb25nISE=";

    /// <summary>Where the tests' mail links point; hosts outside Development refuse to start without one.</summary>
    public const string PublicBaseUrl = "https://waardering.test";

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set: run the tests with ./scripts/test.sh, which starts PostgreSQL and an SMTP receiver.");
}
