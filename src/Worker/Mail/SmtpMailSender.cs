using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Waardering.Worker.Mail;

/// <summary>A connection without TLS while TLS is required: like an unreachable server, the mails wait and are retried.</summary>
public sealed class InsecureSmtpException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Opens one SMTP connection for a run of mails. MailKit's client is not thread-safe and has no
/// pool: each dispatch run gets its own, connected once.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options)
{
    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
            // Checked before the credentials and the first mail go over the connection.
            if (smtp.RequireTls && !client.IsSecure)
            {
                throw new InsecureSmtpException(NotEncrypted(smtp));
            }

            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch (NotSupportedException e) when (smtp.RequireTls)
        {
            // StartTls against a server that does not offer STARTTLS.
            client.Dispose();
            throw new InsecureSmtpException(NotEncrypted(smtp), e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static string NotEncrypted(SmtpOptions smtp) =>
        $"The SMTP connection to {smtp.Host}:{smtp.Port} is not encrypted and Mail:Smtp:RequireTls is on: nothing was sent.";
}
