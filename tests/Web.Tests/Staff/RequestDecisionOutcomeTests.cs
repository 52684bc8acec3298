using System.Text;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// What the decision's preview and confirmation say when approving does not simply grant: the
/// budget is spent, the request was decided meanwhile, no voucher is left; and a voucher's code
/// never shows in the preview.
/// </summary>
public sealed class RequestDecisionOutcomeTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Approval_WithTheBudgetSpent_IsPreviewedAsWaiting_AndSaysSoOnceConfirmed()
    {
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app, budget: false);
        var page = await PreviewApprovalAsync(municipality, id);

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("het budget is op");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Dit is nog geen besluit over uw aanvraag.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wacht op budget");
        Assert.Equal("waitingForBudget", await app.StatusOfAsync(id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Approval_OfARequestDecidedMeanwhile_GetsAPageThatSaysWhy_AndChangesNothing()
    {
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app);
        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;
        (await app.DecideAsync(id, approve: false, reasonCode: "incomplete")).EnsureSuccessStatusCode();

        await page.GetByLabel("Toekennen").CheckAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Besluit bekijken" }).ClickAsync(), r => r.Url.EndsWith("/decision", StringComparison.Ordinal));

        Assert.Equal(409, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nu geen besluit mogelijk");
        Assert.Equal("rejected", await app.StatusOfAsync(id));
        Assert.Single(await app.EventsAsync(id, "decision"));
        await BrowserFixture.CheckPageAsync(page, "staff-request-decision-refused");
    }

    [Fact]
    public async Task VoucherApproval_WithoutCodesIsRefused_AndWithACodeThePreviewNeverShowsIt()
    {
        var scheme = Bodies.Scheme();
        scheme["payoutMethod"] = "voucher";
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app, scheme);

        var refused = await PreviewApprovalAsync(municipality, id);
        await Assertions.Expect(refused.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen waardebonnen meer");
        await refused.Context.CloseAsync();

        // One code per caregiver's award: the request has two.
        var codes = new[] { $"VB{Guid.NewGuid():N}"[..14], $"VB{Guid.NewGuid():N}"[..14] };
        (await app.As("officer").PostAsync($"/api/vouchers/{municipality}/2026",
            new StringContent(string.Join("\n", codes) + "\n", Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var page = await PreviewApprovalAsync(municipality, id);

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("De code van de waardebon is: [persoonlijke link]");
        var html = await page.ContentAsync();
        Assert.All(codes, code => Assert.DoesNotContain(code, html, StringComparison.Ordinal));
        // Previewed, not handed out: the preview's transaction was rolled back.
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "select count(*) from vouchers where code = any(@codes) and request_id is not null", new { codes }));
        await page.Context.CloseAsync();
    }

    /// <summary>Opens the request as the officer, chooses approve and asks to see the decision.</summary>
    private async Task<IPage> PreviewApprovalAsync(string municipality, string id)
    {
        var (_, page) = await RequestPages.OpenAsync(app, municipality, id);
        await page.GetByLabel("Toekennen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit bekijken" }).ClickAsync();
        return page;
    }
}
