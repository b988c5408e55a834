using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>How a mention of a company stands to what the sentence says.</summary>
internal enum SourcePosition
{
    /// <summary>The company may be what the sentence is about.</summary>
    None,

    /// <summary>
    /// Right before a word of forecasting ("Refinitiv projected…") or credited after what it said ("…, BofA said."): a source
    /// when the text is about others, but a company can also forecast or report its own results ("Nokia forecast higher sales").
    /// </summary>
    Forecaster,

    /// <summary>
    /// Only the messenger, whatever else the text names: "according to Moody's", "told Sky News", "a Deutsche Bank survey",
    /// "Goldman analysts", "said Jane Doe, partner at Globex Investments".
    /// </summary>
    Messenger,
}

/// <summary>
/// Recognises companies that a text only quotes as a source ("Refinitiv projected…", "according to Moody's",
/// "a Globex survey showed"): the sentiment of what they say is not sentiment about them.
/// </summary>
internal static class SourceMentions
{
    // Words right after a company that make it the source of a forecast or a view, not its subject, when the text is about
    // others ("Globex Research thinks widget stocks will rebound").
    // "Said" is not among them: "Acme said profit rose" is usually a company reporting on itself.
    private static readonly string[] ForecastWordList =
        ["projected", "projects", "predicted", "predicts", "forecast", "forecasts", "estimated", "noted", "notes", "wrote", "writes", "outlook", "believes", "thinks"];

    internal static readonly WordSet ForecastWordsAfter = new(ForecastWordList);

    // Words right after a company that make it a messenger in any text: its people or its research speak, not its business.
    private static readonly string[] MessengerWordAfterList =
    [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "survey", "poll", "report", "research",
        "study", "note", "recommends", "recommended", "upgrades", "upgraded", "downgrades", "downgraded", "initiates",
        "initiated", "reiterates", "reiterated", "rates", "upgrade", "downgrade", "reporter", "reporters", "journalist", "journalists",
        "columnist", "columnists", "correspondent", "correspondents", "editor", "editors", "double-upgrades", "double-upgraded",
        "double-downgrades", "double-downgraded",
    ];

    internal static readonly WordSet MessengerWordsAfter = new(MessengerWordAfterList);

    // Verbs that change a rating, before the company whose outlook they change: "Moody's upgrades Oracle outlook".
    private static readonly WordSet RatingChangeVerbs = new("upgrades", "upgraded", "downgrades", "downgraded");

    // Words between a name and its verb that say nothing of the role: "Globex also downgraded Acme", "… all cut their targets".
    private static readonly string[] SkippedBeforeAVerbList = ["also", "all", "both", "each", "separately", "again", "further", "now", "jointly", "just", "twice"];

    internal static readonly WordSet SkippedBeforeAVerb = new(SkippedBeforeAVerbList);

    // "Globex remains underweight on metals", "Globex turns bullish on Indian equities": a linking verb before a
    // house's market view. Only views of markets: "Acme remains confident on growth" is the company's own outlook.
    private static readonly string[] LinkingVerbList = ["remains", "remain", "remained", "stays", "stay", "stayed", "turns", "turned", "turn", "is", "was", "are", "goes", "went"];

    internal static readonly WordSet LinkingVerbs = new(LinkingVerbList);

    private static readonly WordSet MarketViews = new(
        "bullish", "bearish", "overweight", "underweight", "constructive", "outperform", "underperform");

    // The asset classes a house holds a market view on ("underweight on commodities", "bullish on Indian equities", "bearish on
    // the dollar"), not a company's own business or market ("bullish on long-term travel demand", "bullish on the India market",
    // "bullish on oil, lifts output target", "bullish on the weekly chart").
    private static readonly WordSet MarketObjects = new(
        "equities", "equity", "stocks", "bonds", "treasuries", "gilts", "bunds", "commodities", "gold", "silver", "copper", "metals",
        "dollar", "euro", "yen", "yuan", "rupee", "sterling", "currencies", "credit", "duration", "cyclicals", "defensives",
        "financials", "emerging");

    // "Refinitiv data shows", "LSEG figures showed": what a data vendor's numbers show about others ("Acme data centers" is its business).
    private static readonly string[] FindingWordList = ["data", "figures"];

    internal static readonly WordSet FindingWords = new(FindingWordList);

    private static readonly WordSet ShowingVerbs = new(
        "show", "shows", "showed", "shown", "showing", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested");

    // What a company publishes about others under a title after its possessive ("Globex's Asia PMI survey").
    private static readonly WordSet TitledFindings = new("survey", "surveys", "poll", "polls", "note", "research", "study");

    // Words after such a finding that make it the company's own people or part ("Meta's AI Research team").
    private static readonly WordSet OwnUnits = new("team", "teams", "unit", "lab", "labs", "group", "division", "arm", "card");

    /// <summary>The most capitalised words between a company's possessive and what it published ("Globex's Asia PMI survey").</summary>
    private const int MaxTitleWords = 3;

    // "Globex sees 35% upside in Acme": a broker's view of another stock's room to move ("Acme sees strong demand" is its own).
    private static readonly string[] SeeingWordList = ["sees", "see", "saw", "expects", "expect", "expected"];

    internal static readonly WordSet SeeingWords = new(SeeingWordList);

    private static readonly WordSet RoomWords = new("upside", "downside");

    private static readonly WordSet RoomPrepositions = new("in", "for", "on");

    private static readonly WordSet RoomNouns = new("potential", "risk");

    // Words after "upside in" that name no other stock: a time ("the next year", "two years") or the company's own business.
    private static readonly WordSet NotAnotherStock = new("the", "next", "coming", "a", "this", "two", "three", "six", "twelve", "its", "their", "our");

    // Prepositions after a rating participle that make it passive: "upgraded to buy", "downgraded by UBS", "initiated at buy".
    private static readonly WordSet RatingPrepositions = new("to", "by", "at", "from", "on", "in", "as", "after");

    // Prepositions before the house after a rating's noun: "upgrade at Kepler", "downgrade by Bernstein", "upgrade from UBS".
    private static readonly WordSet HousePrepositions = new("at", "by", "from");

    // Verbs a broker applies to a rating or a price target: "maintains 'buy'", "starts at outperform", "cuts target price".
    private static readonly string[] RatingActionList =
    [
        "maintains", "retains", "reiterates", "keeps", "starts", "puts", "cuts", "raises", "lowers", "initiates", "assigns", "sets",
        "revises", "resumes", "places", "trims", "hikes", "maintained", "retained", "kept", "started", "cut", "raised", "lowered",
        "assigned", "revised", "resumed", "placed", "trimmed", "hiked", "set", "lifts", "lifted", "boosts", "boosted", "bumps", "bumped",
        "changes", "changed", "affirms", "affirmed",
        "ups", "upped", "slashes", "slashed", "raising", "lifting", "cutting", "lowering", "trimming", "boosting", "moves", "moved",
        "slaps", "slapped",
    ];

    internal static readonly WordSet RatingActions = new(RatingActionList);

    // A house's lists of picks: "Globex added Acme to its conviction list", "removed Acme from its top picks", "named Acme as its
    // top pick" (ListNouns).
    private static readonly string[] ListVerbList = ["adds", "added", "removes", "removed", "drops", "dropped", "puts", "put", "includes", "included", "names", "named"];

    private static readonly WordSet ListVerbs = new(ListVerbList);

    private static readonly WordSet ListNouns = new("list", "lists", "pick", "picks", "ideas", "portfolio", "portfolios");

    // What joins a company to a house's list: "to its conviction list", "from its top picks", "as its top pick", "Acme remains its
    // top pick".
    private static readonly WordSet ListJoins = new("to", "from", "on", "off", "as", "is", "was", "remains", "remained");

    // A bank named as the adviser of another's deal: "Globex was hired as adviser", "Globex, hired as financial adviser".
    private static readonly string[] HireVerbList = ["hired", "appointed", "retained", "mandated", "tapped", "engaged"];

    private static readonly WordSet HireVerbs = new(HireVerbList);

    private static readonly WordSet AdviserRoles = new(
        "adviser", "advisers", "advisor", "advisors", "bookrunner", "bookrunners", "underwriter", "underwriters", "arranger", "arrangers");

    // The odds a house puts on an event: "raises the odds of a downturn", "cuts the odds of a rate hike".
    private static readonly WordSet Odds = new("chance", "chances", "odds", "probability", "likelihood");

    // What the economy or a central bank does, which a house puts odds on ("of a US recession"); not a company's own chances
    // ("boosts its chances of winning the order", "raises the odds of a turnaround").
    private static readonly WordSet MacroEvents = new(
        "recession", "recessions", "downturn", "slowdown", "contraction", "default", "hike", "hikes", "cut", "cuts", "landing",
        "stagflation", "depression", "crisis", "inflation", "deflation", "devaluation", "shutdown");

    // Ratings that only a broker gives; "reduce" and "add" count only in quotes ("cuts to 'reduce'", not "to reduce debt").
    private static readonly string[] RatingList =
    [
        "buy", "sell", "hold", "overweight", "underweight", "outperform", "underperform", "neutral", "accumulate", "equal-weight",
        "market-perform", "sector-perform", "market perform", "sector perform",
    ];

    private static readonly WordSet Ratings = new(RatingList);

    // A rating or an agency's outlook given to the company named before: "Acme cut to sell at Globex", "Acme outlook cut to
    // negative by Globex Ratings".
    private static readonly WordSet GivenRatings = new([.. RatingList, "negative", "positive", "stable", "junk"]);

    /// <summary>Whether a word is a rating or an agency's outlook a company may be given ("sell", "overweight", "junk").</summary>
    public static bool IsGivenRating(ReadOnlySpan<char> word) =>
        GivenRatings.Contains(word) || !word.IsEmpty && char.IsUpper(word[0]) && CreditGrades.Contains(word);

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a rating given (<see cref="IsGivenRating"/>), or a bare grade letter with its
    /// sign right after it ("to B-", "at A+").
    /// </summary>
    private static bool IsGivenRatingAt(string text, ReadOnlySpan<Token> tokens, int i) =>
        IsGivenRating(tokens[i].GetText(text)) ||
        tokens[i].Length == 1 && text[tokens[i].Start] is 'A' or 'B' or 'C' && i + 1 < tokens.Length &&
        tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Length == 1 && text[tokens[i + 1].Start] is '+' or '-';

    // Words before a rating given: "cut to sell", "kept at buy", "rated buy", "reiterated as outperform", "to neutral from buy at Globex".
    private static readonly WordSet BeforeGivenRating = new("to", "at", "rated", "as", "from");

    private static readonly WordSet QuotedOnlyRatings = new("reduce", "add", "equal", "peer");

    // Words before a credit grade given: "cut Acme to junk", "affirms Acme at AA".
    private static readonly WordSet BeforeGrade = new("to", "at");

    /// <summary>Whether the word after the "on" that follows <paramref name="from"/> names something: "its outlook on Ford" (not "on strong demand").</summary>
    /// <summary>
    /// Whether the words from <paramref name="from"/> name a company's own results as what it forecasts ("profit above
    /// estimates", "third-quarter revenue", "quarterly sales"), with no other company's named after them ("earnings for
    /// the S&amp;P 500" are a house's forecast).
    /// </summary>
    private static bool ForecastsOwnResults(string text, ReadOnlySpan<Token> tokens, int from)
    {
        // Over the move foreseen: "forecast a 56% drop in second-quarter operating profit", "forecast higher annual sales".
        var i = NextWordIndex(tokens, from);
        for (var read = 0; read < MaxForecastMoveWords && i >= 0 && ForecastMoveWords.Contains(tokens[i].GetText(text)); read++)
        {
            i = NextWordIndex(tokens, i + 1);
        }

        if (i < 0)
        {
            return false;
        }

        var word = tokens[i].GetText(text);
        if (!OwnResults.Contains(word) && !word.Contains("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var j = i + 1; j < tokens.Length && j <= i + 4 && tokens[j].Kind != TokenKind.SentenceEnd; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && tokens[j].GetText(text) is var next &&
                (next.Equals("for", StringComparison.OrdinalIgnoreCase) || next.Equals("of", StringComparison.OrdinalIgnoreCase)) &&
                NextWordIndex(tokens, j + 1) is var named and >= 0)
            {
                // Over "the": "for the S&P 500", not "for the fourth quarter" or "for Q4".
                var name = tokens[named].GetText(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? NextWordIndex(tokens, named + 1) : named;
                return name < 0 || !char.IsUpper(text[tokens[name].Start]) || PhraseText.IsPeriodLabel(tokens[name].GetText(text));
            }
        }

        return true;
    }

    /// <summary>
    /// Whether "report" after names is their verb with an object of their own ("Visa and Mastercard report steady growth in
    /// payment volumes"), not a house's report that speaks ("a Globex report says", "the Globex report on Acme").
    /// </summary>
    private static bool ReportsOwnFigures(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> word, int from)
    {
        // "Globex's report comes after…": after a possessive, always the noun.
        if (!word.Equals("report", StringComparison.OrdinalIgnoreCase) || from >= tokens.Length || tokens[from].Kind != TokenKind.Word ||
            from >= 2 && PhraseText.IsPossessive(tokens[from - 2].GetText(text)))
        {
            return false;
        }

        // "Visa and Mastercard Report Fourth-Quarter Earnings": in a title, its own results in capitals.
        var next = tokens[from].GetText(text);
        return char.IsLower(next[0]) ? !ReportNounFollowers.Contains(next) : AttributionText.StartsWithResultsWord(text.AsSpan(tokens[from].Start));
    }

    // Words after "report" that make it a house's report: its verb ("says", "shows") or its preposition ("on", "from").
    private static readonly WordSet ReportNounFollowers = new(
        "said", "says", "say", "shows", "showed", "show", "found", "finds", "find", "suggests", "suggested", "suggest", "highlights",
        "highlighted", "notes", "noted", "warns", "warned", "predicts", "predicted", "estimates", "estimated", "argues", "argued",
        "claims", "claimed", "concludes", "concluded", "indicates", "indicated", "reveals", "revealed", "adds", "added", "on", "that",
        "from", "by", "in", "for", "released", "published", "issued", "dated", "titled", "entitled", "also", "cited", "citing", "of",
        "to", "was", "is", "has", "had", "card", "cards");

    /// <summary>
    /// Whether "initiates" after a name starts the company's own payout ("Alphabet initiates first-ever dividend", "initiates a
    /// quarterly dividend", "initiated a buyback"), not a house's coverage ("initiates Acme at buy").
    /// </summary>
    private static bool InitiatesOwnPayout(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> word, int from)
    {
        if (!word.StartsWith("initiate", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = from; i < tokens.Length && i < from + 4 && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Payouts.Contains(tokens[i].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Payouts = new(
        "dividend", "dividends", "buyback", "buybacks", "repurchase", "repurchases", "payout", "payouts", "distribution");

    /// <summary>
    /// Whether "forecast" or "outlook" right after a name is the company's own forecast, a noun whose verb follows ("Micron
    /// forecast falls short of estimates", "Acme outlook disappoints", "Acme forecast misses"), not a house's verb of forecasting.
    /// </summary>
    private static bool IsOwnForecastNoun(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> word, int from)
    {
        if (!word.Equals("forecast", StringComparison.OrdinalIgnoreCase) && !word.Equals("outlook", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var i = NextWordIndex(tokens, from);
        return i >= 0 && ForecastNounVerbs.Contains(tokens[i].GetText(text));
    }

    // Verbs whose subject is a company's own forecast: "forecast falls short", "outlook disappoints", "forecast tops estimates".
    private static readonly WordSet ForecastNounVerbs = new(
        "falls", "fell", "misses", "missed", "tops", "topped", "beats", "beat", "disappoints", "disappointed", "underwhelms",
        "underwhelmed", "impresses", "impressed", "lags", "lagged", "trails", "trailed", "exceeds", "exceeded", "surpasses",
        "surpassed", "sends", "sent", "weighs", "weighed", "lifts", "lifted", "sinks", "sank", "hits", "spooks", "spooked", "cheers",
        "cheered", "is", "was", "came", "comes");

    // The move a company foresees in its own results, before them: "a 56% drop in", "higher", "a return to".
    private static readonly WordSet ForecastMoveWords = new(
        "a", "an", "in", "of", "to", "higher", "lower", "stronger", "weaker", "bigger", "smaller", "better", "worse", "flat",
        "drop", "fall", "decline", "slump", "plunge", "slide", "rise", "increase", "jump", "surge", "gain", "growth", "return",
        "decrease", "dip", "rebound", "recovery");

    /// <summary>The most words of a move read over before the results it names ("a 56% drop in").</summary>
    private const int MaxForecastMoveWords = 4;

    // A company's own results, forecast by it: "forecast profit above estimates", "forecasts annual revenue".
    private static readonly WordSet OwnResults = new(
        "profit", "profits", "revenue", "revenues", "sales", "earnings", "EPS", "results", "quarterly", "annual", "full-year",
        "fiscal", "adjusted", "core", "operating", "underlying", "net", "pretax", "pre-tax");

    // Days, months and holidays, which name no company after "on": "raised its outlook on Thursday".
    internal static readonly WordSet TimeNames = new(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Easter", "Christmas", "Thanksgiving");

    private static bool NamedAfterOn(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var seenOn = false;
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Cashtag)
            {
                return seenOn;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (seenOn)
            {
                return char.IsUpper(text[tokens[i].Start]) && !TimeNames.Contains(tokens[i].GetText(text)) && !DescribesNoun(text, tokens, i);
            }

            seenOn = true; // the "on" itself
        }

        return false;
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="first"/> go on with a lower-case noun they describe: "on China demand
    /// slowdown", "on Europe weakness" name a market, not a company rated ("its outlook on Ford to stable", "on Nvidia, citing").
    /// </summary>
    private static bool DescribesNoun(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var i = first;
        while (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start]))
        {
            i++;
        }

        return i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[i + 1].Start]) &&
               !WordsAfterRatedName.Contains(tokens[i + 1].GetText(text));
    }

    // Words that may follow the company a view is on: "outlook on Ford to stable", "rating on Intel after the miss".
    private static readonly WordSet WordsAfterRatedName = new(
        "to", "from", "after", "as", "amid", "citing", "on", "and", "at", "with", "following", "in", "over", "for", "ahead", "due",
        "because", "despite", "stock", "shares", "but", "while");

    // A broker's view of another company: "cut its rating on Intel", "raised its outlook on Ford to stable".
    private static readonly WordSet RatedViews = new("rating", "ratings", "outlook", "recommendation", "stance");

    private static readonly WordSet OnWord = new("on");

    // Words before "hold" that make it a pause, not a rating: "on hold", "after a hold", "the year-long hold" (not "a hold
    // rating", "cut to hold").
    private static readonly WordSet PauseOpeners = new("on", "a", "the", "its", "their", "year-long", "months-long", "weeks-long", "regulatory");

    // Words after "hold" that make it a verb of what holds, not a broker's rating: "orders hold steady", "margins hold up",
    // "prices hold near highs".
    private static readonly WordSet HoldVerbComplements = new(
        "steady", "firm", "up", "flat", "still", "back", "off", "out", "near", "above", "below", "onto", "their", "its");

    /// <summary>
    /// Whether the "hold" at <paramref name="i"/> is no broker's rating: a pause ("on hold", "after a year-long hold") or the verb
    /// of what holds (<see cref="HoldVerbComplements"/>: "as orders hold steady").
    /// </summary>
    private static bool IsHoldNotARating(string text, ReadOnlySpan<Token> tokens, int i) =>
        PreviousWordIs(text, tokens, i, PauseOpeners) && !NextWordIs(text, tokens, i + 1, "rating") && !NextWordIs(text, tokens, i + 1, "recommendation") ||
        NextWordIn(text, tokens, i + 1, HoldVerbComplements);

    private static readonly WordSet OwnWords = new("its", "their", "own");

    // A company's own forecasts, goals and plans, which it may upgrade, downgrade or reiterate itself ("upgrades its delivery
    // forecast", "upgraded its mid-term targets", "reiterated its capital spending budget"); a house's "target" on a stock is one
    // price target, so only the plural is here.
    private static readonly WordSet OwnFigures = new(
        "forecast", "forecasts", "guidance", "outlook", "outlooks", "projection", "projections", "targets", "goals", "ambitions",
        "budget", "budgets", "plan", "plans", "commitment", "commitments");

    // The kinds of a company's own figure named before it without "its": "full-year guidance", "mid-term targets", "net
    // interest income guidance", "2025 outlook".
    private static readonly WordSet OwnFigureKinds = new(
        "full-year", "annual", "mid-term", "medium-term", "long-term", "near-term", "quarterly", "net", "interest", "income",
        "revenue", "sales", "profit", "earnings", "margin", "margins", "dividend", "production", "delivery", "deliveries", "output",
        "volume", "growth", "capex", "financial", "operating", "cash", "flow", "targets", "guidance", "outlook", "forecast", "organic",
        "comparable", "same-store", "adjusted", "core", "total", "yield", "bookings", "orders", "shipments", "EBITDA", "RevPAR", "EPS",
        "EBIT", "FFO", "AFFO", "NII", "ARPU");

    /// <summary>Whether a word is a measure written with capitals inside it ("RevPAR", "EBITDAR"), not a name in title case ("Outlook").</summary>
    private static bool IsMixedCaseMeasure(ReadOnlySpan<char> word) =>
        word.Length is > 2 and <= 8 && char.IsUpper(word[0]) && word[1..].IndexOfAnyInRange('A', 'Z') >= 0 && word.IndexOfAnyInRange('a', 'z') >= 0;

    // What a company's own figure may be called without "its" (a house's "target" alone is the price target it sets).
    private static readonly WordSet OwnFiguresWithoutPossessive = new("guidance", "outlook", "forecast", "forecasts", "targets");

    /// <summary>
    /// Whether the words from <paramref name="first"/> are kinds of the company's own figure and then the figure itself, with
    /// nothing after that names another ("upgrades mid-term targets", "raises full-year guidance"; not "raises its outlook on
    /// Nvidia").
    /// </summary>
    private static bool OwnFigureWithoutPossessive(string text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var i = first; i < tokens.Length && i < first + MaxWordsToOwnFigures && (tokens[i].Kind == TokenKind.Word || tokens[i].Kind == TokenKind.Number && IsYear(tokens[i].GetText(text))); i++)
        {
            var word = tokens[i].GetText(text);
            if (tokens[i].Kind != TokenKind.Word || PhraseText.IsMeasureAcronym(word) || IsMixedCaseMeasure(word))
            {
                continue; // "raises 2025 outlook", "Full-Year RevPAR Outlook", "EBITDA guidance"
            }

            if (OwnFiguresWithoutPossessive.Contains(word))
            {
                return !(NextWordIs(text, tokens, i + 1, "on") && !OnTimeOrReason(text, tokens, i + 1) || (NextWordIs(text, tokens, i + 1, "for") || NextWordIs(text, tokens, i + 1, "of")) && NamesAfter(text, tokens, i + 1));
            }

            if (!OwnFigureKinds.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // Words after a company's name that keep it the company: "its outlook for Intel shares".
    private static readonly WordSet StockNouns = new("shares", "stock", "stocks");

    /// <summary>The most words from "its" to the forecast it names ("its full-year delivery forecast").</summary>
    private const int MaxWordsToOwnFigures = 5;


    private static readonly WordSet PriceWord = new("price");

    // "Globex trims Acme earnings estimates": an analyst's estimates of others' results.
    private static readonly WordSet EstimatedResults = new("earnings", "eps", "profit");

    // "Globex slashes Brent crude price forecasts", "trims nickel and zinc price forecasts": a forecast of a market's prices, with
    // the market named between the verb and it. A company's profit or sales forecast is its own ("Walmart raises annual
    // profit forecast"), whatever words come between.
    private static readonly WordSet PriceForecasts = new("forecasts", "forecast", "projections", "objective", "objectives");

    private static readonly string[] MessengerWordBeforeList = ["according", "notes", "noted", "writes", "wrote", "citing", "told"];

    internal static readonly WordSet MessengerWordsBefore = new(MessengerWordBeforeList);

    // The word right before a name that may make it a messenger: one of the above, or "at", "from" or "by" (see Classify).
    internal static readonly WordSet WordsRightBeforeASource = new([.. MessengerWordBeforeList, "at", "from", "by", "per", "to", "with", "of"]);

    // People who worked for a company: "the former Globex executive said" (see IsFormerStaff).
    private static readonly WordSet StaffRoles = new(
        "banker", "bankers", "executive", "executives", "employee", "employees", "staffer", "staffers", "lawyer", "lawyers",
        "trader", "traders", "engineer", "engineers", "manager", "managers", "boss", "chief", "ceo", "cfo", "director",
        "directors", "official", "officials", "worker", "workers", "partner", "partners", "chairman", "president", "scientist",
        "researcher", "researchers", "adviser", "advisor", "consultant", "accountant", "salesman", "broker", "programmer");

    // "a source close to Initech", "people familiar with Acme's plans": an unnamed informant near the company speaks.
    private static readonly WordSet Informants = new("source", "sources", "people", "person", "insider", "insiders");

    private static readonly WordSet Closeness = new("close", "familiar");

    // Units a price or a ratio is "per": "$95 per Activision share", "revenue per Acme customer" name no source.
    private static readonly WordSet UnitsPer = new(
        "share", "shares", "unit", "units", "customer", "customers", "user", "users", "subscriber", "subscribers", "ads", "adr",
        "barrel", "store", "stores", "employee", "employees", "vehicle", "car", "device", "account");

    // "…, BofA said." / "…," Freshpet added.": a company credited after what it said, usually about others.
    private static readonly string[] AttributionVerbList = ["said", "says", "added", "adds", "stated", "commented", "explained"];

    internal static readonly WordSet AttributionVerbs = new(AttributionVerbList);

    // Words after a verb of saying that credit what was said before it: "said in a note", "said on Tuesday", "said last week".
    private static readonly WordSet CreditingWords = new(
        "in", "on", "at", "last", "this", "earlier", "late", "early", "yesterday", "today", "recently", "previously", "told", "via");

    /// <summary>
    /// Whether the words after a name are a verb of saying and what is said ("said demand remained robust"), not a credit for
    /// what came before ("said.", "said in a note", "said on Monday").
    /// </summary>
    public static bool OpensStatement(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        var verb = PhraseText.FirstWord(after);
        if (!AttributionVerbs.Contains(verb))
        {
            return false;
        }

        var next = PhraseText.FirstWord(after[verb.Length..].TrimStart());
        return next.Length > 0 && char.IsLetter(next[0]) && !CreditingWords.Contains(next);
    }

    /// <summary>
    /// Whether the words after a name open a statement (<see cref="OpensStatement"/>) that does not start with the speaker itself
    /// ("said the processor's guidance looks stretched", not "said its profit rose" or "said it expects").
    /// </summary>
    public static bool OpensStatementOnOthers(ReadOnlySpan<char> after)
    {
        if (!OpensStatement(after))
        {
            return false;
        }

        after = after.TrimStart();
        var said = after[PhraseText.FirstWord(after).Length..].TrimStart();
        return !SelfWords.Contains(PhraseText.FirstWord(said));
    }

    private static readonly WordSet SelfWords = new("its", "it", "it's", "they", "their", "we", "our");

    /// <summary>
    /// Whether the words after a name are a house's view of others, over an adverb: "also warned that the Atlanta-based company's
    /// dividend could exceed…", "separately noted that…"; not one that starts with the house itself ("also warned that its…").
    /// </summary>
    public static bool OpensViewOnOthers(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        var verb = PhraseText.FirstWord(after);
        while (SkippedBeforeAVerb.Contains(verb))
        {
            after = after[verb.Length..].TrimStart();
            verb = PhraseText.FirstWord(after);
        }

        if (!ViewVerbs.Contains(verb) && !AttributionVerbs.Contains(verb))
        {
            return false;
        }

        var said = after[verb.Length..].TrimStart();
        var next = PhraseText.FirstWord(said);
        if (next.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            said = said[next.Length..].TrimStart();
            next = PhraseText.FirstWord(said);
        }

        return next.Length > 0 && char.IsLetter(next[0]) && !CreditingWords.Contains(next) && !SelfWords.Contains(next);
    }

    /// <summary>
    /// Whether the words after a name credit it with a note, as a research house writes one ("…," UBS wrote in a research note,
    /// "said in a note to clients"): what was said is the house's view, not its business.
    /// </summary>
    public static bool CreditsANote(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        var verb = PhraseText.FirstWord(after);
        if (!ViewVerbs.Contains(verb) && !AttributionVerbs.Contains(verb))
        {
            return false;
        }

        after = after[verb.Length..].TrimStart();
        if (!PhraseText.FirstWord(after).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "in a note", "in a research note", "in a Monday note to clients": the note within a few words of "in".
        for (var words = 0; words < MaxWordsToNote && !after.IsEmpty; words++)
        {
            after = after[PhraseText.FirstWord(after).Length..].TrimStart();
            var word = PhraseText.FirstWord(after).TrimEnd(".,;:\"”)");
            if (word.Equals("note", StringComparison.OrdinalIgnoreCase) || word.Equals("notes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most words from "in" to "note" (<see cref="CreditsANote"/>): "in a Monday research note".</summary>
    private const int MaxWordsToNote = 4;

    // A house's verbs of a view, beside those of saying: "JPMorgan also warned that…", "the broker argued…".
    private static readonly WordSet ViewVerbs = new(
        "warned", "warns", "cautioned", "cautions", "argued", "argues", "noted", "notes", "wrote", "writes");

    // "…, with Citi and Globex saying the company needs capital": a company quoted in a clause of its own after "with" or a comma.
    private static readonly string[] QuotingParticipleList =
        ["saying", "noting", "arguing", "predicting", "estimating", "warning", "cautioning", "telling", "writing"];

    internal static readonly WordSet QuotingParticiples = new(QuotingParticipleList);

    // A house's warning about the economy or the markets: "JPMorgan warned of a recession", "Citi warns UK inflation could hit 18%".
    private static readonly string[] WarningVerbList = ["warn", "warns", "warned"];

    private static readonly WordSet WarningVerbs = new(WarningVerbList);

    // The economy or the markets warned of (WarnsOfTheEconomy); not a slowdown or a downturn, which may be the company's own
    // ("Boeing warns of a slowdown in deliveries").
    private static readonly WordSet EconomyWarnings = new(
        "recession", "recessions", "economy", "economic", "economies", "inflation", "GDP", "unemployment", "stagflation", "markets",
        "equities");

    // Words between a warning and what it is about: "warned of a deeper U.S. recession", "warns that global inflation…".
    private static readonly WordSet WarningLeads = new(
        "of", "that", "about", "against", "a", "an", "the", "global", "world", "deeper", "deep", "sharp", "sharper", "mild", "possible",
        "looming", "coming", "imminent", "prolonged", "US", "U.S.", "UK", "U.K.", "euro-zone", "eurozone", "European", "Chinese", "China's",
        "persistent", "sticky", "higher", "hotter");

    // Every word right after a name that Classify tests (the sets above, and the views of AttributionText.IsView): most words
    // after a name are none of them, and one lookup passes them over.
    internal static readonly WordSet WordsAfterASource = new(
        [.. MessengerWordAfterList, .. FindingWordList, .. RatingActionList, .. AttributionText.ViewWordList, .. ForecastWordList, .. AttributionVerbList,
         .. QuotingParticipleList, .. SeeingWordList, .. ListVerbList, .. HireVerbList, .. WarningVerbList]);

    // "partner at Globex Investments", "chief strategist at Initech Asset Management": a market professional's employer.
    private static readonly WordSet RolesBeforeAt = new(
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "partner", "manager", "director", "head",
        "co-head", "trader", "traders", "adviser", "advisor", "officer", "researcher", "professor", "fellow", "president");

    // "Acme downgraded by Globex", "upgraded to buy by Globex": the broker that rated.
    private static readonly WordSet RatedParticiples = new(
        "upgraded", "downgraded", "initiated", "reiterated", "rated", "buy", "sell", "hold", "outperform", "underperform", "overweight",
        "underweight", "neutral");

    // "a report from Goldman Sachs", "research by Initech", "data from Initech", "analysts polled by Globex News", "data compiled by LSEG",
    // "an upgrade from Globex":
    // the company published the finding.
    private static readonly WordSet ResearchWords = new(
        "report", "reports", "research", "data", "study", "survey", "analysis", "note", "estimates", "polled", "surveyed", "compiled",
        "assessed", "calculated", "published", "tracked", "upgrade", "upgrades", "downgrade", "downgrades", "rating", "recommendation");

    // Words before "report(s)" that make it a company's own results: "earnings reports from Acme".
    private static readonly WordSet OwnResultsWords = new("earnings", "quarterly", "results", "annual", "financial", "profit", "sales");

    // The last word of a headline that a list of companies follows: "hot stock picks:", "stocks to pick:", "top gainers:".
    // ("A good buy:" and "safe bets:" are views, and a byline follows them.)
    private static readonly WordSet ListHeads = new(
        "picks", "pick", "gainers", "losers", "movers", "toppers", "laggards", "outperformers", "underperformers");

    // "…, Bloomberg reported.", "CNBC first reported the cuts", "Sky News, which reported earlier": a news outlet passing
    // news on. "Acme reported a loss" is a company reporting its own results, so the verb counts only where no object follows
    // it (an end, a comma, "citing", "earlier") or after "first" and "which".
    private static readonly string[] ReportVerbList = ["reported", "reports"];

    private static readonly WordSet ReportVerbs = new(ReportVerbList);

    private static readonly WordSet ReportFollowers = new("citing", "earlier", "previously", "exclusively", "separately");

    private static readonly string[] ReportAdverbList = ["first", "earlier", "originally", "previously", "exclusively"];

    private static readonly WordSet ReportAdverbs = new(ReportAdverbList);

    // Both: a name followed by neither passes no news on.
    private static readonly WordSet ReportWords = new([.. ReportVerbList, .. ReportAdverbList]);

    // Every word right after a name that Classify reads before it looks at the words before the name: the words of ReportWords
    // (PassesNewsOn), "and" (AfterListedNames), SkippedBeforeAVerb and WordsAfterASource (its loop). Most names are followed by
    // none of them, and one lookup in this set spares the three: each is a set of its own, rarely still in the cache when a company
    // is scored, and reading one cost more than the rest of the test.
    internal static readonly WordSet WordsReadAfterASource = new(
        [.. ReportVerbList, .. ReportAdverbList, "and", .. SkippedBeforeAVerbList, .. LinkingVerbList, .. MessengerWordAfterList, .. FindingWordList, .. RatingActionList,
         .. AttributionText.ViewWordList, .. ForecastWordList, .. AttributionVerbList, .. QuotingParticipleList, .. SeeingWordList, .. ListVerbList,
         .. HireVerbList, .. WarningVerbList]);

    // Lower-case words a byline may hold: "Head of Research", "Member, BSE and NSE".
    private static readonly WordSet BylineConnectors = new("of", "and", "for", "the", "at", "&", "in");

    /// <summary>
    /// Whether the word token at <paramref name="i"/>, <paramref name="word"/>, is one of <paramref name="list"/>: the list's bit of
    /// the token's rule lists (<see cref="RuleWords"/>) when the analyzer looked them up with the words, else the list asked.
    /// </summary>
    private static bool IsIn(ReadOnlySpan<RuleWords> ruleWords, int i, RuleWords bit, WordSet list, ReadOnlySpan<char> word) =>
        ruleWords.IsEmpty ? list.Contains(word) : (ruleWords[i] & bit) != 0;

    /// <summary>
    /// Where the mention between <paramref name="start"/> and <paramref name="end"/> stands. <paramref name="ruleWords"/> are the
    /// tokens' rule lists as the analyzer looked them up with the words (<see cref="RuleWords"/>), or empty.
    /// </summary>
    internal static SourcePosition Classify(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int start, int end)
    {
        var first = FirstTokenAtOrAfter(tokens, start);

        // A name is a few tokens long: the token after it is found by walking on from its first, not by a second search.
        var after = first;
        while (after < tokens.Length && tokens[after].Start < end)
        {
            after++;
        }

        if (InByline(text, tokens, first) || InDateline(text, tokens, first, after) || IsFormerStaff(text, tokens, first, after))
        {
            return SourcePosition.Messenger;
        }

        // "Acme hired Globex as adviser": the bank named in its role on another's deal.
        if (after < tokens.Length && tokens[after].Kind == TokenKind.Word && IsWordAt(text, tokens, after, "as") && NamesAdviserRole(text, tokens, after) &&
            !FollowsEmployerLink(text, tokens, first))
        {
            return SourcePosition.Messenger;
        }

        // "Evercore ISI cut its price target to $295", "prompting Barclays to cut its price target", "Morgan Stanley, which rates
        // Qualcomm 'equal-weight'": a house that sets a price target or rates a stock is the messenger of its view.
        if (ActsAsHouseAfter(text, tokens, after, appositive: first > 0 && IsWordAt(text, tokens, first - 1, "including")))
        {
            return SourcePosition.Messenger;
        }

        // "after a Barclays note said…", "Baird said in a note, cutting the stock to neutral": a house's note, or a
        // house's call given in a clause after what it said.
        if (WritesNote(text, tokens, start, end, first, after) || RatesAfterSaying(text, tokens, start, end, after))
        {
            return SourcePosition.Messenger;
        }

        // "Mizuho raises Intel on aggressive price cuts", "Citi lifts Apple, sees iPhone upside": a house whose rating verb passes
        // over a company's name rates the company.
        if (RatesNamedStock(text, tokens, start, end, after))
        {
            return SourcePosition.Messenger;
        }

        // Most names are followed by a plain word that no test below reads ("Acme shares", "$ACME breaking out"): then no news is
        // passed on, no list goes on, and the loop below stops at that word; only the words before the name are left to read.
        if (after < tokens.Length && tokens[after].Kind == TokenKind.Word && !IsPossessive(text, tokens[after]) &&
            tokens[after].GetText(text) is var next && next.IndexOf(' ') < 0 &&
            !IsIn(ruleWords, after, RuleWords.ReadAfterASource, WordsReadAfterASource, next))
        {
            return NamedAsMessengerBefore(text, tokens, ruleWords, first, after) ? SourcePosition.Messenger : SourcePosition.None;
        }

        if (PassesNewsOn(text, tokens, after))
        {
            return ForecasterUnlessMessenger(text, tokens, ruleWords, first, after);
        }

        var possessive = false;
        var titleWords = 0;
        var saidIt = false;
        for (var i = AfterListedNames(text, tokens, after); i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            var kind = token.Kind;
            if (kind == TokenKind.SentenceEnd || kind == TokenKind.Punctuation && (IsChar(text, token, ',') || IsChar(text, token, ';') ||
                IsChar(text, token, ':') && !OpensSentence(tokens, first)))
            {
                // "… upside in Initech, upgrades the stock": the verb after the comma has another subject; "Bearish on Initech:
                // analyst": the one quoted after a colon is not the company's ("Globex: economist warns…" opens with the house
                // the economist speaks for).
                break;
            }

            if (kind != TokenKind.Word || IsPossessive(text, token))
            {
                // "Globex's", or "Globex Sachs'" with the apostrophe alone.
                possessive |= kind == TokenKind.Word || token.Length == 1 && text[token.Start] is '\'' or '’';
                continue;
            }

            // The first word after the name decides: "Refinitiv projected", "Goldman analysts", "a Reuters poll". Most words
            // are none of those tested (a view may also end a word with a space in it: AttributionText.IsView). An adverb or a
            // quantifier is passed over: "Globex also downgraded Acme", "Globex and Initech all cut their targets on Acme".
            // Each list is asked by its bit of the word's rule lists when the analyzer looked them up (IsIn): the lists are rarely
            // still in the cache when a company is scored, and a word after a name is read in up to ten of them.
            var word = token.GetText(text);
            if (IsIn(ruleWords, i, RuleWords.SkippedBeforeAVerb, SkippedBeforeAVerb, word) && !possessive && titleWords == 0)
            {
                continue;
            }

            if (IsIn(ruleWords, i, RuleWords.LinkingVerb, LinkingVerbs, word) && !possessive && titleWords == 0 && tokens[first].Kind != TokenKind.Cashtag)
            {
                return IsMarketViewAt(text, tokens, i + 1) || IsRatingOnNameAt(text, tokens, i + 1) || HiredAsAdviserAt(text, tokens, i + 1) ||
                    NamedAsMessengerBefore(text, tokens, ruleWords, first, after)
                    ? SourcePosition.Messenger : SourcePosition.None;
            }

            if (!IsIn(ruleWords, i, RuleWords.AfterASource, WordsAfterASource, word) && word.IndexOf(' ') < 0)
            {
                // After a possessive, the title of what the company published may come first: "Globex's Asia PMI survey"; a
                // period ("Netflix's Q3 report", "Tesla's Annual Impact Report") makes it the company's own.
                if (possessive && titleWords < MaxTitleWords && char.IsUpper(word[0]) && !PhraseText.IsPeriodLabel(word))
                {
                    titleWords++;
                    continue;
                }

                break;
            }

            // "…, with Morgan Stanley's Adam Jonas saying…": the house's analyst quoted.
            if (titleWords > 0 && IsIn(ruleWords, i, RuleWords.QuotingParticiple, QuotingParticiples, word) && OpensQuotingClause(text, tokens, first))
            {
                return SourcePosition.Messenger;
            }

            if (titleWords > 0)
            {
                // "Globex's Asia PMI survey", "Globex's Global Research note"; not "Tesla's Cybertruck Report" (its own), "Meta's AI
                // Research team" (its people).
                return TitledFindings.Contains(word) && !NextWordIn(text, tokens, i + 1, OwnUnits) ? SourcePosition.Messenger : SourcePosition.None;
            }

            if (IsIn(ruleWords, i, RuleWords.FindingWord, FindingWords, word))
            {
                if (NextWordIn(text, tokens, i + 1, ShowingVerbs))
                {
                    return SourcePosition.Messenger;
                }

                break;
            }

            // A rating verb in the passive ("Acme upgraded to buy at Globex", "Initech downgraded by Globex") names the company rated,
            // and one on the company's own figures ("Boeing upgrades its delivery forecast") is its own news.
            if (IsIn(ruleWords, i, RuleWords.MessengerAfter, MessengerWordsAfter, word))
            {
                return IsPassiveRating(text, tokens, i) || OnItsOwn(text, tokens, i + 1) || ReportsOwnFigures(text, tokens, word, i + 1) ||
                       InitiatesOwnPayout(text, tokens, word, i + 1)
                    ? SourcePosition.None : SourcePosition.Messenger;
            }

            // "Globex added Acme to its conviction list", "removed Acme from its top picks", "Globex said Acme was its top pick": a
            // house's list of picks.
            if ((ListVerbs.Contains(word) || IsIn(ruleWords, i, RuleWords.AttributionVerb, AttributionVerbs, word)) && NamesHouseList(text, tokens, i + 1))
            {
                return SourcePosition.Messenger;
            }

            // "Globex was hired as adviser on the sale", "Globex, appointed as bookrunner": the bank works on another's deal.
            if (HireVerbs.Contains(word) && NamesAdviserRole(text, tokens, i + 1))
            {
                return SourcePosition.Messenger;
            }

            // "Globex said it remained neutral on Acme", "Globex said it cut Acme to sell": the house's call, reported by the house;
            // the verb after "it" is read as if it followed the name.
            if (!saidIt && IsIn(ruleWords, i, RuleWords.AttributionVerb, AttributionVerbs, word) && !possessive && titleWords == 0 &&
                ItAfter(text, tokens, i + 1) is var afterIt and > 0)
            {
                saidIt = true;
                i = afterIt - 1;
                continue;
            }

            // "Globex maintains 'buy' on Acme", "Globex cuts target price for Acme", "Globex overweight on banks": the broker rating;
            // not "Acme cut to sell at Globex", "Acme raised to overweight", the company rated.
            if (IsIn(ruleWords, i, RuleWords.RatingAction, RatingActions, word) &&
                !IsPassiveRatingAction(text, tokens, i, ResearchHouses.IsHouse(text.AsSpan(start, end - start))) &&
                    (RatingFollows(text, tokens, ruleWords, i + 1) && !OnItsOwn(text, tokens, i + 1) || ForecastsAMarket(text, tokens, i + 1)) ||
                AttributionText.IsView(word) && NextWordIs(text, tokens, i + 1, "on"))
            {
                return SourcePosition.Messenger;
            }

            // "JPMorgan warned of a recession", "Citi warned UK inflation could hit 18.6%": a house's warning about the economy.
            if (WarningVerbs.Contains(word) && !possessive && titleWords == 0 && WarnsOfTheEconomy(text, tokens, i + 1))
            {
                return SourcePosition.Messenger;
            }

            if (IsIn(ruleWords, i, RuleWords.SeeingWord, SeeingWords, word) && SeesRoomInOthers(text, tokens, i + 1))
            {
                return SourcePosition.Messenger;
            }

            // "…," Nvidia said of its data center business: the company speaks of itself.
            if (IsIn(ruleWords, i, RuleWords.AttributionVerb, AttributionVerbs, word) && NextWordIs(text, tokens, i + 1, "of") && NextWordIn(text, tokens, i + 2, OwnWords))
            {
                return SourcePosition.None;
            }

            // "Ford outlook cut to negative by Globex Ratings", "Acme outlook revised to stable": the company's own outlook rated;
            // so is one a rating verb acts on ("Moody's cuts Acme outlook to negative", "Moody's upgrades Oracle outlook").
            if (word.Equals("outlook", StringComparison.OrdinalIgnoreCase) &&
                (NextWordIndex(tokens, i + 1) is var rated and >= 0 &&
                    (RatingActions.Contains(tokens[rated].GetText(text)) || MessengerWordsAfter.Contains(tokens[rated].GetText(text))) ||
                 PreviousWordIs(text, tokens, first, RatingActions) || PreviousWordIs(text, tokens, first, RatingChangeVerbs)))
            {
                return SourcePosition.None;
            }

            // "Caraway Health writes down $2.1bn", "wrote off the unit": its own write-down, no note it wrote.
            if ((word.Equals("writes", StringComparison.OrdinalIgnoreCase) || word.Equals("wrote", StringComparison.OrdinalIgnoreCase)) &&
                NextWordIndex(tokens, i + 1) is var particle and >= 0 &&
                (tokens[particle].GetText(text).Equals("down", StringComparison.OrdinalIgnoreCase) || tokens[particle].GetText(text).Equals("off", StringComparison.OrdinalIgnoreCase)))
            {
                return SourcePosition.None;
            }

            // "United Airlines forecast profit above estimates", "Acme forecasts third-quarter revenue": its own results foreseen;
            // "Micron forecast falls short of estimates", "Acme outlook disappoints": its own forecast, a noun before its verb.
            if (IsIn(ruleWords, i, RuleWords.ForecastAfter, ForecastWordsAfter, word) &&
                (ForecastsOwnResults(text, tokens, i + 1) || IsOwnForecastNoun(text, tokens, word, i + 1)))
            {
                return SourcePosition.None;
            }

            // A name credited after a comma is the source of what came before ("…, BofA said."), unless what it says goes on about
            // itself: "Despite a rise in revenue, Stitch Fix said its client count fell" is the company's own report.
            if (IsIn(ruleWords, i, RuleWords.ForecastAfter, ForecastWordsAfter, word) ||
                (IsIn(ruleWords, i, RuleWords.AttributionVerb, AttributionVerbs, word) && FollowsQuoteOrComma(text, tokens, first) && !AddsFigure(text, tokens, i) &&
                    !NextWordIn(text, tokens, i + 1, OwnWords) && !ActsOnItsOwnAfter(text, tokens, i + 1)) ||
                (IsIn(ruleWords, i, RuleWords.QuotingParticiple, QuotingParticiples, word) && OpensQuotingClause(text, tokens, first)))
            {
                return ForecasterUnlessMessenger(text, tokens, ruleWords, first, after);
            }

            break;
        }

        return NamedAsMessengerBefore(text, tokens, ruleWords, first, after) ? SourcePosition.Messenger : SourcePosition.None;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> say what the economy or the markets may suffer (<see cref="EconomyWarnings"/>)
    /// after at most four words of <see cref="WarningLeads"/>: "of a recession", "that global inflation", "UK inflation".
    /// </summary>
    private static bool WarnsOfTheEconomy(string text, ReadOnlySpan<Token> tokens, int from)
    {
        const int MaxLeads = 4;
        for (var i = from; i < tokens.Length && i <= from + MaxLeads && tokens[i].Kind == TokenKind.Word; i++)
        {
            var word = tokens[i].GetText(text);
            if (EconomyWarnings.Contains(word))
            {
                return true;
            }

            if (!WarningLeads.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> name a house's list of picks within the clause: a name, then a joining word
    /// (<see cref="ListJoins"/>) and "its" or "their" with a list within three words ("Acme to its conviction list", "Acme from its
    /// top picks", "Acme to its US 1 list", "Acme was its top pick"). A company's own ("added 5,000 jobs", "added a plant to its
    /// portfolio") names no list of picks: the word after the verb must be capitalised or a cashtag.
    /// </summary>
    private static bool NamesHouseList(string text, ReadOnlySpan<Token> tokens, int from)
    {
        if (from >= tokens.Length || !(tokens[from].Kind == TokenKind.Cashtag || tokens[from].Kind == TokenKind.Word && char.IsUpper(text[tokens[from].Start])))
        {
            return false;
        }

        const int MaxTokens = 14;
        for (var i = from + 1; i < tokens.Length && i < from + MaxTokens && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && (IsChar(text, tokens[i], ',') || IsChar(text, tokens[i], ';')))
            {
                return false;
            }

            if (tokens[i].Kind == TokenKind.Word && OwnWords.Contains(tokens[i].GetText(text)) && i > from &&
                tokens[i - 1].GetText(text) is var preposition &&
                ListJoins.Contains(preposition))
            {
                for (var j = i + 1; j < tokens.Length && j <= i + 4 && tokens[j].Kind is TokenKind.Word or TokenKind.Number; j++)
                {
                    if (tokens[j].Kind == TokenKind.Word && ListNouns.Contains(tokens[j].GetText(text)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // Verbs of a price target set by a house: "cut its price target", "raises price target".
    private static readonly WordSet PriceTargetVerbs = new(
        "cut", "cuts", "raised", "raises", "lowered", "lowers", "trimmed", "trims", "boosted", "boosts", "lifted", "lifts", "hiked", "hikes",
        "slashed", "slashes", "reduced", "reduces", "increased", "increases", "maintained", "maintains", "reiterated", "reiterates",
        "raise", "lower", "trim", "boost", "lift", "hike", "slash", "reduce", "increase"); // (after "to")

    // Verbs of a rating in a clause on the house ("Morgan Stanley, which rates Qualcomm…", "Jefferies, which upgraded the stock…").
    private static readonly WordSet RatingVerbs = new("rates", "rated", "upgrades", "upgraded", "downgrades", "downgraded");

    // Words right after a house that rate a stock: "Morgan Stanley downgraded the stock", "Jefferies initiated coverage".
    private static readonly WordSet RatingWordsAfter = new(
        "upgrades", "upgraded", "downgrades", "downgraded", "rates", "initiates", "initiated", "reiterates", "reiterated",
        "double-upgrades", "double-upgraded", "double-downgrades", "double-downgraded");

    /// <summary>
    /// Whether the words from <paramref name="after"/>, right after a name, are a house's action on its view of a stock: a price
    /// target set ("cut its price target", "to raise its price target", "left its $72 price target unchanged"), a rating kept
    /// ("kept its hold rating", "maintained its neutral rating"), coverage begun or handed on ("initiated coverage", "transferred
    /// coverage"), a stock added to or taken off a list ("added Home Depot to its tactical outperform list"), a step stopped short
    /// of ("stopped short of downgrading"), or a rating in a clause on the house (", which rates Qualcomm"). The house's arm may
    /// come first ("Evercore ISI", "RBC Capital Markets"), and, for a house named in an <paramref name="appositive"/> aside after
    /// "including", the aside's closing comma. Such a name is a house giving its view, not the company a later "the company" or
    /// "It" means.
    /// </summary>
    internal static bool ActsAsHouseAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int after, bool appositive = false)
    {
        var i = after;
        if (i + 2 < tokens.Length && tokens[i].Length == 1 && text[tokens[i].Start] == ',' &&
            (IsWordAt(text, tokens, i + 1, "which") || IsWordAt(text, tokens, i + 1, "who")))
        {
            return tokens[i + 2].Kind == TokenKind.Word && RatingVerbs.Contains(tokens[i + 2].GetText(text));
        }

        if (i < tokens.Length && IsWordAt(text, tokens, i, "to"))
        {
            i++;
        }
        else
        {
            // "Evercore ISI cut…", "RBC Capital Markets initiated…": up to two capitalised words of the house's arm before its verb.
            // Not a rating agency's ("S&P Global Ratings upgraded Ford"), which is listed under its own rule.
            for (var arm = 0; arm < MaxArmWords && i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) &&
                 !IsHouseVerb(text, tokens, i) && !IsWordAt(text, tokens, i, "Ratings"); arm++)
            {
                i++;
            }
        }

        // "At least three brokerages, including RBC Capital Markets, cut their price targets": a house named in an aside after
        // "including" acts after its closing comma.
        if (appositive && i < tokens.Length && tokens[i].Length == 1 && text[tokens[i].Start] == ',')
        {
            i++;
        }

        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && SkippedBeforeAVerb.Contains(tokens[i].GetText(text)))
        {
            i++;
        }

        return i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Word && IsHouseVerb(text, tokens, i) && HouseActionAfter(text, tokens, i);
    }

    // A house's written research, named after the house with an article before it: "a Barclays note", "the Bernstein report".
    private static readonly WordSet ResearchNouns = new("note", "report", "survey", "study");

    /// <summary>
    /// Whether the house's name between <paramref name="start"/> and <paramref name="end"/> (first token <paramref name="first"/>)
    /// names its research, an article before it and a research noun (<see cref="ResearchNouns"/>) at <paramref name="after"/>:
    /// "after a Barclays note said the group looks cheap".
    /// </summary>
    private static bool WritesNote(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, int first, int after)
    {
        if (after >= tokens.Length || tokens[after].Kind != TokenKind.Word || !ResearchNouns.Contains(tokens[after].GetText(text)))
        {
            return false;
        }

        var before = PreviousWordIndex(tokens, first);
        return before >= 0 && (IsWordAt(text, tokens, before, "a") || IsWordAt(text, tokens, before, "an") || IsWordAt(text, tokens, before, "the")) &&
            ResearchHouses.IsHouse(text[start..end]);
    }

    // A house's calls in a clause after what it said: "Baird said, cutting the stock to neutral", "…, cutting its price target".
    private static readonly WordSet RatingParticiples = new(
        "downgrading", "upgrading", "cutting", "lowering", "raising", "lifting", "trimming", "boosting", "slashing", "reiterating",
        "initiating", "resuming", "reinstating", "maintaining");

    private static readonly WordSet SayingVerbs = new("said", "says", "wrote", "writes", "argued", "argues", "warned", "warns", "noted", "notes");

    /// <summary>
    /// Whether the house's name between <paramref name="start"/> and <paramref name="end"/> says something at <paramref name="after"/>
    /// and then gives its call after a comma, within <see cref="MaxSaidWords"/> words: "Baird said in a note, cutting the stock to
    /// neutral".
    /// </summary>
    private static bool RatesAfterSaying(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, int after)
    {
        if (after >= tokens.Length || tokens[after].Kind != TokenKind.Word || !SayingVerbs.Contains(tokens[after].GetText(text)))
        {
            return false;
        }

        for (var i = after + 1; i + 1 < tokens.Length && i <= after + MaxSaidWords && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Length == 1 && text[tokens[i].Start] == ',')
            {
                return tokens[i + 1].Kind == TokenKind.Word && RatingParticiples.Contains(tokens[i + 1].GetText(text)) &&
                    ResearchHouses.IsHouse(text[start..end]);
            }
        }

        return false;
    }

    /// <summary>The most tokens between a house's verb of saying and the comma before its call ("said on Thursday,").</summary>
    private const int MaxSaidWords = 5;

    /// <summary>
    /// Whether the name between <paramref name="start"/> and <paramref name="end"/> is a house's (<see cref="ResearchHouses.IsHouse"/>)
    /// whose rating verb, at <paramref name="after"/>, passes over a company's name (capitalised words) that ends its clause or
    /// is followed by the call's reason (<see cref="AttributionText.ClosesRatedName"/>) or the rating given: "Mizuho raises Intel
    /// on price cuts", "Baird cuts Nike", "Globex cuts Acme and Initech", "cut Hasbro Inc. (Nasdaq: HAS) to equal-weight"; the
    /// name's exchange symbol in brackets goes with it. Not "Goldman cuts Asia jobs", nor "Goldman raises Brent forecast".
    /// </summary>
    internal static bool RatesNamedStock(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, int after)
    {
        // "BofA Securities cut Acme to underperform": the words of the house's research arm come before its verb.
        for (var arm = 0; arm < MaxArmWords && after + 1 < tokens.Length && tokens[after].Kind == TokenKind.Word &&
                          ResearchHouses.IsArmWord(tokens[after].GetText(text)); arm++)
        {
            after++;
        }

        if (after + 1 >= tokens.Length || tokens[after].Kind != TokenKind.Word ||
            !(AttributionText.IsRatingVerb(tokens[after].GetText(text)) || HouseLikingVerbs.Contains(tokens[after].GetText(text))) ||
            !ResearchHouses.IsHouse(text[start..end]))
        {
            return false;
        }

        var j = after + 1;
        for (var last = after + MaxRatedNameWords; j < tokens.Length && j <= last; j++)
        {
            if (tokens[j].Kind is TokenKind.Word or TokenKind.Cashtag && (char.IsUpper(text[tokens[j].Start]) || tokens[j].Kind == TokenKind.Cashtag) ||
                j > after + 1 && tokens[j].Length == 1 && text[tokens[j].Start] == '&' ||
                j > after + 1 && tokens[j].Kind == TokenKind.Word && LegalSuffix.IsSuffix(tokens[j].GetText(text)))
            {
                continue; // "cut Globex plc (NYSE: GLX) to underperform": a legal suffix in lower case is the name's too
            }

            // "lifted Deckers Outdoor Corp. (NYSE: DECK) on strong sales": the name's exchange symbol in brackets goes with it.
            // So does its instrument code: "lowers Etsy Inc <ETSY.O> to hold".
            if (j > after + 1 && j + 2 < tokens.Length && tokens[j].Length == 1 &&
                (text[tokens[j].Start] == '(' && tokens[j + 1].Kind == TokenKind.ExchangeSymbol && tokens[j + 2].Length == 1 && text[tokens[j + 2].Start] == ')' ||
                 text[tokens[j].Start] == '<' && tokens[j + 1].Kind == TokenKind.Word && tokens[j + 2].Length == 1 && text[tokens[j + 2].Start] == '>'))
            {
                j += 2;
                last += 2;
                continue;
            }

            // "cuts UnitedHealth and Humana": a second name after "and" is rated too, with words of its own.
            if (j > after + 1 && j + 1 < tokens.Length && IsWordAt(text, tokens, j, "and") && tokens[j + 1].Kind == TokenKind.Word &&
                char.IsUpper(text[tokens[j + 1].Start]))
            {
                last = j + MaxRatedNameWords;
                continue;
            }

            break;
        }

        // … or by the rating given: "cut Hasbro Inc. (Nasdaq: HAS) to equal-weight".
        return j > after + 1 && (j == tokens.Length || AttributionText.ClosesRatedName(text[tokens[j - 1].End..]) ||
                                 j + 1 < tokens.Length && IsWordAt(text, tokens, j, "to") && tokens[j + 1].Kind == TokenKind.Word &&
                                 IsGivenRating(tokens[j + 1].GetText(text)));
    }

    // A house's verbs of liking a stock, before its name: "JPMorgan likes Bausch Health", "Citi prefers Visa".
    private static readonly WordSet HouseLikingVerbs = new("likes", "liked", "prefers", "preferred", "favors", "favored", "favours", "favoured");

    /// <summary>Whether the word is a house's verb of liking a stock before its name ("JPMorgan likes Bausch Health").</summary>
    internal static bool IsHouseLikingVerb(ReadOnlySpan<char> word) => HouseLikingVerbs.Contains(word);

    /// <summary>The most capitalised words of a company's name a house's rating verb passes over ("cuts Procter &amp; Gamble").</summary>
    private const int MaxRatedNameWords = 4;

    /// <summary>The most capitalised words of a house's arm between its name and its verb ("RBC Capital Markets").</summary>
    internal const int MaxArmWords = 2;

    /// <summary>The most words between a house's verb and what its action names ("kept its sector perform rating", "added Home Depot to its tactical outperform list").</summary>
    private const int MaxHouseActionReach = 8;

    private static bool IsHouseVerb(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && (PriceTargetVerbs.Contains(tokens[i].GetText(text)) || RatingWordsAfter.Contains(tokens[i].GetText(text)) ||
            HouseVerbs.Contains(tokens[i].GetText(text)));

    /// <summary>
    /// Whether the house's verb at <paramref name="verb"/> acts on its view: a rating word right after a rating verb, or, within
    /// <see cref="MaxHouseActionReach"/> words in its clause, a price target, a rating, coverage or a list.
    /// </summary>
    private static bool HouseActionAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int verb)
    {
        if (RatingWordsAfter.Contains(tokens[verb].GetText(text)))
        {
            // "RBC Capital Markets initiated coverage", "Morgan Stanley downgraded the stock"; not the company rated, "Infosys
            // downgraded by UBS", "Acme upgraded to buy".
            // Nor a company's own figures, "Globex downgraded its delivery forecast", "upgrades mid-term targets": only a stock
            // named, "the stock" or coverage follows a house's rating verb.
            if (verb + 1 >= tokens.Length || tokens[verb + 1].Kind != TokenKind.Word)
            {
                return false;
            }

            var rated = tokens[verb + 1].GetText(text);
            if (IsWordAt(text, tokens, verb + 1, "coverage") || RatedStockWords.Contains(rated) ||
                IsWordAt(text, tokens, verb + 1, "the") && NamesRatedCompany(text, tokens, verb + 2) ||
                char.IsUpper(rated[0]) && !PassiveRatingFollowers.Contains(rated) && !SelfWords.Contains(rated) &&
                !SkippedBeforeAVerb.Contains(rated))
            {
                return true;
            }

            // "Morgan Stanley reiterated its overweight rating": a verb of keeping a rating may go on to the rating itself, below.
            if (!RatingKeepingVerbs.Contains(tokens[verb].GetText(text)))
            {
                return false;
            }
        }

        var verbText = tokens[verb].GetText(text);
        var stoppedShort = IsWordAt(text, tokens, verb, "stopped") || IsWordAt(text, tokens, verb, "stops");
        for (var j = verb + 1; j < tokens.Length && j <= verb + MaxHouseActionReach; j++)
        {
            if (tokens[j].Kind is TokenKind.SentenceEnd or TokenKind.Punctuation && !tokens[j].IsQuote(text))
            {
                return false;
            }

            var word = tokens[j].GetText(text);
            if (stoppedShort ? RatingGerunds.Contains(word) // "stopped short of downgrading Lululemon"
                : IsWordAt(text, tokens, j, "price") && j + 1 < tokens.Length && (IsWordAt(text, tokens, j + 1, "target") || IsWordAt(text, tokens, j + 1, "targets")) ||
                  (IsWordAt(text, tokens, j, "rating") || IsWordAt(text, tokens, j, "ratings")) && RatingLevelBefore(text, tokens, j) &&
                  (RatingKeepingVerbs.Contains(verbText) || IsWordAt(text, tokens, j + 1, "on")) || // "cut its rating on the builder"
                  IsWordAt(text, tokens, j, "coverage") && CoverageVerbs.Contains(verbText) ||
                  IsWordAt(text, tokens, j, "list") && ListingVerbs.Contains(verbText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a level of rating or "its" comes right before "rating" at <paramref name="j"/>: "its neutral rating", "buy rating".</summary>
    private static bool RatingLevelBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j)
    {
        var before = tokens[j - 1].GetText(text);
        return RatedParticiples.Contains(before) || RatingLevels.Contains(before) || SelfWords.Contains(before);
    }

    // Verbs of a house that keeps, hands on, takes away or lists its view: "kept its hold rating", "transferred coverage",
    // "pulls buy rating", "added … to its list".
    private static readonly WordSet HouseVerbs = new(
        "kept", "keeps", "left", "leaves", "retained", "retains", "transferred", "transfers", "assumed", "assumes", "resumed", "resumes",
        "began", "begins", "started", "starts", "added", "adds", "removed", "removes", "stopped", "stops", "pulls", "pulled", "drops",
        "dropped", "withdraws", "withdrew", "scraps", "scrapped");

    // Verbs of a rating kept or taken away, before a level of rating or "its" ("kept its hold rating", "pulls buy rating"):
    // "Netflix removes star ratings" is its product.
    private static readonly WordSet RatingKeepingVerbs = new(
        "kept", "keeps", "left", "leaves", "retained", "retains", "maintained", "maintains", "reiterated", "reiterates", "pulls", "pulled",
        "drops", "dropped", "withdraws", "withdrew", "scraps", "scrapped", "removed", "removes");

    // Levels of a rating right before "rating" besides those of RatedParticiples: "its sector perform rating", "an equal-weight rating".
    private static readonly WordSet RatingLevels = new(
        "perform", "equal-weight", "market-weight", "peer", "positive", "negative", "accumulate", "reduce");

    // Verbs of coverage begun or handed on ("initiated coverage", "transferred coverage"); not "added coverage", a network's.
    private static readonly WordSet CoverageVerbs = new(
        "initiated", "initiates", "began", "begins", "started", "starts", "resumed", "resumes", "assumed", "assumes", "transferred", "transfers");

    // Verbs of a stock put on or taken off a house's list of picks.
    private static readonly WordSet ListingVerbs = new("added", "adds", "removed", "removes");

    // "Stopped short of downgrading": a rating step not taken.
    private static readonly WordSet RatingGerunds = new("downgrading", "upgrading", "cutting", "raising");

    // The stock a house rates, named by a word: "downgraded the stock", "upgraded shares of".
    private static readonly WordSet RatedStockWords = new("stock", "shares", "stocks");

    // Nouns for the company a house rates after "the": "downgraded the package delivery company", "the retailer".
    private static readonly WordSet RatedCompanyNouns = new(
        "stock", "shares", "company", "firm", "group", "lender", "bank", "retailer", "insurer", "airline", "carrier", "miner", "railroad",
        "conglomerate", "contractor", "operator", "giant", "brewer", "producer", "supplier", "utility", "REIT", "landlord");

    /// <summary>The most words from "the" to the noun for the company rated: "the package delivery company".</summary>
    private const int MaxRatedCompanyWords = 4;

    /// <summary>
    /// Whether the words from <paramref name="from"/> (after "the") name a company within <see cref="MaxRatedCompanyWords"/>
    /// words: a noun for one ("company", "retailer") or a maker ("chipmaker", "drugmaker").
    /// </summary>
    private static bool NamesRatedCompany(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Length && j < from + MaxRatedCompanyWords && tokens[j].Kind == TokenKind.Word; j++)
        {
            var word = tokens[j].GetText(text);
            if (RatedCompanyNouns.Contains(word) || word.EndsWith("maker", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Words after a rating verb that make it the rated company's: "downgraded by UBS", "upgraded to buy", "cut at Jefferies".
    private static readonly WordSet PassiveRatingFollowers = new("by", "to", "at", "from", "on", "in", "as", "after", "amid");

    /// <summary>
    /// Whether "as" and an adviser's role follow within a few words from <paramref name="from"/>: "hired as adviser", "appointed as
    /// its financial adviser", "retained as lead underwriter".
    /// </summary>
    private static bool NamesAdviserRole(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var i = NextWordIndex(tokens, from);
        if (i < 0 || !tokens[i].GetText(text).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int j = i + 1, words = 0; j < tokens.Length && words < 4 && tokens[j].Kind == TokenKind.Word; j++, words++)
        {
            if (AdviserRoles.Contains(tokens[j].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that make the company named next someone's employer: "joins Acme as senior adviser", and with "with" or "at" between,
    // "will remain with the company as an adviser", "stays on at Acme as an adviser". The adviser is the person, not the company
    // ("working with Globex as adviser" still names Globex's role).
    private static readonly WordSet JoiningVerbs = new("join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined");

    private static readonly WordSet StayingVerbs = new(
        "remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying", "continue", "continues", "continued");

    /// <summary>
    /// Whether the words before the mention at <paramref name="first"/> (an article skipped) make it someone's employer: a verb of
    /// joining, or "with" or "at" after a verb of staying ("remain with", "stay on at").
    /// </summary>
    private static bool FollowsEmployerLink(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var i = PreviousWordIndex(tokens, first);
        if (i >= 0 && (IsWordAt(text, tokens, i, "the") || IsWordAt(text, tokens, i, "its")))
        {
            i = PreviousWordIndex(tokens, i);
        }

        if (i >= 0 && JoiningVerbs.Contains(tokens[i].GetText(text)))
        {
            return true;
        }

        if (i < 0 || !(IsWordAt(text, tokens, i, "with") || IsWordAt(text, tokens, i, "at")))
        {
            return false;
        }

        i = PreviousWordIndex(tokens, i);
        if (i >= 0 && IsWordAt(text, tokens, i, "on"))
        {
            i = PreviousWordIndex(tokens, i);
        }

        return i >= 0 && StayingVerbs.Contains(tokens[i].GetText(text));
    }

    /// <summary>Whether a verb of hiring and an adviser's role follow a linking verb: "was hired as adviser", "is retained as bookrunner".</summary>
    private static bool HiredAsAdviserAt(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var i = NextWordIndex(tokens, from);
        return i >= 0 && HireVerbs.Contains(tokens[i].GetText(text)) && NamesAdviserRole(text, tokens, i + 1);
    }

    /// <summary>
    /// The token after "it" (or "that it", "they", "that they") right at <paramref name="from"/>, the subject of what a house said
    /// it did; 0 when none follows.
    /// </summary>
    private static int ItAfter(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var i = from;
        if (i < tokens.Length && tokens[i].Kind == TokenKind.Word && IsWordAt(text, tokens, i, "that"))
        {
            i++;
        }

        return i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Word && (IsWordAt(text, tokens, i, "it") || IsWordAt(text, tokens, i, "they")) &&
            tokens[i + 1].Kind == TokenKind.Word ? i + 1 : 0;
    }

    /// <summary>
    /// Whether a broker's rating on a named company follows a linking verb: "remains neutral on Acme", "stays overweight on $ACME",
    /// "is underweight on Acme" (a rating, "on", then a capitalised name: <see cref="NamedAfterOn"/>). A company's own mood ("remains
    /// confident on growth", "bullish on China") is no rating.
    /// </summary>
    private static bool IsRatingOnNameAt(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var i = NextWordIndex(tokens, from);
        if (i >= 0 && tokens[i].GetText(text) is var first && (first.Equals("at", StringComparison.OrdinalIgnoreCase) || first.Equals("a", StringComparison.OrdinalIgnoreCase)))
        {
            i = NextWordIndex(tokens, i + 1);
        }

        return i >= 0 && Ratings.Contains(tokens[i].GetText(text)) && NextWordIs(text, tokens, i + 1, "on") && NamedAfterOn(text, tokens, i + 1);
    }

    /// <summary>
    /// Whether the verb at <paramref name="i"/> is "adds" or "added" before a figure: ", Citigroup adds 6%" is a move of its
    /// stock, not a word said.
    /// </summary>
    private static bool AddsFigure(string text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].GetText(text) is var verb && (verb.Equals("adds", StringComparison.OrdinalIgnoreCase) || verb.Equals("added", StringComparison.OrdinalIgnoreCase)) &&
        i + 1 < tokens.Length && tokens[i + 1].Kind is TokenKind.Number or TokenKind.Percent or TokenKind.Currency;

    /// <summary>
    /// Whether what a company is credited with saying comes as it acts on figures of its own, over a day: "…, Expedia said on
    /// Thursday as it raised its full-year bookings forecast" is the company's own news told with its view, not a forecaster's
    /// word on a market ("…, JPMorgan said as it cut its forecast for U.S. GDP" stays one).
    /// </summary>
    private static bool ActsOnItsOwnAfter(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var i = NextWordIndex(tokens, from);
        if (i >= 0 && IsWordAt(text, tokens, i, "on") && NextWordIndex(tokens, i + 1) is var day and >= 0 && TimeNames.Contains(tokens[day].GetText(text)))
        {
            i = NextWordIndex(tokens, day + 1);
        }

        return i >= 0 && IsWordAt(text, tokens, i, "as") &&
               NextWordIndex(tokens, i + 1) is var subject and >= 0 && IsWordAt(text, tokens, subject, "it") &&
               NextWordIndex(tokens, subject + 1) is var verb and >= 0 && OnItsOwn(text, tokens, verb + 1) && !ForecastsAMarket(text, tokens, verb + 1);
    }

    /// <summary>
    /// A forecaster, unless the words before the name already make it a messenger: "…, analysts at Globex wrote in a note" is
    /// the broker's people speaking whatever the text is about.
    /// </summary>
    private static SourcePosition ForecasterUnlessMessenger(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int first, int after) =>
        NamedAsMessengerBefore(text, tokens, ruleWords, first, after) ? SourcePosition.Messenger : SourcePosition.Forecaster;

    /// <summary>
    /// Whether the "at" at <paramref name="at"/> follows a rating change right after the names it rates ("Shell and BP both
    /// lowered at Bernstein", "Acme Oil cut at Globex"): the name after it is the house. Not a change of something else ("jobs cut
    /// at Acme", "prices raised at Globex stores"): a name's capitalised word, a cashtag or "both", "all", "each" must come before
    /// the verb.
    /// </summary>
    private static bool FollowsNamedRatingChange(string text, ReadOnlySpan<Token> tokens, int at)
    {
        if (at < 2 || tokens[at - 1].Kind != TokenKind.Word || !RatingChanges.Contains(tokens[at - 1].GetText(text)))
        {
            return false;
        }

        // "Fiserv was downgraded at Mizuho": a participle that only a rating takes names the house whatever stands before it.
        if (RatingOnlyChanges.Contains(tokens[at - 1].GetText(text)))
        {
            return true;
        }

        // A capital that only opens the sentence says nothing ("Jobs cut at Acme"): the name must go on before it ("Acme Oil cut").
        var before = tokens[at - 2];
        var opensSentence = at == 2 || tokens[at - 3].Kind == TokenKind.SentenceEnd;
        return before.Kind == TokenKind.Cashtag || before.Kind == TokenKind.Word &&
               (char.IsUpper(text[before.Start]) && !opensSentence || SkippedBeforeAVerb.Contains(before.GetText(text)));
    }

    // Participles of RatingChanges that only a rating takes ("jobs cut at Acme" is Acme's news; "downgraded at Globex" is Globex's view).
    private static readonly WordSet RatingOnlyChanges = new("upgraded", "downgraded", "initiated", "reiterated");

    // A rating change named as a noun before the house that made it: "lagged on a downgrade at Barclays", "an upgrade from Citi".
    private static readonly WordSet RatingChangeNouns = new("downgrade", "downgrades", "upgrade", "upgrades", "double-downgrade", "double-upgrade");

    // Participles of a rating changed, before the house after "at": "lowered at Bernstein", "upgraded at Kepler".
    private static readonly WordSet RatingChanges = new(
        "lowered", "raised", "cut", "lifted", "trimmed", "upgraded", "downgraded", "boosted", "started", "initiated", "resumed",
        "reiterated", "maintained", "kept");

    /// <summary>
    /// Whether the words right before the mention make it a messenger: "according to Moody's", "told Sky News", "partner at
    /// Globex Investments", "a report from Goldman Sachs", "downgraded by Globex", "per FactSet". Asked for most mentions of a
    /// company: the two words before the name are tested by their bits of <paramref name="ruleWords"/> when the words were looked up.
    /// </summary>
    private static bool NamedAsMessengerBefore(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int first, int after)
    {
        for (int i = first - 1, words = 0; i >= 0 && words < 2; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.SentenceEnd)
            {
                break;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.GetText(text);

            // "Analysts noted that Palo Alto Networks could gain": the name opens what was said, it does not say it.
            if (words == 0 && word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // "according to the ADP Pay Insights Report": an article right before the name is passed over once.
            if (words == 0 && i == first - 1 && word.Equals("the", StringComparison.OrdinalIgnoreCase) && i > 0 &&
                tokens[i - 1].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue; // not "per the $MSFT call", the company's own
            }

            if (!(words == 0 ? IsIn(ruleWords, i, RuleWords.RightBeforeASource, WordsRightBeforeASource, word)
                    : IsIn(ruleWords, i, RuleWords.MessengerBefore, MessengerWordsBefore, word)))
            {
                words++;
                continue;
            }

            if (IsIn(ruleWords, i, RuleWords.MessengerBefore, MessengerWordsBefore, word) ||
                (words == 0 && word.Equals("at", StringComparison.OrdinalIgnoreCase) && PreviousWordIsRole(text, tokens, i)) ||
                (words == 0 && (word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)) &&
                    PreviousWordIs(text, tokens, i, ResearchWords) && !IsOwnResultsReport(text, tokens, i)) ||
                (words == 0 && word.Equals("by", StringComparison.OrdinalIgnoreCase) && PreviousWordIs(text, tokens, i, RatedParticiples)) ||
                (words == 0 && word.Equals("of", StringComparison.OrdinalIgnoreCase) && AnalystNamedBefore(text, tokens, i)) ||
                (words == 0 && (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)) &&
                    FollowsGivenRating(text, tokens, i)) ||
                (words == 0 && word.Equals("at", StringComparison.OrdinalIgnoreCase) && FollowsNamedRatingChange(text, tokens, i)) ||
                (words == 0 && (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase) ||
                    word.Equals("by", StringComparison.OrdinalIgnoreCase)) && PreviousWordIs(text, tokens, i, RatingChangeNouns)) ||
                (words == 0 && word.Equals("per", StringComparison.OrdinalIgnoreCase) && CreditedPer(text, tokens, after)) ||
                (words == 0 && (word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase)) &&
                    IsInformant(text, tokens, i)))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    /// <summary>
    /// The token after the other names listed with a name, so that their shared verb is read ("Goldman Sachs, Morgan Stanley
    /// and JPMorgan all cut their targets on Acme"): a list is capitalised words joined by commas and ending with "and" and
    /// capitalised words; <paramref name="after"/> itself when no such list follows.
    /// </summary>
    private static int AfterListedNames(string text, ReadOnlySpan<Token> tokens, int after)
    {
        const int MaxListTokens = 12;
        var i = after;
        var sawAnd = false;
        var sawName = false;
        while (i < tokens.Length && i < after + MaxListTokens)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation && IsChar(text, token, ',') && !sawAnd)
            {
                sawName = false;
                i++;
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            var word = token.GetText(text);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && !sawAnd)
            {
                sawAnd = true;
                sawName = false;
            }
            else if (char.IsUpper(word[0]) && i > after)
            {
                sawName = true;
            }
            else
            {
                break;
            }

            i++;
        }

        return sawAnd && sawName && i > after ? i : after;
    }

    /// <summary>
    /// Whether the words after a verb of seeing name room to move in something else within a few words: "sees 35% upside in
    /// Acme", "expects 25% downside for Globex", "upside potential for Initech" (not "upside in 12-18 months", "in the next year", "in its widget unit").
    /// </summary>
    private static bool SeesRoomInOthers(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length && i < from + 4; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind is TokenKind.SentenceEnd or TokenKind.Punctuation)
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && RoomWords.Contains(token.GetText(text)))
            {
                // "upside potential for Acme": the room's noun may follow it.
                if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && RoomNouns.Contains(tokens[i + 1].GetText(text)))
                {
                    i++;
                }

                // "upside in Acme", "in $ACME": a name; not a time ("upside in 12-18 months", "in the next year") nor a word of its own
                // business ("upside in cloud demand", "in margins").
                return i + 2 < tokens.Length && RoomPrepositions.Contains(tokens[i + 1].GetText(text)) &&
                    (tokens[i + 2].Kind == TokenKind.Cashtag || tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(tokens[i + 2].GetText(text)[0]) &&
                        !NotAnotherStock.Contains(tokens[i + 2].GetText(text)));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention is in the byline that closes a headline after a colon ("V-Mart attractive in retail: Vinay Khattar,
    /// Edelweiss Financial", "Markets to stay volatile: Goldman Sachs"): only names and their titles follow the colon.
    /// </summary>
    private static bool InByline(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var colon = -1;
        for (var i = first - 1; i >= 0 && first - i <= 16; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.SentenceEnd)
            {
                break;
            }

            if (token.Kind == TokenKind.Punctuation && IsChar(text, token, ':'))
            {
                colon = i;
                break;
            }
        }

        if (colon < 0)
        {
            return false;
        }

        // The headline itself comes first, in sentence case, and is longer than its byline ("UPDATE: EasyJet Traffic Up" is
        // a headline after a label, not a byline).
        var wordsBefore = 0;
        var lowerBefore = 0;
        for (var i = colon - 1; i >= 0 && tokens[i].Kind != TokenKind.SentenceEnd; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                wordsBefore++;
                lowerBefore += char.IsLower(tokens[i].GetText(text)[0]) ? 1 : 0;
            }
        }

        // "Hot stock picks: Acme, Globex" introduces a list of the companies picked, not the people who picked them.
        if (lowerBefore < 2 || colon > 0 && tokens[colon - 1].Kind == TokenKind.Word && ListHeads.Contains(tokens[colon - 1].GetText(text)))
        {
            return false;
        }

        var words = 0;
        var commas = 0;
        var end = colon + 1;
        for (; end < tokens.Length && tokens[end].Kind != TokenKind.SentenceEnd; end++)
        {
            var i = end;
            var token = tokens[i].GetText(text);
            if (tokens[i].Kind == TokenKind.Punctuation && token is ":")
            {
                return false; // not the last colon
            }

            commas += token is "," ? 1 : 0;
            if (tokens[i].Kind is TokenKind.Word && ++words > 16 ||
                tokens[i].Kind is TokenKind.Word && char.IsLower(token[0]) && !BylineConnectors.Contains(token) && !InDomainName(text, tokens, i) ||
                tokens[i].Kind is TokenKind.Number or TokenKind.Percent or TokenKind.Currency)
            {
                return false;
            }
        }

        // A headline cut short ("…: Acme, Globex, Initech and ...") goes on with more than names.
        if (end < tokens.Length && tokens[end].GetText(text) is ['.', '.', ..] or ['…', ..])
        {
            return false;
        }

        // "…: Dipan Mehta, Member, BSE and NSE": a person, a comma and a title or a firm can run longer than the headline.
        return words <= wordsBefore || commas > 0 && words <= 10;
    }

    /// <summary>
    /// Whether the mention is the agency of a dateline: "June 2 (Reuters) - Acme cut…", "LONDON (Globex News) — …".
    /// </summary>
    private static bool InDateline(string text, ReadOnlySpan<Token> tokens, int first, int after) =>
        first > 0 && after + 1 < tokens.Length &&
        IsChar(text, tokens[first - 1], '(') && IsChar(text, tokens[after], ')') && tokens[after + 1].GetText(text) is "-" or "–" or "—";

    /// <summary>
    /// Whether the words after the mention pass news on rather than report results: "…, Bloomberg reported.", "reported,
    /// citing…", "first reported the cuts", "…, which reported earlier".
    /// </summary>
    private static bool PassesNewsOn(string text, ReadOnlySpan<Token> tokens, int after)
    {
        var i = after;
        if (i + 1 < tokens.Length && IsChar(text, tokens[i], ',') && tokens[i + 1].GetText(text).Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            i += 2;
        }

        // Most names are followed by neither a verb of reporting nor an adverb before one.
        if (i >= tokens.Length || !ReportWords.Contains(tokens[i].GetText(text)))
        {
            return false;
        }

        if (i < tokens.Length && tokens[i].Kind == TokenKind.Word && ReportAdverbs.Contains(tokens[i].GetText(text)))
        {
            return i + 1 < tokens.Length && ReportVerbs.Contains(tokens[i + 1].GetText(text));
        }

        if (i >= tokens.Length || !ReportVerbs.Contains(tokens[i].GetText(text)))
        {
            return false;
        }

        // "…, Bloomberg reported.", "…, which reported earlier", "…, which reported that…"; not "JPMorgan, which reported record
        // profit, …" (a company's own results).
        // Nor "CNH Industrial, which reported earlier in the month, kept its guidance": a company that reported its results in a
        // season ("earlier this quarter").
        var next = i + 1;
        return next >= tokens.Length || tokens[next].Kind == TokenKind.SentenceEnd || tokens[next].GetText(text) is "," ||
            tokens[next].Kind == TokenKind.Word && (ReportFollowers.Contains(tokens[next].GetText(text)) && !ReportsInASeason(text, tokens, next) ||
                i > after && tokens[next].GetText(text).Equals("that", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether "earlier" at <paramref name="earlier"/> goes on to a season of results within three words ("earlier in the month",
    /// "earlier this quarter"): a company's own results reported, not news passed on ("which reported earlier this week").
    /// </summary>
    private static bool ReportsInASeason(string text, ReadOnlySpan<Token> tokens, int earlier)
    {
        for (var j = earlier + 1; j < tokens.Length && j <= earlier + 3 && tokens[j].Kind == TokenKind.Word; j++)
        {
            if (ResultSeasons.Contains(tokens[j].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    // Seasons in which a company reports its results: "earlier in the month", "earlier this quarter".
    private static readonly WordSet ResultSeasons = new("month", "quarter", "year", "season");

    /// <summary>Whether the word is part of a web address that names a firm in a byline ("trendwatchindia.com", "acme.co.in").</summary>
    private static bool InDomainName(string text, ReadOnlySpan<Token> tokens, int i)
    {
        static bool Joined(ReadOnlySpan<Token> tokens, int left) =>
            left >= 0 && left + 2 < tokens.Length && tokens[left].End == tokens[left + 1].Start && tokens[left + 1].End == tokens[left + 2].Start &&
            tokens[left].Kind == TokenKind.Word && tokens[left + 2].Kind == TokenKind.Word && tokens[left + 1].Length == 1;

        return Joined(tokens, i) && text[tokens[i + 1].Start] == '.' || Joined(tokens, i - 2) && text[tokens[i - 1].Start] == '.';
    }

    // An agency's credit grades, given "to" or "at" a company: "cut Acme to junk", "to Ba2", "affirms Acme at AA" (a sign after
    // the grade is a token of its own; a bare "A", "B" or "C" is any letter).
    private static readonly WordSet CreditGrades = new(
        "junk", "AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Aa1", "Aa2", "Aa3", "A1", "A2", "A3", "Baa1", "Baa2", "Baa3", "Ba1", "Ba2",
        "Ba3", "B1", "B2", "B3", "Caa1", "Caa2", "Caa3", "Ca");

    // Every word that RatingFollows tests: a word in none of these lists is passed over by its bit (RuleWords.ReadForARating).
    internal static readonly WordSet WordsReadForARating = new(
        [.. Ratings.Words, .. QuotedOnlyRatings.Words, "target", "targets", "PT", "PTs", .. RatedViews.Words, "estimates", .. PriceForecasts.Words, .. Odds.Words,
         .. CreditGrades.Words]);


    /// <summary>
    /// Whether a rating ("'buy'", "outperform", not "on hold"), a price target or earnings estimates come within the next six
    /// tokens of the sentence, before a semicolon. A word none of the tests reads is passed over by its bit of
    /// <paramref name="ruleWords"/> when the words were looked up (most words are).
    /// </summary>
    private static bool RatingFollows(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int from)
    {
        for (var i = from; i < tokens.Length && i < from + 6 && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            var word = tokens[i].GetText(text);
            if (word is ";")
            {
                return false;
            }

            if (tokens[i].Kind != TokenKind.Word || !ruleWords.IsEmpty && (ruleWords[i] & RuleWords.ReadForARating) == 0)
            {
                continue;
            }

            var quoted = tokens[i].Start > 0 && text[tokens[i].Start - 1] is '\'' or '‘' or '"' or '“';
            if (Ratings.Contains(word) && !(word.Equals("hold", StringComparison.OrdinalIgnoreCase) && IsHoldNotARating(text, tokens, i)) ||
                quoted && QuotedOnlyRatings.Contains(word) ||
                (word.Equals("target", StringComparison.OrdinalIgnoreCase) || word.Equals("targets", StringComparison.OrdinalIgnoreCase) ||
                 word is "PT" or "PTs") && // "lifts PT on Costco"
                    (NextWordIs(text, tokens, i + 1, "price") || NextWordIs(text, tokens, i + 1, "on") && NamedAfterOn(text, tokens, i + 1) ||
                     PreviousWordIs(text, tokens, i, PriceWord) ||
                     NamedTargetAfterVerb(text, tokens, i) ||
                     NextWordIs(text, tokens, i + 1, "for") && PreviousWordIs(text, tokens, i, OwnWords) && NamesAfter(text, tokens, i + 1)) ||
                CreditGrades.Contains(word) && (char.IsUpper(word[0]) || word.Equals("junk", StringComparison.Ordinal)) &&
                    i > from && PreviousWordIs(text, tokens, i, BeforeGrade) ||
                RatedViews.Contains(word) && NextWordIs(text, tokens, i + 1, "on") && NamedAfterOn(text, tokens, i + 1) ||
                word.Equals("estimates", StringComparison.OrdinalIgnoreCase) && PreviousWordIs(text, tokens, i, EstimatedResults) ||
                PriceForecasts.Contains(word) && PreviousWordIs(text, tokens, i, PriceWord) && i - 1 > from ||
                Odds.Contains(word) && NextWordIs(text, tokens, i + 1, "of") && MacroEventAfter(text, tokens, i + 1))
            {
                // "Globex lifted the odds of a euro-zone recession to 40%": a house's odds of what the economy does.
                return true;
            }
        }

        return false;
    }

    // What a house forecasts about the economy and its markets, not about a company: "its Brent forecast", "its S&P 500 target",
    // "its forecast for oil prices", "US recession odds".
    private static readonly WordSet MarketForecasts = new(
        "forecast", "forecasts", "target", "targets", "projection", "projections", "estimate", "estimates", "odds", "probability", "call");

    private static readonly WordSet ForecastMarkets = new(
        "oil", "crude", "Brent", "WTI", "gold", "copper", "silver", "aluminium", "aluminum", "nickel", "GDP", "inflation", "CPI", "S&P",
        "Nasdaq", "Stoxx", "FTSE", "Nikkei", "Treasury", "Treasuries", "yield", "yields", "dollar", "euro", "yen", "yuan", "sterling",
        "Fed", "recession", "unemployment", "payrolls", "equities", "economy", "economic");

    // A company's own figures that may follow a market's name: "its forecast for oil output", "its oil production forecast".
    private static readonly WordSet OwnVolumes = new(
        "output", "production", "volumes", "volume", "sales", "revenue", "shipments", "deliveries", "reserves");

    /// <summary>The most tokens from a house's verb to the forecast it changes ("raises its year-end S&amp;P 500 target").</summary>
    private const int MaxTokensToMarketForecast = 7;

    /// <summary>
    /// Whether the clause from <paramref name="from"/>, right after a verb of changing, names a forecast of the economy or a market
    /// (<see cref="ForecastMarkets"/>): the market right before the forecast, over figures and "price" ("its Brent forecast", "its
    /// S&amp;P 500 target", "its 2025 GDP forecast", "recession odds"), or after "for" ("its forecast for oil prices", "for U.S.
    /// GDP"). A company's own volume after the market keeps the forecast its own ("its oil production forecast").
    /// </summary>
    private static bool ForecastsAMarket(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length && i < from + MaxTokensToMarketForecast && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && (IsChar(text, tokens[i], ',') || IsChar(text, tokens[i], ';')))
            {
                return false;
            }

            if (tokens[i].Kind != TokenKind.Word || !MarketForecasts.Contains(tokens[i].GetText(text)))
            {
                continue;
            }

            // Back over figures, a year and "price": "Brent crude price forecasts", "S&P 500 target".
            var before = i - 1;
            while (before >= from && (tokens[before].Kind == TokenKind.Number ||
                   tokens[before].Kind == TokenKind.Word && tokens[before].GetText(text) is var skipped &&
                   (skipped.Equals("price", StringComparison.OrdinalIgnoreCase) || skipped.Equals("year-end", StringComparison.OrdinalIgnoreCase))))
            {
                before--;
            }

            if (before >= from && tokens[before].Kind == TokenKind.Word && IsMarket(tokens[before].GetText(text)))
            {
                // "its 10-year yield forecast", "Treasury yield forecasts": a bond's yield; a cruise line's or a hotel's "yield
                // forecast" is its own revenue per berth or room.
                return !IsYieldWord(tokens[before].GetText(text)) ||
                       before > from && tokens[before - 1].Kind == TokenKind.Word && BondWords.Contains(tokens[before - 1].GetText(text));
            }

            // After "for": "its forecast for oil prices", "for the S&P 500", "for U.S. GDP" (over "the" and a place).
            if (!NextWordIs(text, tokens, i + 1, "for"))
            {
                return false;
            }

            for (int j = NextWordIndex(tokens, i + 1) + 1, words = 0; j > 0 && j < tokens.Length && words < 3 && tokens[j].Kind == TokenKind.Word; j++, words++)
            {
                var named = tokens[j].GetText(text);
                if (IsMarket(named))
                {
                    return !NextWordIn(text, tokens, j + 1, OwnVolumes);
                }

                if (!named.Equals("the", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(named[0]))
                {
                    return false;
                }
            }

            return false;
        }

        return false;
    }

    private static bool IsYieldWord(ReadOnlySpan<char> word) =>
        word.Equals("yield", StringComparison.OrdinalIgnoreCase) || word.Equals("yields", StringComparison.OrdinalIgnoreCase);

    // Words that make a yield a bond's: "Treasury yield", "10-year yield", "bond yields".
    private static readonly WordSet BondWords = new(
        "Treasury", "Treasuries", "bond", "bonds", "Bund", "Bunds", "gilt", "gilts", "JGB", "10-year", "two-year", "2-year", "5-year",
        "five-year", "10-yr", "30-year", "thirty-year", "sovereign", "government", "Treasury's", "U.S.", "US");

    /// <summary>Whether a word names a market (<see cref="ForecastMarkets"/>): "Fed" only with its capital ("fed up" is not).</summary>
    private static bool IsMarket(ReadOnlySpan<char> word) => ForecastMarkets.Contains(word) && !word.SequenceEqual("fed");

    /// <summary>The most capitalised words of a name <see cref="NamedTargetAfterVerb"/> passes over.</summary>
    private const int MaxNameWords = 3;

    /// <summary>
    /// Whether the "target" at <paramref name="i"/> is a company's price target changed by a house: "raises Ford target", "cuts
    /// Nielsen target", "bumped its $HD target" (a capitalised name or a cashtag between a verb of changing, or the house's
    /// "its" after it, and the target).
    /// </summary>
    private static bool NamedTargetAfterVerb(string text, ReadOnlySpan<Token> tokens, int i)
    {
        // The name's first word is read back from the target, a word at a time ("Home Depot"); a cashtag is the name alone. In a
        // headline in title case ("Acme Lifts Permian Output Target") capitals mark no name: a name of more words than one is
        // read only before a "target" in lower case.
        var titled = char.IsUpper(text[tokens[i].Start]);
        for (var first = i - 1; first >= 1 && first >= i - (titled ? 1 : MaxNameWords); first--)
        {
            var cashtag = tokens[first].Kind == TokenKind.Cashtag;
            if (!cashtag && !(tokens[first].Kind == TokenKind.Word && char.IsUpper(text[tokens[first].Start])) || cashtag && first != i - 1)
            {
                return false;
            }

            var verb = first - 1;
            if (verb >= 1 && tokens[verb].Kind == TokenKind.Word && tokens[verb].GetText(text) is "its" or "their")
            {
                verb--;
            }

            if (tokens[verb].Kind == TokenKind.Word && AttributionText.IsRatingVerb(tokens[verb].GetText(text)))
            {
                return true;
            }

            if (cashtag)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="index"/> opens its sentence (punctuation such as a quote aside).</summary>
    private static bool OpensSentence(ReadOnlySpan<Token> tokens, int index)
    {
        while (index > 0 && tokens[index - 1].Kind == TokenKind.Punctuation)
        {
            index--;
        }

        return index == 0 || tokens[index - 1].Kind == TokenKind.SentenceEnd;
    }

    /// <summary>
    /// Whether "on" after <paramref name="from"/> names a day or a month (<see cref="OnTime"/>) or, within a few words, a reason
    /// for the company's own figure ("Raises Outlook on Firm Convention Demand", "cut its forecast on weaker sales"), not a company.
    /// </summary>
    private static bool OnTimeOrReason(string text, ReadOnlySpan<Token> tokens, int from)
    {
        if (OnTime(text, tokens, from))
        {
            return true;
        }

        var on = NextWordIndex(tokens, from);
        for (var i = on + 1; on >= 0 && i < tokens.Length && i <= on + MaxReasonWords && tokens[i].Kind == TokenKind.Word; i++)
        {
            if (ReasonNouns.Contains(tokens[i].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words after "on" read for the noun of a reason (<see cref="OnTimeOrReason"/>).</summary>
    private const int MaxReasonWords = 6;

    // What a company's own figure moves on: "on strong demand", "on weaker sales", "on higher costs".
    private static readonly WordSet ReasonNouns = new(
        "demand", "sales", "growth", "orders", "bookings", "traffic", "volumes", "volume", "pricing", "prices", "costs", "spending",
        "margins", "results", "momentum", "trends", "headwinds", "tailwinds", "weakness", "strength", "recovery", "slowdown", "uncertainty",
        "tariffs", "inflation");

    /// <summary>Whether "on" after <paramref name="from"/> names a day or a month, not a company ("raised its outlook on Tuesday").</summary>
    private static bool OnTime(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var seenOn = false;
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                if (seenOn)
                {
                    return TimeNames.Contains(tokens[i].GetText(text));
                }

                seenOn = true;
            }
        }

        return false;
    }

    private static bool NextWordIs(string text, ReadOnlySpan<Token> tokens, int from, string word)
    {
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return tokens[i].GetText(text).Equals(word, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a rating verb acts on the company's own figures: "its" or "their", then within a few words a forecast ("upgrades
    /// its delivery forecast", "its 2025 profit forecast", "its forecast for Azure growth"), not another's ("reiterates its
    /// overweight rating on Nvidia", "downgrades their outlook on Nvidia", "its forecast for Apple", "initiates its coverage")
    /// nor a market's or an economy's, named in capitals or figures between them ("upgrades its S&amp;P 500 earnings forecast",
    /// "its China growth forecast").
    /// </summary>
    private static bool OnItsOwn(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var words = 0;
        var titleCase = false; // "Tesla Downgrades Its Delivery Outlook For The Year": capitals say nothing
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd && words <= MaxWordsToOwnFigures; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                // A figure between is a market's ("its S&P 500 forecast"), a year the company's own ("its 2025 profit forecast").
                if (words > 0 && tokens[i].Kind == TokenKind.Number && !IsYear(tokens[i].GetText(text)))
                {
                    return false;
                }

                continue;
            }

            var word = tokens[i].GetText(text);
            if (words++ == 0)
            {
                // "Lloyds upgrades net interest income guidance", "Rolls-Royce upgrades mid-term targets": the kind of its own
                // figure without "its", in its words only ("upgrades oil price forecast" is a house's view of a market).
                if (!OwnWords.Contains(word))
                {
                    return OwnFigureKinds.Contains(word) && OwnFigureWithoutPossessive(text, tokens, i);
                }

                titleCase = char.IsUpper(word[0]);
                continue;
            }

            if (OwnFigures.Contains(word))
            {
                // "… its outlook on Nvidia", "its forecast for Apple": about another company after all (not "on Tuesday"; "for China" too: a name
                // cannot be told from a place here; "for the year", "for Q3" stay the company's own).
                return !(NextWordIs(text, tokens, i + 1, "on") && !OnTimeOrReason(text, tokens, i + 1) ||
                         !titleCase && (NextWordIs(text, tokens, i + 1, "for") || NextWordIs(text, tokens, i + 1, "of")) && NamesAfter(text, tokens, i + 1));
            }

            // A period or a measure in capitals is the company's own ("its FY guidance", "its 2024 core EPS growth guidance").
            if (OnWord.Contains(word) || char.IsUpper(word[0]) && !titleCase && !PhraseText.IsPeriodLabel(word) && !PhraseText.IsMeasureAcronym(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a company's name follows the preposition at <paramref name="preposition"/>: capitalised words, not a period
    /// ("for Q3"), that end the phrase ("its forecast for Apple.", "for Intel to negative", "for Apple's iPhone sales"); a
    /// capitalised word before a lower-case noun names a product, segment or place of the company's own ("its forecast for
    /// Azure growth", "for Greater China revenue").
    /// </summary>
    private static bool NamesAfter(string text, ReadOnlySpan<Token> tokens, int preposition)
    {
        var capitals = 0;
        for (var i = preposition + 1; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && capitals == 0 && (IsWordAt(text, tokens, i, "for") || IsWordAt(text, tokens, i, "of")))
            {
                continue;
            }

            if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && !PhraseText.IsPeriodLabel(token.GetText(text)))
            {
                capitals++;
                continue;
            }

            return capitals > 0 && (token.Kind is TokenKind.SentenceEnd or TokenKind.Punctuation || IsPossessive(text, token) ||
                                    token.Kind == TokenKind.Word && (IsWordAt(text, tokens, i, "to") || StockNouns.Contains(token.GetText(text))));
        }

        return capitals > 0;
    }

    private static bool IsWordAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, string word) =>
        tokens[i].GetText(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a number is a year from 1990 to 2099.</summary>
    private static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && (number.StartsWith("19") && number[2] == '9' || number.StartsWith("20")) && int.TryParse(number, out _);

    /// <summary>
    /// Whether "per" before a name credits it ("per FactSet", "per Refinitiv data", "…, per S&amp;P Global Ratings."): not when a
    /// unit follows the name ("$95 per Activision share") nor its possessive ("per Acme's statement" quotes the company itself).
    /// </summary>
    private static bool CreditedPer(string text, ReadOnlySpan<Token> tokens, int after) =>
        after >= tokens.Length || tokens[after].Kind != TokenKind.Word ||
        !(UnitsPer.Contains(tokens[after].GetText(text)) || IsPossessive(text, tokens[after]));

    /// <summary>
    /// Whether the words from <paramref name="from"/> are a market view on a market (<see cref="MarketObjects"/> within three
    /// words after "on"): "underweight on commodities", "bullish on Indian equities"; an adverb may come first ("firmly bearish on").
    /// </summary>
    private static bool IsMarketViewAt(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var words = 0;
        var on = -1;
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd && words < 8; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = tokens[i].GetText(text);
            words++;
            if (on < 0)
            {
                if (MarketViews.Contains(word))
                {
                    if (!NextWordIs(text, tokens, i + 1, "on"))
                    {
                        return false;
                    }

                    on = ++i;
                    words = 0;
                }
                else if (words > 2)
                {
                    return false; // "remains firmly bearish on": at most two words before the view
                }
            }
            else if (MarketObjects.Contains(word))
            {
                return true;
            }
            else if (words > 3)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether an event of the economy (<see cref="MacroEvents"/>) comes within five words after "of" at <paramref name="of"/>.</summary>
    private static bool MacroEventAfter(string text, ReadOnlySpan<Token> tokens, int of)
    {
        for (int i = of + 1, words = 0; i < tokens.Length && words < 5 && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                if (MacroEvents.Contains(tokens[i].GetText(text)))
                {
                    return true;
                }

                words++;
            }
        }

        return false;
    }

    /// <summary>Whether the next word is in <paramref name="words"/>.</summary>
    private static bool NextWordIn(string text, ReadOnlySpan<Token> tokens, int from, WordSet words)
    {
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return words.Contains(tokens[i].GetText(text));
            }
        }

        return false;
    }

    /// <summary>Whether the rating verb at token <paramref name="verb"/> is a participle followed by a preposition ("downgraded by", "upgraded to").</summary>
    private static bool IsPassiveRating(string text, ReadOnlySpan<Token> tokens, int verb)
    {
        // "ASML upgrade at Kepler", "Nike downgrade by Bernstein": the noun of the company's rating, before its house; "Acme's
        // downgrade to B-": before the rating it was given.
        var word = tokens[verb].GetText(text);
        if ((word.Equals("upgrade", StringComparison.OrdinalIgnoreCase) || word.Equals("downgrade", StringComparison.OrdinalIgnoreCase)) &&
            NextWordIndex(tokens, verb + 1) is var house and >= 0 &&
            (HousePrepositions.Contains(tokens[house].GetText(text)) ||
             tokens[house].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase) && NextWordIndex(tokens, house + 1) is var given and >= 0 &&
             IsGivenRatingAt(text, tokens, given)))
        {
            return true;
        }

        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = verb + 1; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            // "$INTC downgraded again.": an adverb is passed over, as before a verb.
            if (tokens[i].Kind == TokenKind.Word && SkippedBeforeAVerb.Contains(tokens[i].GetText(text)))
            {
                continue;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                return RatingPrepositions.Contains(tokens[i].GetText(text));
            }

            // "$CAT upgraded, $DE downgraded", "Acme downgraded; shares fall": nothing follows in its clause.
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].GetText(text) is "," or ";" or ":")
            {
                return true;
            }
        }

        return true; // "Acme downgraded": nothing follows
    }

    /// <summary>
    /// Whether a rating verb right after a name gives the name its rating, in the passive: "Acme raised to overweight", "Acme
    /// cut to sell at Globex", "Acme kept at buy by Globex" (a participle, then "to" or "at" and a rating). A participle that is
    /// also a past tense ("cut", "kept", "set") needs the house after the rating when the name is a house's
    /// (<paramref name="houseNamed"/>): "Jefferies cut to underperform" is the house's call, as "Globex cuts to sell" and "Globex
    /// starts at buy" are; "Walmart cut to neutral" is the company rated.
    /// </summary>
    private static bool IsPassiveRatingAction(string text, ReadOnlySpan<Token> tokens, int verb, bool houseNamed)
    {
        var verbText = tokens[verb].GetText(text);
        var next = NextWordIndex(tokens, verb + 1);
        if (next < 0 || verbText is [.., 's' or 'S'])
        {
            return false;
        }

        var preposition = tokens[next].GetText(text);
        var rating = NextWordIndex(tokens, next + 1);
        if (!(preposition.Equals("to", StringComparison.OrdinalIgnoreCase) || preposition.Equals("at", StringComparison.OrdinalIgnoreCase)) ||
            rating < 0 || !IsGivenRatingAt(text, tokens, rating))
        {
            return false;
        }

        // "Acme cut to sell from hold (at Globex)": the rating it had names the company rated, with or without the house.
        var house = NextWordIndex(tokens, rating + 1);
        return verbText.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !houseNamed ||
            house >= 0 && tokens[house].GetText(text) is var word && (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase) ||
                                                                      word.Equals("from", StringComparison.OrdinalIgnoreCase) && NextWordIndex(tokens, house + 1) is var former and >= 0 &&
                                                                      IsGivenRating(tokens[former].GetText(text)));
    }

    /// <summary>
    /// Whether the "at" or "by" at <paramref name="preposition"/> follows a rating given ("cut to sell at Globex", "raised to
    /// overweight at Globex", "outlook cut to negative by Globex Ratings"): the name after it is the house that gave it.
    /// </summary>
    private static bool FollowsGivenRating(string text, ReadOnlySpan<Token> tokens, int preposition)
    {
        // "Acme price target lowered to $28 at Globex": an amount after "to", with "target" a few words before; the amount it
        // had may come between ("raised to $85 from $74 at Globex").
        var amount = preposition;
        if (amount >= 4 && tokens[amount - 1].Kind is TokenKind.Currency or TokenKind.Number &&
            tokens[amount - 2].GetText(text).Equals("from", StringComparison.OrdinalIgnoreCase) &&
            tokens[amount - 3].Kind is TokenKind.Currency or TokenKind.Number)
        {
            amount -= 2;
        }

        if (amount >= 2 && tokens[amount - 1].Kind is TokenKind.Currency or TokenKind.Number &&
            tokens[amount - 2].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            for (var i = amount - 3; i >= 0 && i >= amount - 6 && tokens[i].Kind != TokenKind.SentenceEnd; i--)
            {
                if (tokens[i].GetText(text) is var word && (word.Equals("target", StringComparison.OrdinalIgnoreCase) || word.Equals("targets", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }

        var rating = PreviousWordIndex(tokens, preposition);
        if (rating > 0 && TwoWordRatingEnds.Contains(tokens[rating].GetText(text)) && PreviousWordIndex(tokens, rating) is var first and >= 0 &&
            TwoWordRatingStarts.Contains(tokens[first].GetText(text)))
        {
            return PreviousWordIs(text, tokens, first, BeforeGivenRating); // "from equal weight at Globex", "to market perform at"
        }

        return rating >= 0 && GivenRatings.Contains(tokens[rating].GetText(text)) && PreviousWordIs(text, tokens, rating, BeforeGivenRating);
    }

    // Ratings written as two words: "equal weight", "market perform", "sector weight", "peer perform".
    private static readonly WordSet TwoWordRatingStarts = new("equal", "market", "sector", "peer", "in-line");
    private static readonly WordSet TwoWordRatingEnds = new("weight", "perform");

    /// <summary>The index of the first word token at or after <paramref name="from"/> in the sentence, -1 when there is none.</summary>
    private static int NextWordIndex(ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the last word token before <paramref name="at"/> in the sentence, -1 when there is none.</summary>
    private static int PreviousWordIndex(ReadOnlySpan<Token> tokens, int at)
    {
        for (var i = at - 1; i >= 0 && tokens[i].Kind != TokenKind.SentenceEnd; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the mention starting at token <paramref name="first"/> comes right after a comma or a closing quote (articles skipped).</summary>
    private static bool FollowsQuoteOrComma(string text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            var word = tokens[i].GetText(text);
            if (tokens[i].Kind == TokenKind.Word && word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return word.Length == 1 && (word[0] is '"' or '”' or '’' or '\'' || word[0] == ',' && !ClosesIntroductoryPhrase(text, tokens, i));
        }

        return false;
    }

    // Words that open a sentence's short introductory phrase, after which a name is the subject of its clause: "By contrast,
    // Globex said revenue fell", "Meanwhile, Acme said…"; not a clause whose news a name is credited with ("Sales fell, Globex said").
    private static readonly WordSet IntroductoryWords = new(
        "by", "in", "on", "meanwhile", "however", "separately", "elsewhere", "still", "also", "instead", "likewise", "similarly",
        "conversely", "for", "at", "earlier", "later", "yesterday", "today", "overall", "otherwise", "nonetheless", "nevertheless");

    /// <summary>The most words of an introductory phrase before its comma ("In a statement on Tuesday").</summary>
    private const int MaxIntroductoryWords = 5;

    /// <summary>
    /// Whether the comma at token <paramref name="comma"/> closes a short introductory phrase that opens its sentence ("By contrast,",
    /// "On Tuesday,"): what follows it is the sentence's own clause.
    /// </summary>
    private static bool ClosesIntroductoryPhrase(string text, ReadOnlySpan<Token> tokens, int comma)
    {
        var words = 0;
        for (var i = comma - 1; i >= 0; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.SentenceEnd)
            {
                return false;
            }

            if (token.Kind != TokenKind.Word || ++words > MaxIntroductoryWords)
            {
                return false;
            }

            if (i == 0 || tokens[i - 1].Kind == TokenKind.SentenceEnd)
            {
                return IntroductoryWords.Contains(token.GetText(text));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention starting at token <paramref name="first"/> opens a clause after "with" or a comma, over the names listed
    /// before it: "…, with Citi and Globex saying", "…, Globex noting".
    /// </summary>
    private static bool OpensQuotingClause(string text, ReadOnlySpan<Token> tokens, int first)
    {
        const int MaxListTokens = 8;
        for (var i = first - 1; i >= 0 && i >= first - MaxListTokens; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return IsChar(text, token, ',');
            }

            var word = token.GetText(text);
            if (word.Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (token.Kind != TokenKind.Word || !(char.IsUpper(word[0]) || word is "and" or "the"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention names where a speaker used to work: "…," the former Globex executive said: what the person says is not
    /// the company's news (what former staff did there may be: "former Globex traders jailed over rate rigging").
    /// </summary>
    private static bool IsFormerStaff(string text, ReadOnlySpan<Token> tokens, int first, int after)
    {
        // "a former Globex marketing executive": the role may follow the department the person worked in.
        var role = after + 1 < tokens.Length && tokens[after].Kind == TokenKind.Word && AttributionText.Departments.Contains(tokens[after].GetText(text))
            ? after + 1 : after;
        return first > 0 && role + 1 < tokens.Length && tokens[first - 1].Kind == TokenKind.Word && tokens[role].Kind == TokenKind.Word &&
            tokens[first - 1].GetText(text) is var before &&
            (before.Equals("former", StringComparison.OrdinalIgnoreCase) || before.Equals("ex", StringComparison.OrdinalIgnoreCase)) &&
            StaffRoles.Contains(tokens[role].GetText(text)) && tokens[role + 1].Kind == TokenKind.Word &&
            tokens[role + 1].GetText(text) is var verb &&
            (AttributionVerbs.Contains(verb) || QuotingParticiples.Contains(verb) || verb is "told" or "wrote" ||
             BiographyVerbs.Contains(verb) || IsHireBefore(text, tokens, first - 1)) ||
            IsFormerStaffOfHire(text, tokens, first, after);
    }

    /// <summary>
    /// Whether the mention is where a new hire used to work: "Acme names former Globex executive as CFO", "Globex's former
    /// security chief has joined Acme". The hire is the news of the company that hires; the old employer is biography.
    /// </summary>
    private static bool IsFormerStaffOfHire(string text, ReadOnlySpan<Token> tokens, int first, int after)
    {
        // "Globex's former security chief has joined", "Globex's ex-CFO was named": a possessive, "former", up to two words of
        // the role, then a verb of joining or being hired.
        if (after + 2 >= tokens.Length || !IsPossessive(text, tokens[after]) || tokens[after + 1].Kind != TokenKind.Word ||
            !(IsWordAt(text, tokens, after + 1, "former") || IsWordAt(text, tokens, after + 1, "ex")))
        {
            return false;
        }

        var role = -1;
        for (var i = after + 2; i < tokens.Length && i <= after + 4 && tokens[i].Kind == TokenKind.Word; i++)
        {
            if (StaffRoles.Contains(tokens[i].GetText(text)))
            {
                role = i;
            }
        }

        if (role < 0)
        {
            return false;
        }

        var verb = role + 1;
        while (verb < tokens.Length && tokens[verb].Kind == TokenKind.Word && JoiningAuxiliaries.Contains(tokens[verb].GetText(text)))
        {
            verb++;
        }

        return verb < tokens.Length && tokens[verb].Kind == TokenKind.Word && BiographyVerbs.Contains(tokens[verb].GetText(text));
    }

    /// <summary>Whether the word before token <paramref name="i"/> ("former"), past an article, hires or names someone.</summary>
    private static bool IsHireBefore(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var at = i - 1;
        if (at >= 0 && tokens[at].Kind == TokenKind.Word && tokens[at].GetText(text) is "a" or "an" or "the")
        {
            at--;
        }

        return at >= 0 && tokens[at].Kind == TokenKind.Word && HiringVerbs.Contains(tokens[at].GetText(text));
    }

    // Verbs after a hire: "… has joined Acme", "… was named CFO", "… will join Acme as president".
    private static readonly WordSet BiographyVerbs = new(
        "joins", "joined", "join", "named", "appointed", "tapped", "hired", "picked", "chosen", "recruited", "poached", "lured");

    private static readonly WordSet JoiningAuxiliaries = new("has", "have", "had", "was", "were", "is", "will", "to", "been");

    // Verbs of hiring before the hire: "Acme names former Globex executive as CFO".
    private static readonly WordSet HiringVerbs = new(
        "names", "named", "appoints", "appointed", "hires", "hired", "taps", "tapped", "picks", "picked", "recruits", "recruited",
        "poaches", "poached", "lures", "lured", "adds", "added", "welcomes", "welcomed", "elects", "elected");

    /// <summary>Whether the token is the one char <paramref name="c"/>.</summary>
    private static bool IsChar(string text, in Token token, char c) => token.Length == 1 && text[token.Start] == c;

    /// <summary>Whether the token is the possessive <c>'s</c> or <c>’s</c>.</summary>
    private static bool IsPossessive(string text, in Token token) =>
        token.Length == 2 && text[token.Start + 1] == 's' && text[token.Start] is '\'' or '’';

    private static bool PreviousWordIsRole(string text, ReadOnlySpan<Token> tokens, int at) => PreviousWordIs(text, tokens, at, RolesBeforeAt);

    // Who speaks for a house rather than for the company it works at: "analyst Adam Jonas of Globex".
    private static readonly WordSet AnalystRoles = new("analyst", "analysts", "strategist", "strategists", "economist", "economists");

    /// <summary>
    /// Whether the "of" at <paramref name="of"/> follows an analyst's name after the role ("analyst Adam Jonas of Globex", "Analyst
    /// Jane Q. Smith of Globex"): one to three capitalised words, then the role. A chief executive "of" a company is its own.
    /// </summary>
    private static bool AnalystNamedBefore(string text, ReadOnlySpan<Token> tokens, int of)
    {
        var i = of - 1;
        var names = 0;
        while (i >= 0 && names < 4 && tokens[i].Kind == TokenKind.Word && char.IsUpper(tokens[i].GetText(text)[0]) && !AnalystRoles.Contains(tokens[i].GetText(text)))
        {
            names++;
            i--;
        }

        return names is >= 1 and <= 3 && i >= 0 && tokens[i].Kind == TokenKind.Word && AnalystRoles.Contains(tokens[i].GetText(text));
    }

    /// <summary>
    /// Whether "to" or "with" at <paramref name="at"/> closes an informant: "a source close to Initech", "people familiar with
    /// Acme" (not "sold its stake to Globex", "merge with Initech").
    /// </summary>
    private static bool IsInformant(string text, ReadOnlySpan<Token> tokens, int at)
    {
        var closeness = at - 1;
        while (closeness >= 0 && tokens[closeness].Kind != TokenKind.Word && tokens[closeness].Kind != TokenKind.SentenceEnd)
        {
            closeness--;
        }

        return closeness > 0 && tokens[closeness].Kind == TokenKind.Word && Closeness.Contains(tokens[closeness].GetText(text)) &&
            PreviousWordIs(text, tokens, closeness, Informants);
    }

    /// <summary>
    /// Whether the report before "from" at <paramref name="at"/> is a company's own results ("downbeat earnings reports from
    /// Acme", "quarterly reports from Globex"), which are its news, not a finding it published about others.
    /// </summary>
    private static bool IsOwnResultsReport(string text, ReadOnlySpan<Token> tokens, int at)
    {
        var report = at - 1;
        while (report >= 0 && tokens[report].Kind != TokenKind.Word)
        {
            report--;
        }

        return report > 0 && PreviousWordIs(text, tokens, report, OwnResultsWords);
    }

    private static bool PreviousWordIs(string text, ReadOnlySpan<Token> tokens, int at, WordSet words)
    {
        for (var i = at - 1; i >= 0 && tokens[i].Kind != TokenKind.SentenceEnd; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return words.Contains(tokens[i].GetText(text));
            }
        }

        return false;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the count of tokens when none does).</summary>
    /// <remarks>
    /// A binary search without a branch on the comparison: which half a name's offset falls in is a coin toss that a branch
    /// predictor loses about every other step, and each step then cost more than the rest of it. The sign of
    /// <c>Start - offset</c> (both non-negative) masks the step in or out instead.
    /// </remarks>
    private static int FirstTokenAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        if (tokens.IsEmpty)
        {
            return 0;
        }

        // The last token of [low, low + length) that starts before the offset, or low itself when none does.
        var low = 0;
        var length = tokens.Length;
        while (length > 1)
        {
            var half = length / 2;
            low += half & ((tokens[low + half].Start - offset) >> 31);
            length -= half;
        }

        return tokens[low].Start < offset ? low + 1 : low;
    }
}
