namespace FinSentiment.Internal;

/// <summary>
/// Whether a company is named as the one a piece of news is good or bad for: "Potash prices rose, a boost for producers Nutrien
/// and Mosaic", "the bill stalls, a relief for Visa and Mastercard", "CFPB withdraws rule in win for Affirm", "a blow to Globex".
/// The sentence's own words may score the other way (the bill "stalls", the regulator "withdraws"); the writer's verdict names
/// whom it favours.
/// </summary>
internal static class BenefitText
{
    /// <summary>The stems of the words a verdict holds, which a text must hold for a company to be named by one.</summary>
    public static readonly Stems CueStems = new(
        "boost", "win", "relief", "windfall", "tailwind", "reprieve", "victory", "lifeline", "good news", "blow", "setback",
        "headwind", "bad news");

    // Nouns of a verdict in a company's favour, before "for": "a boost for", "in a win for", "good news for".
    private static readonly WordSet Boons = new(
        "boost", "win", "relief", "windfall", "tailwind", "reprieve", "victory", "lifeline");

    // Nouns of a verdict against a company, before "for" or "to": "a blow to", "a setback for", "bad news for".
    private static readonly WordSet Harms = new("blow", "setback", "headwind");

    /// <summary>The most lower-case words of a kind between "for" and the name ("for payments firms Affirm").</summary>
    private const int MaxKindWords = 2;

    /// <summary>Whether the name between <paramref name="before"/> and <paramref name="after"/> is the one the news favours.</summary>
    public static bool IsFavoured(ReadOnlySpan<char> before, ReadOnlySpan<char> after) => Verdict(before) > 0;

    /// <summary>Whether the name between <paramref name="before"/> and <paramref name="after"/> is the one the news harms.</summary>
    public static bool IsHarmed(ReadOnlySpan<char> before, ReadOnlySpan<char> after) => Verdict(before) < 0;

    /// <summary>+1 when the words before a name end in a verdict for it, -1 in one against it, else 0.</summary>
    private static int Verdict(ReadOnlySpan<char> before)
    {
        var words = AttributionText.WithoutListedNamesAtEnd(before.TrimEnd());
        for (var kind = 0; kind < MaxKindWords && IsKindWord(PhraseText.LastWord(words)); kind++)
        {
            words = PhraseText.WithoutLastWord(words); // "producers", "payments firms", "rival"
        }

        var preposition = PhraseText.LastWord(words);
        var forWord = preposition.Equals("for", StringComparison.OrdinalIgnoreCase);
        if (!forWord && !preposition.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        words = PhraseText.WithoutLastWord(words);
        var noun = PhraseText.LastWord(words);
        words = PhraseText.WithoutLastWord(words);
        var news = noun.Equals("news", StringComparison.OrdinalIgnoreCase) ? PhraseText.LastWord(words) : default;
        if (!news.IsEmpty)
        {
            words = PhraseText.WithoutLastWord(words);
        }

        var verdict = forWord && (Boons.Contains(noun) || news.Equals("good", StringComparison.OrdinalIgnoreCase)) ? 1
            : Harms.Contains(noun) || forWord && news.Equals("bad", StringComparison.OrdinalIgnoreCase) ? -1
            : 0;

        // "No relief for Ranbaxy", "not good news for Acme", "hardly a boost for Globex": the verdict denied.
        if (VerdictOpeners.Contains(PhraseText.LastWord(words)))
        {
            words = PhraseText.WithoutLastWord(words);
        }

        return Deniers.Contains(PhraseText.LastWord(words)) ? -verdict : verdict;
    }

    // Words between a denial and the noun of a verdict: "not a boost", "no big win".
    private static readonly WordSet VerdictOpeners = new("a", "an", "the", "big", "major", "much", "any");

    private static readonly WordSet Deniers = new("no", "not", "hardly", "little", "never", "nor", "scarcely");

    /// <summary>A lower-case word of letters that may name a company's kind ("producers", "chipmaker"), not a function word.</summary>
    private static bool IsKindWord(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsLower(word[0]) && !word.ContainsAnyExcept(Letters) && !NotKinds.Contains(word);

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    // Lower-case words before a name that are no kind of company: "a boost for shares of", "good news for investors in".
    private static readonly WordSet NotKinds = new("shares", "investors", "holders", "shareholders", "with", "from", "than", "over", "into");
}
