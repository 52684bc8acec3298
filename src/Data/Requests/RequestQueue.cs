using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Requests;

public sealed record QueueItem(
    Guid Id, string Reference, string Status, string Channel, Instant SubmittedAt, string RecipientName, int Caregivers,
    long UnitAmountCents);

public sealed record QueuePage(int Page, int PageSize, int Total, IReadOnlyList<QueueItem> Items);

/// <summary>The officers' work list: a scheme's requests, oldest first, a page at a time.</summary>
public sealed class RequestQueue(NpgsqlDataSource dataSource)
{
    public async Task<QueuePage> ReadAsync(string municipality, int year, RequestStatus? status, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var filter = new { municipality, year, status = status?.Code(), offset = (page - 1) * pageSize, pageSize };
        const string where = """
            from requests r join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality and s.year = @year and (@status::text is null or r.status = @status)
            """;
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*)::int {where}", filter, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<QueueItem>(new CommandDefinition($"""
            select r.id, r.reference, r.status, r.channel, r.submitted_at, r.recipient_name,
                (select count(*)::int from request_caregivers c where c.request_id = r.id) as caregivers, r.unit_amount_cents
            {where}
            order by r.submitted_at, r.reference
            offset @offset limit @pageSize
            """, filter, cancellationToken: cancellationToken));
        return new QueuePage(page, pageSize, total, items.ToList());
    }
}
