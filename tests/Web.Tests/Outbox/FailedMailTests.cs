using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Worker.Mail;
using Waardering.Worker.Outbox;

namespace Waardering.Web.Tests.Outbox;

/// <summary>
/// A mail the Worker gave up on (its SMTP server refused the connection) is listed for staff
/// without its full address, and a resend puts it back as pending and then sends it, with the
/// same Message-ID, on the request's trail.
/// </summary>
public sealed class FailedMailTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task FailedMail_IsListed_AndAResendMakesItPendingThenSent()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var address = (string)body["recipient"]!["email"]!;
        var submitted = await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync();
        await Dispatcher(ClosedPort(), maxAttempts: 1).DispatchDueAsync(CancellationToken.None);
        var (id, messageId) = await MailOfAsync(address);
        Assert.Equal("failed", await StatusOfAsync(id));

        var listed = await (await app.As("officer").GetAsync($"/api/mails/failed?municipality={municipality}")).ReadJsonAsync();

        var item = listed["items"]!.AsArray().Select(i => i!.AsObject()).Single(i => (string)i["id"]! == id.ToString());
        Assert.Equal("request-received", (string?)item["template"]);
        Assert.Equal((string?)submitted["reference"], (string?)item["requestReference"]);
        Assert.Equal($"{address[0]}***@example.org", (string?)item["to"]);
        Assert.NotNull((string?)item["failedAt"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)item["error"]));
        Assert.DoesNotContain(address, listed.ToJsonString());

        var resent = await app.As("officer", "mailbeheerder").PostAsync($"/api/mails/{id}/resend", null);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal("pending", await StatusOfAsync(id));
        var history = (await (await app.As("officer").GetAsync($"/api/requests/{submitted["id"]}/history")).ReadJsonAsync<JsonArray>())!;
        var resend = history.Single(e => (string)e!["action"]! == "mail-resent")!;
        Assert.Equal("mailbeheerder", (string?)resend["actor"]);
        var relisted = await (await app.As("officer").GetAsync($"/api/mails/failed?municipality={municipality}")).ReadJsonAsync();
        Assert.DoesNotContain(relisted["items"]!.AsArray(), i => (string)i!["id"]! == id.ToString());

        await Dispatcher(TestEnvironment.SmtpPort).DispatchDueAsync(CancellationToken.None);

        Assert.Equal("sent", await StatusOfAsync(id));
        var mail = await Maildir.WaitForAsync(address, m => m.MessageId == messageId);
        Assert.Contains((string)submitted["reference"]!, mail.Subject);
    }

    [Fact]
    public async Task Resend_OfAMailThatDidNotFail_OrOfNone_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        var (pending, _) = await MailOfAsync((string)body["recipient"]!["email"]!);

        var notFailed = await app.As("officer").PostAsync($"/api/mails/{pending}/resend", null);
        var none = await app.As("admin").PostAsync($"/api/mails/{Guid.NewGuid()}/resend", null);

        Assert.Equal(HttpStatusCode.Conflict, notFailed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("pending", await StatusOfAsync(pending));
    }

    [Theory]
    [InlineData("", "municipality")]
    [InlineData("municipality=GM0402&pageSize=0", "pageSize")]
    public async Task FailedList_WithABadQuery_IsRefusedNamingIt(string query, string field)
    {
        var response = await app.As("officer").GetAsync($"/api/mails/failed?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
    }

    private OutboxDispatcher Dispatcher(int port, int maxAttempts = 8)
    {
        var options = Options.Create(new MailOptions
        {
            Smtp = new SmtpOptions { Host = TestEnvironment.SmtpHost, Port = port, Security = "None", RequireTls = false },
            MaxAttempts = maxAttempts,
        });
        return new OutboxDispatcher(new OutboxStore(app.Database.DataSource),
            new MailComposer(new MailTemplateRenderer(options), options, SystemClock.Instance), new SmtpMailSender(options), options,
            NullLogger<OutboxDispatcher>.Instance);
    }

    /// <summary>A loopback port nobody listens on: connecting to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<(Guid Id, string MessageId)> MailOfAsync(string address)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(Guid, string)>(
            "select id, message_id from outbox_mails where to_address = @address", new { address });
    }

    private async Task<string> StatusOfAsync(Guid id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>("select status from outbox_mails where id = @id", new { id });
    }
}
