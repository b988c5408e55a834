namespace FinSentiment.Internal;

/// <summary>
/// Whether a headline names a company as a party to a deal it makes: the subject of a verb of dealing ("Acme sells its paint
/// unit for $900 million", "Acme in talks to buy Initech", "Acme teams up with Globex in Chile", "Acme proposes a tie-up with
/// Globex"), or the partner or buyer named after it ("… with Globex", "sells the rights to its heart drug to Globex").
/// Financial headline readers take a company's deal-making as mildly good news for it (it raises cash, grows or gains a
/// partner) even where no word of the headline carries sentiment.
/// </summary>
internal static class DealText
{
    /// <summary>The most words between the subject and its verb of dealing ("is said to be in early talks to buy").</summary>
    private const int MaxWordsToVerb = 6;

    /// <summary>The most words from a verb of dealing to the "to" or "with" of the other party ("sells the rights to its heart drug to").</summary>
    private const int MaxWordsToParty = 8;

    // Verbs of a deal the subject makes: "sells", "to buy", "acquires", "inks", "partners with".
    private static readonly WordSet DealVerbs = new(
        "sell", "sells", "selling", "buy", "buys", "buying", "acquire", "acquires", "acquiring", "purchase", "purchases", "partner",
        "partners", "partnering", "team", "teams", "teaming", "join", "joins", "joining", "ink", "inks", "inking", "sign", "signs",
        "signing", "seal", "seals", "sealing", "strike", "strikes", "striking", "clinch", "clinches", "clinching", "agree", "agrees",
        "pursue", "pursues", "pursuing", "propose", "proposes", "proposing", "bag", "bags", "bagged", "offload", "offloads", "divest",
        "divests", "dispose", "disposes", "merge", "merges", "ally", "allies", "license", "licenses", "licence", "licences", "extend",
        "extends", "land", "lands", "close", "closes", "complete", "completes", "do", "does");

    // Verbs of dealing only with a deal named after them: "extends gas deals", "completes the asset swap", "lands FT in deal",
    // "does $770 mln anaesthetic deal".
    private static readonly WordSet NounVerbs = new(
        "extend", "extends", "land", "lands", "close", "closes", "complete", "completes", "do", "does");

    // The deals such a verb names: "deal", "merger", "asset swap" (not a listing: an IPO planned is read as neutral news).
    private static readonly WordSet DealNouns = new(
        "deal", "deals", "agreement", "agreements", "contract", "contracts", "acquisition", "merger", "purchase", "sale", "swap",
        "takeover", "partnership", "alliance", "venture", "tie-up", "buyout", "dealmaking");

    // Verbs of planning or announcing that make a deal of the deal named after them: "flags sale of", "lines up sale", "mulls
    // takeover of", "forms joint venture", "explores potential deal with".
    private static readonly WordSet PlanningVerbs = new(
        "flags", "flag", "lines", "line", "mulls", "mull", "plans", "plan", "seeks", "seek", "eyes", "eye", "explores", "explore",
        "studies", "study", "weighs", "weigh", "considers", "consider", "readies", "ready", "announces", "announce", "unveils",
        "unveil", "forms", "form", "pursues", "pursue", "signs", "sign", "proposes", "propose", "driving",
        "drives", "prepares", "prepare", "targets");

    /// <summary>Whether a deal is named within <see cref="MaxWordsToParty"/> words after a verb, in its clause ("extends gas deals").</summary>
    private static bool NamesDealAfter(ReadOnlySpan<char> after) => PhraseText.HasWordAhead(after, DealNouns, MaxWordsToParty);

    // Verbs of buying, whose "from" names the seller: "to buy a brokerage from Barclays".
    private static readonly WordSet BuyingVerbs = new("buy", "buys", "buying", "acquire", "acquires", "acquiring", "purchase", "purchases");

    // Words that may describe a company before its name at the start of a headline: "Drugmaker Acme", "Oil major Acme".
    private static readonly WordSet Descriptors = new(
        "major", "giant", "maker", "group", "firm", "lender", "miner", "insurer", "retailer", "bank", "carrier", "operator",
        "supermarket", "brewer", "chipmaker", "drugmaker", "carmaker", "automaker", "airline", "conglomerate");

    // Words between a subject and its verb of dealing: "to", "in talks to", "set to", "said to", "plans to", "agrees to".
    private static readonly WordSet Leads = new(
        "to", "in", "talks", "set", "said", "plans", "plan", "agrees", "agreed", "will", "is", "be", "eyes", "mulls", "considers",
        "considering", "seeks", "looks", "aims", "also", "now", "unit", "arm", "reportedly", "could", "may", "wants", "moves",
        "offers", "offer", "expects", "expect");

    // Verbs whose subject's deal is called off or denied: "denies takeover talk", "walks away".
    private static readonly WordSet Refusals = new("not", "no", "won't", "never", "rejects", "denies", "dispels", "abandons", "scraps");

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> opens its headline (nothing but a
    /// section label before it) and makes a deal: a verb of dealing within <see cref="MaxWordsToVerb"/> words after it.
    /// </summary>
    public static bool MakesDeal(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (!OpensHeadline(before))
        {
            return false;
        }

        after = after.TrimStart();
        var possessive = after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal);
        var unit = WithoutUnitName(possessive ? after[3..] : after);
        if (possessive && unit.Length == after.Length - 3)
        {
            return false; // "Acme's deal for Globex": a noun phrase, read by the purchase rules
        }

        // "Google Fiber to buy Webpass", "Glaxo's ViiV Healthcare signs deal": a unit named after its parent makes the parent's deal.
        after = unit;
        var led = false;
        for (var read = 0; read < MaxWordsToVerb && !after.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(after);
            var bare = word.TrimEnd(".,;:");
            // A verb of planning names a deal after it ("flags a sale of", "seeks a $40 bn tie-up", "explores a deal with"), or
            // leads to the verb of dealing ("plans to sell").
            var rest = after[word.Length..];
            if (PlanningVerbs.Contains(bare) && NamesDealAfter(rest))
            {
                return true;
            }

            if (DealVerbs.Contains(bare))
            {
                // "Acme sells", "Acme to sell", not "the Acme-Globex merge hearing" (a base form with nothing to lead it); and no trade in
                // another company's shares ("buys 13 lakh shares of Globex", "sells 9% in Globex"), which is an investor's.
                // "Joins forces", not "joins rush of listings"; "extends its supply deals", "set to complete the asset swap",
                // not "closes steady" or "extends gains".
                // Not "does not see a deal".
                return (led || bare[^1] is 's' or 'S' || bare.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) && !TradesShares(rest) &&
                       !Refusals.Contains(PhraseText.FirstWord(rest.TrimStart())) &&
                       (!bare.StartsWith("join", StringComparison.OrdinalIgnoreCase) || PhraseText.FirstWord(rest.TrimStart()).Equals("forces", StringComparison.OrdinalIgnoreCase)) &&
                       (!NounVerbs.Contains(bare) || NamesDealAfter(rest));
            }

            if (Refusals.Contains(bare) || !Leads.Contains(bare) || bare.Length < word.Length)
            {
                return false;
            }

            led = true;
            after = after[word.Length..].TrimStart();
        }

        return false;
    }

    // Words between a bidder's name and its verb of withdrawing: "said on Tuesday it had", "has formally", "is set to".
    private static readonly WordSet WithdrawalLeads = new(
        "said", "says", "it", "had", "has", "have", "is", "was", "will", "would", "to", "set", "formally", "effectively",
        "reportedly", "officially", "abruptly", "quietly", "finally", "now", "also", "on", "late", "yesterday", "today", "Corp",
        "Corp.", "Inc", "Inc.", "Co.", "Ltd", "plc");

    /// <summary>The most words between a bidder's name and its verb of withdrawing ("Corp said on Tuesday it had").</summary>
    private const int MaxWordsToWithdrawal = 8;

    // Verbs of a bid withdrawn, with the bid named right after them: "abandons its offer", "dropped the $5 billion approach",
    // "pulls (out of) its bid".
    private static readonly WordSet WithdrawingVerbs = new(
        "abandon", "abandons", "abandoned", "abandoning", "drop", "drops", "dropped", "dropping", "withdraw", "withdraws", "withdrew",
        "withdrawn", "withdrawing", "scrap", "scraps", "scrapped", "scrapping", "ditch", "ditches", "ditched", "ditching", "shelve",
        "shelves", "shelved", "shelving", "rescind", "rescinds", "rescinded", "rescinding", "pull", "pulls", "pulled", "pulling");

    // Verbs of withdrawing with a particle before the bid: "walks away from", "backs out of", "calls off", "gives up on".
    private static readonly WordSet ParticleVerbs = new(
        "walk", "walks", "walked", "walking", "back", "backs", "backed", "backing", "call",
        "calls", "called", "calling", "give", "gives", "gave", "given", "giving");

    private static readonly WordSet Particles = new("away", "out", "off", "up", "from", "of", "on");

    // What a bidder withdraws: "its bid", "the approach", "merger pursuit", "the $5.3 billion proposal".
    private static readonly WordSet Bids = new(
        "bid", "bids", "offer", "offers", "approach", "approaches", "proposal", "proposals", "pursuit", "overture", "overtures");

    // What a bidder withdraws when a verb of buying follows it: "its plan to buy", "attempt to acquire".
    private static readonly WordSet Attempts = new("plan", "plans", "attempt", "attempts", "effort", "efforts", "interest");

    /// <summary>
    /// The stems of the verbs every withdrawal of a bid holds (<see cref="WithdrawsBid"/>: <see cref="WithdrawingVerbs"/> and
    /// <see cref="ParticleVerbs"/>, the words themselves): a sentence with none of them names no bidder that withdraws.
    /// (Declared after the lists it is made of, which are set first.)
    /// </summary>
    public static readonly Stems WithdrawalStems = new([.. WithdrawingVerbs.Words, .. ParticleVerbs.Words]);

    /// <summary>
    /// The stems of what every withdrawal of a bid withdraws (<see cref="WithdrawsBid"/>: a word of <see cref="Bids"/>, or of
    /// <see cref="Attempts"/> before a verb of buying): a sentence with none of them names no bid withdrawn.
    /// </summary>
    public static readonly Stems BidStems = new([.. Bids.Words, .. Attempts.Words]);

    // Words that end the search for the bid: another phrase begins ("drops after", "walked away with").
    private static readonly WordSet BidSearchStops = new(
        "for", "with", "after", "as", "amid", "because", "in", "at", "by", "than", "to", "and", "but", "while", "despite");

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is a bidder that withdraws its bid: a verb
    /// of withdrawing within <see cref="MaxWordsToWithdrawal"/> words after the name and a bid within <see cref="MaxWordsToParty"/>
    /// words after the verb, in one clause ("Qualcomm walks away from approach for Intel", "Cintas said it had withdrawn its
    /// $5.3 billion proposal to buy UniFirst", "Cigna abandons merger pursuit"). Not a possessive ("Acme's bid"), nor a move of
    /// its shares ("Acme drops 5% after its bid…").
    /// </summary>
    public static bool WithdrawsBid(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] != ' ')
        {
            return false; // "Acme's bid", "Acme-Globex": the name is no subject
        }

        after = after.TrimStart();
        for (var read = 0; read < MaxWordsToWithdrawal && !after.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(after);
            var rest = after[word.Length..].TrimStart();
            if (WithdrawingVerbs.Contains(word))
            {
                return NamesBid(rest);
            }

            if (ParticleVerbs.Contains(word))
            {
                // "walks away from", "backed out of", "calls off", "gave up on"
                for (var particles = 0; particles < 2 && Particles.Contains(PhraseText.FirstWord(rest)); particles++)
                {
                    rest = rest[PhraseText.FirstWord(rest).Length..].TrimStart();
                }

                return rest.Length < after.Length - word.Length - 1 && NamesBid(rest);
            }

            if (!WithdrawalLeads.Contains(word) && !SourceMentions.TimeNames.Contains(word))
            {
                return false;
            }

            after = rest;
        }

        return false;
    }

    /// <summary>Whether a bid is named in the first words of <paramref name="words"/>, in its clause (<see cref="WithdrawsBid"/>).</summary>
    private static bool NamesBid(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < MaxWordsToParty && !words.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(words);
            var bare = word.TrimEnd(".,;:");
            if (Bids.Contains(bare))
            {
                return true;
            }

            words = words[word.Length..].TrimStart();
            if (Attempts.Contains(bare) && bare.Length == word.Length)
            {
                // "its plan to buy", "interest in acquiring"
                var next = PhraseText.FirstWord(words);
                var verb = PhraseText.FirstWord(words[next.Length..].TrimStart());
                return (next.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Equals("in", StringComparison.OrdinalIgnoreCase)) &&
                       (BuyingVerbs.Contains(verb) || verb.StartsWith("acquir", StringComparison.OrdinalIgnoreCase) ||
                        verb.StartsWith("merg", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("tak", StringComparison.OrdinalIgnoreCase));
            }

            if (bare.Length < word.Length || bare.Contains('%') || BidSearchStops.Contains(bare))
            {
                return false;
            }
        }

        return false;
    }

    // What an investor or a treasury trades rather than a company's deal: shares, bonds, notes, tonnes of a commodity.
    private static readonly WordSet Traded = new(
        "shares", "stocks", "stock", "equities", "bond", "bonds", "notes", "debentures", "debt", "paper", "tonnes", "tons", "barrels", "units");

    /// <summary>
    /// Whether the words after a verb of dealing trade shares, within <see cref="MaxWordsToParty"/> words of the clause: "shares"
    /// ("buys 4.6 lakh Globex shares", "sells Globex shares worth…") or a percentage followed by "in" ("sells 9% in Globex").
    /// </summary>
    /// <summary>The most words of a unit's name after its parent's ("Glaxo's ViiV Healthcare").</summary>
    private const int MaxUnitWords = 2;

    // Capitalised words after a company's name that name its people or holders, not a unit: "Acme Chief Sells Stake".
    private static readonly WordSet PeopleWords = new(
        "chief", "ceo", "cfo", "chairman", "chair", "founder", "boss", "investors", "investor", "shareholders", "shareholder",
        "holders", "board", "executives", "executive", "director", "directors", "staff", "workers", "shares", "stock");

    /// <summary>
    /// <paramref name="after"/> without the name of a unit at its start: up to <see cref="MaxUnitWords"/> capitalised words
    /// ("Fiber", "ViiV Healthcare") that are neither a verb of dealing or planning nor a word that leads to one ("Agrees",
    /// "To"), nor a company's people ("Chief", "Investors"). Unchanged when it starts with none.
    /// </summary>
    private static ReadOnlySpan<char> WithoutUnitName(ReadOnlySpan<char> after)
    {
        var rest = after;
        for (var words = 0; words < MaxUnitWords && !rest.IsEmpty; words++)
        {
            var word = PhraseText.FirstWord(rest);
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLetter(word[^1]) || DealVerbs.Contains(word) || PlanningVerbs.Contains(word) ||
                Leads.Contains(word) || Refusals.Contains(word) || PeopleWords.Contains(word))
            {
                break;
            }

            rest = rest[word.Length..].TrimStart();
        }

        return rest;
    }

    private static bool TradesShares(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        for (var read = 0; read < MaxWordsToParty && !after.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(after);
            var bare = word.TrimEnd(".,;:\"'”’");
            var next = PhraseText.FirstWord(after[word.Length..].TrimStart());
            if (Traded.Contains(bare) ||
                (bare.Length > 0 && bare[^1] == '%' || bare.Equals("pc", StringComparison.OrdinalIgnoreCase) || bare.Equals("percent", StringComparison.OrdinalIgnoreCase)) && (next.Equals("in", StringComparison.OrdinalIgnoreCase) || next.StartsWith("stake", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (bare.Length < word.Length)
            {
                return false;
            }

            after = after[word.Length..].TrimStart();
        }

        return false;
    }

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is the other party of a deal the
    /// headline's subject makes: the one after "with" or "to" a few words after a verb of dealing ("joins forces with", "sells
    /// US drug rights to", "inks licensing deal with").
    /// </summary>
    public static bool IsDealParty(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var listed = AttributionText.WithoutListedNamesAtEnd(before.TrimEnd());

        // "Acme to sell Initech to Globex": the company sold, right after the verb, by a subject that opens the headline
        // (not "sells its Acme unit", a business of its own).
        if (SellingVerbs.Contains(PhraseText.LastWord(listed)))
        {
            return MakesDealBefore(PhraseText.WithoutLastWord(listed)) && !TradesShares(after);
        }

        var words = WithoutLeads(listed);
        var last = PhraseText.LastWord(words);

        // "… with Globex", "sells the rights to Globex", "to buy a brokerage from Globex" (the seller).
        var from = last.Equals("from", StringComparison.OrdinalIgnoreCase);
        if (!last.Equals("with", StringComparison.OrdinalIgnoreCase) && !last.Equals("to", StringComparison.OrdinalIgnoreCase) && !from)
        {
            return false;
        }

        words = PhraseText.WithoutLastWord(words);
        var namesDeal = false;
        for (var read = 0; read < MaxWordsToParty && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (word.IsEmpty || word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            // "does a deal with Globex", not "what to do with Globex".
            namesDeal |= DealNouns.Contains(word);
            if (DealVerbs.Contains(word) && (!from || BuyingVerbs.Contains(word)) && (namesDeal || !NounVerbs.Contains(word)))
            {
                // A subject before the verb ("Acme sells … to", not "Merge Acme with") and no trade in shares.
                return !PhraseText.WithoutLastWord(words).IsEmpty && !TradesShares(before[words.Length..]);
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is the company another bids for: after
    /// "takeover of", "buyout of", "bid for" or "offer for" (over a place's possessive: "takeover of Canada's Initech"), after
    /// a priced tie-up ("a $30 bln tie-up with Initech": an amount makes a purchase of it), or before "buyout" or "takeover"
    /// after an amount or a possessive ("Globex's $100 billion Initech buyout plan"). A bidder is named before: a name that
    /// opens the text bids itself.
    /// </summary>
    public static bool IsTakeoverTarget(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var words = before.TrimEnd();
        if (PhraseText.LastWord(words) is var place && place.Length > 2 && char.IsUpper(place[0]) &&
            (place.EndsWith("'s", StringComparison.Ordinal) || place.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            words = PhraseText.WithoutLastWord(words); // "takeover of Canada's"
        }

        var preposition = PhraseText.LastWord(words);
        var rest = PhraseText.WithoutLastWord(words);
        var noun = PhraseText.LastWord(rest);
        if (PhraseText.WithoutLastWord(rest).IsEmpty)
        {
            return false; // no bidder before
        }

        if (preposition.Equals("of", StringComparison.OrdinalIgnoreCase) && (noun.Equals("takeover", StringComparison.OrdinalIgnoreCase) || noun.Equals("buyout", StringComparison.OrdinalIgnoreCase)) ||
            preposition.Equals("for", StringComparison.OrdinalIgnoreCase) && Bids.Contains(noun))
        {
            return true;
        }

        if (preposition.Equals("with", StringComparison.OrdinalIgnoreCase) && noun.Equals("tie-up", StringComparison.OrdinalIgnoreCase))
        {
            // "$30 bln all-share tie-up": an amount among the three words before the tie-up.
            var priced = PhraseText.WithoutLastWord(rest);
            for (var read = 0; read < 3 && !priced.IsEmpty; read++)
            {
                if (IsAmountWord(PhraseText.LastWord(priced)))
                {
                    return true;
                }

                priced = PhraseText.WithoutLastWord(priced);
            }

            return false;
        }

        // "AB Inbev's $100 billion Initech buyout plan": the name right before the deal it is bought in, after an amount or an
        // owner's possessive.
        var next = PhraseText.FirstWord(after.TrimStart()).TrimEnd(".,;:");
        var last = PhraseText.LastWord(words);
        if (TakeoverNounsAfter.Contains(next))
        {
            return IsAmountWord(last) || last.EndsWith("'s", StringComparison.Ordinal);
        }

        // "putting together a new Initech bid", "a sweetened Initech offer": a bid described before the name is made for it (the
        // name's own bid goes on to what it is for: "Initech bid for Globex").
        return BidNounsAfter.Contains(next) && (BidDescriptions.Contains(last) || IsAmountWord(last)) &&
               !PhraseText.FirstWord(after.TrimStart()[next.Length..].TrimStart()).Equals("for", StringComparison.OrdinalIgnoreCase);
    }

    // The deals a company named right before them is bought in: "Initech buyout", "Initech takeover bid".
    private static readonly WordSet TakeoverNounsAfter = new("buyout", "takeover");

    // Bids for a company named right before them, when a description stands before the name: "new Initech bid".
    private static readonly WordSet BidNounsAfter = new("bid", "bids", "offer", "approach");

    // Words that describe a bid before the name of the company bid for: "a new Initech bid", "a sweetened Initech offer".
    private static readonly WordSet BidDescriptions = new(
        "new", "fresh", "rival", "improved", "higher", "sweetened", "revised", "renewed", "second", "third", "possible", "potential",
        "hostile", "all-cash", "all-share", "cash", "latest");

    private static readonly WordSet AmountUnits = new("billion", "bln", "bn", "million", "mln");

    /// <summary>Whether a word is an amount or its unit: "$30", "£2bn", "100", "billion", "mln".</summary>
    private static bool IsAmountWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && (word[0] is '$' or '£' or '€' || char.IsDigit(word[0])) || AmountUnits.Contains(word);

    // Words that describe a partner before its name: "teams up with start-up Quorra", "with rival Globex".
    private static readonly WordSet PartyLeads = new(
        "start-up", "startup", "rival", "biotech", "fintech", "peer", "partner", "local", "domestic", "its", "the", "a", "an");

    /// <summary>The words without up to two describing words at their end ("with start-up" is "with").</summary>
    private static ReadOnlySpan<char> WithoutLeads(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < 2 && PartyLeads.Contains(PhraseText.LastWord(words)); read++)
        {
            words = PhraseText.WithoutLastWord(words);
        }

        return words;
    }

    // Verbs whose object is the company sold: "to sell Initech", "sells Initech for £1".
    private static readonly WordSet SellingVerbs = new("sell", "sells", "selling", "offload", "offloads", "offloading", "divest", "divests");

    /// <summary>
    /// Whether the words before a verb of selling are a subject that opens the headline and its leads: "Citigroup to",
    /// "Weekend papers: Sir John Roe", "Acme set to".
    /// </summary>
    private static bool MakesDealBefore(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < MaxWordsToVerb && !words.IsEmpty && Leads.Contains(PhraseText.LastWord(words)); read++)
        {
            words = PhraseText.WithoutLastWord(words);
        }

        // The subject: capitalised words of a name, with only a section label before them.
        var read2 = 0;
        for (; read2 < MaxWordsToVerb && !words.IsEmpty && char.IsUpper(PhraseText.LastWord(words)[0]) && !PhraseText.LastWord(words).EndsWith(":"); read2++)
        {
            words = PhraseText.WithoutLastWord(words);
        }

        return read2 > 0 && OpensHeadline(words);
    }

    /// <summary>Whether a word may describe the company named after it: "Drugmaker", "major", "Japan's", "UK".</summary>
    private static bool Describes(ReadOnlySpan<char> word)
    {
        if (Descriptors.Contains(word))
        {
            return true;
        }

        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return true; // "Japan's", "Spain's"
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length <= 3; // "UK", "US"
    }

    /// <summary>Whether only a section label stands before a name at the start of a headline ("", "Friday Papers:", "UPDATE 1-").</summary>
    private static bool OpensHeadline(ReadOnlySpan<char> before)
    {
        // "Acme and Globex form…", "Acme, Globex swap…": the names listed first open it with the name.
        before = AttributionText.WithoutListedNamesAtEnd(before.Trim()).Trim();
        if (before.IsEmpty)
        {
            return true;
        }

        var colon = before.LastIndexOfAny(":-");
        if (colon >= 0 && colon == before.Length - 1 && before.Count(' ') <= 3)
        {
            return true;
        }

        // A describing phrase of at most three words: "Drugmaker", "Oil major", "Japan's", "UK bank".
        before = before[(colon + 1)..].Trim();
        for (var words = 0; !before.IsEmpty; words++)
        {
            var word = PhraseText.FirstWord(before);
            if (words == 3 || !Describes(word))
            {
                return false;
            }

            before = before[word.Length..].TrimStart();
        }

        return true;
    }
}
