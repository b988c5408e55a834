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

    /// <summary>
    /// Whether a name between <paramref name="before"/> and <paramref name="after"/> is the brand that another company sells or
    /// bottles: "the John Deere dealer", "a Coca-Cola bottler", "its largest McDonald's franchisee" (one named after an article
    /// or an owner's word), or "a network of Peterbilt dealers" (after "of"). That company is what the text is about, not the
    /// brand's maker; "Ford dealers say inventories are piling up" is Ford's news and is left as it is.
    /// </summary>
    public static bool NamesResellerOf(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || !char.IsWhiteSpace(after[0]))
        {
            return false;
        }

        var noun = PhraseText.FirstWord(after.TrimStart()).TrimEnd(".,;:");
        if (!ResellerNouns.Contains(noun))
        {
            return false;
        }

        var previous = PhraseText.LastWord(before.TrimEnd());
        return noun is [.., 's'] ? previous.Equals("of", StringComparison.OrdinalIgnoreCase) : SpecificWords.Contains(previous);
    }

    /// <summary>
    /// Whether a name between <paramref name="before"/> and <paramref name="after"/> is named only as another company's customer
    /// or tenant (<see cref="NamesResellerOf"/> otherwise): "whose tenants include Walgreens", "customers such as Home Depot",
    /// "clients ranging from Microsoft to…", "customers include big builders such as Lennar" (a noun of customers within
    /// a few words before "include", "including", "such as", "like" or "ranging from"). The text is about the company they
    /// buy from or rent from.
    /// </summary>
    public static bool NamesCustomerOrResellerOf(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (NamesResellerOf(before, after))
        {
            return true;
        }

        var rest = before.TrimEnd();
        var connector = PhraseText.LastWord(rest);
        var suchAs = connector.Equals("as", StringComparison.OrdinalIgnoreCase);
        if (suchAs || connector.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            // "such as", "ranging from": the word before is read as part of the connector.
            rest = rest[..^connector.Length].TrimEnd();
            if (!PhraseText.LastWord(rest).Equals(suchAs ? "such" : "ranging", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        else if (!CustomerListWords.Contains(connector))
        {
            return false;
        }

        rest = rest[..^PhraseText.LastWord(rest).Length].TrimEnd();
        for (var words = 0; words < MaxWordsToCustomerNoun && !rest.IsEmpty; words++)
        {
            var word = PhraseText.LastWord(rest);
            if (CustomerNouns.Contains(word.TrimEnd(",")))
            {
                return true;
            }

            rest = rest[..^word.Length].TrimEnd();
        }

        return false;
    }

    /// <summary>The most words from a list's connector back to the noun of customers (<see cref="NamesCustomerOrResellerOf"/>).</summary>
    private const int MaxWordsToCustomerNoun = 4;

    // Words that open a list of customers: "customers include", "clients including", "tenants like".
    private static readonly WordSet CustomerListWords = new("include", "includes", "included", "including", "like");

    // Nouns of those who buy from or rent from a company.
    private static readonly WordSet CustomerNouns = new(
        "customers", "customer", "clients", "client", "tenants", "tenant", "lessees", "buyers");

    // Nouns of a company that sells or bottles another's brand: "a Coca-Cola bottler", "Peterbilt dealers".
    private static readonly WordSet ResellerNouns = new(
        "dealer", "dealers", "dealership", "dealerships", "distributor", "distributors", "franchisee", "franchisees", "bottler",
        "bottlers", "reseller", "resellers", "licensee", "licensees");

    // Words before a brand that make the reseller after it one company: "the", "a", "its largest".
    private static readonly WordSet SpecificWords = new("the", "a", "an", "its", "their", "largest", "biggest", "independent", "local");

    // Nouns of a company by what it makes or owns, before "of" and the brands: "the maker of Sharpie markers".
    private static readonly WordSet MakerNouns = new(
        "maker", "makers", "owner", "owners", "producer", "manufacturer", "seller", "operator", "parent", "brewer", "distiller");
}
