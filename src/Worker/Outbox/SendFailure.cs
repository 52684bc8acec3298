using MailKit.Net.Smtp;
using MimeKit;
using Waardering.Data.Mail.Rendering;

namespace Waardering.Worker.Outbox;

public enum SendOutcome
{
    /// <summary>Try this mail again after the backoff; failed once its attempts are used up.</summary>
    Retry,

    /// <summary>Retrying cannot help (unknown mailbox, bad address, broken template): failed, for staff to see.</summary>
    Failed,

    /// <summary>Retry this mail and stop the run: every other mail would fail the same way.</summary>
    StopRun,
}

/// <summary>
/// What a failed send means for the mail, with a short error for <c>last_error</c> and one for
/// the log. Neither carries the recipient's address: servers often repeat it in their reply.
/// </summary>
public sealed record SendFailure(SendOutcome Outcome, string Error, string LogReason)
{
    public static SendFailure Of(Exception exception, string toAddress)
    {
        switch (exception)
        {
            case MailTemplateException e:
                return new(SendOutcome.Failed, e.Message, e.Message);
            case ParseException:
                return new(SendOutcome.Failed, "The recipient's address is not valid.", "invalid recipient address");
            case SmtpCommandException e:
                var code = $"SMTP {(int)e.StatusCode} {e.ErrorCode}";
                var outcome = e.ErrorCode switch
                {
                    // The sender refused (Mail:From, relay rights, authentication): configuration, not this mail.
                    SmtpErrorCode.SenderNotAccepted => SendOutcome.StopRun,
                    // 5xx is final for this recipient or message; 4xx (greylisting, mailbox busy) is not.
                    _ when (int)e.StatusCode >= 500 => SendOutcome.Failed,
                    _ => SendOutcome.Retry,
                };
                return new(outcome, $"{code}: {Redact(e.Message, toAddress)}", code);
            default:
                // Lost connection, timeout, or something unforeseen: counted, so it cannot block the outbox forever.
                var error = $"{exception.GetType().Name}: {Redact(exception.Message, toAddress)}";
                return new(SendOutcome.Retry, error, error);
        }
    }

    private static string Redact(string text, string toAddress) =>
        toAddress.Length == 0 ? text : text.Replace(toAddress, "(recipient)", StringComparison.OrdinalIgnoreCase);
}
