using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Waardering.Worker.Mail;
using Waardering.Worker.Outbox;

namespace Waardering.Worker.Tests.Mail;

public sealed class MailComposerTests
{
    [Fact]
    public void Compose_DatesTheMailByTheInjectedClock()
    {
        var now = Instant.FromUtc(2026, 11, 2, 9, 30);
        var options = Options.Create(new MailOptions());
        var composer = new MailComposer(new MailTemplateRenderer(options), options, new FakeClock(now));
        var mail = new ClaimedMail(Guid.NewGuid(), "request-received", "nl", null, "truus@example.org", "Truus",
            MailTemplateRendererTests.Model("Truus"), "1@waardering.local", Attempts: 0);

        var message = composer.Compose(mail);

        Assert.Equal(now.ToDateTimeOffset(), message.Date);
    }
}
