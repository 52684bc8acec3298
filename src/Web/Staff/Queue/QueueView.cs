using NodaTime;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Staff.Queue;

/// <summary>
/// The work queue's filters as they stand in the URL (<c>/staff?municipality=GM0402&amp;year=2026&amp;status=received</c>),
/// so a view can be shared. A search is never here: a name or BSN is posted, not put in an address.
/// </summary>
public sealed record QueueQuery(
    string Municipality, int Year, RequestStatus? Status, Channel? Channel, bool DueSoon, bool PendingIban, QueueSort Sort, int Page)
{
    /// <summary>"Due soon": the decision deadline falls within this many days.</summary>
    public const int DueSoonDays = 14;

    public const int PageSize = 50;

    public QueueFilter ToFilter(LocalDate today, QueueSearch? search) => new(
        Status, DueSoon ? today.PlusDays(DueSoonDays + 1) : null, Sort, Channel, PendingIban, search);

    public const string SearchPath = "/staff/search";

    /// <summary>Where the search form posts: this view's filters in the address, what was searched in the body.</summary>
    public string SearchLink() => SearchPath + Link()[StaffPageRoutes.QueuePath.Length..];

    /// <summary>The address of this view with some filters changed (the first page unless a page is given).</summary>
    public string Link(RequestStatus? status = null, bool clearStatus = false, int page = 1)
    {
        var query = new List<string> { $"municipality={Municipality}", $"year={Year}" };
        var wanted = clearStatus ? null : status ?? Status;
        if (wanted is { } s) query.Add($"status={s.Code()}");
        if (Channel is { } c) query.Add($"channel={c.Code()}");
        if (DueSoon) query.Add("due=soon");
        if (PendingIban) query.Add("iban=pending");
        if (Sort != QueueSort.Submitted) query.Add($"sort={Sort.Code()}");
        if (page > 1) query.Add($"page={page}");
        return $"{StaffPageRoutes.QueuePath}?{string.Join("&", query)}";
    }
}

/// <summary>Everything the queue page shows.</summary>
public sealed record QueueView(
    QueueQuery Query, IReadOnlyCollection<string> Municipalities, SchemeRecord? Scheme, QueuePage? Requests,
    IReadOnlyDictionary<RequestStatus, int> Counts, string? Searched, LocalDate Today);
