namespace FinSentiment.Internal;

/// <summary>
/// Recognises the listed banks and brokers whose analysts publish research on other companies, by the names the press gives
/// them ("Morgan Stanley", "Evercore ISI", "JPMorgan", "Citi"). Such a house that speaks after another company is named
/// ("AbbVie shares climbed 5%, and Morgan Stanley said the guidance lift removes a key overhang on the stock") speaks of that
/// company, as an analyst does, and is only a source; a house named first, or one that reports results of its own, speaks of
/// its own business.
/// </summary>
internal static class ResearchHouses
{
    // Listed houses as news names them, the research arm's name included ("Evercore ISI", "BofA Securities"). Not their
    // consumer brands ("Chase", "Merrill Edge"), which are not publishers of research.
    private static readonly WordSet Names = new(
        "Morgan Stanley", "Goldman Sachs", "Goldman", "JPMorgan", "J.P. Morgan", "JP Morgan", "JPMorgan Chase", "Citi", "Citigroup",
        "Bank of America", "BofA", "BofA Securities", "BofA Global Research", "Wells Fargo", "UBS", "Barclays", "Deutsche Bank",
        "Jefferies", "Evercore", "Evercore ISI", "Raymond James", "Stifel", "Piper Sandler", "RBC", "RBC Capital Markets",
        "BMO", "BMO Capital Markets", "TD Cowen", "TD Securities", "Mizuho", "Nomura", "HSBC", "Truist", "Truist Securities",
        "KeyBanc", "KeyBanc Capital Markets", "Oppenheimer", "Lazard", "Houlihan Lokey", "Macquarie", "Scotiabank");

    // The words of a house's research arm after its name, as many as the house test after a name reads
    // (SourceMentions.MaxArmWords): "Evercore ISI", "RBC Capital Markets", "BofA Global Research".
    private static readonly WordSet ArmWords = new("ISI", "Securities", "Capital", "Markets", "Research", "Global", "Equity");

    /// <summary>Whether the word is one of a house's research arm after its name ("Securities" in "BofA Securities").</summary>
    public static bool IsArmWord(ReadOnlySpan<char> word) => ArmWords.Contains(word);

    /// <summary>
    /// The text after a house's name and the words of its research arm (<paramref name="after"/> as it is for any other name):
    /// "Evercore ISI said…" speaks as "Evercore said…" does.
    /// </summary>
    public static ReadOnlySpan<char> AfterArm(ReadOnlySpan<char> name, ReadOnlySpan<char> after)
    {
        if (!IsHouse(name))
        {
            return after;
        }

        for (var words = 0; words < SourceMentions.MaxArmWords; words++)
        {
            var trimmed = after.TrimStart();
            var end = trimmed.IndexOfAny(' ', ',', '.');
            var word = end < 0 ? trimmed : trimmed[..end];
            if (!ArmWords.Contains(word))
            {
                break;
            }

            after = trimmed[word.Length..];
        }

        return after;
    }

    /// <summary>
    /// Whether a house's person, named in the possessive after it, is what speaks: "Goldman's Jan Hatzius said a recession was
    /// likely", "…," said Morgan Stanley's Mike Wilson": an analyst or a strategist, whose view is not the house's business.
    /// </summary>
    public static bool PersonSpeaks(ReadOnlySpan<char> name, ReadOnlySpan<char> after)
    {
        if (!IsHouse(name) || !(after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("’s ", StringComparison.Ordinal)))
        {
            return false;
        }

        // Two or three capitalised words of a person's name, then a verb of saying or the sentence's end.
        after = after[3..];
        var names = 0;
        while (!after.IsEmpty)
        {
            var end = after.IndexOfAny(' ', ',', '.');
            var word = end < 0 ? after : after[..end];
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]))
            {
                return names >= 2 && (SourceMentions.AttributionVerbs.Contains(word) || word.IsEmpty);
            }

            if (++names > 3)
            {
                return false;
            }

            if (end < 0 || after[end] != ' ')
            {
                return names >= 2; // "…," said Morgan Stanley's Mike Wilson.
            }

            after = after[(end + 1)..];
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/>, as the text writes it, names a listed house that publishes research.</summary>
    public static bool IsHouse(ReadOnlySpan<char> name) => Names.Contains(name.Trim());

    /// <summary>The most words of a house's name (<see cref="EndsWithHouse"/>): "BofA Global Research", "Bank of America".</summary>
    private const int MaxNameWords = 3;

    /// <summary>
    /// Whether <paramref name="before"/> ends with a house's name (<see cref="IsHouse"/>), as the text before a verb does when the
    /// house is its subject: "Mizuho" before "raises Intel", "RBC Capital Markets" before "cuts Nike".
    /// </summary>
    public static bool EndsWithHouse(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        var from = before.Length;
        for (var words = 0; words < MaxNameWords && from > 0; words++)
        {
            from = before[..from].TrimEnd().LastIndexOf(' ') + 1;
            if (IsHouse(before[from..]))
            {
                return true;
            }

            from--;
        }

        return false;
    }
}
