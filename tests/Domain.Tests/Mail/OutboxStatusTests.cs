using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Mail;

public sealed class OutboxStatusTests
{
    [Fact]
    public void Codes_AreTheStoredWords() => Assert.Equal(["pending", "sent", "failed", "cancelled"], Codes.All<OutboxStatus>());
}
