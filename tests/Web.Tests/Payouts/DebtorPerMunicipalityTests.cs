using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>The Web host with a debtor of its own for one municipality (<c>Payouts:Debtors:GM…</c>) beside the default one.</summary>
public sealed class OwnDebtorFixture : WebAppFixture
{
    public const string Name = "Gemeente Eigen Rekening";
    public const string Iban = "NL20INGB0001234567";
    public const string Bic = "INGBNL2A";

    /// <summary>The municipality with its own debtor, reserved before the host reads its settings.</summary>
    public string Own { get; private set; } = "";

    protected override void Configure(IWebHostBuilder web)
    {
        Own = NewMunicipality();
        web.UseSetting($"Payouts:Debtors:{Own}:Name", Name);
        web.UseSetting($"Payouts:Debtors:{Own}:Iban", Iban);
        web.UseSetting($"Payouts:Debtors:{Own}:Bic", Bic);
    }
}

/// <summary>Each municipality pays from its own account: the SEPA file names the debtor set for it, else the default.</summary>
public sealed class DebtorPerMunicipalityTests(OwnDebtorFixture app) : IClassFixture<OwnDebtorFixture>
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    [Fact]
    public async Task Pain001_OfAMunicipalityWithItsOwnDebtor_NamesItsAccount_AndAnotherKeepsTheDefault()
    {
        using var admin = app.As("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"/api/schemes/{app.Own}/2026", Bodies.Scheme())).StatusCode);
        var other = await app.CreateSchemeAsync();

        var own = await DebtorAsync(app.Own);
        var fallback = await DebtorAsync(other);

        Assert.Equal((OwnDebtorFixture.Name, OwnDebtorFixture.Iban, OwnDebtorFixture.Bic), own);
        Assert.Equal(("Gemeente Testdorp", "NL91ABNA0417164300", "ABNANL2A"), fallback);
    }

    /// <summary>An approved award paid in a batch of its own; the debtor as the SEPA file names it.</summary>
    private async Task<(string Name, string Iban, string Bic)> DebtorAsync(string municipality)
    {
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var id = await app.SubmitAsync(municipality);
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: true)).StatusCode);
        using var anna = app.As("officer", "anna");
        using var bert = app.As("officer", "bert");
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await bert.PostAsync($"/api/payout-batches/{batchId}/approval", null)).StatusCode);
        var file = await anna.GetByteArrayAsync($"/api/payout-batches/{batchId}/pain001");
        Assert.Empty(Waardering.Testing.Payouts.Pain001Schema.Validate(new MemoryStream(file)));
        var info = XDocument.Load(new MemoryStream(file)).Descendants(Ns + "PmtInf").Single();
        return (info.Element(Ns + "Dbtr")!.Element(Ns + "Nm")!.Value,
            info.Element(Ns + "DbtrAcct")!.Descendants(Ns + "IBAN").Single().Value,
            info.Element(Ns + "DbtrAgt")!.Descendants(Ns + "BIC").Single().Value);
    }
}
