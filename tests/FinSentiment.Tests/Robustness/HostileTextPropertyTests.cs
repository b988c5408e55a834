using System.Text;
using CsCheck;

namespace FinSentiment.Tests.Robustness;

/// <summary>
/// Property tests over generated hostile text: no exception, scores and relevance in range, every offset inside the
/// text, and the same input always gives the same output. A failure prints a shrunk input and its seed.
/// </summary>
public sealed class HostileTextPropertyTests
{
    private const int Iterations = 2000;

    /// <summary>Fragments that finance text, markup and the internet produce, mixed with hostile characters.</summary>
    private static readonly string[] Fragments =
    [
        "Apple", " beat estimates", ", while ", "Target", " cut its outlook", ". ", "Microsoft Corp.", " (NASDAQ: MSFT)", "$TSLA",
        "<JNJ.N>", " loss narrowed", " profit fell", " to $1.2bn from $3.4bn", " rose 4%", " did not ", " but ", " may ",
        "the company", "'s", "n't", "U.S.", " per cent", "\n", "\r\n", "\n\n", "\t", " ", "...", "!", "?", "(", ")", "[", "]",
        "<p>", "</p>", "<b>", "<script>alert(1)</script>", "&amp;", "&#x27;", "**", "# ", "* ", "[link](https://x.io/a?b=c)",
        "`code`", "> ", "|", "---", "\0", "\u0001", "\u001B[31m", "\u0085", "\u2028", "\u200B", "\u200D", "\u200E", "\u202E",
        "\u2066", "\uFEFF", "\u0301", "\u0301\u0301\u0301", "\uD800", "\uDFFF", "\uD83D\uDE00", "👍🏽", "🇺🇸", "中文", "Ж", "٣",
        "99999999999999999999999999", "-0.0", "1e308", "NaN", "∞", "€", "£", "¥", "₹",
    ];

    private static readonly Gen<string> AnyChars =
        Gen.Char.Array[0, 120].Select(static chars => new string(chars));

    private static readonly Gen<string> FragmentText =
        Gen.OneOfConst(Fragments).Array[0, 40].Select(static parts => string.Concat(parts));

    private static readonly Gen<string> MixedText =
        Gen.OneOf(Gen.OneOfConst(Fragments), Gen.Char.Select(static c => c.ToString())).Array[0, 60].Select(static parts => string.Concat(parts));

    private static readonly Gen<string> BinaryGarbage =
        Gen.Byte.Array[0, 400].Select(static bytes => Encoding.UTF8.GetString(bytes));

    private static readonly Gen<string> BinaryAsUtf16 =
        Gen.Byte.Array[0, 400].Select(static bytes => new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1))));

    [Fact]
    public void Arbitrary_utf16_including_lone_surrogates_and_controls() => Holds(AnyChars);

    [Fact]
    public void Finance_markup_and_control_fragments() => Holds(FragmentText);

    [Fact]
    public void Fragments_mixed_with_arbitrary_characters() => Holds(MixedText);

    [Fact]
    public void Binary_garbage_decoded_as_utf8() => Holds(BinaryGarbage);

    [Fact]
    public void Binary_garbage_read_as_utf16() => Holds(BinaryAsUtf16);

    [Fact]
    public void Articles_and_targets_over_fragments()
    {
        Gen.Select(FragmentText, MixedText).Sample(
            static (title, body) =>
            {
                var article = new NewsArticle(title, body);
                ResultInvariants.Hold(article.Text, ResultInvariants.Analyzer.Analyze(article));
                var targets = new SentimentTarget[] { new("Morrisons"), new("Apple"), new("\uD800 x") };
                var result = ResultInvariants.Analyzer.Analyze(body, targets);
                ResultInvariants.Hold(body, result);
                Assert.Equal(targets.Length, result.Targets.Count);
            },
            iter: Iterations / 2,
            threads: 1);
    }

    private static void Holds(Gen<string> gen) =>
        gen.Sample(
            static text =>
            {
                var result = ResultInvariants.Analyzer.Analyze(text);
                ResultInvariants.Hold(text, result);
                Assert.Equal(ResultInvariants.Fingerprint(result), ResultInvariants.Fingerprint(ResultInvariants.Analyzer.Analyze(text)));
            },
            iter: Iterations,
            threads: 1,
            print: static text => Escape(text));

    private static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append('"').ToString();
    }
}
