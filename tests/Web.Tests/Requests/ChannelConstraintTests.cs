using Dapper;
using Npgsql;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>The database knows the same channels as the Domain, for requests and for the audit trail.</summary>
public sealed class ChannelConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("requests", "requests_channel_check")]
    [InlineData("audit_events", "audit_events_channel_check")]
    public async Task CheckConstraint_ListsExactlyTheDomainsChannels(string table, string constraint) =>
        Assert.Equal(Codes.All<Channel>(), await app.CheckedCodesAsync(table, constraint));

    [Fact]
    public async Task AnEventThroughAChannelTheDomainDoesNotKnow_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = Guid.Parse(await app.SubmitAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();

        // An enum sent as its number instead of its code is the mistake this guards against.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            insert into audit_events (occurred_at, actor, channel, action, request_id, details)
            values (now(), 'worker', '5', 'co-sign-expired', @id, '{}')
            """, new { id }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }
}
