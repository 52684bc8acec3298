using Dapper;
using Npgsql;
using Waardering.Data.Contact;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Reports;

/// <summary>One figure of the contactmoment panel: a measure (<c>sent</c>, <c>wellbeing</c>, <c>signal</c>, ...), its group and its count.</summary>
public sealed record CheckInCount(string Measure, string Group, long Count);

/// <summary>
/// The contactmoment panel's figures of a scheme year: check-ins sent, answered and showing heavy
/// overload; how many answered each wellbeing (1-5) and reported each signal; referrals made, per
/// status and per reason. Counts only: never a person, never an answer's free text.
/// </summary>
public sealed record CheckInPanelFigures(string Municipality, int Year, IReadOnlyList<CheckInCount> Counts)
{
    public long Of(string measure, string group = CheckInPanelReader.All) =>
        Counts.Single(c => c.Measure == measure && c.Group == group).Count;

    public IReadOnlyList<CheckInCount> In(string measure) => Counts.Where(c => c.Measure == measure).ToList();
}

/// <summary>The contactmoment panel's figures in one statement, every group present even at zero.</summary>
public sealed class CheckInPanelReader(NpgsqlDataSource dataSource)
{
    public const string All = "all";
    public const string Sent = "sent";
    public const string Answered = "answered";
    public const string HeavyOverload = "heavyOverload";
    public const string Wellbeing = "wellbeing";
    public const string Signals = "signal";
    public const string Referrals = "referral";
    public const string ReferralStatuses = "referralStatus";
    public const string ReferralReasons = "referralReason";

    public async Task<CheckInPanelFigures> ReadAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<CheckInCount>(new CommandDefinition(Sql, new
        {
            municipality, year,
            wellbeing = Enumerable.Range(CheckInQuestions.WorstWellbeing, CheckInQuestions.BestWellbeing - CheckInQuestions.WorstWellbeing + 1)
                .Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            signals = CheckInQuestions.Signals.ToArray(), statuses = Codes.All<ReferralStatus>().ToArray(),
            reasons = new[] { CheckInFollowUp.ContactWishReason, CheckInFollowUp.HeavyOverloadReason },
        }, cancellationToken: cancellationToken));
        return new CheckInPanelFigures(municipality, year, rows.ToList());
    }

    private const string Sql = """
        with ins as (
            select i.id, i.answered_at, i.wellbeing, i.signals, i.heavy_overload
            from check_ins i join schemes s on s.id = i.scheme_id
            where s.municipality_code = @municipality and s.year = @year
        ),
        made as (
            select f.status, f.reasons from referrals f join ins on ins.id = f.check_in_id
        ),
        counts as (
            select 'sent' as measure, 'all' as grp, count(*) as n from ins
            union all select 'answered', 'all', count(answered_at) from ins
            union all select 'heavyOverload', 'all', count(*) filter (where heavy_overload) from ins
            union all select 'wellbeing', wellbeing::text, count(*) from ins where wellbeing is not null group by wellbeing
            union all select 'signal', t.signal, count(*) from ins cross join unnest(ins.signals) as t(signal) group by t.signal
            union all select 'referral', 'all', count(*) from made
            union all select 'referralStatus', status, count(*) from made group by status
            union all select 'referralReason', t.reason, count(*) from made cross join unnest(made.reasons) as t(reason) group by t.reason
        ),
        wanted as (
            select 'sent' as measure, 'all' as grp, 0::bigint as position
            union all select 'answered', 'all', 0
            union all select 'heavyOverload', 'all', 0
            union all select 'referral', 'all', 0
            union all select 'wellbeing', g, i from unnest(@wellbeing::text[]) with ordinality as t(g, i)
            union all select 'signal', g, i from unnest(@signals::text[]) with ordinality as t(g, i)
            union all select 'referralStatus', g, i from unnest(@statuses::text[]) with ordinality as t(g, i)
            union all select 'referralReason', g, i from unnest(@reasons::text[]) with ordinality as t(g, i)
        )
        select w.measure, w.grp as "group", coalesce(c.n, 0)::bigint as count
        from wanted w left join counts c on c.measure = w.measure and c.grp = w.grp
        order by w.measure, w.position
        """;
}
