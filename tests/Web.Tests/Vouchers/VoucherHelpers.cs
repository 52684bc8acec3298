using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Vouchers;

public static class VoucherHelpers
{
    /// <summary>A new scheme that pays in voucher codes, with budget.</summary>
    public static async Task<string> CreateVoucherSchemeAsync(this WebAppFixture app)
    {
        var scheme = Bodies.Scheme();
        scheme["payoutMethod"] = "voucher";
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        return municipality;
    }
}
