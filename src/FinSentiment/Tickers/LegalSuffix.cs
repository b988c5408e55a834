using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>Recognises legal suffixes after a company name: <c>Inc.</c>, <c>, Inc.</c>, <c>Corp</c>, <c>&amp; Co.</c>, <c>plc</c>, <c>N.V.</c>.</summary>
internal static class LegalSuffix
{
    private static readonly string[] Suffixes =
    [
        "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Cos", "Companies", "Ltd", "Ltd.",
        "Limited", "plc", "PLC", "LLC", "LP", "L.P.", "N.V.", "NV", "AG", "SA", "S.A.", "SE", "S.E.", "ASA", "AB", "A/S", "Oyj",
        "S.p.A.", "SpA", "B.V.",
    ];

    /// <summary>
    /// Returns the index of the token after a legal suffix that starts at <paramref name="index"/>, or <paramref name="index"/>
    /// when there is none. The suffix must be capitalised as written above.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        var i = index;
        if (i < tokens.Length && tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            var c = text[tokens[i].Start];
            if (c is not (',' or '&') || tokens[i].Length != 1)
            {
                return index;
            }

            i++;
        }

        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Word || !IsSuffix(tokens[i].GetText(text)))
        {
            return index;
        }

        var word = tokens[i].GetText(text);
        if (i > index && text[tokens[index].Start] == '&' && !word.StartsWith("Co", StringComparison.Ordinal))
        {
            return index;
        }

        i++;

        // The abbreviation's full stop, when it touches the word ("Inc.").
        if (i < tokens.Length && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 && text[tokens[i].Start] == '.' &&
            tokens[i].Start == tokens[i - 1].End)
        {
            i++;
        }

        return i;
    }

    public static bool IsSuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Equals(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
