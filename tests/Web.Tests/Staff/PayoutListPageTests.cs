using System.Net;
using Microsoft.Playwright;
using Waardering.Domain;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Payouts;

namespace Waardering.Web.Tests.Staff;

/// <summary>The lists around payouts in headless Chromium: pending IBAN changes, and nothing of another municipality's.</summary>
public sealed class PayoutListPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PendingIbanChanges_AreListedMasked_EachLinkingToWhereASecondOfficerConfirmsIt()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync(requests: 2);
        using var anna = app.AsSubject("officer", "s-anna", "Anna Jansen");
        Assert.Equal(HttpStatusCode.Accepted, (await anna.ProposeIbanAsync(requests[0])).StatusCode);
        var (olga, page) = await app.OpenAsync($"/staff/payouts?municipality={municipality}&year=2026", WebAppFixture.Token("officer", "Olga", [municipality]));
        await using var _ = olga;
        await page.GetByRole(AriaRole.Link, new() { Name = "bekijk de IBAN-wijzigingen" }).ClickAsync();

        var rows = page.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync("Anna Jansen");
        await Assertions.Expect(rows).ToContainTextAsync(Iban.MaskOf(PayoutHelpers.NewIban)!);
        Assert.DoesNotContain(PayoutHelpers.NewIban, await page.ContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(rows.GetByRole(AriaRole.Link, new() { Name = "Bevestigen of intrekken", Exact = false }))
            .ToHaveAttributeAsync("href", $"/staff/requests/{requests[0]}/caregivers/1/iban");
        await BrowserFixture.CheckPageAsync(page, "staff-iban-changes");
    }

    [Fact]
    public async Task AnotherMunicipalitysOfficer_SeesNoneOfIt()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        using var anna = app.As("officer", "Anna Eigen");
        await anna.ProposeIbanAsync(requests[0], "NL91ABNA0417164300");
        (await app.As("officer", "Bert").ConfirmIbanAsync(requests[0])).EnsureSuccessStatusCode();
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;
        var foreign = WebAppFixture.Token("officer", "Elders", [app.ForeignMunicipality()]);

        foreach (var path in new[]
                 {
                     $"/staff/payouts/{batchId}", $"/staff/payouts/{batchId}/pain001", $"/staff/payouts?municipality={municipality}&year=2026",
                     $"/staff/payouts/iban-changes?municipality={municipality}", $"/staff/vouchers?municipality={municipality}&year=2026",
                 })
        {
            var (context, page) = await app.OpenAsync(path, foreign);
            await using var _ = context;
            Assert.Equal(404, (await page.ReloadAsync())!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Niet gevonden");
            await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Anna Eigen");
        }

        var (own, list) = await app.OpenAsync("/staff/payouts", foreign);
        await using var __ = own;
        await Assertions.Expect(list.Locator("main")).Not.ToContainTextAsync("Anna Eigen");
        await Assertions.Expect(list.Locator("main")).Not.ToContainTextAsync(municipality);
    }
}
