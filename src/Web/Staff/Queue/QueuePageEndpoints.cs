using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Queue;

/// <summary>
/// The officers' work queue (<c>/staff</c>): a scheme year's requests by status, channel,
/// deadline and pending IBAN change, with the count of each status, paged and sortable; and a
/// search by reference, part of a name, postcode or BSN that is posted (<c>/staff/search</c>), so
/// what was searched never stands in an address, a log or a browser's history.
/// </summary>
public static class QueuePageEndpoints
{
    public static IEndpointRouteBuilder MapQueuePages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(StaffPageRoutes.QueuePath, ShowAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffForm(QueueQuery.SearchPath, SearchAsync, Policies.CaseWork).ScopedByMunicipality();
        return app;
    }

    public static Task<IResult> ShowAsync(
        string? municipality, int? year, string? status, string? channel, string? due, string? iban, string? sort, int? page,
        QueueReading reading, HttpContext context, CancellationToken cancellationToken) =>
        reading.RenderAsync(context, Read(context, municipality, year, status, channel, due, iban, sort, page, reading.Today), null, cancellationToken);

    /// <summary>The filters stay in the address (<see cref="QueueQuery.SearchLink"/>); only what was searched is in the posted form.</summary>
    public static Task<IResult> SearchAsync(
        string? municipality, int? year, string? status, string? channel, string? due, string? iban, string? sort,
        [Microsoft.AspNetCore.Mvc.FromForm] string? q, QueueReading reading, HttpContext context, CancellationToken cancellationToken) =>
        reading.RenderAsync(context, Read(context, municipality, year, status, channel, due, iban, sort, 1, reading.Today),
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(), cancellationToken);

    /// <summary>The view asked for; what is missing or unreadable falls back to the default rather than failing the page.</summary>
    private static QueueQuery Read(HttpContext context, string? municipality, int? year, string? status, string? channel, string? due,
        string? iban, string? sort, int? page, LocalDate today)
    {
        var mine = StaffMunicipalities.Of(context).Codes.Order(StringComparer.Ordinal).ToArray();
        return new QueueQuery(
            municipality ?? mine.FirstOrDefault() ?? "",
            year ?? today.Year,
            Codes.TryParse<RequestStatus>(status, out var s) ? s : null,
            Codes.TryParse<Channel>(channel, out var c) ? c : null,
            due == "soon",
            iban == "pending",
            Codes.TryParse<QueueSort>(sort, out var o) ? o : QueueSort.Submitted,
            page is > 0 and < 100_000 ? page.Value : 1);
    }
}

/// <summary>Reads a queue view and puts the read of personal data on the audit trail.</summary>
public sealed class QueueReading(RequestQueue queue, SchemeStore schemes, PersonalDataProtector protector, NpgsqlDataSource dataSource, IClock clock)
{
    public LocalDate Today => AmsterdamTime.DateOf(clock.GetCurrentInstant());

    public async Task<IResult> RenderAsync(HttpContext context, QueueQuery query, string? searched, CancellationToken cancellationToken)
    {
        var mine = StaffMunicipalities.Of(context);
        var scheme = mine.Covers(query.Municipality) ? await schemes.FindAsync(query.Municipality, query.Year, cancellationToken) : null;
        QueuePage? page = null;
        IReadOnlyDictionary<RequestStatus, int> counts = new Dictionary<RequestStatus, int>();
        if (scheme is not null)
        {
            var filter = query.ToFilter(Today, searched is null ? null : Search(searched));
            page = await queue.ReadAsync(query.Municipality, query.Year, filter, query.Page, QueueQuery.PageSize, cancellationToken);
            counts = await queue.CountByStatusAsync(query.Municipality, query.Year, filter, cancellationToken);
            // The list shows names: a staff read of personal data, on record (what was searched is not: it may be a BSN).
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await AuditLog.WriteAsync(connection, null, StaffActor.From(context), "queue-read", clock.GetCurrentInstant(),
                details: new { query.Municipality, query.Year, status = query.Status?.Code(), searched = searched is not null, page.Page, count = page.Items.Count },
                cancellationToken: cancellationToken);
        }

        return PageResults.Page<QueuePageView>(new { View = new QueueView(query, mine.Codes, scheme, page, counts, searched, Today) });
    }

    private QueueSearch Search(string text) => new(
        text,
        Postcode.TryParse(text, out var postcode) ? postcode.Value : null,
        Bsn.TryParse(text, out var bsn) ? protector.KeyedHash(bsn.Value, BsnPurpose.Lookup) : null);
}
