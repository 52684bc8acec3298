using Waardering.Data.Payouts;
using Waardering.Data.Schemes;

namespace Waardering.Web.Staff.Payouts;

/// <summary>Where the payouts' pages live.</summary>
public static class PayoutPaths
{
    public const string List = "/staff/payouts";
    public const string Build = "/staff/payouts/build";
    public const string IbanChanges = "/staff/payouts/iban-changes";

    public static string Batch(Guid id, string? done = null) => $"/staff/payouts/{id}" + (done is null ? "" : $"?done={done}");

    public static string Approval(Guid id) => $"/staff/payouts/{id}/approval";

    public static string Pain001(Guid id) => $"/staff/payouts/{id}/pain001";

    public static string Booking(Guid id) => $"/staff/payouts/{id}/booking";

    public static string Returns(Guid id) => $"/staff/payouts/{id}/returns";

    /// <summary>The request's own page for an IBAN change, where a second officer confirms or withdraws it.</summary>
    public static string IbanChange(Guid requestId, int position) => $"/staff/requests/{requestId}/caregivers/{position}/iban";
}

/// <summary>A scheme year's payouts: its batches and what a new batch would hold; no scheme, nothing else.</summary>
public sealed record PayoutsView(SchemeChoice Choice, SchemeRecord? Scheme, IReadOnlyList<PayoutBatch> Batches, PayoutReadiness? Readiness);

/// <summary>The confirmation before a batch is built, or why it cannot be.</summary>
public sealed record BuildView(SchemeChoice Choice, SchemeRecord? Scheme, PayoutReadiness? Readiness, IReadOnlyDictionary<string, string[]> Errors);
