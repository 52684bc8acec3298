using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Vouchers;

namespace Waardering.Web.Tests.Staff;

/// <summary>Voucher codes in the back office, in headless Chromium: imported pasted or from a file, counted, and a bad file refused whole.</summary>
public sealed class VoucherPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Import_PastedAndFromAFile_AddsTheCodes_AndTheCountsShowWhatIsLeftOnceOneIsHandedOut()
    {
        var municipality = await app.CreateVoucherSchemeAsync();
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var (context, page) = await app.OpenAsync($"/staff/vouchers?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "Olga", [municipality]));
        await using var _ = context;
        await Assertions.Expect(Value(page, "Nog uit te geven")).ToHaveTextAsync("0 codes");
        await BrowserFixture.CheckPageAsync(page, "staff-vouchers");

        await page.GetByLabel("Of plak de codes hier").FillAsync($"code\n{prefix}-0001\n{prefix}-0002\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Codes inlezen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 codes ingelezen, geen geweigerd.");
        await Assertions.Expect(Value(page, "Nog uit te geven")).ToHaveTextAsync("2 codes");
        await BrowserFixture.CheckPageAsync(page, "staff-vouchers-imported");

        await page.GetByLabel("Bestand met codes (CSV of tekst)").SetInputFilesAsync(new FilePayload
        {
            Name = "codes.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes($"{prefix}-0003\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Codes inlezen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 code ingelezen, geen geweigerd.");
        Assert.Equal(3, await CodesAsync(municipality));

        var request = await app.SubmitAsync(municipality);
        (await app.DecideAsync(request, approve: true)).EnsureSuccessStatusCode();
        await page.ReloadAsync();
        await Assertions.Expect(Value(page, "Uitgegeven")).ToHaveTextAsync("1 code");
        await Assertions.Expect(Value(page, "Nog uit te geven")).ToHaveTextAsync("2 codes");
    }

    [Fact]
    public async Task Import_WithABadAndARepeatedLine_RefusesTheWholeFile_NamingEachLine()
    {
        var municipality = await app.CreateVoucherSchemeAsync();
        var (context, page) = await app.OpenAsync($"/staff/vouchers?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "Olga", [municipality]));
        await using var _ = context;

        await page.GetByLabel("Of plak de codes hier").FillAsync("GOED-0001\nAB\nGOED-0001\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Codes inlezen" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Geen codes ingelezen: 2 regels geweigerd");
        await Assertions.Expect(summary).ToContainTextAsync("Regel 2: Een code is 4 tot 64 letters, cijfers of streepjes.");
        await Assertions.Expect(summary).ToContainTextAsync("Regel 3: Deze code staat twee keer in het bestand.");
        await Assertions.Expect(page.GetByLabel("Of plak de codes hier")).ToHaveValueAsync("GOED-0001\nAB\nGOED-0001\n");
        Assert.Equal(0, await CodesAsync(municipality));
        await BrowserFixture.CheckPageAsync(page, "staff-vouchers-refused");
    }

    private static ILocator Value(IPage page, string key) =>
        page.Locator(".utrecht-data-list__item").Filter(new() { HasText = key }).Locator(".utrecht-data-list__item-value");

    private async Task<int> CodesAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select count(*)::int from vouchers where municipality_code = @municipality", new { municipality });
    }
}
