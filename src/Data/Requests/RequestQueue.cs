using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Requests;

/// <summary>
/// One request in the officers' work list. <see cref="DecideBy"/> is the last day to decide an
/// undecided request (<see cref="DecisionTerm"/>); none once it is decided.
/// </summary>
public sealed record QueueItem(
    Guid Id, string Reference, string Status, string Channel, Instant SubmittedAt, string RecipientName, int Caregivers,
    long UnitAmountCents, LocalDate? DecideBy);

public sealed record QueuePage(int Page, int PageSize, int Total, IReadOnlyList<QueueItem> Items);

/// <summary>What the work list shows: a status, undecided requests due before a date, and in which order.</summary>
public sealed record QueueFilter(RequestStatus? Status = null, LocalDate? DueBefore = null, bool ByDeadline = false);

/// <summary>The officers' work list: a scheme's requests, oldest first or nearest deadline first, a page at a time.</summary>
public sealed class RequestQueue(NpgsqlDataSource dataSource)
{
    // The term of DecisionTerm.DecideBy in SQL, so that the list can filter and sort on it: weeks
    // from the Europe/Amsterdam day of receipt, for undecided requests only.
    private const string DecideBy = """
        case when r.status = any(@undecided)
            then (r.submitted_at at time zone 'Europe/Amsterdam')::date + 7 * s.decision_weeks end
        """;

    public async Task<QueuePage> ReadAsync(string municipality, int year, QueueFilter filter, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new
        {
            municipality, year, status = filter.Status?.Code(), dueBefore = filter.DueBefore,
            undecided = RequestLife.Undecided.CodesOf(), offset = (page - 1) * pageSize, pageSize,
        };
        var where = $"""
            from requests r join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality and s.year = @year and (@status::text is null or r.status = @status)
                and (@dueBefore::date is null or ({DecideBy}) < @dueBefore::date)
            """;
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*)::int {where}", parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<QueueItem>(new CommandDefinition($"""
            select r.id, r.reference, r.status, r.channel, r.submitted_at, r.recipient_name,
                (select count(*)::int from request_caregivers c where c.request_id = r.id) as caregivers, r.unit_amount_cents,
                {DecideBy} as decide_by
            {where}
            order by {(filter.ByDeadline ? "decide_by nulls last, " : "")}r.submitted_at, r.reference
            offset @offset limit @pageSize
            """, parameters, cancellationToken: cancellationToken));
        return new QueuePage(page, pageSize, total, items.ToList());
    }
}
