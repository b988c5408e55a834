using FinSentiment.Lexicon;
using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>Finds a caller's <see cref="SentimentTarget"/> in a text, token by token.</summary>
internal static class TargetMatcher
{
    private static readonly string[] LegalSuffixes =
        ["inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "plc", "llc", "ag", "sa", "s.a.", "nv", "n.v.", "se", "group", "holdings", "holding", "&"];

    /// <summary>The names to look for, most specific first: the name, its aliases, the name without legal suffixes, its first word.</summary>
    public static IEnumerable<string> Candidates(SentimentTarget target)
    {
        yield return target.Name;
        foreach (var alias in target.Aliases)
        {
            if (!string.IsNullOrWhiteSpace(alias))
            {
                yield return alias;
            }
        }

        var words = target.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Length;
        while (kept > 1 && Array.Exists(LegalSuffixes, s => s.Equals(words[kept - 1], StringComparison.OrdinalIgnoreCase)))
        {
            kept--;
        }

        if (kept < words.Length)
        {
            yield return string.Join(' ', words, 0, kept);
        }

        if (kept > 1 && words[0].Length >= 4 && char.IsUpper(words[0][0]))
        {
            yield return words[0];
        }
    }

    /// <summary>Adds the spans of every occurrence of <paramref name="name"/> to <paramref name="spans"/>.</summary>
    public static void FindAll(string text, ReadOnlySpan<Token> tokens, string name, ITokenizer tokenizer, List<(int Start, int Length)> spans)
    {
        Span<Token> buffer = stackalloc Token[32];
        var words = SentimentLexicon.SplitTerm(name, tokenizer, buffer);
        if (words.Count == 0)
        {
            return;
        }

        for (var i = 0; i + words.Count <= tokens.Length; i++)
        {
            var first = tokens[i].GetText(text);
            if (words.Count == 1 && tokens[i].Kind == TokenKind.Cashtag && first[1..].Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                spans.Add((tokens[i].Start, tokens[i].Length));
                continue;
            }

            var matched = true;
            for (var w = 0; w < words.Count; w++)
            {
                if (!tokens[i + w].GetText(text).Equals(words[w], StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                var end = tokens[i + words.Count - 1].End;
                spans.Add((tokens[i].Start, end - tokens[i].Start));
                i += words.Count - 1;
            }
        }
    }
}
