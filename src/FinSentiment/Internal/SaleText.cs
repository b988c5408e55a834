namespace FinSentiment.Internal;

/// <summary>
/// Whether a company's own stock is named as sold by a holder: "Northern Trust sells Acme shares worth $84 million", "the
/// government cuts its Acme stake to 12%", "sells a 7% stake in Acme", "the Acme stake sale". Supply of a stock from a holder
/// who leaves is bad news for it (the counterpart of <see cref="PurchaseText"/>); a company selling its own units or businesses
/// ("Acme sells its Globex unit") is not read here.
/// </summary>
internal static class SaleText
{
    /// <summary>The most words read back from the name: fillers, an amount, a stake and the verb.</summary>
    private const int MaxWordsBack = 10;

    // Verbs of selling a holding: "sells Acme shares", "cuts its Acme stake", "offloads a 5% stake in Acme".
    private static readonly WordSet SellingVerbs = new(
        "sell", "sells", "sold", "selling", "offload", "offloads", "offloaded", "offloading", "dump", "dumps", "dumped", "dumping",
        "unload", "unloads", "unloaded", "unloading", "trim", "trims", "trimmed", "trimming", "cut", "cuts", "cutting", "pare",
        "pares", "pared", "paring", "reduce", "reduces", "reduced", "reducing", "divest", "divests", "divested", "divesting");

    // Words between the verb and the name: "sells more of", "its entire", "nearly 7 pc", "53.41 lakh".
    private static readonly WordSet Fillers = new(
    [
        "a", "an", "the", "its", "their", "his", "her", "more", "of", "entire", "part", "some", "nearly", "about", "around",
        "over", "another", "further", "remaining", "residual", "whole", "all", "pc", "per", "cent", "percent", "pct", "%",
        "retail", "bank", "majority", "minority", "direct", "state-owned", "half", "rest", "remainder", "portion", "chunk", .. PurchaseText.CountList,
    ]);

    // Words that put a sale off: "puts on hold its plan to sell", "postpones the sale of".
    private static readonly WordSet PuttingOffWords = new("hold", "postpones", "postponed", "defers", "deferred", "delays", "delayed", "shelves", "shelved");

    // A holder's words before the stock it sells: "the sale of its Acme stake".
    private static readonly WordSet HoldersWords = new("its", "their", "his", "her");

    // The stock sold, right after the name: "Acme shares", "Acme stake", "Acme holdings".
    private static readonly WordSet StockWords = new("shares", "share", "stake", "stakes", "holding", "holdings", "stock", "equity");

    // What follows the stock when it is no sale of it: "cuts Acme share price target", "cuts Acme stock rating".
    private static readonly WordSet NotSold = new(
        "target", "targets", "price", "rating", "ratings", "estimate", "estimates", "forecast", "view", "outlook", "outstanding", "awards",
        "options", "grants", "compensation", "count", "buyback", "buybacks");

    // "A stake in Acme", "shares of Acme": the stock named before the company.
    private static readonly WordSet StakeWords = new("stake", "stakes", "shares", "holding", "holdings");

    // "The Acme stake sale", "the Acme stake sell-off": a sale named after the stock.
    private static readonly WordSet SaleNouns = new("sale", "sales", "sell-off", "selloff", "offering", "placement");

    // The stems every cue of a sale holds: a sentence with none of them names no stock sold.
    public static readonly Stems CueStems = new("sell", "sold", "sale", "offload", "dump", "unload", "trim", "cut", "pare", "paring", "reduc", "divest");

    /// <summary>Whether a sentence holds a stem of a sale's cue: a quick test before <see cref="IsSoldStock"/>.</summary>
    public static bool MayHold(ReadOnlySpan<char> sentence) => CueStems.AnyIn(sentence);

    /// <summary>
    /// Whether the name between <paramref name="before"/> (the sentence up to the name) and <paramref name="after"/> (the rest
    /// of the sentence) is a company whose stock is sold: a verb of selling before it (over a few fillers and an amount) with its
    /// stock right after it ("sells 12.6 lakh Acme shares", "cuts its Acme stake"), or its stock before it ("sells a 7% stake in
    /// Acme", "dumps shares of Acme", "offloads 0.6% of Acme"), or a sale of a holder's stake after it ("the Acme stake sale"); no
    /// word of calling the sale off before the verb ("won't sell", "has no plan to sell").
    /// </summary>
    public static bool IsSoldStock(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // "Sells T-Mobile and Nvidia shares": the stock after the names listed with this one.
        after = after[ListedNamesLength(after)..];
        var read = 0;
        var next = after[NextWord(after, ref read)];
        var second = after[NextWord(after, ref read)];
        if (PurchaseText.IsOneOf(next, "stake", "stakes") && SaleNouns.Contains(second))
        {
            // "The Acme stake sale": a holder's ("Acme share sale" is as often the company's own offering).
            return true;
        }

        // Every other sale has its verb before the name: a name that opens the sentence has none.
        if (before.IsEmpty)
        {
            return false;
        }

        var third = after[NextWord(after, ref read)];

        // "Acme shares", "Acme bank stake": its stock right after the name, not a target or a rating of it.
        var stockAfter = StockWords.Contains(next) ? !NotSold.Contains(second) : IsPlainWord(next) && StockWords.Contains(second) && !NotSold.Contains(third);
        Span<Range> words = stackalloc Range[MaxWordsBack];
        var count = PurchaseText.LastWords(before, words);
        var at = count - 1;
        if (!stockAfter)
        {
            // "a 7% stake in Acme", "shares of Acme": the stock before the name.
            if (at >= 1 && PurchaseText.IsOneOf(before[words[at]], "in", "of") && StakeWords.Contains(before[words[at - 1]]))
            {
                at -= 2;
            }
            else if (at >= 2 && PurchaseText.IsOneOf(before[words[at]], "the") && PurchaseText.IsOneOf(before[words[at - 1]], "in", "of") &&
                     StakeWords.Contains(before[words[at - 2]]))
            {
                at -= 3;
            }
            else if (at >= 1 && PurchaseText.IsOneOf(before[words[at]], "of") && before[words[at - 1]] is [.., '%'])
            {
                at -= 2; // "offloads 0.6% of Acme": a share of the company
            }
            else
            {
                return false;
            }
        }

        var holder = false;
        while (at >= 0 && (Fillers.Contains(before[words[at]]) || PurchaseText.IsAmount(before[words[at]])))
        {
            holder |= HoldersWords.Contains(before[words[at]]);
            at--;
        }

        // "the sale of half its Acme stake": a sale's noun before "of" sells as its verb does, when a holder's word names whose
        // stock it is ("a sale of Acme shares" may be the company's own offering).
        if (at < 0 || !SellingVerbs.Contains(before[words[at]]) &&
            !(stockAfter && holder && SaleNouns.Contains(before[words[at]]) && at + 1 < count && PurchaseText.IsOneOf(before[words[at + 1]], "of")))
        {
            return false;
        }

        for (var i = at - 1; i >= 0; i--)
        {
            var word = before[words[i]];
            if (PurchaseText.CallingOffWords.Contains(word) || PuttingOffWords.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) ||
                word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // "Sells a 3.5% stake in Acme through an IPO": a listing, not a holder leaving.
        return !IsListing(after);
    }

    /// <summary>
    /// The length of the names listed right after a name (", Globex and Initech", " and Globex"): capitalised words joined by
    /// commas, "and" or "&amp;", ending with a capitalised word; 0 when no list follows.
    /// </summary>
    private static int ListedNamesLength(ReadOnlySpan<char> after)
    {
        var end = 0;
        var at = 0;
        var joined = false;
        for (var words = 0; words < 8; words++)
        {
            while (at < after.Length && after[at] is ' ' or ',')
            {
                joined |= after[at] == ',';
                at++;
            }

            var start = at;
            while (at < after.Length && after[at] is not (' ' or ','))
            {
                at++;
            }

            var word = after[start..at];
            if (word.IsEmpty)
            {
                break;
            }

            if (word is "&" || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                joined = true;
            }
            else if (joined && char.IsUpper(word[0]) && !StockWords.Contains(word))
            {
                end = at; // a listed name goes on to here
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Whether the rest of the sentence names a listing: "IPO", "initial public offering", "offer for sale", "listing".</summary>
    private static bool IsListing(ReadOnlySpan<char> after) =>
        after.Contains("IPO", StringComparison.Ordinal) || after.Contains("public offering", StringComparison.OrdinalIgnoreCase) ||
        after.Contains("offer for sale", StringComparison.OrdinalIgnoreCase) || after.Contains("listing", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case word, not an amount: "bank" in "more of Acme bank stake" may stand between the name and its stock.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);

    /// <summary>The next word of <paramref name="text"/> from <paramref name="from"/> in its clause (empty where the clause ends); <paramref name="from"/> moves past it.</summary>
    private static Range NextWord(ReadOnlySpan<char> text, ref int from)
    {
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        var end = from;
        while (end < text.Length && text[end] is not (' ' or ',' or ';' or ':' or '.'))
        {
            end++;
        }

        var word = from..end;
        from = end < text.Length && text[end] == ' ' ? end : text.Length; // a mark ends the clause
        return word;
    }
}
