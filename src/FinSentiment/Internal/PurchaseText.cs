namespace FinSentiment.Internal;

/// <summary>
/// Whether a company is named as the thing bought: the object of a takeover, an offer or a purchase ("Globex to buy Acme",
/// "raises its offer for rival Acme", "buys a 20% stake in Acme", "renews its pursuit of Acme"). Someone wanting to
/// pay for a company is demand for it, and a bid comes at a premium: good news for the company bought, whatever the deal
/// means for the buyer.
/// </summary>
internal static class PurchaseText
{
    /// <summary>The most words read back from the name: fillers, a stake, the cue and the word before an infinitive.</summary>
    private const int MaxWordsBack = 12;

    /// <summary>The most describing words between the cue and the name ("to buy Dutch valve and pump maker").</summary>
    private const int MaxDescribingWords = 4;

    // Verbs that buy what follows them as they stand: "Globex buys Acme", "Acme acquired Initech".
    private static readonly WordSet BuyingVerbs = new(
        "buys", "bought", "buying", "acquires", "acquired", "acquiring", "purchases", "purchased");

    // Verbs that add to a stake, which buy only with one: "takes a 10% stake in Acme", "raises its stake in Acme to 15%" (not
    // "a plan to prop up shares of Acme": "up" alone is no verb here).
    private static readonly WordSet StakeVerbs = new(
        "take", "takes", "took", "taken", "taking", "raise", "raises", "raised", "raising", "ups", "upped", "lift", "lifts", "lifted",
        "increase", "increases", "increased", "build", "builds", "built", "hike", "hikes", "hiked", "boost", "boosts", "boosted");

    // Verbs that add to a stake with "to": "adds to its stake in Acme".
    private static readonly WordSet AddingVerbs = new("add", "adds", "added", "adding");

    // Verbs of paying: the one paid follows them ("to pay Acme"), the thing bought follows "for" ("pays a high price for").
    internal static readonly WordSet PayingVerbs = new("pay", "pays", "paid", "paying");

    private static readonly WordSet PayingParticles = new("off", "back", "down", "out", "up");

    /// <summary>The most words from a verb of paying to the "for" of what it buys ("paid about $5 billion in cash for").</summary>
    private const int MaxWordsPaidBeforeFor = 6;

    // Verbs that buy what follows them after "to" or a modal only ("to buy", "agrees to acquire", "can buy Acme on declines"):
    // alone they are a bare call ("Buy Acme now") or a question's ("Should you buy Acme?", which BoughtIn leaves out).
    private static readonly WordSet BuyingInfinitives = new("buy", "acquire", "purchase");

    // Verbs of a buyout with "private" after the company: "to take Acme private".
    private static readonly WordSet TakingVerbs = new("take", "takes", "took", "taking");

    private static readonly WordSet InfinitiveMarkers = new("to", "can", "could", "may", "might", "will", "would", "should", "must", "shall");

    // Counting words of a number of shares: "7.5 lakh", "2 crore", "1.2 million".
    internal static readonly string[] CountList = ["lakh", "lakhs", "crore", "crores", "million", "mln", "mn", "billion", "bln", "bn", "thousand"];

    private static readonly WordSet Counts = new(CountList);

    // Nouns of a purchase with their own prepositions: "offer for", "takeover of", "swoop on" (not "deal of the year").
    private static readonly WordSet NounsBeforeFor = new("offer", "offers", "bid", "bids", "deal", "approach", "proposal", "premium", "race");

    // Verbs of deciding before "not" or "against" that call a purchase off ("opted not to bid for", "decided against a bid for").
    private static readonly WordSet DecisionVerbs = new(
        "opts", "opted", "opt", "decides", "decided", "decide", "chose", "chooses", "choose", "elects", "elected");

    private static readonly WordSet NounsBeforeOf = new("takeover", "buyout", "acquisition", "purchase", "pursuit");

    private static readonly WordSet NounsBeforeOn = new("swoop");

    // Words that end a purchase (IsPurchaseCalledOff: "abandons talks to buy", "sued to block the acquisition of").
    private static readonly string[] EndingWordList =
    [
        "drop", "drops", "dropped", "dropping", "abandon", "abandons", "abandoned", "abandoning", "scrap", "scraps", "scrapped",
        "withdraw", "withdraws", "withdrew", "withdrawn", "away", "block", "blocks", "blocked", "end", "ends", "ended", "terminate",
        "terminates", "terminated", "off", "pull", "pulls", "pulled", "shelve", "shelves", "shelved", "halt", "halts", "halted",
        "collapse", "collapses", "collapsed", "refuse", "refuses", "refused", "refusing",
    ];

    private static readonly WordSet EndingWords = new(EndingWordList);

    // Words that say the purchase is not to be: the ending words, and words that reject, deny or doubt it ("won't buy",
    // "reluctant to buy", "rejects a bid for").
    internal static readonly WordSet CallingOffWords = new(
    [
        .. EndingWordList,
        "reject", "rejects", "rejected", "rebuff", "rebuffs", "rebuffed", "spurn", "spurns", "spurned", "fail", "fails", "failed",
        "failure", "lose", "loses", "lost", "oppose", "opposes", "opposed", "not", "no", "never", "won't", "wont", "cannot", "can't",
        "unlikely", "denies", "denied", "sue", "sues", "sued", "against", "decline", "declines", "declined", "stop", "stops",
        "stopped", "yet", "rules", "ruled", "risky", "hard", "difficult", "tough", "premature", "reluctant", "wary", "nobody", "few",
        "unwilling", "hesitant", "afraid", "nor", "neither",
    ]);

    // Words after the name that say the purchase came to nothing: "Globex's bid for Acme fell apart", "the takeover of Acme
    // was abandoned", "talks to buy Acme had ended".
    private static readonly WordSet CalledOffAfter = new(
        "apart", "collapsed", "collapses", "collapse", "abandoned", "scrapped", "blocked", "terminated", "withdrawn", "withdrew",
        "failed", "fails", "fail", "lapsed", "lapses", "ended", "ends", "derailed", "fizzled", "rejected", "rejects", "sank",
        "sunk", "off", "doubt", "unlikely", "stalled", "stalls", "thwarted", "nixed", "quashed", "vetoed", "dropped");

    /// <summary>The most words read after the name for a purchase called off: "… Acme was abandoned after due diligence".</summary>
    private const int MaxWordsAfter = 8;

    // What a possessive name may own and still be the thing bought: "buys Acme's shares" is demand for Acme's stock, "buys
    // Acme's unit" is not a purchase of Acme.
    private static readonly WordSet OwnedStock = new("shares", "share", "stock", "stake", "equity");

    // Words before "to buy" that make it a question of timing or advice, not a deal: "too early to buy", "time to buy".
    private static readonly WordSet TimingWords = new("early", "late", "time", "whether", "how", "when", "where", "good", "right", "wise");

    // Words that may describe the company bought: "rival", "US", "drugmaker", "the"….
    private static readonly WordSet DescribingWords = new(
        "the", "a", "an", "its", "their", "rival", "rivals", "peer", "smaller", "larger", "bigger", "fellow", "domestic", "local",
        "US", "U.S.", "UK", "U.K.", "British", "American", "European", "German", "French", "Swiss", "Dutch", "Japanese", "Chinese",
        "Canadian", "Australian", "Indian", "Irish", "Spanish", "Italian", "Israeli", "Swedish", "Korean", "biotech", "drugmaker",
        "chipmaker", "insurer", "retailer", "lender", "bank", "miner", "brewer", "carmaker", "airline", "firm", "company", "group",
        "maker", "developer", "operator", "provider", "startup", "start-up", "software", "cloud", "chip", "drug", "oil", "gas",
        "energy", "media", "payments", "cybersecurity", "pharma", "generic", "generics", "online", "listed", "Nasdaq-listed",
        "NYSE-listed", "London-listed", "parent", "owner", "more", "additional", "further");

    // Nouns of an industry that describe the company bought and may have modifiers of their own: "cancer biotech".
    private static readonly WordSet IndustryNouns = new(
        "biotech", "drugmaker", "chipmaker", "insurer", "retailer", "lender", "miner", "brewer", "carmaker", "airline", "startup",
        "start-up", "fintech", "pharma", "bank");

    // Words of an approximate size: "a stake of roughly 5% in".
    private static readonly WordSet Approximations = new("roughly", "about", "around", "nearly", "almost", "approximately", "some", "just", "over");

    // Words that name a share of the company bought: "a 20% stake in", "shares of", "control of", "the rest of".
    private static readonly WordSet StakeWords = new("stake", "stakes", "shares", "control", "rest", "remainder", "all", "holding");

    // Words that may come before a stake: "a 20.3% stake", "a majority stake", "remaining shares".
    private static readonly WordSet StakeQualifiers = new(
    [
        "a", "an", "the", "its", "majority", "minority", "controlling", "remaining", "further", "additional", "more", "per", "cent",
        "percent", "pct", "%", "bigger", "larger", "small", "direct", "m", .. CountList,
    ]);

    // The stems every cue of a purchase holds: a sentence with none of them names nothing bought, and its names are not read.
    public static readonly Stems CueStems = new(
        "buy", "bought", "acqui", "purchas", "offer", "bid", "deal", "takeover", "taken over", "buyout", "pursuit", "swoop", "stake", "pay",
        "paid", "control", "holding", "approach", "rest", "remainder", "all of", "proposal", "premium", "private", "away from", "race for");

    /// <summary>
    /// Whether the text after a name makes it the company bought, in the passive: "agreed to be bought by Blackstone", "to be
    /// acquired by Globex", "is being taken over by", "will be purchased by".
    /// </summary>
    /// <remarks>
    /// Asked for most companies in a sentence with a purchase's stem, and most texts after a name open with none of the leads: a lead
    /// is compared only when its first letter is the text's first char, folded (no char above ASCII equals an ASCII letter ignoring
    /// case), rather than calling the framework's comparison ignoring case for each of them.
    /// </remarks>
    public static bool IsBoughtInPassive(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (after.IsEmpty)
        {
            return false;
        }

        if (PhraseText.StartsWithAny(after, PassiveLeads) is var lead and >= 0)
        {
            after = after[PassiveLeads[lead].Length..].TrimStart();
            // "Acme agreed to be taken private at a 46% premium": a buyout, whoever the buyer is.
            return after.StartsWith("taken private", StringComparison.OrdinalIgnoreCase) ||
                PhraseText.StartsWithAny(after, BoughtParticiples) is var bought and >= 0 &&
                after[BoughtParticiples[bought].Length..].TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase);
        }

        // A headline's participle with no lead: "Acme acquired by Globex", "Acme approached by two rival suitors".
        if (PhraseText.StartsWithAny(after, HeadlineParticiples) is var participle and >= 0 &&
            after[HeadlineParticiples[participle].Length..].TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return AgreesToBeBought(after);
    }

    /// <summary>The most words between "agreed to a" and the noun of the purchase ("agreed to a £1.2bn all-cash takeover by").</summary>
    private const int MaxWordsToPurchaseNoun = 4;

    /// <summary>
    /// Whether the words after a name accept a purchase of it by another: "agreed to a £1.2bn takeover by a Japanese trading
    /// house", "accepted a buyout offer from", "backed a cash offer from" (the noun of the purchase, then "by" or "from").
    /// </summary>
    private static bool AgreesToBeBought(ReadOnlySpan<char> after)
    {
        var agreement = PhraseText.StartsWithAny(after, AgreementLeads);
        if (agreement < 0)
        {
            return false;
        }

        var rest = after[AgreementLeads[agreement].Length..].TrimStart();
        for (var i = 0; i <= MaxWordsToPurchaseNoun && !rest.IsEmpty; i++)
        {
            var word = PhraseText.FirstWord(rest);
            rest = rest[word.Length..].TrimStart();
            if (AcceptedNouns.Contains(word))
            {
                // "Toshiba accepts $15 billion buyout": the headline ends with the purchase.
                var next = PhraseText.FirstWord(rest);
                return next.IsEmpty || next.Equals("by", StringComparison.OrdinalIgnoreCase) || next.Equals("from", StringComparison.OrdinalIgnoreCase) ||
                    AcceptedNouns.Contains(next) && PhraseText.FirstWord(rest[next.Length..].TrimStart()) is var third &&
                    (third.Equals("by", StringComparison.OrdinalIgnoreCase) || third.Equals("from", StringComparison.OrdinalIgnoreCase));
            }

            if (word.IndexOfAny(",;:") >= 0)
            {
                return false;
            }
        }

        return false;
    }

    // What comes between the company and the purchase it accepts: "agreed to a … takeover by", "accepted a … offer from".
    private static readonly string[] AgreementLeads =
    [
        "agreed to a ", "agrees to a ", "agreed to an ", "agrees to an ", "has agreed to a ", "accepted a ", "accepts a ", "accepted an ",
        "accepts an ", "backed a ", "backs a ", "recommended a ", "recommends a ", "agreed to the ", "agrees to the ", "accepts ",
        "accepted ",
    ];

    // Nouns of a purchase a company accepts ("takeover", "buyout offer").
    private static readonly WordSet AcceptedNouns = new("takeover", "buyout", "acquisition", "offer", "bid", "approach", "sale");

    // What comes between the company and the participle of its purchase: "agreed to be", "is being", "will be". Each opens with a
    // lower-case letter (IsBoughtInPassive compares the first chars first).
    private static readonly string[] PassiveLeads =
        ["agreed to be ", "agrees to be ", "has agreed to be ", "to be ", "is to be ", "will be ", "is being ", "would be ", "was ", "is "];

    private static readonly string[] BoughtParticiples = ["bought", "acquired", "taken over", "purchased", "snapped up"];

    // Participles of a purchase or a bid that a headline puts right after the company: "Acme acquired by Globex" (after
    // BoughtParticiples, which it is built from).
    private static readonly string[] HeadlineParticiples = [.. BoughtParticiples, "approached"];

    /// <summary>Whether a lower-case word names a company's trade ("producer", "developer", "distributor", "chemist").</summary>
    private static bool IsTradeNoun(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal) ||
                                                     word.EndsWith("ist", StringComparison.Ordinal));

    /// <summary>Whether a lower-case word may say what a trade is in ("lithium", "cancer drug"): no cue of buying nor a preposition.</summary>
    private static bool IsTradeModifier(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsLower(word[0]) && !BuyingVerbs.Contains(word) && !BuyingInfinitives.Contains(word) && !StakeVerbs.Contains(word) &&
        !PayingVerbs.Contains(word) && !InfinitiveMarkers.Contains(word) && !IsOneOf(word, "in", "of") && !IsOneOf(word, "for", "on");

    /// <summary>Whether a sentence holds a stem of a purchase's cue ("buy", "acqui", "offer", "stake", "pay"…): a quick test before <see cref="IsBought"/>.</summary>
    public static bool MayHold(ReadOnlySpan<char> sentence) => CueStems.AnyIn(sentence);

    /// <summary>
    /// Whether the name between <paramref name="before"/> (the sentence up to the name) and <paramref name="after"/> (the rest
    /// of the sentence) is the thing bought: a cue of buying ends the text before it, perhaps followed by a stake ("a 20% stake
    /// in") and words describing the company ("rival", "US drugmaker"); no word of calling it off ("drops", "won't", "rejects")
    /// stands before the cue in its clause nor after the name in its own ("… for Acme fell apart"); and the name owns nothing
    /// bought but its stock ("buys Acme's unit" buys a unit, not Acme).
    /// </summary>
    public static bool IsBought(ReadOnlySpan<char> before, ReadOnlySpan<char> after) => Read(before, after) == Purchase.Made;

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is what a purchase called off would have
    /// bought: "Alphabet abandons talks to buy HubSpot", "Globex walks away from its bid for Acme", "the offer for Acme
    /// collapsed". Its holders lose the premium. A purchase only doubted ("reluctant to buy", "hard to buy") is not called off.
    /// </summary>
    public static bool IsPurchaseCalledOff(ReadOnlySpan<char> before, ReadOnlySpan<char> after) => Read(before, after) == Purchase.CalledOff;

    /// <summary>What a sentence says of buying the company named between the texts: nothing, a purchase, or one called off.</summary>
    private enum Purchase : byte
    {
        None,
        Made,
        CalledOff,
    }

    private static Purchase Read(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (IsBoughtInPassive(after))
        {
            return Purchase.Made;
        }

        Span<Range> words = stackalloc Range[MaxWordsBack];
        var count = LastWords(before, words);
        if (count == 0)
        {
            return Purchase.None;
        }

        // "rival", "US drugmaker", and a number of shares: "buys 7.5 lakh Acme shares"; what the company makes before a word of
        // its trade ("lithium producer", "cancer drug developer").
        var at = count - 1;
        var trade = false;
        for (var skipped = 0; at >= 0 && skipped < MaxDescribingWords; skipped++)
        {
            var word = before[words[at]];
            // "cancer biotech": a noun of an industry right before the name may have its own modifiers too.
            var tradeNoun = skipped == 0 && (IsTradeNoun(word) || IndustryNouns.Contains(word));
            if (!(DescribingWords.Contains(word) || IsAmount(word) || Counts.Contains(word) || tradeNoun || trade && IsTradeModifier(word)))
            {
                break;
            }

            trade |= tradeNoun;
            at--;
        }

        // "a 20% stake in", "shares of", "control of", "the rest of"; or the stake right after the name ("builds Deere stake",
        // "raises its Chevron stake to 8%").
        var stake = at >= 1 && IsOneOf(before[words[at]], "in", "of") && StakeWords.Contains(before[words[at - 1]]);

        // "A stake of roughly 5% in Southwest Airlines": the stake's size after it, over "of" and an approximation.
        var sized = at - 1;
        while (!stake && sized >= 1 && sized >= at - 3 && IsOneOf(before[words[at]], "in") &&
               (IsAmount(before[words[sized]]) || Approximations.Contains(before[words[sized]]) || IsOneOf(before[words[sized]], "percent", "pct") || IsOneOf(before[words[sized]], "%")))
        {
            sized--;
        }

        if (!stake && sized < at - 1 && sized >= 1 && IsOneOf(before[words[sized]], "of") && StakeWords.Contains(before[words[sized - 1]]))
        {
            stake = true;
            at = sized; // "of" stands where "in" would, right after the stake
        }

        var stakeAfter = !stake && StakeAfterName(after);
        if (stake)
        {
            at -= 2;
            while (at >= 0 && (StakeQualifiers.Contains(before[words[at]]) || IsAmount(before[words[at]])))
            {
                at--;
            }
        }

        if (at < 0)
        {
            return Purchase.None;
        }

        var cue = before[words[at]];
        int cueStart;
        if (BuyingVerbs.Contains(cue))
        {
            cueStart = at;
        }
        else if (BuyingInfinitives.Contains(cue) && at >= 1 && InfinitiveMarkers.Contains(before[words[at - 1]]))
        {
            cueStart = at - 1;
            if (cueStart >= 1 && TimingWords.Contains(before[words[cueStart - 1]]))
            {
                return Purchase.None;
            }
        }
        else if (at >= 1 && NounsBefore(cue)?.Contains(before[words[at - 1]]) == true)
        {
            cueStart = at - 1;
        }
        else if ((stake || stakeAfter) && StakeVerbs.Contains(cue))
        {
            cueStart = at;
        }
        else if ((stake || stakeAfter) && IsOneOf(cue, "to") && at >= 1 && AddingVerbs.Contains(before[words[at - 1]]))
        {
            // "adds to its stake in Acme", "added to its Acme stake".
            cueStart = at - 1;
        }
        else if (PayingVerbs.Contains(cue))
        {
            // "Globex to pay Acme up to $50 million": the one paid.
            cueStart = at;
        }
        else if (IsOneOf(cue, "for") && PayingVerbBefore(before, words[..at]) is var paying and >= 0)
        {
            // "Globex pays a steep price for Acme", "Globex can pay more for Initech".
            cueStart = paying;
        }
        else if (IsOneOf(cue, "from") && at >= 1 && IsOneOf(before[words[at - 1]], "away") && !OwnsSomethingElse(after))
        {
            // "Globex walks away from Acme", "BHP walked away from Anglo American": a suitor gone.
            return Purchase.CalledOff;
        }
        else if (TakingVerbs.Contains(cue) && PhraseText.FirstWord(after.TrimStart()).Equals("private", StringComparison.OrdinalIgnoreCase))
        {
            // "Sycamore to take Walgreens private": a buyout.
            cueStart = at;
        }
        else
        {
            return Purchase.None;
        }

        if (OwnsSomethingElse(after))
        {
            return Purchase.None;
        }

        for (var i = cueStart - 1; i >= 0; i--)
        {
            var word = before[words[i]];
            if (CallingOffWords.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                // "Opted not to bid for Acme", "decided against an offer for": a decision not to buy ends the purchase.
                return EndingWords.Contains(word) || i >= 1 && IsOneOf(word, "not", "against") && DecisionVerbs.Contains(before[words[i - 1]])
                    ? Purchase.CalledOff : Purchase.None;
            }
        }

        return CalledOffAfterName(after) ? Purchase.CalledOff : Purchase.Made;
    }

    /// <summary>Whether the name's stake follows it: "Deere stake", "Chevron stake to 8%", "Kroger holding".</summary>
    private static bool StakeAfterName(ReadOnlySpan<char> after)
    {
        var word = PhraseText.FirstWord(after.TrimStart()).TrimEnd(".,;:!?".AsSpan());
        return IsOneOf(word, "stake", "stakes") || IsOneOf(word, "holding", "holdings");
    }

    /// <summary>"Acme's bonds", "Acme’s foundry business": the name owns what is bought, unless that is its stock.</summary>
    private static bool OwnsSomethingElse(ReadOnlySpan<char> after)
    {
        if (!(after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("’s ", StringComparison.Ordinal) ||
              after.StartsWith("' ", StringComparison.Ordinal) || after.StartsWith("’ ", StringComparison.Ordinal)))
        {
            return false;
        }

        var rest = after[(after.IndexOf(' ') + 1)..].TrimStart();
        var space = rest.IndexOf(' ');
        return !OwnedStock.Contains(space < 0 ? rest : rest[..space]);
    }

    /// <summary>Whether a word of the purchase coming to nothing follows the name in its clause ("… for Acme fell apart").</summary>
    private static bool CalledOffAfterName(ReadOnlySpan<char> after)
    {
        for (var words = 0; !after.IsEmpty && words < MaxWordsAfter; words++)
        {
            after = after.TrimStart();
            var end = after.IndexOfAny(' ', ',', ';');
            var word = (end < 0 ? after : after[..end]).TrimEnd(".!?:\"'”’)".AsSpan());
            if (CalledOffAfter.Contains(word))
            {
                return true;
            }

            if (end < 0 || after[end] != ' ')
            {
                return false; // the clause ends
            }

            after = after[(end + 1)..];
        }

        return false;
    }

    /// <summary>
    /// The index of a verb of paying among the last <see cref="MaxWordsPaidBeforeFor"/> of <paramref name="words"/> (what is paid
    /// in between: "pays a high price", "paid $5 billion in cash"), -1 when there is none.
    /// </summary>
    private static int PayingVerbBefore(ReadOnlySpan<char> text, ReadOnlySpan<Range> words)
    {
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - MaxWordsPaidBeforeFor; i--)
        {
            if (PayingVerbs.Contains(text[words[i]]))
            {
                // "paying off for Acme", "paid back for": a verb of its own, not a price.
                return i + 1 < words.Length && PayingParticles.Contains(text[words[i + 1]]) ? -1 : i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The words of the clause that ends <paramref name="text"/>, at most <paramref name="words"/>' length of them, into
    /// <paramref name="words"/> in text order; returns their count. A comma, a semicolon, a colon or a dash ends the clause.
    /// </summary>
    internal static int LastWords(ReadOnlySpan<char> text, Span<Range> words)
    {
        // Read back from the end, then put in text order.
        var end = text.Length;
        var found = 0;
        while (found < words.Length)
        {
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            if (end == 0 || EndsClause(text[end - 1]))
            {
                break;
            }

            var start = end;
            while (start > 0 && text[start - 1] != ' ' && !EndsClause(text[start - 1]))
            {
                start--;
            }

            words[found++] = start..end;
            end = start;
        }

        words[..found].Reverse();
        return found;
    }

    /// <summary>A mark that ends the clause read back from a name: a comma, a semicolon, a colon, a dash, an opening bracket or quote.</summary>
    private static bool EndsClause(char c) => c is ',' or ';' or ':' or '—' or '–' or '(' or '"' or '“';

    /// <summary>The nouns of a purchase that <paramref name="preposition"/> follows, null for another word.</summary>
    private static WordSet? NounsBefore(ReadOnlySpan<char> preposition) =>
        IsOneOf(preposition, "for") ? NounsBeforeFor : IsOneOf(preposition, "of") ? NounsBeforeOf : IsOneOf(preposition, "on") ? NounsBeforeOn : null;

    /// <summary>A number, a percentage or an amount: "20", "20.3%", "$5", "BLN" after it is a qualifier's job.</summary>
    internal static bool IsAmount(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsAsciiDigit(word[0]) || word[0] is '$' or '€' or '£');

    internal static bool IsOneOf(ReadOnlySpan<char> word, string first, string? second = null) =>
        word.Equals(first, StringComparison.OrdinalIgnoreCase) || second is not null && word.Equals(second, StringComparison.OrdinalIgnoreCase);
}
