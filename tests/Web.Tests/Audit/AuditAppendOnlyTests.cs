using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Audit;

/// <summary>The trail refuses updates and deletes, also through the connection the application itself uses.</summary>
public sealed class AuditAppendOnlyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("update audit_events set action = 'changed', actor = 'someone' where request_id = @id")]
    [InlineData("delete from audit_events where request_id = @id")]
    public async Task AuditEvent_UpdatedOrDeletedAsTheApplication_IsRefused_AndStaysAsItWas(string statement)
    {
        var municipality = await app.CreateSchemeAsync();
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = Guid.Parse((string)(await response.ReadJsonAsync())["id"]!);
        var before = await app.AuditTrailAsync(id.ToString());
        Assert.NotEmpty(before);

        // The Web's own data source: the role and settings the application writes with.
        await using var connection = await app.Factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(statement, new { id }));

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(before, await app.AuditTrailAsync(id.ToString()));
    }
}
