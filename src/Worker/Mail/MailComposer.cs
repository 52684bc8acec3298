using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using Waardering.Worker.Outbox;

namespace Waardering.Worker.Mail;

/// <summary>Builds the MIME message of an outbox mail: plain text and HTML, and its stable Message-ID.</summary>
public sealed class MailComposer(MailTemplateRenderer renderer, IOptions<MailOptions> options, IClock clock)
{
    public MimeMessage Compose(ClaimedMail mail)
    {
        var rendered = renderer.Render(mail.Template, mail.Language, mail.MunicipalityCode, mail.Model);
        var message = new MimeMessage
        {
            Subject = rendered.Subject,
            // The same on every attempt, so a receiver recognises a resend (at-least-once delivery).
            MessageId = mail.MessageId,
            Date = clock.GetCurrentInstant().ToDateTimeOffset(),
            Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.From));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        // Tells mail servers and out-of-office replies that no person sent this (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add(HeaderId.ContentLanguage, mail.Language);
        return message;
    }
}
