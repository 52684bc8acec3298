using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>The auditor's pages in headless Chromium: a scheme year's trail, a request's trail, the CSV, and who may not see them.</summary>
public sealed class AuditPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Auditor_ReadsTheYearsTrail_ByKind_AndARequestsTrail_AndDownloadsTheSameCsvAsTheApi()
    {
        var (municipality, id, reference, officer) = await DecidedRequestAsync();
        var (context, page) = await app.OpenAsync($"/staff/audit?municipality={municipality}&year=2026",
            WebAppFixture.Token("auditor", "Anton Accountant", [municipality]));
        await using var _ = context;

        var decision = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Besluit genomen" });
        await Assertions.Expect(decision).ToContainTextAsync("Olga Officier");
        await Assertions.Expect(decision).ToContainTextAsync($"kenmerk {officer}");
        await Assertions.Expect(decision).ToContainTextAsync("Backoffice");
        await Assertions.Expect(decision).ToContainTextAsync(reference);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Aanvraag ingediend" })).ToContainTextAsync("Inwoner");
        await BrowserFixture.CheckPageAsync(page, "staff-audit");

        await page.GetByLabel("Soort gebeurtenis").SelectOptionAsync(new SelectOptionValue { Label = "Besluit genomen (1)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        Assert.Contains("kind=decision", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download de hele audittrail" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,OccurredAt,Actor,Channel,Action,RequestId,BatchId,Details,ActorSubject", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.Contains($",decision,{id},", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith($",{officer}", StringComparison.Ordinal));
        Assert.Equal(await app.As("auditor", "Anton Accountant", [municipality]).GetStringAsync($"/api/audit/{municipality}/2026/events.csv"), csv);

        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Audittrail {reference}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Besluit genomen" })).ToContainTextAsync("Olga Officier");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Aanvraag ingediend" })).ToHaveCountAsync(1);
        await BrowserFixture.CheckPageAsync(page, "staff-audit-request");
    }

    [Fact]
    public async Task ADateSpan_FiltersTheTrail_AndAWrongDate_ComesBackBesideItsField()
    {
        var (municipality, _, _, _) = await DecidedRequestAsync();
        var (context, page) = await app.OpenAsync($"/staff/audit?municipality={municipality}&year=2026",
            WebAppFixture.Token("auditor", "Anton Accountant", [municipality]));
        await using var _ = context;
        // The events happen at the pinned clock's moment, 2 November 2026.
        await page.GetByLabel("Vanaf").FillAsync("3-11-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        Assert.Contains("from=3-11-2026", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("Geen gebeurtenissen in deze weergave.")).ToBeVisibleAsync();

        await page.GetByLabel("Vanaf").FillAsync("2-11-2026");
        await page.GetByLabel("Tot en met").FillAsync("2-11-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Besluit genomen" })).ToHaveCountAsync(1);

        await page.GetByLabel("Tot en met").FillAsync("31-2-2026");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync(), r => r.Url.Contains("/staff/audit?", StringComparison.Ordinal));
        Assert.Equal(400, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een datum in als dag-maand-jaar");
        await Assertions.Expect(page.GetByLabel("Tot en met")).ToHaveValueAsync("31-2-2026");
        await BrowserFixture.CheckPageAsync(page, "staff-audit-error");
    }

    [Fact]
    public async Task AnOfficer_IsRefusedTheAuditPages_AndAnotherMunicipalitysAuditor_SeesNoneOfIt()
    {
        var (municipality, id, reference, _) = await DecidedRequestAsync();
        string[] paths = [$"/staff/audit?municipality={municipality}&year=2026", $"/staff/audit/requests/{id}",
            $"/staff/audit/events.csv?municipality={municipality}&year=2026"];
        using var officer = app.As("officer", "Olga Officier", [municipality]);
        using var foreign = app.As("auditor", "Elders", [app.ForeignMunicipality()]);
        using var auditor = app.As("auditor", "Anton Accountant", [municipality]);
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(path)).StatusCode);
            var elsewhere = await foreign.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
            Assert.DoesNotContain(reference, await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(path)).StatusCode); // the same paths are there for the right auditor
        }

        var own = await foreign.GetStringAsync("/staff/audit?year=2026");
        Assert.DoesNotContain(reference, own, StringComparison.Ordinal);
    }

    /// <summary>A request submitted on the web and approved by an officer whose subject differs from their name.</summary>
    private async Task<(string Municipality, string Id, string Reference, string OfficerSubject)> DecidedRequestAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var id = await app.SubmitAsync(municipality);
        var subject = $"olga-{Guid.NewGuid():N}";
        using var officer = app.AsSubject("officer", subject, "Olga Officier");
        (await officer.PostAsJsonAsync($"/api/requests/{id}/decision", new JsonObject { ["approve"] = true })).EnsureSuccessStatusCode();
        var request = await (await officer.GetAsync($"/api/requests/{id}")).ReadJsonAsync();
        return (municipality, id, (string)request["reference"]!, subject);
    }
}
