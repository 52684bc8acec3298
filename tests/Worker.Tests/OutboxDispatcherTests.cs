using System.Net;
using System.Net.Sockets;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Mail;
using Waardering.Worker.Outbox;

namespace Waardering.Worker.Tests;

/// <summary>The outbox against a real database and the real SMTP receiver.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Dispatch_SendsTheMailWithItsStableMessageId()
    {
        var address = NewAddress();
        var id = await AddMailAsync(address);

        await Dispatcher().DispatchDueAsync(CancellationToken.None);

        var mail = Assert.Single(await Maildir.WaitForAsync(address));
        var row = await RowAsync(id);
        Assert.Equal(row.MessageId, mail.MessageId);
        Assert.Equal("sent", row.Status);
        Assert.Contains("GM0402-2026-000123", mail.TextBody);
    }

    [Fact]
    public async Task Dispatch_WhenSmtpIsDown_KeepsTheMailForALaterAttempt()
    {
        var id = await AddMailAsync(NewAddress());

        await Dispatcher(ClosedPort()).DispatchDueAsync(CancellationToken.None);

        var row = await RowAsync(id);
        Assert.Equal("pending", row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.LastError);
        Assert.True(row.NextAttemptInSeconds > 5, $"next attempt in {row.NextAttemptInSeconds} s");
    }

    [Fact]
    public async Task Dispatch_AfterTheLastAttempt_MarksTheMailFailed()
    {
        var id = await AddMailAsync(NewAddress());
        var dispatcher = Dispatcher(ClosedPort(), maxAttempts: 2);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await MakeDueAsync(id);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var row = await RowAsync(id);
        Assert.Equal("failed", row.Status);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task Dispatch_AfterSmtpComesBack_SendsTheWaitingMail()
    {
        var address = NewAddress();
        var id = await AddMailAsync(address);
        await Dispatcher(ClosedPort()).DispatchDueAsync(CancellationToken.None);
        await MakeDueAsync(id);

        await Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Single(await Maildir.WaitForAsync(address));
        Assert.Equal("sent", (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task Dispatch_TwoWorkersAtOnce_SendEachMailOnce()
    {
        var address = NewAddress();
        for (var i = 0; i < 30; i++)
        {
            await AddMailAsync(address);
        }

        await Task.WhenAll(
            Dispatcher(batchSize: 5).DispatchDueAsync(CancellationToken.None),
            Dispatcher(batchSize: 5).DispatchDueAsync(CancellationToken.None));

        var mails = await Maildir.WaitForAsync(address, count: 30);
        Assert.Equal(30, mails.Count);
        Assert.Equal(30, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Dispatch_UnrenderableMail_IsMarkedFailedAndOthersStillGo()
    {
        var address = NewAddress();
        var broken = await AddMailAsync(NewAddress(), template: "no-such-template");
        var good = await AddMailAsync(address);

        await Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal("failed", (await RowAsync(broken)).Status);
        Assert.Equal("sent", (await RowAsync(good)).Status);
    }

    private OutboxDispatcher Dispatcher(int? port = null, int maxAttempts = 8, int batchSize = 50)
    {
        var options = Options.Create(new MailOptions
        {
            Smtp = new SmtpOptions { Host = TestEnvironment.SmtpHost, Port = port ?? TestEnvironment.SmtpPort, Security = "None" },
            MaxAttempts = maxAttempts,
            BatchSize = batchSize,
        });
        return new OutboxDispatcher(new OutboxStore(_database.DataSource),
            new MailComposer(new MailTemplateRenderer(options), options), new SmtpMailSender(options), options,
            NullLogger<OutboxDispatcher>.Instance);
    }

    private async Task<Guid> AddMailAsync(string address, string template = "request-received")
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var model = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(MailTemplateRendererTests.Model("Truus"))!;
        var id = await new OutboxWriter().AddAsync(transaction,
            new OutboxMail(template, "nl", null, address, "Truus", model, null), CancellationToken.None);
        await transaction.CommitAsync();
        return id;
    }

    private async Task MakeDueAsync(Guid id)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("update outbox_mails set next_attempt_at = now() where id = @id", new { id });
    }

    private async Task<(string MessageId, string Status, int Attempts, string? LastError, double NextAttemptInSeconds)> RowAsync(Guid id)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string, int, string?, double)>("""
            select message_id, status, attempts, last_error, extract(epoch from next_attempt_at - now())::float8
            from outbox_mails where id = @id
            """, new { id });
    }

    private static string NewAddress() => $"{Guid.NewGuid():N}@example.org";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
