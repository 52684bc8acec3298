using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Mail;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>The SMTP server down for a minute: the mails wait in the outbox and go out once it is back.</summary>
public sealed class SmtpDownTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly int _port = FreePort();
    private IHost _worker = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // Short retries so the test waits for the outage, not for the backoff after it.
        _worker = WorkerHost.Build(
            WorkerArgs.For(_database.ConnectionString, _port, "--Mail:RetryBaseSeconds=1", "--Mail:RetryMaxSeconds=3", "--Mail:MaxAttempts=100"),
            NoHangfireLogs.Register);
        await _worker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _worker.StopAsync();
        _worker.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Mails_WhileSmtpIsDownForAMinute_AreDeliveredAfterwards()
    {
        var address = $"{Guid.NewGuid():N}@example.org";
        var model = MailSamples.RequestReceived("Truus");
        await using (var connection = await _database.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var i = 0; i < 20; i++)
            {
                await new OutboxWriter().AddAsync(transaction, new OutboxMail("request-received", "nl", null, address, "Truus", model, null),
                    CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        var jobs = new BackgroundJobClient(_worker.Services.GetRequiredService<JobStorage>());
        var outage = Stopwatch.StartNew();
        while (outage.Elapsed < TimeSpan.FromSeconds(60))
        {
            // Requests keep arriving during the outage, and each asks for a dispatch.
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            await Task.Delay(5000);
        }

        Assert.Empty(Maildir.To(address));
        using var receiver = StartReceiver();
        var arrived = Stopwatch.StartNew();
        IReadOnlyList<MimeKit.MimeMessage> mails = [];
        while (mails.Count < 20 && arrived.Elapsed < TimeSpan.FromSeconds(60))
        {
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            mails = await Maildir.WaitForAsync(address, count: 20, timeout: TimeSpan.FromSeconds(5));
        }

        receiver.Kill(entireProcessTree: true);
        Assert.Equal(20, mails.Select(m => m.MessageId).Distinct().Count());
    }

    /// <summary>A second receiver writing to the same Maildir, started only when the outage ends.</summary>
    private Process StartReceiver()
    {
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{_port}", "-c", "aiosmtpd.handlers.Mailbox", TestEnvironment.MaildirPath },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(info)!;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, _port);
                return process;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException("The second SMTP receiver did not start.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
