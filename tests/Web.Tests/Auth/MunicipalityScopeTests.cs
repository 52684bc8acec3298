using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Data.Auth;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// Staff of one municipality and the data of another, which one deployment may also serve: every
/// kind of object looked up by id answers as if it did not exist and stays as it was, a person's
/// data is found only where one works, and a token without municipalities reaches nothing.
/// </summary>
public sealed class MunicipalityScopeTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    public static TheoryData<OwnedKind, string, string, string?> Lookups => new()
    {
        { OwnedKind.Request, "GET", "/api/requests/{0}", null },
        { OwnedKind.Request, "GET", "/api/requests/{0}/history", null },
        { OwnedKind.Request, "POST", "/api/requests/{0}/decision", """{"approve": false, "reasonCode": "duplicate"}""" },
        { OwnedKind.Request, "PUT", "/api/requests/{0}/caregivers/1/iban", """{"iban": "NL02ABNA0123456789"}""" },
        { OwnedKind.PayoutBatch, "GET", "/api/payout-batches/{0}", null },
        { OwnedKind.PayoutBatch, "GET", "/api/payout-batches/{0}/pain001", null },
        { OwnedKind.Payment, "POST", "/api/payments/{0}/return", """{"reason": "Rekening opgeheven"}""" },
        { OwnedKind.CheckIn, "POST", "/api/check-ins/{0}/answer", """{"wellbeing": 1, "signals": [], "contactWish": "none"}""" },
        { OwnedKind.Referral, "POST", "/api/referrals/{0}/status", """{"status": "closed"}""" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task LookupById_OfAnotherMunicipality_AnswersAsAMissingId_AndChangesNothing(
        OwnedKind kind, string method, string route, string? body)
    {
        var own = await ScopedData.CreateAsync(app);
        var role = kind == OwnedKind.Referral ? "support" : "officer";
        var stranger = app.As(role, "vreemd", [app.ForeignMunicipality()]);
        var missingId = kind == OwnedKind.Payment ? "GM0000-2026-000000-1" : Guid.NewGuid().ToString();
        var before = await StateAsync(own);

        var foreign = await SendAsync(stranger, method, string.Format(route, own.Ids[kind]), body);
        var missing = await SendAsync(stranger, method, string.Format(route, missingId), body);
        var after = await StateAsync(own);
        var mine = await SendAsync(app.As(role), method, string.Format(route, own.Ids[kind]), method == "GET" ? null : "{}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(missing.StatusCode, foreign.StatusCode);
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, foreign.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await WithoutTraceAsync(missing), await WithoutTraceAsync(foreign));
        Assert.NotEqual(HttpStatusCode.NotFound, mine.StatusCode); // the id is real: the 404 is the municipality's
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task PersonalData_OfAnotherMunicipality_IsNeitherExportedNorErased()
    {
        var own = await ScopedData.CreateAsync(app);
        var person = new JsonObject { ["email"] = own.CaregiverEmail };
        var foreign = app.ForeignMunicipality();

        var strangerExport = await (await app.As("officer", "vreemd", [foreign]).PostAsJsonAsync("/api/personal-data/export", person)).ReadJsonAsync();
        var strangerErasure = await app.As("admin", "vreemd", [foreign]).PostAsJsonAsync("/api/personal-data/erasure", person);
        var ownExport = await (await app.As("officer").PostAsJsonAsync("/api/personal-data/export", person)).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, strangerErasure.StatusCode);
        foreach (var part in new[] { "asRecipient", "asCaregiver", "register", "checkIns", "payments", "mails" })
        {
            Assert.Empty(strangerExport[part]!.AsArray());
        }

        Assert.Single(ownExport["asCaregiver"]!.AsArray());
        Assert.Single(ownExport["register"]!.AsArray());
        Assert.NotEmpty(ownExport["mails"]!.AsArray());
        var erased = await strangerErasure.ReadJsonAsync();
        Assert.Empty(erased["erasedRequests"]!.AsArray());
        Assert.Equal(0, (int)erased["erasedCaregiverEntries"]!);
        Assert.Equal(0, (int)erased["registerEntriesRemoved"]!);
        Assert.Equal(0, (int)erased["mailsRemoved"]!);
    }

    [Fact]
    public async Task CounterEntry_ForAnotherMunicipality_IsNoStaffEntry_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";

        var response = await app.As("officer", "vreemd", [app.ForeignMunicipality()]).PostAsJsonAsync("/api/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("channel", await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Admin_OfAnotherMunicipality_CannotSetUpItsScheme()
    {
        var municipality = await app.CreateSchemeAsync();
        var other = app.ForeignMunicipality();
        var stranger = app.As("admin", "vreemd", [other]);
        var changed = Bodies.Scheme();
        changed["baseAmountCents"] = 1;

        var existing = await stranger.PutAsJsonAsync($"/api/schemes/{municipality}/2026", changed);
        var created = await app.As("admin").PutAsJsonAsync($"/api/schemes/{other}/2026", changed);

        Assert.Equal(HttpStatusCode.NotFound, existing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, created.StatusCode);
        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();
        Assert.NotEqual(1, (long)scheme["baseAmountCents"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/schemes/{other}/2026")).StatusCode);
    }

    [Fact]
    public async Task Token_WithoutMunicipality_ReachesNoData_WithOneOrTwo_ReachesThose()
    {
        var first = await app.CreateSchemeAsync();
        var second = await app.CreateSchemeAsync();
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(first))).ReadJsonAsync())["id"]!;
        var none = app.As("officer", "niemand", []);
        // A provider may write the code in lower case; it is the same municipality.
        var both = app.As("officer", "regio", [first.ToLowerInvariant(), second]);

        Assert.Equal(HttpStatusCode.NotFound, (await none.GetAsync($"/api/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await none.GetAsync($"/api/requests?municipality={first}&year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await both.GetAsync($"/api/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.As("officer", "een", [first]).GetAsync($"/api/requests/{id}")).StatusCode);
        var queue = await (await both.GetAsync($"/api/requests?municipality={first}&year=2026")).ReadJsonAsync();
        Assert.Equal(id, (string)Assert.Single(queue["items"]!.AsArray())!["id"]!);
        Assert.Equal(HttpStatusCode.OK, (await both.GetAsync($"/api/requests?municipality={second}&year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await both.GetAsync($"/api/requests?municipality={app.ForeignMunicipality()}&year=2026")).StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? body) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (JsonNode.Parse(text.Length == 0 ? "null" : text) is not JsonObject json)
        {
            return text;
        }

        json.Remove("traceId");
        return json.ToJsonString();
    }

    /// <summary>What a stranger's call could have changed: statuses, the IBAN, the check-in's answer, and the trail.</summary>
    private async Task<string> StateAsync(ScopedData data)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync("""
            select r.status as request, c.iban, b.status as batch, p.status as payment, i.wellbeing, f.status as referral,
                (select count(*) from audit_events e where e.request_id = r.id or e.batch_id = b.id) as events
            from requests r join request_caregivers c on c.request_id = r.id
            join payments p on p.request_id = r.id join payout_batches b on b.id = p.batch_id
            join check_ins i on i.request_id = r.id join referrals f on f.check_in_id = i.id
            where r.id = @id
            """, new { id = Guid.Parse(data.Ids[OwnedKind.Request]) });
        return System.Text.Json.JsonSerializer.Serialize((IDictionary<string, object>)row);
    }
}
