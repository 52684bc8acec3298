using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Mail;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>Two Worker processes on one database: every mail goes out once, and the recurring jobs exist once.</summary>
public sealed class TwoWorkersTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly List<IHost> _workers = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        for (var i = 0; i < 2; i++)
        {
            var worker = WorkerHost.Build(WorkerArgs.For(_database.ConnectionString, TestEnvironment.SmtpPort, "--Mail:BatchSize=20"), NoHangfireLogs.Register);
            await worker.StartAsync();
            _workers.Add(worker);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync();
            worker.Dispose();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoWorkers_SendEveryMailOnceAndKeepOneScheduleOfEachRecurringJob()
    {
        var address = $"{Guid.NewGuid():N}@example.org";
        await using (var connection = await _database.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var model = MailSamples.RequestReceived("Truus");
            for (var i = 0; i < 200; i++)
            {
                await new OutboxWriter().AddAsync(transaction, new OutboxMail("request-received", "nl", null, address, "Truus", model, null),
                    CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        // As Web does after a request: ask for a dispatch, here several times, as a burst of requests would.
        var client = new BackgroundJobClient(_workers[0].Services.GetRequiredService<JobStorage>());
        for (var i = 0; i < 6; i++)
        {
            client.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }

        var mails = await Maildir.WaitForAsync(address, count: 200, timeout: TimeSpan.FromSeconds(60));
        await Task.Delay(500); // time for a mail sent twice to arrive too

        Assert.Equal(200, Maildir.To(address).Count);
        Assert.Equal(200, mails.Select(m => m.MessageId).Distinct().Count());
        await using var check = await _database.DataSource.OpenConnectionAsync();
        var recurring = await check.ExecuteScalarAsync<int>("select count(*) from hangfire.set where key = 'recurring-jobs'");
        Assert.Equal(5, recurring); // outbox-sweep, amount-recompute, co-sign-follow-up, check-in-cycle, retention
    }
}
