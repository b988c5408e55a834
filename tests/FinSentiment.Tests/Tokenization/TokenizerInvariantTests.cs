using System.Diagnostics;
using FinSentiment.Tokenization;
using static FinSentiment.Tests.Tokenization.TokenAssert;

namespace FinSentiment.Tests.Tokenization;

/// <summary>Properties that hold for every input, checked over seeded random texts and pathological inputs.</summary>
public sealed class TokenizerInvariantTests
{
    [Fact]
    public void Random_texts_give_ordered_non_overlapping_tokens_inside_the_text_deterministically()
    {
        var random = new Random(12345);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText.Next(random, random.Next(0, 60));
            var tokens = Tokenize(text);
            WellFormed(text, tokens);
            Assert.Equal(tokens, Tokenize(text));
        }
    }

    [Fact]
    public void Tokens_cover_every_character_except_white_space_and_invisible_formatting()
    {
        var random = new Random(777);
        for (var i = 0; i < 1000; i++)
        {
            var text = RandomText.Next(random, random.Next(0, 60));
            var covered = new bool[text.Length];
            foreach (var token in Tokenize(text))
            {
                for (var j = token.Start; j < token.End; j++)
                {
                    covered[j] = true;
                }
            }

            for (var j = 0; j < text.Length; j++)
            {
                var c = text[j];
                Assert.True(
                    covered[j] || char.IsWhiteSpace(c) || c is '\u200B' or '\u200E' or '\u202E' or '\u2066' or '\uFEFF',
                    $"char U+{(int)c:X4} at {j} of \"{text}\" is in no token");
            }
        }
    }

    public static TheoryData<string, string> Pathological() => new()
    {
        { "100,000 full stops", new string('.', 100_000) },
        { "100,000 commas", new string(',', 100_000) },
        { "100,000 hyphens", new string('-', 100_000) },
        { "100,000 apostrophes", new string('\'', 100_000) },
        { "100,000 dollar signs", new string('$', 100_000) },
        { "100,000 spaced full stops", string.Concat(Enumerable.Repeat(". ", 50_000)) },
        { "100,000 line breaks after a word", "word" + new string('\n', 100_000) + "Next" },
        { "1 MB word", new string('a', 1_000_000) },
        { "1 MB non-ASCII word", new string('é', 1_000_000) },
        { "1 MB word of short dotted parts", string.Concat(Enumerable.Repeat("abcdef.", 150_000)) },
        { "1 MB of underscored parts before an at sign", string.Concat(Enumerable.Repeat("a_", 500_000)) + "@" + new string('d', 100_000) },
        { "100,000 digits", new string('7', 100_000) },
        { "100,000 digits in thousands", "1" + string.Concat(Enumerable.Repeat(",000", 25_000)) },
        { "a number followed by a 1 MB word", "5" + new string('m', 1_000_000) },
        { "100,000 nested brackets", new string('(', 100_000) + "x" + new string(')', 100_000) },
        { "100,000 nested square brackets", new string('[', 100_000) + new string(']', 100_000) },
        { "100,000 emoji joined", string.Concat(Enumerable.Repeat("👍\u200D", 50_000)) },
        { "1 MB URL", "https://" + new string('a', 1_000_000) + "." },
        { "100,000 hash tags", string.Concat(Enumerable.Repeat("#a", 50_000)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_inputs_complete_in_linear_time(string name, string text)
    {
        var buffer = new Token[text.Length + 1];
        FinancialTokenizer.Instance.Tokenize(text, buffer, out _, out _); // warm up
        var stopwatch = Stopwatch.StartNew();
        FinancialTokenizer.Instance.Tokenize(text, buffer, out var written, out var consumed);
        stopwatch.Stop();

        Assert.Equal(text.Length, consumed);
        WellFormed(text, buffer.AsSpan(0, written));

        // Linear work takes milliseconds (tens of them in a Debug build on a busy machine); a quadratic rescan of
        // 100,000 to 1,000,000 characters takes minutes to hours. The bound is loose so that load cannot fail it.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Tokenizing_allocates_nothing()
    {
        const string text = "Apple Inc. said revenue rose 4% to $1.2bn. Shares of $AAPL (NASDAQ: AAPL) fell -4.2 percent 👍🏽 https://x.com Société.\n";
        var buffer = new Token[128];

        // Tiered compilation allocates while it swaps in optimised code, so measure rounds until it has settled; on a busy machine
        // the background compiler can take seconds to get there (30 rounds were seen to fail under load).
        var allocated = long.MaxValue;
        for (var round = 0; round < 150 && allocated != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                FinancialTokenizer.Instance.Tokenize(text, buffer, out _, out _);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated != 0)
            {
                Thread.Sleep(100);
            }
        }

        Assert.Equal(0, allocated);
    }
}
