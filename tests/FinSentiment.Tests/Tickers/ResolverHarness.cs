using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Tickers;

/// <summary>Tokenizes a text and resolves its mentions.</summary>
internal static class ResolverHarness
{
    public static List<TickerMention> Resolve(string text, TickerResolver? resolver = null)
    {
        var tokens = new Token[text.Length + 8];
        FinancialTokenizer.Instance.Tokenize(text, tokens, out var count, out _);
        var mentions = new List<TickerMention>();
        (resolver ?? TickerResolver.Default).Resolve(text, tokens.AsSpan(0, count), mentions);
        return mentions;
    }

    public static SortedSet<string> Symbols(string text, TickerResolver? resolver = null) =>
        new(Resolve(text, resolver).Select(m => m.Symbol), StringComparer.Ordinal);

    public static string Describe(string text, IEnumerable<TickerMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Kind} '{text.Substring(m.Start, m.Length)}' -> {m.Symbol}"));
}
