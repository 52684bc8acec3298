using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Schemes;

/// <summary>The codes are stored and checked by the database (db/migrations/0001 and 0006): renaming a value breaks them.</summary>
public sealed class SchemeCodesTests
{
    [Fact]
    public void SplitMode_HasTheStoredCodes() => Assert.Equal(["perRequest", "perCaregiver"], Codes.All<SplitMode>());

    [Fact]
    public void PayoutMode_HasTheStoredCodes() => Assert.Equal(["rolling", "afterClose"], Codes.All<PayoutMode>());

    [Fact]
    public void WhoMayApply_HasTheStoredCodes() => Assert.Equal(["recipient", "caregiver", "both"], Codes.All<WhoMayApply>());

    [Fact]
    public void PayoutMethod_HasTheStoredCodes() => Assert.Equal(["bankTransfer", "voucher"], Codes.All<PayoutMethod>());

    [Fact]
    public void Applicant_HasTheStoredCodes() => Assert.Equal(["recipient", "caregiver"], Codes.All<Applicant>());

    [Fact]
    public void Channel_HasTheStoredCodes() =>
        Assert.Equal(["web", "counter", "phone", "paper", "backoffice", "worker"], Codes.All<Channel>());
}
