using System.Diagnostics;
using System.Globalization;
using Dapper;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using Npgsql;
using NodaTime;
using Waardering.Data.Database;
using Waardering.Data.Mail;
using Waardering.Data.Migrations;
using Waardering.Data.Outbox;
using Waardering.Domain;
using Waardering.Worker;

// Usage: Waardering.Mail.Bench CONNECTION_STRING SMTP_PORT TEMPLATES_PATH [MAILS] [ROUNDS]
// Prints a Markdown table: the Worker's outbox dispatch (render, send, record each mail) against
// a bare MailKit loop sending as many messages of the same size over one connection.
var connectionString = args[0];
var smtpPort = int.Parse(args[1], CultureInfo.InvariantCulture);
var templates = args[2];
var mails = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10_000;
var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3;

DapperSetup.EnsureConfigured();
await using var dataSource = DataServiceCollectionExtensions.CreateDataSource(connectionString);
await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
using var worker = WorkerHost.Build(
[
    $"--ConnectionStrings:Waardering={connectionString}", "--Mail:Smtp:Host=127.0.0.1", $"--Mail:Smtp:Port={smtpPort}",
    "--Mail:Smtp:Security=None", "--Mail:Smtp:RequireTls=false", "--Links:PublicBaseUrl=http://127.0.0.1",
    $"--Mail:TemplatesPath={templates}", "--Logging:LogLevel:Default=Warning",
]);
var dispatcher = worker.Services.GetRequiredService<IOutboxDispatcher>();

var outboxRuns = new List<double>();
var bareRuns = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    await FillAsync(dataSource, mails, round);
    var outbox = Stopwatch.StartNew();
    while (await PendingAsync(dataSource) > 0)
    {
        await dispatcher.DispatchDueAsync(CancellationToken.None);
    }

    outbox.Stop();
    outboxRuns.Add(mails / outbox.Elapsed.TotalSeconds);

    var bare = Stopwatch.StartNew();
    await BareLoopAsync(smtpPort, mails, round);
    bare.Stop();
    bareRuns.Add(mails / bare.Elapsed.TotalSeconds);
    Console.Error.WriteLine($"round {round}: outbox {outboxRuns[^1]:F0} mails/s, bare MailKit {bareRuns[^1]:F0} mails/s");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Runs(List<double> values) => string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));

Console.WriteLine("| measure | runs, mails/s | median, mails/s |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| outbox dispatch: claim, render (Scriban, nl, HTML and text), send, mark sent; {mails:N0} mails | {Runs(outboxRuns)} | {Median(outboxRuns):F0} |");
Console.WriteLine($"| bare MailKit loop over one connection, same receiver, same size (baseline) | {Runs(bareRuns)} | {Median(bareRuns):F0} |");
Console.WriteLine($"| ratio outbox / baseline | | {(Median(outboxRuns) / Median(bareRuns)).ToString("F2", CultureInfo.InvariantCulture)} |");

static async Task FillAsync(NpgsqlDataSource dataSource, int count, int round)
{
    var writer = new OutboxWriter();
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    for (var i = 0; i < count; i++)
    {
        await writer.AddAsync(transaction, new OutboxMail("request-received", "nl", null, $"bench-{round}-{i}@example.org", "Truus de Vries",
            RequestReceivedMail.For("nl", "Truus de Vries", $"GM0402-2026-{i:D6}", "Hilversum", 2026, new LocalDate(2026, 11, 2),
                [("Truus de Vries", new Money(15_000))], waitingForCoSignature: false),
            null), CancellationToken.None);
    }

    await transaction.CommitAsync();
}

static async Task<long> PendingAsync(NpgsqlDataSource dataSource)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    return await connection.ExecuteScalarAsync<long>("select count(*) from outbox_mails where status = 'pending'");
}

// The same shape as the dispatcher's mails: multipart/alternative, a text and an HTML part of about the same size.
static async Task BareLoopAsync(int port, int count, int round)
{
    using var client = new SmtpClient();
    await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
    var text = string.Concat(Enumerable.Repeat("Beste Truus de Vries, we hebben de aanvraag ontvangen. ", 20));
    for (var i = 0; i < count; i++)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Mantelzorgwaardering", "noreply@waardering.local"));
        message.To.Add(new MailboxAddress("Truus de Vries", $"bare-{round}-{i}@example.org"));
        message.Subject = $"We hebben uw aanvraag ontvangen (GM0402-2026-{i:D6})";
        message.MessageId = $"{Guid.NewGuid():N}@waardering.local";
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = $"<html><body><p>{text}</p></body></html>" }.ToMessageBody();
        await client.SendAsync(message);
    }

    await client.DisconnectAsync(true);
}
