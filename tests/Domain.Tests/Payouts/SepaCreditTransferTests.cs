using System.Text;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using Waardering.Domain.Payouts;
using Waardering.Testing.Payouts;

namespace Waardering.Domain.Tests.Payouts;

public sealed class SepaCreditTransferTests
{
    private static readonly XNamespace Ns = SepaCreditTransfer.Namespace;

    [Fact]
    public async Task Write_ValidatesAgainstTheIsoSchemaWithExactControlSums()
    {
        var transactions = new[]
        {
            Transaction("GM0402-2026-000001-1", 5000, "Anna de Vries", "NL91ABNA0417164300"),
            Transaction("GM0402-2026-000001-2", 5000, "Jürgen Müller & Zoon", "DE89370400440532013000"),
            Transaction("GM0402-2026-000002-1", 3334, "Élise <O'Brien>", "BE68539007547034"),
        };

        var document = await WriteAsync(Batch(3, 13334), transactions);

        Assert.Empty(Pain001Schema.Validate(new MemoryStream(document)));
        var xml = XDocument.Load(new MemoryStream(document));
        Assert.Equal("133.34", xml.Descendants(Ns + "GrpHdr").Single().Element(Ns + "CtrlSum")!.Value);
        Assert.Equal("3", xml.Descendants(Ns + "PmtInf").Single().Element(Ns + "NbOfTxs")!.Value);
        Assert.Equal(["50.00", "50.00", "33.34"], xml.Descendants(Ns + "InstdAmt").Select(a => a.Value));
        Assert.Equal("Jurgen Muller Zoon", xml.Descendants(Ns + "Cdtr").ElementAt(1).Element(Ns + "Nm")!.Value);
        Assert.Equal("Elise O'Brien", xml.Descendants(Ns + "Cdtr").ElementAt(2).Element(Ns + "Nm")!.Value);
        Assert.Equal("NL91ABNA0417164300", xml.Descendants(Ns + "DbtrAcct").Single().Descendants(Ns + "IBAN").Single().Value);
    }

    [Fact]
    public async Task Write_IsByteForByteWhatTheIndentingXmlWriterWritesOfIt()
    {
        var document = await WriteAsync(Batch(3, 13334), [
            Transaction("GM0402-2026-000001-1", 5000, "Anna de Vries", "NL91ABNA0417164300"),
            Transaction("GM0402-2026-000001-2&<3>", 5000, "Jürgen Müller & Zoon", "DE89370400440532013000"),
            Transaction("GM0402-2026-000002-1", 3334, "Élise <O'Brien> Иван", "BE68539007547034"),
        ]);

        using var rewritten = new MemoryStream();
        using (var xml = XmlWriter.Create(rewritten, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            XDocument.Load(new MemoryStream(document)).Save(xml);
        }

        Assert.Equal(Encoding.UTF8.GetString(rewritten.ToArray()), Encoding.UTF8.GetString(document));
    }

    [Fact]
    public async Task Write_WhenTheTransactionsDoNotMatchTheBatch_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WriteAsync(Batch(2, 10000), [Transaction("E2E-1", 5000, "Anna", "NL91ABNA0417164300")]));
    }

    [Theory]
    [InlineData("Zoë Çelik-Öztürk", 70, "Zoe Celik-Ozturk")]
    [InlineData("Ann & Bob <b>", 70, "Ann Bob b")]
    [InlineData("Mantelzorgwaardering 2026 GM0402-2026-000123", 20, "Mantelzorgwaardering")]
    public void Clean_KeepsTheSepaCharacterSet(string input, int max, string expected) =>
        Assert.Equal(expected, SepaText.Clean(input, max));

    private static SepaBatch Batch(int count, long total)
    {
        Iban.TryParse("NL91ABNA0417164300", out var iban);
        return new SepaBatch("WAARDERING-TEST-1", Instant.FromUtc(2026, 12, 1, 9, 0), new LocalDate(2026, 12, 3),
            new SepaDebtor("Gemeente Hilversum", iban, "ABNANL2A"), count, total);
    }

    private static SepaTransaction Transaction(string endToEnd, long cents, string name, string iban)
    {
        Iban.TryParse(iban, out var parsed);
        return new SepaTransaction(endToEnd, cents, name, parsed, $"Mantelzorgwaardering 2026 {endToEnd}");
    }

    private static async Task<byte[]> WriteAsync(SepaBatch batch, IEnumerable<SepaTransaction> transactions)
    {
        using var output = new MemoryStream();
        await SepaCreditTransfer.WriteAsync(output, batch, transactions.ToAsyncEnumerable(), CancellationToken.None);
        return output.ToArray();
    }
}
