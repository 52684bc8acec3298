using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Data.Auth;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// One of each kind of object a staff route names by id, all of one municipality: a request paid
/// in a booked batch, its payment, the caregiver's check-in and the referral an officer made from it,
/// and the municipality's multi-year plan.
/// </summary>
public sealed record ScopedData(string Municipality, string CaregiverEmail, IReadOnlyDictionary<OwnedKind, string> Ids)
{
    /// <summary>Moves the fixture's clock six weeks on: callers derive from ClockPinnedTests.</summary>
    public static async Task<ScopedData> CreateAsync(WebAppFixture app)
    {
        var (municipality, body) = await app.CheckInSentAsync();
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var ids = await connection.QuerySingleAsync<(Guid Request, Guid Batch, string EndToEnd, Guid CheckIn)>("""
            select p.request_id, p.batch_id, p.end_to_end_id, i.id
            from payments p join check_ins i on i.request_id = p.request_id
            join payout_batches b on b.id = p.batch_id
            where b.municipality_code = @municipality
            """, new { municipality });
        var answer = await app.As("officer").PostAsJsonAsync($"/api/check-ins/{ids.CheckIn}/answer",
            ContactHelpers.Answer(wellbeing: 2, contactWish: "mail"));
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        var referral = await connection.QuerySingleAsync<Guid>(
            "select id from referrals where check_in_id = @CheckIn", new { ids.CheckIn });
        // A plan, so that its routes have something to find in the own municipality.
        var plan = await app.As("policy").PutAsJsonAsync($"/api/budget/{municipality}/plan", new JsonObject { ["firstYear"] = 2026, ["lastYear"] = 2027 });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        var mail = await connection.QueryFirstAsync<Guid>(
            "select id from outbox_mails where municipality_code = @municipality", new { municipality });
        return new ScopedData(municipality, (string)body["caregivers"]![0]!["email"]!, new Dictionary<OwnedKind, string>
        {
            [OwnedKind.Request] = ids.Request.ToString(),
            [OwnedKind.PayoutBatch] = ids.Batch.ToString(),
            [OwnedKind.Payment] = ids.EndToEnd,
            [OwnedKind.CheckIn] = ids.CheckIn.ToString(),
            [OwnedKind.Referral] = referral.ToString(),
            [OwnedKind.Mail] = mail.ToString(),
        });
    }

    public static JsonObject Body(string municipality) => new() { ["municipality"] = municipality, ["year"] = 2026 };
}
