using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Mail;
using Waardering.Worker.Outbox;
using Waardering.Worker.Tests.Mail;

namespace Waardering.Worker.Tests.Outbox;

public sealed record OutboxRow(string MessageId, string Status, int Attempts, string? LastError, double NextAttemptInSeconds);

/// <summary>Outbox rows written and read the way the tests need, and a dispatcher wired by hand.</summary>
public sealed class OutboxRows(NpgsqlDataSource dataSource)
{
    public static string NewAddress() => $"{Guid.NewGuid():N}@example.org";

    /// <summary>A loopback port nobody listens on: connecting to it is refused.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<Guid> AddAsync(string address, string template = "request-received")
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var model = MailSamples.RequestReceived("Truus");
        var id = await new OutboxWriter().AddAsync(transaction,
            new OutboxMail(template, "nl", null, address, "Truus", model, null), CancellationToken.None);
        await transaction.CommitAsync();
        return id;
    }

    public async Task MakeDueAsync(Guid id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("update outbox_mails set next_attempt_at = now() where id = @id", new { id });
    }

    public async Task<OutboxRow> GetAsync(Guid id)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(string, string, int, string?, double)>("""
            select message_id, status, attempts, last_error, extract(epoch from next_attempt_at - now())::float8
            from outbox_mails where id = @id
            """, new { id });
        return new OutboxRow(row.Item1, row.Item2, row.Item3, row.Item4, row.Item5);
    }

    /// <summary>A dispatcher for the test receiver, which has no TLS: plain SMTP unless a test asks otherwise.</summary>
    public OutboxDispatcher Dispatcher(int? port = null, int maxAttempts = 8, int batchSize = 50, string security = "None", bool requireTls = false)
    {
        var options = Options.Create(new MailOptions
        {
            Smtp = new SmtpOptions
            {
                Host = TestEnvironment.SmtpHost, Port = port ?? TestEnvironment.SmtpPort, Security = security, RequireTls = requireTls,
            },
            MaxAttempts = maxAttempts,
            BatchSize = batchSize,
        });
        return new OutboxDispatcher(new OutboxStore(dataSource),
            new MailComposer(new MailTemplateRenderer(options), options, SystemClock.Instance), new SmtpMailSender(options), options,
            NullLogger<OutboxDispatcher>.Instance);
    }
}
