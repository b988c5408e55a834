using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Recognises companies that a text only quotes as a source ("Refinitiv projected…", "according to Moody's",
/// "a Bank of America survey showed"): the sentiment of what they say is not sentiment about them.
/// </summary>
internal static class SourceMentions
{
    // Words right after a company that make it the source of a forecast or a survey, not its subject. "Said" is not among
    // them: "Acme said profit rose" is usually a company reporting on itself.
    private static readonly string[] WordsAfter =
    [
        "projected", "projects", "predicted", "predicts", "forecast", "forecasts", "estimated", "noted", "notes", "wrote", "writes",
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "survey", "poll",
    ];

    private static readonly string[] WordsBefore = ["according", "notes", "noted", "writes", "wrote", "citing"];

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

    internal static bool IsSource(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var first = FirstTokenAtOrAfter(tokens, start);
        var after = FirstTokenAtOrAfter(tokens, end);
        for (var i = after; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            var word = tokens[i].GetText(text);
            if (tokens[i].Kind != TokenKind.Word || word.Equals("'s", StringComparison.Ordinal) || word.Equals("’s", StringComparison.Ordinal))
            {
                continue;
            }

            // The first word after the name decides: "Refinitiv projected", "Goldman analysts", "a Reuters poll".
            if (Contains(WordsAfter, word))
            {
                return true;
            }

            break;
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
