using System.Net;
using System.Net.Http.Json;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>
/// The intake keeps a copy of a scheme for a few seconds; a request is still stored only against
/// the scheme as it is. Here another process (the Worker's recompute, another Web) changes the row
/// straight in the database, which this process cannot see coming.
/// </summary>
public sealed class KeptSchemeTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_AfterTheAmountChangedElsewhere_GetsTheNewAmount()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.SubmitAsync(municipality);

        await ChangeSchemeAsync(municipality, "current_amount_cents = 12300");
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.Equal(12300, (long)answer["unitAmountCents"]!);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(12300, await connection.ExecuteScalarAsync<long>(
            "select unit_amount_cents from requests where id = @id", new { id = Guid.Parse((string)answer["id"]!) }));
    }

    [Fact]
    public async Task Submit_AfterTheRulesChangedElsewhere_IsCheckedAgainstTheNewRules()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.SubmitAsync(municipality);

        await ChangeSchemeAsync(municipality, "max_caregivers = 1, updated_at = updated_at + interval '1 second'");
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality, caregivers: 2));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    private async Task ChangeSchemeAsync(string municipality, string set)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync($"update schemes set {set} where municipality_code = @municipality", new { municipality });
    }
}
