using System.Net;
using System.Net.Http.Json;
using Dapper;
using Waardering.Data.Privacy;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>A citizen's status token is stored only as its SHA-256: the plain token is in no row of any table.</summary>
public sealed class StatusTokenStorageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_StoresTheStatusTokensOnlyAsTheirHash_NowhereInTheDatabasePlain()
    {
        var municipality = await app.CreateSchemeAsync();
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        var id = Guid.Parse((string)answer["id"]!);
        var statusToken = (string)answer["statusToken"]!;
        var pageUrl = (string)answer["statusPageUrl"]!;
        var pageToken = pageUrl[(pageUrl.IndexOf("token=", StringComparison.Ordinal) + 6)..];

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var hashes = await connection.QuerySingleAsync<(byte[] Status, byte[] Page)>(
            "select status_token_hash, status_page_token_hash from requests where id = @id", new { id });
        Assert.Equal(SecretTokens.Hash(statusToken), hashes.Status);
        Assert.Equal(SecretTokens.Hash(pageToken), hashes.Page);
        var tables = await connection.QueryAsync<string>(
            "select quote_ident(table_name) from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
        var holdingStatus = new List<string>();
        var holdingPage = new List<string>();
        foreach (var table in tables)
        {
            // Each row as text: every column, jsonb and bytea (as hex) included.
            var found = await connection.QuerySingleAsync<(bool Status, bool Page)>($"""
                select coalesce(bool_or(strpos(t::text, @statusToken) > 0), false), coalesce(bool_or(strpos(t::text, @pageToken) > 0), false)
                from {table} t
                """, new { statusToken, pageToken });
            if (found.Status)
            {
                holdingStatus.Add(table);
            }

            if (found.Page)
            {
                holdingPage.Add(table);
            }
        }

        Assert.Empty(holdingStatus);
        // The status page's link waits in its confirmation mail until the Worker sends it and blanks it.
        Assert.Equal(["outbox_mails"], holdingPage);
    }
}
