using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Outbox;

/// <summary>The database knows the same outbox statuses as the Domain, which the Web writes and the Worker sends by.</summary>
public sealed class OutboxStatusConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task StatusCheck_ListsExactlyTheDomainsStatuses() =>
        Assert.Equal(Codes.All<OutboxStatus>(), await app.CheckedCodesAsync("outbox_mails", "outbox_mails_status_check"));
}
