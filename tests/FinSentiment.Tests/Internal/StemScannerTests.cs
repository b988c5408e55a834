using FinSentiment.Internal;

namespace FinSentiment.Tests.Internal;

public sealed class StemScannerTests
{
    // Sets whose stems overlap, end one another ("repaid" ends with "aid" and "paid"), hold a space or a hyphen, or are given in
    // upper case: the cases where one pass over the text could tell a set apart from what a search for its stems tells.
    private static readonly Stems[] Sets =
    [
        new("pay", "repaid", "paid"),
        new("aid", "id"),
        new("lead over", "edge"),
        new("sub-standard", "STANDARD"),
        new("ı", "k"), // a non-ASCII stem cannot be scanned; see Rejects_a_stem_that_is_not_ASCII
    ];

    private static readonly StemScanner Scanner = new(Sets.AsSpan(0, 4));

    [Theory]
    [InlineData("Acme repaid the loan. Globex paid in full.")]
    [InlineData("Acme took the LEAD OVER Globex; sub-standard parts. Standard fare")]
    [InlineData("pa. yment; rep. aid: stems cut by a sentence end are in no sentence")]
    [InlineData("Payıd K\u212Aid \u017Ftandard: non-ASCII letters equal no ASCII one ignoring case")]
    [InlineData("")]
    public void Finds_what_a_search_for_each_set_finds_in_the_text_and_in_each_sentence(string text)
    {
        AssertAsSearched(text, SentencesOf(text));
    }

    [Fact]
    public void Finds_what_a_search_for_each_set_finds_in_random_texts()
    {
        // Texts of the stems' own chars, where stems overlap and are cut at every place, in sentences of random lengths; texts
        // long enough are scanned as two halves side by side, which meet at every place too.
        const string alphabet = "payrePAYidlo vwsubtn-andSTD.ıKſ\u212Ag";
        var random = new Random(20261202);
        for (var round = 0; round < 5000; round++)
        {
            var chars = new char[random.Next(0, 150)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var sentences = new List<(int Start, int End)>();
            for (var start = random.Next(0, 4); start < text.Length; start += random.Next(1, 4))
            {
                var end = Math.Min(text.Length, start + random.Next(0, 20));
                sentences.Add((start, end));
                start = end;
            }

            AssertAsSearched(text, [.. sentences]);
        }
    }

    [Fact]
    public void Rejects_a_stem_that_is_not_ASCII()
    {
        Assert.Throws<ArgumentException>(() => new StemScanner(Sets[4]));
    }

    private static void AssertAsSearched(string text, (int Start, int End)[] sentences)
    {
        var sentenceBits = new ulong[sentences.Length];
        var bits = Scanner.Scan(text, sentences, sentenceBits);
        Assert.Equal(Expected(text), bits);
        for (var k = 0; k < sentences.Length; k++)
        {
            Assert.Equal(Expected(text.AsSpan(sentences[k].Start, sentences[k].End - sentences[k].Start)), sentenceBits[k]);
        }
    }

    private static ulong Expected(ReadOnlySpan<char> text)
    {
        var bits = 0UL;
        for (var i = 0; i < 4; i++)
        {
            bits |= Sets[i].AnyIn(text) ? 1UL << i : 0;
        }

        return bits;
    }

    private static (int Start, int End)[] SentencesOf(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.')
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        sentences.Add((start, text.Length));
        return [.. sentences];
    }
}
