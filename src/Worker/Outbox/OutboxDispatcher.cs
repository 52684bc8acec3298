using MailKit;
using System.Runtime.ExceptionServices;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Waardering.Data.Outbox;
using Waardering.Worker.Mail;

namespace Waardering.Worker.Outbox;

/// <summary>
/// Sends the due outbox mails, batch by batch over one SMTP connection each, until none are due.
/// Safe to run twice and in several Workers at once: each mail is claimed before it is sent.
/// Mails are marked sent in small groups right after the server accepted them; a crash in between
/// means a resend of that group with the same Message-IDs, never a lost mail.
/// When the Worker is asked to stop (SIGTERM: Hangfire cancels the job's token) it finishes the
/// mail it is sending, marks what was sent and releases the rest of its claim, so another Worker
/// takes those mails at once instead of after the claim's timeout.
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
            // Not cancelled halfway: a claim the database made and this Worker never saw would hold its mails until the timeout.
            var batch = await store.ClaimDueAsync(batchSize, options.Value.ClaimSeconds, CancellationToken.None);
            if (batch.Count == 0 || !await SendAsync(batch, cancellationToken) || batch.Count < batchSize)
            {
                return;
            }
        }
    }

    /// <summary>Sends a batch; false when the SMTP server could not be reached or was lost, or the Worker stops.</summary>
    private async Task<bool> SendAsync(IReadOnlyList<ClaimedMail> batch, CancellationToken stopping)
    {
        SmtpClient client;
        try
        {
            client = await sender.ConnectAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await store.ReleaseAsync(batch.Select(m => m.Id).ToList(), CancellationToken.None);
            return false;
        }
        catch (Exception e) when (IsTransient(e))
        {
            logger.LogWarning("SMTP server unreachable ({Error}); {Count} mails wait for a retry", e.Message, batch.Count);
            await RetryAllAsync(batch, e.Message);
            return false;
        }

        using (client)
        {
            // Sent mails are marked in groups of MarkEvery, while the next ones go out: one mark
            // in flight at a time, so the database costs no sending time. A crash between a send
            // and its mark resends at most that group, each mail with its own Message-ID.
            var marking = Task.CompletedTask;
            var sent = new List<ClaimedMail>(MarkEvery);
            var next = Prepare(batch[0]);
            for (var i = 0; i < batch.Count; i++)
            {
                if (stopping.IsCancellationRequested)
                {
                    await marking;
                    await MarkSentAsync(sent);
                    await store.ReleaseAsync(batch.Skip(i).Select(m => m.Id).ToList(), CancellationToken.None);
                    logger.LogInformation("Stopping: {Count} claimed mails released for another Worker", batch.Count - i);
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                    return false;
                }

                // The next mail is rendered while the server takes this one in: rendering costs
                // CPU, sending mostly waits, so the two overlap instead of adding up. A mail once
                // begun is sent to the end, also when the Worker is stopping: MailKit's own
                // timeout bounds it.
                var sending = SendOneAsync(client, next, CancellationToken.None);
                next = i + 1 < batch.Count ? Prepare(batch[i + 1]) : default;
                var (ok, stopReason) = await sending;
                if (ok)
                {
                    sent.Add(batch[i]);
                    if (sent.Count == MarkEvery)
                    {
                        await marking;
                        marking = MarkSentAsync([.. sent]);
                        sent.Clear();
                    }
                }
                else if (stopReason is not null)
                {
                    await marking;
                    await MarkSentAsync(sent);
                    await RetryAllAsync(batch.Skip(i + 1), stopReason);
                    return false;
                }
            }

            await marking;
            await MarkSentAsync(sent);
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        return true;
    }

    /// <summary>
    /// Sends one mail; a failure is recorded against it at once. Gives a reason to stop the run
    /// when the other mails would fail too.
    /// </summary>
    private async Task<(bool Sent, string? StopReason)> SendOneAsync(SmtpClient client, PreparedMail prepared, CancellationToken cancellationToken)
    {
        var mail = prepared.Mail;
        try
        {
            if (prepared.ComposeError is { } composeError)
            {
                ExceptionDispatchInfo.Throw(composeError);
            }

            await client.SendAsync(prepared.Message!, cancellationToken);
            return (true, null);
        }
        catch (Exception e)
        {
            // Any failure of this one mail is recorded against it, so one bad row can never hold
            // up the outbox. Database errors happen outside this try and fail the job instead.
            var failure = SendFailure.Of(e, mail.ToAddress);
            Telemetry.WorkerTelemetry.MailFailed(failure.Outcome);
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

    /// <summary>A claimed mail with its message, or with the error that composing it gave (recorded when it is its turn).</summary>
    private readonly record struct PreparedMail(ClaimedMail Mail, MimeMessage? Message, Exception? ComposeError);

    private PreparedMail Prepare(ClaimedMail mail)
    {
        try
        {
            return new PreparedMail(mail, composer.Compose(mail), null);
        }
        catch (Exception e)
        {
            return new PreparedMail(mail, null, e);
        }
    }

    private async Task MarkSentAsync(IReadOnlyList<ClaimedMail> mails)
    {
        if (mails.Count == 0)
        {
            return;
        }

        await store.MarkSentAsync(mails.Select(m => m.Id).ToList(), CancellationToken.None);
        foreach (var mail in mails)
        {
            logger.LogInformation("Sent mail {MailId} ({Template})", mail.Id, mail.Template);
        }
    }

    private async Task RetryAllAsync(IEnumerable<ClaimedMail> mails, string error)
    {
        foreach (var mail in mails)
        {
            await store.RetryLaterAsync(mail.Id, error, Retry, CancellationToken.None);
        }
    }

    /// <summary>Ten: a tenth of the commits, and a crash resends ten mails at the most.</summary>
    private const int MarkEvery = 10;

    private RetryPolicy Retry => new(options.Value.RetryBaseSeconds, options.Value.RetryMaxSeconds, options.Value.MaxAttempts);

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException
            or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException
            or MailKit.Security.AuthenticationException or InsecureSmtpException;
}
