using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Worker;
using Xunit.Abstractions;

namespace Waardering.Web.Tests.Requests;

/// <summary>
/// A request through the API, its confirmation sent by the Worker host through the real SMTP
/// receiver. Web and Worker share only the database, as in production.
/// </summary>
public sealed class ConfirmationMailTests(WebAppFixture app, ITestOutputHelper output) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    private IHost _worker = null!;

    public async Task InitializeAsync()
    {
        _worker = WorkerHost.Build(WorkerArgs.For(app.Database.ConnectionString, TestEnvironment.SmtpPort), NoHangfireLogs.Register);
        await _worker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _worker.StopAsync();
        _worker.Dispose();
    }

    [Fact]
    public async Task Submit_ConfirmationArrivesWithTheReferenceAndTheNameEscaped()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality, recipientName: "<script>alert('x')</script> Jansen");
        var address = (string)body["recipient"]!["email"]!;
        var clock = Stopwatch.StartNew();

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        var mails = await Maildir.WaitForAsync(address);
        output.WriteLine($"Request to mail received: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (string)(await response.ReadJsonAsync())["reference"]!;
        var mail = Assert.Single(mails);
        Assert.Contains(reference, mail.Subject);
        Assert.Contains(reference, mail.TextBody);
        Assert.Contains("<script>alert('x')</script> Jansen", mail.TextBody);
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        // The dispatcher marks mails sent in groups, just after they left: the mark may follow the arrival.
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var deadline = Stopwatch.StartNew();
        (string MessageId, string Status) row;
        while ((row = await connection.QuerySingleAsync<(string, string)>(
                   "select message_id, status from outbox_mails where to_address = @address", new { address })).Status != "sent"
               && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.Equal(row.MessageId, mail.MessageId);
        Assert.Equal("sent", row.Status);
    }

    [Fact]
    public async Task Submit_CaregiverWhoAgreedToContact_GetsTheConfirmationToo()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality, caregivers: 2);
        body["caregivers"]![1]!["consentToContact"] = false;
        var agreed = (string)body["caregivers"]![0]!["email"]!;
        var notAgreed = (string)body["caregivers"]![1]!["email"]!;

        await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        var mails = await Maildir.WaitForAsync(agreed);

        Assert.Single(mails);
        Assert.Equal(0, await app.OutboxMailsToAsync(notAgreed));
    }

    [Fact]
    public async Task Decide_ApprovalAndRejection_AreMailedInPlainWords()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var approvedBody = Bodies.Request(municipality, caregivers: 2);
        var rejectedBody = Bodies.Request(municipality);
        var approvedId = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", approvedBody)).ReadJsonAsync())["id"]!;
        var rejectedId = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", rejectedBody)).ReadJsonAsync())["id"]!;

        await app.DecideAsync(approvedId, approve: true);
        await app.DecideAsync(rejectedId, approve: false, reasonCode: "notResident");

        var approval = (await Maildir.WaitForAsync((string)approvedBody["recipient"]!["email"]!, count: 2)).Single(m => m.Subject?.Contains("toegekend") == true);
        Assert.Contains("€ 75,00", approval.TextBody);
        var rejection = (await Maildir.WaitForAsync((string)rejectedBody["recipient"]!["email"]!, count: 2)).Single(m => m.Subject?.Contains("afgewezen") == true);
        Assert.Contains("De zorgvrager woont niet in de gemeente.", rejection.TextBody);
    }

    [Fact]
    public async Task Submit_InEnglish_SendsTheEnglishTemplate()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["language"] = "en";
        var address = (string)body["recipient"]!["email"]!;

        await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        var mail = Assert.Single(await Maildir.WaitForAsync(address));

        Assert.Contains("received", mail.Subject, StringComparison.OrdinalIgnoreCase);
    }
}
