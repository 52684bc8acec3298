using System.Net;
using System.Text;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Vouchers;

/// <summary>A scheme that pays in gift cards: codes imported from a file, each handed out at most once and mailed.</summary>
public sealed class VoucherTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Approve_InAVoucherScheme_HandsEachCaregiverOneCodeAndMailsIt()
    {
        var municipality = await VoucherSchemeAsync();
        var prefix = Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await ImportAsync(municipality, $"code\n{prefix}-0001\n{prefix}-0002\n{prefix}-0003\n")).StatusCode);
        var first = await app.SubmitAsync(municipality, caregivers: 2);
        var second = await app.SubmitAsync(municipality, caregivers: 2);

        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(first, approve: true)).StatusCode);
        var refused = await app.DecideAsync(second, approve: true); // one code left for two caregivers

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var codes = (await connection.QueryAsync<string>(
            "select model ->> 'code' from outbox_mails where template = 'voucher' and request_id = any(@ids)",
            new { ids = new[] { Guid.Parse(first), Guid.Parse(second) } })).ToList();
        Assert.Equal([$"{prefix}-0001", $"{prefix}-0002"], codes.Order());
        Assert.Equal("received", await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id = Guid.Parse(second) }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from vouchers where code like @p and request_id is null", new { p = prefix + "%" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await app.As("officer").PostAsync("/api/payout-batches",
            HttpExtensions.Json(new System.Text.Json.Nodes.JsonObject { ["municipality"] = municipality, ["year"] = 2026 }))).StatusCode);
    }

    [Theory]
    [InlineData("ABCD-1234\nAB\n", "lines[2]")]
    [InlineData("ABCD-1234\nabcd-5678\nABCD-1234\n", "lines[3]")]
    [InlineData("code\n<script>\n", "lines[2]")]
    [InlineData("\n\n", "body")]
    public async Task Import_MalformedFile_IsRefusedNamingTheLineAndImportsNothing(string file, string field)
    {
        var municipality = await VoucherSchemeAsync();

        var response = await ImportAsync(municipality, file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFieldsAsync());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from vouchers where municipality_code = @municipality", new { municipality }));
    }

    [Fact]
    public async Task Import_ACodeImportedBefore_RefusesTheWholeFile()
    {
        var municipality = await VoucherSchemeAsync();
        var known = $"K{Guid.NewGuid():N}"[..12];
        await ImportAsync(municipality, known);

        var response = await ImportAsync(municipality, $"NEW-{known}\n{known}\n");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from vouchers where municipality_code = @municipality", new { municipality }));
    }

    private Task<string> VoucherSchemeAsync() => app.CreateVoucherSchemeAsync();

    private Task<HttpResponseMessage> ImportAsync(string municipality, string file) =>
        app.As("officer").PostAsync($"/api/vouchers/{municipality}/2026", new StringContent(file, Encoding.UTF8, "text/csv"));
}
