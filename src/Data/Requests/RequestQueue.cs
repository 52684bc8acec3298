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

/// <summary>
/// What the work list shows: a status, a channel, undecided requests due before a date, those with
/// an IBAN change waiting for a second officer, what was searched, and in which order.
/// </summary>
public sealed record QueueFilter(
    RequestStatus? Status = null, LocalDate? DueBefore = null, QueueSort Sort = QueueSort.Submitted, Channel? Channel = null,
    bool PendingIbanChange = false, QueueSearch? Search = null);

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
        var parameters = Parameters(municipality, year, filter, page, pageSize);
        var where = $"""
            {From}
            where {Matches} and (@status::text is null or r.status = @status)
            """;
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*)::int {where}", parameters, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<QueueItem>(new CommandDefinition($"""
            select r.id, r.reference, r.status, r.channel, r.submitted_at, r.recipient_name,
                (select count(*)::int from request_caregivers c where c.request_id = r.id) as caregivers, r.unit_amount_cents,
                {DecideBy} as decide_by
            {where}
            order by {OrderBy(filter.Sort)}
            offset @offset limit @pageSize
            """, parameters, cancellationToken: cancellationToken));
        return new QueuePage(page, pageSize, total, items.ToList());
    }

    /// <summary>How many requests of each status match the filter and search (whatever its status filter): the counts above the list.</summary>
    public async Task<IReadOnlyDictionary<RequestStatus, int>> CountByStatusAsync(string municipality, int year, QueueFilter filter,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Status, int Count)>(new CommandDefinition(
            $"select r.status, count(*)::int {From} where {Matches} group by r.status",
            Parameters(municipality, year, filter, 1, 1), cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Codes.Parse<RequestStatus>(r.Status), r => r.Count);
    }

    private const string From = "from requests r join schemes s on s.id = r.scheme_id";

    // Everything but the status: the counts per status use it too. A search matches a reference
    // exactly, a postcode exactly, a BSN through its keyed hash only (never compared in clear),
    // or a part of the recipient's or a caregiver's name.
    private const string Matches = $"""
        s.municipality_code = @municipality and s.year = @year
            and (@dueBefore::date is null or ({DecideBy}) < @dueBefore::date)
            and (@channel::text is null or r.channel = @channel)
            and (not @pendingIban or exists (select 1 from iban_changes i where i.request_id = r.id and i.status = 'pending'))
            and (@reference::text is null or upper(r.reference) = upper(@reference)
                or r.recipient_postcode = @postcode or (@bsnHash::bytea is not null and r.recipient_bsn_hash = @bsnHash)
                or r.recipient_name ilike @namePart or exists (select 1 from request_caregivers c
                    where c.request_id = r.id and c.name ilike @namePart))
        """;

    private static object Parameters(string municipality, int year, QueueFilter filter, int page, int pageSize) => new
    {
        municipality, year, status = filter.Status?.Code(), dueBefore = filter.DueBefore, channel = filter.Channel?.Code(),
        pendingIban = filter.PendingIbanChange, reference = filter.Search?.Text, postcode = filter.Search?.Postcode,
        bsnHash = filter.Search?.BsnHash, namePart = filter.Search is { } search ? $"%{EscapeLike(search.Text)}%" : null,
        undecided = RequestLife.Undecided.CodesOf(), offset = (page - 1) * pageSize, pageSize,
    };

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static string OrderBy(QueueSort sort) => sort switch
    {
        QueueSort.Deadline => "decide_by nulls last, r.submitted_at, r.reference",
        QueueSort.Reference => "r.reference",
        QueueSort.Name => "r.recipient_name nulls last, r.reference",
        QueueSort.Status => "r.status, r.submitted_at, r.reference",
        _ => "r.submitted_at, r.reference",
    };
}
