using System.Text.RegularExpressions;
using Waardering.Web.Texts;

namespace Waardering.Web.Tests.Texts;

/// <summary>
/// Every Dutch page text is plain Dutch (taalniveau B1), held to a readability measure of sentence
/// and word length. The limits follow the B1 writing guidance of the Rijksoverheid ("Direct
/// duidelijk": short sentences of about 10 to 15 words, everyday short words) and of Stichting
/// Makkelijk Lezen (one message per sentence, at most about 15 words; few long compound words):
/// no sentence over 15 words, sentences of at most 10 words on average, and at most one word in
/// twenty longer than 12 letters (the scheme's own name, mantelzorgwaardering, is one of them).
/// </summary>
public sealed partial class ReadabilityTests
{
    private const int MaxWordsPerSentence = 15;
    private const double MaxAverageWordsPerSentence = 10;
    private const int LongWordLetters = 12;
    private const double MaxShareOfLongWords = 0.05;

    private static readonly TextFiles Files = new(new TextOptions());

    [Fact]
    public void NoDutchSentence_IsLongerThan15Words()
    {
        var tooLong = DutchSentences().Where(s => Words(s.Sentence).Count > MaxWordsPerSentence)
            .Select(s => $"{s.Key}: {s.Sentence}").ToList();

        Assert.NotEmpty(DutchSentences());
        Assert.Empty(tooLong);
    }

    [Fact]
    public void DutchSentences_HaveAtMost10WordsOnAverage()
    {
        var average = DutchSentences().Average(s => Words(s.Sentence).Count);

        Assert.InRange(average, 1, MaxAverageWordsPerSentence);
    }

    [Fact]
    public void AtMostOneDutchWordInTwenty_IsLongerThan12Letters()
    {
        var words = Files.All("nl").SelectMany(t => Words(t.Value)).ToList();
        var share = (double)words.Count(w => w.Count(char.IsLetter) > LongWordLetters) / words.Count;

        Assert.InRange(share, 0, MaxShareOfLongWords);
    }

    [Fact]
    public void TheMeasure_CountsTheWordsOfEachSentence_AndFindsASentenceTooLong()
    {
        const string Before = "Uw aanvraag voldoet aan de regels, maar het geld voor de mantelzorgwaardering van dit jaar is nu op.";

        Assert.Equal(["Dit is nog geen besluit.", "Komt er geld, dan krijgt u bericht."],
            Sentences("Dit is nog geen besluit. Komt er geld, dan krijgt u bericht."));
        Assert.Equal(["Mantelzorger", "X", "van"], Words("Mantelzorger {0} van € 50,00"));
        Assert.True(Words(Before).Count > MaxWordsPerSentence);
    }

    /// <summary>Each sentence of every Dutch text: a text is split after ., ? and !; a label without them is one sentence.</summary>
    private static List<(string Key, string Sentence)> DutchSentences() =>
        Files.All("nl").SelectMany(t => Sentences(t.Value).Select(s => (t.Key, s))).ToList();

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text.Trim()).Where(s => Words(s).Count > 0).ToList();

    /// <summary>The words: runs of letters, digits, hyphens and apostrophes with a letter in them; a placeholder is a word.</summary>
    private static List<string> Words(string text) =>
        Word().Matches(Placeholder().Replace(text, "X")).Select(m => m.Value).Where(w => w.Any(char.IsLetter)).ToList();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{Nd}'-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
