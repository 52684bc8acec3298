using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Domain.Schemes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary><c>POST /api/requests/{id}/caregivers</c>: an officer adds a caregiver; the unit is split again as at intake.</summary>
public sealed class AddCaregiverTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AddCaregiver_StoresThem_AndSplitsTheUnitAgain_SoThePartsSumExactly()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality, caregivers: 2);
        var caregiver = Bodies.Caregiver(2);
        caregiver["weight"] = 2;

        var response = await app.As("officer", "Anna").PostAsJsonAsync($"/api/requests/{id}/caregivers", caregiver);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, (int)(await response.ReadJsonAsync())["position"]!);
        var (unit, caregivers) = await StoredAsync(id);
        Assert.Equal([1, 2, 3], caregivers.Select(c => c.Position));
        Assert.Equal("Mantelzorger 2", caregivers[2].Name);
        Assert.Equal(SplitMode.PerRequest.Amounts(unit, [1, 1, 2]), caregivers.Select(c => c.AmountCents));
        Assert.Equal(unit, caregivers.Sum(c => c.AmountCents));
        var trail = await TrailAsync(id, "caregiver-added");
        Assert.Equal(("Anna", "Anna"), Assert.Single(trail));
    }

    [Theory]
    [InlineData("iban", "NL00BANK0000000000")]
    [InlineData("birthDate", null)]
    [InlineData("name", "")]
    [InlineData("email", "geen-adres")]
    public async Task AddCaregiver_WithAMalformedField_Answers400NamingIt_AndStoresNothing(string field, string? value)
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        var before = await StoredAsync(id);
        var caregiver = Bodies.Caregiver(1);
        caregiver[field] = value;

        var response = await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/caregivers", caregiver);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
        Assert.Equal(before.Caregivers, (await StoredAsync(id)).Caregivers);
        Assert.Empty(await TrailAsync(id, "caregiver-added"));
    }

    [Fact]
    public async Task AddCaregiver_OverTheSchemesMaximum_Answers409_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality, caregivers: (int)Bodies.Scheme()["maxCaregivers"]!);
        var before = await StoredAsync(id);

        var response = await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/caregivers", Bodies.Caregiver(4));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["caregivers"], await response.ErrorFieldsAsync());
        Assert.Equal(before.Caregivers, (await StoredAsync(id)).Caregivers);
        Assert.Empty(await TrailAsync(id, "caregiver-added"));
    }

    [Fact]
    public async Task AddCaregiver_ToADecidedRequest_Answers409()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        (await app.DecideAsync(id, approve: false, reasonCode: "incomplete")).EnsureSuccessStatusCode();

        var response = await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/caregivers", Bodies.Caregiver(1));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single((await StoredAsync(id)).Caregivers);
    }

    /// <summary>Four eyes: who added a caregiver chose an IBAN, so another officer decides the request.</summary>
    [Fact]
    public async Task TheOfficerWhoAddedACaregiver_MayNotDecideTheRequest_AnotherOfficerMay()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var id = await app.SubmitAsync(municipality);
        var anna = app.As("officer", "Anna");
        (await anna.PostAsJsonAsync($"/api/requests/{id}/caregivers", Bodies.Caregiver(1))).EnsureSuccessStatusCode();

        var own = await anna.PostAsJsonAsync($"/api/requests/{id}/decision", new JsonObject { ["approve"] = true });
        var other = await app.As("officer", "Bram").PostAsJsonAsync($"/api/requests/{id}/decision", new JsonObject { ["approve"] = true });

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(["approve"], await own.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("approved", await app.StatusOfAsync(id));
    }

    private async Task<(long Unit, List<StoredCaregiver> Caregivers)> StoredAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var unit = await connection.QuerySingleAsync<long>("select unit_amount_cents from requests where id = @id", new { id = Guid.Parse(id) });
        var caregivers = (await connection.QueryAsync<StoredCaregiver>(
            "select position, name, amount_cents from request_caregivers where request_id = @id order by position", new { id = Guid.Parse(id) })).ToList();
        return (unit, caregivers);
    }

    private async Task<List<(string Actor, string? Subject)>> TrailAsync(string id, string action)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, string?)>(
            "select actor, actor_subject from audit_events where request_id = @id and action = @action", new { id = Guid.Parse(id), action })).ToList();
    }

    private sealed record StoredCaregiver(int Position, string Name, long AmountCents);

}
