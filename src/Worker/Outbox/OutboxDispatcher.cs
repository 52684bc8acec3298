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
            // Each mail is marked sent while the next one goes out: one mark at a time in flight,
            // so the database round trip costs no sending time and a crash resends at most one
            // more mail than before (with its Message-ID).
            var marking = Task.CompletedTask;
            for (var i = 0; i < batch.Count; i++)
            {
                var (sent, stopReason) = await SendOneAsync(client, batch[i], cancellationToken);
                if (sent)
                {
                    await marking;
                    marking = MarkSentAsync(batch[i]);
                }
                else if (stopReason is not null)
                {
                    await marking;
                    await RetryAllAsync(batch.Skip(i + 1), stopReason);
                    return false;
                }
            }

            await marking;
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        return true;
    }

    /// <summary>
    /// Sends one mail; a failure is recorded against it at once. Gives a reason to stop the run
    /// when the other mails would fail too.
    /// </summary>
    private async Task<(bool Sent, string? StopReason)> SendOneAsync(SmtpClient client, ClaimedMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(composer.Compose(mail), cancellationToken);
            return (true, null);
        }
        catch (Exception e)
        {
            // Any failure of this one mail is recorded against it, so one bad row can never hold
            // up the outbox. Database errors happen outside this try and fail the job instead.
            var failure = SendFailure.Of(e, mail.ToAddress);
            logger.Log(failure.Outcome == SendOutcome.Failed ? LogLevel.Error : LogLevel.Warning,
                "Mail {MailId} ({Template}) to a mailbox at {Domain} not sent, {Outcome}: {Reason}",
                mail.Id, mail.Template, DomainOf(mail.ToAddress), failure.Outcome, failure.LogReason);
            if (failure.Outcome == SendOutcome.Failed)
            {
                await store.FailAsync(mail.Id, failure.Error, CancellationToken.None);
            }
            else
            {
                await store.RetryLaterAsync(mail.Id, failure.Error, Retry, CancellationToken.None);
            }

            return (false, failure.Outcome == SendOutcome.StopRun ? failure.Error
                : client.IsConnected ? null
                : "SMTP connection lost");
        }
    }

    private async Task MarkSentAsync(ClaimedMail mail)
    {
        await store.MarkSentAsync(mail.Id, CancellationToken.None);
        logger.LogInformation("Sent mail {MailId} ({Template})", mail.Id, mail.Template);
    }

    private async Task RetryAllAsync(IEnumerable<ClaimedMail> mails, string error)
    {
        foreach (var mail in mails)
        {
            await store.RetryLaterAsync(mail.Id, error, Retry, CancellationToken.None);
        }
    }

    private RetryPolicy Retry => new(options.Value.RetryBaseSeconds, options.Value.RetryMaxSeconds, options.Value.MaxAttempts);

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException
            or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException
            or MailKit.Security.AuthenticationException;
}
