using Waardering.Data.Schemes;
using Waardering.Data.Vouchers;
using Waardering.Web.Staff.Payouts;

namespace Waardering.Web.Staff.Vouchers;

/// <summary>A refused import: how many lines were refused, and every message by the field the codes came from.</summary>
public sealed record VoucherRefusal(int RefusedLines, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>Everything the vouchers page shows; <c>Added</c> after an import that worked, <c>Refused</c> after one that did not.</summary>
public sealed record VouchersView(
    SchemeChoice Choice, SchemeRecord? Scheme, VoucherCount? Count, int? Added, VoucherRefusal? Refused, string? Codes);

public static class VoucherFields
{
    public const string File = "file";
    public const string Codes = "codes";
}
