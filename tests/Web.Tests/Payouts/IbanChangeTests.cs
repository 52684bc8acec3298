using System.Net;
using Dapper;
using Waardering.Domain;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>An IBAN change moves money elsewhere: one officer proposes it, another confirms it, and until then nothing is paid.</summary>
public sealed class IbanChangeTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task IbanChange_IsPendingAndPaysNothing_UntilAnotherOfficerConfirmsIt()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        var id = requests[0];
        using var anna = app.AsSubject("officer", "s-anna", "Anna Jansen");
        using var annaRenamed = app.AsSubject("officer", "s-anna", "A. de Vries-Jansen");
        using var bert = app.AsSubject("officer", "s-bert", "Bert Smit");

        var proposed = await anna.ProposeIbanAsync(id);
        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        Assert.Equal("pending", (string?)(await proposed.ReadJsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await bert.BuildBatchAsync(municipality)).StatusCode);

        var ownConfirmation = await annaRenamed.ConfirmIbanAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, ownConfirmation.StatusCode);
        Assert.Contains("confirmation", await ownConfirmation.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await bert.BuildBatchAsync(municipality)).StatusCode);

        var confirmed = await bert.ConfirmIbanAsync(id);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("confirmed", (string?)(await confirmed.ReadJsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.Created, (await anna.BuildBatchAsync(municipality)).StatusCode);
        Assert.Equal(PayoutHelpers.NewIban, (await app.PaymentsAsync(municipality)).Single().Iban);

        var trail = await TrailAsync(id);
        Assert.Contains(trail, e => e.Action == "iban-change-proposed" && e.ActorSubject == "s-anna");
        var confirmation = Assert.Single(trail, e => e.Action == "iban-change-confirmed");
        Assert.Equal("s-bert", confirmation.ActorSubject);
        Assert.Contains(Iban.MaskOf(PayoutHelpers.NewIban)!, confirmation.Details);
        Assert.Contains(Iban.MaskOf("NL91ABNA0417164300")!, confirmation.Details);
        Assert.Contains("s-anna", confirmation.Details);
        Assert.DoesNotContain(trail, e => e.Details.Contains(PayoutHelpers.NewIban) || e.Details.Contains("NL91ABNA0417164300"));
    }

    [Fact]
    public async Task ALaterProposal_TakesThePlaceOfOneStillPending()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        using var anna = app.AsSubject("officer", "s-anna", "Anna Jansen");
        using var bert = app.AsSubject("officer", "s-bert", "Bert Smit");
        await anna.ProposeIbanAsync(requests[0], "DE89370400440532013000");

        Assert.Equal(HttpStatusCode.Accepted, (await anna.ProposeIbanAsync(requests[0])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bert.ConfirmIbanAsync(requests[0])).StatusCode);

        await anna.BuildBatchAsync(municipality);
        Assert.Equal(PayoutHelpers.NewIban, (await app.PaymentsAsync(municipality)).Single().Iban);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var changes = (await connection.QueryAsync<(string Status, string? NewIban)>(
            "select status, new_iban from iban_changes where request_id = @id order by proposed_at, id", new { id = Guid.Parse(requests[0]) })).ToList();
        Assert.Equal([("withdrawn", null), ("confirmed", null)], changes);
    }

    [Fact]
    public async Task AWithdrawnChange_LeavesTheAwardToBePaidToItsOwnIban()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        using var anna = app.AsSubject("officer", "s-anna", "Anna Jansen");
        using var bert = app.AsSubject("officer", "s-bert", "Bert Smit");
        await anna.ProposeIbanAsync(requests[0]);

        Assert.Equal(HttpStatusCode.NoContent, (await bert.DeleteAsync($"/api/requests/{requests[0]}/caregivers/1/iban/pending")).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await bert.ConfirmIbanAsync(requests[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await anna.BuildBatchAsync(municipality)).StatusCode);
        Assert.Equal("NL91ABNA0417164300", (await app.PaymentsAsync(municipality)).Single().Iban);
        Assert.Contains(await TrailAsync(requests[0]), e => e.Action == "iban-change-withdrawn" && e.ActorSubject == "s-bert");
    }

    [Fact]
    public async Task Confirmation_WithoutAPendingChange_IsAConflict()
    {
        var (_, requests) = await app.ApprovedAwardsAsync();

        var response = await app.AsSubject("officer", "s-bert", "Bert Smit").ConfirmIbanAsync(requests[0]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("confirmation", await response.ErrorFieldsAsync());
    }

    private async Task<List<(string Action, string? ActorSubject, string Details)>> TrailAsync(string requestId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, string?, string)>(
            "select action, actor_subject, details::text from audit_events where request_id = @id order by id",
            new { id = Guid.Parse(requestId) })).ToList();
    }
}
