using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waardering.Testing;
using Waardering.Web.Jobs;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Worker;

namespace Waardering.Web.Tests.Texts;

/// <summary>The citizens' pages in English, used in headless Chromium, and the request's mails in the language of its form.</summary>
public sealed class EnglishPagesTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheFormSwitchedToEnglish_SpeaksEnglishThroughout_AndTheRequestsMailIsEnglish()
    {
        var municipality = await app.CreateSchemeAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }))
            .ToHaveTextAsync("Apply for the 2026 caregiver appreciation");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You can apply until 31 December 2026.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not everything is right yet");
        await Assertions.Expect(page.Locator("#recipient-postcode-error")).ToHaveTextAsync("Fill in a Dutch postcode, for example 1211 AB.");
        await Assertions.Expect(page.Locator("#recipient-birthDate-error")).ToHaveTextAsync("Fill in the date of birth: day, month and year.");
        await BrowserFixture.CheckPageAsync(page, "apply-errors-english");

        await FillInAsync(page, email);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send request" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Request received");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("li")).ToContainTextAsync("Anna de Vries: € 150,00 to account");
        await BrowserFixture.CheckPageAsync(page, "apply-received-english");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "See later how your request is going" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("How is your request going?");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Received. The municipality is looking at your request.");
        await BrowserFixture.CheckPageAsync(page, "status-english");

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("en", await connection.QuerySingleAsync<string>(
            "select r.language from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality", new { municipality }));
        var mail = await SentAsync(email);
        Assert.StartsWith("We have received your request", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("The appreciation goes to:", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lang=en", mail.TextBody, StringComparison.Ordinal); // its status link opens the page in English
    }

    [Fact]
    public async Task ThePagesBehindTheMailedLinks_InEnglish_PassTheAccessibilityCheck()
    {
        var (_, body) = await app.CheckInSentAsync();
        var checkIn = (await app.MailsAsync("check-in", (string)body["caregivers"]![0]!["email"]!))[0];
        var (context, page) = await app.OpenAsync(ContactHelpers.PathOf((string)checkIn.Model["checkInUrl"]!) + "&lang=en");
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("How are you?");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not everything is filled in yet");
        await Assertions.Expect(page.Locator("#wellbeing-error")).ToHaveTextAsync("Choose a number from 1 (bad) to 5 (good).");
        await BrowserFixture.CheckPageAsync(page, "check-in-errors-english");
        await page.GetByLabel("Fairly good").CheckAsync();
        await page.GetByLabel("No, not now").CheckAsync();
        await page.GetByLabel("No", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Thank you");
        await BrowserFixture.CheckPageAsync(page, "check-in-thanks-english");

        foreach (var (path, heading, name) in new[]
        {
            ($"/api/requests/{Guid.NewGuid()}/co-signature?token=x&lang=en", "Confirm the request", "co-sign-english"),
            ("/register-change?token=x&lang=en", "Confirm the change", "register-change-english"),
            ("/contact-consent?token=x&lang=en", "May the municipality contact you?", "consent-english"),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(heading);
            await BrowserFixture.CheckPageAsync(page, name);
        }
    }

    /// <summary>The recipient applies for one caregiver, every field found by its English label.</summary>
    private static async Task FillInAsync(IPage page, string email)
    {
        await page.GetByLabel("I receive care (the person receiving care)").CheckAsync();
        await page.GetByLabel("Name", new PageGetByLabelOptions { Exact = true }).FillAsync($"Truus {Guid.NewGuid():N}");
        await FillDateAsync(page, "Date of birth", "17", "5", "1941");
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("1211 AB");
        await page.GetByLabel("House number", new() { Exact = true }).FillAsync("12a");
        await page.GetByLabel("E-mail address (optional; you then get a confirmation)").FillAsync(email);
        await page.GetByLabel("Name of caregiver 1").FillAsync("Anna de Vries");
        await FillDateAsync(page, "Date of birth of caregiver 1", "1", "2", "1970");
        await page.GetByLabel("IBAN (bank account) of caregiver 1").FillAsync("NL91 ABNA 0417 1643 00");
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var date = DateFields.Date(page, legend);
        await date.GetByLabel("Day").FillAsync(day);
        await date.GetByLabel("Month").FillAsync(month);
        await date.GetByLabel("Year").FillAsync(year);
    }

    /// <summary>The mail as the Worker sends it through the test's SMTP receiver.</summary>
    private async Task<MimeKit.MimeMessage> SentAsync(string address)
    {
        using var worker = WorkerHost.Build(WorkerArgs.For(app.Database.ConnectionString, TestEnvironment.SmtpPort), NoHangfireLogs.Register);
        await worker.StartAsync();
        try
        {
            app.Factory.Services.GetRequiredService<JobTriggers>().MailWritten();
            return await Maildir.WaitForAsync(address, _ => true);
        }
        finally
        {
            await worker.StopAsync();
        }
    }
}
