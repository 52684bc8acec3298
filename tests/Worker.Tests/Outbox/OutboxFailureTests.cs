using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>Mails the SMTP server refuses or that cannot be sent at all: each one is recorded, none blocks the others.</summary>
public sealed class OutboxFailureTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private OutboxRows Rows => new(_database.DataSource);

    [Fact]
    public async Task Dispatch_WhenAddressIsInvalid_FailsThatMailAndSendsTheOthers()
    {
        var address = OutboxRows.NewAddress();
        var invalid = await Rows.AddAsync("not an address");
        var good = await Rows.AddAsync(address);

        await Rows.Dispatcher().DispatchDueAsync(CancellationToken.None);

        var row = await Rows.GetAsync(invalid);
        Assert.Equal("failed", row.Status);
        Assert.NotNull(row.LastError);
        Assert.Equal("sent", (await Rows.GetAsync(good)).Status);
        Assert.Single(await Maildir.WaitForAsync(address));
    }

    [Fact]
    public async Task Dispatch_WhenServerRefusesTheRecipient_FailsTheMailWithoutNamingTheAddress()
    {
        // Servers often repeat the address in their answer: "550 5.1.1 <jan@…>: Recipient address rejected".
        using var server = new FakeSmtpServer(line => line.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase)
            ? $"550 5.1.1 {line[8..]}: Recipient address rejected" : null);
        var localPart = Guid.NewGuid().ToString("N");
        var refused = await Rows.AddAsync($"{localPart}@example.org");
        var next = await Rows.AddAsync(OutboxRows.NewAddress());

        await Rows.Dispatcher(server.Port).DispatchDueAsync(CancellationToken.None);

        var row = await Rows.GetAsync(refused);
        Assert.Equal(("failed", 1), (row.Status, row.Attempts));
        Assert.Contains("550", row.LastError);
        Assert.DoesNotContain(localPart, row.LastError);
        Assert.Equal("failed", (await Rows.GetAsync(next)).Status);
    }

    [Fact]
    public async Task Dispatch_WhenServerDefersTheRecipient_TriesAgainLater()
    {
        using var server = new FakeSmtpServer(line => line.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase)
            ? "450 4.2.0 Greylisted, try again later" : null);
        var id = await Rows.AddAsync(OutboxRows.NewAddress());

        await Rows.Dispatcher(server.Port).DispatchDueAsync(CancellationToken.None);

        var row = await Rows.GetAsync(id);
        Assert.Equal(("pending", 1), (row.Status, row.Attempts));
        Assert.True(row.NextAttemptInSeconds > 5, $"next attempt in {row.NextAttemptInSeconds} s");
    }

    [Fact]
    public async Task Dispatch_WhenServerRefusesTheSender_KeepsEveryMailForALaterAttempt()
    {
        // A refused sender is the Worker's configuration (Mail:From, relay rights), not the mail's
        // fault: once that is fixed the mails must still go out, not all be marked failed.
        using var server = new FakeSmtpServer(line => line.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase)
            ? "550 5.7.1 Sender address not allowed" : null);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await Rows.AddAsync(OutboxRows.NewAddress()));
        }

        await Rows.Dispatcher(server.Port).DispatchDueAsync(CancellationToken.None);

        foreach (var id in ids)
        {
            var row = await Rows.GetAsync(id);
            Assert.Equal(("pending", 1), (row.Status, row.Attempts));
            Assert.Contains("550", row.LastError);
        }
    }

    /// <summary>The test receiver offers no TLS: with Mail:Smtp:RequireTls every way of connecting to it must fail, and the mail wait.</summary>
    [Theory]
    [InlineData("None")]
    [InlineData("StartTlsWhenAvailable")]
    [InlineData("StartTls")]
    public async Task Dispatch_WhenTlsIsRequiredAndTheServerHasNone_SendsNothingAndRetriesLater(string security)
    {
        var address = OutboxRows.NewAddress();
        var id = await Rows.AddAsync(address);

        await Rows.Dispatcher(security: security, requireTls: true).DispatchDueAsync(CancellationToken.None);

        var row = await Rows.GetAsync(id);
        Assert.Equal(("pending", 1), (row.Status, row.Attempts));
        Assert.Contains("RequireTls", row.LastError);
        Assert.Empty(Maildir.To(address));
    }

    [Fact]
    public async Task Dispatch_WhenTlsIsNotRequired_SendsOverThePlainConnection()
    {
        var address = OutboxRows.NewAddress();
        var id = await Rows.AddAsync(address);

        await Rows.Dispatcher(security: "StartTlsWhenAvailable", requireTls: false).DispatchDueAsync(CancellationToken.None);

        Assert.Equal("sent", (await Rows.GetAsync(id)).Status);
        Assert.Single(await Maildir.WaitForAsync(address));
    }
}
