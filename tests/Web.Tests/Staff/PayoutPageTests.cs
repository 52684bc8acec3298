using System.Net;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Staff;
using Waardering.Domain;
using Waardering.Testing.Payouts;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Payouts;

namespace Waardering.Web.Tests.Staff;

/// <summary>Payout batches in the back office, in headless Chromium: build, four eyes, the bank file, booking and a return.</summary>
public sealed class PayoutPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SecondOfficer_ApprovesTheBatchBuiltOnThePage_AndTheDownloadedFileValidatesAgainstTheIsoSchema()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync(requests: 2);
        using var anna = app.AsSubject("officer", "s-anna", "Anna Jansen");
        using var bert = app.AsSubject("officer", "s-bert", "Bert Smit");
        Assert.Equal(HttpStatusCode.Accepted, (await anna.ProposeIbanAsync(requests[1])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bert.ConfirmIbanAsync(requests[1])).StatusCode);
        var total = StaffWords.Euros(await AwardCentsAsync(requests));
        var (olga, page) = await app.OpenAsync($"/staff/payouts?municipality={municipality}&year=2026", Officer("Olga", municipality));
        await using var _ = olga;
        await Assertions.Expect(page.GetByText($"2 betalingen, samen {total}")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-payouts");

        await page.GetByRole(AriaRole.Button, new() { Name = "Betaalopdracht maken…" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"De betaalopdracht krijgt alle 2 betalingen die klaar staan, samen {total}", new() { Exact = false }))
            .ToBeVisibleAsync();
        Assert.Empty(await app.PaymentsAsync(municipality)); // a confirmation builds nothing yet
        await BrowserFixture.CheckPageAsync(page, "staff-payouts-build");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, maak de betaalopdracht" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Betaalopdracht {municipality} 2026");
        var payments = await app.PaymentsAsync(municipality);
        Assert.Equal(2, payments.Count);
        var changed = payments.Single(p => p.RequestId == Guid.Parse(requests[1])).EndToEndId;
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = changed })).ToContainTextAsync("IBAN gewijzigd na de aanvraag");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = payments.Single(p => p.EndToEndId != changed).EndToEndId }))
            .Not.ToContainTextAsync("IBAN gewijzigd");
        Assert.All(payments, p => Assert.DoesNotContain(p.Iban, page.ContentAsync().Result, StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("U heeft deze betaalopdracht zelf gemaakt.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Betaalopdracht goedkeuren" })).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "staff-payout-batch-own");

        var batchPath = new Uri(page.Url).AbsolutePath;
        var (piet, second) = await app.OpenAsync(batchPath, Officer("Piet", municipality));
        await using var __ = piet;
        await BrowserFixture.CheckPageAsync(second, "staff-payout-batch");
        await second.GetByRole(AriaRole.Button, new() { Name = "Betaalopdracht goedkeuren" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("U heeft de betaalopdracht goedgekeurd");
        Assert.Equal(("approved", "Piet"), await BatchAsync(municipality));
        await BrowserFixture.CheckPageAsync(second, "staff-payout-batch-approved");

        // The link's own address, fetched with the browser context's headers and cookies: Debian's
        // Chromium under this Playwright cancels every download, so the click cannot save the file.
        var link = second.GetByRole(AriaRole.Link, new() { Name = "Download het bestand voor de bank (pain.001)" });
        var response = await second.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith($"attachment; filename=\"pain001-{municipality}-2026-", response.Headers["content-disposition"], StringComparison.Ordinal);
        var bytes = await response.BodyAsync();
        Assert.Empty(Pain001Schema.Validate(new MemoryStream(bytes)));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.All(payments, p => Assert.Contains($"<EndToEndId>{p.EndToEndId}</EndToEndId>", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Builder_PostingAnApprovalOfTheirOwnBatch_Gets403_AndTheBatchStaysUnapproved()
    {
        var (municipality, _) = await app.ApprovedAwardsAsync();
        using var olga = app.AsSubject("officer", "s-olga", "Olga");
        var batchId = (string)(await (await olga.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;

        var response = await olga.PostAsync($"/staff/payouts/{batchId}/approval", await StaffForms.ContentAsync(olga));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("U heeft deze betaalopdracht zelf gemaakt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("created", null), await BatchAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "select count(*) from audit_events where batch_id = @id and action = 'batch-approved'", new { id = Guid.Parse(batchId) }));
    }

    [Fact]
    public async Task Booking_IsConfirmedFirst_ThenAPaymentTheBankReturned_IsRecordedAfterItsOwnConfirmation()
    {
        var (municipality, _) = await app.ApprovedAwardsAsync(requests: 2);
        using var anna = app.As("officer", "Anna");
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;
        (await app.As("officer", "Bert").PostAsync($"/api/payout-batches/{batchId}/approval", null)).EnsureSuccessStatusCode();
        var (olga, page) = await app.OpenAsync($"/staff/payouts/{batchId}", Officer("Olga", municipality));
        await using var _ = olga;

        await page.GetByRole(AriaRole.Button, new() { Name = "Betaalopdracht boeken…" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Boek alleen als de bank heeft betaald.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Equal(("approved", "Bert"), await BatchAsync(municipality));
        await BrowserFixture.CheckPageAsync(page, "staff-payout-book");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, boek de betaalopdracht" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De betaalopdracht is geboekt");
        Assert.Equal("booked", (await BatchAsync(municipality)).Status);
        Assert.All(await app.PaymentsAsync(municipality), p => Assert.Equal("paid", p.Status));

        var returned = (await app.PaymentsAsync(municipality))[1];
        await page.GetByLabel("Kenmerk van de betaling (end-to-end-id)").FillAsync("GEEN-BETALING-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Teruggestuurde betaling vastleggen…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze betaalopdracht heeft geen betaling met dit kenmerk.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef de reden van de bank op");
        await BrowserFixture.CheckPageAsync(page, "staff-payout-return-errors");
        await page.GetByLabel("Kenmerk van de betaling (end-to-end-id)").FillAsync(returned.EndToEndId);
        await page.GetByLabel("Reden van de bank").FillAsync("AC04 rekening opgeheven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Teruggestuurde betaling vastleggen…" }).ClickAsync();
        await Assertions.Expect(page.GetByText(Iban.MaskOf(returned.Iban)!)).ToBeVisibleAsync();
        Assert.Equal("paid", (await app.PaymentsAsync(municipality))[1].Status); // confirming first changes nothing
        await BrowserFixture.CheckPageAsync(page, "staff-payout-return");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, leg de teruggestuurde betaling vast" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De teruggestuurde betaling is vastgelegd");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(("failed", "AC04 rekening opgeheven"), await connection.QuerySingleAsync<(string, string)>(
            "select status, failure_reason from payments where end_to_end_id = @EndToEndId", new { returned.EndToEndId }));
        Assert.Equal("paid", (await app.PaymentsAsync(municipality))[0].Status);
    }

    private static string Officer(string name, string municipality) => WebAppFixture.Token("officer", name, [municipality]);

    private async Task<long> AwardCentsAsync(IEnumerable<string> requests)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("select sum(amount_cents)::bigint from request_caregivers where request_id = any(@ids)",
            new { ids = requests.Select(Guid.Parse).ToArray() });
    }

    private async Task<(string Status, string? ApprovedBy)> BatchAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string?)>(
            "select status, approved_by from payout_batches where municipality_code = @municipality", new { municipality });
    }
}
