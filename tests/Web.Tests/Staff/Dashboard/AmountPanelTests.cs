using System.Net;
using Microsoft.Playwright;
using Waardering.Web.Tests.Budget;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff.Dashboard;

/// <summary>
/// The dashboard's amount panel in headless Chromium: the what-if gives the amount the API's
/// recompute sets for as many open requests, the history shows each step, bad input comes back
/// beside its field, auditors read it and officers are refused.
/// </summary>
public sealed class AmountPanelTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task WhatIf_For4000Requests_ShowsTheAmountTheRecomputeGivesWhen4000AreOpen()
    {
        app.Clock.Reset(AmountScenario.LastDayOfWindow);
        var municipality = await AmountScenario.HilversumBudgetAsync(app, floorCents: 2500);
        var (context, page) = await app.OpenAsync($"/staff/dashboard/amount?municipality={municipality}&year=2026",
            WebAppFixture.Token("policy", "Pieter Beleid", [municipality]));
        await using var _ = context;
        await page.GetByLabel("Aantal aanvragen").FillAsync("4000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bereken" }).ClickAsync();
        var answer = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Bij 4.000 aanvragen" });
        await Assertions.Expect(answer).ToBeVisibleAsync();
        var shown = await answer.GetByRole(AriaRole.Heading).TextContentAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-amount-what-if");

        await AmountScenario.InsertOpenRequestsAsync(app, municipality, 4000);
        var recompute = await (await app.As("policy", "Pieter Beleid", [municipality])
            .PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        Assert.Equal(0, (int)recompute["forecastUnits"]!);
        Assert.Equal($"Bij 4.000 aanvragen: {Euros((long)recompute["currentAmountCents"]!)} per aanvraag", shown);
        await page.ReloadAsync();
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Verloop van het bedrag per aanvraag, 2026: de cijfers" });
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("4.000");
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(Euros((long)recompute["currentAmountCents"]!));
    }

    [Fact]
    public async Task History_AfterRecomputes_StepsFromTheBaseToTheAmountTheBudgetAllows_LeavingOutRunsThatChangedNothing()
    {
        app.Clock.Reset(AmountScenario.LastDayOfWindow);
        var municipality = await AmountScenario.HilversumBudgetAsync(app, floorCents: 2500);
        using var policy = app.As("policy", "Pieter Beleid", [municipality]);
        await AmountScenario.InsertOpenRequestsAsync(app, municipality, 500);
        (await policy.PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).EnsureSuccessStatusCode();
        await AmountScenario.InsertOpenRequestsAsync(app, municipality, 3000, from: 501);
        for (var run = 0; run < 3; run++)
        {
            (await policy.PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).EnsureSuccessStatusCode();
        }

        var (context, page) = await app.OpenAsync($"/staff/dashboard/amount?municipality={municipality}&year=2026",
            WebAppFixture.Token("policy", "Pieter Beleid", [municipality]));
        await using var _ = context;

        var history = page.GetByRole(AriaRole.Table, new() { Name = "Verloop van het bedrag per aanvraag, 2026: de cijfers" });
        // The steps: the first run, the one that moved the amount and the last; the run between them changed nothing.
        await Assertions.Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("€ 150,00");
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("€ 42,00"); // € 150.000 / 3.500 = € 42,86
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(3)).ToContainTextAsync("€ 42,00");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new()
        {
            Name = "Het bedrag per aanvraag was € 150,00 bij de eerste herberekening en is nu € 42,00; het is 4 keer herberekend en 1 keer veranderd.",
        })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Bedrag bij meer aanvragen, 2026: de cijfers" }))
            .ToContainTextAsync("€ 37,00");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-amount");

        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download de cijfers van “Verloop van het bedrag per aanvraag, 2026” (CSV)" })
            .GetAttributeAsync("href");
        var csv = await (await context.APIRequest.GetAsync(href!)).TextAsync();
        Assert.Contains(",42.00,150000.00,0.00,3500,0,", csv);
    }

    [Fact]
    public async Task WhatIf_WithoutAWholeNumber_ComesBackWithTheErrorBesideTheField()
    {
        var municipality = await AmountScenario.HilversumBudgetAsync(app, floorCents: 5000);
        var (context, page) = await app.OpenAsync($"/staff/dashboard/amount?municipality={municipality}&year=2026&units=veel",
            WebAppFixture.Token("policy", "Pieter Beleid", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een heel getal in van 1 tot 1.000.000.");
        await Assertions.Expect(page.GetByLabel("Aantal aanvragen")).ToHaveValueAsync("veel");
        await Assertions.Expect(page.GetByLabel("Aantal aanvragen")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-amount-error");
        using var policy = app.As("policy", "Pieter Beleid", [municipality]);
        Assert.Equal(HttpStatusCode.BadRequest, (await policy.GetAsync($"/staff/dashboard/amount?municipality={municipality}&units=0")).StatusCode);
    }

    [Fact]
    public async Task AnAuditor_SeesThePanelAndAsks_AnOfficerIsRefused()
    {
        var municipality = await AmountScenario.HilversumBudgetAsync(app, floorCents: 5000);

        var (context, page) = await app.OpenAsync($"/staff/dashboard/amount?municipality={municipality}&year=2026&units=3000",
            WebAppFixture.Token("auditor", "Aad Auditor", [municipality]));
        await using (context)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bedrag");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Bij 3.000 aanvragen" })).ToContainTextAsync("€ 50,00 per aanvraag");
            await BrowserFixture.CheckPageAsync(page, "staff-dashboard-amount-auditor");
        }

        using var officer = app.As("officer", "Olga", [municipality]);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/staff/dashboard/amount?municipality={municipality}")).StatusCode);
    }

    private static string Euros(long cents) => new Domain.Money(cents).ToString();
}
