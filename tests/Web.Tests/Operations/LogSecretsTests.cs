using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;
using Waardering.Testing;
using Waardering.Web.Requests;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Worker;

namespace Waardering.Web.Tests.Operations;

/// <summary>
/// Web and the Worker's mail sending, logging at Debug everywhere: a request with a BSN, an IBAN
/// and e-mail addresses is written, its token links are opened, staff read it with their bearer
/// token, a DigiD sign-in returns with a code, the mails go out; none of these values is in any
/// log event.
/// </summary>
public sealed class LogSecretsTests(LoggedWebFixture app) : IClassFixture<LoggedWebFixture>
{
    [Fact]
    public async Task NoBsnIbanAddressOrToken_IsInAnyLogEvent()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality);
        var bsn = (string)body["recipient"]!["bsn"]!;
        var iban = TestIbans.New();
        body["caregivers"]![0]!["iban"] = iban;
        body["caregivers"]![0]!["consentToContact"] = false;
        string[] addresses = [(string)body["recipient"]!["email"]!, (string)body["caregivers"]![0]!["email"]!];
        var submitted = await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync();
        var id = (string)submitted["id"]!;
        var statusToken = (string)submitted["statusToken"]!;
        // A body that does not parse, with the BSN in it, as a mistyped one would.
        await app.Anonymous().PostAsync("/api/requests", new StringContent("{\"recipient\": {\"bsn\": " + bsn + "x}}", null, "application/json"));

        var links = await TokenLinksAsync(addresses);
        var tokens = links.Select(l => Uri.UnescapeDataString(l.Split("token=")[1].Split('&')[0])).ToList();
        foreach (var link in links)
        {
            await app.Anonymous().GetAsync(ContactHelpers.PathOf(link));
        }

        using var citizen = app.Anonymous();
        citizen.DefaultRequestHeaders.Add(StatusTokens.Header, statusToken);
        await citizen.GetAsync($"/api/requests/{id}");
        var bearer = WebAppFixture.Token("officer", municipalities: [municipality]);
        using var officer = app.Anonymous();
        officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        await officer.GetAsync($"/api/requests/{id}");
        await officer.GetAsync($"/api/requests/{id}?bsn={bsn}");
        var admin = WebAppFixture.Token("admin");
        await app.Anonymous().GetAsync($"/hangfire?access_token={admin}");
        var digidCode = Guid.NewGuid().ToString("N");
        await app.Anonymous().GetAsync($"/citizen/signin-oidc?code={digidCode}&state=unknown");
        await SendMailsAsync(addresses);

        var events = app.Logs.Events;
        Assert.Contains(events, e => e.Contains("Sent mail", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
        string[] secrets =
        [
            bsn, $"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}", iban, string.Join(' ', iban.Chunk(4).Select(c => new string(c))),
            .. addresses, statusToken, .. tokens, bearer, admin, digidCode,
        ];
        Assert.NotEmpty(tokens);
        foreach (var secret in secrets)
        {
            var leaks = events.Where(e => e.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"{leaks.Count} log events carry a secret value, the first: {leaks.FirstOrDefault()}");
        }
    }

    /// <summary>Every link with a token in the mails to these addresses (status, consent, …), read before the Worker blanks them.</summary>
    private async Task<IReadOnlyList<string>> TokenLinksAsync(IEnumerable<string> addresses)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var models = await connection.QueryAsync<string>(
            "select model::text from outbox_mails where to_address = any(@addresses)", new { addresses = addresses.ToArray() });
        return models.SelectMany(m => JsonNode.Parse(m)!.AsObject())
            .Select(p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>().Where(s => s.Contains("token=", StringComparison.Ordinal)).ToList();
    }

    /// <summary>A Worker logging at Debug into the same capture, Hangfire's log included, until these addresses' mails are sent.</summary>
    private async Task SendMailsAsync(string[] addresses)
    {
        string[] debug = [.. LoggedWebFixture.DebugEverywhere.Select(c => $"--Logging:LogLevel:{c}=Debug")];
        using var worker = WorkerHost.Build(WorkerArgs.For(app.Database.ConnectionString, TestEnvironment.SmtpPort, debug), services =>
        {
            services.AddSingleton<ILoggerProvider>(app.Logs);
            services.AddSingleton<Hangfire.Logging.ILogProvider>(app.Logs);
        });
        await worker.StartAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            await using var connection = await app.Database.DataSource.OpenConnectionAsync();
            var (all, sent) = await connection.QuerySingleAsync<(int, int)>(
                "select count(*)::int, count(*) filter (where status = @sent)::int from outbox_mails where to_address = any(@addresses)",
                new { addresses, sent = OutboxStatus.Sent.Code() });
            if (all > 0 && sent == all)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{sent} of {all} mails sent within 90 s");
            await Task.Delay(200);
        }

        await worker.StopAsync();
    }
}
