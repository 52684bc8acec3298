using Waardering.Data.Contact;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Staff.Referrals;

/// <summary>The referrals list as it stands in the URL (<c>/staff/referrals?municipality=GM0402&amp;status=open</c>): no personal data.</summary>
public sealed record ReferralsQuery(string Municipality, ReferralStatus? Status)
{
    public const string Path = "/staff/referrals";

    /// <summary>
    /// The list asked for: the staff member's first municipality when none is named, any status
    /// when none is readable; null for a municipality they do not work for (the page is then not found).
    /// </summary>
    public static ReferralsQuery? Read(HttpContext context, string? municipality, string? status)
    {
        return ChosenMunicipality.Of(context, municipality) is { } code
            ? new ReferralsQuery(code, Codes.TryParse<ReferralStatus>(status, out var s) ? s : null)
            : null;
    }

    public string Link(ReferralStatus? status = null, bool clearStatus = false, ReferralStatus? done = null)
    {
        var query = new List<string> { $"municipality={Uri.EscapeDataString(Municipality)}" };
        if ((clearStatus ? null : status ?? Status) is { } s) query.Add($"status={s.Code()}");
        if (done is { } d) query.Add($"done={d.Code()}");
        return $"{Path}?{string.Join("&", query)}";
    }
}

/// <summary>Everything the referrals page shows.</summary>
public sealed record ReferralsView(
    ReferralsQuery Query, IReadOnlyCollection<string> Municipalities, IReadOnlyList<Referral> Referrals, ReferralStatus? Done,
    IReadOnlyDictionary<string, string[]>? Errors);
