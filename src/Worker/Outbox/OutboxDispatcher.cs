using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waardering.Data.Outbox;
using Waardering.Worker.Mail;

namespace Waardering.Worker.Outbox;

/// <summary>
/// Sends the due outbox mails, batch by batch over one SMTP connection each, until none are due.
/// Safe to run twice and in several Workers at once: each mail is claimed before it is sent.
/// A mail is marked sent right after the server accepted it; a crash in between means one resend
/// with the same Message-ID, never a lost mail.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore store, MailComposer composer, SmtpMailSender sender, IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> logger) : IOutboxDispatcher
{
    public async Task DispatchDueAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await store.ClaimDueAsync(batchSize, options.Value.ClaimSeconds, cancellationToken);
            if (batch.Count == 0 || !await SendAsync(batch, cancellationToken) || batch.Count < batchSize)
            {
                return;
            }
        }
    }

    /// <summary>Sends a batch; false when the SMTP server could not be reached or was lost.</summary>
    private async Task<bool> SendAsync(IReadOnlyList<ClaimedMail> batch, CancellationToken cancellationToken)
    {
        SmtpClient client;
        try
        {
            client = await sender.ConnectAsync(cancellationToken);
        }
        catch (Exception e) when (IsTransient(e))
        {
            logger.LogWarning("SMTP server unreachable ({Error}); {Count} mails wait for a retry", e.Message, batch.Count);
            await RetryAllAsync(batch, e.Message);
            return false;
        }

        using (client)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (!await SendOneAsync(client, batch[i], cancellationToken))
                {
                    await RetryAllAsync(batch.Skip(i + 1), "SMTP connection lost");
                    return false;
                }
            }

            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        return true;
    }

    /// <summary>Sends one mail and records the outcome; false when the connection is gone.</summary>
    private async Task<bool> SendOneAsync(SmtpClient client, ClaimedMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(composer.Compose(mail), cancellationToken);
            await store.MarkSentAsync(mail.Id, CancellationToken.None);
            logger.LogInformation("Sent mail {MailId} ({Template})", mail.Id, mail.Template);
            return true;
        }
        catch (MailTemplateException e)
        {
            logger.LogError("Mail {MailId} cannot be rendered: {Error}", mail.Id, e.Message);
            await store.FailAsync(mail.Id, e.Message, CancellationToken.None);
            return true;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            // The server refused this mail for good (unknown mailbox, rejected content).
            logger.LogWarning("Mail {MailId} refused by the SMTP server: {Status}", mail.Id, e.StatusCode);
            await store.FailAsync(mail.Id, $"{(int)e.StatusCode} {e.Message}", CancellationToken.None);
            return client.IsConnected;
        }
        catch (Exception e) when (IsTransient(e))
        {
            logger.LogWarning("Mail {MailId} not sent, will retry: {Error}", mail.Id, e.Message);
            await store.RetryLaterAsync(mail.Id, e.Message, Retry, CancellationToken.None);
            return client.IsConnected;
        }
    }

    private async Task RetryAllAsync(IEnumerable<ClaimedMail> mails, string error)
    {
        foreach (var mail in mails)
        {
            await store.RetryLaterAsync(mail.Id, error, Retry, CancellationToken.None);
        }
    }

    private RetryPolicy Retry => new(options.Value.RetryBaseSeconds, options.Value.RetryMaxSeconds, options.Value.MaxAttempts);

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException
            or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException
            or MailKit.Security.AuthenticationException;
}
