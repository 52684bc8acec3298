using System.Net;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// The register entries of the caregivers a recipient names are written in the round trip that
/// inserts the request, or after it when that insert lost a race for the same recipient; either
/// way each caregiver has one entry, every request links to it, and it is asked once.
/// </summary>
public sealed class RegisterWithRequestTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_TwentyAtOnceNamingTheSameCaregivers_LinksEachToItsOneEntryAskedOnce()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality, caregivers: 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var entries = (await connection.QueryAsync<Guid>(
            "select id from caregiver_register where municipality_code = @municipality", new { municipality })).ToList();
        Assert.Equal(2, entries.Count);
        var linked = (await connection.QueryAsync<Guid?>("""
            select c.register_id from request_caregivers c join requests r on r.id = c.request_id join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality
            """, new { municipality })).ToList();
        Assert.Equal(40, linked.Count);
        Assert.All(linked, id => Assert.Contains(id!.Value, entries));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
            "select count(*) from consent_links where register_id = any(@entries)", new { entries }));
    }
}
