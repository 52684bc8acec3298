using System.Net;
using System.Net.Http.Json;
using Dapper;
using Waardering.Domain.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// Heavy overload at its bounds through the check-in (defaults: wellbeing at most 2, or at least 3
/// signals): stored on the answer, and without a wish for contact answered with the support on offer.
/// </summary>
public sealed class HeavyOverloadRuleTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(5, 3, true)]
    [InlineData(2, 0, true)]
    [InlineData(3, 0, false)]
    public async Task CheckIn_ByWellbeingAndNumberOfSignals_IsHeavyOverloadOnlyFromTheBound(int wellbeing, int signals, bool heavy)
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var email = (string)body["caregivers"]![0]!["email"]!;
        var token = await app.CheckInTokenAsync(email);

        var answered = await app.Anonymous().PostAsJsonAsync("/api/check-ins",
            ContactHelpers.Answer(token, wellbeing, contactWish: "none", signals: [.. CheckInQuestions.Signals.Take(signals)]));

        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(heavy, await connection.QuerySingleAsync<bool>("""
            select i.heavy_overload from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """, new { municipality }));
        Assert.Equal(heavy ? 1 : 0, (await app.MailsAsync("support-offer", email)).Count);
    }
}
