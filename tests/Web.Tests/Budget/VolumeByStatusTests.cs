using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Staff;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// The amount's volume, the requests over time and the reach panel's channels and applicants are
/// read status by status, day by day and channel by channel over index ranges, one for each word
/// of the vocabulary. Requests in every status, channel and applicant, of several sizes and on
/// days before and in the window, must add up to what the rules of RequestLife say, summed here
/// from the rows themselves.
/// </summary>
public sealed class VolumeByStatusTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    /// <summary>A stored request; <c>Day</c> counts from the opening day (0).</summary>
    private sealed record Stored(string Status, int Units, bool Granted, int Day, string Channel, string SubmittedBy);

    [Fact]
    public async Task EveryStatusChannelAndApplicant_CountsAsTheRulesSay()
    {
        app.Clock.Reset(Instant.FromUtc(2026, 12, 31, 12, 0)); // the window's last day: no arrivals forecast
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var statuses = Enum.GetValues<RequestStatus>();
        var channels = Enum.GetValues<Channel>();
        var applicants = Enum.GetValues<Applicant>();
        await using (var connection = await app.Database.DataSource.OpenConnectionAsync())
        {
            for (var i = 0; i < 2 * statuses.Length; i++)
            {
                var id = Guid.Parse(await app.SubmitAsync(municipality));
                // Days from a week before the opening (2026-10-01) on, two statuses on some days.
                await connection.ExecuteAsync("""
                    update requests set status = @status, units = @units, channel = @channel, submitted_by = @applicant,
                        submitted_at = timestamptz '2026-09-24 10:00+02' + @days * interval '1 day',
                        granted_at = case when @granted then now() end
                    where id = @id
                    """, new
                    {
                        id, status = statuses[i % statuses.Length].Code(), units = 1 + (i % 4), channel = channels[i % channels.Length].Code(),
                        applicant = applicants[(i / 3) % applicants.Length].Code(), days = i * 4 / 3, granted = i % 4 == 0,
                    });
            }
        }

        var rows = await RowsAsync(municipality);
        var open = rows.Where(r => RequestLife.OpenUnits.CodesOf().Contains(r.Status)
            || (r.Status == RequestStatus.Approved.Code() && !r.Granted)).Sum(r => r.Units);
        var arrived = rows.Where(r => RequestLife.ArrivedUnits.CodesOf().Contains(r.Status)).ToList();

        var recompute = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();
        Assert.Equal(open, (int)recompute["openUnits"]!);

        var overTime = await (await app.As("policy").GetAsync($"/api/reports/{municipality}/2026/requests-over-time")).ReadJsonAsync();
        Assert.Equal(arrived.Sum(r => r.Units), (int)overTime["unitsSoFar"]!);
        var weeks = overTime["weeks"]!.AsArray().Where(w => (int)w!["thisYear"]! != 0)
            .ToDictionary(w => (int)w!["week"]!, w => (int)w!["thisYear"]!);
        // A day before the opening divides toward zero in C# as in PostgreSQL.
        var expectedWeeks = arrived.GroupBy(r => (r.Day / 7) + 1)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Units));
        Assert.Equal(expectedWeeks.OrderBy(w => w.Key), weeks.OrderBy(w => w.Key));
        Assert.Contains(weeks.Keys, week => week <= 0); // requests dated before the opening count in the weeks before it

        using var policy = app.As("policy", "Pim Beleid", [municipality]);
        var byChannel = Csv(await policy.GetStringAsync($"/staff/dashboard/reach/channels.csv?municipality={municipality}&year=2026"));
        foreach (var channel in Channels.Intake)
        {
            Assert.Equal(rows.Count(r => r.Channel == channel.Code()), byChannel[channel.Label()]);
        }

        var byApplicant = Csv(await policy.GetStringAsync($"/staff/dashboard/reach/applicants.csv?municipality={municipality}&year=2026"));
        foreach (var applicant in applicants)
        {
            Assert.Equal(rows.Count(r => r.SubmittedBy == applicant.Code()), byApplicant[applicant.Label()]);
        }
    }

    private async Task<List<Stored>> RowsAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<Stored>("""
            select r.status as Status, r.units as Units, r.granted_at is not null as Granted, r.submitted_on - s.opens_on as Day,
                r.channel as Channel, r.submitted_by as SubmittedBy
            from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality
            """, new { municipality })).ToList();
    }

    /// <summary>A chart's CSV as label → this year's figure (the first column after the label).</summary>
    private static Dictionary<string, int> Csv(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.TrimEnd('\r').Split(','))
            .ToDictionary(cells => cells[0], cells => int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture));
}
