using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Brands named as what a company makes or owns: "Newell, the maker of Sharpie markers and Rubbermaid containers". Used by the
/// analyzer (a name it does not know) and the ticker resolver (a brand that is also a listed company's name).
/// </summary>
internal static class BrandText
{
    /// <summary>
    /// Whether the name at <paramref name="index"/> is listed after "maker of", "owner of" or the like, a few words before it:
    /// "The maker of Sharpie markers and Rubbermaid containers" names what the company makes, not other companies.
    /// </summary>
    public static bool ListedAfterMakerOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        for (var j = index - 1; j > 0 && j >= index - MaxListedProductWords; j--)
        {
            if (tokens[j].Kind == TokenKind.Word && tokens[j].GetText(text) is "of")
            {
                return tokens[j - 1].Kind == TokenKind.Word && MakerNouns.Contains(tokens[j - 1].GetText(text));
            }

            if (tokens[j].Kind != TokenKind.Word && tokens[j].GetText(text) is not ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most tokens from "of" to the last product named after "maker of" ("of Sharpie markers and Rubbermaid").</summary>
    private const int MaxListedProductWords = 8;

    // Nouns of a company by what it makes or owns, before "of" and the brands: "the maker of Sharpie markers".
    private static readonly WordSet MakerNouns = new(
        "maker", "makers", "owner", "owners", "producer", "manufacturer", "seller", "operator", "parent", "brewer", "distiller");
}
