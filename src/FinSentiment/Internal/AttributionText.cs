using System.Buffers;
using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Text tests the analyzer uses to decide which company a phrase is about: views and sanctions "on" someone, lists of
/// names, clause breaks, instrument codes.
/// </summary>
internal static class AttributionText
{
    /// <summary>The words that end a view or a sanction (<see cref="IsView"/>); <see cref="SourceMentions"/> folds them into a set of its own.</summary>
    internal static readonly string[] ViewWordList =
    [
        "bullish", "bearish", "positive", "negative", "overweight", "underweight", "optimistic", "pessimistic", "cautious", "upbeat",
        "constructive", "bet", "bets", "outperform", "underperform", "hopeful", "confident", "keen", "sanguine", "wary",
        "penalty", "penalties", "fine", "fines", "ban", "bans", "sanctions", "curbs", "restrictions", "probe", "charges",
        "lawsuit", "strictures", "embargo", "tariffs", "duty", "levy", "upside", "downside",
    ];

    private static readonly WordSet ViewWords = new(ViewWordList);

    // The day's movers (see MoverWords), which are news for the companies named after them too.
    private static readonly string[] MoverWordList =
        ["gainers", "gainer", "losers", "loser", "decliners", "advancers", "laggards", "laggard", "winners", "performers", "performer"];

    // News that is for someone named after it (IsEffect): "a blow to Acme", "a boost for Globex", "pressure on Initech", "a
    // worrying sign for Target".
    private static readonly WordSet EffectWords = new(
        [
            "blow", "boost", "setback", "headache", "threat", "pressure", "win", "relief", "windfall", "tailwind", "headwind", "boon",
            "bonanza", "drag", "negative", "positive", "bad", "good", "great", "worry", "gift", "lifeline", "nightmare", "victory",
            "coup", "disappointment", "embarrassment", "reprieve", "news", "sign", "signs", "signal", "omen", .. MoverWordList,
        ]);

    private static readonly WordSet EffectPrepositions = new("to", "for", "on");

    // The day's movers, and the words that name them after: "top gainers included Nvidia, Broadcom and Micron".
    private static readonly WordSet MoverWords = new(MoverWordList);

    private static readonly WordSet MoverLinks = new("included", "include", "includes", "including", "were", "was", "are", "is", "being");

    private static readonly WordSet ApprovalWords = new(
        "nod", "approval", "approvals", "clearance", "go-ahead", "green signal", "green light", "permission", "consent", "backing", "sanction");

    private static readonly string[] ClauseOpenerList =
        ["while", "but", "whereas", "although", "though", "however", "which", "who", "after", "as", "since", "because", "yet"];

    private static readonly WordSet ClauseOpeners = new(ClauseOpenerList);

    // "an order against", "allegations against", "warns investors against": a step taken against someone, not a yardstick.
    private static readonly WordSet LegalWordsBeforeAgainst = new(
        "order", "orders", "case", "cases", "petition", "PIL", "plea", "allegations", "allegation", "charges", "complaint",
        "complaints", "action", "actions", "restrictions", "ban", "suit", "lawsuit", "appeal", "ruling", "investors", "warning",
        "warns", "cautions", "probe", "proceedings", "are", "is", "was", "were", "bets", "bet", "hedge", "borrow", "protection",
        "penalty", "penalties", "fine", "fines", "sanctions", "measures", "steps", "curbs", "notice", "ordered", "filed", "moves",
        "verdict", "judgment", "judgments", "judgements", "decree", "claim", "claims", "dispute", "arbitration", "fight", "battle", "war", "campaign", "trial",
        "trials", "lawsuits", "suits", "challenge", "challenges", "judgement", "injunction", "appeals", "rulings", "verdicts",
        "disputes");

    private static readonly WordSet ResultsWords = new(
        "net", "profit", "profits", "revenue", "revenues", "earnings", "results", "Q1", "Q2", "Q3", "Q4", "quarterly", "shares",
        "stock", "NPA", "NPAs", "loss", "guidance");

    // Words of a reporting period, alone or joined by a hyphen ("October-December", "fourth-quarter").
    private static readonly WordSet PeriodWords = new(
        "quarter", "half", "year", "first", "second", "third", "fourth", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "annual", "full-year");

    private static readonly WordSet Exchanges = new(
        "NYSE", "Nasdaq", "NSE", "BSE", "LSE", "MCX", "NCDEX", "MCX-SX", "SGX", "HKEX", "ASX", "TSX", "Euronext", "Xetra", "JSE", "CBOE",
        "AMEX", "NYSE American", "NSE Emerge", "London Stock Exchange", "New York Stock Exchange", "Bombay Stock Exchange",
        "National Stock Exchange");

    private static readonly string[] VenuePrepositionList = ["on", "at", "in", "from", "to"];

    private static readonly WordSet VenuePrepositions = new(VenuePrepositionList);

    private static readonly string[] AgainstMarkerList = ["against", "vs", "vs.", "versus"];

    private static readonly WordSet AgainstMarkers = new(AgainstMarkerList);

    // Verbs of relative performance: what comes after them is the yardstick ("Midcaps outperform the Sensex", "Acme lags Globex"),
    // which may have risen or fallen itself. A verb of taking another's place ("overtakes") is not one: the one named after it
    // is displaced (DisplacementText), as is the one "beats" or "tops" names alone ("tops Globex in sales", not "beats the
    // Globex estimate"), which only the role test of its mention can tell.
    private static readonly string[] ComparisonVerbList =
    [
        "outperform", "outperforms", "outperformed", "outperforming", "underperform", "underperforms", "underperformed",
        "underperforming", "outshine", "outshines", "outshone", "outshining", "outpace", "outpaces", "outpaced", "outpacing", "lag",
        "lags", "lagged", "lagging", "trail", "trails", "trailed", "trailing", "beat", "beats", "beating", "tops", "topped",
    ];

    private static readonly WordSet ComparisonVerbs = new(ComparisonVerbList);

    private static readonly string[] CounterpartyMarkerList = ["from", "with"];

    private static readonly WordSet CounterpartyMarkers = new(CounterpartyMarkerList);

    private static readonly string[] PreferenceMarkerList = ["over", "than", "to"];

    private static readonly WordSet PreferenceMarkers = new(PreferenceMarkerList);

    // Every word that ends one of the role markers above: a name after none of them has no role (see FollowsRoleMarker).
    private static readonly WordSet RoleMarkers = new(
        [.. VenuePrepositionList, .. AgainstMarkerList, .. CounterpartyMarkerList, .. PreferenceMarkerList, .. ComparisonVerbList, "for"]);

    // The "for" of a customer after a contract won: "Lear wins seat-systems contract for GM's pickups".
    private static readonly WordSet CustomerMarkers = new("for");

    // What a supplier wins for a customer, and the verbs of winning it, a few words before.
    private static readonly WordSet WonContracts = new("contract", "contracts", "order", "orders", "award", "mandate");

    private static readonly WordSet WinningVerbs = new(
        "win", "wins", "won", "winning", "land", "lands", "landed", "landing", "secure", "secures", "secured", "securing", "clinch",
        "clinches", "clinched", "bag", "bags", "bagged", "awarded", "gets", "got", "nabs", "nabbed");

    /// <summary>The most words between a verb of winning and the contract it won ("wins a $1.2 billion seat-systems contract").</summary>
    private const int MaxWordsToWonContract = 5;

    // Verbs whose sentiment falls on the company named right after them (FallsOnObject).
    private static readonly WordSet ObjectVerbs = new(
        "sue", "sues", "sued", "suing", "dump", "dumps", "dumped", "dumping", "praise", "praises", "praised", "praising", "slam",
        "slams", "slammed", "slamming", "blame", "blames", "blamed", "blaming", "criticise", "criticises", "criticised", "criticize",
        "criticizes", "criticized", "accuse", "accuses", "accused", "fine", "fines", "fined", "penalise", "penalises", "penalised",
        "penalize", "penalizes", "penalized", "punish", "punishes", "punished", "snub", "snubs", "snubbed", "shun", "shuns",
        "shunned", "ditch", "ditches", "ditched", "hail", "hails", "hailed", "back", "backs", "backed", "favour", "favours",
        "favoured", "favor", "favors", "favored", "boycott", "boycotts", "boycotted", "probe", "probes", "probed", "investigate",
        "investigates", "investigated", "attack", "attacks", "attacked", "raid", "raids", "raided", "prefer", "prefers", "preferred",
        "oppose", "opposes", "opposed", "challenge", "challenges", "challenged", "challenge to", "threat to", "favorite", "favorites", "favourite", "favourites",
        "question", "questions", "questioned", "questioning", "hit", "hits", "hitting", "reject", "rejects", "rejected", "rejecting",
        "rebuff", "rebuffs", "rebuffed", "spurn", "spurns", "spurned", "dismiss", "dismisses", "dismissed", "dismissing", "deny",
        "denies", "denied", "denying", "ban", "bans", "banned", "banning", "oust", "ousts", "ousted", "ousting", "invalidate", "invalidates", "invalidated", "invalidating",
        "weighed on", "weighs on", "weigh on", "weighing on", "hurt", "hurts", "hurting", "pressured", "pressuring",

        // Causes that hit or help the company after them ("a strong yen squeezes Acme", "lower fuel prices help Globex", "Acme's
        // bookings lifted Globex", "dragging down Acme"; not
        // "drags" alone, which takes its subject down too: "Acme's guidance cut drags Globex down").
        "squeezes", "squeezing", "dents", "dented", "denting", "crimps", "crimp", "crimped", "crimping", "eats into", "eat into", "ate into", "eating into", "hammers", "hammered", "batters", "battered", "helps",
        "helped", "helping", "buoys", "buoyed", "benefits", "benefited", "benefitted", "lifts", "lifted", "lifting", "boosts",
        "boosted", "boosting", "dragged down", "drags down", "drag down", "dragging down",

        // A writer's position in the stock named after it ("Long $COST, short $TGT", "loading $TSLA puts"; see LexiconScorer).
        "long", "short", "shorting", "shorted", "load", "loading", "loaded", "grab", "grabbing", "grabbed", "snagged",

        // Money taken out of the manager or the bank named after "from" ("investors withdrew $3.9 billion from Invesco"; see
        // IsWithdrawnAmount).
        "withdraw", "withdraws", "withdrew", "withdrawing");

    // Verbs of taking money out that end a phrase of who took it ("clients pulled", "investors withdrew"; FallsOnObject).
    private static readonly WordSet WithdrawingVerbs = new(
        "withdraw", "withdraws", "withdrew", "withdrawing", "pull", "pulls", "pulled", "pulling", "yank", "yanks", "yanked", "yanking");

    // Verbs above whose subject acts against someone else (ActsOnWhatFollows). Not the causes that hit a company ("hit", "weighs
    // on"), nor praise and blame, which are often of the subject's own things ("hails progress", "blames rivals for a glut"),
    // nor dumping or ditching ("dumps 8%", "ditches its plans").
    private static readonly WordSet ActingVerbs = new(
        "sue", "sues", "sued", "suing", "accuse", "accuses", "accused", "penalise", "penalises", "penalised", "penalize",
        "penalizes", "penalized", "punish", "punishes", "punished", "question", "questions", "questioned", "questioning", "reject",
        "rejects", "rejected", "rejecting", "rebuff",
        "rebuffs", "rebuffed", "spurn", "spurns", "spurned", "dismiss", "dismisses", "dismissed", "dismissing", "deny", "denies",
        "denied", "denying", "ban", "bans", "banned", "banning");

    // Words before a participle that make it passive ("Acme was sued").
    private static readonly WordSet PassiveAuxiliaries = new("was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "getting");

    // Words after a participle that make it passive or leave the verb without an object ("Acme sued over emissions").
    private static readonly WordSet NoObjectWords = new(
        "by", "over", "for", "of", "in", "on", "after", "with", "at", "to", "as", "from", "about", "under", "amid", "again", "back");

    // Verbs of a deal that falls on both sides (IsSharedAction).
    private static readonly WordSet DealVerbs = new(
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "merge", "merges", "merged", "merging",
        "partner", "partners", "partnered", "partnering", "invest", "invests", "invested", "investing");

    // Words of an order or a deal whose counterparty follows "from" or "with".
    private static readonly WordSet DealWords = new(
        "order", "orders", "contract", "contracts", "deal", "deals", "merger", "partnership", "partners", "partner", "tie-up", "tieup",
        "ties-up", "alliance", "pact", "agreement", "MoU", "JV");

    private static readonly WordSet ClauseConnectors = new("as", "while", "whereas", "but");

    /// <summary>The length of the longest of <see cref="ClauseConnectors"/> ("whereas").</summary>
    private const int MaxConnectorLength = 7;

    /// <summary><see cref="ClauseConnectors"/> with a space on either side: <see cref="ClauseStarts"/> tests an opener only where one is found.</summary>
    private static readonly string[] ConnectorsBetweenSpaces = [" as ", " while ", " whereas ", " but "];

#if NET9_0_OR_GREATER
    // All the connectors in one vectorised search (.NET 9 and later); .NET 8 searches for each in turn.
    private static readonly SearchValues<string> Connectors = SearchValues.Create(ConnectorsBetweenSpaces, StringComparison.OrdinalIgnoreCase);
#endif

    private static readonly WordSet NotClauseAfterAs = new(
        "a", "an", "the", "of", "per", "well", "much", "many", "far", "long", "soon", "expected", "usual", "part", "such", "it", "they");

    private static readonly WordSet NotClauseBeforeAs = new("such", "well", "much", "so", "just", "same", "as", "known", "seen", "served");

    // Words that let a clause go on about the subject named before it: "…; shares soar", "…, but its margins shrink", "…, but units
    // slip" (a partnership's or trust's shares).
    private static readonly WordSet ContinuationWords = new(
        "as", "while", "whereas", "but", "and", "the", "a", "an", "its", "it", "their", "they", "shares", "share", "stock", "stocks",
        "units", "scrip", "stk", "also", "then", "now", "still", "further", "to", "will", "may", "could", "might", "would", "has", "have", "had", "is",
        "are", "was", "were", "be", "s", "that", "this", "which", // "…, but that was less than feared": what the clause before said
        "says", "said", "adds", "added", "no", "not"); // "Pfizer sticks with outlook…, says no dent to results": its own words

    // Words for the company a sentence is about, as the subject of a later clause: "Ford beat estimates, but automaker warns of
    // a tariff hit", "…, while the retailer cut its outlook". Singular only: "while retailers slumped" is the sector.
    private static readonly WordSet CompanyWords = new(
        "company", "firm", "group", "automaker", "carmaker", "chipmaker", "retailer", "lender", "bank", "insurer", "airline",
        "carrier", "miner", "drugmaker", "pharma", "maker", "producer", "manufacturer", "brewer", "grocer", "supermarket",
        "conglomerate", "operator", "developer", "giant", "startup", "utility", "telco", "management", "automaker's", "company's",
        "firm's", "group's", "retailer's", "bank's", "lender's");

    private static readonly WordSet CauseConnectors = new("as", "after", "on", "because", "since", "amid");

    private static readonly WordSet LaterClauseOpeners = new("but", "while", "and", "yet", "though", "although", "whereas");

    // Words that qualify a company's own figure, right before the phrase or before a word of a figure (FigureWords): "but
    // underlying sales growth beat expectations", "while core operating profit rose"; not "as core consumer prices eased".
    private static readonly WordSet FigureQualifiers = new(
        "underlying", "core", "organic", "adjusted", "comparable", "like-for-like", "net", "gross", "operating", "pre-tax", "pretax",
        "total", "overall", "quarterly", "annual", "full-year", "half-year", "same-store", "first-quarter", "second-quarter",
        "third-quarter", "fourth-quarter");

    // A company's figures after a qualifier.
    private static readonly WordSet FigureWords = new(
        "sales", "revenue", "revenues", "profit", "profits", "earnings", "income", "margin", "margins", "growth", "EPS", "orders",
        "volumes", "volume", "loss", "losses", "costs", "expenses", "operating", "interest", "cash", "EBITDA", "Ebitda", "deliveries",
        "bookings", "traffic", "subscribers");

    // A company's own figures as a clause's subject ("…, but earnings missed estimates"): no other subject. Not "growth" or
    // "costs", which are as often an economy's or an industry's.
    private static readonly WordSet OwnFigureSubjects = new(
        "sales", "revenue", "revenues", "profit", "profits", "earnings", "income", "EPS", "EBITDA", "Ebitda", "production", "output",
        "deliveries", "bookings", "margin", "margins", "guidance", "outlook", "orders", "volumes", "shipments", "subscribers", "costs",
        "expenses");

    // "Peso flat despite a three-month low fixing", "Gold steadies as …": the company or asset named did not move.
    private static readonly WordSet StasisWords = new(
        "flat", "steady", "steadies", "steadied", "unchanged", "mixed", "stable", "rangebound", "range-bound", "hovers",
        "hovering", "treads", "little", "barely", "largely", "unmoved");

    // Verbs before a word of stasis: "end flat", "closed mixed", "remains steady", "trade little changed"; not "opens flat",
    // which a later move in the session may follow ("opens flat, then tumbles 8%").
    private static readonly WordSet SessionVerbs = new(
        "end", "ends", "ended", "close", "closes", "closed", "finish", "finishes", "finished", "trade", "trades", "traded", "stay",
        "stays", "stayed", "remain", "remains", "remained", "hold", "holds", "held", "is", "are", "was", "were", "settle",
        "settles", "settled");

    // What may follow a word of stasis after a session's verb: the end of the headline, a mark, or a word opening a setting.
    private static readonly WordSet StasisFollowers = new(
        "as", "after", "on", "despite", "in", "at", "ahead", "amid", "while", "but", "with", "near", "around", "for", "since",
        "following", "before", "against", "versus", "vs", "and", "today", "tuesday", "monday", "wednesday", "thursday", "friday",
        "changed", "unchanged", "above", "below", "under", "over", "from", "into", "through", "again", "overall");

    private static bool EndsStasisPhrase(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || !char.IsLetter(rest[0]))
        {
            return true;
        }

        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        return StasisFollowers.Contains(rest[..end]);
    }

    /// <summary>
    /// Whether the words right after a name say that its shares did not move ("PepsiCo shares were little changed", "Acme's
    /// stock ended flat").
    /// </summary>
    public static bool SharesFollowedByStasis(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal))
        {
            after = after[3..].TrimStart();
        }

        var space = after.IndexOf(' ');
        return space > 0 && (after[..space].Equals("shares", StringComparison.OrdinalIgnoreCase) || after[..space].Equals("stock", StringComparison.OrdinalIgnoreCase)) &&
            FollowedByStasis(after[space..]);
    }

    /// <summary>
    /// Whether the words after a name, past a relative clause between commas, say with a verb or an adverb that its stock did not
    /// move: "Larger rival Starbucks Corp, which has struggled to revive traffic, was little changed.", "…, with Marriott
    /// International essentially flat", "Restaurant Brands ended little changed after…". Not "was flat to down in revenue".
    /// </summary>
    public static bool StandsStillPastAside(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();

        // "Shares of Verizon and T-Mobile US, whose networks were not affected, were little changed": past another company's name
        // joined to this one, the two share the predicate.
        if (after.StartsWith("and ", StringComparison.Ordinal))
        {
            var name = after[4..];
            var words = 0;
            while (words < MaxJoinedNameWords && name.Length > 0 && char.IsUpper(name[0]))
            {
                name = name[FirstNameWord(name).Length..].TrimStart();
                words++;
            }

            if (words == 0)
            {
                return false;
            }

            after = name;
        }

        if (after.StartsWith(", which ", StringComparison.Ordinal) || after.StartsWith(", whose ", StringComparison.Ordinal))
        {
            var comma = after[2..].IndexOf(',');
            if (comma < 0 || comma > MaxAsideLength)
            {
                return false;
            }

            after = after[(comma + 3)..].TrimStart();
        }

        var word = FirstWord(after);
        var qualified = SessionVerbs.Contains(word);
        if (qualified)
        {
            after = after[word.Length..].TrimStart();
            word = FirstWord(after);
        }

        if (StillAdverbs.Contains(word))
        {
            qualified = true;
            after = after[word.Length..].TrimStart();
            word = FirstWord(after);
        }

        if (!qualified)
        {
            return false;
        }

        var rest = after[word.Length..].TrimStart();
        if (word.Equals("little", StringComparison.OrdinalIgnoreCase) || word.Equals("barely", StringComparison.OrdinalIgnoreCase))
        {
            if (!rest.StartsWith("changed", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            rest = rest["changed".Length..].TrimStart();
        }
        else if (!StillWords.Contains(word))
        {
            return false;
        }

        return EndsStasisPhrase(rest);
    }

    /// <summary>The first word of a company's name: letters, digits, hyphens, dots and ampersands ("T-Mobile", "U.S.", "AT&amp;T").</summary>
    private static ReadOnlySpan<char> FirstNameWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '.' or '&'))
        {
            end++;
        }

        return text[..Math.Max(end, 1)];
    }

    /// <summary>The most words of a name joined by "and" that <see cref="StandsStillPastAside"/> passes over.</summary>
    private const int MaxJoinedNameWords = 4;

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text[..end];
    }

    /// <summary>The longest relative clause <see cref="StandsStillPastAside"/> passes over, in characters.</summary>
    private const int MaxAsideLength = 120;

    // Adverbs before a stock's standing still: "essentially flat", "roughly unchanged".
    private static readonly WordSet StillAdverbs = new("essentially", "roughly", "nearly", "largely", "virtually", "broadly", "mostly");

    // Words of a stock's standing still after a verb or an adverb (not "mixed" or "stable", which a company's figures are as often).
    private static readonly WordSet StillWords = new("flat", "unchanged", "steady");

    /// <summary>
    /// Whether the words right after a name say that it did not move ("flat", "steady", "little changed", "end flat"). Hovering
    /// near a level ("hovers near 5-week highs") is a position, and the level it names is the news.
    /// </summary>
    public static bool FollowedByStasis(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();

        // "Walmart shares unmoved by…", "Acme stock flat after…": the company's stock.
        if (after.StartsWith("shares ", StringComparison.Ordinal) || after.StartsWith("stock ", StringComparison.Ordinal))
        {
            after = after[(after.IndexOf(' ') + 1)..].TrimStart();
        }

        // "Seoul stocks end flat", "widget stocks close mixed", "the rupee remains steady": a verb of a session's end or of
        // staying may come first.
        var space = after.IndexOf(' ');
        var verb = space > 0 && SessionVerbs.Contains(after[..space]);
        if (verb)
        {
            after = after[(space + 1)..].TrimStart();
        }

        var end = 0;
        while (end < after.Length && (char.IsLetter(after[end]) || after[end] == '-'))
        {
            end++;
        }

        if (end == 0 || !StasisWords.Contains(after[..end]))
        {
            return false;
        }

        var rest = after[end..].TrimStart();

        // After a verb, the word of stasis must end the phrase: "ends flat," "closes mixed on…", not "holds steady output",
        // "is steady winner", "remains mixed bag", "are flat to down".
        if (verb && !EndsStasisPhrase(rest))
        {
            return false;
        }

        return after[..end].Equals("little", StringComparison.OrdinalIgnoreCase) || after[..end].Equals("barely", StringComparison.OrdinalIgnoreCase) ||
            after[..end].Equals("largely", StringComparison.OrdinalIgnoreCase) ? rest.StartsWith("changed", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("unchanged", StringComparison.OrdinalIgnoreCase)
            : !(after[..end].StartsWith("hover", StringComparison.OrdinalIgnoreCase) && rest.StartsWith("near ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the text before a name ends with "against", "vs" or "versus" (and perhaps "the" or "US") after a move rather than
    /// after a legal step: "Rupee falls against the US dollar", not "an order against Acme" or "warns investors against Acme";
    /// or with a verb of relative performance ("Midcaps outperform the Sensex", "Acme still lags Globex"), or after "a discount
    /// to" ("Acme stock sits at a discount to Globex").
    /// </summary>
    public static bool MeasuredAgainst(ReadOnlySpan<char> before) =>
        EndsWithMarker(before, AgainstMarkers, skipUs: true, out var rest) && !LegalStepBefore(rest) ||
        EndsWithMarker(before, ComparisonVerbs, skipUs: false, out _) ||
        EndsWithMarker(before, ToMarkers, skipUs: false, out var gap) && gap.EndsWith(" discount", StringComparison.OrdinalIgnoreCase);

    // "Acme trades at a discount to Globex": the company a valuation is measured against. Not "a premium to Globex's last
    // close", which is the price offered for Globex itself.
    private static readonly WordSet ToMarkers = new("to");

    /// <summary>
    /// Whether the text before a name ends with a word that may give it a role (a preposition or a verb of relative
    /// performance, perhaps before "the" or "US"): the one test a name passes before the role tests
    /// (<see cref="MeasuredAgainst"/>, <see cref="CounterpartyOf"/>, <see cref="NamesVenue"/>, <see cref="PassedOverBy"/>), each
    /// of which needs one of these words.
    /// </summary>
    public static bool FollowsRoleMarker(ReadOnlySpan<char> before) => EndsWithMarker(before, RoleMarkers, skipUs: true, out _);

    /// <summary>
    /// Whether the text starts with a word of a company's own results or stock ("net", "profit", "Q3", "shares"), perhaps after
    /// the period they are for ("October-December net declines", "fourth-quarter profit", "FY24 revenue") or a verb of
    /// reporting them ("Moody's said ratings revenue declined", "reported record revenue").
    /// </summary>
    public static bool StartsWithResultsWord(ReadOnlySpan<char> after)
    {
        for (var words = 0; words < 4; words++)
        {
            after = after.TrimStart();
            var end = 0;
            while (end < after.Length && (char.IsLetterOrDigit(after[end]) || after[end] == '-'))
            {
                end++;
            }

            var word = after[..end];
            if (end == 0)
            {
                return false;
            }

            if (ResultsWords.Contains(word))
            {
                return true;
            }

            if (!IsPeriod(word) && !ReportingWords.Contains(word))
            {
                return false;
            }

            after = after[end..];
        }

        return false;
    }

    // Words between a company and the results it reports: "said its ratings revenue", "reported record profit"; and verbs of
    // what it does to its own forecast ("Moody's raises full-year revenue outlook", "raised its earnings guidance").
    private static readonly WordSet ReportingWords = new(
        "said", "says", "reported", "reports", "posted", "posts", "its", "ratings", "record", "adjusted", "annual", "raises", "raised",
        "lifts", "lifted", "boosts", "boosted", "cuts", "lowers", "lowered", "trims", "trimmed", "beats", "misses", "missed", "tops", "topped");

    /// <summary>
    /// Whether a word names a reporting period: "quarter", "FY24", "H1", a month, or a span of them or an ordinal of a
    /// quarter or half joined by hyphens ("October-December", "Jan-Mar", "fourth-quarter", "first-half").
    /// </summary>
    public static bool IsPeriod(ReadOnlySpan<char> word)
    {
        if (PeriodWords.Contains(word) || word.Length is >= 3 and <= 6 && (word.StartsWith("FY", StringComparison.OrdinalIgnoreCase) ||
            word[0] is 'H' or 'h' && char.IsDigit(word[1])) && char.IsDigit(word[^1]))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && PeriodWords.Contains(word[..hyphen]) && PeriodWords.Contains(word[(hyphen + 1)..]);
    }

    /// <summary>Whether the name is a stock or commodity exchange's ("NSE", "Nasdaq", "London Stock Exchange").</summary>
    public static bool IsExchange(ReadOnlySpan<char> name) => Exchanges.Contains(name.Trim());

    /// <summary>
    /// Whether the text before a name ends with "on", "at", "in", "from" or "to" (and perhaps "the"): where an exchange is the
    /// venue ("surge 10% on BSE", "technical snag at NSE", "moved to BSE's board"), not what the news is about.
    /// </summary>
    public static bool NamesVenue(ReadOnlySpan<char> before) => EndsWithMarker(before, VenuePrepositions, skipUs: false, out _);

    /// <summary>
    /// Whether the text before a name ends with "from" or "with" after a word of an order or a deal: "wins an order from",
    /// "shares gain on merger with", "partners with"; or with "for" after a contract won ("wins seat-systems contract for").
    /// The counterparty is not the one the news is about.
    /// </summary>
    public static bool CounterpartyOf(ReadOnlySpan<char> before)
    {
        if (EndsWithMarker(before, CustomerMarkers, skipUs: false, out var won))
        {
            return IsContractWon(won);
        }

        if (!EndsWithMarker(before, CounterpartyMarkers, skipUs: false, out var rest))
        {
            return false;
        }

        var word = LastWord(rest);
        if (word.Equals("win", StringComparison.OrdinalIgnoreCase) || word.Equals("wins", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[..^word.Length].TrimEnd(); // "an order win from"
            word = LastWord(rest);
        }

        return DealWords.Contains(word) && !StruckByWorkers(rest) ||
               word.Equals("up", StringComparison.OrdinalIgnoreCase) && rest.EndsWith("ties up", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("venture", StringComparison.OrdinalIgnoreCase) && rest.EndsWith("joint venture", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The most words before a deal that are read for the workers who struck it (<see cref="StruckByWorkers"/>).</summary>
    private const int MaxWorkersReach = 8;

    /// <summary>
    /// Whether a deal's words name workers or their union as the ones who struck it, within <see cref="MaxWorkersReach"/> words
    /// of the clause: "the union reached a deal with", "pilots ratify a contract with", "a wage deal with". The employer on the
    /// other side is no counterparty: the deal (a strike averted or ended, a cost agreed) is its news.
    /// </summary>
    private static bool StruckByWorkers(ReadOnlySpan<char> text)
    {
        for (var words = 0; words < MaxWorkersReach && !text.IsEmpty; words++)
        {
            var word = LastWord(text);
            if (word.IsEmpty || word[^1] is ',' or ';' or ':' || WorkerWords.Contains(word))
            {
                return !word.IsEmpty && WorkerWords.Contains(word);
            }

            text = text[..^word.Length].TrimEnd();
        }

        return false;
    }

    // Workers and their unions, and the kinds of deal only they strike with an employer.
    private static readonly WordSet WorkerWords = new(
        "union", "unions", "UAW", "Teamsters", "Unifor", "workers", "pilots", "machinists", "nurses", "employees", "staff", "guild",
        "wage", "labor", "labour");

    /// <summary>
    /// Whether the text ends with a contract or an order that a verb of winning a few words before it won ("wins seat-systems
    /// contract", "landed a $2 billion order"): the one it is "for" is the customer.
    /// </summary>
    private static bool IsContractWon(ReadOnlySpan<char> text)
    {
        if (!WonContracts.Contains(LastWord(text)))
        {
            return false;
        }

        text = text[..^LastWord(text).Length].TrimEnd();
        for (var words = 0; words < MaxWordsToWonContract && !text.IsEmpty; words++)
        {
            var word = LastWord(text);
            if (WinningVerbs.Contains(word))
            {
                return true;
            }

            if (word.IsEmpty || word[^1] is ',' or ';' or ':')
            {
                return false;
            }

            text = text[..^word.Length].TrimEnd();
        }

        return false;
    }

    /// <summary>
    /// Whether the text before a name ends with "over", "than" or "to" after a preference in the same clause: "Prefer Acme over",
    /// "Acme a better bet than", "Prefer widget makers to".
    /// </summary>
    public static bool PassedOverBy(ReadOnlySpan<char> before)
    {
        if (!EndsWithMarker(before, PreferenceMarkers, skipUs: false, out var clause))
        {
            return false;
        }

        // "Investors favoured chipmakers, pouring money into funds with exposure to Acme": a comma ends the preference.
        clause = clause[(clause.LastIndexOfAny(';', ':', ',') + 1)..];
        // "Buy Acme over Globex": a buy call that names the one passed over is a preference too.
        if (clause.TrimStart().StartsWith("buy ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var preference in (ReadOnlySpan<string>)["prefer", "better", "more attractive", "superior", "favour", "favor"])
        {
            if (clause.Contains(preference, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text before a name ends with one of <paramref name="markers"/> ("against", "from", "over") and a word before
    /// it, with "the" (and, with <paramref name="skipUs"/>, "US" or "U.S.", as in "against the US dollar") skipped;
    /// <paramref name="rest"/> is the text before the marker.
    /// </summary>
    private static bool EndsWithMarker(ReadOnlySpan<char> before, WordSet markers, bool skipUs, out ReadOnlySpan<char> rest)
    {
        // "Card networks shine, PayPal lags\n\nVisa and Mastercard…": a title's last word does not reach over its line break.
        var trimmed = before.TrimEnd();
        if (before[trimmed.Length..].IndexOfAny('\n', '\r') >= 0)
        {
            rest = [];
            return false;
        }

        before = trimmed;

        // Most names follow a word that is not skipped: the one search for its space finds the marker.
        var lastSpace = before.LastIndexOf(' ');
        var lastWord = before[(lastSpace + 1)..];
        if (!IsSkippedBeforeName(lastWord, skipUs))
        {
            rest = lastSpace < 0 ? [] : before[..lastSpace].TrimEnd();
            return lastSpace >= 0 && markers.Contains(lastWord);
        }

        if (skipUs)
        {
            before = WithoutLastWord(WithoutLastWord(before, "US"), "U.S.");
        }

        before = WithoutLastWord(before, "the");
        var space = before.LastIndexOf(' ');
        rest = space < 0 ? [] : before[..space].TrimEnd();
        return space >= 0 && markers.Contains(before[(space + 1)..]);
    }

    /// <summary>Whether <see cref="EndsWithMarker"/> may skip the word: "the", and with <paramref name="skipUs"/> "US" or "U.S.".</summary>
    private static bool IsSkippedBeforeName(ReadOnlySpan<char> word, bool skipUs) =>
        word.Length is >= 2 and <= 4 &&
        (word.Equals("the", StringComparison.OrdinalIgnoreCase) ||
         skipUs && (word.Equals("US", StringComparison.OrdinalIgnoreCase) || word.Equals("U.S.", StringComparison.OrdinalIgnoreCase)));

    private static ReadOnlySpan<char> WithoutLastWord(ReadOnlySpan<char> text, string word) =>
        text.Length > word.Length && text[^(word.Length + 1)] == ' ' && text.EndsWith(word, StringComparison.OrdinalIgnoreCase)
            ? text[..^word.Length].TrimEnd()
            : text;

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text) => text[(text.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// Whether one of the last three words before "against" is a legal step: "an order against", "lawsuits to proceed against",
    /// "a case filed by investors against".
    /// </summary>
    private static bool LegalStepBefore(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimEnd();
        for (var words = 0; words < 3 && !rest.IsEmpty; words++)
        {
            var space = rest.LastIndexOf(' ');
            if (LegalWordsBeforeAgainst.Contains(rest[(space + 1)..]))
            {
                return true;
            }

            rest = space < 0 ? [] : rest[..space].TrimEnd();
        }

        return false;
    }

    /// <summary>Whether the phrase grants something ("nod", "approval", "green light").</summary>
    public static bool IsApproval(ReadOnlySpan<char> phrase) => ApprovalWords.Contains(phrase);

    private static readonly WordSet MarketSubjects = new(
        "ftse", "ftse 100", "index", "indices", "indexes", "market", "markets", "stock market", "stock markets", "stocks",
        "equities", "sensex", "nifty", "dow", "nasdaq", "s&p", "s&p 500", "benchmark", "bourse", "bourses", "dax", "nikkei",
        "wall street");

    /// <summary>Whether the word names a company's stock ("shares", "stock", "share price").</summary>
    public static bool IsShareWord(ReadOnlySpan<char> word) =>
        word.Equals("shares", StringComparison.OrdinalIgnoreCase) || word.Equals("stock", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("stocks", StringComparison.OrdinalIgnoreCase) || word.Equals("share price", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the quantity is a market as a whole ("FTSE", "the index", "stocks", "Wall Street"), not one company's.</summary>
    public static bool IsMarketSubject(ReadOnlySpan<char> quantity) => MarketSubjects.Contains(quantity);

    /// <summary>
    /// Whether the phrase is a verb that acts on the company named right after it, so that its sentiment is that company's, not
    /// the subject's: "Acme sues Globex", "Berkshire dumps Exxon", "Acme praises Globex", "the regulator fines Acme".
    /// </summary>
    public static bool FallsOnObject(ReadOnlySpan<char> phrase) =>
        ObjectVerbs.Contains(phrase) || phrase.Contains(' ') && WithdrawingVerbs.Contains(PhraseText.LastWord(phrase));

    /// <summary>
    /// Whether the text between a verb or a preposition and the name after it leaves the name its object: nothing, or a label
    /// of the company ("invalidates rival Teva's patent", "ousts chip supplier Initech", "a blow to supplier Intel"): at most
    /// two lower-case words, the last a label noun.
    /// </summary>
    public static bool IsObjectGap(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.IsEmpty)
        {
            return true;
        }

        // "withdrew $3.9 billion from Invesco", "withdraw 12 bln euros in funds from": an amount taken out of the company.
        if (IsWithdrawnAmount(gap))
        {
            return true;
        }

        // "weighed on shares of power-equipment maker Vertiv": the company whose shares, after a label of its trade.
        foreach (var lead in ShareLeads)
        {
            if (gap.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                gap = gap[lead.Length..].TrimStart();
                if (gap.IsEmpty)
                {
                    return true;
                }

                return IsTradeLabel(gap);
            }
        }

        // "would hurt suppliers such as Foxconn": the members of the label named.
        foreach (var member in MemberLinks)
        {
            if (gap.EndsWith(member, StringComparison.OrdinalIgnoreCase) && gap.Length > member.Length && gap[^(member.Length + 1)] == ' ')
            {
                gap = gap[..^(member.Length + 1)].TrimEnd();
                break;
            }
        }

        var space = gap.IndexOf(' ');
        var last = space < 0 ? gap : gap[(space + 1)..];
        return LabelNouns.Contains(last) && char.IsLower(gap[0]) &&
            (space < 0 || last.IndexOf(' ') < 0 && gap[..space].IndexOfAnyExceptInRange('a', 'z') < 0);
    }

    /// <summary>
    /// Whether the words are an amount and "from": a figure with its currency or scale, at most <see cref="MaxWithdrawnAmountWords"/>
    /// words, and what the money was held as ("$3.9 billion from", "12 bln euros in funds from", "$2 billion of deposits from").
    /// </summary>
    private static bool IsWithdrawnAmount(ReadOnlySpan<char> gap)
    {
        if (!gap.EndsWith(" from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var amount = gap[..^5].TrimEnd();
        foreach (var lead in AmountLeads)
        {
            if (amount.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                amount = amount[lead.Length..];
                break;
            }
        }

        if (amount.IsEmpty || !(char.IsAsciiDigit(amount[0]) || amount[0] is '$' or '€' or '£'))
        {
            return false;
        }

        var count = 0;
        for (var rest = amount; !rest.IsEmpty;)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..].TrimStart();
            if (++count > MaxWithdrawnAmountWords || count > 1 && !char.IsAsciiDigit(word[0]) && !AmountWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // Words before the figure of an amount withdrawn: "pulled a net $11 billion from", "withdrew a record $4 billion from".
    private static readonly string[] AmountLeads = ["a net ", "net ", "a record ", "another ", "an estimated ", "about ", "nearly ", "more than "];

    /// <summary>The most words of an amount withdrawn ("12 bln euros in funds").</summary>
    private const int MaxWithdrawnAmountWords = 6;

    // Scales, currencies and what money is held as, after the figure of an amount withdrawn.
    private static readonly WordSet AmountWords = new(
        "million", "billion", "trillion", "mln", "bln", "mn", "bn", "m", "b", "euros", "euro", "dollars", "pounds", "yen", "francs",
        "in", "of", "assets", "deposits", "funds", "money", "cash", "savings", "client", "customer");

    // Words that open a clause or an aside, not a label, after a comma: "…, though cable maker Nexans", "…, including".
    private static readonly WordSet ClauseWordsBeforeLabel = new(
        [.. ClauseOpenerList, "whilst", "that", "even", "so", "before", "with", "where", "when", "unlike", "including", "especially", "notably"]);

    // What comes before the company whose shares a verb acts on: "shares of", "the shares of".
    private static readonly string[] ShareLeads = ["shares of", "the shares of", "shares in", "stock of"];

    // Words after a label that name its members: "suppliers such as", "rivals including".
    private static readonly string[] MemberLinks = ["such as", "including", "like"];

    /// <summary>
    /// Whether the words are a company's label of its trade or its place, at most <see cref="MaxDescriptorWords"/> words in lower case
    /// (hyphens allowed), the last a label noun or a noun of a trade ("power-equipment maker", "chip designer", "rival").
    /// </summary>
    private static bool IsTradeLabel(ReadOnlySpan<char> words)
    {
        var count = 0;
        for (var rest = words; !rest.IsEmpty;)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (word.IsEmpty || ++count > MaxDescriptorWords || !char.IsLower(word[0]) || word.IndexOfAnyExceptInRange('a', 'z') is var other and >= 0 && word[other] != '-')
            {
                return false;
            }
        }

        var last = words[(words.LastIndexOf(' ') + 1)..];
        return LabelNouns.Contains(last) || last.Length > 4 && (last.EndsWith("er", StringComparison.Ordinal) || last.EndsWith("or", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the phrase from <paramref name="start"/> to <paramref name="end"/> is a verb of acting against someone in the
    /// active voice: "sues a former partner", "sues to block the award", "rejects $50 billion bid", "sued Samsung", "accused
    /// a rival of…". A form in -ed acts only on an object named right after it (an article, a possessive, a name) or before
    /// "to" ("sued to block the award"): "sued over emissions", "penalised €2.4 billion by the EU", "sued yesterday by
    /// families" are a headline's passives, and "was sued" one anyway.
    /// </summary>
    public static bool ActsOnWhatFollows(string text, int start, int end)
    {
        var verb = text.AsSpan(start, end - start);
        if (!ActingVerbs.Contains(verb))
        {
            return false;
        }

        if (!verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Amazon sued to block the award": a passive takes no "to".
        var next = WordAt(text, end, forward: true);
        return !next.IsEmpty && !PassiveAuxiliaries.Contains(WordAt(text, start, forward: false)) &&
            (ObjectOpeners.Contains(next) || next.Equals("to", StringComparison.OrdinalIgnoreCase) || char.IsUpper(next[0]) && !NoObjectWords.Contains(next));
    }

    /// <summary>
    /// Whether the phrase from <paramref name="start"/> to <paramref name="end"/> is a verb of acting against someone in the
    /// passive with its actor named after "by" ("was sued by Delta", "accused by a rival"): the one after "by" acts.
    /// </summary>
    public static bool IsPassiveWithActor(string text, int start, int end)
    {
        var verb = text.AsSpan(start, end - start);
        return ActingVerbs.Contains(verb) && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) &&
            WordAt(text, end, forward: true).Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    // Words that open an object right after a verb: "sued a former partner", "rejected the union's offer", "accused its rival".
    private static readonly WordSet ObjectOpeners = new("a", "an", "the", "its", "their", "his", "her", "two", "three", "several", "rival", "rivals");

    // Verbs that move a stock as their object ("sends shares down", "pushed the stock lower"): what the clause is about moved it.
    private static readonly WordSet ShareMovingVerbs = new(
        "sends", "sent", "send", "sending", "pushes", "pushed", "push", "pushing", "drives", "drove", "drive", "driving", "knocks",
        "knocked", "knock", "knocking", "drags", "dragged", "drag", "dragging", "lifts", "lifted", "lift", "lifting", "boosts", "boosted",
        "boost", "boosting", "hits", "hit", "hitting");

    /// <summary>
    /// Whether the figure at <paramref name="start"/> is a bare "shares", "stock" or "units" right after a verb that moves it, over
    /// "the" ("sends shares down", "pushed the stock lower"): shares no name or possessive gives to another company.
    /// </summary>
    public static bool MovesBareShares(string text, int start, int end)
    {
        var figure = text.AsSpan(start, end - start);
        if (!(figure.Equals("shares", StringComparison.OrdinalIgnoreCase) || figure.Equals("stock", StringComparison.OrdinalIgnoreCase) ||
              figure.Equals("units", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var before = WordBefore(text, start, out var beforeStart);
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before = WordBefore(text, beforeStart, out _);
        }

        return ShareMovingVerbs.Contains(before);
    }

    /// <summary>The word of letters right before the spaces before <paramref name="position"/>, starting at <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int position, out int start)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The word right after <paramref name="position"/> (or right before it), empty when a non-letter comes first.</summary>
    private static ReadOnlySpan<char> WordAt(string text, int position, bool forward) =>
        forward ? WordAfter(text, position, out _) : WordBefore(text, position, out _);

    /// <summary>The word of letters right after the spaces at <paramref name="position"/>, ending at <paramref name="end"/>; empty when none does.</summary>
    public static ReadOnlySpan<char> WordAfter(string text, int position, out int end)
    {
        var start = position;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// Whether the phrase is a deal or a partnership, which falls on both sides: a buyer and what it buys ("buys", "to acquire",
    /// "bid for"), partners ("partners with", "teams up with").
    /// </summary>
    public static bool IsSharedAction(ReadOnlySpan<char> phrase)
    {
        if (phrase.EndsWith(" with", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" for", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (phrase.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            phrase = phrase[3..];
        }

        var space = phrase.IndexOf(' ');
        return DealVerbs.Contains(space < 0 ? phrase : phrase[..space]);
    }

    /// <summary>
    /// Whether the phrase is a view someone holds on something ("overweight", "bullish", "a safe bet") or a sanction imposed
    /// on someone ("penalty", "ban"), not a move.
    /// </summary>
    public static bool IsView(ReadOnlySpan<char> phrase)
    {
        var lastSpace = phrase.LastIndexOf(' ');
        return ViewWords.Contains(lastSpace < 0 ? phrase : phrase[(lastSpace + 1)..]);
    }

    /// <summary>
    /// Whether the phrase is good or bad news that may be for a company named after it ("a blow to", "pressure on", "bad (news)
    /// for", "a boost for"): its last word is one of <see cref="EffectWords"/>, or it ends with "to", "for" or "on" after one.
    /// </summary>
    public static bool IsEffect(ReadOnlySpan<char> phrase)
    {
        var lastSpace = phrase.LastIndexOf(' ');
        var last = lastSpace < 0 ? phrase : phrase[(lastSpace + 1)..];
        if (lastSpace > 0 && EffectPrepositions.Contains(last))
        {
            var before = phrase[..lastSpace];
            var space = before.LastIndexOf(' ');
            last = space < 0 ? before : before[(space + 1)..];
        }

        return EffectWords.Contains(last);
    }

    /// <summary>
    /// Whether the text between news and a name makes the name the one it is for: "to", "for" or "on" (perhaps after "news" and
    /// before "the" or names listed before it), or nothing when the phrase ends with one of them ("a blow to Acme").
    /// </summary>
    public static bool IsEffectOn(ReadOnlySpan<char> phrase, ReadOnlySpan<char> between)
    {
        between = between.Trim();
        var lastSpace = phrase.LastIndexOf(' ');
        if (lastSpace > 0 && EffectPrepositions.Contains(phrase[(lastSpace + 1)..]))
        {
            return between.IsEmpty || between.Equals("the", StringComparison.OrdinalIgnoreCase) || IsNameListLead(between) ||
                NamesKindBefore(between) || IsObjectGap(between);
        }

        if (between.StartsWith("news ", StringComparison.OrdinalIgnoreCase))
        {
            between = between[5..].TrimStart();
        }

        if (IsMover(phrase))
        {
            // "Top gainers on the Nasdaq included Nvidia, Broadcom and Micron": the movers named after a link, past a venue.
            return between.IndexOfAny(',', ';') < 0 && LastWordIn(between, MoverLinks) ||
                between.EndsWith("led by", StringComparison.OrdinalIgnoreCase); // "… were energy stocks, led by Exxon and Chevron"
        }

        var space = between.IndexOf(' ');
        var preposition = space < 0 ? between : between[..space];
        if (!EffectPrepositions.Contains(preposition))
        {
            return false;
        }

        between = between[preposition.Length..].TrimStart();
        return between.IsEmpty || between.Equals("the", StringComparison.OrdinalIgnoreCase) || IsNameListLead(between) ||
            NamesKindBefore(between) || IsObjectGap(between);
    }

    // Words that end a kind named before the companies of it: "a threat to rival Tesla", "a boost for suppliers like Broadcom".
    private static readonly WordSet KindLinks = new("rival", "rivals", "peer", "peers", "like", "including", "as");

    /// <summary>
    /// Whether <paramref name="between"/> names, in at most four words, the kind of the companies after it: "rival", "Apple
    /// suppliers like", "homebuilders such as".
    /// </summary>
    private static bool NamesKindBefore(ReadOnlySpan<char> between)
    {
        var words = 1;
        foreach (var c in between)
        {
            words += c == ' ' ? 1 : 0;
        }

        var space = between.LastIndexOf(' ');
        var last = space < 0 ? between : between[(space + 1)..];
        return words <= 4 && KindLinks.Contains(last) &&
            (!last.Equals("as", StringComparison.OrdinalIgnoreCase) || between.EndsWith("such as", StringComparison.OrdinalIgnoreCase));
    }

    // Verbs by which a company takes on another for a role or a task ("hires Globex Security to look into", "names Globex Audit as
    // auditor").
    private static readonly WordSet HiringVerbs = new(
        "hires", "hired", "hire", "hiring", "names", "named", "appoints", "appointed", "appoint", "picks", "picked", "taps", "tapped",
        "selects", "selected", "engages", "engaged", "retains", "retained", "chooses", "chose", "mandates", "mandated", "brings in",
        "brought in", "ropes in", "roped in", "enlists", "enlisted");

    // The roles a company is hired as ("as new auditor", "as advisers") and the tasks it is hired to do ("to investigate", "to
    // advise on"): services to the client, not a supplier picked for a product ("chooses AMD to power its servers") nor a
    // company named for trouble ("named Boeing as a defendant") or as a pick ("as its top pick").
    private static readonly WordSet ServiceRoles = new(
        "adviser", "advisers", "advisor", "advisors", "auditor", "auditors", "consultant", "consultants", "manager", "managers",
        "bookrunner", "bookrunners", "underwriter", "underwriters", "arranger", "arrangers", "investigator", "investigators",
        "broker", "brokers", "counsel", "banker", "bankers", "administrator", "administrators", "liquidator", "trustee",
        "custodian", "agent", "agents", "coordinator", "coordinators", "lead", "sponsor", "sponsors", "registrar", "valuer");

    private static readonly WordSet ServiceTasks = new(
        "advise", "investigate", "review", "audit", "manage", "handle", "explore", "find", "look", "oversee", "probe", "examine",
        "assess", "evaluate", "arrange", "underwrite", "run", "sell", "seek", "search", "value", "restructure", "liquidate",
        "administer", "help", "lead", "conduct", "study", "vet");

    // Words before a role that say nothing of it: "as its new auditor", "as joint lead managers".
    private static readonly WordSet RoleModifiers = new(
        "a", "an", "the", "its", "their", "new", "joint", "lead", "financial", "legal", "external", "independent", "global", "sole",
        "special", "interim", "exclusive");

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is the former employer of a person another
    /// company hires: a hiring verb and "former" or "ex-" right before it and a role right after it ("Disney names former Morgan
    /// Stanley chief James Gorman as chairman", "hires an ex-Goldman banker", "names a former Microsoft engineering executive"). Not a
    /// former employee's trouble ("former Barclays traders jailed over Libor"), which is the employer's.
    /// </summary>
    public static bool NamesFormerEmployer(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        before = before.TrimEnd();
        var former = before.EndsWith("former", StringComparison.OrdinalIgnoreCase) ? 6
            : before.EndsWith("ex-", StringComparison.OrdinalIgnoreCase) ? 3
            : 0;
        if (former == 0)
        {
            return RoleAtFormerEmployer(before);
        }

        // The hiring verb, over an article: "names former", "hires an ex-".
        var lead = before[..^former].TrimEnd();
        var last = LastWord(lead);
        if (last is "a" or "an" or "the")
        {
            lead = lead[..^last.Length].TrimEnd();
            last = LastWord(lead);
        }

        // "named Jane Roe, a former Walmart executive, as…": the person hired, set off by a comma, between the verb and the
        // former employer.
        if (!HiringVerbs.Contains(last) && !HiresNamedPerson(lead))
        {
            return false;
        }

        var role = NextWordOf(after);
        if (Departments.Contains(role))
        {
            // "a former Microsoft engineering executive": the role after the department the person worked in.
            role = NextWordOf(after.TrimStart()[role.Length..]);
        }

        return FormerRoles.Contains(role) || role.StartsWith("'s", StringComparison.Ordinal) || role.StartsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>The most words between "former" and the role in <see cref="RoleAtFormerEmployer"/> ("business development").</summary>
    private const int MaxRoleLeadWords = 3;

    /// <summary>
    /// Whether <paramref name="before"/> ends with the role a hired person held at the employer named next: "named Jane Roe, a
    /// former regulatory affairs executive at", "hires former head of" ("former", a role within a few words, then "at" or "of",
    /// after a hiring verb or a hired person's name as <see cref="NamesFormerEmployer"/> reads them).
    /// </summary>
    private static bool RoleAtFormerEmployer(ReadOnlySpan<char> before)
    {
        var preposition = LastWord(before);
        if (!preposition.Equals("at", StringComparison.OrdinalIgnoreCase) && !preposition.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = before[..^preposition.Length].TrimEnd();
        if (!FormerRoles.Contains(LastWord(rest)))
        {
            return false;
        }

        for (var words = 0; words <= MaxRoleLeadWords && rest.Length > 0; words++)
        {
            rest = rest[..^LastWord(rest).Length].TrimEnd();
            var word = LastWord(rest);
            if (word.Equals("former", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ex-", StringComparison.OrdinalIgnoreCase))
            {
                var lead = rest[..^word.Length].TrimEnd();
                var last = LastWord(lead);
                if (last is "a" or "an" or "the")
                {
                    lead = lead[..^last.Length].TrimEnd();
                    last = LastWord(lead);
                }

                return HiringVerbs.Contains(last) || HiresNamedPerson(lead);
            }
        }

        return false;
    }

    /// <summary>The most words of a person's name between a hiring verb and the comma before "a former" (<see cref="HiresNamedPerson"/>).</summary>
    private const int MaxPersonNameWords = 3;

    /// <summary>
    /// Whether <paramref name="lead"/> ends with a hiring verb, a person's name of one to <see cref="MaxPersonNameWords"/>
    /// capitalised words and a comma: "has named Jane Roe,".
    /// </summary>
    private static bool HiresNamedPerson(ReadOnlySpan<char> lead)
    {
        if (!lead.EndsWith(","))
        {
            return false;
        }

        lead = lead[..^1].TrimEnd();
        for (var read = 0; read <= MaxPersonNameWords; read++)
        {
            var word = LastWord(lead);
            if (word.IsEmpty)
            {
                return false;
            }

            if (read > 0 && HiringVerbs.Contains(word))
            {
                return true;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            lead = lead[..^word.Length].TrimEnd();
        }

        return false;
    }

    // Departments named between a former employer and the role held there: "former Microsoft engineering executive".
    internal static readonly WordSet Departments = new(
        "finance", "financial", "marketing", "sales", "engineering", "product", "technology", "operations", "legal", "investment",
        "investor", "research", "retail", "strategy", "communications", "HR", "software", "cloud", "advertising", "security",
        "merchandising", "supply-chain", "digital", "e-commerce", "store", "stores", "commercial", "manufacturing", "trading");

    // Roles a person held at a former employer: "former Morgan Stanley chief", "ex-Goldman banker".
    private static readonly WordSet FormerRoles = new(
        "chief", "CEO", "CFO", "COO", "CTO", "boss", "head", "executive", "president", "chairman", "chair", "director", "banker",
        "bankers", "trader", "traders", "analyst", "economist", "strategist", "employee", "employees", "engineer", "engineers",
        "manager", "managers", "partner", "veteran", "official", "officials", "founder", "co-founder");

    // The most characters before a name read for a verb of hiring and the word before it ("has appointed", "names").
    private const int MaxHiringLead = 64;

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is hired by another for a role or a task:
    /// a hiring verb right before it and "as" or "to" right after it ("Acme hires Globex Security to look into a data breach",
    /// "Initech names Globex Audit as its auditor"); not a person hired from it ("hires Globex's chief economist") nor a verb with a
    /// subject that is the name's own people ("Acme named CEO").
    /// </summary>
    public static bool IsHired(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // Only the last two words are read: a window of them, so that a sentence of thousands of names without a space is not
        // searched back whole for each ("IBM)IBM)IBM)…", found by fuzzing). A word cut at the window's start is no verb.
        before = before.TrimEnd();
        var cut = before.Length > MaxHiringLead;
        before = before[Math.Max(0, before.Length - MaxHiringLead)..];
        var space = before.LastIndexOf(' ');
        var verb = space < 0 ? before : before[(space + 1)..];
        if (!HiringVerbs.Contains(verb))
        {
            var twoWords = space > 0 ? before[..space].LastIndexOf(' ') : -1;
            if (space < 0 || twoWords < 0 && cut || !HiringVerbs.Contains(before[(twoWords + 1)..]))
            {
                return false;
            }
        }

        // A subject before the verb: a headline's "Acme named…" opens with the verb's object.
        if (space < 0)
        {
            return false;
        }

        // "names Goldman Sachs and Morgan Stanley as advisers": past the names listed after this one.
        var rest = SkipListedNames(after);
        if (rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[3..].TrimStart();
            var end = rest.IndexOfAny(' ', ',', '.');
            return ServiceTasks.Contains(end < 0 ? rest : rest[..end]);
        }

        if (!rest.StartsWith("as ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = rest[3..];
        for (var words = 0; words < 4 && !rest.IsEmpty; words++)
        {
            rest = rest.TrimStart();
            var end = rest.IndexOfAny(' ', ',', '.');
            var word = end < 0 ? rest : rest[..end];
            if (ServiceRoles.Contains(word) && !(RoleModifiers.Contains(word) && end > 0 && ServiceRoles.Contains(NextWordOf(rest[end..]))))
            {
                return true;
            }

            if (!RoleModifiers.Contains(word) && !(word.Length > 0 && char.IsUpper(word[0])))
            {
                return false; // "as its top pick", "as a defendant"
            }

            rest = end < 0 ? [] : rest[end..];
        }

        return false;
    }

    /// <summary>The first word of <paramref name="text"/> after its leading spaces.</summary>
    private static ReadOnlySpan<char> NextWordOf(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        var end = text.IndexOfAny(' ', ',', '.');
        return end < 0 ? text : text[..end];
    }

    /// <summary>The text after the names listed right at its start (", Globex", "and Initech Capital"), spaces trimmed.</summary>
    private static ReadOnlySpan<char> SkipListedNames(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        while (true)
        {
            var next = rest.StartsWith(",") ? rest[1..].TrimStart()
                : rest.StartsWith("and ", StringComparison.Ordinal) ? rest[4..].TrimStart()
                : rest.StartsWith("& ", StringComparison.Ordinal) ? rest[2..].TrimStart()
                : [];
            if (next.IsEmpty || !char.IsUpper(next[0]))
            {
                return rest;
            }

            // Past the capitalised words of the name.
            while (!next.IsEmpty && char.IsUpper(next[0]))
            {
                var end = next.IndexOfAny(' ', ',');
                next = end < 0 ? [] : next[end..].TrimStart(' ');
            }

            rest = next;
        }
    }

    /// <summary>Whether the phrase names the day's movers ("top gainers", "biggest losers").</summary>
    public static bool IsMover(ReadOnlySpan<char> phrase) => LastWordIn(phrase, MoverWords);

    /// <summary>Whether the last word of <paramref name="text"/> is one of <paramref name="words"/>.</summary>
    private static bool LastWordIn(ReadOnlySpan<char> text, WordSet words)
    {
        var space = text.LastIndexOf(' ');
        return !text.IsEmpty && words.Contains(space < 0 ? text : text[(space + 1)..]);
    }

    /// <summary>Whether the text between a view and a name is "on", "in" or "against" (and perhaps "the" or the names listed before it).</summary>
    public static bool IsViewOn(ReadOnlySpan<char> between)
    {
        between = between.Trim().TrimStart("'\"’”").TrimStart(); // "Globex 'Underweight' on Initech"
        var preposition = between.StartsWith("on", StringComparison.OrdinalIgnoreCase) || between.StartsWith("in", StringComparison.OrdinalIgnoreCase) ? 2
            : between.StartsWith("against", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        if (preposition == 0)
        {
            return false;
        }

        between = between[preposition..].TrimStart();
        return between.IsEmpty || between.Equals("the", StringComparison.OrdinalIgnoreCase) || IsNameListLead(between);
    }

    // Verbs that tell who came out of a dispute ahead: "won a patent lawsuit against…", "lost its appeal against…".
    private static readonly WordSet DisputeOutcomeVerbs = new(
        "win", "wins", "won", "winning", "lose", "loses", "lost", "losing", "prevail", "prevails", "prevailed", "prevailing");

    // What is won or lost against another side.
    private static readonly WordSet DisputeWords = new(
        "lawsuit", "lawsuits", "suit", "case", "appeal", "ruling", "verdict", "judgment", "judgement", "arbitration", "claim",
        "trial", "dispute", "challenge", "battle", "fight", "decision", "award", "injunction");

    /// <summary>
    /// Whether a phrase that tells a dispute's outcome (<see cref="MayTellDisputeOutcome"/>, asked first) names the other side
    /// right after it: "won a patent lawsuit against", "lost its appeal against", "wins a ruling against", "won the case
    /// brought by". The other side takes the opposite of what the subject does. <paramref name="between"/> is the text from
    /// the phrase to the name; the phrase or it names the dispute.
    /// </summary>
    public static bool NamesOtherSideOfDispute(ReadOnlySpan<char> phrase, ReadOnlySpan<char> between)
    {
        between = WithoutListedNamesAtEnd(between.Trim()); // "… against Pfizer and BioNTech": the names listed before the entity

        // "wins patent ruling against Apple": the phrase itself may end with "against".
        if (between.IsEmpty || between is "the")
        {
            between = LastWord(phrase);
            phrase = phrase[..^between.Length].TrimEnd();
        }

        var last = LastWord(between);
        var beforeLast = LastWord(between[..Math.Max(0, between.Length - last.Length)].TrimEnd());
        if (!(last.Equals("against", StringComparison.OrdinalIgnoreCase) ||
              last.Equals("by", StringComparison.OrdinalIgnoreCase) && (beforeLast.Equals("brought", StringComparison.OrdinalIgnoreCase) ||
                                                                         beforeLast.Equals("filed", StringComparison.OrdinalIgnoreCase))) ||
            between.Count(' ') > 4 || HasClauseBreak(between))
        {
            return false;
        }

        return ContainsWordOf(phrase, DisputeWords) || ContainsWordOf(between, DisputeWords);
    }

    /// <summary>
    /// The text without the names listed at its end before another name ("against Pfizer and", "against Acme, Globex,"): the
    /// words up to the first name of the list.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutListedNamesAtEnd(ReadOnlySpan<char> text)
    {
        var trimmed = text.EndsWith(",") ? text[..^1].TrimEnd()
            : text.EndsWith(" and", StringComparison.Ordinal) ? text[..^4].TrimEnd()
            : text.EndsWith(" &", StringComparison.Ordinal) ? text[..^2].TrimEnd()
            : [];
        if (trimmed.IsEmpty)
        {
            return text;
        }

        // Back over the capitalised words of the names listed.
        var listed = false;
        while (!trimmed.IsEmpty)
        {
            var space = trimmed.LastIndexOfAny(' ', ',');
            var word = trimmed[(space + 1)..];
            if (word.IsEmpty || !char.IsUpper(word[0]) || word[^1] is ';' or ':')
            {
                break; // "export limits for China; Micron, Intel": a clause's end is no name of the list
            }

            listed = true;
            trimmed = space < 0 ? [] : trimmed[..space].TrimEnd(" ,");
            if (trimmed.EndsWith(" and", StringComparison.Ordinal))
            {
                trimmed = trimmed[..^4].TrimEnd();
            }
        }

        return listed ? trimmed : text;
    }

    // The stems of the verbs of winning and losing (DisputeOutcomeVerbs), looked for in a sentence at once.
    public static readonly Stems DisputeOutcomeStems = new("win", "won", "lose", "losing", "lost", "prevail");

    /// <summary>Whether a sentence may tell a dispute's outcome at all: a quick test before <see cref="MayTellDisputeOutcome"/>.</summary>
    public static bool MayHoldDisputeOutcome(ReadOnlySpan<char> sentence) => DisputeOutcomeStems.AnyIn(sentence);

    /// <summary>
    /// Whether a phrase tells who came out of something ahead: a verb of winning or losing negates it ("won a" lawsuit), opens
    /// it ("won its appeal", "lost") or stands within the three words before it ("lost a patent lawsuit"). Few phrases do; the
    /// other side is looked for only after this test.
    /// </summary>
    public static bool MayTellDisputeOutcome(ReadOnlySpan<char> lead, ReadOnlySpan<char> phrase, ReadOnlySpan<char> negator)
    {
        if (DisputeOutcomeVerbs.Contains(PhraseText.FirstWord(negator.Trim())) || DisputeOutcomeVerbs.Contains(PhraseText.FirstWord(phrase)))
        {
            return true;
        }

        lead = lead.TrimEnd();
        for (var words = 0; words < 3 && !lead.IsEmpty; words++)
        {
            if (DisputeOutcomeVerbs.Contains(LastWord(lead)))
            {
                return true;
            }

            lead = lead[..Math.Max(0, lead.LastIndexOf(' '))].TrimEnd();
        }

        return false;
    }

    // Words of a broker's call: "cuts Acme target", "downgrades Acme to neutral", "raises its rating on Globex" (not "buy" or
    // "sell": "agrees to buy Globex" is a deal).
    private static readonly WordSet RatingOrTargetWords = new(
        "target", "targets", "rating", "ratings", "estimate", "estimates", "overweight", "underweight", "outperform",
        "underperform", "upgrades", "downgrades", "upgraded", "downgraded", "equal-weight");

    // Verbs a house rates with, before the company and the rating or target it gives: "raise Apple to buy", "cuts Intel to
    // hold", "lowers Ford target".
    private static readonly WordSet RatingVerbs = new(
        "raise", "raises", "raised", "cut", "cuts", "lower", "lowers", "lowered", "lift", "lifts", "lifted", "move", "moves", "moved",
        "upgrade", "upgrades", "upgraded", "downgrade", "downgrades", "downgraded", "trim", "trims", "trimmed", "boost", "boosts",
        "boosted", "hike", "hikes", "hiked", "slash", "slashes", "slashed", "bump", "bumps", "bumped");

    /// <summary>Whether the phrase is a verb a house rates a company with ("cut" in "cut Intel to hold", "lowers Ford target").</summary>
    public static bool IsRatingVerb(ReadOnlySpan<char> phrase) => RatingVerbs.Contains(phrase);

    /// <summary>Whether the text after a name gives it a rating: "to buy", "to equal-weight", "to hold from buy".</summary>
    public static bool GivesRating(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (!after.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "to buy", and the ratings of two words: "to market perform", "to sector outperform".
        var rating = after[3..].TrimStart();
        var first = NextWordOf(rating);
        return SourceMentions.IsGivenRating(first) ||
            first.Length < rating.Length && SourceMentions.IsGivenRating(rating[..(first.Length + 1 + NextWordOf(rating[(first.Length + 1)..]).Length)]);
    }

    /// <summary>
    /// Whether the text right after a name closes the name of a company a house rates, when the house is the subject of the rating
    /// verb before the name (<see cref="ResearchHouses.EndsWithHouse"/>): "Mizuho raises Intel on price cuts", "Citi lifts Apple,
    /// sees iPhone upside", "Baird cuts Nike". The clause ends, or a word gives the call's reason or moment. Not "Goldman cuts Asia
    /// jobs": a noun after the name is what is cut.
    /// </summary>
    public static bool ClosesRatedName(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        return after.IsEmpty || after[0] is ',' or ';' or ':' or '.' or '-' or '–' or '—' || RatedNameClosers.Contains(NextWordOf(after));
    }

    // Words after the name of a company a house rates that give the call's reason or moment: "raises Intel on price cuts",
    // "cuts Nike ahead of earnings", "lifts Apple as iPhone demand holds".
    private static readonly WordSet RatedNameClosers = new(
        "on", "as", "after", "amid", "citing", "ahead", "following", "over", "despite", "before", "into", "post", "in");

    /// <summary>Whether a clause names a broker's call ("cuts Tesla target", "downgrades Acme to neutral").</summary>
    public static bool NamesRatingOrTarget(ReadOnlySpan<char> clause) => ContainsWordOf(clause.Trim(), RatingOrTargetWords);

    // Words of an order placed: "placed a firm order for 160 Boeing jets", "an order with Airbus".
    private static readonly WordSet OrderWords = new("order", "orders");

    // Words that may count what is ordered before its maker: "for 160", "for up to 50 more", "for another 20".
    private static readonly WordSet OrderCountWords = new(
        "for", "with", "up", "to", "more", "than", "another", "additional", "as", "many", "of", "new", "further", "extra");

    /// <summary>The most words <see cref="IsOrderFor"/> reads between an order and the maker ("for up to 50 more").</summary>
    private const int MaxOrderCountWords = 7;

    /// <summary>Whether the phrase ends with an order ("firm order", "placed an order"): it may fall on the maker of what is ordered.</summary>
    public static bool IsOrder(ReadOnlySpan<char> phrase) => OrderWords.Contains(LastWord(phrase)) && !TakingVerbs.Contains(PhraseText.FirstWord(phrase));

    /// <summary>
    /// Whether the text between an order and a name makes the name the maker of what is ordered: "for 160 " (Boeing jets),
    /// "with " (Airbus), "for up to 50 more "; not "for 160 jets from " (the buyer).
    /// </summary>
    public static bool IsOrderFor(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        if (!between.StartsWith("for ", StringComparison.OrdinalIgnoreCase) && !between.Equals("with", StringComparison.OrdinalIgnoreCase) &&
            !between.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var words = 0; !between.IsEmpty; words++)
        {
            var space = between.IndexOf(' ');
            var word = space < 0 ? between : between[..space];
            if (words == MaxOrderCountWords || !OrderCountWords.Contains(word) && !char.IsAsciiDigit(word[0]))
            {
                return false;
            }

            between = space < 0 ? [] : between[(space + 1)..].TrimStart();
        }

        return true;
    }

    // The label of a company that attacks another's stock: "short seller Gotham City Research questioned…".
    private static readonly WordSet ShortSellerLabels = new("short seller", "short-seller", "short sellers", "short-sellers");

    /// <summary>Whether the phrase names a short seller: right before its name, it labels the seller, not its target.</summary>
    public static bool IsShortSeller(ReadOnlySpan<char> phrase) => ShortSellerLabels.Contains(phrase);

    /// <summary>
    /// The end of a percentage at the start of <paramref name="text"/> after spaces ("3.2%", "-4 percent", "2.5 pct", "7 per
    /// cent"), or -1.
    /// </summary>
    public static int PercentEnd(ReadOnlySpan<char> text)
    {
        var at = text.Length - text.TrimStart().Length;
        var start = at;
        if (at < text.Length && text[at] is '+' or '-' or '−')
        {
            at++;
        }

        var digits = at;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] is '.' or ',' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))
        {
            at++;
        }

        if (at == digits || at - start > 12)
        {
            return -1;
        }

        if (at < text.Length && text[at] == '%')
        {
            return at + 1;
        }

        var rest = text[at..];
        foreach (var unit in PercentWords)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (rest.Length == unit.Length || !char.IsLetter(rest[unit.Length])))
            {
                return at + unit.Length;
            }
        }

        return -1;
    }

    private static readonly string[] PercentWords = [" percent", " per cent", " pct", " percentage points"];

    /// <summary>
    /// The end of a list separator at the start of <paramref name="text"/> (", ", " and ", ", and ", " while "), or -1: what
    /// joins the members of a gapped list of moves ("Acme rose 3.2%, Globex 2.8% and Initech 1%").
    /// </summary>
    public static int ListSeparatorEnd(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart();
        if (rest.StartsWith(",") || rest.StartsWith(";"))
        {
            rest = rest[1..].TrimStart();
        }

        if (rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("while ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[(rest.IndexOf(' ') + 1)..];
        }

        // Spaces alone join nothing: "rose 3% Globex 2%" is no list.
        var end = text.Length - rest.Length;
        return text[..end].IsWhiteSpace() ? -1 : end;
    }

    // Words that make what follows said of every company named: "both stocks fell", "all three rallied", "shares of both".
    private static readonly string[] AllSubjects =
        ["both", "both stocks", "both shares", "both companies", "both firms", "both groups", "both names", "all three", "all three stocks", "all four", "each"];

    /// <summary>
    /// Whether a phrase is said of every company its sentence names: the text before it ends with "both", "all three" or "each"
    /// (and perhaps "stocks": "…; both stocks fall", "…, each gaining 3%"), or a quantity paired with it is theirs ("shares of both fell"), given as the text
    /// from the quantity to the phrase.
    /// </summary>
    public static bool SaidOfAll(ReadOnlySpan<char> before, ReadOnlySpan<char> pairedQuantity)
    {
        if (pairedQuantity.Contains(" of both", StringComparison.OrdinalIgnoreCase) || pairedQuantity.Contains(" in both", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        before = before.TrimEnd();
        if (before.IsEmpty || (before[^1] | 0x20) is not ('h' or 's' or 'e' or 'r'))
        {
            return false; // the last letter of every subject below
        }

        // The subject opens its clause ("…; both stocks fall", "and both rose", "which both warned"): after names, "both" is
        // theirs alone ("Ford and GM both gained share, while Stellantis…").
        foreach (var subject in AllSubjects)
        {
            if (before.EndsWith(subject, StringComparison.OrdinalIgnoreCase) &&
                (before.Length == subject.Length || !char.IsLetter(before[^(subject.Length + 1)])))
            {
                var rest = before[..^subject.Length].TrimEnd();
                return rest.IsEmpty || rest[^1] is ';' or ',' or ':' or '—' or '-' || ClauseOpenersBeforeAll.Contains(PhraseText.LastWord(rest));
            }
        }

        return false;
    }

    private static readonly WordSet ClauseOpenersBeforeAll = new("and", "which", "who", "as", "with", "so", "but");

    // Verbs of warning that may have another company as their subject: "JPMorgan warned that Boeing's guidance…".
    private static readonly WordSet WarningVerbs = new(
        "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned", "cautioning");

    /// <summary>Whether the phrase is a verb of warning ("warned", "cautions").</summary>
    public static bool IsWarning(ReadOnlySpan<char> phrase) => WarningVerbs.Contains(phrase);

    /// <summary>
    /// Whether the text between a verb of warning and a name makes the name what the warning is about: nothing ("regulators
    /// warned Boeing") or "that" ("JPMorgan warned that Boeing's guidance looks too optimistic").
    /// </summary>
    public static bool IsWarningAbout(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        return between.IsEmpty || between.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    // What a house estimates for a company it covers: "its fair value estimate for", "its earnings forecasts on".
    private static readonly WordSet EstimateNouns = new(
        "target", "targets", "estimate", "estimates", "forecast", "forecasts", "rating", "ratings", "outlook", "valuation",
        "recommendation", "projection", "projections");

    // Words that may come before such a noun: "its price target", "the fair value estimate", "its full-year earnings forecast".
    private static readonly WordSet EstimateModifiers = new(
        "its", "their", "the", "price", "fair", "value", "earnings", "profit", "sales", "revenue", "eps", "share", "per-share",
        "full-year", "annual", "long-term", "credit", "stock", "dividend");

    // Verbs that revise a house's estimate; a rating verb (RatingVerbs) or one of these opens the phrase.
    private static readonly WordSet RevisingVerbs = new(
        "revise", "revises", "revised", "reduce", "reduces", "reduced", "increase", "increases", "increased", "raising", "cutting",
        "lowering", "trimming", "lifting", "boosting", "slashing", "hiking");

    // Words that may follow the company a house's estimate is for: "… for Nestle after a weak quarter", "… on Siemens to 90".
    private static readonly WordSet AfterEstimatedCompany = new(
        "to", "after", "as", "on", "following", "citing", "and", "while", "amid", "from", "by", "saying", "in", "at", "over",
        "because", "with", "ahead", "despite", "but", "or");

    /// <summary>
    /// Whether the text after a company ends the estimate's object there ("…for Nestle.", "…for Nestle after…", "…for
    /// Nvidia's earnings"), so the company is the one estimated, not a word that names what is ("its forecast for Azure growth").
    /// </summary>
    public static bool EndsEstimatedCompany(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (after.IsEmpty || after[0] is '.' or ',' or ';' or ':' or '!' or '?' or ')' || after.StartsWith("'s") || after.StartsWith("’s"))
        {
            return true;
        }

        return AfterEstimatedCompany.Contains(NextWordOf(after));
    }

    /// <summary>Whether a phrase's first word may open a revision of a house's estimate (<see cref="RevisesEstimateFor"/>).</summary>
    public static bool MayReviseEstimate(ReadOnlySpan<char> word) => RatingVerbs.Contains(word) || RevisingVerbs.Contains(word);

    /// <summary>The most words <see cref="RevisesEstimateFor"/> reads: a verb, a few words of the estimate and "on" or "for".</summary>
    private const int MaxEstimateWords = 7;

    /// <summary>
    /// Whether <paramref name="lead"/>, the text from a phrase's verb to the company after it, is a house revising what it
    /// estimates for that company: "lowered its fair value estimate for ", "cut its earnings forecasts on ", "raised its
    /// estimates for ". The company after it is the one estimated, not the house.
    /// </summary>
    public static bool RevisesEstimateFor(ReadOnlySpan<char> lead)
    {
        lead = lead.Trim();
        var words = 0;
        var noun = false;
        while (!lead.IsEmpty && words < MaxEstimateWords)
        {
            var space = lead.IndexOf(' ');
            var word = space < 0 ? lead : lead[..space];
            lead = space < 0 ? [] : lead[(space + 1)..].TrimStart();
            if (words++ == 0)
            {
                if (!MayReviseEstimate(word))
                {
                    return false;
                }
            }
            else if (lead.IsEmpty)
            {
                return noun && (word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase));
            }
            else if (EstimateNouns.Contains(word) || noun && word.Equals("price", StringComparison.OrdinalIgnoreCase))
            {
                noun = true;
            }
            else if (noun || !EstimateModifiers.Contains(word))
            {
                // "cut its forecast for the year, and for Globex…": only the estimate's own words come before the company.
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="text"/> (split at spaces) is one of <paramref name="words"/>.</summary>
    private static bool ContainsWordOf(ReadOnlySpan<char> text, WordSet words)
    {
        while (!text.IsEmpty)
        {
            var space = text.IndexOf(' ');
            if (words.Contains(space < 0 ? text : text[..space]))
            {
                return true;
            }

            text = space < 0 ? [] : text[(space + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether the phrase may make the name after it a rival (<see cref="RivalrySign"/>): a verb of losing first, or a verb of
    /// relative performance alone. Most phrases are neither, and are passed over before the name after them is looked for.
    /// </summary>
    public static bool MayNameRival(ReadOnlySpan<char> phrase)
    {
        var space = phrase.IndexOf(' ');
        return space < 0 ? ComparisonVerbs.Contains(phrase) || YieldingVerbs.Contains(phrase) || TakingVerbs.Contains(phrase) ||
                           PreferringVerbs.Contains(phrase) || DisplacementText.IsDisplacingVerb(phrase)
            : YieldingVerbs.Contains(phrase[..space]) || TakingVerbs.Contains(phrase[..space]);
    }

    // Verbs that make up for what follows them: "gains at Acme offset losses at Globex".
    private static readonly WordSet OffsettingVerbs = new("offset", "offsets", "offsetting", "outweighed", "outweighs", "outweigh");

    // What may stand between a company's trouble and its name: "losses at", "weakness in", "a drop in shares of".
    private static readonly WordSet OwnerPrepositions = new("at", "in", "from", "for");

    /// <summary>
    /// Whether <paramref name="negator"/> makes up for the phrase and <paramref name="between"/>, the text from the phrase to a
    /// name, names the company whose trouble it was: "a rally in Alphabet offset weakness in Broadcom". The offset is the whole
    /// market's or the subject's; for that company its weakness is still its own.
    /// </summary>
    public static bool IsOffsetTroubleOf(ReadOnlySpan<char> negator, ReadOnlySpan<char> between)
    {
        if (negator.IsEmpty || !OffsettingVerbs.Contains(negator))
        {
            return false;
        }

        between = between.Trim();
        if (between.EndsWith(" shares of", StringComparison.OrdinalIgnoreCase))
        {
            between = between[..^" shares of".Length].TrimEnd();
        }
        else if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            between = between[..^" the".Length].TrimEnd();
        }

        return OwnerPrepositions.Contains(between);
    }

    /// <summary>
    /// Whether the text from a phrase to a name ends with "at the expense of" (a rival word or two may follow: "at the expense
    /// of rival Intel") within one clause of a few words: the name is the one the news displaces ("AMD gains market share at
    /// the expense of Intel", "Airbus orders surged at the expense of its rival Boeing").
    /// </summary>
    public static bool IsAtExpenseOf(ReadOnlySpan<char> between)
    {
        const string Expense = "at the expense of";

        // One ordinal search first: most texts between a phrase and a name hold no "expense" at all.
        if (between.IndexOf("xpense", StringComparison.Ordinal) < 0 && between.IndexOf("XPENSE", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var at = between.IndexOf(Expense, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || between[..at].Count(' ') > MaxWordsToRival || HasClauseBreak(between[..at]))
        {
            return false;
        }

        var rest = between[(at + Expense.Length)..].Trim();
        for (var words = 0; !rest.IsEmpty; words++)
        {
            var end = rest.IndexOf(' ');
            if (words == 2 || !RivalWords.Contains(end < 0 ? rest : rest[..end]))
            {
                return false;
            }

            rest = end < 0 ? [] : rest[(end + 1)..].TrimStart();
        }

        return true;
    }

    // "Prefer Infosys over Acme", "favour Globex to Acme": the name after "over" or "to" is the one not preferred.
    private static readonly WordSet PreferringVerbs = new(
        "prefer", "prefers", "preferred", "preferring", "favour", "favours", "favoured", "favouring", "favor", "favors", "favored", "favoring");

    // "Acme loses market share to Globex": verbs by which the subject gives up something to the name after "to".
    private static readonly WordSet YieldingVerbs = new("lose", "loses", "lost", "losing", "cede", "cedes", "ceded", "ceding");

    // "Acme gains market share from Globex", "is taking customers from Globex": verbs by which the subject takes something from
    // the name after "from" (when what is taken is share, customers or business, not "gains 5% after an upgrade from Globex").
    private static readonly WordSet TakingVerbs = new(
        "gain", "gains", "gained", "gaining", "take", "takes", "took", "taking", "taken", "win", "wins", "won", "winning", "grab",
        "grabs", "grabbed", "grabbing", "steal", "steals", "stole", "stealing", "wrest", "wrests", "wrested", "wresting", "poach",
        "poaches", "poached", "poaching", "lure", "lures", "lured", "luring");

    // What a subject takes from a rival: "market share", "customers", "business" (not orders or contracts: "winning orders from
    // Ocado" names a customer).
    private static readonly WordSet TakenThings = new(
        "share", "shares", "customers", "clients", "users", "subscribers", "business", "deposits",
        "accounts", "traffic", "ground", "talent", "staff", "listeners", "viewers", "buyers", "shoppers", "passengers");

    /// <summary>The most words from a verb of losing or taking to the "to" or "from" of the rival ("lost the fighter jet contract to").</summary>
    private const int MaxWordsToRival = 7;

    // The words that may stand between such a verb and the name: "overtakes rivals Globex and Initech", "outpaces its peer Globex".
    private static readonly WordSet RivalWords = new(
        "rival", "rivals", "peer", "peers", "competitor", "competitors", "its", "their", "the", "larger", "bigger", "smaller",
        "fellow", "local", "domestic", "archrival", "arch-rival", "both");

    /// <summary>
    /// How a phrase counts for the name after it when the name is the subject's rival: 0 when the phrase is a verb of relative
    /// performance, which makes the name a yardstick as in <see cref="MeasuredAgainst"/> ("Acme outperforms rivals Globex and
    /// Initech"; the phrase is the verb alone, not "beats estimates"); -1 when the name gains what the subject gives up ("Acme
    /// loses market share to Globex") or the subject takes its place ("Acme overtakes Globex", see <see cref="DisplacementText"/>);
    /// 1 when the phrase says nothing of the name as a rival. <paramref name="between"/> is the
    /// text from the phrase to the name: at most two words such as "its rivals" and the names listed before it, after a "to"
    /// within four words for a verb of losing.
    /// </summary>
    public static int RivalrySign(ReadOnlySpan<char> phrase, ReadOnlySpan<char> between)
    {
        var space = phrase.IndexOf(' ');
        var verb = space < 0 ? phrase : phrase[..space];
        between = between.Trim();
        if (space < 0 && PreferringVerbs.Contains(verb))
        {
            // "Prefer Infosys over Acme", "prefers Globex to Acme", "favours Globex and Initech over Acme", "prefer Globex rather
            // than Acme": the name right after "over", "to", "rather than" or "instead of" is passed over.
            // Only right after the name preferred: "prefers Globex to Acme", not "a tilt to Acme" or "exposure to Acme".
            return (between.EndsWith(" over", StringComparison.OrdinalIgnoreCase) || between.EndsWith(" to", StringComparison.OrdinalIgnoreCase) ||
                    between.EndsWith(" rather than", StringComparison.OrdinalIgnoreCase) || between.EndsWith(" instead of", StringComparison.OrdinalIgnoreCase)) &&
                between.Length > 0 && char.IsUpper(between[0]) && between.IndexOf(',') < 0 && between.Count(' ') <= 4 ? -1 : 1;
        }

        var sign = 0;
        var taking = TakingVerbs.Contains(verb);
        if (YieldingVerbs.Contains(verb) || taking)
        {
            // "loses market share to Globex", "lost the fighter jet contract to Globex": "to" within the next five words;
            // "gains market share from Globex": "from", after what is taken (the phrase may hold it: "gains market share").
            var to = -1;
            var taken = taking && TakenThings.Contains(LastWord(phrase));
            for (int at = 0, words = 0; at < between.Length && words < MaxWordsToRival; words++)
            {
                var end = between[at..].IndexOf(' ');
                var word = end < 0 ? between[at..] : between.Slice(at, end);
                if (word.Equals(taking ? "from" : "to", StringComparison.OrdinalIgnoreCase))
                {
                    to = taking && !taken ? -1 : at;
                    break;
                }

                taken |= TakenThings.Contains(word);
                at = end < 0 ? between.Length : at + end + 1;
            }

            if (to < 0)
            {
                return 1;
            }

            between = between[(to + (taking ? 4 : 2))..].TrimStart();
            sign = -1;
        }
        else if (space < 0 && DisplacementText.IsDisplacingVerb(verb) && !ComparisonVerbs.Contains(verb))
        {
            sign = -1; // "Acme overtakes Globex": the one overtaken loses what the subject gains
        }
        else if (space >= 0 || !ComparisonVerbs.Contains(verb))
        {
            return 1;
        }

        for (var words = 0; !between.IsEmpty && !char.IsUpper(between[0]); words++)
        {
            var end = between.IndexOf(' ');
            if (words == 2 || !RivalWords.Contains(end < 0 ? between : between[..end]))
            {
                return 1;
            }

            between = end < 0 ? [] : between[(end + 1)..].TrimStart();
        }

        return between.IsEmpty || IsNameListLead(between) ? sign : 1;
    }

    /// <summary>
    /// "Acme, " in "positive on Acme, Umbrella, Initech": names before the one the view reaches, each capitalised, and the text ends with
    /// the comma, "and" or "&amp;" that continues the list.
    /// </summary>
    private static bool IsNameListLead(ReadOnlySpan<char> between)
    {
        if (!(between.EndsWith(",") || between.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || between.EndsWith(" &")))
        {
            return false;
        }

        var rest = between;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(' ', ',');
            var word = end < 0 ? rest : rest[..end];
            if (!word.IsEmpty && !char.IsUpper(word[0]) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && word is not "&")
            {
                return false;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return true;
    }

    /// <summary>
    /// Whether only list separators stand between two names: commas, "and", "or", "as well as", "&amp;", "+" or "/", and instrument codes in
    /// brackets ("Qualcomm &lt;QCOM.O&gt;, Broadcom &lt;AVGO.O&gt; and Nvidia").
    /// </summary>
    public static bool IsListGap(ReadOnlySpan<char> gap)
    {
        var joined = false;
        while (true)
        {
            gap = gap.TrimStart();
            if (gap.IsEmpty)
            {
                return true;
            }

            if (gap[0] is '<' or '(' or '[')
            {
                var close = gap.IndexOfAny('>', ')', ']');
                if (close < 0 || gap[1..close].Contains(' '))
                {
                    return false;
                }

                gap = gap[(close + 1)..];
            }
            else if (gap[0] is ',' or '>' or ')' or ']' or '&' or '+' or '/')
            {
                joined |= gap[0] is ',' or '&' or '+' or '/';
                gap = gap[1..]; // a comma, an ampersand, a plus or a slash ("$INFY + $WIT", "$HD/$LOW"), or the end of a code whose symbol was the previous name ("AAPL.O>, ")
            }
            else if (StartsWithWord(gap, "and") || StartsWithWord(gap, "or") || StartsWithWord(gap, "nor") || StartsWithWord(gap, "as well as"))
            {
                joined = true;
                gap = gap[(gap.IndexOf(' ') < 0 ? gap.Length : gap.StartsWith("as well as", StringComparison.OrdinalIgnoreCase) ? 10 : gap.IndexOf(' '))..];
            }
            else
            {
                // "Vertiv and chip designer Broadcom": the next item's label of its trade ("…, though cable maker Nexans" opens a clause).
                return joined && !ClauseWordsBeforeLabel.Contains(PhraseText.FirstWord(gap)) && IsTradeLabel(gap.TrimEnd());
            }
        }

        static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
            text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
    }

    /// <summary>How the text between two names joins them in a subject (<see cref="JoinOf"/>).</summary>
    public enum NameJoin
    {
        /// <summary>Not joined: the earlier name is in another part of the clause ("$AAPL flat, $TSLA crushed").</summary>
        None,

        /// <summary>Listed together: "Acme, Globex and Initech", "Acme &lt;ACME.O&gt;, Globex", "Acme &amp; Globex", "and chip firms Initech".</summary>
        List,

        /// <summary>The same company's symbol right after its name: "Acme (NYSE: ACME)", "Acme &lt;ACME.N&gt;".</summary>
        Symbol,

        /// <summary>The earlier name labels the later one: "Apple supplier Foxconn", "Tesla rival Rivian", "YouTube owner-Alphabet".</summary>
        Label,
    }

    // Nouns that make the name before them a label of the name after them ("Apple supplier Foxconn", "YouTube owner-Alphabet").
    private static readonly WordSet LabelNouns = new(
        "supplier", "suppliers", "rival", "rivals", "owner", "parent", "unit", "subsidiary", "partner", "customer", "client", "peer",
        "backer", "investor", "affiliate", "spinoff", "spin-off", "competitor");

    /// <summary>The most descriptive lower-case words after a list connector and before the next name ("and technology firms Initech").</summary>
    private const int MaxDescriptorWords = 3;

    /// <summary>The most chars between a name and its own symbol right after it ("Acme (NYSE American: " is 16).</summary>
    private const int MaxSymbolGap = 18;

    /// <summary>
    /// How the text between two names joins them in the subject of a phrase after them. A list may hold names the directory
    /// does not know ("Apple, Foxconn and Microsoft", "…, Wynn Resorts &lt;WYNN.O&gt; and Melco Resorts &lt;MLCO.O&gt;") and descriptive
    /// words after a connector ("…, and technology firms Shopify"); a label noun right after the first name makes it a label
    /// ("Apple supplier Foxconn", "YouTube owner-Alphabet Inc &lt;GOOGL.O&gt;").
    /// </summary>
    public static NameJoin JoinOf(ReadOnlySpan<char> gap)
    {
        var rest = gap.TrimStart();
        var possessive = rest.StartsWith("'s") || rest.StartsWith("’s");
        if (possessive)
        {
            // "Kellogg's <K.N> shares"; "Globex's AI Research team", "AIG's life insurance division Corebridge": the owner shares
            // the news of what it owns; "Nvidia's rival AMD" labels AMD.
            rest = rest[2..].TrimStart();
            return OpensSymbol(rest) ? NameJoin.Symbol
                : rest.IsEmpty || EndsWithUnit(rest) ? NameJoin.List
                : LabelNouns.Contains(rest) ? NameJoin.Label
                : IsTitle(rest) ? NameJoin.List : NameJoin.None;
        }

        if (OpensSymbol(rest))
        {
            return NameJoin.Symbol;
        }

        bool connector = false, label = false, first = true, symbolEnded = false;
        int names = 0, descriptors = 0;
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.IsEmpty)
            {
                break;
            }

            var c = rest[0];
            if (c is '(' or '<' or '[')
            {
                // A code of the name before ("<AAPL.O>"), or the opening of the next name's own symbol that closes the gap.
                var close = rest.IndexOfAny(')', '>', ']');
                if (close < 0 ? !rest[1..].IsWhiteSpace() : rest[1..close].Contains(' '))
                {
                    return NameJoin.None;
                }

                symbolEnded |= close >= 0 && first;
                rest = close < 0 ? [] : rest[(close + 1)..];
                first = false;
                continue;
            }

            if (c is ',' or '&' or '+' or '/' or '>' or ')' or ']')
            {
                connector |= c is ',' or '&' or '+' or '/'; // "$INFY + $WIT", "$HD/$LOW" list their names too
                symbolEnded |= c is '>' or ')' && first; // "Acme <ACME.O>  Globex": a code that ends an item, the comma left out
                names = c is ',' or '&' or '+' or '/' ? 0 : names;
                descriptors = 0;
                rest = rest[1..];
                first = false;
                continue;
            }

            var end = rest.IndexOfAny(GapWordEnds);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("nor", StringComparison.OrdinalIgnoreCase) || StartsPhrase(word, rest, "as", "well as") || StartsPhrase(word, rest, "along", "with") || StartsPhrase(word, rest, "together", "with"))
            {
                // "as well as", "along with", "together with": the words after the first are passed over too.
                rest = word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase) ||
                       word.Equals("nor", StringComparison.OrdinalIgnoreCase) ? rest
                    : rest.TrimStart()[(word.Equals("as", StringComparison.OrdinalIgnoreCase) ? "well as".Length : "with".Length)..];
                connector = true;
                names = descriptors = 0;
            }
            else if (first && LabelNouns.Contains(LabelPart(word)))
            {
                // "supplier", "owner-" or "owner-Alphabet" right after the first name.
                label = true;
                names += word.Length > LabelPart(word).Length + 1 ? 1 : 0;
            }
            else if (char.IsUpper(word[0]) && !word.ContainsAnyExcept(NameWordChars) && ++names <= MaxNameWords)
            {
            }
            else if (char.IsLower(word[0]) && !word.ContainsAnyExcept(LowerWordChars) && connector && ++descriptors <= MaxDescriptorWords &&
                     !ClauseOpeners.Contains(word) && !NotDescriptors.Contains(word))
            {
            }
            else
            {
                return NameJoin.None;
            }

            first = false;
        }

        // Names with nothing between them ("$AAPL $MSFT $NVDA ripping") are a list too.
        return label ? NameJoin.Label : connector || first || symbolEnded && names == 0 && descriptors == 0 ? NameJoin.List : NameJoin.None;

        static ReadOnlySpan<char> LabelPart(ReadOnlySpan<char> word)
        {
            var hyphen = word.IndexOf('-');
            return hyphen > 0 ? word[..hyphen] : word;
        }
    }

    // Lower-case words after a connector that start a phrase of their own rather than describe the next name ("…, then Globex").
    private static readonly WordSet NotDescriptors = new(
        "then", "so", "now", "also", "even", "not", "only", "to", "from", "by", "on", "in", "at", "for", "of", "with", "without", "over",
        "against", "versus", "vs", "than", "that", "when", "where", "if", "unlike", "like", "including", "especially");

    // The part of a company that another company's news may be about ("AIG's pensions division Corebridge").
    private static readonly WordSet UnitNouns = new("unit", "division", "subsidiary", "arm", "affiliate", "business", "spinoff", "spin-off");

    /// <summary>The most lower-case words from a possessive to the unit it owns ("'s savings and pensions division ").</summary>
    private const int MaxWordsToUnit = 6;

    /// <summary>Whether the text is a few capitalised words, the title of what a company owns ("AI", "Cloud").</summary>
    private static bool IsTitle(ReadOnlySpan<char> words)
    {
        words = words.Trim();
        var count = 0;
        while (!words.IsEmpty)
        {
            var space = words.IndexOf(' ');
            var word = space < 0 ? words : words[..space];
            if (word.IsEmpty || !char.IsUpper(word[0]) || ++count > MaxNameWords)
            {
                return false;
            }

            words = space < 0 ? [] : words[(space + 1)..];
        }

        return count > 0;
    }

    /// <summary>Whether a few lower-case words end with a unit noun: "savings and pensions division".</summary>
    private static bool EndsWithUnit(ReadOnlySpan<char> words)
    {
        words = words.TrimEnd();
        var space = words.LastIndexOf(' ');
        return UnitNouns.Contains(words[(space + 1)..]) && words.Count(' ') < MaxWordsToUnit && !words.ContainsAnyExcept(LowerPhraseChars);
    }

    // The chars of a few lower-case words with the spaces between them ("savings and pensions division").
    private static readonly System.Buffers.SearchValues<char> LowerPhraseChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz- ");

    // Prepositions that make the names after them a place, a partner or a yardstick, not a subject ("plants in Ohio and Lyon").
    private static readonly WordSet PlacePrepositions = new(
        "in", "at", "from", "to", "for", "with", "by", "against", "into", "across", "near", "versus", "vs", "than", "like", "unlike",
        "over", "under", "via", "per", "behind", "between", "among", "toward", "towards", "on", "about", "without");

    /// <summary>Whether the text before a name ends with a preposition that gives the name another role than the subject's.</summary>
    public static bool FollowsPlacePreposition(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        var space = before.LastIndexOf(' ');
        return space >= 0 && PlacePrepositions.Contains(before[(space + 1)..]);
    }

    // Words that open a phrase put before a sentence's subject: "Despite …,", "Unlike …,", "After …,".
    private static readonly WordSet FrontingWords = new(
        "despite", "unlike", "like", "after", "before", "while", "although", "though", "following", "amid", "besides", "beyond",
        "compared", "against", "with", "without", "as", "since", "because", "if", "when", "whereas", "for", "in", "at", "on");

    /// <summary>
    /// Whether the text from a sentence's start to a name is a phrase put before the subject: it opens with a fronting word
    /// ("Despite a strong quarter at", "Unlike") and no comma has closed it yet.
    /// </summary>
    public static bool InFrontedPhrase(ReadOnlySpan<char> before)
    {
        before = before.TrimStart();
        var space = before.IndexOf(' ');
        return space > 0 && FrontingWords.Contains(before[..space]) && before.IndexOf(',') < 0;
    }

    /// <summary>Whether the text only opens the symbol that follows it: "(NYSE: ", " &lt;", "(".</summary>
    private static bool OpensSymbol(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] is '(' or '<' && text.Length <= MaxSymbolGap && text.IndexOfAny(",)>") < 0;

    private static bool StartsPhrase(ReadOnlySpan<char> word, ReadOnlySpan<char> rest, string first, string then) =>
        word.Equals(first, StringComparison.OrdinalIgnoreCase) && rest.TrimStart().StartsWith(then, StringComparison.OrdinalIgnoreCase);

    /// <summary>The most words of a name the directory does not know, inside a list or before a symbol.</summary>
    private const int MaxNameWords = 4;

    // Chars that end a word of the text between two names.
    private static readonly System.Buffers.SearchValues<char> GapWordEnds = System.Buffers.SearchValues.Create(" ,&<>()[]");

    private static readonly System.Buffers.SearchValues<char> NameWordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.'");

    private static readonly System.Buffers.SearchValues<char> LowerWordChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    // Words after a comma that open an aside about the name before it: "Rivian, a Tesla rival…,", "TSMC, which makes chips for Apple,".
    private static readonly WordSet AsideOpeners = new("a", "an", "the", "which", "who", "whose", "formerly", "one");

    /// <summary>Whether the text after a comma opens an aside: its first word is "a", "an", "the", "which", "who"….</summary>
    public static bool OpensAside(ReadOnlySpan<char> afterComma)
    {
        afterComma = afterComma.TrimStart();
        var space = afterComma.IndexOf(' ');

        // "Microsoft, Amazon's main cloud rival, grew…": a possessive opens a description of the name before the comma.
        return space > 0 && (AsideOpeners.Contains(afterComma[..space]) ||
            char.IsUpper(afterComma[0]) && (afterComma[..space].EndsWith("'s") || afterComma[..space].EndsWith("’s")));
    }

    /// <summary>
    /// Whether a clause opener stands anywhere in the text, with or without a comma before it ("… while Acme slumped", "… even
    /// as Acme struggles"), or a semicolon.
    /// </summary>
    public static bool HasClauseOpener(ReadOnlySpan<char> between)
    {
        if (between.Contains(';'))
        {
            return true;
        }

        while (!between.IsEmpty)
        {
            var end = between.IndexOfAny(' ', ',');
            var word = end < 0 ? between : between[..end];
            if (ClauseOpeners.Contains(word))
            {
                return true;
            }

            between = end < 0 ? [] : between[(end + 1)..];
        }

        return false;
    }

    /// <summary>Whether a new clause starts in the text ("…, while Acme slumped", "…; Acme slumped").</summary>
    public static bool HasClauseBreak(ReadOnlySpan<char> between)
    {
        if (between.Contains(';'))
        {
            return true;
        }

        for (var comma = between.IndexOf(','); comma >= 0; comma = between.IndexOf(','))
        {
            between = between[(comma + 1)..];
            var next = between.TrimStart();
            var space = next.IndexOf(' ');
            var word = space < 0 ? next : next[..space];
            if (ClauseOpeners.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Words that open the cause or setting of a move: "Acme jumps on Globex's bid", "Acme falls after Initech's warning",
    // "stocks rise amid a deepening crisis".
    private static readonly WordSet CauseOpeners = new("on", "after", "following", "upon", "amid", "amidst");

    /// <summary>Whether the word opens the cause or setting of a move ("on", "after", "following", "amid").</summary>
    public static bool IsCauseOpener(ReadOnlySpan<char> word) => CauseOpeners.Contains(word);

    /// <summary>
    /// Where the cause of a move that a name sits in starts: the offset in <paramref name="before"/> (the text before the name)
    /// of "on", "after", "following" or "amid", with at most three words and no punctuation between it and the name ("on
    /// strong rupee", "after CLSA", "on sale of Globex"); -1 when the name is not so placed.
    /// </summary>
    public static int CauseOpenerBefore(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        for (var words = 0; words < 4; words++)
        {
            // One space before each word; anything else (a comma, a bracket, a quote) ends the search.
            if (end == 0 || before[end - 1] != ' ')
            {
                return -1;
            }

            end--;
            var start = end;
            while (start > 0 && (char.IsLetterOrDigit(before[start - 1]) || before[start - 1] is '\'' or '’' or '-' or '&'))
            {
                start--;
            }

            if (start == end)
            {
                return -1;
            }

            if (CauseOpeners.Contains(before[start..end]))
            {
                return start;
            }

            end = start;
        }

        return -1;
    }

    /// <summary>
    /// Where the clauses of a sentence start, relative to it: after a semicolon or a comma, and at "as", "while", "whereas" or
    /// "but" ("Widget makers fall as steel prices surge", "Copper slumps, zinc climbs"). The first clause starts at 0.
    /// Returns how many starts were written; a sentence with more clauses than <paramref name="starts"/> holds writes none.
    /// </summary>
    public static int ClauseStarts(ReadOnlySpan<char> sentence, Span<int> starts)
    {
        var count = 0;
        starts[count++] = 0;

        // A vectorised search finds the commas and semicolons, and one for each connector between spaces finds the openers, so
        // that no space is visited on its own; the starts are sorted afterwards. The last char starts none.
        var searched = sentence[..Math.Max(sentence.Length - 1, 0)];
        for (var i = searched.IndexOfAny(',', ';'); i >= 0; i = NextIndexOfAny(searched, i, ',', ';'))
        {
            if (i > 0 && (sentence[i] == ';' || sentence[i + 1] == ' ' && !char.IsDigit(sentence[i - 1])) && !TryAddStart(starts, ref count, i + 1))
            {
                return 0;
            }
        }

#if NET9_0_OR_GREATER
        for (var i = sentence.IndexOfAny(Connectors); i >= 0; i = sentence[(i + 1)..].IndexOfAny(Connectors) is var next and >= 0 ? i + 1 + next : -1)
        {
            if (!TryAddConnector(sentence, starts, ref count, i))
            {
                return 0;
            }
        }
#else
        foreach (var connector in ConnectorsBetweenSpaces)
        {
            for (var i = sentence.IndexOf(connector, StringComparison.OrdinalIgnoreCase); i >= 0; i = NextIndexOf(sentence, i, connector))
            {
                if (!TryAddConnector(sentence, starts, ref count, i))
                {
                    return 0;
                }
            }
        }
#endif

        starts[1..count].Sort();
        return MergeListItems(sentence, starts[..count]);
    }

    /// <summary>
    /// Whether <see cref="ClauseStarts"/> may put a clause start after <paramref name="from"/> and at or before <paramref name="to"/>
    /// (offsets in <paramref name="sentence"/>): whether a comma or a semicolon, or a connector between spaces, begins in between. False
    /// means that everything from <paramref name="from"/> to <paramref name="to"/> is in one clause; true may be wrong (a comma in a
    /// number, a connector that opens no clause), and <see cref="ClauseStarts"/> tells.
    /// </summary>
    public static bool MayStartClauseBetween(ReadOnlySpan<char> sentence, int from, int to)
    {
        // A start follows its comma, semicolon or space: those are at from … to - 1. A connector found there may run past to.
        if (to <= from || sentence[from..to].IndexOfAny(',', ';') >= 0)
        {
            return to > from;
        }

        var window = sentence[from..Math.Min(sentence.Length, to + MaxConnectorLength + 1)];
#if NET9_0_OR_GREATER
        return window.IndexOfAny(Connectors) is var at && at >= 0 && at < to - from;
#else
        foreach (var connector in ConnectorsBetweenSpaces)
        {
            if (window.IndexOf(connector, StringComparison.OrdinalIgnoreCase) is var at && at >= 0 && at < to - from)
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>Adds the start of the clause a connector found at <paramref name="space"/> (its space before) opens, if it opens one; false when <paramref name="starts"/> is full.</summary>
    private static bool TryAddConnector(ReadOnlySpan<char> sentence, Span<int> starts, ref int count, int space) =>
        !(space + 2 < sentence.Length && (sentence[space + 1] | 0x20) is 'a' or 'w' or 'b' && OpensClause(sentence[..space], sentence[(space + 1)..])) ||
        TryAddStart(starts, ref count, space + 1);

    /// <summary>Adds a clause start; false when <paramref name="starts"/> is full.</summary>
    private static bool TryAddStart(Span<int> starts, ref int count, int start)
    {
        if (count == starts.Length)
        {
            return false;
        }

        starts[count++] = start;
        return true;
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> text, int previous, char a, char b) =>
        text[(previous + 1)..].IndexOfAny(a, b) is var next and >= 0 ? previous + 1 + next : -1;

    private static int NextIndexOf(ReadOnlySpan<char> text, int previous, string value) =>
        text[(previous + 1)..].IndexOf(value, StringComparison.OrdinalIgnoreCase) is var next and >= 0 ? previous + 1 + next : -1;

    /// <summary>
    /// "Acme, Globex, Initech rally on buzz", "peers like Acme, Globex halve": a comma next to a short name is a list, not a new clause.
    /// </summary>
    private static int MergeListItems(ReadOnlySpan<char> sentence, Span<int> starts)
    {
        var count = starts.Length;
        for (var k = count - 1; k >= 1; k--)
        {
            var comma = starts[k] - 1;
            if (sentence[comma] != ',')
            {
                continue;
            }

            var before = sentence[starts[k - 1]..comma];
            var after = sentence[starts[k]..];
            var nextComma = after.IndexOf(',');
            if (IsListItem(before) || nextComma > 0 && IsListItem(after[..nextComma]))
            {
                starts[(k + 1)..count].CopyTo(starts[k..]);
                count--;
            }
        }

        return count;
    }

    /// <summary>One to four words, each starting with a capital or a digit: a name in a list ("Shoppers Stop", "M&amp;M").</summary>
    private static bool IsListItem(ReadOnlySpan<char> item)
    {
        item = item.Trim();
        if (item.IsEmpty)
        {
            return false;
        }

        var words = 0;
        var wordStart = true;
        foreach (var c in item)
        {
            if (c == ' ')
            {
                wordStart = true;
                continue;
            }

            if (wordStart && (++words > 4 || !(char.IsUpper(c) || char.IsDigit(c))))
            {
                return false;
            }

            wordStart = false;
        }

        return true;
    }

    /// <summary>
    /// "as" (not "as a result", "as well as", "such as"), "while", "whereas" or "but", followed by a word. The caller asks only at
    /// words that start with a, w or b.
    /// </summary>
    private static bool OpensClause(ReadOnlySpan<char> before, ReadOnlySpan<char> text)
    {
        // The connectors are short: a word that runs past the longest of them is none, and its end need not be searched for.
        var space = 0;
        while (space < text.Length && space <= MaxConnectorLength && text[space] != ' ')
        {
            space++;
        }

        if (space == 0 || space > MaxConnectorLength || space + 1 >= text.Length || !ClauseConnectors.Contains(text[..space]))
        {
            return false;
        }

        if (!text[..space].Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var next = text[(space + 1)..];
        var nextSpace = next.IndexOf(' ');
        return !NotClauseBeforeAs.Contains(before[(before.LastIndexOf(' ') + 1)..]) && !NotClauseAfterAs.Contains(nextSpace < 0 ? next : next[..nextSpace]);
    }

    /// <summary>
    /// Whether a clause names a subject of its own before its first phrase (<paramref name="prefix"/>): "as steel prices slump" does,
    /// "shares soar 10%", ", cuts more jobs" and "but its margins shrink" go on about the company named before.
    /// </summary>
    public static bool HasOwnSubject(ReadOnlySpan<char> prefix) => HasOwnSubject(prefix, []);

    /// <summary>
    /// <see cref="HasOwnSubject(ReadOnlySpan{char})"/>, given the figure the clause's first phrase moves when it opens that phrase
    /// (<paramref name="figure"/>, "revenue" in "but PC revenue slides"): a word that names a segment of the business right
    /// before the company's own figure goes on about the company.
    /// </summary>
    public static bool HasOwnSubject(ReadOnlySpan<char> prefix, ReadOnlySpan<char> figure)
    {
        // A clause of cause ("Acme rises as the group raises prices") names what moved the company, which the words for it do
        // not change: only after a contrast or a comma do they go on about it.
        var cause = NextWordIn(prefix, CauseConnectors);

        // Only a later clause's ("…, but automaker warns"), not a sentence's first ("Bank stocks rally; Intel slides").
        var opening = prefix.TrimStart();
        var later = !opening.IsEmpty && (opening[0] is ',' or ';' or ':' || NextWordIn(opening, LaterClauseOpeners));
        while (!prefix.IsEmpty)
        {
            var start = 0;
            while (start < prefix.Length && !char.IsLetter(prefix[start]))
            {
                start++;
            }

            var end = start;
            while (end < prefix.Length && (char.IsLetterOrDigit(prefix[end]) || prefix[end] is '-' or '&' or '.'))
            {
                end++;
            }

            // A company's own figure ("but earnings missed estimates") goes on about the company, as "shares" does, and so does
            // a word for the company itself ("but automaker warns", "while the retailer cut its outlook") outside a cause.
            if (end > start && !ContinuationWords.Contains(prefix[start..end]) && !OwnFigureSubjects.Contains(prefix[start..end]) &&
                (cause || !later || !CompanyWords.Contains(prefix[start..end])) &&
                !(FigureQualifiers.Contains(prefix[start..end]) && (prefix[end..].IsWhiteSpace() || NextWordIn(prefix[end..], FigureWords))) &&
                !(later && IsSegmentWord(prefix[start..end]) && SegmentWordsThenOwnFigure(prefix[end..], figure)))
            {
                return true;
            }

            prefix = prefix[end..];
        }

        return false;
    }

    /// <summary>
    /// Whether a word may name a segment of the company's own business before its figure ("cloud revenue", "PC revenue", "ad
    /// sales", "iPhone sales"): a word that starts in lower case, or a short acronym; not a capitalised name ("Globex revenue").
    /// </summary>
    private static bool IsSegmentWord(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) || word.Length <= 4 && word.IndexOfAnyInRange('a', 'z') < 0;

    /// <summary>
    /// Whether the words after a segment's word name more of the segment and then the company's own figure (" unit costs" in "but
    /// non-fuel unit costs climb"), or only the segment when the clause's first phrase opens with that figure.
    /// </summary>
    private static bool SegmentWordsThenOwnFigure(ReadOnlySpan<char> rest, ReadOnlySpan<char> figure)
    {
        rest = rest.Trim();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (space < 0)
            {
                return OwnFigureSubjects.Contains(word) || IsSegmentWord(word) && !figure.IsEmpty && OwnFigureSubjects.Contains(figure);
            }

            if (!IsSegmentWord(word))
            {
                return false;
            }

            rest = rest[(space + 1)..].TrimStart();
        }

        return !figure.IsEmpty && OwnFigureSubjects.Contains(figure);
    }

    // Words after a clause's verb that end the search for its object: "cuts jobs in Europe", "raises its outlook for FY25".
    private static readonly WordSet ObjectSearchStops = new(
        "in", "at", "for", "from", "to", "on", "with", "by", "as", "after", "amid", "over", "despite", "of", "and", "but", "while",
        "than", "into", "across", "since", "before", "during", "via", "per");

    /// <summary>The most lower-case words between a clause's verb and the name it acts on ("squeezes furniture importer Nitori").</summary>
    private const int MaxWordsToObject = 3;

    // Verbs whose news is their object's: "lifts Acme", "squeezes Globex", "weighs on Initech" (not "beats Globex", whose news
    // is the subject's).
    private static readonly WordSet VerbsOfEffect = new(
        "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted", "boosting", "help", "helps", "helped", "helping", "hurt",
        "hurts", "hurting", "hit", "hits", "hitting", "drag", "drags", "dragged", "dragging", "squeeze", "squeezes", "squeezing",
        "dent", "dents", "dented", "denting", "crimp", "crimps", "crimped", "crimping", "weigh", "weighs", "weighed", "weighing",
        "pressure", "pressures", "pressured", "pressuring", "hammer", "hammers", "hammered", "batter", "batters", "battered",
        "eat", "eats", "ate", "eating", "benefit", "benefits", "benefited", "benefiting", "favour", "favours", "favor", "favors",
        "buoy", "buoys", "buoyed", "sink", "sinks", "sank");

    private static readonly WordSet CostWords = new("costs", "cost", "bills", "bill", "expenses");

    /// <summary>Whether the word is a verb whose news is its object's ("lifts", "hurts", "eats" in "eats into").</summary>
    public static bool IsVerbOfEffect(ReadOnlySpan<char> word) => VerbsOfEffect.Contains(word);

    /// <summary>
    /// Whether a clause's first phrase (<paramref name="phrase"/>) is a verb of effect and the text after it (<paramref name="rest"/>)
    /// names what it acts on: a capitalised word within a few lower-case words, before any preposition (", squeezes furniture
    /// importer Nitori", ", hits Acme"; not ", cuts jobs in Europe", ", lifts Q3 profit" or ", beats Globex"), or costs moved
    /// "for" a name (", cuts battery costs for Globex"). The clause is then about that name, not about a company named in
    /// another clause.
    /// </summary>
    public static bool NamesObjectAfter(ReadOnlySpan<char> phrase, ReadOnlySpan<char> rest)
    {
        // "…, cuts battery costs for BYD", "raises fuel costs for airlines": costs moved for a name are that name's.
        if (CostWords.Contains(LastWord(phrase)))
        {
            rest = rest.TrimStart();
            if (rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase))
            {
                var name = rest[4..].TrimStart();
                var end = name.IndexOfAny(' ', ',', ';');
                var word = end < 0 ? name : name[..end];
                return !word.IsEmpty && char.IsUpper(word[0]) && !IsPeriod(word);
            }
        }

        var space = phrase.IndexOf(' ');
        if (!VerbsOfEffect.Contains(space < 0 ? phrase : phrase[..space]))
        {
            return false;
        }

        for (var words = 0; words <= MaxWordsToObject; words++)
        {
            rest = rest.TrimStart();
            var end = 0;
            while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '-' or '&' or '\'' or '\u2019'))
            {
                end++;
            }

            if (end == 0)
            {
                return false;
            }

            var word = rest[..end];
            if (char.IsUpper(word[0]))
            {
                return !IsPeriod(word) && word is not "I";
            }

            if (!char.IsLetter(word[0]) || ObjectSearchStops.Contains(word))
            {
                return false;
            }

            rest = rest[end..];
        }

        return false;
    }

    /// <summary>
    /// Whether the text after a clause's first phrase (<paramref name="rest"/>) names whom it is for: "for" and a capitalised word,
    /// after at most two lower-case words ("Sales boost for Morrisons as Tesco turnaround stalls", "Sales boost for new Morrisons
    /// chief David Potts as…"). A clause before a
    /// company's own is then about that name, though no subject opens it.
    /// </summary>
    public static bool NamesBeneficiaryAfter(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (!rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A few lower-case words may describe the name first: "for new Morrisons chief David Potts", "for rival Globex".
        rest = rest[4..];
        for (var words = 0; words <= MaxWordsBeforeBeneficiary; words++)
        {
            rest = rest.TrimStart();
            var end = rest.IndexOfAny(' ', ',', ';');
            var word = end < 0 ? rest : rest[..end];
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                return false;
            }

            if (char.IsUpper(word[0]))
            {
                return !IsPeriod(word) && word is not "I";
            }

            if (end < 0 || rest[end] != ' ')
            {
                return false;
            }

            rest = rest[end..];
        }

        return false;
    }

    /// <summary>The most lower-case words between "for" and the name it is for (<see cref="NamesBeneficiaryAfter"/>).</summary>
    private const int MaxWordsBeforeBeneficiary = 2;

    /// <summary>Whether the first word of <paramref name="text"/> (after spaces) is one of <paramref name="words"/>.</summary>
    private static bool NextWordIn(ReadOnlySpan<char> text, WordSet words)
    {
        text = text.TrimStart();
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-'))
        {
            end++;
        }

        return end > 0 && words.Contains(text[..end]);
    }

    /// <summary>Whether the word is part of a bracketed instrument code ("&lt;GLBX.O&gt;", "[GEELY.UL]").</summary>
    public static bool InInstrumentCode(string text, in Token token)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        return before is '<' or '[' or '.' || after is '>' or ']' || (after == '.' && token.End + 1 < text.Length && char.IsLetter(text[token.End + 1]));
    }
}
