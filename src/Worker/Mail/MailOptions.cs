namespace Waardering.Worker.Mail;

public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "noreply@waardering.local";
    public string FromName { get; set; } = "Mantelzorgwaardering";
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Default templates: templates/mail/{language}/{name}.{subject|html|txt}.scriban.</summary>
    public string TemplatesPath { get; set; } = Waardering.Data.Mail.Rendering.MailTemplatePaths.DefaultTemplatesPath;

    /// <summary>Optional per-municipality templates: {OverridesPath}/{GM0402}/{language}/….</summary>
    public string? OverridesPath { get; set; }

    /// <summary>
    /// Mails sent over one SMTP connection before the next batch is claimed. 500: a new connection
    /// per 50 mails cost a fifth of the throughput against a local receiver (bench/mail.sh), and
    /// at a few hundred mails a second a batch stays well inside its claim (ClaimSeconds).
    /// </summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How long a Worker's claim on a mail lasts. A Worker that dies mid-run leaves its claimed
    /// mails to others after this; long enough for a batch over a slow SMTP server.
    /// </summary>
    public int ClaimSeconds { get; set; } = 300;

    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 10;

    public int RetryMaxSeconds { get; set; } = 600;

    /// <summary>After this many failed attempts a mail is marked failed for staff to look at.</summary>
    public int MaxAttempts { get; set; } = 8;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 2525;

    /// <summary>None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    /// <summary>
    /// Mails carry citizens' personal links and names: without TLS anyone on the path reads them.
    /// When true (the default) a connection that is not encrypted is refused before anything is
    /// sent, whatever <see cref="Security"/> says; only a local receiver for trying out sets it off.
    /// </summary>
    public bool RequireTls { get; set; } = true;
    public string? User { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}
