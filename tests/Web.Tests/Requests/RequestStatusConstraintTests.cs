using Dapper;
using Npgsql;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>The database knows the same statuses as the Domain: a status added without a migration fails here.</summary>
public sealed class RequestStatusConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task CheckConstraint_ListsExactlyTheDomainsStatuses() =>
        Assert.Equal(Codes.All<RequestStatus>(), await app.CheckedCodesAsync("requests", "requests_status_check"));

    [Fact]
    public async Task AStatusTheDomainDoesNotKnow_IsRefusedByTheDatabase()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = Guid.Parse(await app.SubmitAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("update requests set status = 'lost' where id = @id", new { id }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        Assert.Equal(RequestStatus.Received.Code(), await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id }));
    }
}
