using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Recognises companies that a text only quotes as a source ("Refinitiv projected…", "according to Moody's",
/// "a Bank of America survey showed"): the sentiment of what they say is not sentiment about them.
/// </summary>
internal static class SourceMentions
{
    private static readonly string[] VerbsAfter =
    [
        "said", "says", "say", "noted", "notes", "wrote", "writes", "estimated", "estimates", "projected", "projects",
        "forecast", "forecasts", "predicted", "predicts", "showed", "shows", "reported", "data", "survey", "poll", "index",
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "report", "research", "told",
    ];

    private static readonly string[] WordsBefore = ["according", "said", "says", "notes", "noted", "writes", "wrote", "told", "cited", "citing", "by"];

    /// <summary>Whether every mention of an entity is in a source position.</summary>
    public static bool OnlyQuotedAsSource(string text, ReadOnlySpan<Token> tokens, List<(int Start, int Length)> spans)
    {
        if (spans.Count == 0)
        {
            return false;
        }

        foreach (var (start, length) in spans)
        {
            if (!IsSource(text, tokens, start, start + length))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSource(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var first = FirstTokenAtOrAfter(tokens, start);
        var after = FirstTokenAtOrAfter(tokens, end);
        for (int i = after, words = 0; i < tokens.Length && words < 3; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.SentenceEnd)
            {
                break;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.GetText(text);
            if (Contains(VerbsAfter, word))
            {
                return true;
            }

            if (!word.Equals("'s", StringComparison.Ordinal) && !word.Equals("’s", StringComparison.Ordinal))
            {
                words++;
            }
        }

        for (int i = first - 1, words = 0; i >= 0 && words < 2; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.SentenceEnd)
            {
                break;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.GetText(text);
            if (Contains(WordsBefore, word))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    private static int FirstTokenAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
