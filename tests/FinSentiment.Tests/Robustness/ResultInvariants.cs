using System.Globalization;
using System.Text;

namespace FinSentiment.Tests.Robustness;

/// <summary>What every analysis must satisfy, whatever the text: values in range and offsets inside the text.</summary>
internal static class ResultInvariants
{
    public static SentimentAnalyzer Analyzer { get; } = SentimentAnalyzer.CreateDefault();

    public static void Hold(string text, SentimentResult result)
    {
        InRange(result.Score, -1, 1, "score");
        Assert.False(string.IsNullOrEmpty(result.Label));
        foreach (var ticker in result.Tickers)
        {
            InRange(ticker.Relevance, 0.01, 1, "relevance");
            InRange(ticker.Score, -1, 1, "ticker score");
            Assert.NotEmpty(ticker.Mentions);
            foreach (var mention in ticker.Mentions)
            {
                Inside(text, mention.Start, mention.Length, "mention of " + ticker.Symbol);
            }
        }

        foreach (var evidence in result.Evidence)
        {
            Inside(text, evidence.Start, evidence.Length, "evidence");
            Assert.True(double.IsFinite(evidence.Contribution), "evidence contribution is not finite");
        }

        foreach (var sentence in result.Sentences)
        {
            Inside(text, sentence.Start, sentence.Length, "sentence");
            InRange(sentence.Score, -1, 1, "sentence score");
        }

        foreach (var target in result.Targets)
        {
            InRange(target.Score, -1, 1, "target score");
        }
    }

    /// <summary>A text form of everything a result says, for comparing two runs.</summary>
    public static string Fingerprint(SentimentResult result)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{result.Score:R}|{result.Label}|{result.Polarity}\n");
        foreach (var t in result.Tickers)
        {
            builder.Append(CultureInfo.InvariantCulture, $"T {t.Symbol} {t.Relevance:R} {t.Score:R} {t.Label}");
            foreach (var m in t.Mentions)
            {
                builder.Append(CultureInfo.InvariantCulture, $" {m.Start}+{m.Length}:{m.Kind}");
            }

            builder.Append('\n');
        }

        foreach (var e in result.Evidence)
        {
            builder.Append(CultureInfo.InvariantCulture, $"E {e.Start}+{e.Length} {e.Contribution:R} {e.Explanation}\n");
        }

        foreach (var s in result.Sentences)
        {
            builder.Append(CultureInfo.InvariantCulture, $"S {s.Start}+{s.Length} {s.Score:R} {s.Weight:R}\n");
        }

        foreach (var t in result.Targets)
        {
            builder.Append(CultureInfo.InvariantCulture, $"G {t.Target} {t.Found} {t.Score:R}\n");
        }

        return builder.ToString();
    }

    private static void InRange(double value, double min, double max, string what) =>
        Assert.True(value >= min && value <= max, $"{what} {value.ToString(CultureInfo.InvariantCulture)} is outside [{min}, {max}]");

    private static void Inside(string text, int start, int length, string what) =>
        Assert.True(start >= 0 && length >= 0 && start + length <= text.Length, $"{what} ({start}, {length}) is outside the text of length {text.Length}");
}
