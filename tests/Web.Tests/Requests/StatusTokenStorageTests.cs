using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Dapper;
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
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(statusToken)), hashes.Status);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(pageToken)), hashes.Page);
        var tables = await connection.QueryAsync<string>(
            "select quote_ident(table_name) from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
        var holdingStatus = new List<string>();
        var holdingPage = new List<string>();
        foreach (var table in tables)
        {
            // Each row as text, every column included, bytea as hex: the token as text or as its bytes.
            var found = await connection.QuerySingleAsync<(bool Status, bool Page)>($"""
                select coalesce(bool_or(strpos(t::text, @statusToken) > 0 or strpos(t::text, @statusHex) > 0), false),
                       coalesce(bool_or(strpos(t::text, @pageToken) > 0 or strpos(t::text, @pageHex) > 0), false)
                from {table} t
                """, new { statusToken, pageToken, statusHex = Hex(statusToken), pageHex = Hex(pageToken) });
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

    private static string Hex(string token) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(token));
}
