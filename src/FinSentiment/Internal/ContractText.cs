namespace FinSentiment.Internal;

/// <summary>
/// Whether a company is named as the one a customer's business goes to ("BT awarded Acme the bulk of its network", "the
/// contract went to Acme", "awarded to Acme", "switching its terminals from Globex to Acme", "dropped Globex in favour of
/// Acme", "lost the rail contract to a team of Acme and Initech"), as the one the business leaves ("from Globex to",
/// "will drop Globex", "stop using Globex chips", "Globex was passed over", "over bids from Globex", "cancelled an order from
/// Globex", "would not renew its contract with Globex"), or as the customer that decides ("BT awarded", "Walmart picked").
/// A contract won or lost is news for the suppliers, whatever words of sentiment the sentence holds; the customer's choice is
/// no news of its own.
/// </summary>
internal static class ContractText
{
    /// <summary>The most words read back from the "to" of the one the business goes to, to the verb that sends it there.</summary>
    private const int MaxWordsToVerb = 14;

    /// <summary>The most words read around a verb of handing or going for the contract handed ("handed Acme a $2 bn order").</summary>
    private const int MaxWordsToContract = 6;

    /// <summary>The most other names read over after a name ("Globex, Initech and Umbrella were passed over").</summary>
    private const int MaxListedNames = 8;

    /// <summary>The most words before a name that describe it ("a team of", "lower-cost bidder", "its longtime supplier").</summary>
    private const int MaxLeadWords = 4;

    // Verbs whose object wins the business: "awarded Acme the contract".
    private static readonly WordSet AwardVerbs = new("award", "awards", "awarded", "awarding");

    // Verbs whose object wins the business when a contract is what is handed: "handed Acme a $2 bn order".
    private static readonly WordSet HandingVerbs = new(
        "hand", "hands", "handed", "handing", "give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting");

    // Verbs after which "to" names the one a contract goes to, when a contract is named: "the contract went to Acme", "awarded
    // the work to Acme".
    private static readonly WordSet SendingVerbs = new(
        "award", "awards", "awarded", "awarding", "re-awarded", "granted", "handed", "hands", "hand", "handing", "gives", "giving", "given", "gave", "went", "goes", "go", "going", "gone", "passed", "passes",
        "switched", "switching", "switches", "switch", "defected", "defecting", "defects", "defect");

    // Verbs that move business "from" one company "to" another: "moved its account from WPP to Publicis".
    private static readonly WordSet MovingVerbs = new(
        "switch", "switches", "switched", "switching", "move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting",
        "transfer", "transfers", "transferred", "transferring", "migrate", "migrates", "migrated", "migrating");

    // Verbs whose "to" names the customer supplied: "the contract to supply meals to Tesco".
    private static readonly WordSet SupplyingVerbs = new(
        "supply", "supplies", "supplying", "sell", "sells", "selling", "deliver", "delivers", "delivering", "provide", "provides",
        "providing", "ship", "ships", "shipping", "lease", "leasing");

    // Verbs of losing a contract "to" a rival: "lost the rail contract to Acme".
    private static readonly WordSet LosingVerbs = new("lose", "loses", "lost", "losing", "cede", "cedes", "ceded", "ceding");

    // What a customer gives a supplier: "the contract", "a $2 bn order", "the account".
    private static readonly WordSet ContractNouns = new(
        "contract", "contracts", "order", "orders", "deal", "deals", "tender", "tenders", "account", "accounts", "mandate",
        "mandates", "concession", "concessions", "licence", "license", "franchise", "business", "work", "project", "projects",
        "programme", "program", "award", "job", "jobs", "supply", "bid", "bids", "victory", "share", "customers", "clients", "volume",
        "volumes");

    // Verbs whose object loses the customer: "will drop Coca-Cola", "ditched Globex".
    private static readonly WordSet DroppingVerbs = new(
        "drop", "drops", "dropped", "dropping", "ditch", "ditches", "ditched", "ditching", "dump", "dumps", "dumped", "dumping",
        "axe", "axes", "axed", "axing", "shun", "shuns", "shunned", "shunning", "jettison", "jettisons", "jettisoned", "jettisoning",
        "sideline", "sidelines", "sidelined", "sidelining", "snub", "snubs", "snubbed", "snubbing", "exclude", "excludes", "excluded", "excluding", "remove", "removes",
        "removed", "removing");

    // Verbs of putting off a supplier's deliveries: "defers Boeing 777X deliveries".
    private static readonly WordSet DeferringVerbs = new(
        "defer", "defers", "deferred", "deferring", "delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed",
        "postponing");

    // What a customer puts off, a word or two after the maker's name ("Boeing 777X deliveries", "Airbus orders").
    private static readonly WordSet DeliveryNouns = new("deliveries", "delivery", "orders", "order", "shipments", "purchases");

    // "stop using Globex chips", "stopped buying from Globex": a customer that ceases.
    private static readonly WordSet CeasingVerbs = new(
        "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit", "quits", "quitting");

    private static readonly WordSet CeasedUses = new("using", "buying", "selling", "stocking", "carrying", "ordering");

    // Verbs that end a contract with or an order from a company: "cancelled an order from Globex", "terminated its contract with",
    // "halted purchases from".
    private static readonly WordSet EndingVerbs = new(
        "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "scrap", "scraps", "scrapped", "scrapping",
        "terminate", "terminates", "terminated", "terminating", "end", "ends", "ended", "ending", "axed", "cut", "cuts", "cutting",
        "sever", "severs", "severed", "severing", "exit", "exits", "exited", "exiting", "tear", "tore", "torn", "pull", "pulls",
        "pulled", "pulling", "halt", "halts", "halted", "halting", "suspend", "suspends", "suspended", "suspending");

    // What such a verb ends "with" a company: "its contract with", "ties with".
    private static readonly WordSet Relations = new(
        "contract", "contracts", "deal", "deals", "agreement", "agreements", "partnership", "partnerships", "relationship",
        "relationships", "ties", "licence", "license", "arrangement", "alliance", "order", "orders");

    // A rival's offer passed over or fought off: "over bids from Cerner", "fending off a challenge from Mitie".
    private static readonly WordSet RivalOffers = new(
        "bid", "bids", "offer", "offers", "proposal", "proposals", "tender", "tenders", "challenge", "challenges", "pitch", "pitches");

    // Words after the name of one passed over, before the verb: "were passed over", "both missed out".
    private static readonly WordSet PassiveAuxiliaries = new(
        "was", "were", "is", "are", "been", "has", "have", "had", "being", "both", "all", "each", "also", "reportedly", "effectively");

    // The words that follow a passed-over name: "passed over", "missed out", "lost out", "disqualified".
    private static readonly WordSet PassedOverVerbs = new(
        "passed", "missed", "miss", "misses", "missing", "lost", "lose", "loses", "losing", "disqualified", "excluded", "eliminated",
        "overlooked", "snubbed", "rejected", "ruled", "removed", "dropped", "sidelined", "axed");

    // Words that may stand before a name: "to a team of", "rival bidder", "its longtime supplier".
    private static readonly WordSet NameLeads = new(
        "a", "an", "the", "its", "their", "rival", "rivals", "newcomer", "bidder", "bidders", "team", "consortium", "of", "led", "by",
        "lower-cost", "cheaper", "smaller", "larger", "local", "longtime", "long-time", "incumbent", "supplier", "suppliers",
        "competitor", "competitors", "partner", "start-up", "startup", "peer", "peers", "both");

    // Auxiliaries between a customer and its verb: "will drop", "has awarded", "is switching".
    private static readonly WordSet Auxiliaries = new(
        "will", "would", "is", "are", "was", "were", "has", "have", "had", "to", "also", "now", "finally", "instead", "reportedly");

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> wins the business: the object of an
    /// award ("awarded Acme the bulk"), of a contract handed to it ("handed Acme a $2 bn order"), the one a contract goes "to"
    /// ("the contract went to Acme", "awarded the work to", "from Globex to Acme", "lost the contract to Acme") or the one
    /// "in favour of" which another is dropped.
    /// </summary>
    public static bool Wins(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var listed = AttributionText.WithoutListedNamesAtEnd(before.TrimEnd());
        if (listed.EndsWith(" in favour of", StringComparison.OrdinalIgnoreCase) || listed.EndsWith(" in favor of", StringComparison.OrdinalIgnoreCase))
        {
            // "not in favour of": the words before "in favour of" end with "not".
            var lead = PhraseText.WithoutLastWord(PhraseText.WithoutLastWord(PhraseText.WithoutLastWord(listed)));
            return !PhraseText.LastWord(lead).Equals("not", StringComparison.OrdinalIgnoreCase);
        }

        var words = WithoutLeads(listed);
        var last = PhraseText.LastWord(words);
        if (AwardVerbs.Contains(last))
        {
            return !PhraseText.FirstWord(after.TrimStart()).Equals("to", StringComparison.OrdinalIgnoreCase); // "award Acme to…"
        }

        if (HandingVerbs.Contains(last))
        {
            return NamesContractAfter(after);
        }

        // "Deutsche Bahn drops Siemens, picks Stadler", "opts for Airbus A350s", "an arbitration panel sides with Vale".
        if (PickingVerbs.Contains(last) ||
            last.Equals("for", StringComparison.OrdinalIgnoreCase) && (OptingVerbs.Contains(PhraseText.LastWord(PhraseText.WithoutLastWord(words))) ||
                                                                         RulingVerbs.Contains(PhraseText.LastWord(PhraseText.WithoutLastWord(words)))) ||
            last.Equals("with", StringComparison.OrdinalIgnoreCase) && SidingVerbs.Contains(PhraseText.LastWord(PhraseText.WithoutLastWord(words))))
        {
            // Not someone of the company picked ("picks Globex's Jane Roe as CEO") or a firm hired to advise.
            return !IsPassive(PhraseText.WithoutLastWord(words)) && !DisplacementText.IsDisplaced(before, after) && !NamesAdviserRole(after) &&
                   !(after.Length > 0 && after[0] is '\'' or '\u2019') && !StartsWithCapital(after);
        }

        // "TalkTalk hires Acme to investigate the attack", "Tesco engages Globex": a company hired for work wins the business,
        // but not a bank hired for someone's deal ("hires Globex to explore a sale"), nor the employer of a person hired
        // ("hires Globex banker Jane Roe", "hires Globex's head of risk").
        if (HiringVerbs.Contains(last))
        {
            return !IsPassive(PhraseText.WithoutLastWord(words)) && !DisplacementText.IsDisplaced(before, after) && IsHiredForWork(after);
        }

        // "RBS becomes an Acme customer", "became Globex's biggest client": the company whose custom a buyer takes up.
        if (BecomingVerbs.Contains(last))
        {
            return NamesCustomerAfter(after);
        }

        return last.Equals("to", StringComparison.OrdinalIgnoreCase) && IsSentTo(PhraseText.WithoutLastWord(words));
    }

    // Verbs whose object is a company hired for work: "hires Acme to audit", "engaged Globex".
    private static readonly WordSet HiringVerbs = new(
        "hire", "hires", "hired", "hiring", "engage", "engages", "engaged", "engaging", "enlist", "enlists", "enlisted", "enlisting");

    // Verbs of a deal's or an owner's adviser after "to": "hires Goldman to explore a sale", "to advise on the bid".
    private static readonly WordSet AdvisingVerbs = new(
        "advise", "explore", "review", "evaluate", "weigh", "consider", "study", "seek", "find", "sell", "arrange", "underwrite",
        "run", "handle", "manage", "lead", "look", "assess", "help", "raise", "list", "float");

    /// <summary>
    /// Whether the words after a name hired make it a company hired for work: nothing more (a headline's end), a comma or a full
    /// stop, "as" and a role that is no adviser's ("as its logistics partner"), or "to" and a verb of work that is no adviser's
    /// ("to investigate the attack", not "to explore a sale").
    /// </summary>
    private static bool IsHiredForWork(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        if (rest.IsEmpty || rest[0] is ',' or '.' or ';' or ':')
        {
            return true;
        }

        var word = PhraseText.FirstWord(rest);
        if (word.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return !NamesAdviserRole(after);
        }

        if (!word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var verb = PhraseText.FirstWord(rest[word.Length..].TrimStart());
        return verb.Length > 0 && char.IsLower(verb[0]) && !AdvisingVerbs.Contains(verb.TrimEnd(".,;:"));
    }

    // Verbs of taking up a company's custom: "becomes an Acme customer".
    private static readonly WordSet BecomingVerbs = new("become", "becomes", "became", "becoming");

    // Nouns of one who buys from the company named before them: "an Acme customer", "Globex's biggest client".
    private static readonly WordSet CustomerNouns = new("customer", "customers", "client", "clients");

    /// <summary>
    /// Whether the words after a name call the subject its customer: a customer noun first, after a possessive's mark and up to
    /// two words ("customer", "'s biggest client", "'s latest customer").
    /// </summary>
    private static bool NamesCustomerAfter(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        if (rest.StartsWith("'s ", StringComparison.Ordinal) || rest.StartsWith("\u2019s ", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }

        for (var read = 0; read < 3 && !rest.IsEmpty; read++)
        {
            rest = rest.TrimStart();
            var word = PhraseText.FirstWord(rest);
            if (CustomerNouns.Contains(word.TrimEnd(".,;:")))
            {
                return true;
            }

            if (word.IsEmpty || word[^1] is ',' or '.' or ';' or ':' || char.IsUpper(word[0]))
            {
                return false;
            }

            rest = rest[word.Length..];
        }

        return false;
    }

    /// <summary>Whether the words after a name go on with a capitalised word: the name found is part of a longer one ("Standard Bank's").</summary>
    private static bool StartsWithCapital(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        return after.Length > 0 && char.IsUpper(after[0]);
    }

    // Roles of a firm picked to advise on someone else's deal: "taps Goldman Sachs as adviser".
    private static readonly WordSet AdviserRoles = new(
        "adviser", "advisor", "advisers", "advisors", "bookrunner", "bookrunners", "underwriter", "underwriters", "broker", "auditor",
        "auditors", "counsel", "arranger", "arrangers");

    /// <summary>Whether "as" and an adviser's role follow the name ("as adviser", "as its financial adviser").</summary>
    private static bool NamesAdviserRole(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (!PhraseText.FirstWord(after).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        after = after[2..].TrimStart();
        for (var read = 0; read < 3 && !after.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(after);
            if (AdviserRoles.Contains(word.TrimEnd(".,;:")))
            {
                return true;
            }

            after = after[word.Length..].TrimStart();
        }

        return false;
    }

    // Verbs by which a customer picks a supplier, whose object is the one picked: "picks Stadler for 200 trains", "taps LG Energy".
    private static readonly WordSet PickingVerbs = new(
        "pick", "picks", "picked", "picking", "select", "selects", "selected", "selecting", "choose", "chooses", "chose", "choosing",
        "tap", "taps", "tapped", "tapping");

    /// <summary>
    /// The stems every customer's decision holds (<see cref="Decides"/>: the first verb after the name, past an auxiliary or two,
    /// is one of <see cref="EndingVerbs"/>, <see cref="AwardVerbs"/>, <see cref="PickingVerbs"/> or <see cref="DroppingVerbs"/>,
    /// and each of their words holds one of these: "cancel" for "cancelled", "choos" and "chose" for "choosing" and "chose"). A
    /// text with none of them names no customer that decides ("BT awarded Nokia", "Costco will drop Coca-Cola"), and its names
    /// are not read. Stems rather than the words keep the scanner's table small (a verb's forms share one stem).
    /// </summary>
    public static readonly Stems DecisionStems = new(
        "cancel", "scrap", "terminat", "end", "axe", "axing", "cut", "sever", "exit", "tear", "tore", "torn", "pull", "halt", "suspend",
        "award", "pick", "select", "choos", "chose", "tap", "drop", "ditch", "dump", "shun", "jettison", "sidelin", "snub", "exclud",
        "remov");

    // Verbs before "for" whose object is the one chosen: "opts for Airbus", "plumped for Globex".
    private static readonly WordSet OptingVerbs = new("opts", "opt", "opted", "opting", "plumps", "plumped", "settles", "settled");

    // Verbs before "with" of a ruling for the name: "sides with Vale", "sided with Acme".
    private static readonly WordSet SidingVerbs = new("sides", "sided", "siding", "side");

    /// <summary>
    /// Whether the words before "from" stop a purchase within a few words: a verb of ceasing, then a use ("stop buying modem
    /// chips", "ceased ordering parts").
    /// </summary>
    private static bool StopsBuyingIn(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < 4 && !words.IsEmpty; read++)
        {
            var last = PhraseText.LastWord(words);
            words = PhraseText.WithoutLastWord(words);
            if (CeasedUses.Contains(last))
            {
                return CeasingVerbs.Contains(PhraseText.LastWord(words));
            }
        }

        return false;
    }

    // Verbs of a court before "for" the side it rules for: "the court rules for Pfizer", "a jury found for Acme".
    private static readonly WordSet RulingVerbs = new("rules", "ruled", "ruling", "rule", "finds", "found");

    /// <summary>The most words back from "against" to the ruling for the other side: "sides with Chevron and Hess against Exxon".</summary>
    private const int RulingReach = 8;

    /// <summary>
    /// Whether the words before "against" hold a ruling for another side ("sides with Chevron against", "rules for Pfizer and
    /// BioNTech in their fight against", "ruled in favour of Acme against"), within a few words.
    /// </summary>
    private static bool RulesForOtherSide(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < RulingReach && !words.IsEmpty; read++)
        {
            var last = PhraseText.LastWord(words);
            var rest = PhraseText.WithoutLastWord(words);
            var verb = PhraseText.LastWord(rest);
            if (last.Equals("with", StringComparison.OrdinalIgnoreCase) && SidingVerbs.Contains(verb) ||
                last.Equals("for", StringComparison.OrdinalIgnoreCase) && RulingVerbs.Contains(verb) ||
                last.Equals("of", StringComparison.OrdinalIgnoreCase) && (verb.Equals("favour", StringComparison.OrdinalIgnoreCase) || verb.Equals("favor", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (last.IsEmpty || last[^1] is '.' or ';' or ':')
            {
                return false;
            }

            words = rest;
        }

        return false;
    }

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> loses the business: the one a customer
    /// moves "from" to another or "away from", drops ("will drop Globex"), stops using, whose order or contract is cancelled
    /// or not renewed, whose bid is passed over ("over bids from Globex") or fought off, or that is itself passed over ("Globex
    /// was passed over", "Globex missed out on the contract").
    /// </summary>
    public static bool Loses(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (IsPassedOver(after))
        {
            return true;
        }

        var words = WithoutLeads(AttributionText.WithoutListedNamesAtEnd(before.TrimEnd()));
        var last = PhraseText.LastWord(words);
        var rest = PhraseText.WithoutLastWord(words);
        if (DroppingVerbs.Contains(last))
        {
            return !IsPassive(rest) && !IsClearedFrom(after); // "drops Acme from its probe" clears it
        }

        // "Emirates defers Boeing 777X deliveries", "delays Airbus orders": what a customer puts off is the maker's business.
        if (DeferringVerbs.Contains(last) && !IsPassive(rest) && PhraseText.HasWordAhead(after, DeliveryNouns, 2))
        {
            return true;
        }

        if (CeasedUses.Contains(last))
        {
            return CeasingVerbs.Contains(PhraseText.LastWord(rest));
        }

        // "Apple will stop buying modem chips from Qualcomm": the one a customer stops buying from.
        if (last.Equals("from", StringComparison.OrdinalIgnoreCase) && StopsBuyingIn(rest))
        {
            return true;
        }

        // "An arbitration panel sides with Chevron against Exxon", "the court ruled for Acme against Globex": the other side loses.
        if (last.Equals("against", StringComparison.OrdinalIgnoreCase) && RulesForOtherSide(rest))
        {
            return true;
        }

        if (last.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return IsMovedFrom(rest, after) || IsRivalOffer(rest) || EndsRelation(rest, OrderNouns) || IsTakenFrom(rest);
        }

        // "…, ending Pepsi's 20-year run", "ending Adidas partnership": a relation or a reign ended.
        if (EndingVerbs.Contains(last) && EndsWithRelationAfter(after))
        {
            return true;
        }

        return last.Equals("with", StringComparison.OrdinalIgnoreCase) && EndsRelation(rest, Relations);
    }

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is the customer that decides: the
    /// subject of an award or of a drop with another name after it ("BT awarded Nokia", "Costco will drop Coca-Cola").
    /// </summary>
    public static bool Decides(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        var word = PhraseText.FirstWord(rest);
        var planned = false;
        for (var i = 0; i < 2 && Auxiliaries.Contains(word); i++)
        {
            planned |= word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase);
            rest = rest[word.Length..].TrimStart();
            word = PhraseText.FirstWord(rest);
        }

        // "Acme drops 5%", "futures drop Rs 360": a verb of dropping after a name is a price move but for a customer's plan
        // ("will drop"), a past act ("dropped Globex") or a name right after it ("Apple drops Globex as a supplier").
        // "Velocita cancelled the rest of its order for 40 buses from Arcwell", "Walmart terminates its delivery contract with
        // DoorDash": the customer that ends an order from a supplier or a relation with it.
        if (EndingVerbs.Contains(word) && EndsOrderWithName(rest[word.Length..]))
        {
            return true;
        }

        var dropping = DroppingVerbs.Contains(word);
        if (!AwardVerbs.Contains(word) && !PickingVerbs.Contains(word) && !dropping)
        {
            return false;
        }

        // A name, not a currency or a unit ("dropped Rs 30", "picked US$ bonds"), nor a day or a month ("drops Friday").
        var named = PhraseText.FirstWord(rest[word.Length..].TrimStart());
        var isName = named.Length > 0 && char.IsUpper(named[0]) && (named.Length > 3 || named.Length > 1 && char.IsLower(named[1]));
        return isName && (!dropping || planned || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ||
                          named.Length > 3 && !SourceMentions.TimeNames.Contains(named)); // "drops Rs 360" is a price
    }

    /// <summary>
    /// Whether the words after a verb of ending name an order and then "from" a capitalised name, or a relation and then "with" one,
    /// within one clause of at most <see cref="MaxWordsToVerb"/> words ("the rest of its order for 40 buses from Arcwell",
    /// "purchases of ore from Globex", "its last-mile delivery contract with Globex").
    /// </summary>
    private static bool EndsOrderWithName(ReadOnlySpan<char> words)
    {
        var ordered = false;
        var related = false;
        for (var read = 0; read < MaxWordsToVerb && !words.IsEmpty; read++)
        {
            words = words.TrimStart();
            var word = PhraseText.FirstWord(words);
            if (word.IsEmpty)
            {
                return false;
            }

            words = words[word.Length..];
            var from = word.Equals("from", StringComparison.OrdinalIgnoreCase);
            if (from || word.Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                var named = PhraseText.FirstWord(words.TrimStart());
                return (from ? ordered : related) && named.Length > 1 && char.IsUpper(named[0]);
            }

            related |= Relations.Contains(word);

            if (word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            ordered |= OrderNouns.Contains(word);
        }

        return false;
    }

    /// <summary>The most words between an order and the "from" of its supplier: "order for 40 electric buses from".</summary>
    private const int MaxOrderedWords = 5;

    // What is ordered "from" a company: "cancelled an order from Globex".
    private static readonly WordSet OrderNouns = new(
        "order", "orders", "contract", "contracts", "purchase", "purchases", "deal", "deals", "business", "account");

    /// <summary>
    /// Whether the words before a "to" send business to the name after it, in one clause of at most <see cref="MaxWordsToVerb"/>
    /// words: a verb of sending with a contract named near it ("the contract went to", "awarded the work to"), a verb of moving
    /// with a "from" after it ("moved its account from WPP to"), a bare switch ("switched to"), or a contract lost ("lost the
    /// rail contract to").
    /// </summary>
    private static bool IsSentTo(ReadOnlySpan<char> words)
    {
        var from = false;
        var contract = false;
        var possessive = false;
        for (var read = 0; read < MaxWordsToVerb && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (word.IsEmpty || word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            var rest = PhraseText.WithoutLastWord(words);
            if (SupplyingVerbs.Contains(word) || EndingVerbs.Contains(word))
            {
                return false; // "a contract to supply meals to Tesco" names the customer; "cancelled the contract awarded to" takes it back
            }

            if (LosingVerbs.Contains(word))
            {
                return contract;
            }

            // "moved its account from WPP to", "is moving its freight to", "shifting the franchise to", "switched to".
            if (MovingVerbs.Contains(word) && (from || contract || possessive || word.StartsWith("switch", StringComparison.OrdinalIgnoreCase) && read == 0))
            {
                return true;
            }

            if (SendingVerbs.Contains(word))
            {
                if (WasOnlyExpected(rest))
                {
                    return false; // "a deal analysts had expected to go to Acme" went elsewhere
                }

                return contract || word.StartsWith("switch", StringComparison.OrdinalIgnoreCase) || word.StartsWith("defect", StringComparison.OrdinalIgnoreCase) ||
                       NamesContractBefore(rest, overComma: read == 0);
            }

            from |= word.Equals("from", StringComparison.OrdinalIgnoreCase);
            possessive |= word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);
            contract |= ContractNouns.Contains(word);
            words = rest;
        }

        return false;
    }

    // Words before "to" and a verb of sending that say the business was only expected to go there: "had expected to go to".
    private static readonly string[] UnmetExpectations =
        ["had expected to", "had been expected to", "was supposed to", "were supposed to", "had been tipped to", "was once expected to"];

    /// <summary>Whether the words before a verb of sending end with an expectation that was not met ("had expected to").</summary>
    private static bool WasOnlyExpected(ReadOnlySpan<char> words)
    {
        foreach (var expectation in UnmetExpectations)
        {
            if (words.EndsWith(expectation, StringComparison.OrdinalIgnoreCase) &&
                (words.Length == expectation.Length || words[^(expectation.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a contract is named in the last <see cref="MaxWordsToContract"/> words of <paramref name="words"/>, read back
    /// over a "which" or "that" and the comma before it ("the Aldi warehouse contract, which"), or <paramref name="overComma"/>
    /// over a comma alone, before a verb right before "to" ("the contract, awarded to Acme"); a verb with an object of its own
    /// after a comma is no contract's ("on how to treat its accounts, given the importance to Acme").
    /// </summary>
    private static bool NamesContractBefore(ReadOnlySpan<char> words, bool overComma)
    {
        var last = PhraseText.LastWord(words);
        if (last.Equals("which", StringComparison.OrdinalIgnoreCase) || last.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            words = PhraseText.WithoutLastWord(words).TrimEnd(',');
            overComma = true;
        }

        for (var read = 0; read < MaxWordsToContract && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (read == 0 && !overComma && word is [.., ','])
            {
                return false;
            }

            if (ContractNouns.Contains(word.TrimEnd(',')))
            {
                return !EndedBefore(PhraseText.WithoutLastWord(words)); // "cancelled the contract awarded to Acme" takes it back
            }

            if (word.IsEmpty || word[^1] is ';' or ':' or '.')
            {
                return false;
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    /// <summary>Whether a verb of ending stands in the few words before a contract: "cancelled the $10 bn cloud contract".</summary>
    private static bool EndedBefore(ReadOnlySpan<char> words) => PhraseText.HasWordBehind(words, EndingVerbs, MaxWordsToContract);

    /// <summary>Whether a contract is named in the words after a name, in its clause: "a $2 bn order", "the contract to build".</summary>
    private static bool NamesContractAfter(ReadOnlySpan<char> after) => PhraseText.HasWordAhead(after, ContractNouns, MaxWordsToContract);

    /// <summary>
    /// Whether the words before a "from" move business away from the name: a verb of moving in the clause, with "to" and a
    /// name right after the name ("switching its terminals from Verifone to Ingenico") or "away" before the "from" ("moving
    /// production away from Catalent").
    /// </summary>
    private static bool IsMovedFrom(ReadOnlySpan<char> words, ReadOnlySpan<char> after)
    {
        var away = PhraseText.LastWord(words).Equals("away", StringComparison.OrdinalIgnoreCase);
        if (!away)
        {
            var next = after.TrimStart();
            if (!PhraseText.FirstWord(next).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var named = next[2..].TrimStart();
            if (named.IsEmpty || !char.IsUpper(named[0]))
            {
                return false;
            }
        }

        return PhraseText.HasWordBehind(words, MovingVerbs, MaxWordsToVerb);
    }

    /// <summary>
    /// Whether the words before a "from" name a rival's offer passed over or fought off: "over bids from", "over rival bids
    /// from", "fending off a challenge from".
    /// </summary>
    private static bool IsRivalOffer(ReadOnlySpan<char> words)
    {
        var offer = PhraseText.LastWord(words);
        if (!RivalOffers.Contains(offer))
        {
            return false;
        }

        words = PhraseText.WithoutLastWord(words);
        for (var read = 0; read < 3 && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (word.Equals("over", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "fending off a challenge from Mitie"; not "to see off a rival bid from Allianz", a bidder for a company that may be
            // glad not to pay more.
            if (word.Equals("off", StringComparison.OrdinalIgnoreCase))
            {
                return !offer.StartsWith("bid", StringComparison.OrdinalIgnoreCase) && !offer.StartsWith("offer", StringComparison.OrdinalIgnoreCase) &&
                       !offer.StartsWith("proposal", StringComparison.OrdinalIgnoreCase);
            }

            if (!NameLeads.Contains(word) && !word.Equals("competing", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    /// <summary>
    /// Whether the words before a "from" or "with" end a relation with the name: a noun of <paramref name="relations"/> and a
    /// verb of ending a few words before it ("cancelled a £600 million armoured vehicle order from", "terminated its contract
    /// with", "cut ties with"), or a renewal refused ("would not renew its licence with").
    /// </summary>
    private static bool EndsRelation(ReadOnlySpan<char> words, WordSet relations)
    {
        // "cancelled the rest of its order for 40 buses from", "halted purchases of copper concentrate from": the noun may be
        // followed by what it is for or of.
        var skipped = ReadOnlySpan<char>.Empty;
        for (var read = 0; !relations.Contains(PhraseText.LastWord(words)); read++)
        {
            var word = PhraseText.LastWord(words);
            if (read == MaxOrderedWords || word.IsEmpty || word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            skipped = word;
            words = PhraseText.WithoutLastWord(words);
        }

        if (!skipped.IsEmpty && !(skipped.Equals("for", StringComparison.OrdinalIgnoreCase) || skipped.Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        words = PhraseText.WithoutLastWord(words);
        for (var read = 0; read < MaxWordsToContract && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (EndingVerbs.Contains(word))
            {
                return true;
            }

            if (word.StartsWith("renew", StringComparison.OrdinalIgnoreCase) || word.StartsWith("extend", StringComparison.OrdinalIgnoreCase))
            {
                return RefusesBefore(PhraseText.WithoutLastWord(words));
            }

            if (word.IsEmpty || word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    // Verbs that take business from a rival: "wrests the supply deal from", "takes the market lead from" (not "wins an order from",
    // whose "from" is the customer).
    private static readonly WordSet TakingVerbs = new(
        "take", "takes", "took", "taking", "wrest", "wrests", "wrested", "wresting", "grab", "grabs",
        "grabbed", "snatch", "snatches", "snatched", "poach", "poaches", "poached", "lure", "lures", "lured", "steal", "steals", "stole");

    // What is taken: a contract or business, or a lead or share of a market.
    private static readonly WordSet TakenThings = new(
        "contract", "contracts", "deal", "deals", "order", "orders", "business", "account", "accounts", "customers", "clients",
        "lead", "share", "crown", "title", "franchise", "mandate", "tender");

    /// <summary>
    /// Whether the words before a "from" take business from the name, within <see cref="MaxWordsToContract"/> words of one
    /// clause: a verb of taking, then what is taken ("wrests the Jaguar supply deal from", "takes the market lead from").
    /// </summary>
    private static bool IsTakenFrom(ReadOnlySpan<char> words)
    {
        var taken = false;
        for (var read = 0; read < MaxWordsToContract && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (word.IsEmpty || word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            if (TakingVerbs.Contains(word))
            {
                return taken;
            }

            taken |= TakenThings.Contains(word);
            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    // What ends with a company: its run, reign or partnership.
    private static readonly WordSet Reigns = new(
        "run", "reign", "streak", "tenure", "dominance", "monopoly", "partnership", "contract", "deal", "relationship", "tie-up",
        "alliance", "sponsorship", "franchise", "hold");

    /// <summary>
    /// Whether the words after a name ended name its relation or its reign within three words: "'s 20-year run", " partnership".
    /// </summary>
    private static bool EndsWithRelationAfter(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("\u2019s", StringComparison.Ordinal))
        {
            after = after[2..];
        }

        return PhraseText.HasWordAhead(after, Reigns, 3);
    }

    /// <summary>Whether a refusal stands in the three words before a verb: "would not renew", "declined to renew", "won't extend".</summary>
    private static bool RefusesBefore(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < 3 && !words.IsEmpty; read++)
        {
            var word = PhraseText.LastWord(words);
            if (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("won't", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("won’t", StringComparison.OrdinalIgnoreCase) || word.StartsWith("declin", StringComparison.OrdinalIgnoreCase) ||
                word.StartsWith("refus", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            words = PhraseText.WithoutLastWord(words);
        }

        return false;
    }

    /// <summary>
    /// Whether the words after a name (and the names listed with it) say it was passed over: "were passed over", "both missed
    /// out on", "lost out to", "was disqualified from", "was ruled out".
    /// </summary>
    private static bool IsPassedOver(ReadOnlySpan<char> after)
    {
        var rest = WithoutListedNamesAtStart(after.TrimStart());
        var word = PhraseText.FirstWord(rest);
        var passive = false;
        for (var i = 0; i < 3 && PassiveAuxiliaries.Contains(word); i++)
        {
            passive |= word is "was" or "were" or "is" or "are" or "been" or "being";
            rest = rest[word.Length..].TrimStart();
            word = PhraseText.FirstWord(rest);
        }

        if (!PassedOverVerbs.Contains(word))
        {
            return false;
        }

        var next = PhraseText.FirstWord(rest[word.Length..].TrimStart()).TrimEnd(".,;:");
        // "were passed over", "was disqualified from", "was ruled out" (not "Acme passed over the offer"); "missed out", "lost out".
        return word[0] is 'm' or 'M' || word.StartsWith("los", StringComparison.OrdinalIgnoreCase)
            ? next.Equals("out", StringComparison.OrdinalIgnoreCase)
            : passive && (next.Equals("over", StringComparison.OrdinalIgnoreCase) || next.Equals("for", StringComparison.OrdinalIgnoreCase) ||
                          next.Equals("from", StringComparison.OrdinalIgnoreCase) || next.Equals("out", StringComparison.OrdinalIgnoreCase) ||
                          next.Equals("in", StringComparison.OrdinalIgnoreCase) && !word.Equals("passed", StringComparison.OrdinalIgnoreCase));
    }

    // What a company is dropped from to its gain: "drops Acme from the probe", "dropped Acme from its blacklist".
    private static readonly WordSet Accusations = new(
        "investigation", "investigations", "probe", "probes", "inquiry", "enquiry", "case", "cases", "lawsuit", "lawsuits", "suit",
        "charges", "complaint", "complaints", "blacklist", "sanctions", "ban", "claims", "proceedings", "prosecution",

        // An agency's watch or review for a downgrade: "removes Acme from Rating Watch Negative".
        "watch", "creditwatch", "review");

    /// <summary>
    /// Whether the clause after a name dropped drops it "from" an accusation or a rating watch within a few words ("from the
    /// cartel probe", "from CreditWatch negative").
    /// </summary>
    private static bool IsClearedFrom(ReadOnlySpan<char> after)
    {
        after = WithoutListedNamesAtStart(after.TrimStart());
        return PhraseText.FirstWord(after).Equals("from", StringComparison.OrdinalIgnoreCase) &&
               PhraseText.HasWordAhead(after[4..], Accusations, MaxWordsToContract);
    }

    /// <summary>Whether the words before a verb make it passive ("was dropped", "been axed"): the one dropped is then its subject.</summary>
    private static bool IsPassive(ReadOnlySpan<char> words)
    {
        var last = PhraseText.LastWord(words);
        return last.Equals("was", StringComparison.OrdinalIgnoreCase) || last.Equals("were", StringComparison.OrdinalIgnoreCase) ||
               last.Equals("been", StringComparison.OrdinalIgnoreCase) || last.Equals("be", StringComparison.OrdinalIgnoreCase) ||
               last.Equals("is", StringComparison.OrdinalIgnoreCase) || last.Equals("are", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words without up to <see cref="MaxLeadWords"/> words before a name at their end ("to a team of" is "to").</summary>
    private static ReadOnlySpan<char> WithoutLeads(ReadOnlySpan<char> words)
    {
        for (var read = 0; read < MaxLeadWords && NameLeads.Contains(PhraseText.LastWord(words)); read++)
        {
            words = PhraseText.WithoutLastWord(words);
        }

        return words;
    }

    /// <summary>The text after a name without the other names listed with it: " and Globex were" is "were".</summary>
    private static ReadOnlySpan<char> WithoutListedNamesAtStart(ReadOnlySpan<char> after)
    {
        // At most a few names: a list of thousands is read over once per name in it, and no list of parties is that long.
        for (var names = 0; names < MaxListedNames; names++)
        {
            var rest = after.StartsWith(",") ? after[1..].TrimStart()
                : after.StartsWith("and ", StringComparison.Ordinal) ? after[4..].TrimStart()
                : after.StartsWith("& ", StringComparison.Ordinal) ? after[2..].TrimStart()
                : [];
            if (rest.IsEmpty || !char.IsUpper(rest[0]))
            {
                return after;
            }

            // Over the capitalised words of the next name.
            for (var words = 0; words < MaxLeadWords && !rest.IsEmpty && char.IsUpper(rest[0]); words++)
            {
                var word = PhraseText.FirstWord(rest);
                var bare = word.TrimEnd(',');
                rest = rest[bare.Length..].TrimStart();
                if (bare.Length < word.Length)
                {
                    break;
                }
            }

            after = rest;
        }

        return after;
    }
}
