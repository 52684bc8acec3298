using Waardering.Testing;

namespace Waardering.Worker.Tests.Outbox;

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
        var id = await Rows.AddAsync(address);

        await Rows.Dispatcher().DispatchDueAsync(CancellationToken.None);

        var mail = Assert.Single(await Maildir.WaitForAsync(address));
        var row = await Rows.GetAsync(id);
        Assert.Equal(row.MessageId, mail.MessageId);
        Assert.Equal("sent", row.Status);
        Assert.Contains("GM0402-2026-000123", mail.TextBody);
    }

    [Fact]
    public async Task Dispatch_WhenSmtpIsDown_KeepsTheMailForALaterAttempt()
    {
        var id = await Rows.AddAsync(NewAddress());

        await Rows.Dispatcher(OutboxRows.ClosedPort()).DispatchDueAsync(CancellationToken.None);

        var row = await Rows.GetAsync(id);
        Assert.Equal("pending", row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.LastError);
        Assert.True(row.NextAttemptInSeconds > 5, $"next attempt in {row.NextAttemptInSeconds} s");
    }

    [Fact]
    public async Task Dispatch_AfterTheLastAttempt_MarksTheMailFailed()
    {
        var id = await Rows.AddAsync(NewAddress());
        var dispatcher = Rows.Dispatcher(OutboxRows.ClosedPort(), maxAttempts: 2);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await Rows.MakeDueAsync(id);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var row = await Rows.GetAsync(id);
        Assert.Equal("failed", row.Status);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task Dispatch_AfterSmtpComesBack_SendsTheWaitingMail()
    {
        var address = NewAddress();
        var id = await Rows.AddAsync(address);
        await Rows.Dispatcher(OutboxRows.ClosedPort()).DispatchDueAsync(CancellationToken.None);
        await Rows.MakeDueAsync(id);

        await Rows.Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Single(await Maildir.WaitForAsync(address));
        Assert.Equal("sent", (await Rows.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Dispatch_TwoWorkersAtOnce_SendEachMailOnce()
    {
        var address = NewAddress();
        for (var i = 0; i < 30; i++)
        {
            await Rows.AddAsync(address);
        }

        await Task.WhenAll(
            Rows.Dispatcher(batchSize: 5).DispatchDueAsync(CancellationToken.None),
            Rows.Dispatcher(batchSize: 5).DispatchDueAsync(CancellationToken.None));

        var mails = await Maildir.WaitForAsync(address, count: 30);
        Assert.Equal(30, mails.Count);
        Assert.Equal(30, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Dispatch_UnrenderableMail_IsMarkedFailedAndOthersStillGo()
    {
        var address = NewAddress();
        var broken = await Rows.AddAsync(NewAddress(), "no-such-template");
        var good = await Rows.AddAsync(address);

        await Rows.Dispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal("failed", (await Rows.GetAsync(broken)).Status);
        Assert.Equal("sent", (await Rows.GetAsync(good)).Status);
    }

    private OutboxRows Rows => new(_database.DataSource);

    private static string NewAddress() => OutboxRows.NewAddress();
}
