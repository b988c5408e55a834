using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>Recognises legal suffixes after a company name: <c>Inc.</c>, <c>, Inc.</c>, <c>Corp</c>, <c>&amp; Co.</c>, <c>plc</c>, <c>N.V.</c>.</summary>
internal static class LegalSuffix
{
    /// <summary>
    /// Returns the index of the token after a legal suffix that starts at <paramref name="index"/>, or <paramref name="index"/>
    /// when there is none. The suffix must be capitalised as <see cref="IsSuffix"/> lists it.
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

    /// <summary>
    /// Whether the word is a legal suffix, capitalised as written: <c>Inc</c>, <c>Corp.</c>, <c>plc</c>, <c>N.V.</c>... The switch compares
    /// only the suffixes of the word's length (it runs after every name found, and a list of 33 comparisons cost more than the name lookup).
    /// </summary>
    public static bool IsSuffix(ReadOnlySpan<char> word) => word switch
    {
        "Inc" or "Inc." or "Incorporated" or "Corp" or "Corp." or "Corporation" or "Co" or "Co." or "Company" or "Cos" or "Companies" or
        "Ltd" or "Ltd." or "Limited" or "plc" or "PLC" or "LLC" or "LP" or "L.P." or "N.V." or "NV" or "AG" or "SA" or "S.A." or "SE" or
        "S.E." or "ASA" or "AB" or "A/S" or "Oyj" or "S.p.A." or "SpA" or "B.V." => true,
        _ => false,
    };
}
