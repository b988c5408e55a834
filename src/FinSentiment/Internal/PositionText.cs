namespace FinSentiment.Internal;

/// <summary>
/// Whether a cashtag is named as a trader's position: long ("Long $ANET", "bought $LLY", "calls on $MSFT", "$NVDA calls") or
/// short ("short $CSCO", "sold my $NKE", "puts on $ZM", "$SMCI puts"). In a post the position is the poster's view of the
/// company, whatever else the post says.
/// </summary>
internal static class PositionText
{
    // Words right before a cashtag that take a long position in it: "long $ANET", "bought $LLY", "loading $AMD".
    private static readonly WordSet LongWords = new(
        "long", "bought", "buying", "added", "adding", "loading", "loaded", "accumulating", "accumulated", "bullish");

    // Words right before a cashtag that take a short position or leave a long one: "short $CSCO", "sold $PFE", "dumped $NIO",
    // "trimmed $PLNT".
    private static readonly WordSet ShortWords = new(
        "short", "shorted", "shorting", "shorts", "sold", "selling", "dumped", "dumping", "exited", "bearish", "trimmed", "trimming");

    // Words between a verb of selling and the cashtag: "sold my $NKE", "sold all my $PFE".
    private static readonly WordSet Possessions = new("my", "all", "our", "the", "some", "out");

    // Subjects of a trade that is not the poster's: "whoever bought", "anyone who sold", "if you shorted"; and a trade only imagined
    // ("imagine buying $SNAP at the IPO").
    private static readonly WordSet OthersTrade = new(
        "who", "whoever", "anyone", "everyone", "people", "you", "if", "they", "funds", "imagine", "imagining");

    // Words between a trader and the verb of the trade: "people are still buying", "they keep selling".
    private static readonly WordSet TradeAuxiliaries = new("are", "were", "is", "was", "still", "keep", "keeps", "kept", "all");

    /// <summary>Whether the words before a verb of trading name someone other than the poster, over up to two auxiliaries.</summary>
    private static bool IsOthersTrade(ReadOnlySpan<char> words) => EndsWithOver(words, OthersTrade, TradeAuxiliaries);

    /// <summary>
    /// Whether the last of <paramref name="words"/> is one of <paramref name="wanted"/>, read back over up to two of
    /// <paramref name="over"/> ("people are still buying": "people" over "are still").
    /// </summary>
    private static bool EndsWithOver(ReadOnlySpan<char> words, WordSet wanted, WordSet over)
    {
        for (var read = 0; read < 3 && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (wanted.Contains(word))
            {
                return true;
            }

            if (!over.Contains(word))
            {
                return false;
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    // Words that close a position before it: "closed my $AMZN short", "covered my $TSLA short".
    private static readonly WordSet ClosingWords = new("closed", "covered", "closing", "covering", "cut", "stopped");

    // Words between a verb and the option it acts on: "killing my $X calls", "burned all our $X puts".
    private static readonly WordSet OptionOwners = new("my", "our", "the", "all", "those", "these", "his", "her", "their");

    // Words between an option and what befalls it: "$X calls got crushed", "$X puts are toast", "$X calls just printed", and
    // words of degree ("calls got absolutely torched").
    private static readonly WordSet OptionAuxiliaries = new(
        "got", "get", "getting", "are", "were", "is", "just", "now", "all", "been", "have", "has",
        "absolutely", "completely", "totally", "literally", "really", "utterly", "so");

    private static readonly System.Buffers.SearchValues<char> WordEnds = System.Buffers.SearchValues.Create(" \t\r\n.,;:!?");

    /// <summary>The end of "calls" or "puts" right at the start of <paramref name="after"/> (the text after a cashtag), or -1.</summary>
    public static int OptionEnd(ReadOnlySpan<char> after)
    {
        // The word ends at a space, a line break or a stop: "…$GM puts\n" at the end of a line.
        var trimmed = after.TrimStart();
        var end = trimmed.IndexOfAny(WordEnds);
        var word = end < 0 ? trimmed : trimmed[..end];
        return word.Equals("calls", StringComparison.OrdinalIgnoreCase) || word.Equals("puts", StringComparison.OrdinalIgnoreCase)
            ? after.Length - trimmed.Length + word.Length : -1;
    }

    // Verbs that buy an option on the cashtag after them rather than tell its fate: "loading $GM puts", "bought $NVDA calls
    // for Friday" (the scorer reads them too).
    internal static readonly WordSet OptionBuyingWords = new(
        "load", "loading", "loaded", "buy", "buying", "bought", "grab", "grabbing", "grabbed", "adding", "added", "picked", "snagged");

    // Verbs that sell or close the options after them: "sold my $AMD calls", "dumped all our $X puts".
    private static readonly WordSet OptionSellingWords = new(
        "sold", "sell", "sells", "selling", "dumped", "dump", "dumping", "closed", "close", "closing", "exited", "unloaded", "trimmed", "cashed");

    /// <summary>Whether the words before a cashtag with an option after it end with a verb of selling it (over "my", "all our").</summary>
    private static bool SellsOption(ReadOnlySpan<char> words) => EndsWithOver(words, OptionSellingWords, OptionOwners);

    /// <summary>Whether the phrase takes a position ("bought", "loading", "short") rather than telling an option's fate.</summary>
    public static bool TakesPosition(ReadOnlySpan<char> phrase) => LongWords.Contains(phrase) || ShortWords.Contains(phrase) || OptionBuyingWords.Contains(phrase);

    /// <summary>Whether the text between a phrase and a cashtag with an option after it makes the option the phrase's object ("killing my ").</summary>
    public static bool OwnsOption(ReadOnlySpan<char> between) => AllWordsIn(between, OptionOwners);

    /// <summary>Whether the text between an option and a phrase after it makes the phrase what befell the option (" got ").</summary>
    public static bool BefallsOption(ReadOnlySpan<char> between) => AllWordsIn(between, OptionAuxiliaries);

    private static bool AllWordsIn(ReadOnlySpan<char> text, WordSet words)
    {
        text = text.Trim();
        while (!text.IsEmpty)
        {
            var space = text.IndexOf(' ');
            if (!words.Contains(space < 0 ? text : text[..space]))
            {
                return false;
            }

            text = space < 0 ? [] : text[(space + 1)..].TrimStart();
        }

        return true;
    }

    /// <summary>+1 for a long position in the name between <paramref name="before"/> and <paramref name="after"/>, -1 for a short one, 0 for none.</summary>
    public static int Position(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var words = before.TrimEnd();
        if (words.Length == before.Length && !before.IsEmpty)
        {
            return 0; // the name is glued to the word before it
        }

        // "short $BROS? nah.", "buy $SNAP here?": a trade asked about is no position taken.
        if (after.TrimStart() is ['?', ..])
        {
            return 0;
        }

        // "$NVDA calls printing", "loading $GM puts": options named after the cashtag decide, whatever verb bought them.
        var optionEnd = OptionEnd(after);
        if (optionEnd >= 0)
        {
            // "Sold my $AMD calls", "dumped all my $X puts": an option sold is a position closed, not one taken.
            return SellsOption(words) ? 0 : after[..optionEnd].TrimStart().Equals("calls", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        }

        var last = PhraseText.LastWord(words);
        var rest = PhraseText.WithoutLastWord(words);
        if (ClosingWords.Contains(PhraseText.LastWord(rest)) || ClosingWords.Contains(PhraseText.LastWord(PhraseText.WithoutLastWord(rest))))
        {
            return 0;
        }

        // "calls on $MSFT", "puts on $ZM".
        if (last.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            var option = PhraseText.LastWord(rest);
            return option.Equals("calls", StringComparison.OrdinalIgnoreCase) ? 1 : option.Equals("puts", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
        }

        if (LongWords.Contains(last) || ShortWords.Contains(last))
        {
            // "Whoever bought $WBA this year, sorry", "if you sold $AAPL", "people are still buying $RIVN": someone else's trade,
            // not the poster's position.
            return IsOthersTrade(rest) ? 0 : (LongWords.Contains(last) ? 1 : -1) * NegationSign(rest);
        }

        // "Won't sell $LLY" is long, "never buy $TSLA" short (the forms of LongWords and ShortWords were read above).
        if (NegatedVerbs.Contains(last) && NegationSign(rest) < 0)
        {
            return last.StartsWith("buy", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        }

        // "sold my $NKE", "sold all my $PFE", "not selling my $LLY".
        for (var i = 0; i < 2 && Possessions.Contains(last); i++)
        {
            last = PhraseText.LastWord(rest);
            rest = PhraseText.WithoutLastWord(rest);
            if (ShortWords.Contains(last) && !last.Equals("short", StringComparison.OrdinalIgnoreCase) ||
                NegatedVerbs.Contains(last) && !last.StartsWith("buy", StringComparison.OrdinalIgnoreCase))
            {
                return -NegationSign(rest);
            }
        }

        return 0;
    }

    // A poster's refusal of a trade: "not selling", "NOT buying", "never sold", "won't sell", "I'm not gonna sell".
    private static readonly WordSet Negators = new(
        "not", "never", "no", "won't", "wont", "don't", "dont", "didn't", "didnt", "ain't", "aint", "wouldn't", "isn't", "won\u2019t", "don\u2019t", "didn\u2019t");

    // Words between a refusal and its verb: "not gonna sell", "never going to sell", "won't ever sell".
    private static readonly WordSet RefusalLinks = new("gonna", "going", "to", "ever", "even", "be", "planning", "about");

    // Forms of a trade that only a refusal makes a position: "won't sell $LLY", "never buy $TSLA", "not selling my $LLY".
    private static readonly WordSet NegatedVerbs = new("sell", "sells", "selling", "sold", "buy", "buys", "buying", "dump", "dumping");

    /// <summary>-1 when a word of refusal ends <paramref name="words"/>, over links such as "gonna" ("not selling", "won't ever sell"), else 1.</summary>
    private static int NegationSign(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < 3 && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (Negators.Contains(word))
            {
                return -1;
            }

            if (!RefusalLinks.Contains(word))
            {
                return 1;
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return 1;
    }
}
