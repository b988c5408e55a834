using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using FinSentiment.Tokenization;

namespace FinSentiment.Fuzz;

/// <summary>What must hold for every input: checked by every fuzzing mode. A violation throws <see cref="InvariantException"/>.</summary>
internal static class Invariants
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();
    private static readonly SentimentTarget[] Targets = [new("Morrisons"), new("Apple"), new("\uD800")];

    /// <summary>Checks one input: its UTF-8 decoding and, when its length is even, its UTF-16 reading (lone surrogates).</summary>
    public static void Check(ReadOnlySpan<byte> data)
    {
        CheckText(Encoding.UTF8.GetString(data));
        if (data.Length % 2 == 0)
        {
            CheckText(new string(MemoryMarshal.Cast<byte, char>(data)));
        }
    }

    public static void CheckText(string text)
    {
        CheckTokenizer(text);

        var first = Analyzer.Analyze(text);
        CheckResult(text, first);
        var again = Analyzer.Analyze(text);
        Require(Fingerprint(first) == Fingerprint(again), "the same text gave two different results");

        var split = text.Length / 3;
        var article = new NewsArticle(text[..split], text[split..]);
        CheckResult(article.Text, Analyzer.Analyze(article));

        var targeted = Analyzer.Analyze(text, Targets);
        CheckResult(text, targeted);
        Require(targeted.Targets.Count == Targets.Length, "one target result per target");
    }

    private static void CheckTokenizer(string text)
    {
        var whole = new Token[text.Length + 1];
        var status = FinancialTokenizer.Instance.Tokenize(text, whole, out var count, out var consumed);
        Require(status == OperationStatus.Done && consumed == text.Length, $"one call with room for every token did not finish ({status}, {consumed}/{text.Length})");
        var previousEnd = 0;
        for (var i = 0; i < count; i++)
        {
            var token = whole[i];
            Require(token.Length >= 1 && token.Start >= previousEnd && token.End <= text.Length, $"token {i} ({token}) is empty, overlaps or leaves the text");
            Require(Enum.IsDefined(token.Kind), $"token {i} has an undefined kind {(int)token.Kind}");
            previousEnd = token.End;
        }

        // Continuing from charsConsumed with a tiny buffer gives the same tokens.
        var small = new Token[2];
        var offset = 0;
        var index = 0;
        while (true)
        {
            status = FinancialTokenizer.Instance.Tokenize(text.AsSpan(offset), small, out var written, out var used);
            Require(written > 0 || used > 0 || status == OperationStatus.Done, $"no progress at offset {offset}");
            for (var i = 0; i < written; i++, index++)
            {
                var token = small[i] with { Start = small[i].Start + offset };
                Require(index < count && token == whole[index], $"continuation token {index} ({token}) differs from the one-call token");
            }

            offset += used;
            if (status == OperationStatus.Done)
            {
                Require(offset == text.Length && index == count, "continuation ended early");
                return;
            }

            Require(status == OperationStatus.DestinationTooSmall, $"unexpected status {status}");
        }
    }

    private static void CheckResult(string text, SentimentResult result)
    {
        InRange(result.Score, -1, 1, "score");
        Require(!string.IsNullOrEmpty(result.Label), "empty label");
        foreach (var ticker in result.Tickers)
        {
            InRange(ticker.Relevance, 0.01, 1, "relevance");
            InRange(ticker.Score, -1, 1, "ticker score");
            Require(ticker.Mentions.Count > 0, $"{ticker.Symbol} has no mention");
            foreach (var mention in ticker.Mentions)
            {
                Inside(text, mention.Start, mention.Length, "mention");
            }
        }

        foreach (var evidence in result.Evidence)
        {
            Inside(text, evidence.Start, evidence.Length, "evidence");
            Require(double.IsFinite(evidence.Contribution) && double.IsFinite(evidence.BaseValence), "evidence value is not finite");
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

    private static string Fingerprint(SentimentResult result)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{result.Score:R}|{result.Label}|{result.Polarity}\n");
        foreach (var t in result.Tickers)
        {
            builder.Append(CultureInfo.InvariantCulture, $"T {t.Symbol} {t.Relevance:R} {t.Score:R} {t.Mentions.Count}\n");
        }

        foreach (var e in result.Evidence)
        {
            builder.Append(CultureInfo.InvariantCulture, $"E {e.Start} {e.Length} {e.Contribution:R} {e.Explanation}\n");
        }

        foreach (var s in result.Sentences)
        {
            builder.Append(CultureInfo.InvariantCulture, $"S {s.Start} {s.Length} {s.Score:R} {s.Weight:R}\n");
        }

        return builder.ToString();
    }

    private static void InRange(double value, double min, double max, string what) =>
        Require(value >= min && value <= max, $"{what} {value.ToString(CultureInfo.InvariantCulture)} is outside [{min}, {max}]");

    private static void Inside(string text, int start, int length, string what) =>
        Require(start >= 0 && length >= 0 && start + length <= text.Length, $"{what} ({start}, {length}) is outside the text ({text.Length})");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}

/// <summary>An invariant does not hold: a finding.</summary>
internal sealed class InvariantException(string message) : Exception(message);
