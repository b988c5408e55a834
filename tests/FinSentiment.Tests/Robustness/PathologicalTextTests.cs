using System.Diagnostics;
using System.Text;

namespace FinSentiment.Tests.Robustness;

/// <summary>Huge degenerate inputs, run once each: the analyzer finishes quickly and the invariants hold.</summary>
[Collection(TimedTests.Name)]
public sealed class PathologicalTextTests
{
    public static TheoryData<string> Names() => [.. Inputs.Keys];

    private static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["100,000 full stops"] = () => new string('.', 100_000),
        ["100,000 exclamation marks"] = () => new string('!', 100_000),
        ["100,000 spaced question marks"] = () => string.Concat(Enumerable.Repeat("? ", 50_000)),
        ["100,000 commas"] = () => new string(',', 100_000),
        ["100,000 dollar signs"] = () => new string('$', 100_000),
        ["100,000 percent signs after a number"] = () => "5" + new string('%', 100_000),
        ["1 MB word"] = () => new string('a', 1_000_000),
        ["1 MB capitalised word"] = () => "Apple" + new string('A', 1_000_000),
        ["100,000 digits"] = () => new string('9', 100_000),
        ["100,000 digits after a currency"] = () => "revenue rose to $" + new string('9', 100_000) + " from $1",
        ["100,000 digits with a decimal point"] = () => new string('1', 50_000) + "." + new string('2', 50_000) + "%",
        ["100,000 nested brackets"] = () => new string('(', 100_000) + "profit fell" + new string(')', 100_000),
        ["100,000 mixed nested brackets"] = () => string.Concat(Enumerable.Repeat("([{<", 25_000)) + string.Concat(Enumerable.Repeat(">}])", 25_000)),
        ["100,000 combining marks"] = () => "loss" + new string('\u0301', 100_000),
        ["100,000 zero-width joiners"] = () => string.Concat(Enumerable.Repeat("a\u200D", 50_000)),
        ["100,000 bidi overrides"] = () => string.Concat(Enumerable.Repeat("\u202E profit rose \u202C", 10_000)),
        ["100,000 lone high surrogates"] = () => new string('\uD800', 100_000),
        ["100,000 NULs"] = () => new string('\0', 100_000),
        ["100,000 line breaks"] = () => "Apple beat" + new string('\n', 100_000) + "Target missed",
        ["10,000 sentences naming companies"] = () => string.Concat(Enumerable.Repeat("Apple beat estimates, while Microsoft missed. ", 10_000)),
        ["20,000 cashtags in one sentence"] = () => string.Concat(Enumerable.Repeat("$AAPL $MSFT ", 10_000)) + "fell",
        ["5,000 sentiment words in one sentence"] = () => string.Concat(Enumerable.Repeat("strong weak ", 2_500)),
        ["20,000 negations"] = () => string.Concat(Enumerable.Repeat("not ", 20_000)) + "good",
        ["HTML page"] = () => string.Concat(Enumerable.Repeat("<div class=\"x\"><a href=\"https://x.com/?q=1&b=2\">Tesla</a> shares <b>rose</b> 4%</div>\n", 5_000)),
        ["Markdown table"] = () => "| Ticker | Change |\n|---|---|\n" + string.Concat(Enumerable.Repeat("| $NVDA | +4.2% |\n", 10_000)),
        ["random bytes as UTF-8"] = () => Encoding.UTF8.GetString(RandomBytes(1_000_000, 7)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Completes_quickly_with_the_invariants(string name)
    {
        var text = Inputs[name]();
        var stopwatch = Stopwatch.StartNew();
        var result = ResultInvariants.Analyzer.Analyze(text);
        stopwatch.Stop();

        ResultInvariants.Hold(text, result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"{name}: {stopwatch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Theory]
    [InlineData("1.")]
    [InlineData(",111")]
    public void A_long_run_of_separated_digits_ending_in_a_letter_tokenizes_quickly(string piece)
    {
        // Both were quadratic (40 KB took 14 s, 80 KB 3.4 s): found by the fuzzer, see fuzz/README.md.
        var text = "1" + string.Concat(Enumerable.Repeat(piece, 20_000)) + "1a";
        var stopwatch = Stopwatch.StartNew();
        var result = ResultInvariants.Analyzer.Analyze(text);
        stopwatch.Stop();

        ResultInvariants.Hold(text, result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalMilliseconds:0} ms");
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
