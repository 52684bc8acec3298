using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Dapper;
using Waardering.Domain;
using Waardering.Testing.Payouts;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>A season in small: decisions, a batch, its SEPA file, four eyes, booking, a returned payment paid once to an IBAN two officers changed.</summary>
public sealed class PayoutSeasonTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    [Fact]
    public async Task Season_FromDecisionsToABookedBatchAndACorrectedReturn()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var approved = new[] { await app.SubmitAsync(municipality, caregivers: 3), await app.SubmitAsync(municipality) };
        var rejected = await app.SubmitAsync(municipality);
        foreach (var id in approved)
        {
            await app.DecideAsync(id, approve: true);
        }

        await app.DecideAsync(rejected, approve: false, reasonCode: "notResident");
        using var anna = app.As("officer", "anna");
        using var bert = app.As("officer", "bert");

        var batch = await (await anna.PostAsJsonAsync("/api/payout-batches", Key(municipality))).ReadJsonAsync();
        var batchId = (string)batch["id"]!;
        Assert.Equal(4, (int)batch["paymentCount"]!); // three caregivers and one; nothing for the rejected request
        Assert.Equal(30000, (long)batch["totalCents"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await anna.GetAsync($"/api/payout-batches/{batchId}/pain001")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.PostAsync($"/api/payout-batches/{batchId}/approval", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bert.PostAsync($"/api/payout-batches/{batchId}/approval", null)).StatusCode);

        var file = await anna.GetByteArrayAsync($"/api/payout-batches/{batchId}/pain001");
        Assert.Empty(Pain001Schema.Validate(new MemoryStream(file)));
        var xml = XDocument.Load(new MemoryStream(file));
        Assert.Equal("300.00", xml.Descendants(Ns + "GrpHdr").Single().Element(Ns + "CtrlSum")!.Value);
        var endToEndIds = xml.Descendants(Ns + "EndToEndId").Select(e => e.Value).ToList();
        Assert.Equal(4, endToEndIds.Distinct().Count());
        Assert.All(xml.Descendants(Ns + "Ustrd"), u => Assert.Contains($"{municipality}-2026-", u.Value));

        Assert.Equal(HttpStatusCode.OK, (await anna.PostAsync($"/api/payout-batches/{batchId}/booking", null)).StatusCode);
        var line = (await app.BudgetAsync(municipality))["lines"]![0]!;
        Assert.Equal(30000, (long)line["spentCents"]!);
        Assert.Equal(4, await PaymentMailsAsync(approved)); // every caregiver in the test data agreed to contact
        var paymentMails = await PaymentMailModelsAsync(batchId);
        Assert.Equal(4, paymentMails.Count);
        Assert.All(paymentMails, m =>
        {
            Assert.Equal(new Money(m.AmountCents).ToString(), m.Amount);
            Assert.True(Iban.TryParse(m.Iban, out var iban));
            Assert.Equal(iban.Masked, m.IbanMasked);
        });
        Assert.Equal(0, (long)line["committedCents"]!);

        // The bank returns one payment; the IBAN is corrected and it goes into a later batch, once.
        var returned = endToEndIds[0];
        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsJsonAsync($"/api/payments/{returned}/return", new JsonObject { ["reason"] = "AC04 rekening opgeheven" })).StatusCode);
        var (requestId, position) = await PaymentAsync(returned);
        Assert.Equal(HttpStatusCode.Accepted, (await anna.PutAsJsonAsync($"/api/requests/{requestId}/caregivers/{position}/iban", new JsonObject { ["iban"] = "NL20INGB0001234567" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bert.PostAsync($"/api/requests/{requestId}/caregivers/{position}/iban/confirmation", null)).StatusCode);
        var second = await (await anna.PostAsJsonAsync("/api/payout-batches", Key(municipality))).ReadJsonAsync();
        Assert.Equal(1, (int)second["paymentCount"]!);
        await bert.PostAsync($"/api/payout-batches/{second["id"]}/approval", null);
        var secondFile = XDocument.Load(new MemoryStream(await anna.GetByteArrayAsync($"/api/payout-batches/{second["id"]}/pain001")));
        Assert.Equal("NL20INGB0001234567", secondFile.Descendants(Ns + "CdtrAcct").Single().Descendants(Ns + "IBAN").Single().Value);
        await anna.PostAsync($"/api/payout-batches/{second["id"]}/booking", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anna.PostAsJsonAsync("/api/payout-batches", Key(municipality))).StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var paidTwice = await connection.ExecuteScalarAsync<int>("""
            select count(*) from (select request_id, caregiver_position from payments where status = 'paid'
                                  and request_id = any(@ids) group by 1, 2 having count(*) > 1) x
            """, new { ids = approved.Select(Guid.Parse).ToArray() });
        Assert.Equal(0, paidTwice);
        Assert.Equal(30000, (long)(await app.BudgetAsync(municipality))["lines"]![0]!["spentCents"]!);

        var trail = await app.As("auditor").GetStringAsync($"/api/audit/{municipality}/2026/events.csv");
        var actions = trail.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[4]).ToList();
        Assert.Equal(3, actions.Count(a => a == "submitted"));
        Assert.Equal(3, actions.Count(a => a == "decision"));
        Assert.Equal(2, actions.Count(a => a == "batch-created"));
        Assert.Equal(2, actions.Count(a => a == "batch-approved"));
        Assert.Equal(2, actions.Count(a => a == "batch-booked"));
        Assert.Contains("payment-returned", actions);
        Assert.Contains("iban-change-proposed", actions);
        Assert.Contains("iban-change-confirmed", actions);
        Assert.DoesNotContain("NL20INGB0001234567", trail);
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.GetAsync($"/api/audit/{municipality}/2026/events.csv")).StatusCode);
    }

    private async Task<int> PaymentMailsAsync(IEnumerable<string> requestIds)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from outbox_mails where template = 'payment' and request_id = any(@ids)",
            new { ids = requestIds.Select(Guid.Parse).ToArray() });
    }

    /// <summary>Each payment mail's amount and IBAN as written, beside the payment's own.</summary>
    private async Task<List<(string Amount, long AmountCents, string IbanMasked, string Iban)>> PaymentMailModelsAsync(string batchId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, long, string, string)>("""
            select o.model->>'amount', p.amount_cents, o.model->>'ibanMasked', p.iban
            from payments p
            join request_caregivers c on c.request_id = p.request_id and c.position = p.caregiver_position
            join outbox_mails o on o.template = 'payment' and o.request_id = p.request_id and o.to_address = c.email
            where p.batch_id = @batchId
            """, new { batchId = Guid.Parse(batchId) })).ToList();
    }

    private static JsonObject Key(string municipality) => new() { ["municipality"] = municipality, ["year"] = 2026 };

    private async Task<(Guid RequestId, int Position)> PaymentAsync(string endToEndId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(Guid, int)>(
            "select request_id, caregiver_position from payments where end_to_end_id = @endToEndId", new { endToEndId });
    }
}
