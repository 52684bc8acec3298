using System.Xml.Linq;
using NodaTime;
using Waardering.Domain.Payouts;
using Waardering.Testing.Payouts;

namespace Waardering.Domain.Tests.Payouts;

/// <summary>Names from many scripts reach the bank in its Latin set: never empty, never cut to pieces.</summary>
public sealed class SepaNamesTests
{
    private static readonly XNamespace Ns = SepaCreditTransfer.Namespace;

    [Theory]
    [InlineData("Łukasz Groß", "Lukasz Gross")]
    [InlineData("Øystein Ærø", "Oystein Aero")]
    [InlineData("Œdipe Þórsson ÆRØ", "Oedipe Thorsson AERO")]
    [InlineData("Đorđe Ђорђе", "Dorde Dorde")]
    [InlineData("Иван Петров", "Ivan Petrov")]
    [InlineData("Щукин Жанна ЩУКИНА", "Shchukin Zhanna SHCHUKINA")]
    [InlineData("Юлія Ґонта", "Iuliia Gonta")]
    [InlineData("Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos")]
    [InlineData("Θεοδώρα Χατζή", "Theodora Chatzi")]
    [InlineData("Ευάγγελος Ευθυμίου ΠΑΠΑΔΟΠΟΥΛΟΣ", "Evangelos Efthymiou PAPADOPOULOS")]
    [InlineData("Zoë Çelik-Öztürk", "Zoe Celik-Ozturk")]
    public void Name_TransliteratesToTheLatinSet(string name, string expected) =>
        Assert.Equal(expected, SepaText.Name(name, 70));

    [Fact]
    public void Clean_OfAccentedLetters_IsWhatEveryStepOfCleaningGives()
    {
        // Every letter of the table and around it, alone, between letters and beside another accent.
        for (var c = '\u00A0'; c < '\u0370'; c++)
        {
            foreach (var text in new[] { $"{c}", $"Zo{c}l", $"{c}{c}ë-{c}.", $"Ç {c}Ü  x" })
            {
                Assert.Equal(SepaText.Transliterated(text), SepaText.Clean(text, 1000));
            }
        }
    }

    [Theory]
    [InlineData("王小明")]
    [InlineData("محمد")]
    [InlineData("&&&")]
    public void Name_WithNothingLatinLeft_IsNeverEmpty(string name) =>
        Assert.Equal(SepaText.NameWithoutLatinLetters, SepaText.Name(name, 70));

    [Fact]
    public async Task AFileWithNamesFromManyScripts_ValidatesAgainstTheIsoSchema()
    {
        string[] names = ["Łukasz Groß", "Иван Петров", "Γιώργος Παπαδόπουλος", "王小明", "محمد", "Zoë Çelik-Öztürk"];
        Iban.TryParse("NL91ABNA0417164300", out var iban);
        var transactions = names.Select((name, i) =>
            new SepaTransaction($"GM0402-2026-00000{i + 1}-1", 5000, name, iban, $"Mantelzorgwaardering 2026 {i + 1}")).ToArray();
        var batch = new SepaBatch("WAARDERING-TEST-2", Instant.FromUtc(2026, 12, 1, 9, 0), new LocalDate(2026, 12, 3),
            new SepaDebtor("Gemeente Hilversum", iban, "ABNANL2A"), names.Length, 5000L * names.Length);
        using var output = new MemoryStream();

        await SepaCreditTransfer.WriteAsync(output, batch, transactions.ToAsyncEnumerable(), CancellationToken.None);

        Assert.Empty(Pain001Schema.Validate(new MemoryStream(output.ToArray())));
        var written = XDocument.Load(new MemoryStream(output.ToArray())).Descendants(Ns + "Cdtr").Select(c => c.Element(Ns + "Nm")!.Value);
        Assert.Equal(["Lukasz Gross", "Ivan Petrov", "Giorgos Papadopoulos", "Mantelzorger", "Mantelzorger", "Zoe Celik-Ozturk"], written);
    }
}
