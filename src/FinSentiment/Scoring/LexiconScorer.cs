using System.Buffers;
using System.Runtime.InteropServices;
using FinSentiment.Internal;
using FinSentiment.Lexicon;
using FinSentiment.Tokenization;

namespace FinSentiment.Scoring;

/// <summary>
/// The default scorer: reads a sentence the way an analyst does, with a lexicon and compositional rules.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Phrases are matched as units, longest first; a <see cref="LexiconCategory.Neutral"/> phrase masks its words.</item>
/// <item><b>Direction × quantity</b>: a direction word (<c>rose</c>, <c>narrowed</c>) applied to a quantity with a prior
/// (<c>profit</c> is good when up, <c>loss</c> bad when up) gives direction × prior × strength. Where no direction word
/// speaks, the numbers of <c>to X from Y</c>, <c>from Y to X</c>, <c>X, compared with Y</c> and <c>X (Y)</c> give the direction.</item>
/// <item><b>Scope</b>: intensifiers scale the next polarity; negators flip the polarity within their scope (up to the next
/// clause boundary); hedges damp the rest of their clause without flipping; in a contrast the main clause weighs more than
/// the conceded one (<c>but</c>, <c>however</c>, <c>yet</c> concede what comes before; <c>although</c>, <c>despite</c>,
/// <c>while</c> concede their own clause).</item>
/// <item>The sentence scores tanh(gain × sum of contributions).</item>
/// </list>
/// <para>The scorer is immutable and thread-safe; it allocates only the evidence it reports.</para>
/// </remarks>
public sealed partial class LexiconScorer : ISentimentScorer
{
    private const int StackUnits = 128;

    /// <summary>The most units before the colon that ends a headline's lead ("$ACME - Acme:").</summary>
    private const int MaxRecommendationLead = 4;

    /// <summary>The most words of an issuer's name that opens a notice ("Globex Growth Alliance :").</summary>
    private const int MaxIssuerWords = 6;

    // The valence of "more" after a percentage, of "return" before one and of a quantity falling short: that of "fewer",
    // "higher" and "lower".
    private const double MeasuredMoveValence = 0.6;

    // The valence of a quantity at "a record" figure: that of "record high".
    private const double RecordLevelValence = 0.8;

    /// <summary>
    /// The largest valence of a quantity that, named with no move, scores nothing: "profit" and "earnings" (0.1), "debt" (−0.1)
    /// only hint at a side; a move or a comparison reads them.
    /// </summary>
    private const double UnmovedQuantityHint = 0.1;

    /// <summary>The most words of a name before its designator ("Acme Capital Advantage Global Income Opportunity Fund").</summary>
    private const int MaxDesignatedNameWords = 7;

    private static readonly Lazy<LexiconScorer> DefaultScorer = new(() => new LexiconScorer(SentimentLexicon.Default));

    private static readonly (string Verb, double Valence)[] Recommendations =
        [("buy", 0.5), ("accumulate", 0.4), ("add", 0.4), ("prefer", 0.4), ("like", 0.3), ("sell", -0.5), ("avoid", -0.5), ("short", -0.4), ("exit", -0.4), ("skip", -0.4)];

    // The verbs of Recommendations, as a set: nearly every sentence opens with a capitalised word that is none of them, and the set
    // rejects it on its length and first letter instead of comparing it with each verb.
    private static readonly WordSet RecommendationVerbs = new(Array.ConvertAll(Recommendations, r => r.Verb));

    private static readonly string[] Subordinators =
        ["although", "though", "despite", "while", "even though", "in spite of", "whereas", "even as", "notwithstanding", "albeit", "even if",
         "partly offset by", "partially offset by"];

    // Capitalised words a sentence opens with that are not the name of what moved ("It fell", "They rose").
    private static readonly WordSet SubjectFunctionWords = new(
        "It", "This", "That", "These", "Those", "They", "He", "She", "We", "I", "You", "Which", "What", "Who", "There",
        "Here", "Then", "And", "But", "Or", "So", "As", "If", "When", "Where", "Why", "How", "Will", "Would", "Could",
        "Should", "May", "Might", "Can", "Did", "Does", "Do", "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Not",
        "Also", "Still", "Yet", "Now", "Today", "Earlier", "Later", "Meanwhile", "However", "Overall", "Elsewhere");

    private static readonly WordSet ExpectationWords = new(
        "consensus", "estimate", "estimates", "expected", "expectations", "forecast", "forecasts", "view");

    private static readonly WordSet RatingActions = new(
        "cut", "cuts", "lowered", "lowers", "raised", "raises");

    // The plain forms of ending verbs, after a plural state ("fears of a recession fade", "worries about layoffs recede"); they end
    // a state only where nothing is their object ("strikes could ease supply" is not the strikes easing).
    private static readonly string[] BareEndingVerbList =
        ["fade", "recede", "subside", "abate", "wane", "dissipate", "evaporate", "falter", "ease", "slow"];

    private static readonly WordSet BareEndingVerbs = new(BareEndingVerbList);

    // Their forms in -ing, which end a state only after a form of "be" ("the rally was fading"; "fading demand" is a kind of demand).
    private static readonly string[] ProgressiveEndingVerbList =
        ["fading", "receding", "subsiding", "abating", "waning", "dissipating", "evaporating", "faltering", "stalling", "easing", "ending"];

    private static readonly WordSet ProgressiveEndingVerbs = new(ProgressiveEndingVerbList);

    // Verbs of a thing coming about, which end the state before them only when denied: "the headwinds did not materialise",
    // "the feared slowdown never happened".
    private static readonly string[] OccurringVerbList =
        ["materialize", "materialise", "materialized", "materialised", "happen", "happened", "occur", "occurred", "transpire", "transpired"];

    private static readonly WordSet OccurringVerbs = new(OccurringVerbList);

    // Verbs that end the state the word before them names: "the rally stalls", "boom is over", "the slump ends", "the destocking is
    // done", "overhang finally gone".
    private static readonly string[] EndingWordList =
    [
        "stalls", "stalled", "falters", "faltered", "fizzles", "fizzled", "fizzle", "fades", "faded", "ends", "ended", "evaporates",
        "evaporated", "unravels", "unravelled", "unraveled", "wanes", "waned", "eases", "eased", "abates", "abated", "subsides",
        "subsided", "over", "done", "gone", "end", "limited", "capped", "overdone", "receded", "recedes", "dissipated", "dissipates", "slows", "slowed",
        "moderates", "moderated", "turns", "turned", "turn", "goes", "went", "enough", "behind", "longer", "forever",
        "running out of steam", "runs out of steam", "ran out of steam", "losing steam", "loses steam", "lost steam",
        "losing momentum", "loses momentum", "lost momentum",
        .. PuttingOffWordList, .. BareEndingVerbList, .. ProgressiveEndingVerbList, .. OccurringVerbList,
    ];


    // "The lawsuit against Acme was dismissed", "ban on Globex lifted": legal trouble or a restriction that is undone after it is
    // named. Only these states: "lifted" after a quantity is a rise ("lifted prices"), and "dropped" a fall.
    private static readonly WordSet UndoneStates = new(
        "lawsuit", "lawsuits", "suit", "suits", "case", "charges", "charge", "claims", "claim", "probe", "probes", "investigation",
        "investigations", "inquiry", "complaint", "complaints", "indictment", "allegations", "ban", "bans", "sanctions",
        "restrictions", "curbs", "embargo", "tariff", "tariffs", "penalty", "penalties", "fine", "fines", "injunction", "suspension", "blacklisting",
        "dispute", "disputes", "row", "feud", "standoff", "stand-off", "litigation", "arbitration", "wrongdoing", "misconduct",
        "action", "actions", "freeze", "fight", "battle", "challenge", "verdict", "verdicts", "ruling", "rulings", "judgment",
        "judgement", "conviction", "spat", "spats", "tussle", "wrangle", "squabble", "quarrel", "clinical hold",

        // Obstacles a ruling or a clearance removes: "removes the last major regulatory hurdle".
        "hurdle", "hurdles", "regulatory hurdle", "obstacle", "obstacles", "roadblock", "roadblocks",

        // Bottlenecks and shortages eased or cleared: "easing a bottleneck that had pushed freight costs up", "eased supply
        // constraints", "resolved the chip shortage".
        "bottleneck", "bottlenecks", "logjam", "logjams", "shortage", "shortages", "constraints",
        "supply constraints", "supply shortages", "chip shortage", "overhang", "headwind", "headwinds",

        // Limits a regulator sets and lifts: "lifted the production cap", "the asset cap was removed".
        "cap", "caps", "asset cap", "production cap", "production caps",

        // Doubts and warnings a company or its auditor lifts: "the going-concern warning was dropped", "dismissed the involuntary
        // bankruptcy petition".
        "warning", "going concern", "going-concern", "going concern warning", "going concern doubt", "bankruptcy petition",
        "involuntary bankruptcy petition",

        // A regulator's orders and letters, which it lifts or closes out: "lifted a warning letter", "the consent order was terminated".
        "warning letter", "warning letters", "consent order", "consent decree", "import alert",

        // Bad plans undone as well: "the planned lay-offs have been cancelled", "the strike was called off".
        "lay-offs", "layoffs", "strike", "strikes", "walkout", "closure", "redundancies", "job cuts");

    // Winning a dispute ends it in the winner's favour ("Chevron wins arbitration against Exxon", "Apple won a patent lawsuit").
    private static readonly string[] WinningVerbList =
    [
        "win", "wins", "won", "winning", "won a", "won an", "won the", "wins appeal", "won appeal", "won the case", "won the appeal",
        "won its appeal", "won its case", "wins the case", "wins the appeal", "wins its appeal", "wins its case", "win the case",
        "win the appeal", "win its appeal", "win its case", "prevails in", "prevailed in", "prevail in",
    ];

    private static readonly WordSet WinningVerbs = new(WinningVerbList);

    // What is won against trouble: "wins (its) appeal against the fine".
    private static readonly WordSet AppealWords = new("appeal", "appeals", "challenge", "case", "bid", "fight", "battle");

    // Verbs that settle or drop the trouble after them ("Acme settles the lawsuit", "the SEC drops its probe", "the EU eases
    // sanctions", "a judge dismissed the lawsuit", "the court overturned the fine"): see ResolveTroubleAhead. The trouble must follow as the first phrase: "drops 5% on the probe" is a fall.
    private static readonly string[] ResolvingVerbList =
    [
        "settle", "settles", "settled", "settling", "resolve", "resolves", "resolved", "resolving", "drop", "drops", "dropped",
        "dropping", "close", "closes", "closed", "closing", "end", "ends", "ended", "ending", "withdraw", "withdraws", "withdrew",
        "withdrawing", "lift", "lifts", "lifting", "ease", "eases", "eased", "easing", "waive", "waives", "waiving", "scrap",
        "scraps", "scrapped", "scrapping", "clear", "clears", "cleared", "clearing", "absolve", "absolves", "absolved", "exonerate",
        "exonerates", "exonerated", "dismiss", "dismisses", "dismissed", "dismissing", "quash", "quashes", "quashed", "quashing",
        "overturn", "overturns", "overturned", "overturning", "toss", "tosses", "tossed", "tossing", "revoke", "revokes", "revoked",
        "revoking", "rescind", "rescinds", "rescinded", "rescinding", "suspend", "suspends", "suspended", "suspending", "lifted",
        "annul", "annuls", "annulled", "annulling", "vacate", "vacates", "vacated", "vacating", "strike down", "strikes down",
        "struck down", "throw out", "throws out", "threw out", "thrown out", "set aside", "sets aside", "tosses out", "tossed out",
        "reverse", "reverses", "reversed", "reversing", "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling",
        "call off", "calls off", "called off", "calling off", "shelve", "shelves", "shelved", "shelving", "beat back", "beats back",
        "beating back", "abandon", "abandons", "abandoned", "abandoning", "acquit", "acquits", "acquitted", "acquitting",
        "remove", "removes", "removed", "removing", "terminate", "terminates", "terminated", "terminating",
        "reject", "rejects", "rejected", "rejecting",
        .. WinningVerbList,
    ];

    // Negators of failing, which are bad news when what failed scores nothing (see ApplyNegation), and how bad.
    private static readonly WordSet FailureNegators = new("failed to", "fails to", "fail to", "failing to", "unable to");

    private const double FailureValence = -0.3;

    // Negators of keeping away, which are advice against stocks they reach that score nothing ("avoid cement stocks").
    private static readonly WordSet AvoidingNegators = new("avoid", "avoiding");

    // A dismissal won, which denies the suit it ends ("won dismissal of a class action"), and is good news when the suit is too
    // far to reach ("won dismissal of thousands of Zantac lawsuits"); so is a charge one is cleared or acquitted of, or that
    // prosecutors decline to bring.
    private static readonly WordSet DismissalNegators = new(
        "won dismissal of", "wins dismissal of", "won the dismissal of", "wins the dismissal of", "secured dismissal of",
        "secures dismissal of", "secured the dismissal of", "obtained dismissal of", "obtains dismissal of", "won a dismissal of",
        "cleared of", "acquitted of", "absolved of", "exonerated of", "declined to prosecute", "declines to prosecute", "decided not to prosecute",
        "will not prosecute", "won't prosecute");

    /// <summary>The valence of a dismissal won whose suit the negation does not reach.</summary>
    private const double DismissalValence = 0.5;

    // Negators of escaping a bad thing, whose reach goes on over where it came from ("avoids a hit from the scandal").
    private static readonly WordSet EscapingNegators = new(
        "avoids", "avoided", "avoid", "avoiding", "escapes", "escaped", "escape", "averts", "averted", "avert", "sidesteps",
        "sidestepped", "dodges", "dodged", "evades", "evaded");

    // Words that name stocks to buy or avoid: "avoid cement stocks", "avoid the banking space".
    private static readonly WordSet AvoidedStocks = new("stocks", "stock", "shares", "sector", "space", "names", "counters", "counter");

    /// <summary>
    /// Whether stocks are named within four words after the unit at <paramref name="k"/>: a word of stocks ("avoid cement stocks",
    /// "avoid the banking space") or a capitalised name ("avoid Acme"); not "avoid a repeat of last year's losses".
    /// </summary>
    private static bool NamesStocksAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        for (var i = k + 1; i < units.Length && i <= k + 4 && units[i].Kind is UnitKind.Word or UnitKind.Lexical; i++)
        {
            var word = text[units[i].Start..units[i].End];
            if (AvoidedStocks.Contains(word) || char.IsUpper(word[0]) && !IsTitleCase(text, units))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of dealing with a bad thing named after them: failing them is bad news, and the bad thing is no better ("unable to
    // pay its debts", "failed to detect fraud", "failed to fix the defect", "failed to pass the stress test").
    private static readonly WordSet HandlingVerbs = new(
        "pay", "repay", "service", "refinance", "settle", "cover", "honour", "honor", "fix", "resolve", "address", "detect", "spot",
        "patch", "pass", "tackle", "mitigate", "clear", "tame", "end", "stem", "contain", "counter", "remove", "shift", "quantify",
        "identify", "manage", "control", "offset", "absorb", "solve", "rectify", "remedy", "repair", "plug", "close", "cure");

    // What a spokesperson fails to do in a wire story's boilerplate: no news ("was unable to comment", "could not be reached").
    private static readonly WordSet NoNewsFailures = new(
        "comment", "respond", "reach", "be", "provide", "confirm", "elaborate", "verify", "return", "immediately", "say", "disclose", "answer");

    /// <summary>
    /// A stop inside the sentence before a word in lower case ("never misses lol. another beat": posts do not capitalise the
    /// next sentence, so the tokenizer does not end it there) ends its clause all the same.
    /// </summary>
    private static bool IsStopBeforeLowerCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        text[tokens[i].Start] is '.' or '!' or '?' && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word &&
        tokens[i + 1].Start > tokens[i].End && char.IsLower(text[tokens[i + 1].Start]);

    // Past negators of an expectation: "didn't expect", "never expected", "wasn't expecting".
    private static readonly WordSet PastNegators = new("didn't", "didnt", "didn\u2019t", "never", "wasn't", "wasnt", "wasn\u2019t");

    // Verbs of expecting after which "to" and a verb name what happened all the same: "didn't expect $GM to beat this hard".
    private static readonly WordSet SurpriseVerbs = new("expect", "expected", "expecting", "think", "thought", "imagine", "imagined");

    /// <summary>
    /// Whether the negator at <paramref name="k"/> denies only a past expectation, not what came about: "didn't expect $GM to beat
    /// this hard", "never expected Acme to rally like this", "wasn't expecting it to hold up" (a surprise: the beat happened). A
    /// verb of expecting right after the past negator and "to" within three words after it; "not expected to face a fine" is a
    /// forecast, still denied.
    /// </summary>
    private static bool IsSurprise(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        if (k + 2 >= units.Length || !PastNegators.Contains(text[units[k].Start..units[k].End]) || units[k + 1].Kind is not (UnitKind.Word or UnitKind.Lexical) ||
            !SurpriseVerbs.Contains(text[units[k + 1].Start..units[k + 1].End]))
        {
            return false;
        }

        for (var i = k + 2; i < units.Length && i <= k + 4; i++)
        {
            if (IsWord(text, units[i], "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"An unlikely laggard", "the unlikely winner": "unlikely" after an article describes, it does not negate.</summary>
    private static bool IsAdjectiveUnlikely(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k) =>
        k > 0 && IsWord(text, units[k], "unlikely") && IsArticle(text, units[k - 1]);

    /// <summary>
    /// Whether a unit is a negator of failing (<see cref="FailureNegators"/>), a dismissal won (<see cref="DismissalNegators"/>) or
    /// advice to keep away (<see cref="AvoidingNegators"/>: "Best to avoid banking space"): a sentence of no other score may still
    /// score.
    /// </summary>
    private static bool HasFailureNegator(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units)
    {
        foreach (ref readonly var unit in units)
        {
            if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Negator &&
                (FailureNegators.Contains(text[unit.Start..unit.End]) || DismissalNegators.Contains(text[unit.Start..unit.End]) ||
                 AvoidingNegators.Contains(text[unit.Start..unit.End])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a denial comes right before a verb of expecting ("does not expect"): see MaskDeniedEffects.</summary>
    private static bool HasDeniedExpectation(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units)
    {
        for (var i = 0; i + 1 < units.Length; i++)
        {
            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Negator &&
                DenyingWords.Contains(text[units[i].Start..units[i].End]) && DeniedExpectationVerbs.Contains(text[units[i + 1].Start..units[i + 1].End]))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that settle with a party over trouble ("settles with bondholders over rate rigging"): see ObjectAfter.
    private static readonly WordSet SettlingVerbs = new("settle", "settles", "settled", "settling", "resolve", "resolves", "resolved", "resolving");

    // Levies whose settling or dropping is good news, though they are quantities ("Beijing suspends planned tariffs", "scraps
    // duties on steel"): see IsTrouble.
    private static readonly WordSet Levies = new("tariffs", "tariff", "duties", "duty", "levies", "levy");

    // Verbs whose trouble follows "of": "the court clears Acme of wrongdoing".
    private static readonly WordSet ClearingVerbs = new(
        "clear", "clears", "cleared", "clearing", "absolve", "absolves", "absolved", "exonerate", "exonerates", "exonerated");

    private static readonly WordSet ResolvingVerbs = new(ResolvingVerbList);

    // Plural subjects that settle, drop or clear trouble in a headline's present tense ("Regulators clear Acme of wrongdoing",
    // "prosecutors drop charges"): a base form after them is a verb, not an adjective ("shows clear misconduct").
    private static readonly WordSet ResolvingSubjects = new(
        "regulators", "prosecutors", "authorities", "officials", "courts", "judges", "lawmakers", "investigators", "watchdogs",
        "agencies", "plaintiffs", "shareholders", "investors", "lenders", "creditors", "states", "governments", "parties");

    // Verbs of starting again: what stopped it, named after "after" or "following", is over ("production resumed after a strike").
    private static readonly string[] ResumingWordList =
    [
        "resume", "resumes", "resumed", "resuming", "restart", "restarts", "restarted", "restarting", "reopen", "reopens",
        "reopened", "reopening", "return", "returns", "returned", "returning", "restore", "restores", "restored", "restoring",
    ];

    private static readonly WordSet ResumingWords = new(ResumingWordList);

    // Verbs of closing and of opening, and the sites whose closing is bad news and whose opening good ("close 150 stores",
    // "closing all its China factories", "opened 40 new branches"); the lexicon lists "close stores" and the like, without
    // the words between.
    private static readonly WordSet ClosingWords = new("close", "closes", "closed", "closing");

    // A blow to a company: "hit Shell's plan", "tariffs hit Acme shares" (see IsBlowToCompany).
    private static readonly WordSet BlowVerbs = new("hit", "hits", "hitting");

    private static readonly WordSet BlownThings = new(
        "shares", "stock", "stocks", "profit", "profits", "earnings", "sales", "margins", "margin", "revenue", "results", "output",
        "plans", "plan", "business", "operations", "production", "supply", "supplies", "exports", "growth", "outlook");


    private static readonly WordSet OpeningWords = new("open", "opens", "opened", "opening");

    // Words after a site that make it part of a deal, not what closes ("closed its hotel portfolio sale", "store purchase"),
    // and words before it that make the closing a period's ("closed the quarter 300 stores ahead") or the site a superlative's.
    private static readonly WordSet SiteDealWords = new(
        "sale", "sales", "purchase", "purchases", "acquisition", "acquisitions", "deal", "deals", "lease", "leases", "portfolio",
        "financing", "transaction", "transactions", "buy", "divestment", "disposal");

    private static readonly WordSet NotSiteCounts = new(
        "quarter", "year", "month", "week", "day", "session", "period", "first", "biggest", "largest", "last", "ahead");

    private static readonly WordSet Sites = new(
        "store", "stores", "plant", "plants", "factory", "factories", "branch", "branches", "office", "offices", "mine", "mines",
        "outlet", "outlets", "restaurant", "restaurants", "shop", "shops", "site", "sites", "facility", "facilities", "location",
        "locations", "hotel", "hotels", "mill", "mills", "refinery", "refineries", "smelter", "smelters", "warehouse",
        "warehouses", "showroom", "showrooms", "depot", "depots", "sawmill", "sawmills", "shipyard", "shipyards", "yard", "yards",
        "foundry", "foundries", "bakery", "bakeries", "brewery", "breweries", "dairy", "dairies", "line", "lines", "machine",
        "machines");

    // The valence of a closing of sites read over the words between (that of "close stores"), and of an opening.
    private const double ClosedSitesValence = -0.5;

    /// <summary>How good a test or a check passed is.</summary>
    private const double PassedTestValence = 0.4;

    private static readonly WordSet PassingWords = new("pass", "passes", "passed", "passing", "cleared", "clears", "sailed");

    // Tests and checks a company passes: "the stress test", "an FDA inspection", "its audit".
    private static readonly WordSet PassedTests = new(
        "test", "tests", "inspection", "inspections", "audit", "audits", "exam", "examination", "checks");

    /// <summary>The most words between a verb of passing and its test ("passed the Fed's annual stress test").</summary>
    private const int MaxWordsToTest = 5;

    /// <summary>
    /// When the token at <paramref name="i"/> is a verb of passing and a test, an inspection or an audit follows within
    /// <see cref="MaxWordsToTest"/> words (no preposition or punctuation between: "passed on higher costs to its tests" is no
    /// pass), the token of the test; else -1. "Sailed" needs "through" ("sailed through the stress test"), and a verb after
    /// "to" is an aim ("struggled to pass").
    /// </summary>
    private static int PassedTestAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Length is < 4 or > 7 || (text[token.Start] | 0x20) is not ('p' or 'c' or 's') ||
            !PassingWords.Contains(token.GetText(text)))
        {
            return -1;
        }

        if (i > 0 && tokens[i - 1].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return -1; // "struggled to pass the qualification tests", "needs to pass an audit": an aim, not a pass
        }

        var j = i + 1;
        if (token.GetText(text).Equals("sailed", StringComparison.OrdinalIgnoreCase))
        {
            if (j >= tokens.Length || !tokens[j].GetText(text).Equals("through", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            j++;
        }

        for (var last = j + MaxWordsToTest - 1; j < tokens.Length && j <= last; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return -1;
            }

            var word = tokens[j].GetText(text);
            if (PhraseText.IsPossessive(word))
            {
                last++; // "the Fed's annual stress test": the possessive is a token of its own, and no word
                continue;
            }

            if (PassedTests.Contains(word))
            {
                return j;
            }

            if (Prepositions.Contains(word) || Connectors.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>How bad a recall is (that of "recall", "recalled" and "recalling").</summary>
    private const double RecallValence = -0.6;

    // Words that open what a company recalls: "recalls some products", "recalls almost 90,000 SUVs", "recalls its pickups".
    private static readonly WordSet RecalledObjectOpeners = new(
        "some", "the", "its", "all", "certain", "more", "nearly", "almost", "about", "around", "roughly", "over", "thousands",
        "hundreds", "millions", "another", "two", "three", "several");

    /// <summary>
    /// Whether the token at <paramref name="i"/> is the verb "recalls" before what is recalled: a number or a word that opens it
    /// (<see cref="RecalledObjectOpeners"/>); not the noun ("product recalls rose", "recalls hit profit").
    /// </summary>
    private static bool IsRecallOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Length == 7 && i + 1 < tokens.Length && (text[tokens[i].Start] | 0x20) == 'r' &&
        tokens[i].GetText(text).Equals("recalls", StringComparison.OrdinalIgnoreCase) &&
        (tokens[i + 1].Kind == TokenKind.Number || tokens[i + 1].Kind == TokenKind.Word && RecalledObjectOpeners.Contains(tokens[i + 1].GetText(text)));

    /// <summary>
    /// Whether the token at <paramref name="i"/> is a verb of losing right before an amount of money, over at most two words of
    /// <see cref="LostAmountLeads"/> ("loses another $2.3 billion", "lost more than $1 billion").
    /// </summary>
    private static bool IsLossOfAmount(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Length is not (4 or 5 or 6) || (text[tokens[i].Start] | 0x20) != 'l' || !LosingVerbs.Contains(tokens[i].GetText(text)))
        {
            return false;
        }

        return AmountAfter(text, tokens, i + 1, MaxLostAmountLead, LostAmountLeads);
    }

    /// <summary>
    /// Whether an amount of money comes at token <paramref name="from"/> or after at most <paramref name="maxLead"/> words of
    /// <paramref name="leads"/> ("another $2.3 billion", "up to $5.5 billion").
    /// </summary>
    private static bool AmountAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int maxLead, WordSet leads)
    {
        for (var j = from; j < tokens.Length && j <= from + maxLead; j++)
        {
            if (tokens[j].Kind == TokenKind.Currency)
            {
                return true;
            }

            if (tokens[j].Kind != TokenKind.Word || !leads.Contains(tokens[j].GetText(text)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of the shareholders an amount of money is returned to, when the token at <paramref name="i"/> is a verb of
    /// returning right before the amount ("return $2 billion to shareholders", "returned up to $600 million to its
    /// shareholders"); else 0.
    /// </summary>
    private static int CapitalReturnedTo(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Length is < 6 or > 9 || (text[tokens[i].Start] | 0x20) != 'r' || !ReturningVerbs.Contains(tokens[i].GetText(text)) ||
            !AmountAfter(text, tokens, i + 1, MaxLostAmountLead, ReturnedAmountLeads))
        {
            return 0;
        }

        var amount = i + 1;
        while (tokens[amount].Kind != TokenKind.Currency)
        {
            amount++;
        }

        for (var j = amount + 1; j + 1 < tokens.Length && j <= amount + MaxTokensToReturnedTo; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return 0;
            }

            if (tokens[j].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var owners = tokens[j + 1].Kind == TokenKind.Word && OwnerDeterminers.Contains(tokens[j + 1].GetText(text)) ? j + 2 : j + 1;
                return owners < tokens.Length && tokens[owners].Kind == TokenKind.Word && ShareOwners.Contains(tokens[owners].GetText(text)) ? owners : 0;
            }
        }

        return 0;
    }

    private static readonly WordSet ReturningVerbs = new("return", "returns", "returned", "returning");

    // Words between a verb of returning and the money: "up to", "about", "another", "more than".
    private static readonly WordSet ReturnedAmountLeads = new(
        "up", "to", "another", "nearly", "almost", "about", "roughly", "around", "over", "more", "than", "some", "a", "an", "additional", "extra");

    /// <summary>The most tokens from the money returned to "to": "$2 billion in cash to", "$600 million a year to".</summary>
    private const int MaxTokensToReturnedTo = 5;

    private static readonly WordSet OwnerDeterminers = new("its", "their", "our");

    // Only the owners of the shares: money "returned to investors" may be a fund's or a fraud's.
    private static readonly WordSet ShareOwners = new("shareholders", "stockholders", "shareowners", "unitholders");

    /// <summary>The valence of capital returned to shareholders, as of "share repurchase program" in the lexicon.</summary>
    private const double CapitalReturnValence = 0.5;

    /// <summary>The most words between a verb of losing and the money lost: "more than".</summary>
    private const int MaxLostAmountLead = 2;

    // Words between a verb of losing and the money lost: "another", "nearly", "more than".
    private static readonly WordSet LostAmountLeads = new(
        "another", "nearly", "almost", "about", "roughly", "around", "over", "more", "than", "some", "a", "further", "an", "extra");

    /// <summary>The valence of money lost, as of "loss" in the lexicon.</summary>
    private const double LossOfAmountValence = -0.5;

    /// <summary>Whether the token at <paramref name="i"/> is "fine" right after an amount of money ("a $350 million fine").</summary>
    private static bool IsFineOfAmount(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && tokens[i].Length == 4 && tokens[i - 1].Kind == TokenKind.Currency && (text[tokens[i].Start] | 0x20) == 'f' &&
        tokens[i].GetText(text).Equals("fine", StringComparison.OrdinalIgnoreCase);

    /// <summary>The valence of a fine of an amount, as of "fines" in the lexicon.</summary>
    private const double FineValence = -0.5;

    /// <summary>
    /// Whether the token at <paramref name="i"/> is "charge" or "charges" right after an amount of money, or after an amount and
    /// one word of its kind ("takes a $1.6 billion charge", "a $400 million pre-tax charge", "$2 bn of charges" is not), or before
    /// "of" and an amount ("a charge of up to $5.5 billion"): a cost booked against earnings, not a criminal charge or a battery's.
    /// </summary>
    private static bool IsChargeOfAmount(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || tokens[i].Length is not (6 or 7) || (text[tokens[i].Start] | 0x20) != 'c')
        {
            return false;
        }

        var word = tokens[i].GetText(text);
        if (!word.Equals("charge", StringComparison.OrdinalIgnoreCase) && !word.Equals("charges", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return tokens[i - 1].Kind == TokenKind.Currency ||
               i > 1 && tokens[i - 2].Kind == TokenKind.Currency && ChargeKinds.Contains(tokens[i - 1].GetText(text)) ||
               AmountOfChargeFollows(text, tokens, i + 1);
    }

    /// <summary>
    /// Whether "of" and an amount of money follow from token <paramref name="from"/>, over at most
    /// <see cref="MaxChargeAmountLead"/> words ("a charge of up to $5.5 billion", "a charge of about $300 million"; not "in charge
    /// of operations").
    /// </summary>
    private static bool AmountOfChargeFollows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        return from + 1 < tokens.Length && tokens[from].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase) &&
            AmountAfter(text, tokens, from + 1, MaxChargeAmountLead, ChargeAmountLeads);
    }

    // Words between "a charge of" and its amount: "up to", "about", "as much as" (not "in charge of its $2 billion unit").
    private static readonly WordSet ChargeAmountLeads = new(
        "up", "to", "about", "roughly", "around", "nearly", "almost", "approximately", "as", "much", "some", "between");

    /// <summary>The most words between "a charge of" and its amount: "up to", "as much as".</summary>
    private const int MaxChargeAmountLead = 3;

    // Words of a charge's kind between its amount and "charge": "$400 million pre-tax charge", "$1 billion non-cash charge".
    private static readonly WordSet ChargeKinds = new(
        "pre-tax", "pretax", "after-tax", "aftertax", "non-cash", "noncash", "one-time", "one-off", "restructuring", "impairment",
        "quarterly", "accounting", "legal", "severance", "inventory", "goodwill");

    /// <summary>The valence of a charge of an amount, as of "impairment charge" in the lexicon.</summary>
    private const double ChargeValence = -0.4;

    /// <summary>
    /// The valence of the cost an amount names in the token at <paramref name="i"/>: a fine (<see cref="IsFineOfAmount"/>) or a
    /// charge (<see cref="IsChargeOfAmount"/>); 0 for any other token.
    /// </summary>
    private static double CostOfAmount(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        IsFineOfAmount(text, tokens, i) ? FineValence : IsChargeOfAmount(text, tokens, i) ? ChargeValence : 0;

    /// <summary>Whether the token at <paramref name="i"/> is "off" right before a percentage ("Hexcel off 4%").</summary>
    private static bool IsOffBy(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].Length == 3 && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Percent && (text[tokens[i].Start] | 0x20) == 'o' &&
        tokens[i].GetText(text).Equals("off", StringComparison.OrdinalIgnoreCase);

    /// <summary>The strength of "off" as a fall by a percentage: the lexicon's "were off".</summary>
    private const double OffValence = 0.5;

    /// <summary>The valence of a blow to a named company ("hit Acme's plans"): the lexicon's "hit by".</summary>
    private const double BlowValence = -0.4;

    private const double OpenedSitesValence = 0.3;

    // Words before a modal verb's base form: "will drop the probe", "could settle the case".
    private static readonly WordSet Modals = new("will", "would", "may", "might", "can", "could", "should", "must", "shall", "did", "does", "do");

    // Words before "to" that make what follows an aim not met: "refused to lift the ban", "a bid to end the lawsuit was rejected"
    // ("talks to settle" are under way, and hedged as such).
    private static readonly WordSet UnmetAims = new(
        "refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing", "offer", "offers", "offered", "bid", "bids",
        "attempt", "attempts", "attempted", "effort", "efforts", "path", "declined", "declines", "unable", "reluctant");

    // Hedges that name an aim, whose reach ends at "and": "to fight", "to combat", "to tackle", "to counter", "help(s) fight".
    private static readonly WordSet AimHedges = new("to fight", "to combat", "to tackle", "to counter", "help fight", "helps fight");

    // Words for a part of a quantity: "its share of revenue", "the proportion of sales".
    private static readonly WordSet Portions = new("share", "proportion", "percentage", "portion", "part", "fraction");

    // Verbs of dismissing or rejecting, which may deny what is said rather than end it (see IsDenial): "rejects the allegations".
    private static readonly WordSet DismissingVerbs = new(
        "dismiss", "dismisses", "dismissed", "dismissing", "toss", "tosses", "tossed", "tossing", "reject", "rejects", "rejected",
        "rejecting");

    // Trouble that is said, not filed: dismissing it denies it ("Acme dismissed the allegations").
    private static readonly WordSet DeniedTroubles = new("allegations", "allegation", "accusations", "accusation", "criticism", "concerns");

    // Words of asking before "to": what is asked for has not happened ("a motion to dismiss the lawsuit", "urged regulators to
    // rescind the ban").
    private static readonly WordSet Requests = new(
        "motion", "motions", "request", "requests", "requested", "petition", "petitions", "petitioned", "ask", "asks", "asked",
        "asking", "urge", "urges", "urged", "urging", "seek", "seeks", "seeking", "sought", "appeal", "appeals", "appealed", "lobbied",
        "lobbying");

    // Words that grant a request: "granted Acme's motion to dismiss" is a dismissal, and so is "won its motion to dismiss".
    private static readonly WordSet Grants = new(
        "granted", "grants", "grant", "granting", "approved", "approves", "upheld", "accepted", "won", "wins", "win", "winning");

    // Prepositions that end a verb's object: what follows is where, when or why, not what the verb acts on.
    private static readonly WordSet Prepositions = new(
        "on", "in", "at", "after", "to", "by", "with", "as", "amid", "for", "over", "of", "into", "despite", "before", "against", "under");

    private static readonly string[] UndoingWordList =
    [
        "dismissed", "dropped", "withdrawn", "quashed", "overturned", "lifted", "scrapped", "revoked", "rescinded", "waived",
        "vacated", "tossed", "annulled", "closed", "cancelled", "canceled", "called off", "terminated",
    ];

    private static readonly WordSet UndoingWords = new(UndoingWordList);

    // Negators said of the state before them after a linking verb ("a recovery is unlikely"; see IsPredicateNegator).
    private static readonly string[] PredicateNegatorList =
        ["unlikely", "improbable", "unlikely to", "unfounded", "overblown", "misplaced", "exaggerated", "baseless", "groundless", "unwarranted",
         "benign"];

    private static readonly WordSet PredicateNegators = new(PredicateNegatorList);

    // Verbs of an effect that a negator before them denies of the bad thing before it ("the strike will not affect demand"):
    // the bad thing then counts for little (DeniedEffectFactor of a negation).
    private static readonly string[] EffectVerbList =
        ["affect", "affects", "impact", "impacts", "harm", "harms", "dent", "derail", "disrupt", "hurt", "hit", "hamper", "delay", "weigh on"];

    private static readonly WordSet EffectVerbs = new(EffectVerbList);

    private const double DeniedEffectFactor = 0.3;

    private static readonly WordSet StateEnders = new([.. EndingWordList, .. UndoingWordList, .. PredicateNegatorList, .. EffectVerbList, .. LastingWordList]);

    // Words of lasting that a negator right before turns into an end of the state before them: "the rally won't last",
    // "the return to profitability is not sustainable".
    private static string[] LastingWordList => ["last", "sustainable", "durable", "lasting", "sustained"];

    private static readonly WordSet LastingWords = new(LastingWordList);

    // Every word that sets Triggers.StateEnd, Triggers.Resolving, Triggers.Resuming or Triggers.Expectation: one lookup passes most
    // words over.
    private static readonly WordSet StateWords = new([.. EndingWordList, .. UndoingWordList, .. PredicateNegatorList, .. EffectVerbList, .. LastingWordList, .. ResolvingVerbList, .. ResumingWordList, .. ExpectationWordList, .. KeepingVerbList]);

    // Breakers that stop a good thing named as their object ("will stop share buybacks"), never a move ("stop above 142") nor
    // what follows a preposition ("stopped at support"); as stoppers, they end the bad thing that is their object.
    private static readonly string[] StopWordList =
        ["stop", "stops", "stopped", "stopping", "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "terminate",
         "terminates", "terminated", "terminating"];

    // Breakers that put a thing off: they spoil only the object they govern as verbs ("delays its product launch"), not what
    // follows them as nouns or adjectives ("despite delays profit rose", "delayed shipments boosted revenue").
    private static readonly string[] DelayWordList = ["delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing"];

    // News that fails to please: the good news a clause's subject names is what let the market down ("record revenue fails to
    // impress"), not news of its own (DiscountLetdownSubjects).
    private static readonly WordSet LetdownWords = new(
        "fails to impress", "failed to impress", "fail to impress", "failing to impress", "fails to win over", "failed to win over",
        "fail to win over", "failing to win over", "fails to reassure", "failed to reassure", "fail to reassure", "failing to reassure",
        "disappointed investors", "disappoints investors", "disappoints", "disappoint", "underwhelms", "underwhelm", "falls flat",
        "fell flat");

    // Verbs that stop or spoil a good thing: what they hit is lost ("rates derail the recovery", "the strike dents profit"), so
    // the good word after them turns bad instead of outweighing the verb. A bad word after them is the threat itself ("threatens
    // job cuts") and stays as it is. In the passive the good word is the harm's cause ("profit hit by a strong dollar",
    // "hurt by strong demand for rivals' phones"), and turns as well.
    private static readonly WordSet BreakerWords = new([
        "hit by", "hit by a", "hurt by", "impacted by", "dragged by", "burned by",
        "derail", "derails", "derailed", "derailing", "spoil", "spoils", "spoiled", "spoilt", "spoiling", "kill", "kills", "killed",
        "threaten", "threatens", "threatened", "threatening", "dent", "dents", "dented", "denting", "halt", "halts", "halted",
        "hurt", "hurts", "hurting", "hamper", "hampers", "hampered", "hampering", "hinder", "hinders", "hindered", "hindering",
        "undermine", "undermines", "undermined", "undermining", "jeopardize", "jeopardizes", "jeopardized", "jeopardise",
        "jeopardises", "jeopardised", "erode", "erodes", "eroded", "eroding", "dampen", "dampens", "dampened", "dampening",
        "stifle", "stifles", "stifled", "stifling", "scuttle", "scuttles", "scuttled", "torpedo", "torpedoes", "torpedoed",
        "sapped", "marred", "sours", "soured", "suspend", "suspends", "suspended", "suspending", "pauses", "paused", "pausing", "weigh on", "weighs on",
        "weighed on", "weighing on", "put the brakes on", "puts the brakes on", "blocked", "burden", "burdens", "burdened", "burdening",
        "pull out of", "pulls out of", "pulled out of", "pulling out of", "walk away from", "walks away from", "walked away from",
        "walking away from", "withdraw from", "withdraws from", "withdrew from", "withdrawing from", "miss out on", "misses out on",
        "missed out on", "missing out on",
        .. StopWordList, .. DelayWordList]);

    // Breakers that stop what follows whatever it is: a bad thing stopped ("halts the slide", "dampens fears") is good news.
    private static readonly WordSet StopperWords = new(
        ["halt", "halts", "halted", "halting", "dampen", "dampens", "dampened", "dampening", .. StopWordList]);

    // A fall of the subject that is a loss of what follows ("Acme loses its licence", "lost the contract", "erased its gains"):
    // the good thing after it is lost, as after a breaker ("the index gave up a 600-point rally"; in "gave up its plan to cut
    // jobs" the bad word comes first and is left as it is).
    private static readonly WordSet LosingWords = new(
        "loses", "lost", "lose", "losing", "surrendered", "surrenders", "erased", "erases", "erase", "erasing", "wiped out", "wipes out",
        "wipe out", "wiping out", "gave up", "gives up", "giving up");

    // Words that open a cause or a time after what a negator denies, and end its reach ("snaps its losing streak after an upbeat
    // forecast", "ends its losing streak following a raised outlook").
    private static readonly WordSet NegationScopeEnds = new("after", "following", "amid", "despite", "because");

    // Words between two negators that join them rather than put one inside the other ("will not and cannot cut", "not only
    // avoided a loss but…").
    private static readonly WordSet NegationBreaks = new("and", "or", "nor", "what", "which", "that", "who", "but", "only", "just", "merely", "simply", "solely");

    // Words before "from … to …" that make it a span of values, not a change.
    private static readonly WordSet RangeWords = new("range", "ranges", "ranging", "ranged", "vary", "varies", "varying", "varied");

    // Things returned rather than money made: "product returns", "tax returns".
    private static readonly WordSet ReturnedThings = new(
        "product", "products", "customer", "customers", "merchandise", "goods", "sales", "tax", "vat", "income", "purchase", "item", "items");

    // Verbs of cutting that open a phrase whose object an "and" may continue ("cut its outlook and 500 jobs").
    private static readonly WordSet CutVerbs = new(
        "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "axe", "axes", "axed", "axing", "trim", "trims", "trimmed",
        "trimming", "lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "scrap", "scraps", "scrapped",
        "scrapping", "suspend", "suspends", "suspended", "suspending", "shed", "sheds", "shedding", "eliminate", "eliminates",
        "eliminated", "eliminating", "halve", "halves", "halved", "halving");

    // Words between returns and their percentage: "returns of 30%", "returns over 400%", "returns of as much as 25%".
    private static readonly WordSet ReturnFigureLinks = new("of", "over", "up", "to", "upto", "nearly", "about", "around", "almost", "as", "high", "more", "than");

    // Verbs of taking over an office, which a name follows ("will succeed Doe as CFO").
    private static readonly WordSet SuccessionVerbs = new("succeed", "succeeds", "succeeded", "succeeding");

    private static readonly WordSet Determiners = new("a", "an", "the", "its", "their", "his", "her", "our");

    // Words that, like a determiner, open a verb's object: "dismissed all charges", "settled both lawsuits", "dismissed most claims",
    // "easing one of the biggest worries".
    private static readonly WordSet ObjectQuantifiers = new("all", "both", "most", "some", "several", "one");

    // Verbs of a change into the opposite state ("turns bad", "goes sour"), among the words that end a state.
    private static readonly WordSet TurnWords = new("turns", "turned", "turn", "goes", "went");

    private static readonly WordSet StrikeWords = new("strike", "strikes", "struck", "striking");

    private static readonly WordSet StrikePrepositions = new("over", "against", "at", "in", "on", "for", "from", "after", "amid", "by", "as");

    private static readonly WordSet AgreementWords = new(
        "deal", "deals", "agreement", "agreements", "pact", "pacts", "accord", "accords", "partnership", "alliance", "bargain",
        "truce", "compromise", "settlement", "contract", "contracts");

    // Moves that act on an object: the quantity after them is what moved ("costs slashed earnings").
    private static readonly WordSet TransitiveMoves = new(
        "wiped out", "wipes out", "wipe out", "wiping out", "erased", "erases", "erase", "erasing", "boosted", "boosts", "boost",
        "lifted", "lifts", "lift", "slashed", "slashes", "slash", "halved", "halves", "halve", "trimmed", "trims", "trim", "squeezed",
        "squeezes", "squeeze", "pushed up", "pushes up", "push up", "drove up", "drives up", "drive up", "pushed down", "pushes down",
        "push down", "drove down", "drives down", "drive down", "reduce", "reduces", "reduced", "reducing", "lowered", "lowers");

    // Negators of a shortfall, which after a quantity are its fall.
    private static readonly WordSet ShortfallWords = new("fell short of", "falls short of", "fall short of", "falling short of");

    // Verbs of the volume a business moves: "sold 17% more houses", "carried 9% more passengers".
    private static readonly WordSet VolumeVerbs = new(
        "sold", "sells", "sell", "selling", "shipped", "ships", "ship", "delivered", "delivers", "deliver", "carried", "carries",
        "carry", "produced", "produces", "produce", "booked", "books", "served", "serves", "handled", "handles", "attracted",
        "attracts", "won", "wins", "signed", "signs", "exported", "exports", "mined", "mines", "pumped", "pumps");

    private static readonly WordSet StopWords = new(StopWordList);

    private static readonly WordSet DelayWords = new(DelayWordList);

    // Directions that judge a move rather than name its way: "improved" costs went down, "deteriorating" losses went up.
    private static readonly WordSet JudgingDirections = new(
        "improve", "improves", "improved", "improving", "improvement in", "deteriorate", "deteriorates", "deteriorated",
        "deteriorating");

    // Directions that judge the move of a quantity named right before them ("gearing weakened to 71%" rose), but that name the
    // way of a currency or a price further on ("the cost of pulp and a strengthened krona").
    private static readonly WordSet StrengthDirections = new(
        "strengthen", "strengthens", "strengthened", "strengthening", "weaken", "weakens", "weakened", "weakening");

    // Judging directions that report a move made ("improved", not the aim "to improve"): news with no quantity to read.
    private static readonly WordSet JudgedMoves = new(
        "improves", "improved", "improving", "deteriorates", "deteriorated", "deteriorating");

    private static readonly WordSet PeriodHighs = new("high", "highs", "peak", "peaks");

    private static readonly WordSet PeriodLows = new("low", "lows", "trough", "troughs");

    // Auxiliaries that open a question ("Did …", "Should you …"); "Can" and "Will" are left out (Can Fin Homes, "Will Smith"),
    // and "Do" and "Would" open advice as often ("Do not prefer X", "Would bet on Y").
    private static readonly WordSet QuestionOpeners = new("Did", "Does", "Is", "Are", "Was", "Were", "Should", "Could", "Has", "Have");

    // Directions that, with no quantity to move and no figure, name an act rather than a change: "plans to raise Rs 500 crore"
    // (fund raising), "a price hike", "to drop a brand".
    private static readonly WordSet ActDirections = new("raise", "raising", "hike", "hikes", "drop", "gave up", "gives up", "giving up");

    // Words that end a phrase naming where a market went or stood: "rally", "big slide", "losing run", "16-month low".
    private static readonly WordSet MoveAndLevelWords = new(
        "rally", "rallies", "rallied", "rallying", "slide", "slides", "slid", "sliding", "slump", "slumps", "slumped", "surge",
        "surged", "surging", "jump", "jumped", "gain", "gains", "loss", "losses", "fall", "falls", "fell", "falling", "high",
        "highs", "low", "lows", "peak", "peaks", "trough", "troughs", "selloff", "sell-off", "rout", "crash", "plunge", "plunged",
        "drop", "dropped", "decline", "declines", "declined", "correction", "run", "streak", "rebound", "recovery", "spike",
        "tumble", "tumbled", "dip", "dips", "slip", "slips", "slipped", "slipping", "sell", "off");

    // Words after "on" or "after" that name a time, not a cause: "rose on Monday", "fell after hours".
    // (Not months: "after January's jobs report" names a cause.)
    private static readonly WordSet TimeWords = new(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hours", "today", "yesterday", "tomorrow");

    /// <summary>The most words or figures between a move and the word that opens its cause ("rose 4.5% on", "lost as much as 4% on").</summary>
    private const int MaxWordsBeforeCause = 5;

    private static readonly WordSet Connectors = new(
        "as", "while", "after", "before", "because", "since", "amid", "despite", "but", "when", "if", "whereas", "though", "although");

    private readonly SentimentLexicon _lexicon;

    /// <summary>The lexicon's ids of "a" and "an" (-1 when it has no phrase with one), which a phrase reads as one another (<see cref="Extend"/>).</summary>
    private readonly int _aId;

    /// <inheritdoc cref="_aId"/>
    private readonly int _anId;

    private readonly double _directionWeight;

    private readonly double _unpairedDirectionWeight;

    private readonly double _comparisonWeight;

    private readonly double _negationFactor;

    private readonly int _negationScope;

    private readonly double _concededWeight;

    private readonly double _mainWeight;

    private readonly double _gain;

    /// <summary>The score of a sentence with nothing that contributes, <c>tanh(gain * 0)</c>, computed once (most sentences of a text score it).</summary>
    private readonly double _zeroScore;

    private readonly double _questionWeight;

    private readonly double _opposingCauseWeight;

    private readonly bool[] _isSubordinator;

    /// <summary>
    /// Per lexicon word id, the triggers the word sets when it starts no entry (<see cref="StateTriggers(ReadOnlySpan{char})"/>): most
    /// words of a sentence are no entry, and those the lexicon uses in its phrases are read here rather than looked up in the sets.
    /// </summary>
    private readonly Triggers[] _wordStateTriggers;

    /// <summary>
    /// Per lexicon word id, whether the word may open one of the constructions <see cref="BuildUnits"/> tests each word for before
    /// its entry (<see cref="ConstructionOpeners"/>): each test asks the token's own word first, and most words open none, so
    /// those the table rules out are not tested.
    /// </summary>
    private readonly bool[] _mayOpenConstruction;

    /// <summary>
    /// Every word that may open a construction, in one set: a word that is no lexicon word (a name, a number's unit) is asked here
    /// once rather than by every test.
    /// </summary>
    private readonly WordSet _constructionWords;

    /// <summary>
    /// Per lexicon entry, what a unit copies from it and its domain, in one dense array: a unit is built for every lexicon word of a
    /// sentence, and the entries are objects spread over the heap.
    /// </summary>
    private readonly EntryInfo[] _entryInfo;

    /// <summary>Creates a scorer over <paramref name="lexicon"/> with the default rule weights.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public LexiconScorer(SentimentLexicon lexicon)
        : this(lexicon, new LexiconScorerOptions())
    {
    }

    /// <summary>Creates a scorer over <paramref name="lexicon"/> with the given rule weights.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">The rule weights; read once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> or <paramref name="options"/> is null.</exception>
    public LexiconScorer(SentimentLexicon lexicon, LexiconScorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = lexicon;
        _aId = lexicon.GetWordId("a");
        _anId = lexicon.GetWordId("an");
        _directionWeight = options.DirectionWeight;
        _unpairedDirectionWeight = options.UnpairedDirectionWeight;
        _comparisonWeight = options.ComparisonWeight;
        _negationFactor = options.NegationFactor;
        _negationScope = Math.Max(1, options.NegationScope);
        _concededWeight = options.ConcededClauseWeight;
        _mainWeight = options.MainClauseWeight;
        _gain = options.Gain;
        _zeroScore = Math.Tanh(_gain * 0.0);
        _questionWeight = options.QuestionWeight;
        _opposingCauseWeight = options.OpposingCauseWeight is >= 0 and <= 1 ? options.OpposingCauseWeight
            : throw new ArgumentOutOfRangeException(nameof(options), options.OpposingCauseWeight, "OpposingCauseWeight must be between 0 and 1.");
        _wordStateTriggers = new Triggers[lexicon.Words.Count];
        for (var id = 0; id < _wordStateTriggers.Length; id++)
        {
            _wordStateTriggers[id] = StateTriggers(lexicon.Words[id]);
        }

        // A word with an apostrophe also stands for the token with the typographic one, which the sets are not asked about here.
        var openers = ConstructionOpeners;
        _mayOpenConstruction = new bool[lexicon.Words.Count];
        for (var id = 0; id < _mayOpenConstruction.Length; id++)
        {
            _mayOpenConstruction[id] = lexicon.Words[id].Contains('\'', StringComparison.Ordinal) || MayOpenConstruction(openers, lexicon.Words[id]);
        }

        _constructionWords = new WordSet([.. openers.SelectMany(static set => set.Words).Distinct(StringComparer.OrdinalIgnoreCase)]);

        _isSubordinator = new bool[lexicon.Count];
        _entryInfo = new EntryInfo[lexicon.Count];
        for (var i = 0; i < lexicon.Count; i++)
        {
            var entry = lexicon.GetEntry(i);
            _entryInfo[i] = new EntryInfo(
                entry.Valence, entry.Category, entry.Domain == LexiconDomain.General, MayBeReferenceWord(entry.Term), StrikeWords.Contains(entry.Term),
                StateEnders.Contains(entry.Term), ResolvingVerbs.Contains(entry.Term),
                (entry.Category == LexiconCategory.Sentiment && entry.Valence < 0 && BreakerWords.Contains(entry.Term)) ||
                (entry.Category == LexiconCategory.Decrease && LosingWords.Contains(entry.Term)),
                ResumingWords.Contains(PhraseText.FirstWord(entry.Term)) || ResumingWords.Contains(PhraseText.LastWord(entry.Term)), // "production resumed"
                IsRecordWord(PhraseText.LastWord(entry.Term)),
                ComparedExpectations.Contains(PhraseText.LastWord(entry.Term)) || ComparedExpectations.Contains(entry.Term),
                entry.Category == LexiconCategory.Sentiment && entry.Valence < 0 && LetdownWords.Contains(entry.Term));
            _isSubordinator[i] = entry.Category == LexiconCategory.Contrast &&
                Array.Exists(Subordinators, s => s.Equals(entry.Term, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Gets a scorer over <see cref="SentimentLexicon.Default"/> with the default weights.</summary>
    public static LexiconScorer Default => DefaultScorer.Value;

    /// <summary>Gets the lexicon.</summary>
    public SentimentLexicon Lexicon => _lexicon;

    /// <summary>
    /// The weight a contrast gave a draft's contribution: <see cref="LexiconScorerOptions.MainClauseWeight"/> in a main clause,
    /// <see cref="LexiconScorerOptions.ConcededClauseWeight"/> in a conceded one, else 1.
    /// </summary>
    internal double ContrastWeightOf(in EvidenceDraft draft) =>
        (draft.Roles & ClauseRoles.Main) != 0 ? _mainWeight : (draft.Roles & ClauseRoles.Conceded) != 0 ? _concededWeight : 1;

    /// <summary>
    /// The weight a cause that pulled against its move gave a draft's contribution (<see cref="LexiconScorerOptions.OpposingCauseWeight"/>),
    /// else 1.
    /// </summary>
    internal double CauseWeightOf(in EvidenceDraft draft) => (draft.Roles & ClauseRoles.Cause) != 0 ? _opposingCauseWeight : 1;

    /// <inheritdoc/>
    public double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ICollection<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (sentence.IsEmpty)
        {
            return 0;
        }

        var drafts = new EvidenceDraft[8];
        var count = 0;
        var score = ScoreSentence(text, sentence, ref drafts, ref count);
        for (var i = 0; i < count; i++)
        {
            evidence.Add(Explain(text, drafts[i]));
        }

        return score;
    }

    /// <summary>
    /// Scores a sentence, appending a draft of each contribution to <paramref name="drafts"/> (grown as needed); <see cref="Explain(ReadOnlySpan{char}, in EvidenceDraft)"/> turns a draft into the <see cref="Evidence"/> the public
    /// overload would have reported, so callers build only the evidence they keep. <paramref name="names"/> are the spans of the
    /// companies' and targets' names found in the sentence (sorted by start): their words are no opinion (<see cref="MaskResolvedNames"/>).
    /// </summary>
    internal double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ref EvidenceDraft[] drafts, ref int count, ReadOnlySpan<NameSpan> names = default)
    {
        if (sentence.IsEmpty)
        {
            return 0;
        }

        int[]? rented = null;
        var wordIds = sentence.Length <= StackUnits
            ? stackalloc int[sentence.Length]
            : (rented = ArrayPool<int>.Shared.Rent(sentence.Length)).AsSpan(0, sentence.Length);
        try
        {
            wordIds.Fill(UnknownWordId);
            return ScoreSentence(text, sentence, wordIds, ref drafts, ref count, names);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Like <see cref="ScoreSentence(ReadOnlySpan{char}, ReadOnlySpan{Token}, ref EvidenceDraft[], ref int, ReadOnlySpan{NameSpan})"/>, with the tokens' lexicon
    /// word ids (one per token) from the caller, who may have looked them up already (see <see cref="Internal.WordTable"/>): each is an
    /// id, -1 or <see cref="UnknownWordId"/>; unknown ones are looked up when needed and written back.
    /// </summary>
    internal double ScoreSentence(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, Span<int> wordIds, ref EvidenceDraft[] drafts, ref int count, ReadOnlySpan<NameSpan> names = default)
    {
        if (sentence.IsEmpty)
        {
            return 0;
        }

        Unit[]? rented = null;
        var units = sentence.Length <= StackUnits
            ? stackalloc Unit[sentence.Length]
            : (rented = ArrayPool<Unit>.Shared.Rent(sentence.Length));
        try
        {
            // The categories are collected while the units are built, not in a pass of their own: a superset of those left after the
            // two passes below, which may turn a unit into a sentiment unit (its former category's bit stays, which at worst runs a
            // pass that finds nothing to do).
            var unitCount = BuildUnits(text, sentence, units, wordIds, names, out var present, out var triggers);
            units = units[..unitCount];
            if ((present & (Bit(LexiconCategory.Sentiment) | Quantities)) != 0 && unitCount > 0 &&
                text[units[0].Start..units[^1].End].Contains("OPEC", StringComparison.Ordinal))
            {
                TurnCartelSupplyCuts(text, units);
            }

            if ((present & Quantities) != 0 && ReadMoreOfQuantities(text, units))
            {
                present |= Bit(LexiconCategory.Increase);
            }

            if ((triggers & Triggers.Keeping) != 0 && ReadKeptForecasts(text, units))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if (ReadRecommendation(text, units) | ((triggers & Triggers.Extreme) != 0 && ReadPeriodExtremes(text, units)))
            {
                // A high or low over a period may start with a capital ("Two-year high").
                present |= Bit(LexiconCategory.Sentiment);
                triggers |= Triggers.CapitalisedOpinion;
            }

            // "Handled a record 41M parcels": a record count scores on its own (ApplyIntensifiers).
            if ((triggers & Triggers.Record) != 0 && (present & Bit(LexiconCategory.Intensifier)) != 0 && HasRecordAmount(text, units, names))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            // Each rule pass below acts only on lexical units of certain categories; a pass with none of its categories present
            // would change nothing, so it is skipped. Only contributing categories give a sentence a score at all.
            if ((present & Contributing) == 0 &&
                !((present & Bit(LexiconCategory.Negator)) != 0 && (HasFailureNegator(text, units) || HasDeniedExpectation(text, units))) &&
                !HasShortfall(text, units))
            {
                return _zeroScore;
            }

            var lexical = LexicalRange(units);

            if ((present & (Bit(LexiconCategory.Sentiment) | Directions | Quantities)) != 0)
            {
                MaskIssuerLead(text, units);
                if ((triggers & Triggers.CapitalisedOpinion) != 0)
                {
                    MaskNames(text, units);
                }

                MaskDesignatedNames(text, units);
                MaskSuccessions(text, units, lexical);
                MaskHandovers(text, units, lexical);
                if ((present & Bit(LexiconCategory.Hedge)) != 0)
                {
                    MaskMonthOfMay(text, units);
                }

                if (!names.IsEmpty)
                {
                    MaskResolvedNames(text, units, names);
                    MaskNameDescriptions(text, units, names);
                    MaskRejectionsByNames(text, units, names);
                    MaskTitlesBeforeNames(text, units, names);
                }
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                MaskReferenceWords(text, units, lexical);
                MaskCurrencyStrength(text, units, lexical, names);
                MaskEpithets(text, units, lexical);
                MaskCourseMarkers(text, units, lexical);
                TurnChallengedStandings(text, units, lexical);
                MaskRemedyTopics(text, units, lexical);
                MaskAppealedTopics(text, units, lexical);
                MaskRestartedStates(text, units, lexical);
                MaskDebtBuybacks(text, units, lexical);
                MaskWelcomedTroubles(text, units, lexical);
                TurnOutcomesHandedToOthers(text, units, lexical, names);
                MaskUnchangedTopics(text, units);
                MaskDelayedGoods(text, units, lexical);
                MaskWeakRecoveries(text, units, lexical);
                TurnGrantedRateHikes(text, units, lexical);
                if (TurnMovedRisks(text, units, lexical))
                {
                    present |= Bit(LexiconCategory.BadWhenUp);
                }
            }

            if ((present & Bit(LexiconCategory.Increase)) != 0)
            {
                MaskRecoveredFalls(text, units, lexical); // a verb of winning back is a rise
            }

            if ((present & Bit(LexiconCategory.GoodWhenUp)) != 0 && ReadOrdersToAct(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & (Bit(LexiconCategory.Sentiment) | Quantities)) != 0)
            {
                MaskWorryTopics(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0 && (triggers & Triggers.Amounts) == Triggers.Amounts)
            {
                present |= ReadReportedResults(text, units, lexical);
            }

            if ((present & Quantities) != 0)
            {
                MarkReferenceQuantities(text, units, lexical);
            }

            if ((present & Quantities) != 0 && ReadRecordQuantities(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & (Directions | Bit(LexiconCategory.Sentiment))) != 0 && (triggers & Triggers.Expectation) != 0)
            {
                MaskRevisedYardsticks(text, units, lexical);
            }

            if ((present & Directions) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0 && (triggers & Triggers.OneAmount) != 0 &&
                TurnComparedLossVerbs(text, units, lexical))
            {
                present |= Bit(LexiconCategory.BadWhenUp);
            }

            if ((present & (Directions | Bit(LexiconCategory.Sentiment))) != 0 && ReadRatingMovesOverNames(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & Directions) != 0 && ReadRaisedWorries(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & Directions) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0 && ReadEasedWorries(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & Directions) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                MaskTrendsBuckedByAMove(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                MaskTopicsOfVerdicts(text, units, lexical);
                MaskPaymentsForPurchases(text, units, lexical);
            }

            if ((present & (Bit(LexiconCategory.Negator) | Bit(LexiconCategory.Contrast))) != 0)
            {
                MaskOffsetsBehindSteadyResults(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Negator)) != 0 && MaskDeniedEffects(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & Directions) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0 && TurnMovingTroubles(text, units, lexical))
            {
                present |= Bit(LexiconCategory.BadWhenUp);
            }

            if ((present & Directions) != 0)
            {
                PairDirections(text, units, lexical, (present & Quantities) != 0, names);
                if ((present & Quantities) != 0)
                {
                    PairForecastMoves(text, units, lexical);
                    PairAmountsTakenOff(text, units, lexical);
                }

                MaskCausingMoves(text, units, lexical, names);
                MaskNarrowedForecasts(text, units, lexical);
                MaskRevisedLevels(text, units, lexical);
                MaskMovesPassedOn(text, units, lexical);
            }

            MaskExpectedOutcomes(text, units, lexical);

            if ((present & Directions) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                MaskMovesJudgedAfter(text, units, lexical);
            }

            if ((present & Directions) != 0 && JudgeLossesAgainstExpectations(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            // A move, or a quantity after "more" or "less" ("more wireless subscribers than expected"), judged against expectations.
            if ((present & (Directions | Quantities)) != 0 && JudgeMovesAgainstExpectations(text, units, lexical))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            // A shortfall judges a move, or a figure reached with no move: a number may become the first lexical unit.
            if (JudgeShortfalls(text, units))
            {
                present |= Bit(LexiconCategory.Sentiment);
                lexical = LexicalRange(units);
            }

            var expectations = (triggers & Triggers.Expectation) != 0;
            if (expectations && (present & Bit(LexiconCategory.Negator)) != 0 && JudgeNotAsExpected(text, units))
            {
                present |= Bit(LexiconCategory.Sentiment);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                if ((present & Bit(LexiconCategory.BadWhenUp)) != 0)
                {
                    ReadExtremesOfBadQuantities(text, units, lexical);
                }

                ReadForecastsOfSpendingOrBadQuantities(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0 || expectations && (present & Directions) != 0)
            {
                JudgeAgainstExpectations(text, units, lexical, expectations);
            }

            if ((present & Quantities) != 0 && (triggers & Triggers.Record) != 0)
            {
                ReadRecordLevels(text, units, lexical);
            }

            if ((present & Quantities) != 0)
            {
                if (ReadStatedLevels(text, units, lexical))
                {
                    lexical = LexicalRange(units);
                }

                ConsumeCoordinatedQuantities(text, units, lexical);
                ReadStatedReturns(text, units, lexical);
            }

            if ((present & Quantities) != 0 && ((triggers & Triggers.Amounts) == Triggers.Amounts || (triggers & Triggers.Percents) == Triggers.Percents))
            {
                CompareNumbers(text, units);
            }

            SetBaseContributions(text, units, lexical);
            if ((triggers & Triggers.Strike) != 0)
            {
                ReadStrikesOfDeals(text, units, lexical);
            }

            if ((present & Directions) != 0)
            {
                DiscountStartingPoints(text, units, lexical);
                ReverseSlowestMoves(text, units, lexical);
            }

            if ((triggers & Triggers.OnePercent) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DiscountPriorRuns(text, units, lexical);
            }

            if ((triggers & Triggers.Awaited) != 0)
            {
                DiscountAwaitedEvents(text, units);
            }

            ReadTradingAdvice(text, units);

            if ((triggers & Triggers.Resuming) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DiscountEndedInterruptions(text, units);
            }

            if ((triggers & Triggers.StateEnd) != 0 && (present & (Bit(LexiconCategory.Sentiment) | Directions | Quantities)) != 0)
            {
                ReverseEndedStates(text, units, lexical);
                DenyWhatDidNotHappen(text, units, lexical);
                SpareUndoingOfPlainTrouble(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Intensifier)) != 0)
            {
                ApplyIntensifiers(text, units, names);
            }

            if ((present & Bit(LexiconCategory.Negator)) != 0)
            {
                ApplyNegation(text, units);
            }

            if ((present & (Bit(LexiconCategory.Negator) | Bit(LexiconCategory.Neutral))) != 0)
            {
                DenyAlternatives(text, units);
            }

            if ((present & Bit(LexiconCategory.Negator)) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                UndoDismissedAccusations(text, units);
            }

            if ((triggers & Triggers.Resolving) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                ResolveTroubleAhead(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0 && MayNameShortSellers(text, units))
            {
                TurnShortSellersPain(text, units);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0 && MayNameCrowdsView(text, units))
            {
                DropCrowdsViews(text, units);
            }

            if ((triggers & Triggers.Breaker) != 0)
            {
                TurnBrokenGoods(text, units, lexical);
            }

            if ((triggers & Triggers.Letdown) != 0)
            {
                DiscountLetdownSubjects(units, lexical);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DiscountContestArenas(text, units, lexical);
            }

            if ((triggers & Triggers.Expectation) != 0)
            {
                MaskPastExpectations(text, units);
            }

            if ((present & Bit(LexiconCategory.Hedge)) != 0)
            {
                ApplyHedges(text, units);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DiscountPurposes(text, units);
                DropContentsOfJudgedWorries(text, units, lexical);
                DropTopicsOfDeniedLosses(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Negator)) != 0)
            {
                TurnContentsOfDefiedExpectations(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.BadWhenUp)) != 0 && (present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DropTopicsOfMovedCosts(text, units, lexical);
                DropContentsOfEasedWorries(text, units, lexical);
            }

            DiscountOpposingCauses(text, units, lexical);
            DiscountOpposingAsides(text, units, lexical);
            if ((present & Bit(LexiconCategory.Contrast)) != 0)
            {
                ApplyContrast(text, units, names);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                ConcedeHardTimes(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DiscountRunsBehindRatingMoves(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Contrast)) != 0)
            {
                NetKeptCoursesDespiteTroubles(text, units, lexical);
            }

            DiscountOpposingSubjects(text, units, lexical);
            DiscountConditions(text, units);
            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                DiscountProceduralSteps(text, units, lexical);
            }

            if (IsQuestion(text, sentence))
            {
                // "Acme profit falls 25%: should you buy?", "Acme slips 12%; time to look again at chip stocks?": a statement before a
                // colon or a semicolon is not asked.
                // "Is Diageo's dividend still safe after a second profit warning?": what a yes-or-no question is asked after, amid
                // or despite has happened; only the asking part before it is asked ("How does its P/E compare, after the share
                // price drop?" asks about the whole).
                var asked = AskedFrom(text, units);
                var yesOrNo = asked < units.Length && units[asked].Kind is UnitKind.Word or UnitKind.Lexical &&
                    QuestionOpeners.Contains(text[units[asked].Start..units[asked].End]);
                for (var i = asked; i < units.Length && !(yesOrNo && i > asked && IsWordIn(text, units[i], PresupposingWords)); i++)
                {
                    units[i].Contribution *= _questionWeight;
                    units[i].Question = units[i].Contribution != 0;
                }
            }

            if ((triggers & Triggers.Emoji) != 0 && IsSarcastic(text, sentence))
            {
                MarkSarcasm(units, lexical);
            }

            // Only a unit that was lexical when the contributions were set has one.
            var raw = 0.0;
            for (var i = lexical.First; i < lexical.End; i++)
            {
                ref var unit = ref units[i];
                if (unit.Contribution == 0)
                {
                    continue;
                }

                raw += unit.Contribution;
                if (count == drafts.Length)
                {
                    Array.Resize(ref drafts, Math.Max(8, drafts.Length * 2));
                }

                drafts[count++] = Draft(units, i);
                drafts[count - 1].General = unit.Entry >= 0 && _entryInfo[unit.Entry].General && !unit.Recommendation;
            }

            // The sum starts at +0 and so is +0 when it is zero: the same score as a sentence with nothing that contributes.
            return raw == 0 ? _zeroScore : Math.Tanh(_gain * raw);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Unit>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Where the lexical units of a sentence are, from the first to the last. The rule passes that act on lexical units start from
    /// one, so they need not visit the words, numbers and punctuation before the first or after the last. Found after the passes that
    /// turn words into lexical units (a recommendation, a period's high or low); later passes only turn lexical units into words, so
    /// every unit a contribution can come from lies in the range (a shortfall judging a figure finds it again).
    /// </summary>
    private static LexicalUnits LexicalRange(ReadOnlySpan<Unit> units)
    {
        var first = 0;
        while (first < units.Length && units[first].Kind != UnitKind.Lexical)
        {
            first++;
        }

        var end = units.Length;
        while (end > first && units[end - 1].Kind != UnitKind.Lexical)
        {
            end--;
        }

        return new LexicalUnits(first, end);
    }

    /// <summary>
    /// "Netflix adds more subscribers", "takes on more debt": "more" (an intensifier elsewhere) right before a quantity after a
    /// verb is a rise of it, as "fewer" before one is a fall; "the most … ever" ("the most subscribers ever") a record rise. Not a comparison ("more customers than expected", which the
    /// expectations read), a count ("more than 200 customers"), a degree ("the more profitable") or more of the stock ("sell
    /// more shares", which dilutes).
    /// </summary>
    /// <returns>Whether any "more" was read as a rise.</returns>
    private static bool ReadMoreOfQuantities(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var read = false;
        for (var i = 1; i + 1 < units.Length; i++)
        {
            ref var more = ref units[i];
            ref readonly var quantity = ref units[i + 1];
            if (!(more.Kind == UnitKind.Word || more.Kind == UnitKind.Lexical && more.Category == LexiconCategory.Intensifier) ||
                quantity.Kind != UnitKind.Lexical || quantity.Category is not (LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp) ||
                IssuedStockWords.Contains(PhraseText.LastWord(text[quantity.Start..quantity.End])))
            {
                continue;
            }

            // "Spotify adds the most subscribers ever", "the most deliveries on record": a record of the quantity.
            var record = IsWord(text, more, "most") && EverAfter(text, units, i + 1);
            if (!record && (!IsWord(text, more, "more") || !AfterVerb(text, units, i) || ComparedAfter(text, units, i + 1)))
            {
                continue;
            }

            more = Unit.Phrase(more.Start, more.End, LexiconCategory.Increase, record ? MostEverValence : MoreValence);
            read = true;
        }

        return read;
    }

    /// <summary>Whether a verb comes right before the unit at <paramref name="i"/>, or a verb and its particle ("takes on", "brings in").</summary>
    private static bool AfterVerb(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        var verb = i - 1;
        if (verb >= 1 && VerbParticles.Contains(text[units[verb].Start..units[verb].End]))
        {
            verb--;
        }

        return units[verb].Kind == UnitKind.Word && MayBeVerb(text[units[verb].Start..units[verb].End]);
    }

    private static readonly WordSet VerbParticles = new("on", "in", "up");

    /// <summary>Whether "than" comes within three units after the quantity at <paramref name="q"/>, in its clause.</summary>
    private static bool ComparedAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q)
    {
        for (var j = q + 1; j < units.Length && j <= q + 3 && units[j].Kind != UnitKind.Boundary; j++)
        {
            if (IsWord(text, units[j], "than"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far "more" before a quantity moves it (<see cref="ReadMoreOfQuantities"/>): a plain rise.</summary>
    private const double MoreValence = 0.5;

    /// <summary>How far "the most … ever" moves a quantity (<see cref="ReadMoreOfQuantities"/>): a record, as "record" in "record orders" is strong.</summary>
    private const double MostEverValence = 0.8;

    /// <summary>Whether "ever" or "on record" comes within two units after the quantity at <paramref name="q"/>, in its clause.</summary>
    private static bool EverAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q)
    {
        for (var j = q + 1; j < units.Length && j <= q + 2 && units[j].Kind != UnitKind.Boundary; j++)
        {
            if (IsWord(text, units[j], "ever") || text[units[j].Start..units[j].End].Equals("on record", StringComparison.OrdinalIgnoreCase) ||
                IsWord(text, units[j], "on") && j + 1 < units.Length && IsWord(text, units[j + 1], "record"))
            {
                return true;
            }
        }

        return false;
    }

    // The stock itself, of which more is issued or sold: "sell more shares".
    private static readonly WordSet IssuedStockWords = new("shares", "share", "stock", "stocks", "stake", "stakes", "equity");

    private const int Directions = (1 << (int)LexiconCategory.Increase) | (1 << (int)LexiconCategory.Decrease);

    private const int Quantities = (1 << (int)LexiconCategory.GoodWhenUp) | (1 << (int)LexiconCategory.BadWhenUp);

    /// <summary>The categories that give a unit a contribution of its own (the others only modify contributions).</summary>
    private const int Contributing = (1 << (int)LexiconCategory.Sentiment) | Directions | Quantities;

    private static int Bit(LexiconCategory category) => 1 << (int)category;

    /// <summary>
    /// Whether a phrase of <paramref name="length"/> tokens from token <paramref name="i"/> starts inside one of the
    /// <paramref name="names"/> (sorted by start) and ends after it; <paramref name="name"/> is moved on past the names that end
    /// before the token, as the tokens are read in order.
    /// </summary>
    private static bool CrossesNameEnd(ReadOnlySpan<Token> tokens, int i, int length, ReadOnlySpan<NameSpan> names, ref int name)
    {
        var start = tokens[i].Start;
        while (name < names.Length && names[name].Start + names[name].Length <= start)
        {
            name++;
        }

        return name < names.Length && names[name].Start <= start && tokens[i + length - 1].End > names[name].Start + names[name].Length;
    }

    /// <summary>
    /// Builds the units of a sentence; <paramref name="present"/> gets the categories of its lexical units, one bit each, and
    /// <paramref name="triggers"/> what else the rule passes need to find something; a phrase is not read across the end of one of the
    /// <paramref name="names"/>.
    /// </summary>
    private int BuildUnits(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Unit> units, Span<int> wordIds, ReadOnlySpan<NameSpan> names, out int present, out Triggers triggers)
    {
        present = 0;
        triggers = Triggers.None;
        var count = 0;
        var name = 0; // the first name that does not end before the token read
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.SentenceEnd:
                    i++;
                    continue;
                case TokenKind.Punctuation:
                    if (text[token.Start] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–' || IsStopBeforeLowerCase(text, tokens, i))
                    {
                        units[count++] = Unit.Create(token.Start, token.End, UnitKind.Boundary); // its char is read from the text
                    }

                    i++;
                    continue;
                case TokenKind.Number or TokenKind.Percent or TokenKind.Currency:
                    var numeric = Unit.Create(token.Start, token.End, token.Kind switch
                    {
                        TokenKind.Percent => UnitKind.Percent,
                        TokenKind.Currency => UnitKind.Currency,
                        _ => UnitKind.Number,
                    });
                    numeric.HasValue = TryParseAmount(token.GetText(text), out numeric.Value);
                    if (numeric.HasValue && token.Kind == TokenKind.Number && InCents(text, tokens, i))
                    {
                        numeric.Value /= 100; // "$1.12 vs. 94 cents": comparable with the dollars
                    }

                    // "Keeps its deposit rate at -0.5%": a level, not a change; "comps -1.1% vs -2% expected": figures set side by side,
                    // which CompareNumbers reads.
                    if (token.Kind == TokenKind.Percent && text[token.Start] is '+' or '-' or '−' && numeric.HasValue && numeric.Value != 0 &&
                        !(count > 0 && (IsWord(text, units[count - 1], "at") || IsComparisonMarker(text, units[count - 1]))) &&
                        !SetBesidePercent(text, tokens, i))
                    {
                        // "Brent +4%", "IES Holdings -8%": a signed change is a direction of its own.
                        numeric.Kind = UnitKind.Lexical;
                        numeric.Category = numeric.Value > 0 ? LexiconCategory.Increase : LexiconCategory.Decrease;
                        numeric.Valence = Math.Min(1, 0.4 + (Math.Abs(numeric.Value) / 25));
                        numeric.MeasuredMove = true;
                        present |= Bit(numeric.Category);
                    }

                    if (numeric.HasValue && numeric.Kind != UnitKind.Percent)
                    {
                        // Kept by every pass: masking turns a lexical unit into a word, never into a percentage.
                        triggers |= (triggers & Triggers.OneAmount) != 0 ? Triggers.Amounts : Triggers.OneAmount;
                    }
                    else if (numeric.HasValue)
                    {
                        triggers |= (triggers & Triggers.OnePercent) != 0 ? Triggers.Percents : Triggers.OnePercent;
                    }

                    units[count++] = numeric;
                    i++;
                    continue;
                case TokenKind.Word or TokenKind.Hashtag or TokenKind.Emoji: // "🚀", "📉" may be lexicon terms
                    break;
                default:
                    units[count++] = Unit.Create(token.Start, token.End, UnitKind.Other);
                    i++;
                    continue;
            }

            var (entry, length) = MatchLongest(text, tokens, i, wordIds);
            if (entry >= 0 && length == 1 && IsOptionStrike(text, tokens, i))
            {
                entry = -1; // "Bought LEAPS on $DIS, 2026 100 strike": an option's strike price, no walkout
            }

            if (entry >= 0 && length > 1 && !names.IsEmpty && CrossesNameEnd(tokens, i, length, names, ref name))
            {
                // "Target raised wages", "Target cut prices": a phrase that starts in a company's name and goes on past it ("target
                // raised", "target cut") is not read; the words after the name are read on their own.
                entry = -1;
            }

            // Each construction below is tested first on the token's own word (a site, a verb of closing, recalling, returning,
            // losing, winning, passing, hitting, adding; "fine", "charge", "off", a position word), and most words are none of them: a
            // word that the table (for a lexicon word) or the set of all of them (for any other) rules out skips the tests.
            if (token.Kind != TokenKind.Word ||
                (wordIds[i] >= 0 ? _mayOpenConstruction[wordIds[i]] : _constructionWords.Contains(text.Slice(token.Start, token.Length))))
            {
                if (SiteClosedAfter(text, tokens, i) is var closedAt and > 0)
                {
                    // "The plant will be closed", "two mills are to be shut down": the closing of sites, in the passive.
                    units[count++] = Unit.Phrase(token.Start, tokens[closedAt].End, LexiconCategory.Sentiment, ClosedSitesValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i = closedAt + 1;
                    continue;
                }

                if (IsRecallOf(text, tokens, i))
                {
                    // "Acme recalls 120,000 cars", "Globex recalls some frozen pizzas": the verb is a recall, not a count of
                    // recalls that is bad when up ("product recalls rose").
                    units[count++] = Unit.Phrase(token.Start, token.End, LexiconCategory.Sentiment, RecallValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i++;
                    continue;
                }

                if (CapitalReturnedTo(text, tokens, i) is var returnedTo and > 0)
                {
                    // "Plans to return $2 billion to shareholders", "returned about $600 million to its stockholders": capital returned.
                    units[count++] = Unit.Phrase(token.Start, tokens[returnedTo].End, LexiconCategory.Sentiment, CapitalReturnValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i = returnedTo + 1;
                    continue;
                }

                if (IsLossOfAmount(text, tokens, i))
                {
                    // "Intel's foundry unit loses another $2.3 billion", "lost about $300 million in the quarter": money lost is a
                    // loss, not a fall of something.
                    units[count++] = Unit.Phrase(token.Start, token.End, LexiconCategory.Sentiment, LossOfAmountValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i++;
                    continue;
                }

                if (length <= 1 && CostOfAmount(text, tokens, i) is var cost and < 0)
                {
                    // "Hits Apple with €1.8bn fine", "takes a $1.6 billion charge": after an amount, "fine" is a penalty, not "fine"
                    // weather, and "charge" a cost booked against earnings.
                    units[count++] = Unit.Phrase(token.Start, token.End, LexiconCategory.BadWhenUp, cost);
                    present |= Bit(LexiconCategory.BadWhenUp);
                    i++;
                    continue;
                }

                if (entry < 0 && IsOffBy(text, tokens, i))
                {
                    // "Hexcel off 4%", "Brent was off 2.1%": "off" right before a percentage is a fall by it.
                    units[count++] = Unit.Phrase(token.Start, token.End, LexiconCategory.Decrease, OffValence);
                    present |= Bit(LexiconCategory.Decrease);
                    i++;
                    continue;
                }

                if (PositionOnTicker(text, tokens, i) is var position and not 0)
                {
                    // "Long $COST, short $TGT", "Loading $TSLA puts": a writer's position in a stock is their view of it.
                    units[count++] = Unit.Phrase(token.Start, token.End, LexiconCategory.Sentiment, position);
                    present |= Bit(LexiconCategory.Sentiment);
                    i++;
                    continue;
                }

                if ((entry < 0 || length == 1 || MatchesArticle(text, tokens, i, length)) && ContractWonOrLost(text, tokens, i, out var won) is var contract and > 0)
                {
                    // "secured a $300 million contract", "won a seven-year order", "lost a key supply deal": a contract won or lost,
                    // one phrase over the words between (right after the verb, the lexicon's own phrase, "wins contract", matches).
                    units[count++] = Unit.Phrase(token.Start, tokens[contract].End, LexiconCategory.Sentiment, won ? ContractValence : -ContractValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i = contract + 1;
                    continue;
                }

                if ((entry < 0 || length == 1) && PassedTestAt(text, tokens, i) is var test and > 0)
                {
                    // "Passed the Fed's annual stress test", "passed an FDA inspection": a test or a check passed, one phrase over the
                    // words between.
                    units[count++] = Unit.Phrase(token.Start, tokens[test].End, LexiconCategory.Sentiment, PassedTestValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i = test + 1;
                    continue;
                }

                if (entry < 0 && SiteOpenedOrClosed(text, tokens, i, out var closes) is var site and > 0)
                {
                    // "Acme will close 150 stores", "closing all its China factories", "opened 40 new branches": the closing or the
                    // opening of sites, one phrase over the words between.
                    units[count++] = Unit.Phrase(token.Start, tokens[site].End, LexiconCategory.Sentiment, closes ? ClosedSitesValence : OpenedSitesValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i = site + 1;
                    continue;
                }

                if (entry < 0 && IsBlowToCompany(text, tokens, i))
                {
                    // "New safety rules hit Acme's offshore drilling plan", "tariffs hit Acme shares": a blow to a named company.
                    units[count++] = Unit.Phrase(token.Start, token.End, LexiconCategory.Sentiment, BlowValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i++;
                    continue;
                }

                if (entry < 0 && AddedCountAt(text, tokens, i) is var counted and > 0)
                {
                    // "Netflix added 9 million subscribers", "adds 300 jobs": a count of customers or jobs gained.
                    units[count++] = Unit.Phrase(token.Start, tokens[counted].End, LexiconCategory.Sentiment, AddedCountValence);
                    present |= Bit(LexiconCategory.Sentiment);
                    i = counted + 1;
                    continue;
                }

                if ((entry < 0 || length == 1) && AddedToFigureAt(text, tokens, i) is var addedTo and > 0)
                {
                    // "Expects the changes to add about $1.5 billion in annual revenue", "to add modestly to earnings": a rise of the
                    // figure after, which the verb and its money move as "boosts annual sales" does.
                    units[count++] = Unit.Phrase(token.Start, tokens[addedTo].End, LexiconCategory.Increase, MeasuredMoveValence);
                    present |= Bit(LexiconCategory.Increase);
                    i = addedTo + 1;
                    continue;
                }

                if (entry < 0 && (IsReturnOfPercent(text, tokens, i) || IsAddedPercent(text, tokens, i)))
                {
                    // "Mid-caps can return 20% this year", "the fund returned 12%", "shares added 2%": a gain measured by the figure.
                    var gain = Unit.Phrase(token.Start, token.End, LexiconCategory.Increase, MeasuredMoveValence);
                    gain.MeasuredMove = true;
                    units[count++] = gain;
                    present |= Bit(LexiconCategory.Increase);
                    i++;
                    continue;
                }
            }

            if (entry < 0)
            {
                units[count++] = Unit.Create(token.Start, token.End, token.Kind == TokenKind.Emoji ? UnitKind.Other : UnitKind.Word);
                if (token.Kind == TokenKind.Emoji)
                {
                    triggers |= Triggers.Emoji;
                }

                if (MayBeExtreme(text, token.Start, token.End))
                {
                    triggers |= Triggers.Extreme;
                }

                if (token.Length == 5 && (text[token.Start] | 0x20) == 'a' && text.Slice(token.Start, 5).Equals("ahead", StringComparison.OrdinalIgnoreCase))
                {
                    triggers |= Triggers.Awaited;
                }

                // A word's id was looked up by MatchLongest; a hashtag's or an emoji's is that of other text than the token's.
                var wordId = wordIds[i];
                triggers |= token.Kind == TokenKind.Word && wordId >= 0 ? _wordStateTriggers[wordId] : StateTriggers(text[token.Start..token.End]);

                i++;
                continue;
            }

            ref readonly var lexical = ref _entryInfo[entry];
            var unit = Unit.Create(token.Start, tokens[i + length - 1].End, UnitKind.Lexical);
            unit.Entry = entry;
            unit.Category = lexical.Category;
            unit.Valence = lexical.Valence;
            if (length == 1 && count > 1 && units[count - 1].Kind == UnitKind.Percent && token.Length == 4 &&
                text.Slice(token.Start, 4).Equals("more", StringComparison.OrdinalIgnoreCase) &&
                units[count - 2].Kind == UnitKind.Word && VolumeVerbs.Contains(text[units[count - 2].Start..units[count - 2].End]))
            {
                // "Carried 9% more passengers", "sold 20 percent more homes": a measured rise of what was sold, as "20% fewer" is a
                // fall. Only after a verb of volume: "fell 5% more than the market", "20% more expensive", "issue 10% more shares"
                // and "needs 40% more cash" are no such rise.
                unit.Category = LexiconCategory.Increase;
                unit.Valence = MeasuredMoveValence;
            }
            else if (unit.Category == LexiconCategory.Negator && count > 0 && IsQuantity(units[count - 1]) &&
                     ShortfallWords.Contains(text[unit.Start..unit.End]))
            {
                // "Operating profit fell short of its 2023 level": a quantity that falls short moves down, whatever it is
                // measured against ("fell short of the target" with no quantity before denies the target).
                unit.Category = LexiconCategory.Decrease;
                unit.Valence = MeasuredMoveValence;
            }

            units[count++] = unit;
            present |= Bit(unit.Category);
            triggers |= lexical.Triggers | (token.Kind == TokenKind.Emoji ? Triggers.Emoji : 0);

            if (lexical.Category is LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease && char.IsUpper(text[token.Start]))
            {
                triggers |= Triggers.CapitalisedOpinion;
            }

            if (MayBeExtreme(text, unit.Start, unit.End))
            {
                triggers |= Triggers.Extreme;
            }

            i += length;
        }

        return count;
    }

    /// <summary>
    /// The words that may open a construction <see cref="BuildUnits"/> tests each word for before its entry, one set per test: a
    /// site closed in the passive (<see cref="SiteClosedAfter"/>), capital returned, money lost, a contract won or lost, a test
    /// passed, sites closed or opened, a blow, a count or a figure added, a position on a ticker; and the single words of the
    /// others (a recall, a fine or a charge, "off", a return). A construction test added there must add the words it opens with
    /// here, or the words missing are never tested. (A property, not a field: the sets are fields of this class's files, set in
    /// whichever order the fields are.)
    /// </summary>
    private static WordSet[] ConstructionOpeners =>
    [
        Sites, ReturningVerbs, LosingVerbs, ContractWinningWords, ContractLosingWords, PassingWords, ClosingWords, OpeningWords, BlowVerbs,
        AddingWords, LongWords, ShortWords, PositionText.OptionBuyingWords,
        new("recalls", "fine", "charge", "charges", "off", "return", "returned"),
    ];

    /// <summary>Whether the word is in one of the <paramref name="openers"/> (<see cref="ConstructionOpeners"/>).</summary>
    private static bool MayOpenConstruction(WordSet[] openers, string word)
    {
        foreach (var set in openers)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the token at <paramref name="i"/> is "strike" right after a price that is no year ("the 100 strike", "$250
    /// strike"): an option's strike price, not a walkout ("the 2023 strike" is one).
    /// </summary>
    private static bool IsOptionStrike(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Length != 6 || i == 0 || tokens[i - 1].Kind is not (TokenKind.Number or TokenKind.Currency) ||
            !tokens[i].GetText(text).Equals("strike", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !(tokens[i - 1].Kind == TokenKind.Number && TryParseAmount(tokens[i - 1].GetText(text), out var value) && value is >= 1900 and <= 2100 &&
                 value == Math.Floor(value));
    }

    /// <summary>
    /// When the token at <paramref name="i"/> is a verb of closing or opening (<paramref name="closes"/> tells which) whose
    /// object, after one to three words (a count, an owner's word, a place: no preposition, no period, no superlative), is a
    /// site (<see cref="Sites"/>, in the plural for an opening) that no deal word follows, the site's token: "close 150 stores",
    /// "closing all its China factories", "opened 40 new branches"; not "closed its hotel portfolio sale", "closed the quarter
    /// 300 stores ahead" or "opens an office".
    /// Else -1 (right after the verb, the lexicon's own phrase, "close stores", matches).
    /// </summary>
    private static int SiteOpenedOrClosed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out bool closes)
    {
        var token = tokens[i];
        closes = (text[token.Start] | 0x20) == 'c';
        if (token.Length is < 4 or > 7 || !(closes ? ClosingWords.Contains(token.GetText(text)) : (text[token.Start] | 0x20) == 'o' && OpeningWords.Contains(token.GetText(text))))
        {
            return -1;
        }

        var last = i + 4;
        for (var j = i + 1; j < tokens.Length && j <= last; j++)
        {
            var next = tokens[j];
            if (next.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return -1;
            }

            var word = next.GetText(text);
            if (Sites.Contains(word))
            {
                // An opening counts only for sites in the plural: one office or a first store opened is no expansion.
                var dealAfter = j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && SiteDealWords.Contains(tokens[j + 1].GetText(text));
                return j > i + 1 && !dealAfter && (closes || (word[^1] | 0x20) == 's') ? j : -1;
            }

            if (IsPartOfSites(text, tokens, j))
            {
                last += 2; // "of its four"
                continue;
            }

            if (Prepositions.Contains(word) || NotSiteCounts.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the token at <paramref name="j"/> is the "of" of a count's part: "close two of its four plants", "3 of the mills".</summary>
    private static bool IsPartOfSites(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j) =>
        tokens[j].Length == 2 && tokens[j].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase) && j + 1 < tokens.Length &&
        (tokens[j - 1].Kind == TokenKind.Number || CountWords.Contains(tokens[j - 1].GetText(text))) &&
        Determiners.Contains(tokens[j + 1].GetText(text));

    /// <summary>
    /// When the token at <paramref name="i"/> is a site (<see cref="Sites"/>) closed in the passive right after it ("the plant
    /// will be closed", "the mills are to be shut down", "the store was closed"), the token of the closing verb; else -1.
    /// </summary>
    private static int SiteClosedAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        // The word after first: most words are followed by none of the few auxiliaries, and most tokens are no site.
        if (i + 2 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Word || tokens[i + 1].Length > 11 ||
            !PassiveClosingAuxiliaries.Contains(tokens[i + 1].GetText(text)) || tokens[i].Kind != TokenKind.Word || !Sites.Contains(tokens[i].GetText(text)))
        {
            return -1;
        }

        var j = i + 1;
        while (j < tokens.Length && j <= i + 4 && tokens[j].Kind == TokenKind.Word && PassiveClosingAuxiliaries.Contains(tokens[j].GetText(text)))
        {
            j++;
        }

        if (j == i + 1 || j >= tokens.Length || tokens[j].Kind != TokenKind.Word || !PassiveClosings.Contains(tokens[j].GetText(text)))
        {
            return -1;
        }

        // "… will be shut down", "… will be closed down"; not a closing for a time ("closed for two weeks of maintenance",
        // "closed during the holidays").
        var end = j + 1 < tokens.Length && tokens[j + 1].GetText(text).Equals("down", StringComparison.OrdinalIgnoreCase) ? j + 1 : j;
        return end + 1 < tokens.Length && TemporaryClosings.Contains(tokens[end + 1].GetText(text)) ? -1 : end;
    }

    private static readonly WordSet TemporaryClosings = new("for", "during", "over", "until", "till", "on", "temporarily", "briefly");

    private static readonly WordSet PassiveClosingAuxiliaries = new(
        "will", "be", "is", "are", "to", "was", "were", "would", "has", "have", "been", "being", "permanently", "also");

    private static readonly WordSet PassiveClosings = new("closed", "shut", "shuttered");

    /// <summary>
    /// Whether the token at <paramref name="i"/> is "hit", "hits" or "hitting" right before a capitalised name (one to three
    /// words) with its possessive and a thing of its that can take a blow, or a word of its stock or results right after it:
    /// "hit Acme's drilling plan", "hits Acme Corp shares"; not "hit Acme's $500 target" or "hit Wall Street's sales estimate" (a
    /// level reached) nor "hit a record".
    /// </summary>
    private static bool IsBlowToCompany(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Length is < 3 or > 7 || (text[token.Start] | 0x20) != 'h' || !BlowVerbs.Contains(token.GetText(text)))
        {
            return false;
        }

        var j = i + 1;
        while (j < tokens.Length && j <= i + 3 && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start]) && !PhraseText.IsPossessive(tokens[j].GetText(text)))
        {
            j++;
        }

        if (j == i + 1 || j >= tokens.Length || tokens[j].Kind != TokenKind.Word)
        {
            return false;
        }

        var after = tokens[j].GetText(text);
        if (PhraseText.IsPossessive(after))
        {
            // "hit Acme's offshore drilling plan", "hit Acme's China sales": a thing of the company's that can take a blow within three
            // words; not a level reached ("hit Wedbush's $500 target", "hits Acme's market value", "hit Friday's 52-week high").
            for (var k = j + 1; k < tokens.Length && k <= j + 3 && tokens[k].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Currency; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && BlownThings.Contains(tokens[k].GetText(text)))
                {
                    // "failed to hit Wall Street's revenue target": the thing names a level reached.
                    return !(k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && ReachedLevels.Contains(tokens[k + 1].GetText(text)));
                }
            }

            return false;
        }

        // "tariffs hit Acme shares on Monday"; not "hitting the Acme stock cap" (the thing is another noun's word).
        var next = j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word ? tokens[j + 1].GetText(text) : default;
        return BlownThings.Contains(after) && (next.IsEmpty || Prepositions.Contains(next) || Connectors.Contains(next) || next.Equals("and", StringComparison.OrdinalIgnoreCase));
    }

    // Words after a company's thing that make it a level reached, not a thing that takes a blow ("hit Wall Street's revenue target").
    private static readonly WordSet ReachedLevels = new(
        "target", "targets", "goal", "goals", "estimate", "estimates", "forecast", "forecasts", "expectations", "consensus", "mark", "guidance");

    private static readonly WordSet AddingWords = new("add", "adds", "added", "adding");

    /// <summary>
    /// When the token at <paramref name="i"/> is a verb of adding before "to", or before money (a manner word may lead either)
    /// and "to", "in" or "of" ("add modestly to earnings", "adds $300 million to sales", "add about $1.5 billion in annual
    /// revenue"), the token of that preposition; else 0 ("he added", "added 2%", "added 9 million subscribers").
    /// </summary>
    private static int AddedToFigureAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Length is < 3 or > 6 || (text[tokens[i].Start] | 0x20) != 'a' || i + 2 >= tokens.Length ||
            !AddingWords.Contains(tokens[i].GetText(text)))
        {
            return 0;
        }

        var j = i + 1;
        if (tokens[j].Kind == TokenKind.Word && tokens[j].Length > 4 && tokens[j].GetText(text).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            j++; // "modestly", "meaningfully"
        }

        var money = AmountAfter(text, tokens, j, MaxLostAmountLead, ReturnedAmountLeads);
        if (money)
        {
            while (tokens[j].Kind != TokenKind.Currency)
            {
                j++;
            }

            j++;
        }

        if (j >= tokens.Length - 1 || tokens[j].Kind != TokenKind.Word)
        {
            return 0;
        }

        var link = tokens[j].GetText(text);
        if (!link.Equals("to", StringComparison.OrdinalIgnoreCase) &&
            !(money && (link.Equals("in", StringComparison.OrdinalIgnoreCase) || link.Equals("of", StringComparison.OrdinalIgnoreCase))))
        {
            return 0;
        }

        // A company's figure within four tokens: "to Apple's current market capitalization", "in annual revenue"; not money
        // added "to markets" or "in cash" by a central bank, nor "adding to the gloom".
        for (var k = j + 1; k < tokens.Length && k <= j + 1 + MaxWordsToAddedFigure; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return 0;
            }

            if (AddedFigures.Contains(tokens[k].GetText(text)))
            {
                return j;
            }
        }

        return 0;
    }

    /// <summary>The most words between "add … to" and the figure added to (<see cref="AddedFigures"/>).</summary>
    private const int MaxWordsToAddedFigure = 4;

    // A company's figures that money or a deal adds to: good ones, and costs and losses, which it adds to as well.
    private static readonly WordSet AddedFigures = new(
        "earnings", "revenue", "revenues", "sales", "profit", "profits", "income", "EPS", "EBITDA", "margin", "margins",
        "capitalization", "capitalisation", "valuation", "value", "bookings", "backlog", "costs", "cost", "expenses", "losses",
        "loss", "debt", "liabilities");

    // Verbs of winning or losing a contract (ContractWonOrLost).
    private static readonly WordSet ContractWinningWords = new(
        "win", "wins", "won", "winning", "secure", "secures", "secured", "securing", "lands", "landed", "landing", "clinch",
        "clinches", "clinched", "bag", "bags", "bagged", "bagging", "snag", "snags", "snagged", "nab", "nabs", "nabbed",
        "gets", "got", "receives", "received", "books", "booked");

    private static readonly WordSet ContractLosingWords = new("lose", "loses", "lost", "losing");

    // What is won or lost as business: "a $300 million contract", "a five-year order".
    private static readonly WordSet ContractNouns = new(
        "contract", "contracts", "order", "orders", "deal", "deals", "tender", "tenders", "mandate", "mandates", "award",
        "concession", "concessions", "franchise");

    // A court's ruling won or lost as a contract is: "wins $303 million jury verdict", "lost a $2 billion judgment". Only a verb of
    // winning it in court wins one ("received an adverse verdict" is no win).
    private static readonly WordSet Rulings = new("verdict", "verdicts", "judgment", "judgments", "judgement", "judgements");

    private static readonly WordSet RulingWinningWords = new("win", "wins", "won", "winning", "secure", "secures", "secured", "securing");

    // Words between the verb and the contract that make it something else: "won the order of the day", "lost most of its deals".
    private static readonly WordSet NotContractWords = new(
        "of", "in", "on", "at", "for", "to", "from", "with", "by", "after", "before", "than", "as", "and", "or", "its", "their", "his",
        "her", "out", "back", "up", "more", "most", "some", "any", "fewer", "less", "no");

    /// <summary>How good a contract won is (that of "wins contract"), and how bad one lost.</summary>
    private const double ContractValence = 0.4;

    /// <summary>Whether the lexicon's match at <paramref name="i"/> is a verb and an article only ("won a", "secured the").</summary>
    private static bool MatchesArticle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int length) =>
        length == 2 && Determiners.Contains(tokens[i + 1].GetText(text));

    /// <summary>
    /// When the token at <paramref name="i"/> is a verb of winning or losing (<paramref name="won"/> tells which) whose object,
    /// after one to four words (an article, an amount, a length, a kind: no preposition, no owner's word), is a contract, an
    /// order, a deal, a tender or a court's ruling (<see cref="Rulings"/>), the token of that noun: "secured a $300 million
    /// contract", "won a seven-year supply deal", "lost a key defence order", "wins $303 million jury verdict"; else -1 ("won
    /// most of its deals", "lost its biggest customer").
    /// </summary>
    private static int ContractWonOrLost(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out bool won)
    {
        var token = tokens[i];
        won = false;
        if (token.Kind != TokenKind.Word || token.Length is < 3 or > 8)
        {
            return -1;
        }

        var verb = token.GetText(text);
        won = ContractWinningWords.Contains(verb);
        if (!won && !ContractLosingWords.Contains(verb))
        {
            return -1;
        }

        for (var j = i + 1; j < tokens.Length && j <= i + 5; j++)
        {
            var next = tokens[j];
            if (next.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Currency))
            {
                return -1;
            }

            var word = next.GetText(text);
            if (ContractNouns.Contains(word) || Rulings.Contains(word) && (!won || RulingWinningWords.Contains(verb)))
            {
                return j > i + 1 ? j : -1;
            }

            if (NotContractWords.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    // A position taken in the stock of the cashtag after it ("Long $COST", "short $TGT", "shorting $RIVN").
    private static readonly WordSet LongWords = new("long");

    private static readonly WordSet ShortWords = new("short", "shorting", "shorted");

    // Words before "long" or "short" that make it a length or a lack: "as long $X holds 150", "how long", "too short".
    private static readonly WordSet NotPositionOpeners = new("as", "so", "how", "too", "very", "a", "the", "this", "that", "not");

    /// <summary>How much a writer's own position in a stock says about their view of it.</summary>
    private const double PositionValence = 0.4;

    /// <summary>
    /// The valence of a position in a stock named by the cashtag right after the token at <paramref name="i"/>: long (+) or short
    /// (−) ("Long $COST, short $TGT"), or an option bought on it, calls (+) or puts (−) ("Loading $TSLA puts"); 0 for anything
    /// else ("as long $X holds", "short interest in $X", a cashtag without an option after it).
    /// </summary>
    private static double PositionOnTicker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Length is < 3 or > 8 || i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Cashtag ||
            i + 2 < tokens.Length && text[tokens[i + 2].Start] == '?')
        {
            return 0; // "short $BROS? nah.": a trade asked about is no position taken
        }

        var word = token.GetText(text);
        var isLong = LongWords.Contains(word);
        if (isLong || ShortWords.Contains(word))
        {
            return i > 0 && tokens[i - 1].Kind == TokenKind.Word && NotPositionOpeners.Contains(tokens[i - 1].GetText(text)) ? 0 :
                isLong ? PositionValence : -PositionValence;
        }

        if (i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Word && PositionText.OptionBuyingWords.Contains(word))
        {
            var option = tokens[i + 2].GetText(text);
            return option.Equals("calls", StringComparison.OrdinalIgnoreCase) ? PositionValence :
                option.Equals("puts", StringComparison.OrdinalIgnoreCase) ? -PositionValence : 0;
        }

        return 0;
    }

    // What a company counts and gains: "added 9 million subscribers", "adds 300 jobs".
    private static readonly WordSet CountedGains = new(
        "subscribers", "customers", "users", "members", "accounts", "clients", "jobs", "subscriptions", "viewers", "players",
        "passengers", "households", "connections", "stores", "restaurants", "locations", "branches");

    /// <summary>How good a count of customers or jobs added is.</summary>
    private const double AddedCountValence = 0.4;

    /// <summary>
    /// When the token at <paramref name="i"/> is a verb of adding right before a number and a count of customers, users or jobs
    /// ("added 9 million subscribers", "adds 300 new jobs"), the token of the count; else -1 ("he added", "added to its stake").
    /// </summary>
    private static int AddedCountAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Length is < 3 or > 6 || (text[token.Start] | 0x20) != 'a' || i + 2 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Number ||
            !AddingWords.Contains(token.GetText(text)))
        {
            return -1;
        }

        // Up to two words between the number and the count: "300 new jobs", "403,000 postpaid phone subscribers".
        for (var j = i + 2; j < tokens.Length && j <= i + 4 && tokens[j].Kind == TokenKind.Word; j++)
        {
            if (CountedGains.Contains(tokens[j].GetText(text)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether the token at <paramref name="i"/> is a verb of adding right before a percentage above zero ("shares added 2%").</summary>
    private static bool IsAddedPercent(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        return token.Length is >= 3 and <= 6 && (text[token.Start] | 0x20) == 'a' && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Percent &&
            text[tokens[i + 1].Start] is not ('-' or '−') && AddingWords.Contains(token.GetText(text)) &&
            !(i + 2 < tokens.Length && tokens[i + 2].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the token at <paramref name="i"/> is "return" or "returned" right before a percentage above zero that is not a
    /// share of something ("returned 12%", not "returned 10% of its staff", "return to growth" or "returned -4%").
    /// </summary>
    private static bool IsReturnOfPercent(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Length is not (6 or 8) || (text[token.Start] | 0x20) != 'r' || i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Percent ||
            text[tokens[i + 1].Start] is '-' or '−' or '+')
        {
            return false;
        }

        var word = token.GetText(text);
        if (!word.Equals("return", StringComparison.OrdinalIgnoreCase) && !word.Equals("returned", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return i + 2 >= tokens.Length || !tokens[i + 2].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The triggers of a word that starts no lexicon entry: <see cref="Triggers.StateEnd"/>, <see cref="Triggers.Resolving"/> and
    /// <see cref="Triggers.Resuming"/> for the verbs that may end a state, settle trouble or resume (one lookup in
    /// <see cref="StateWords"/> passes most words over).
    /// </summary>
    private static Triggers StateTriggers(ReadOnlySpan<char> word) =>
        !StateWords.Contains(word) ? Triggers.None
            : (StateEnders.Contains(word) ? Triggers.StateEnd : 0) | (ResolvingVerbs.Contains(word) ? Triggers.Resolving : 0) |
              (ResumingWords.Contains(word) ? Triggers.Resuming : 0) | (ComparedExpectations.Contains(word) ? Triggers.Expectation : 0) |
              (KeepingVerbs.Contains(word) ? Triggers.Keeping : 0);

    /// <summary>Marks a token whose lexicon word id has not been looked up yet (ids are -1 or more).</summary>
    internal const int UnknownWordId = int.MinValue;

    /// <summary>
    /// The longest entry from <paramref name="start"/>: its index and length in tokens, or (-1, 0). A word a phrase was tried through
    /// is often tried again as the start of the next match, so each token's word id is looked up once and kept in <paramref name="wordIds"/>.
    /// </summary>
    private (int Entry, int Length) MatchLongest(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, Span<int> wordIds)
    {
        var wordId = WordId(text, tokens, wordIds, start);
        if (wordId < 0)
        {
            return (-1, 0);
        }

        var best = _lexicon.GetWordEntry(wordId);
        var bestEnd = best >= 0 ? start + 1 : start;
        Extend(text, tokens, wordIds, _lexicon.Step(0, wordId), start + 1, mayBranch: true, ref best, ref bestEnd);
        if (bestEnd - start > 1 && EndsInsideName(text, tokens, start, bestEnd))
        {
            // The phrase is a name's words; the first word keeps an entry of its own.
            var single = _lexicon.GetWordEntry(wordId);
            return single >= 0 ? (single, 1) : (-1, 0);
        }

        return (best, bestEnd - start);
    }

    /// <summary>
    /// Whether a phrase of lower-case words that ends on a capitalised one runs on into a name: "in the Black Hills", "in the Red
    /// Sea" are places, not "in the black" or "in the red" ("beat the Street's estimates" ends on its own).
    /// </summary>
    private static bool EndsInsideName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        // Two lower-case words or more before the capitalised last one: a headline in title case ("BOJ Seen Staying on Hold This
        // Week") capitalises all but its short words.
        if (end - start < 3 || end >= tokens.Length || !char.IsUpper(text[tokens[end - 1].Start]) || tokens[end].Kind != TokenKind.Word ||
            !char.IsUpper(text[tokens[end].Start]))
        {
            return false;
        }

        for (var i = start; i < end - 1; i++)
        {
            if (!char.IsLower(text[tokens[i].Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Walks the phrase trie from <paramref name="node"/> over the tokens from <paramref name="next"/>, keeping the longest entry
    /// reached in <paramref name="best"/> (ending before <paramref name="bestEnd"/>). An owner's word the trie has no step for is
    /// passed over ("pulled its IPO" for "pulled IPO"); one it has a step for is tried both ways, once per match ("pulled its
    /// full-year guidance" for "pulled full-year guidance", where "pulled its guidance" is listed too).
    /// </summary>
    private void Extend(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordIds, int node, int next, bool mayBranch, ref int best, ref int bestEnd)
    {
        // Words passed over in a row (quotes, owners' words, articles and words of reference), at most MaxPassedInARow ("all the
        // previous"): a run of "the the the…" is no phrase, and passing it whole from every token made such a sentence quadratic.
        var passedInARow = 0;
        while (node >= 0 && _lexicon.HasChildren(node) && next < tokens.Length && tokens[next].Kind != TokenKind.SentenceEnd)
        {
            if (tokens[next].IsQuote(text) && next + 1 < tokens.Length)
            {
                if (++passedInARow > MaxPassedInARow)
                {
                    break;
                }

                next++; // "Reiterate 'Buy'": quotation marks inside a phrase are skipped.
                continue;
            }

            var wordId = WordId(text, tokens, wordIds, next);
            var child = _lexicon.Step(node, wordId);
            if (node != 0 && wordId >= 0 && (wordId == _aId || wordId == _anId) && _lexicon.Step(node, wordId == _aId ? _anId : _aId) is var other and >= 0)
            {
                // "signed a five-year agreement" for "signed an agreement", "won an eight-year deal" for "won a deal": a modifier
                // passed over may change the article. When the lexicon has phrases with both, the other article's is tried too,
                // once per match, as an owner's word is. Only inside a phrase: an article that opens one is read as written.
                if (child < 0)
                {
                    child = other;
                }
                else if (mayBranch)
                {
                    var (otherBest, otherEnd) = (-1, next + 2);
                    Extend(text, tokens, wordIds, other, next + 1, mayBranch: false, ref otherBest, ref otherEnd);
                    if (otherBest >= 0 && otherEnd >= bestEnd)
                    {
                        (best, bestEnd) = (otherBest, otherEnd);
                    }
                }
            }

            if (next + 1 < tokens.Length && (IsOwnersWord(text, tokens[next]) || child >= 0 && IsPassedModifier(text, tokens, next)) &&
                !IsOwnersWord(text, tokens[next - 1]))
            {
                if (child < 0)
                {
                    if (++passedInARow > MaxPassedInARow)
                    {
                        break;
                    }

                    next++; // "pulled its IPO", "won their appeal": an owner's word inside a phrase the lexicon lists without it is skipped.
                    continue;
                }

                if (mayBranch)
                {
                    // Only a phrase of two words or more past the owner's word: "raised its rates" is no "raised rates" of a
                    // central bank, "cut its losses" no "cut losses"; or one that ends in what was expected ("fall short of its
                    // guidance"). Past an article or a word of reference, any ("dismissed all claims" beside "dismissed all charges").
                    var owners = IsOwnersWord(text, tokens[next]) && !IsExpectationAt(text, tokens, next + 1);
                    var (skipBest, skipEnd) = (-1, owners ? next + 3 : next + 2);
                    Extend(text, tokens, wordIds, node, next + 1, mayBranch: false, ref skipBest, ref skipEnd);
                    if (skipBest >= 0 && skipEnd >= bestEnd)
                    {
                        (best, bestEnd) = (skipBest, skipEnd);
                    }

                    mayBranch = false;
                }
            }

            // A hyphenated modifier too ("ending 30-day strike", "ends in-store partnership"), unless it opens a phrase of its
            // own ("touches a nine-month high": a period's high or low).
            if (child < 0 && next + 1 < tokens.Length && (IsPassedModifier(text, tokens, next) ||
                IsCompoundModifier(text, tokens[next]) && !PeriodHighs.Contains(tokens[next + 1].GetText(text)) && !PeriodLows.Contains(tokens[next + 1].GetText(text)) &&
                WordId(text, tokens, wordIds, next) is var modifier && (modifier < 0 || _lexicon.GetWordEntry(modifier) < 0 && _lexicon.Step(0, modifier) < 0)))
            {
                if (++passedInARow > MaxPassedInARow)
                {
                    break;
                }

                next++; // "fall short of the previous guidance", "dismissed all claims": an article or a word of reference is passed over.
                continue;
            }

            // An owner named in the possessive, its word and its "'s" ("met the study's main goal", "missed the trial's primary
            // endpoint"), unless the phrase goes on with the word.
            if (child < 0 && next + 2 < tokens.Length && IsPossessiveMark(text, tokens[next + 1]) && tokens[next].Kind == TokenKind.Word)
            {
                if (++passedInARow > MaxPassedInARow)
                {
                    break;
                }

                next += 2;
                continue;
            }

            passedInARow = 0;

            if (child < 0 && AmountInside(text, tokens, next) is var skip and > 0)
            {
                next += skip; // "ahead of the $1.05 consensus", "beat the $3.4 billion estimate": so is the expected amount.
                continue;
            }

            node = child;
            next++;
            if (node >= 0 && _lexicon.GetNodeEntry(node) is var entry and >= 0 && next >= bestEnd)
            {
                best = entry;
                bestEnd = next;
            }
        }
    }

    /// <summary>
    /// The number of tokens from <paramref name="i"/> that are an expected amount of money, "the" before it at most and a word
    /// of expectation after it: 2 for "the $1.05" of "ahead of the $1.05 consensus"; else 0 (a dividend declared or a contract
    /// won with its amount keeps its own phrase, or none).
    /// </summary>
    private static int AmountInside(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var article = tokens[i].Kind == TokenKind.Word && tokens[i].Length == 3 && tokens[i].GetText(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var amount = i + article;
        return amount + 1 < tokens.Length && tokens[amount].Kind == TokenKind.Currency && tokens[amount + 1].Kind == TokenKind.Word &&
            ExpectationWords.Contains(tokens[amount + 1].GetText(text)) ? article + 1 : 0;
    }

    /// <summary>Whether the token at <paramref name="i"/> names what was expected ("guidance", "forecast", "target").</summary>
    private static bool IsExpectationAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && tokens[i].Kind == TokenKind.Word && ExpectedNouns.Contains(tokens[i].GetText(text));

    private static readonly WordSet ExpectedNouns = new(
        "guidance", "outlook", "forecast", "forecasts", "target", "targets", "goal", "goals", "estimate", "estimates", "expectations",
        "consensus");

    /// <summary>The most words a phrase passes over in a row: quotation marks, owners' words, articles and words of reference (<see cref="PassedModifiers"/>).</summary>
    private const int MaxPassedInARow = 3;

    // Words a phrase passes over when the lexicon lists it without them: an article, a quantifier or a word of reference
    // ("exceed the previous guidance", "dismissed all claims", "cleared of any wrongdoing").
    private static readonly WordSet PassedModifiers = new(
        "the", "all", "any", "previous", "earlier", "prior", "original", "initial", "latest", "revised", "updated");

    /// <summary>
    /// Whether the token at <paramref name="i"/> is passed over inside a phrase: one of <see cref="PassedModifiers"/>, "new" or
    /// "real" after "a" or "an" ("signed a new contract", "turned a real profit"; "Hits New Record" is no "hits record" of a
    /// company), a kind of contract right before the word ("signed a maintenance contract"), or a reporting period right before
    /// its figure ("posted clean quarterly results").
    /// </summary>
    private static bool IsPassedModifier(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Length is < 3 or > 13)
        {
            return false;
        }

        var word = token.GetText(text);
        return PassedModifiers.Contains(word) ||
            word is "new" or "real" && i > 0 && tokens[i - 1].GetText(text) is "a" or "an" ||
            ContractKinds.Contains(word) && i + 1 < tokens.Length && KindedContracts.Contains(tokens[i + 1].GetText(text)) ||
            ReportingPeriods.Contains(word) && i + 1 < tokens.Length && PeriodicFigures.Contains(tokens[i + 1].GetText(text));
    }

    // The period of a figure named right before it ("clean weekly figures", "beat quarterly estimates"), passed over only there.
    private static readonly WordSet ReportingPeriods = new("monthly", "quarterly", "weekly", "annual", "yearly");

    // Not a quantity itself ("first quarterly profit" is the first quarter's, or a first profit).
    private static readonly WordSet PeriodicFigures = new(
        "numbers", "results", "figures", "print", "estimates", "forecast", "forecasts", "expectations", "guidance");

    // Kinds of contract named before the word ("signed a two-year maintenance contract", "won a supply deal"), passed over only
    // right before it.
    private static readonly WordSet ContractKinds = new(
        "supply", "service", "services", "maintenance", "framework", "delivery", "license", "licence", "licensing", "distribution",
        "cooperation", "rental", "leasing", "lease", "procurement", "purchase", "engineering", "design", "software", "outsourcing",
        "consulting", "research", "sales", "offtake", "charter", "hosting", "cloud", "defense", "defence");

    private static readonly WordSet KindedContracts = new(
        "contract", "contracts", "agreement", "agreements", "deal", "deals", "order", "orders", "pact", "accord");

    /// <summary>Whether the token is a hyphenated modifier before its noun ("30-day", "in-store", "last-mile").</summary>
    private static bool IsCompoundModifier(ReadOnlySpan<char> text, Token token)
    {
        if (token.Length is < 4 or > 24 || token.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        var hyphen = token.GetText(text).IndexOf('-');
        return hyphen > 0 && hyphen < token.Length - 1;
    }

    /// <summary>Whether the token is the possessive "'s" (or "’s") the tokenizer splits off its word ("the study's").</summary>
    private static bool IsPossessiveMark(ReadOnlySpan<char> text, Token token) =>
        token.Length == 2 && text[token.Start] is '\'' or '\u2019' && text[token.Start + 1] is 's' or 'S';

    /// <summary>
    /// Whether the token is "its", "their" or "our", which a phrase may hold between its words ("cut its dividend", "exceeded our
    /// expectations": a company speaking of itself).
    /// </summary>
    private static bool IsOwnersWord(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Word && token.Length is 3 or 5 &&
        (token.GetText(text).Equals("its", StringComparison.OrdinalIgnoreCase) || token.GetText(text).Equals("their", StringComparison.OrdinalIgnoreCase) ||
         token.GetText(text).Equals("our", StringComparison.OrdinalIgnoreCase));

    private int WordId(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordIds, int index)
    {
        var id = wordIds[index];
        if (id == UnknownWordId)
        {
            id = _lexicon.GetWordId(WordText(text, tokens[index]));
            wordIds[index] = id;
        }

        return id;
    }

    private static ReadOnlySpan<char> WordText(ReadOnlySpan<char> text, Token token)
    {
        var word = token.GetText(text);
        return token.Kind switch
        {
            TokenKind.Hashtag when word.Length > 1 => word[1..],
            TokenKind.Emoji => word.TrimEnd('\uFE0F'), // "📈️": the variation selector that asks for the emoji's colour form
            _ => word,
        };
    }

    /// <summary>Whether the number at <paramref name="i"/> is in cents: "94 cents", or the first of "40 and 45 cents", "40 to 45 cents".</summary>
    private static bool InCents(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 < tokens.Length && IsCentsWord(tokens[i + 1].GetText(text)))
        {
            return true;
        }

        return i + 3 < tokens.Length && tokens[i + 1].GetText(text) is "and" or "to" && tokens[i + 2].Kind == TokenKind.Number &&
            IsCentsWord(tokens[i + 3].GetText(text));
    }

    private static bool IsCentsWord(ReadOnlySpan<char> word) =>
        word.Equals("cents", StringComparison.OrdinalIgnoreCase) || word.Equals("cent", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the sentence carries an emoji of mockery (🙄 🙃 😒 🤡): its praise is meant the other way ("Great, another beat
    /// and raise and the stock is down 12% 🙃", "Sure, $XYZ is totally going to be profitable next year 🙄").
    /// </summary>
    private static bool IsSarcastic(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        foreach (ref readonly var token in sentence)
        {
            if (token.Kind == TokenKind.Emoji && SarcasmEmoji.Contains(text.Slice(token.Start, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence may name short sellers ("shorts", "short sellers"): a search of its text before the walk.</summary>
    private static bool MayNameShortSellers(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units) =>
        units.Length > 1 && text[units[0].Start..units[^1].End].Contains("short", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Shorts are getting squeezed", "$DPW shorts getting killed", "shorts gonna have a rough morning": what befalls those who bet
    /// on a fall is good news for the stock. A bad word after "shorts" or "short sellers" in their clause (up to a connector that
    /// opens a clause of its own: "shorts stick to positions after a record wipeout") turns.
    /// </summary>
    private static void TurnShortSellersPain(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var i = 0; i < units.Length; i++)
        {
            if (!(IsWord(text, units[i], "shorts") || IsWord(text, units[i], "sellers") && i >= 1 && IsWord(text, units[i - 1], "short") ||
                  IsWord(text, units[i], "short-sellers")))
            {
                continue;
            }

            for (var j = i + 1; j < units.Length && j <= i + MaxShortSellersReach; j++)
            {
                ref var unit = ref units[j];
                if (IsClauseStop(unit) || unit.Kind == UnitKind.Word && ShortSellersClauseEnds.Contains(text[unit.Start..unit.End]))
                {
                    break;
                }

                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Contribution < 0 && unit.Negator < 0)
                {
                    unit.Contribution = -unit.Contribution;
                    unit.Negator = i; // the evidence names whom it befell: "rough × negated by 'shorts'"
                }
            }
        }
    }

    /// <summary>The most units after "shorts" that what befalls them may be in ("shorts are about to get absolutely torched").</summary>
    private const int MaxShortSellersReach = 6;

    // Connectors after which a clause has a subject of its own: "shorts squeezed as Acme jumps", "after a record wipeout".
    private static readonly WordSet ShortSellersClauseEnds = new("as", "while", "after", "but", "because", "since", "when", "though", "although");

    /// <summary>Whether the sentence may tell a view as bullish or bearish: a search of its text before the walk.</summary>
    private static bool MayNameCrowdsView(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units) =>
        units.Length > 1 && text[units[0].Start..units[^1].End] is var sentence &&
        (sentence.Contains("bullish", StringComparison.OrdinalIgnoreCase) || sentence.Contains("bearish", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Finally profitable and people are still bearish", "everyone is bullish on $TSLA, I am not": the crowd's view, told by a
    /// writer who sets it apart from their own, is no view of the text. "Bullish" or "bearish" whose subject is people at large
    /// ("people", "everyone", "others", over "are still") scores nothing; an analyst's ("analysts are bearish") still counts.
    /// </summary>
    private static void DropCrowdsViews(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var i = 1; i < units.Length; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment ||
                !(IsWord(text, unit, "bullish") || IsWord(text, unit, "bearish")))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                if (units[j].Kind != UnitKind.Word)
                {
                    break;
                }

                var word = text[units[j].Start..units[j].End];
                if (Crowds.Contains(word))
                {
                    unit.Contribution = 0;
                    break;
                }

                if (!CrowdViewAuxiliaries.Contains(word))
                {
                    break;
                }
            }
        }
    }

    // People at large, whose view a writer tells apart from their own.
    private static readonly WordSet Crowds = new("people", "everyone", "everybody", "others", "folks", "y'all", "retail");

    // Words between the crowd and its view: "people are still bearish", "everyone is so bullish".
    private static readonly WordSet CrowdViewAuxiliaries = new("are", "is", "were", "was", "still", "so", "very", "too", "all", "getting", "got");

    /// <summary>Whether a unit is an emoji ("📉", "🚀", "☀️"): a symbol, not a letter, a digit or a sign of a figure.</summary>
    private static bool IsEmoji(ReadOnlySpan<char> text, in Unit unit) =>
        unit.End > unit.Start && (char.IsSurrogate(text[unit.Start]) || char.GetUnicodeCategory(text[unit.Start]) == System.Globalization.UnicodeCategory.OtherSymbol);

    private static readonly WordSet SarcasmEmoji = new("\U0001F644", "\U0001F643", "\U0001F612", "\U0001F921");

    /// <summary>What praise in a sarcastic sentence counts for: the other way, at half its weight (<see cref="IsSarcastic"/>).</summary>
    private const double SarcasmFactor = -0.5;

    /// <summary>
    /// Turns a sarcastic sentence's praise: when its units add up to good news, each good one counts the other way at half
    /// weight (shown as "× sarcasm"); a sentence that is bad news already is meant as it reads.
    /// </summary>
    private static void MarkSarcasm(Span<Unit> units, LexicalUnits lexical)
    {
        var sum = 0.0;
        for (var i = lexical.First; i < lexical.End; i++)
        {
            sum += units[i].Contribution;
        }

        if (sum <= 0)
        {
            return;
        }

        for (var i = lexical.First; i < lexical.End; i++)
        {
            if (units[i].Contribution > 0)
            {
                units[i].Contribution *= SarcasmFactor;
                units[i].Sarcasm = true;
            }
        }
    }

    private static bool IsQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        // "Did Investors Drop The Ball On Acme Corp (ACME)", "Should You Buy Acme": a headline that opens with an inverted
        // auxiliary asks, even when the question mark was left off or cut.
        if (sentence.Length > 2 && sentence[0].Kind == TokenKind.Word && sentence[1].Kind == TokenKind.Word &&
            char.IsUpper(text[sentence[0].Start]) && QuestionOpeners.Contains(text.Slice(sentence[0].Start, sentence[0].Length)))
        {
            return true;
        }

        for (var i = sentence.Length - 1; i >= 0 && i >= sentence.Length - 3; i--)
        {
            var token = sentence[i];
            if (token.Kind is TokenKind.SentenceEnd or TokenKind.Punctuation && text.Slice(token.Start, token.Length).Contains('?'))
            {
                return !IsExclaimedDisbelief(text, sentence, token);
            }

            if (token.Kind is not (TokenKind.Url or TokenKind.Hashtag or TokenKind.SentenceEnd or TokenKind.Punctuation))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "$DASH down 6% on losing Walmart??", "contract is worth $300B?! insane": doubled or mixed marks after a statement that
    /// no question word opens say disbelief, not a question; the statement stands.
    /// </summary>
    private static bool IsExclaimedDisbelief(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, Token mark)
    {
        var marks = text.Slice(mark.Start, mark.Length);
        if (marks.Count('?') < 2 && !marks.Contains('!'))
        {
            return false;
        }

        // A question word opening the sentence or any clause of it ("I can't imagine why…. who did this??") asks.
        var opens = true;
        foreach (var token in sentence)
        {
            if (opens && token.Kind == TokenKind.Word && InterrogativeOpeners.Contains(text.Slice(token.Start, token.Length)))
            {
                return false;
            }

            opens = token.Kind is TokenKind.Punctuation or TokenKind.SentenceEnd || opens && token.Kind is not TokenKind.Word;
        }

        return true;
    }

    // Words that open a question: "Is $X a buy??", "why is nobody talking about this??".
    private static readonly WordSet InterrogativeOpeners = new(
        "what", "why", "how", "who", "when", "where", "which", "whose", "is", "are", "was", "were", "will", "would", "should", "can",
        "could", "do", "does", "did", "has", "have", "had", "may", "might", "shall", "anyone", "any", "am", "isn't", "aren't",
        "won't", "doesn't", "don't", "didn't", "wtf");

    // Words after which a question names what has happened: "safe after a second profit warning?", "a buy despite the recall?".
    private static readonly WordSet PresupposingWords = new("after", "following", "amid", "despite");

    /// <summary>Whether the unit is a plain word of <paramref name="words"/>.</summary>
    private static bool IsWordIn(ReadOnlySpan<char> text, in Unit unit, WordSet words) =>
        unit.Kind == UnitKind.Word && words.Contains(text[unit.Start..unit.End]);

    /// <summary>The first unit of a question's asking part: the one after its last colon or semicolon, 0 when it has none.</summary>
    private static int AskedFrom(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units)
    {
        for (var i = units.Length - 1; i > 0; i--)
        {
            // Not the colon of a code ("(ETR:CEV)"): a space follows the clause's. A full stop before a word in lower case ends a
            // statement too ("raised the divvy for the 63rd year in a row. boring? sure."), one the tokenizer could not end.
            if (units[i].Kind == UnitKind.Boundary && text[units[i].Start..units[i].End] is [';' or ':' or '.'] &&
                (units[i].End >= text.Length || char.IsWhiteSpace(text[units[i].End])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsClauseStop(in Unit unit) =>
        unit.Kind == UnitKind.Boundary || (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast);

    private static bool IsQuantity(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp;

    private static bool IsSubjectQuantity(in Unit unit) => IsQuantity(unit) && !unit.Reference;

    private static bool IsDirection(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.Increase or LexiconCategory.Decrease;

    /// <summary>
    /// "The plant will run at reduced capacity until market conditions improve", "no dividend unless profit recovers": what
    /// a clause after "until" or "unless" names is a condition not yet met, not news; it scores nothing up to the clause's end.
    /// So does what an opening "Without" names up to its comma.
    /// </summary>
    private static void DiscountConditions(ReadOnlySpan<char> text, Span<Unit> units)
    {
        // "Without a rescue deal, the company could be placed in administration": an opening "without" up to its comma names
        // a condition too, not a thing denied.
        if (units.Length > 2 && IsWord(text, units[0], "without"))
        {
            var comma = 1;
            while (comma < units.Length && units[comma].Kind != UnitKind.Boundary)
            {
                comma++;
            }

            if (comma < units.Length - 1 && text[units[comma].Start] == ',')
            {
                for (var i = 1; i < comma; i++)
                {
                    units[i].Contribution = 0;
                }
            }
        }

        for (var u = 0; u < units.Length; u++)
        {
            ref readonly var word = ref units[u];
            if (word.Kind != UnitKind.Word || word.End - word.Start is not (5 or 6) || (text[word.Start] | 0x20) != 'u' ||
                !(IsWord(text, word, "until") || IsWord(text, word, "unless")))
            {
                continue;
            }

            // "The three months until Dec. 31", "until the end of 2025", "until recently": a time, not a condition.
            var first = u + 1;
            while (first < units.Length && IsArticle(text, units[first]))
            {
                first++;
            }

            if (first >= units.Length || units[first].HasValue ||
                units[first].Kind is UnitKind.Word or UnitKind.Lexical && UntilTimes.Contains(text[units[first].Start..units[first].End].TrimEnd('.')))
            {
                continue;
            }

            var start = u;
            for (u++; u < units.Length && !IsClauseStop(units[u]); u++)
            {
                units[u].Contribution = 0;
            }

            // "Idles two kilns until demand improves": a move before whose quantity was found in the condition goes with it.
            for (var i = 0; i < start; i++)
            {
                if (units[i].Partner > start && units[i].Partner < u && IsDirection(units[i]))
                {
                    units[i].Contribution = 0;
                }
            }
        }
    }

    // Words that make what follows "until" a time: "until January", "until now", "until the end of the year".
    private static readonly WordSet UntilTimes = new(
        "now", "then", "recently", "early", "late", "mid", "next", "last", "this", "further", "end", "year-end", "today",
        "tomorrow", "after", "around", "at", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /// <summary>"a", "an" or "the".</summary>
    private static bool IsArticle(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Word && unit.End - unit.Start <= 3 && (IsWord(text, unit, "a") || IsWord(text, unit, "an") || IsWord(text, unit, "the"));

    /// <summary>Whether the unit is the word, ignoring the full stop an abbreviation keeps ("vs." is "vs").</summary>
    /// <remarks>
    /// The rule passes ask this of most units, so a unit is rejected by its length, the char after the word and an ASCII first letter before
    /// any comparison (<paramref name="word"/> is lower-case ASCII letters: no other ASCII char equals one ignoring case but its capital).
    /// </remarks>
    private static bool IsWord(ReadOnlySpan<char> text, in Unit unit, string word)
    {
        var length = unit.End - unit.Start;
        var first = text[unit.Start];
        if (unit.Kind is not (UnitKind.Word or UnitKind.Lexical) || length < word.Length || (length > word.Length && text[unit.Start + word.Length] != '.') ||
            (first < 128 && (first | 0x20) != word[0]))
        {
            return false;
        }

        return text[unit.Start..unit.End].TrimEnd('.').Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the percentage at token <paramref name="i"/> is followed by "vs" or "versus" and another percentage.</summary>
    private static bool SetBesidePercent(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Percent && tokens[i + 1].GetText(text).TrimEnd('.') is var marker &&
        (marker.Equals("vs", StringComparison.OrdinalIgnoreCase) || marker.Equals("versus", StringComparison.OrdinalIgnoreCase));

    /// <summary>"compared", "versus", "vs" or "against": a word that puts a figure beside the one it is measured against.</summary>
    private static bool IsComparisonMarker(ReadOnlySpan<char> text, in Unit unit) =>
        IsWord(text, unit, "compared") || IsWord(text, unit, "versus") || IsWord(text, unit, "vs") || IsWord(text, unit, "against");

    /// <summary>
    /// Whether the unpaired direction at <paramref name="i"/> is "rocket" the vehicle, not the verb: the singular with no quantity
    /// moved and no cashtag before it ("Rocket Lab's Neutron rocket will not fly this year", "the Boeing and Lockheed rocket
    /// venture"; "$GME rocket" and "shares rocket" stay moves).
    /// </summary>
    private static bool IsRocketNoun(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        IsWord(text, units[i], "rocket") && !(i > 0 && text[units[i - 1].Start] == '$');

    /// <summary>
    /// Whether the direction at <paramref name="i"/> follows a cashtag over at most <see cref="MaxCashtagMoveWords"/> words of
    /// trading ("$NKE trading down", "$F is trading lower"): the stock is what moved.
    /// </summary>
    private static bool MovesCashtag(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        var j = i - 1;
        while (j >= 0 && j >= i - MaxCashtagMoveWords && units[j].Kind is UnitKind.Word or UnitKind.Lexical && units[j].Contribution == 0 &&
               CashtagMoveWords.Contains(text[units[j].Start..units[j].End]))
        {
            j--;
        }

        return j >= 0 && j < i - 1 && IsCashtag(text, units[j]);
    }

    /// <summary>The most words from a cashtag to its move that <see cref="MovesCashtag"/> passes over.</summary>
    private const int MaxCashtagMoveWords = 2;

    // Words between a cashtag and its move: "$NKE trading down", "$F is trading lower", "$GM now down".
    private static readonly WordSet CashtagMoveWords = new("trading", "trades", "traded", "is", "was", "now", "still", "also");

    /// <summary>A word that joins a new clause or a circumstance ("as", "while", "after", "amid", "on").</summary>
    private static bool IsConnector(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical && Connectors.Contains(text[unit.Start..unit.End]);

    private void SetBaseContributions(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical)
            {
                continue;
            }

            switch (unit.Category)
            {
                case LexiconCategory.Sentiment:
                    unit.Contribution = unit.Valence;
                    break;
                case LexiconCategory.Increase or LexiconCategory.Decrease:
                    var direction = unit.Category == LexiconCategory.Increase ? 1 : -1;
                    if (unit.StateChange)
                    {
                        var prior = units[unit.Partner].Category == LexiconCategory.GoodWhenUp ? 1 : -1;
                        unit.Contribution = prior * _directionWeight;
                    }
                    else if (unit.Partner >= 0)
                    {
                        // A large move of the shares weighs more, shown in its valence: "shares fell 18%" reads "fell (down, 1.08)".
                        var prior = units[unit.Partner].Category == LexiconCategory.GoodWhenUp ? 1 : -1;
                        unit.Valence = RevisesForecast(text, units, i)
                            ? Math.Min(1, unit.Valence * ForecastRevisionFactor)
                            : unit.Valence * ShareMoveSize(text, units, i);
                        unit.Contribution = direction * prior * unit.Valence * _directionWeight;
                    }
                    else if (IsRocketNoun(text, units, i))
                    {
                        // The vehicle: nothing moved.
                    }
                    else if (unit.MeasuredMove || JudgedMoves.Contains(text[unit.Start..unit.End]) &&
                             !(i > 0 && Determiners.Contains(text[units[i - 1].Start..units[i - 1].End])))
                    {
                        // "Operations significantly improved": a judged move is better or worse with no quantity to read (not an
                        // adjective after a determiner, "sold its deteriorating assets").
                        unit.Valence *= ShareMoveSize(text, units, i);
                        unit.Contribution = direction * unit.Valence * _directionWeight;
                    }
                    else if (MovesCashtag(text, units, i))
                    {
                        // "$NKE trading down in sympathy": a cashtag's move is its shares'.
                        unit.Valence *= ShareMoveSize(text, units, i);
                        unit.Contribution = direction * unit.Valence * _directionWeight;
                    }
                    else if (!ActDirections.Contains(text[unit.Start..unit.End]) && !IsAttributive(text, units, i))
                    {
                        unit.Valence *= ShareMoveSize(text, units, i); // "$CLF down 15%": the stock's move
                        unit.Contribution = direction * unit.Valence * _unpairedDirectionWeight;
                    }

                    break;
                case LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp:
                    if (unit.Comparison != 0)
                    {
                        var prior = unit.Category == LexiconCategory.GoodWhenUp ? 1 : -1;
                        unit.Contribution = unit.Comparison * prior * _comparisonWeight;
                    }
                    else if (!unit.Consumed && !unit.Reference)
                    {
                        // "Q3 earnings on Thursday", "debt": a quantity named with no move is news only when the lexicon gives it
                        // more than a hint of a valence ("losses", "layoffs").
                        // "churn flat", "layoffs unchanged from a year ago": a figure said to hold still is no news either.
                        unit.Contribution = Math.Abs(unit.Valence) <= UnmovedQuantityHint || QuantityHeldStill(text, units, i) ? 0 : unit.Valence;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// How much a move of a company's shares weighs by its size: "shares fell 18%" is the market's verdict, more than "shares
    /// fell 1%". 1 up to <see cref="SmallShareMove"/> percent, rising linearly to <see cref="MaxShareMoveFactor"/> at
    /// <see cref="LargeShareMove"/> percent and above; 1 for any other quantity or a move with no percentage right after it.
    /// The shares are the quantity the move is paired with, or a cashtag right before an unpaired move.
    /// </summary>
    private static double ShareMoveSize(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        // The shares named as the quantity moved, or a cashtag right before the move ("$CLF down 15%").
        var shares = units[d].Partner >= 0
            ? ShareQuantities.Contains(text[units[units[d].Partner].Start..units[units[d].Partner].End])
            : d > 0 && units[d - 1].End - units[d - 1].Start > 1 && text[units[d - 1].Start] == '$' && char.IsLetter(text[units[d - 1].Start + 1]);
        var percent = d + 1 < units.Length && units[d + 1].Kind == UnitKind.Percent && units[d + 1].HasValue ? d + 1
            : d + 2 < units.Length && units[d + 2].Kind == UnitKind.Percent && units[d + 2].HasValue && IsWord(text, units[d + 1], "by") ? d + 2
            : -1;
        if (percent < 0 || !shares)
        {
            return 1;
        }

        var size = Math.Abs(units[percent].Value);
        return 1 + (MaxShareMoveFactor - 1) * Math.Clamp((size - SmallShareMove) / (LargeShareMove - SmallShareMove), 0, 1);
    }

    /// <summary>
    /// Whether the move at <paramref name="d"/> is a company revising its own forecast: a verb of revision before the quantity
    /// it moves, which is a forecast ("lifted its 2026 outlook") or is followed by one ("raised its annual profit forecast",
    /// "trimmed its sales guidance"). The lexicon's "raised its outlook" weighs 0.6; the forecast with words of its own inside
    /// should weigh as much, not as a plain move of the profit.
    /// </summary>
    private static bool RevisesForecast(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        var q = units[d].Partner;
        if (q <= d || q - d > MaxRevisionReach || !RevisionVerbs.Contains(text[units[d].Start..units[d].End]))
        {
            return false;
        }

        if (RevisedForecasts.Contains(PhraseText.LastWord(text[units[q].Start..units[q].End])))
        {
            return true;
        }

        return q + 1 < units.Length && units[q + 1].Kind is UnitKind.Word or UnitKind.Lexical &&
               RevisedForecasts.Contains(text[units[q + 1].Start..units[q + 1].End]);
    }

    // The verbs with which a company revises its own forecast; not "rose" or "fell", which move a figure, not a forecast.
    private static readonly WordSet RevisionVerbs = new(
        "raised", "raises", "raise", "raising", "lifted", "lifts", "lift", "lifting", "boosted", "boosts", "boost", "boosting",
        "hiked", "hikes", "upped", "ups", "increased", "increases", "lowered", "lowers", "lower", "lowering", "cut", "cuts",
        "cutting", "trimmed", "trims", "trim", "trimming", "reduced", "reduces", "slashed", "slashes", "pared", "pares");

    /// <summary>How many times a plain move a forecast's revision weighs (<see cref="RevisesForecast"/>), up to a valence of 1.</summary>
    private const double ForecastRevisionFactor = 2;

    /// <summary>The most units from the verb to the quantity it revises: "raised | its | 2025 | profit".</summary>
    private const int MaxRevisionReach = 4;

    // The quantities that are a company's share price.
    private static readonly WordSet ShareQuantities = new("shares", "stock", "share price", "stock price", "share", "stocks");

    /// <summary>The share move in percent up to which its size adds nothing (<see cref="ShareMoveSize"/>).</summary>
    private const double SmallShareMove = 3;

    /// <summary>The share move in percent from which it weighs <see cref="MaxShareMoveFactor"/> times as much.</summary>
    private const double LargeShareMove = 10;

    private const double MaxShareMoveFactor = 2;

    private static void ApplyIntensifiers(ReadOnlySpan<char> text, Span<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        for (var k = 0; k < units.Length; k++)
        {
            // "More than 300,000 lawsuits": a count's bound, not a degree of the lawsuits. "…and record a pretax charge": "record"
            // before its object's determiner is the verb.
            if (units[k].Kind != UnitKind.Lexical || units[k].Category != LexiconCategory.Intensifier ||
                k + 1 < units.Length && (IsWord(text, units[k + 1], "than") ||
                                         IsRecordWord(text[units[k].Start..units[k].End]) && units[k + 1].Kind == UnitKind.Word &&
                                         Determiners.Contains(text[units[k + 1].Start..units[k + 1].End])))
            {
                continue;
            }

            var target = FindScored(units, k, +1, 3, stopAtIdleQuantity: true);

            // "FedEx said it handled a record 41M parcels", "its parks drew a record 2.4 million visitors": a count at its
            // highest, with nothing bad counted after it, is the news itself ("a record $2 billion in fines" intensifies the fines).
            if (target < 0 && IsRecordAmount(text, units, k) && NamedBefore(units, k, names))
            {
                units[k].Contribution = units[k].Valence;
                continue;
            }

            if (target < 0)
            {
                target = FindScored(units, k, -1, 2);
            }

            if (target >= 0)
            {
                units[target].Contribution *= 1 + units[k].Valence;
                units[target].Intensifier = k;
            }
        }
    }

    /// <summary>
    /// Whether the intensifier at <paramref name="k"/> is "record" between "a" and a count ("a record 3.1 million", "a record
    /// 41M"): a count at its highest. Money is not counted: "a record $200 billion" may be spent. A quantity of the lexicon
    /// after the count is moved by the record instead ("a record 2.4 million subscribers").
    /// </summary>
    private static bool IsRecordAmount(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        if (k == 0 || k + 1 >= units.Length || !IsRecordWord(text[units[k].Start..units[k].End]) || !IsWord(text, units[k - 1], "a") ||
            !(units[k + 1].Kind == UnitKind.Number || units[k + 1].Kind == UnitKind.Word && char.IsAsciiDigit(text[units[k + 1].Start])))
        {
            return false;
        }

        // What is counted: any word but one of the lexicon's, which says itself what its count means ("a record 5,000 job cuts").
        var counted = k + 2 < units.Length && units[k + 2].Kind is UnitKind.Word or UnitKind.Lexical && ScaleWords.Contains(text[units[k + 2].Start..units[k + 2].End]) ? k + 3 : k + 2;
        return counted >= units.Length || units[counted].Kind != UnitKind.Lexical;
    }

    /// <summary>
    /// Whether an intensifier of the sentence is "record" before a count (<see cref="IsRecordAmount"/>) that a company named
    /// before it in the sentence reached ("FedEx said it handled a record 41M parcels"); an industry's count ("a record 31.6
    /// million passengers will travel") is no company's news.
    /// </summary>
    private static bool HasRecordAmount(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        for (var k = 0; k < units.Length; k++)
        {
            if (units[k].Kind == UnitKind.Lexical && units[k].Category == LexiconCategory.Intensifier && IsRecordAmount(text, units, k) &&
                NamedBefore(units, k, names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a company's name (not an ordinary word) stands in the sentence before unit <paramref name="k"/>. The names are
    /// in text order: a binary search finds the sentence's first, so a long text's many names cost a sentence little.
    /// </summary>
    private static bool NamedBefore(ReadOnlySpan<Unit> units, int k, ReadOnlySpan<NameSpan> names)
    {
        for (var i = CountNamesBefore(units[0].Start, names); i < names.Length && names[i].Start < units[k].Start; i++)
        {
            if (!names[i].OrdinaryWord)
            {
                return true;
            }
        }

        return false;
    }

    // The scale of a count written in words ("3.1 million").
    private static readonly WordSet ScaleWords = new("thousand", "million", "billion", "mln", "bln", "mn", "bn");

    /// <summary>The more words a negator of avoiding reaches after "from" ("avoids a hit from the motor finance scandal").</summary>
    private const int AvoidedSourceReach = 3;

    /// <summary>The most words of what a denied expectation is about, before its "to" ("does not expect its operating margins to recover").</summary>
    private const int ExpectedSubjectReach = 8;

    /// <summary>
    /// After the negator at <paramref name="k"/>, the words of an expectation and what it is about that lead up to what is expected
    /// to happen ("not expect its operating margins in Asia | to recover"), or after a verb of seeing up to the move not seen
    /// ("does not see hospital capital spending | slowing"), articles not counted; 0 when there is no such "to" or move.
    /// </summary>
    private static int ExpectedSubjectLength(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        // "Does not see hospital capital spending slowing": after a verb of seeing, the words up to the move not seen.
        var seeing = k + 1 < units.Length && units[k + 1].Kind == UnitKind.Word && SeeingVerbs.Contains(text[units[k + 1].Start..units[k + 1].End]);
        if (!seeing && (k + 1 >= units.Length || units[k + 1].Kind != UnitKind.Lexical || units[k + 1].Category != LexiconCategory.Hedge))
        {
            return 0;
        }

        var words = 1;
        var thing = 0; // the words up to the first thing that scores, when no "to" comes: "does not expect further cash sweep outflows"
        for (var i = k + 2; i < units.Length && words <= ExpectedSubjectReach; i++)
        {
            // "Does not see the fee hike denting renewals": a verb in -ing that scores is a move not seen, as a direction is.
            if (seeing ? IsDirection(units[i]) || IsScoredParticiple(text, units[i]) : IsWord(text, units[i], "to"))
            {
                return words;
            }

            if (IsClauseStop(units[i]) || units[i].Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                break;
            }

            if (!seeing && thing == 0 && units[i].Kind == UnitKind.Lexical && units[i].Contribution != 0 &&
                units[i].Category is not (LexiconCategory.Intensifier or LexiconCategory.Hedge or LexiconCategory.Negator))
            {
                thing = words;
            }

            words += IsArticle(text, units[i]) ? 0 : 1;
        }

        return thing;
    }

    /// <summary>Whether a unit is a phrase that scores and ends in a verb's -ing ("denting", "weighing on").</summary>
    private static bool IsScoredParticiple(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Contribution != 0 && unit.Category == LexiconCategory.Sentiment &&
        PhraseText.FirstWord(text[unit.Start..unit.End]).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet SeeingVerbs = new("see", "sees", "saw", "seeing", "foresee", "foresees", "anticipate", "anticipates");

    // Verbs of offsetting, which deny what follows them ("higher fares to offset fuel costs") but for a balance.
    private static readonly WordSet OffsetVerbs = new("offset", "offsets", "offsetting");

    // Words that say a figure held still: "profit flat", "revenue unchanged", "yields little changed".
    private static readonly WordSet StasisWords = new("flat", "flattish", "unchanged", "steady", "stable", "changed");

    /// <summary>
    /// Whether the quantity at <paramref name="q"/> is said to hold still: a word of stasis right before it ("flat churn") or
    /// right after it, over linking verbs ("churn was unchanged", "churn remained flat", "churn little changed") and a figure of it
    /// ("a default rate of 3.2%, little changed").
    /// </summary>
    private static bool QuantityHeldStill(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q)
    {
        if (q > 0 && IsStasis(text, units, q - 1))
        {
            return true;
        }

        var s = q + 1;

        // "a default rate of 3.2%, little changed from the prior quarter": the figure and its comma come between.
        if (s + 1 < units.Length && IsWord(text, units[s], "of") && units[s + 1].Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency)
        {
            s += 2;
            while (s < units.Length && units[s].Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency)
            {
                s++;
            }

            if (s < units.Length && units[s].Kind == UnitKind.Boundary && text[units[s].Start] == ',')
            {
                s++;
            }

            q = s - 1;
        }

        // "Little" is a negator, the others plain words.
        while (s < units.Length && s <= q + 3 &&
               (units[s].Kind == UnitKind.Word && (Linking.Contains(text[units[s].Start..units[s].End]) || IsWord(text, units[s], "remained") ||
                                                   IsWord(text, units[s], "held") || IsWord(text, units[s], "stayed")) ||
                IsWord(text, units[s], "little")))
        {
            s++;
        }

        return s < units.Length && IsStasis(text, units, s);
    }

    /// <summary>Whether the unit at <paramref name="j"/> is a word of stasis ("flat", "unchanged"; "changed" only after "little").</summary>
    private static bool IsStasis(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int j)
    {
        var word = text[units[j].Start..units[j].End];
        return StasisWords.Contains(word) &&
            (!word.Equals("changed", StringComparison.OrdinalIgnoreCase) || j > 0 && IsWord(text, units[j - 1], "little"));
    }

    /// <summary>
    /// Whether the negator at <paramref name="k"/> is a verb of offsetting after a figure said to hold still in its sentence
    /// ("Commerzbank profit flat as higher fees offset weaker interest income", "toy sales flat as weaker dolls
    /// offset stronger board games"): the two sides balance, and neither is denied.
    /// </summary>
    private static bool BalancesStasis(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        if (!OffsetVerbs.Contains(text[units[k].Start..units[k].End]))
        {
            return false;
        }

        for (var j = 0; j < k; j++)
        {
            if (IsStasis(text, units, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A negator turns the scored words in the next <see cref="LexiconScorerOptions.NegationScope"/> words of its clause; articles
    /// are not counted ("do not see much of a recovery" reaches the recovery), nor, after a denied expectation, a few words of what
    /// is expected before its "to".
    /// </summary>
    /// <summary>
    /// Whether the negator at <paramref name="k"/> is "without" right after a quantity, where it means "excluding": "identical sales
    /// without fuel would rise 2.25%", "earnings without one-time items rose" deny nothing.
    /// </summary>
    private static bool ExcludesFromQuantity(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k) =>
        k > 0 && IsWord(text, units[k], "without") && IsQuantity(units[k - 1]);

    /// <summary>
    /// Whether the negator at <paramref name="k"/> frees someone to act ("frees the lender to grow its balance sheet", "freed the
    /// bank to expand"): the act is enabled, not denied, as being freed of a thing ("freed of debt") denies it. Up to
    /// <see cref="MaxFreedObjectWords"/> plain words may name who is freed before "to".
    /// </summary>
    private static bool FreesToAct(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        if (!FreeingNegators.Contains(text[units[k].Start..units[k].End]))
        {
            return false;
        }

        for (var i = k + 1; i < units.Length && i <= k + 1 + MaxFreedObjectWords; i++)
        {
            if (units[i].Kind != UnitKind.Word && !(units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Neutral))
            {
                return false;
            }

            if (IsWord(text, units[i], "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the negator at <paramref name="k"/> is a verb of offsetting that is only tried: "works to offset two years of
    /// shrinking orders", "seeks to offset weaker demand". The bad news stands; only an offset done ("higher fees offset weaker
    /// trading") or a means to it ("higher fares to offset fuel costs") denies it.
    /// </summary>
    private static bool TriesToOffset(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k) =>
        k >= 2 && OffsetVerbs.Contains(text[units[k].Start..units[k].End]) && IsWord(text, units[k - 1], "to") &&
        units[k - 2].Kind == UnitKind.Word && EffortVerbs.Contains(text[units[k - 2].Start..units[k - 2].End]);

    // Verbs of trying or meaning to do something, before "to": what follows is not yet done.
    private static readonly WordSet EffortVerbs = new(
        "work", "works", "working", "worked", "try", "tries", "trying", "tried", "seek", "seeks", "seeking", "sought", "aim", "aims",
        "aiming", "aimed", "strive", "strives", "striving", "struggle", "struggles", "struggling", "struggled", "scramble",
        "scrambles", "scrambling", "scrambled", "attempt", "attempts", "attempting", "attempted", "hope", "hopes", "hoping",
        "look", "looks", "looking", "plan", "plans", "planning", "want", "wants");

    private static readonly WordSet FreeingNegators = new("frees", "freed", "free", "freeing");

    /// <summary>The most words naming who is freed between "frees" and "to" (<see cref="FreesToAct"/>): "frees the lender to".</summary>
    private const int MaxFreedObjectWords = 4;

    private void ApplyNegation(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var k = 0; k < units.Length; k++)
        {
            // A negator that another negates cancels with it: "could not avoid a loss" is a loss, "not without risks" risky.
            if (units[k].Kind != UnitKind.Lexical || units[k].Category != LexiconCategory.Negator || units[k].Negator >= 0 ||
                NamesStock(text, units, k) || IsAdjectiveUnlikely(text, units, k) || BalancesStasis(text, units, k) || IsSurprise(text, units, k) ||
                ExcludesFromQuantity(text, units, k) || DeniesUniqueness(text, units, k) || FreesToAct(text, units, k) ||
                TriesToOffset(text, units, k))
            {
                continue;
            }

            // "Was unable to comment" is no news; "was unable to pay its debts", "failed to detect fraud" are failures, and the debts
            // or the fraud are no better for them.
            var failure = FailureNegators.Contains(text[units[k].Start..units[k].End]) && k + 1 < units.Length && units[k + 1].Kind == UnitKind.Word;
            if (failure && (NoNewsFailures.Contains(text[units[k + 1].Start..units[k + 1].End]) || HandlingVerbs.Contains(text[units[k + 1].Start..units[k + 1].End])))
            {
                if (HandlingVerbs.Contains(text[units[k + 1].Start..units[k + 1].End]))
                {
                    units[k].Valence = FailureValence;
                    units[k].Contribution = FailureValence;
                }

                continue;
            }

            var reached = 0;
            var negated = false;
            var neither = IsWord(text, units[k], "neither");
            var afterNor = false;
            var escaping = EscapingNegators.Contains(text[units[k].Start..units[k].End]);
            var ending = text[units[k].Start..units[k].End].StartsWith("end", StringComparison.OrdinalIgnoreCase);

            // "Overblown fears hurt Acme", "a benign credit backdrop helped": an adjective that denies a thing denies the one it
            // qualifies, not what is then said of it.
            var adjective = PredicateNegators.Contains(text[units[k].Start..units[k].End]) && !IsWord(text, units[k], "unlikely to");
            var spare = ExpectedSubjectLength(text, units, k);
            var partial = DeniesEvery(text, units, k);
            var runWords = 0;

            // "The lack of a dividend hit the shares", "the removal of tariffs lifted demand": a noun's negation ("lack of",
            // "removal of") denies its noun phrase, not the verb after it.
            var nominal = text[units[k].Start..units[k].End].EndsWith(" of", StringComparison.OrdinalIgnoreCase);
            for (var i = k + 1; i < units.Length && reached < _negationScope; i++)
            {
                ref var unit = ref units[i];
                if (nominal && i > k + 1 && OpensPredicate(text, unit))
                {
                    break;
                }

                // "Acme avoids a big hit from the motor finance scandal": what is escaped reaches over its source, a few words more.
                if (escaping && negated && (IsWord(text, unit, "from") || text[units[i - 1].Start..units[i - 1].End].EndsWith(" from", StringComparison.OrdinalIgnoreCase)))
                {
                    reached -= AvoidedSourceReach;
                    escaping = false;
                }

                // "To avoid a collapse of the troubled lender": what is escaped is the thing's fate, not what the thing is.
                if (escaping && negated &&
                    (IsWord(text, unit, "of") || text[units[i - 1].Start..units[i - 1].End].EndsWith(" of", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }

                // "Neither Visa nor Mastercard will be hurt": "nor" goes on with the negation "neither" opened, which reaches the
                // predicate after the names it joins; it neither cancels "neither" nor negates on its own.
                if (neither && IsWord(text, unit, "nor") && unit.Kind == UnitKind.Lexical)
                {
                    unit.Kind = UnitKind.Word;
                    reached = 0;
                    neither = false;
                    afterNor = true;
                    continue;
                }

                // The capitalised words of the name after "nor" ("nor Globex Inc will be hurt") do not use up the reach.
                if (afterNor && unit.Kind == UnitKind.Word && char.IsUpper(text[unit.Start]))
                {
                    continue;
                }

                afterNor = false;

                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Negator)
                {
                    negated = true;
                    // Right after it or over one word ("did not fail to", "could not quite avoid"); "will not and cannot cut",
                    // "offset what cannot be cut" join two negations, not one inside the other.
                    if (i == k + 1 || (i == k + 2 && units[k + 1].Kind == UnitKind.Word && !NegationBreaks.Contains(text[units[k + 1].Start..units[k + 1].End])))
                    {
                        unit.Negator = k;
                    }

                    break;
                }

                // "Fed boost fails to stop the sell-off", "did not halt the slide": a stopper denied stops nothing, and what it would
                // have stopped goes on as it is.
                if (unit.Kind is UnitKind.Word or UnitKind.Lexical && StopperWords.Contains(text[unit.Start..unit.End]))
                {
                    negated = true;
                    unit.Contribution = 0;
                    break;
                }

                // "ending a drawn-out leadership vacuum that had weighed on the shares": what the thing ended had done ends with it,
                // however many words name the thing.
                if (ending && i > k + 1 && (IsWord(text, unit, "that") || IsWord(text, unit, "which")) && i + 2 < units.Length &&
                    IsWord(text, units[i + 1], "had") && units[i + 2].Kind == UnitKind.Lexical && units[i + 2].Contribution != 0 && units[i + 2].Negator < 0)
                {
                    units[i + 2].Contribution *= NegationMultiplier(units[k]);
                    units[i + 2].Negator = k;
                    negated = true;
                    break;
                }

                // "$WEN can't get off the mat 📉": an emoji is the writer's own reaction to the clause, outside what it denies.
                // "Shares snap a losing streak after an upbeat forecast": a cause or a time after the negated words is outside them.
                if (IsClauseStop(unit) || adjective && i > k + AdjectiveNegationReach || IsEmoji(text, unit) ||
                    unit.Kind == UnitKind.Word && i > k + 1 && NegationScopeEnds.Contains(text[unit.Start..unit.End]))
                {
                    break;
                }

                if (unit.Contribution != 0 && unit.Negator < 0)
                {
                    unit.Contribution *= partial ? 0 : NegationMultiplier(units[k]);
                    unit.Negator = k;
                    negated = true;
                    if (adjective)
                    {
                        break;
                    }
                }

                // "snapping a streak of four straight losses": the words of a run do not use up the negation's reach (a few of
                // them: a clause of thousands of numbers is not walked whole from each negator).
                if (!IsArticle(text, unit) && !(IsInRun(text, units, i) && runWords++ < MaxRunWords))
                {
                    if (spare > 0)
                    {
                        spare--;
                    }
                    else
                    {
                        reached++;
                    }
                }
            }

            // "Acme fails to find a buyer": a failure of what scores nothing is a failure still; "Better to avoid cement stocks this
            // quarter": advice to keep away from what scores nothing is advice against it.
            if (!negated && (failure || AvoidingNegators.Contains(text[units[k].Start..units[k].End]) && NamesStocksAfter(text, units, k)))
            {
                units[k].Valence = FailureValence;
                units[k].Contribution = FailureValence;
            }
            else if (!negated && DismissalNegators.Contains(text[units[k].Start..units[k].End]))
            {
                units[k].Valence = DismissalValence;
                units[k].Contribution = DismissalValence;
            }
        }
    }

    /// <summary>
    /// "Not aware of any crashes or injuries", "no injuries or deaths": a bad thing that "or" adds to a denied bad thing is denied
    /// with it, though the negation's reach ended at the first. After a denied bad unit, or a neutral phrase that opens with "no"
    /// ("no injuries"), the bad thing right after "or" or "nor" is denied the same way (along the list: "no layoffs or closures
    /// or cuts"), or zeroed after the neutral phrase. Good things are left: in "won't have to sacrifice growth or prosperity"
    /// they are what is kept.
    /// </summary>
    private void DenyAlternatives(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var i = 0; i + 2 < units.Length; i++)
        {
            ref readonly var denied = ref units[i];
            var negated = denied.Kind == UnitKind.Lexical && denied.Negator >= 0 && denied.Contribution > 0;
            var neutralDenial = denied.Kind == UnitKind.Lexical && denied.Category == LexiconCategory.Neutral &&
                text[denied.Start..denied.End].StartsWith("no ", StringComparison.OrdinalIgnoreCase);
            if (!negated && !neutralDenial || !(IsWord(text, units[i + 1], "or") || IsWord(text, units[i + 1], "nor")))
            {
                continue;
            }

            ref var added = ref units[i + 2];
            if (added.Kind != UnitKind.Lexical || added.Contribution >= 0 || added.Negator >= 0)
            {
                continue;
            }

            if (neutralDenial)
            {
                added.Contribution = 0;
                added.Kind = UnitKind.Word;
            }
            else
            {
                added.Contribution *= NegationMultiplier(units[denied.Negator]);
                added.Negator = denied.Negator;
            }
        }
    }

    /// <summary>
    /// Whether the negator at <paramref name="k"/> is "not" before "every" or "all": "Not every stock suffered", "not all
    /// analysts were bearish" say that some did and some did not, so what it reaches weighs nothing either way.
    /// </summary>
    private static bool DeniesEvery(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k) =>
        k + 1 < units.Length && IsWord(text, units[k], "not") && (IsWord(text, units[k + 1], "every") || IsWord(text, units[k + 1], "all"));

    /// <summary>
    /// Whether the negator at <paramref name="k"/> denies only that a thing is alone: "hardly the only sites spreading
    /// misinformation", "was not alone in missing estimates" still spread it and missed.
    /// </summary>
    private static bool DeniesUniqueness(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k) =>
        k + 1 < units.Length && (IsWord(text, units[k + 1], "alone") ||
            k + 2 < units.Length && IsWord(text, units[k + 1], "the") && IsWord(text, units[k + 2], "only"));

    /// <summary>
    /// "Analysts had expected a loss of 10 cents a share", "Wall Street expected revenue to fall 3%": what was expected before the
    /// news is its yardstick, not news of its own. After a past verb of expecting ("expected", "forecast", "predicted",
    /// "anticipated", "projected", "estimated", "modeled", or "looking for") that follows "had" or a word of those who expect
    /// (analysts, economists, investors, the Street, the market, the consensus), the scored units of its clause within
    /// <see cref="MaxExpectedReach"/> units are masked; a verb of fearing (<see cref="FearedExpectations"/>) after "had" or
    /// closing its clause is masked itself. What a company expects ("Acme expects a loss") is its forecast and stays, and so do
    /// the results that came after a demonstrative ("not one analyst expected such good results").
    /// </summary>
    private static void MaskPastExpectations(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var e = 1; e < units.Length; e++)
        {
            // The verb first: most units are none, and the words around are read only for one.
            if (units[e].Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                continue;
            }

            var verb = text[units[e].Start..units[e].End];
            var feared = units[e].Kind == UnitKind.Lexical && FearedExpectations.Contains(PhraseText.FirstWord(verb));
            if (!feared && !PastExpectations.Contains(verb) && !LooksFor(text, units, e) ||
                units[e - 1].Kind is not (UnitKind.Word or UnitKind.Lexical) || !(IsWord(text, units[e - 1], "had") || YardstickHolders.Contains(text[units[e - 1].Start..units[e - 1].End])) ||
                e + 1 < units.Length && units[e + 1].Kind == UnitKind.Word && Demonstratives.Contains(text[units[e + 1].Start..units[e + 1].End]))
            {
                continue; // "few analysts expected such good results": the results that came, not the yardstick
            }

            if (feared)
            {
                // "well above the 360,000 Wall Street had braced for": a fear that closes its clause, or one after "had", is the
                // yardstick too ("stocks fell as investors feared a recession" is the market's mood, and stays).
                if (!(IsWord(text, units[e - 1], "had") || e + 1 == units.Length || IsClauseStop(units[e + 1])))
                {
                    continue;
                }

                units[e].Kind = UnitKind.Word;
                units[e].Contribution = 0;
            }

            for (var j = e + 1; j < units.Length && j <= e + MaxExpectedReach && !IsClauseStop(units[j]); j++)
            {
                if (units[j].Kind == UnitKind.Lexical && units[j].Category is LexiconCategory.Sentiment or LexiconCategory.Increase or
                    LexiconCategory.Decrease or LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp)
                {
                    units[j].Kind = UnitKind.Word;
                    units[j].Contribution = 0;
                }
            }
        }
    }

    private static readonly WordSet PastExpectations = new(
        "expected", "forecast", "predicted", "anticipated", "projected", "estimated", "modeled", "modelled");

    /// <summary>Whether the word at <paramref name="e"/> is "looking" or "looked" before "for": "the Street looking for modest growth".</summary>
    private static bool LooksFor(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int e) =>
        e + 1 < units.Length && (IsWord(text, units[e], "looking") || IsWord(text, units[e], "looked")) && IsWord(text, units[e + 1], "for");

    // Past verbs of fearing that hold an expectation as a yardstick: "the roughly 360,000 Wall Street had braced for".
    private static readonly WordSet FearedExpectations = new("braced", "feared", "dreaded");

    private static readonly WordSet Demonstratives = new("such", "this", "these", "that", "those");

    // Those whose expectations are the yardstick of the news: "analysts expected", "Wall Street had forecast".
    private static readonly WordSet YardstickHolders = new("analysts", "economists", "investors", "Street", "market", "markets", "consensus", "traders");

    /// <summary>The most units after a past expectation that are what was expected ("expected a loss of 10 cents a share").</summary>
    private const int MaxExpectedReach = 6;

    /// <summary>The most units after an adjective that denies a thing to the thing it qualifies ("overblown credit fears").</summary>
    private const int AdjectiveNegationReach = 2;

    // Words that name a run of results before what they are: "a streak of four straight losses", "a run of three consecutive".
    private static readonly WordSet RunWords = new("streak", "run", "string", "series", "spell", "straight", "consecutive", "successive");

    /// <summary>The most words of a run a negation passes over ("a streak of four straight").</summary>
    private const int MaxRunWords = 5;

    /// <summary>Whether the unit at <paramref name="i"/> is a word of a run ("streak", "four", "straight", or "of" right after one) or of a count's bound ("more than").</summary>
    private static bool IsInRun(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        IsRunWord(text, units[i]) || i > 0 && IsWord(text, units[i], "of") && IsRunWord(text, units[i - 1]) || IsCountBound(text, units, i);

    /// <summary>Whether the unit at <paramref name="i"/> bounds a count: "more" or "fewer" before "than", or "than" before a number ("more than 300,000 lawsuits").</summary>
    private static bool IsCountBound(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        i + 1 < units.Length && (units[i + 1].Kind == UnitKind.Number && IsWord(text, units[i], "than") ||
            IsWord(text, units[i + 1], "than") && (IsWord(text, units[i], "more") || IsWord(text, units[i], "fewer") || IsWord(text, units[i], "less")));

    private static bool IsRunWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Number || unit.Kind == UnitKind.Word && (RunWords.Contains(text[unit.Start..unit.End]) || CountWords.Contains(text[unit.Start..unit.End]));

    /// <summary>
    /// Whether a capitalised negating verb is a company's name, right before its "shares" or "stock" ("Snap stock climbs"): the
    /// verb would have no subject. Plain negators open such sentences ("No shares were sold") and keep their sense, as do a
    /// form in -ing ("Defying stock losses, …") and any word of a title-case headline.
    /// </summary>
    private static bool NamesStock(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int negator)
    {
        ref readonly var unit = ref units[negator];
        if (unit.Valence >= 1 || !char.IsUpper(text[unit.Start]) || negator + 1 >= units.Length || text[unit.Start..unit.End].EndsWith("ing", StringComparison.Ordinal))
        {
            return false; // "Defying stock losses elsewhere, …" opens with a verb
        }

        var next = text[units[negator + 1].Start..units[negator + 1].End];
        return (next.Equals("shares", StringComparison.OrdinalIgnoreCase) || next.Equals("stock", StringComparison.OrdinalIgnoreCase)) &&
            !IsTitleCase(text, units); // "Tesla Defies Stock Selloff": capitals say nothing
    }

    private static void ApplyHedges(ReadOnlySpan<char> text, Span<Unit> units)
    {
        // Where the last walk of a hedge that is no aim stopped: a later hedge before it, in the same clause, would walk the same
        // units, all hedged already ("may may may …" was walked to its clause's end from each).
        var walkedTo = -1;
        for (var h = 0; h < units.Length; h++)
        {
            if (units[h].Kind != UnitKind.Lexical || units[h].Category != LexiconCategory.Hedge)
            {
                continue;
            }

            // A denied expectation is a stated view, not a hedged one: "no longer expects revenue growth", "does not expect sales
            // to grow" (the negator before the hedge already turns what follows).
            if (IsNegator(units, h - 1) || h > 1 && IsNegator(units, h - 2) && units[h - 1].Kind == UnitKind.Word &&
                Auxiliaries.Contains(text[units[h - 1].Start..units[h - 1].End]))
            {
                continue;
            }

            // What was expected as a yardstick hedges nothing: "delivered fewer jets than expected after a recall".
            if (h > 0 && IsWord(text, units[h - 1], "than"))
            {
                continue;
            }

            // An aim ("to fight inflation") damps its object only: "cut prices to fight inflation and posted record profit" (a plain
            // word after "and" starts another verb's phrase; "to fight inflation and weak demand" goes on).
            var aim = AimHedges.Contains(text[units[h].Start..units[h].End]);
            if (!aim && h + 1 < walkedTo)
            {
                continue;
            }

            var i = h + 1;
            for (; i < units.Length; i++)
            {
                ref var unit = ref units[i];
                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast ||
                    aim && IsWord(text, unit, "and") && i + 1 < units.Length && StartsVerbPhrase(text, units[i + 1]))
                {
                    break;
                }

                // A comma right after the hedge may open an aside ("may, analysts say, cut"), not a clause of result: "far shorter
                // than it had sought, raising fresh doubts" hedges nothing after it.
                if (unit.Kind == UnitKind.Boundary && (i > h + 1 || OpensParticipleClause(text, units, i) ||
                                                        i + 1 < units.Length && IsWordIn(text, units[i + 1], CoordinatingConjunctions)))
                {
                    break; // "Acme detailed the plan, and shares rose 3%": the comma and "and" open another clause
                }

                if (unit.Contribution != 0 && unit.Hedge < 0)
                {
                    unit.Contribution *= 1 + units[h].Valence;
                    unit.Hedge = h;
                }
            }

            if (!aim)
            {
                walkedTo = i;
            }
        }
    }

    // Coordinating conjunctions that open another clause after a comma: "…the plan, and shares rose".
    private static readonly WordSet CoordinatingConjunctions = new("and", "so", "yet");

    /// <summary>Whether the comma at <paramref name="comma"/> opens a clause of a verb in -ing ("…, raising fresh doubts"; not "…, according to…").</summary>
    private static bool OpensParticipleClause(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int comma)
    {
        if (comma + 1 >= units.Length || text[units[comma].Start] != ',' || units[comma + 1].Kind is not (UnitKind.Word or UnitKind.Lexical))
        {
            return false;
        }

        var word = PhraseText.FirstWord(text[units[comma + 1].Start..units[comma + 1].End]);
        return word.Length > 5 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && !AsideParticiples.Contains(word);
    }

    // Words in -ing that open an aside rather than a clause of result: "may, according to analysts, cut…".
    private static readonly WordSet AsideParticiples = new("according", "including", "excluding", "notwithstanding", "assuming", "depending", "pending");

    /// <summary>
    /// "The downturn was milder than feared", "the recovery was weaker than hoped": a judgement against what was feared, hoped
    /// or expected says how the thing named before it turned out, so that thing's own word no longer counts (the downturn is
    /// the news only as milder than feared; "losses were smaller than feared" are not also losses). The thing is the sentence's phrase right before a linking verb, or right before
    /// the judgement in a headline ("Acme refinery leak smaller than feared").
    /// </summary>
    private static void JudgeAgainstExpectations(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical, bool expectations)
    {
        for (var c = lexical.First; c < lexical.End; c++)
        {
            // Without a word of what was expected, only a judgement phrase can be one ("better than feared" is the lexicon's).
            if (expectations && IsExpectedNotDone(text, units, c))
            {
                // "Sales slipped 0.3%, better than the 2.2% fall analysts had expected": the move expected is the yardstick, not
                // what happened.
                units[c].Kind = UnitKind.Word;
                continue;
            }

            if (expectations && BetterThanExpected(text, units, c) is var yardstick and > 0)
            {
                // "Sales slipped 0.3%, better than the 2.2% fall analysts had expected": one judgement, and what it judges no longer
                // counts on its own.
                MergeIntoJudgement(units, c, yardstick, IsWord(text, units[c], "better") || IsWord(text, units[c], "milder") ? JudgedMoveValence : -JudgedMoveValence);
                MaskMoveBefore(text, units, c);
                c = yardstick;
                continue;
            }

            if (c == lexical.First)
            {
                continue;
            }

            if (expectations && IsFearedYardstick(text, units, c))
            {
                // "The loss was narrower than feared", "losses were lower than it had feared", "not as bad as many feared": what
                // was feared is what the news is measured against, no fear of its own.
                units[c].Kind = UnitKind.Word;
                continue;
            }

            ref readonly var judgement = ref units[c];
            if (judgement.Kind == UnitKind.Lexical && judgement.Category == LexiconCategory.Sentiment && EndsWithExpectation(text[judgement.Start..judgement.End]))
            {
                JudgePhraseBefore(text, units, c);
            }
            else if (judgement.Kind == UnitKind.Lexical && judgement.Category == LexiconCategory.Sentiment &&
                     ComparedPhraseDirection(text[judgement.Start..judgement.End]) is var direction and not 0 &&
                     BadQuantityBefore(units, BeforeLinkingVerbs(text, units, c)) is var bad and >= 0)
            {
                // "Catastrophe losses came in below estimates", "costs were above expectations": a thing that is bad when up, below
                // what was expected, is a relief; above it, a disappointment. One judgement of the quantity.
                MergeIntoJudgement(units, bad, c, direction * -Math.Abs(judgement.Valence));
            }
            else if (judgement.Kind == UnitKind.Lexical && judgement.Category == LexiconCategory.Sentiment &&
                     ComparedPhraseDirection(text[judgement.Start..judgement.End]) is var reached and not 0 &&
                     BadQuantityMovedBefore(units, c - 1) is var moved and >= 0)
            {
                // "Jobless claims dropped below consensus", "costs rose above forecasts": the level a bad quantity moved to, judged
                // against what was expected; the move is part of the judgement.
                MergeIntoJudgement(units, moved, c, reached * -Math.Abs(judgement.Valence));
            }
        }
    }

    /// <summary>
    /// Masks the move or the phrase a comparison at <paramref name="c"/> judges, a few words, figures or a comma before it
    /// ("same-store sales slipped 0.3% in the quarter, better than…"), with the quantity a move moved.
    /// </summary>
    private static void MaskMoveBefore(ReadOnlySpan<char> text, Span<Unit> units, int c)
    {
        var judged = c - 1;
        while (judged >= 0 && judged >= c - 6 &&
               (units[judged].Kind is UnitKind.Word or UnitKind.Number or UnitKind.Percent or UnitKind.Currency ||
                units[judged].Kind == UnitKind.Boundary && text[units[judged].Start] == ',' ||
                units[judged].Kind == UnitKind.Lexical && units[judged].Category == LexiconCategory.Neutral))
        {
            judged--;
        }

        if (judged < 0 || units[judged].Kind != UnitKind.Lexical || !(IsDirection(units[judged]) || units[judged].Category == LexiconCategory.Sentiment))
        {
            return;
        }

        if (IsDirection(units[judged]) && units[judged].Partner >= 0)
        {
            units[units[judged].Partner].Kind = UnitKind.Word;
        }

        units[judged].Kind = UnitKind.Word;
    }

    /// <summary>
    /// Masks what the judgement phrase at <paramref name="c"/> ("milder than feared") judges: the phrase before it, back over a
    /// linking verb ("the downturn was"), which counts only as judged.
    /// </summary>
    private static void JudgePhraseBefore(ReadOnlySpan<char> text, Span<Unit> units, int c)
    {
        var s = BeforeLinkingVerbs(text, units, c);

        // "The strike cost them less than feared", "cost the company less than feared": whom the cost fell on stands between the
        // cost and the judgement.
        var o = s;
        while (o >= 1 && o >= s - 1 && units[o].Kind == UnitKind.Word && CostObjects.Contains(text[units[o].Start..units[o].End]))
        {
            o--;
        }

        if (o < s && (IsWord(text, units[o], "cost") || IsWord(text, units[o], "costs")))
        {
            s = o;
        }

        // "The strike cost them less than feared", "the hurricane hit was smaller than feared", "the strike's impact was milder than
        // feared": the bad event whose cost or impact is judged is judged with it, no bad news of its own.
        if (s >= 1 && units[s].Kind is UnitKind.Word or UnitKind.Lexical && ImpactWords.Contains(text[units[s].Start..units[s].End]))
        {
            var t = units[s - 1].Kind == UnitKind.Word && PhraseText.IsPossessive(text[units[s - 1].Start..units[s - 1].End]) ? s - 2 : s - 1;
            if (t >= 0 && units[t].Kind == UnitKind.Lexical && units[t].Category == LexiconCategory.Sentiment && units[t].Valence < 0)
            {
                units[t].Kind = UnitKind.Word;
            }
        }

        // "Sales fell less than feared": a move right before the judgement is judged with what it moved.
        if (s >= 0 && units[s].Kind == UnitKind.Lexical &&
            (units[s].Category == LexiconCategory.Sentiment || (IsDirection(units[s]) || IsQuantity(units[s])) && units[s].Partner < 0 ||
             s == c - 1 && IsDirection(units[s])))
        {
            units[s].Kind = UnitKind.Word;
        }
    }

    // Whom a cost fell on, between the cost and its judgement: "cost them less than feared".
    private static readonly WordSet CostObjects = new("it", "them", "us", "the", "company", "group");

    // Words of the cost or the impact of a bad event, judged after it: "the hurricane hit", "the strike's impact", "the recall cost".
    private static readonly WordSet ImpactWords = new(
        "cost", "costs", "hit", "impact", "toll", "damage", "blow", "effect", "drag", "fallout", "disruption", "bill");

    // What was feared, as the yardstick of a comparison: "than feared", "than many had dreaded".
    private static readonly WordSet FearedWords = new("feared", "dreaded");


    /// <summary>
    /// When "better" or "worse" at <paramref name="c"/> is compared, over "than" and a few words or figures, with what was expected
    /// or feared ("better than the 2.2% fall analysts had expected", "worse than the company had forecast"), the unit of that
    /// expectation; else -1. "Better than expected" itself is the lexicon's phrase. So are "milder" and "harsher" ("destocking
    /// proves milder than analysts feared"), said of bad things.
    /// </summary>
    private static int BetterThanExpected(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c)
    {
        ref readonly var unit = ref units[c];
        if (!(unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && (IsWord(text, unit, "better") || IsWord(text, unit, "worse")) ||
              unit.Kind == UnitKind.Word && (IsWord(text, unit, "milder") || IsWord(text, unit, "harsher"))) ||
            c + 2 >= units.Length || !IsWord(text, units[c + 1], "than"))
        {
            return -1;
        }

        for (var i = c + 2; i < units.Length && i <= c + 8; i++)
        {
            ref readonly var after = ref units[i];
            if (after.Kind is UnitKind.Boundary or UnitKind.Other)
            {
                return -1;
            }

            if (i > c + 2 && ComparedExpectations.Contains(text[after.Start..after.End]))
            {
                return i;
            }
        }

        return -1;
    }

    // Who expected or feared a thing, and the words of their verb: "than it had feared", "the fall analysts had expected", "the
    // loss economists forecast".
    private static readonly WordSet Expecters = new(
        "analysts", "economists", "investors", "traders", "markets", "the", "market", "consensus", "many", "most", "some", "strategists",
        "it", "they", "we", "management", "had", "have", "has", "was", "were", "been", "widely", "previously", "originally", "initially",
        "once", "first");

    // Words of what was expected that are only nouns, never the verb of a yardstick ("the fall analysts had expected"):
    // "analysts' expectations", "analysts estimates", "economists forecasts".
    private static readonly WordSet ExpectedThingNouns = new("expectations", "estimates", "forecasts", "consensus");

    // Words among those of who expected a move that name no one themselves: "the", "had".
    private static readonly WordSet ExpecterFillers = new(
        "the", "had", "have", "has", "was", "were", "been", "widely", "previously", "originally", "initially", "once", "first");

    /// <summary>
    /// Whether the move or the judgement at <paramref name="i"/> is what someone expected, named right after it ("the 2.2% fall
    /// analysts had expected", "the loss the market had feared"): a yardstick, not news. The one who expected it must be named
    /// ("a fall expected next year" is a forecast, read as one).
    /// </summary>
    private static bool IsExpectedNotDone(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        ref readonly var unit = ref units[i];
        if (unit.Kind != UnitKind.Lexical || !(IsDirection(unit) || unit.Category == LexiconCategory.Sentiment) || i + 2 >= units.Length)
        {
            return false;
        }

        var named = false;
        for (var j = i + 1; j < units.Length && j <= i + 4; j++)
        {
            ref readonly var after = ref units[j];
            if (after.Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                return false;
            }

            var word = text[after.Start..after.End];
            if (named && ComparedExpectations.Contains(word))
            {
                // "missed analysts' expectations", "topped analysts forecasts": a noun of what was expected is the object a
                // verdict is measured against, and the verdict is news ("raise market expectations" moves them).
                return !(unit.Category == LexiconCategory.Sentiment && ExpectedThingNouns.Contains(word));
            }

            if (!Expecters.Contains(word))
            {
                return false;
            }

            named |= !ExpecterFillers.Contains(word); // "the guided range" names no one
        }

        return false;
    }

    /// <summary>
    /// Whether the unit at <paramref name="i"/> is what was feared, after "than" or "as" with at most three words of who feared it
    /// between: the yardstick of a comparison ("narrower than feared", "not as bad as many had feared").
    /// </summary>
    private static bool IsFearedYardstick(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        ref readonly var unit = ref units[i];
        if (unit.Kind != UnitKind.Lexical || !FearedWords.Contains(text[unit.Start..unit.End]))
        {
            return false;
        }

        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            ref readonly var before = ref units[j];
            // "Than analysts had feared": a word of the lexicon's neutral list ("analysts") is still a plain word here.
            if (before.Kind != UnitKind.Word && !(before.Kind == UnitKind.Lexical && before.Category == LexiconCategory.Neutral))
            {
                return false;
            }

            var word = text[before.Start..before.End];
            if (word.Equals("than", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!Expecters.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The unit at <paramref name="s"/> when it is a quantity that is bad when up and has no move of its own (the subject of a
    /// comparison with what was expected: "losses came in below estimates", "costs were above expectations"); else -1.
    /// </summary>
    private static int BadQuantityBefore(ReadOnlySpan<Unit> units, int s) =>
        s >= 0 && units[s].Kind == UnitKind.Lexical && units[s].Category == LexiconCategory.BadWhenUp && units[s].Partner < 0 ? s : -1;

    /// <summary>
    /// The bad quantity that the move at <paramref name="s"/> moved, when the move comes after it ("jobless claims dropped"); -1
    /// for anything else.
    /// </summary>
    private static int BadQuantityMovedBefore(ReadOnlySpan<Unit> units, int s) =>
        s >= 0 && IsDirection(units[s]) && units[s].Partner is var quantity and >= 0 && quantity < s &&
        units[quantity].Kind == UnitKind.Lexical && units[quantity].Category == LexiconCategory.BadWhenUp ? quantity : -1;

    /// <summary>
    /// The unit before the one at <paramref name="c"/>, back over up to three linking verbs ("was", "were", "has been", "came
    /// in", "to stay"), "at or" and a word of degree ("well", "slightly", "far"): the phrase a judgement after them speaks of
    /// ("guided operating expenses well above expectations"); -1 at the sentence's start.
    /// </summary>
    private static int BeforeLinkingVerbs(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c)
    {
        var s = c - 1;
        if (s >= 0 && (units[s].Kind == UnitKind.Word && DegreeWords.Contains(text[units[s].Start..units[s].End]) ||
                       units[s].Kind == UnitKind.Lexical && units[s].Category == LexiconCategory.Intensifier))
        {
            s--;
        }

        // "Charge-offs would stay at or below guidance": a level reached or beaten is judged as the one beaten.
        if (s >= 1 && IsWord(text, units[s], "or") && IsWord(text, units[s - 1], "at"))
        {
            s -= 2;
        }

        // "Catastrophe losses for the quarter would be about $600 million, below the consensus estimate": the figure the thing came
        // to, set off by a comma, stands between it and the judgement.
        var figure = false;
        if (s >= 2 && units[s].Kind == UnitKind.Boundary && text[units[s].Start] == ',')
        {
            var t = s - 1;
            while (t >= 0 && t >= s - MaxFigureUnits && (units[t].Kind is UnitKind.Number or UnitKind.Currency ||
                                                         units[t].Kind == UnitKind.Word && FigureWords.Contains(text[units[t].Start..units[t].End])))
            {
                figure |= units[t].Kind is UnitKind.Number or UnitKind.Currency;
                t--;
            }

            if (!figure)
            {
                return s; // ", below estimates" after no figure judges nothing named before the comma
            }

            s = t;
        }

        var from = s;
        while (s >= 0 && s >= from - 2 && (units[s].Kind == UnitKind.Word || units[s].Kind == UnitKind.Lexical && units[s].Category == LexiconCategory.Hedge) &&
               (Linking.Contains(text[units[s].Start..units[s].End]) || IsWord(text, units[s], "to") ||
                units[s].Kind == UnitKind.Lexical && PhraseText.AllWordsIn(text[units[s].Start..units[s].End], Linking)))
        {
            s--;
        }

        // "… for the quarter would be": a time after the thing.
        if (figure && s >= 3 && PeriodWords.Contains(text[units[s].Start..units[s].End]) && IsWord(text, units[s - 1], "the") &&
            (IsWord(text, units[s - 2], "for") || IsWord(text, units[s - 2], "in")))
        {
            s -= 3;
        }

        return s;
    }

    // Words of a figure between a thing and the comma before its judgement: "about $600 million", "roughly 1.2 billion euros".
    private static readonly WordSet FigureWords = new(
        "about", "around", "roughly", "some", "nearly", "almost", "approximately", "million", "billion", "trillion", "mln", "bln", "bn",
        "mn", "euros", "pounds", "dollars", "yen");

    /// <summary>The most units of a figure before the comma of a judgement (<see cref="BeforeLinkingVerbs"/>).</summary>
    private const int MaxFigureUnits = 5;

    // Words of how far a thing came from what was expected, between it and the judgement: "well above expectations".
    private static readonly WordSet DegreeWords = new("well", "far", "slightly", "somewhat", "comfortably", "just", "modestly", "considerably");

    /// <summary>
    /// +1 for a phrase that puts something above what was expected ("came in above estimates", "ahead of forecasts"), -1 for one
    /// below it ("were below forecasts", "behind estimates"), 0 for any other: the phrase must end in what was expected.
    /// </summary>
    private static int ComparedPhraseDirection(ReadOnlySpan<char> phrase)
    {
        var last = phrase.LastIndexOf(' ');
        if (last < 0 || !ExpectedFigures.Contains(phrase[(last + 1)..]))
        {
            return 0;
        }

        var direction = 0;
        for (var rest = phrase; !rest.IsEmpty;)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            direction = word.Equals("below", StringComparison.OrdinalIgnoreCase) || word.Equals("behind", StringComparison.OrdinalIgnoreCase) ? -1
                : word.Equals("above", StringComparison.OrdinalIgnoreCase) || word.Equals("ahead", StringComparison.OrdinalIgnoreCase) ? 1 : direction;
            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return direction;
    }

    // What was expected, closing a comparison with it: "below estimates", "above consensus".
    private static readonly WordSet ExpectedFigures = new(
        "estimates", "estimate", "expectations", "forecasts", "forecast", "consensus", "projections", "views", "plan", "guidance");

    private static bool EndsWithExpectation(ReadOnlySpan<char> phrase) =>
        phrase.EndsWith(" feared", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" hoped", StringComparison.OrdinalIgnoreCase) ||
        phrase.EndsWith(" hoped for", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" expected", StringComparison.OrdinalIgnoreCase);

    // Verbs that link a thing to the judgement of how it turned out: "was milder than feared", "has been weaker than hoped".
    private static readonly WordSet Linking = new(
        "was", "were", "is", "are", "has", "have", "had", "been", "proved", "proving", "turned", "out", "came", "in", "come", "comes",
        "would", "will", "be", "ran", "run", "runs", "running", "stay", "stays", "stayed", "remain", "remains", "remained");

    private static bool IsNegator(ReadOnlySpan<Unit> units, int i) =>
        i >= 0 && units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Negator;

    // Words between a negator and the verb it denies: "not now expected", "no longer is seen".
    private static readonly WordSet Auxiliaries = new("now", "yet", "currently", "really", "is", "are", "was", "were", "be", "been");

    /// <summary>
    /// Whether a unit after "and" starts another verb's phrase rather than joining a noun to the aim's object: a plain word
    /// ("and posted record profit"), a move ("and lost money", "and surged"), or a phrase whose first word ends in -ed ("and
    /// raised its dividend"); "and weak demand" joins.
    /// </summary>
    private static bool StartsVerbPhrase(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Word || IsDirection(unit) ||
        unit.Kind == UnitKind.Lexical && PhraseText.FirstWord(text[unit.Start..unit.End]) is var first &&
        (first.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPasts.Contains(first));

    /// <summary>Whether the unit is a verb's phrase: a move, or a phrase that opens with a past tense ("hit the shares", "weighed on").</summary>
    private static bool OpensPredicate(ReadOnlySpan<char> text, in Unit unit) =>
        IsDirection(unit) || unit.Kind == UnitKind.Lexical && PhraseText.FirstWord(text[unit.Start..unit.End]) is var first &&
        (first.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPasts.Contains(first));

    // Past tenses without -ed that open a verb's phrase after "and": "and lost money", "and won a contract".
    private static readonly WordSet IrregularPasts = new(
        "lost", "rose", "fell", "saw", "won", "made", "took", "cut", "hit", "grew", "drove", "sold", "bought", "paid", "left", "beat",
        "swung", "sank", "shrank", "kept", "gave", "got", "struck", "broke", "led", "met", "set");

    private void ApplyContrast(ReadOnlySpan<char> text, Span<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        var c = -1;
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast)
            {
                c = i;
                break;
            }
        }

        if (c < 0)
        {
            return;
        }

        // "Ford fell while GM gained", "Kraft and General Mills missed, but Hormel beat": news of one company set against
        // another's is two pieces of news, neither conceded, and a sentence of mixed news: both weigh CompanyContrastWeight.
        if (ContrastsCompanies(text, units, c, names))
        {
            for (var i = 0; i < units.Length; i++)
            {
                ref var unit = ref units[i];
                if (unit.Contribution != 0)
                {
                    unit.Contribution *= CompanyContrastWeight;
                    unit.Roles |= ClauseRoles.Companies;
                }
            }

            ConcedeWithinCompanyClause(text, units, c);
            return;
        }

        if (_isSubordinator[units[c].Entry])
        {
            // "Although sales fell, profit rose": the subordinate clause runs to the next comma. After the main clause it runs on
            // over a list of what is conceded ("tops sales estimates despite a strike, weaker pricing"), not into a clause of its own
            // ("profit rises despite weak sales, shares fall").
            var end = ConcessionEnd(text, units, c + 1);
            while (c > 0 && end + 1 < units.Length && text[units[end].Start] == ',' && ListsMoreConceded(text, units, end + 1))
            {
                end = ConcessionEnd(text, units, end + 1);
            }

            var hasMain = false;
            for (var i = 0; i < units.Length; i++)
            {
                if ((i < c || i >= end) && units[i].Contribution != 0)
                {
                    hasMain = true;
                    break;
                }
            }

            if (!hasMain)
            {
                // "Acme shares unchanged despite strike news": the news conceded did not move what the main clause says stood still,
                // and weighs as a conceded clause's twice.
                if (StandsStillBefore(text, units, c) || KeepsForecastBefore(text, units, c))
                {
                    for (var i = c; i < end; i++)
                    {
                        Weigh(ref units[i], _concededWeight * _concededWeight, conceded: true);
                    }
                }

                return;
            }

            for (var i = 0; i < units.Length; i++)
            {
                Weigh(ref units[i], i >= c && i < end ? _concededWeight : _mainWeight, i >= c && i < end);
            }

            KeepMainSide(units);
            return;
        }

        if (c == 0 || LastWordUnit(units) == c)
        {
            return; // "However, ..." or "…, however." contrasts with the previous sentence, not within this one.
        }

        if (IsSetOffAdverb(text, units, c))
        {
            // "Victory shares fell 5%, however, as investors questioned the price", "Profit, however, fell": an adverb set off by
            // commas sets the whole sentence against the one before; nothing in this one is conceded but a later subordinate clause
            // ("Spire, by contrast, beat estimates despite weaker volumes"), and the rest is the point.
            if (WeighWithLaterConcession(text, units, c, names, concedeBefore: false))
            {
                KeepMainSide(units);
            }

            return;
        }

        WeighWithLaterConcession(text, units, c, names, concedeBefore: true);
        KeepMainSide(units);
    }

    /// <summary>
    /// Weighs a sentence whose contrast at <paramref name="c"/> is no subordinator: what comes before it is conceded when
    /// <paramref name="concedeBefore"/>, and so is the clause of a later subordinator ("…, but Acme beat estimates despite weaker
    /// volumes"), unless it sets another company against the one before ("…, while Globex fell 4%"); the rest is main. Returns
    /// whether a later subordinate clause was found.
    /// </summary>
    private bool WeighWithLaterConcession(ReadOnlySpan<char> text, Span<Unit> units, int c, ReadOnlySpan<NameSpan> names, bool concedeBefore)
    {
        int from = units.Length, end = units.Length;
        for (var s = c + 1; s < units.Length; s++)
        {
            if (units[s].Kind == UnitKind.Lexical && units[s].Category == LexiconCategory.Contrast && _isSubordinator[units[s].Entry] &&
                !ContrastsCompanies(text, units, s, names))
            {
                (from, end) = (s, ConcessionEnd(text, units, s + 1));
                break;
            }
        }

        for (var i = 0; i < units.Length; i++)
        {
            var conceded = concedeBefore && i < c || i >= from && i < end;
            Weigh(ref units[i], conceded ? _concededWeight : _mainWeight, conceded);
        }

        return from < units.Length;
    }

    /// <summary>Whether the contrast at <paramref name="c"/> is an adverb between commas: "…, however, …", "…, though, …".</summary>
    private static bool IsSetOffAdverb(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c) =>
        c > 0 && c + 1 < units.Length && units[c - 1].Kind == UnitKind.Boundary && text[units[c - 1].Start] == ',' &&
        units[c + 1].Kind == UnitKind.Boundary && text[units[c + 1].Start] == ',' && PhraseText.IsSetOffContrast(text[units[c].Start..units[c].End]);

    /// <summary>
    /// "Home Depot was little changed, while Macy's slipped 2% despite reporting a narrower-than-expected loss": in a sentence that
    /// sets companies against each other at <paramref name="c"/>, a later subordinator ("despite", "although") still concedes its
    /// clause within one company's news, held to half the weight of the news before it in the clause the contrast opens.
    /// </summary>
    private void ConcedeWithinCompanyClause(ReadOnlySpan<char> text, Span<Unit> units, int c)
    {
        for (var s = c + 1; s < units.Length; s++)
        {
            if (units[s].Kind != UnitKind.Lexical || units[s].Category != LexiconCategory.Contrast || !_isSubordinator[units[s].Entry])
            {
                continue;
            }

            var end = ConcessionEnd(text, units, s + 1);
            double main = 0, conceded = 0;
            for (var i = c + 1; i < end; i++)
            {
                if (i >= s)
                {
                    Weigh(ref units[i], _concededWeight, conceded: true);
                    conceded += units[i].Contribution;
                }
                else
                {
                    main += units[i].Contribution;
                }
            }

            // As in a sentence of one company's news (KeepMainSide), what is conceded does not outweigh the clause's own news.
            if (main != 0 && conceded != 0 && Math.Sign(main) != Math.Sign(conceded) && Math.Abs(conceded) > ConcededShareOfMain * Math.Abs(main))
            {
                var scale = ConcededShareOfMain * Math.Abs(main) / Math.Abs(conceded);
                for (var i = s; i < end; i++)
                {
                    if (units[i].Contribution != 0)
                    {
                        units[i].Contribution *= scale;
                        units[i].Roles |= ClauseRoles.Outweighed;
                    }
                }
            }

            s = end;
        }
    }

    /// <summary>The most a conceded clause that pulls against the main one may weigh, as a share of the main clause's weight.</summary>
    private const double ConcededShareOfMain = 0.5;

    /// <summary>
    /// "Profit slips despite record production": what a contrast concedes does not outweigh what it asserts. When the conceded
    /// clause pulls the other way and weighs more than <see cref="ConcededShareOfMain"/> of the main clause, it is scaled down to that.
    /// </summary>
    private static void KeepMainSide(Span<Unit> units)
    {
        double main = 0, conceded = 0;
        foreach (ref readonly var unit in units)
        {
            if ((unit.Roles & ClauseRoles.Conceded) != 0)
            {
                conceded += unit.Contribution;
            }
            else if ((unit.Roles & ClauseRoles.Main) != 0)
            {
                main += unit.Contribution;
            }
        }

        if (main == 0 || conceded == 0 || Math.Sign(main) == Math.Sign(conceded) || Math.Abs(conceded) <= ConcededShareOfMain * Math.Abs(main))
        {
            return;
        }

        var scale = ConcededShareOfMain * Math.Abs(main) / Math.Abs(conceded);
        foreach (ref var unit in units)
        {
            if ((unit.Roles & ClauseRoles.Conceded) != 0 && unit.Contribution != 0)
            {
                unit.Contribution *= scale;
                unit.Roles |= ClauseRoles.Outweighed;
            }
        }
    }

    /// <summary>The weight of every unit of a sentence that sets one company's news against another's (see <see cref="ContrastsCompanies"/>).</summary>
    private const double CompanyContrastWeight = 0.75;

    /// <summary>
    /// Whether a company is named before the contrast at <paramref name="c"/> and another after it, in the sentence's units: the
    /// clauses are about different companies.
    /// </summary>
    private static bool ContrastsCompanies(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c, ReadOnlySpan<NameSpan> names)
    {
        if (names.IsEmpty || units.IsEmpty)
        {
            return false;
        }

        var first = units[0].Start;
        var at = units[c].Start;
        var end = units[^1].End;
        var before = -1;
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            if (name.Start < first || name.Start >= end)
            {
                continue;
            }

            if (name.Start < at)
            {
                before = n;
            }
            else if (before >= 0)
            {
                // The first name after the contrast is its clause's ("…, while Delta raised its own"), not one after a comma or
                // another contrast ("AMD had been up 3% but closed lower, while Intel ended down": AMD's own contrast). Another
                // name of the same company is no other ("General Dynamics falls despite Gulfstream beat").
                return !text.Slice(name.Start, name.Length).Equals(text.Slice(names[before].Start, names[before].Length), StringComparison.OrdinalIgnoreCase) &&
                    (name.Owner is null || !ReferenceEquals(name.Owner, names[before].Owner)) && OpensClauseOf(units, c, name.Start);
            }
        }

        return false;
    }

    /// <summary>Whether no boundary nor another contrast comes between the contrast at <paramref name="c"/> and the offset <paramref name="start"/>.</summary>
    private static bool OpensClauseOf(ReadOnlySpan<Unit> units, int c, int start)
    {
        for (var i = c + 1; i < units.Length && units[i].Start < start; i++)
        {
            if (units[i].Kind == UnitKind.Boundary || units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast)
            {
                return false;
            }
        }

        return true;
    }

    // Words that say a price or a figure stood still before a subordinator: "shares unchanged despite …", "the stock was little
    // changed". Not AttributionText's words of stasis after a name, which also hold "mixed" and "hovers" (a session's
    // shape, not news conceded) and read "little changed" over the name's text, not over units.
    private static readonly WordSet StillWords = new("unchanged", "flat", "steady", "changed", "sideways", "stable", "unmoved");

    /// <summary>
    /// Whether the clause before the subordinator at <paramref name="c"/> ends by saying something stood still ("unchanged",
    /// "flat", "little changed", "trade sideways"), over at most one word ("flat so far despite").
    /// </summary>
    private static bool StandsStillBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c)
    {
        for (var i = c - 1; i >= 0 && i >= c - 2; i--)
        {
            if (units[i].Kind == UnitKind.Word && StillWords.Contains(text[units[i].Start..units[i].End]))
            {
                return IsStillWord(text, units, i);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> says a thing stood still (<see cref="StillWords"/>); "changed" only after "little"
    /// or "barely": "the outlook changed despite …" is a change.
    /// </summary>
    private static bool IsStillWord(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        StillWords.Contains(text[units[i].Start..units[i].End]) &&
        (!IsWord(text, units[i], "changed") || i > 0 && (IsWord(text, units[i - 1], "little") || IsWord(text, units[i - 1], "barely")));

    // Verbs of keeping a forecast as it was, and what they keep: "keeps profit outlook despite a weak French market", "left its
    // outlook unchanged". (A property, not a field: StateWords is built from it, in whichever order the fields are.)
    private static string[] KeepingVerbList =>
        ["keeps", "kept", "keep", "maintains", "maintained", "holds", "held", "reiterates", "reiterated", "reaffirms", "reaffirmed",
         "affirms", "affirmed", "confirms", "confirmed", "sticks", "stuck", "leaves", "left"];

    private static readonly WordSet KeepingVerbs = new(KeepingVerbList);

    // Verbs of keeping that keep a forecast only with a word of stillness after it: "left its outlook unchanged" (not "left its
    // forecast to the board").
    private static readonly WordSet LeavingVerbs = new("leaves", "left");

    // Words after a forecast kept that say it stood: "kept its forecast unchanged", "held its guidance steady".
    private static readonly WordSet KeptStill = new("unchanged", "intact", "steady", "unaltered");

    /// <summary>How good it is that a company keeps its forecast: as much as "reiterates its outlook" in the lexicon.</summary>
    private const double KeptForecastValence = 0.15;

    /// <summary>
    /// "Home Depot kept its annual sales forecast unchanged", "held its full-year outlook steady", "left its guidance unchanged": a
    /// verb of keeping and, within <see cref="MaxKeptForecastReach"/> words, a forecast is mild good news, as the lexicon's
    /// "reiterates its outlook" is. The verb becomes one phrase with the forecast (and the word of stillness after it); the words
    /// between, a quantity, a year or a neutral phrase among them ("sales forecast", "its 2025 earnings guidance"), are plain
    /// words in it. Only a verb no lexicon phrase
    /// took already.
    /// </summary>
    /// <returns>Whether any such phrase was made.</returns>
    private static bool ReadKeptForecasts(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var read = false;
        for (var i = 0; i + 1 < units.Length; i++)
        {
            if (units[i].Kind != UnitKind.Word || !KeepingVerbs.Contains(text[units[i].Start..units[i].End]))
            {
                continue;
            }

            var forecast = -1;
            for (var j = i + 1; j < units.Length && j <= i + MaxKeptForecastReach; j++)
            {
                if (!(units[j].Kind is UnitKind.Word or UnitKind.Number || IsQuantity(units[j]) ||
                      units[j].Kind == UnitKind.Lexical && units[j].Category == LexiconCategory.Neutral))
                {
                    break;
                }

                if (KeptForecasts.Contains(PhraseText.LastWord(text[units[j].Start..units[j].End])))
                {
                    forecast = j;
                    break;
                }
            }

            if (forecast < 0)
            {
                continue;
            }

            var end = forecast;
            if (end + 1 < units.Length && units[end + 1].Kind is UnitKind.Word or UnitKind.Lexical && KeptStill.Contains(text[units[end + 1].Start..units[end + 1].End]))
            {
                end++;
            }
            else if (LeavingVerbs.Contains(text[units[i].Start..units[i].End]))
            {
                continue;
            }

            for (var j = i + 1; j <= end; j++)
            {
                units[j].Kind = UnitKind.Word;
            }

            units[i] = Unit.Phrase(units[i].Start, units[end].End, LexiconCategory.Sentiment, KeptForecastValence);
            read = true;
            i = end;
        }

        return read;
    }

    private static readonly WordSet KeptForecasts = new("outlook", "guidance", "forecast", "forecasts", "target", "targets", "goal", "goals");

    /// <summary>The most units from a verb of keeping to the forecast it keeps ("keeps its full-year profit outlook").</summary>
    private const int MaxKeptForecastReach = 6;

    /// <summary>
    /// Whether the clause before the subordinator at <paramref name="c"/> keeps a forecast as it was ("Kingfisher keeps profit
    /// outlook despite weak French market"): a forecast that stood still, as <see cref="StandsStillBefore"/> reads a price.
    /// </summary>
    private static bool KeepsForecastBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c)
    {
        for (var i = 0; i < c; i++)
        {
            if (units[i].Kind != UnitKind.Word || !KeepingVerbs.Contains(text[units[i].Start..units[i].End]))
            {
                continue;
            }

            for (var j = i + 1; j < c && j <= i + MaxKeptForecastReach; j++)
            {
                if (units[j].Kind is UnitKind.Word or UnitKind.Lexical && KeptForecasts.Contains(text[units[j].Start..units[j].End]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The most units of an item of a list of what is conceded ("weak demand in Asia").</summary>
    private const int MaxConcededListItem = 5;

    // Words that open a relative clause, which comments rather than lists: "a cautious stance that disappointed investors".
    private static readonly WordSet Relatives = new("that", "which", "who", "whose", "where");

    /// <summary>
    /// The first unit from <paramref name="start"/> that ends a conceded clause (a comma or a semicolon), or the units' end. The
    /// comma of a place before its state in a descriptor ends none: "even though the Rye Brook, New York-based maker topped
    /// forecasts" concedes to its end.
    /// </summary>
    private static int ConcessionEnd(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int start)
    {
        var end = start;
        while (end < units.Length && !(units[end].Kind == UnitKind.Boundary && text[units[end].Start] is ',' or ';' && !OpensPlaceDescriptor(text, units, end + 1)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether the units at <paramref name="index"/> are a place in one or two capitalised words, the last ending in "-based"
    /// ("Florida-based", "New York-based").
    /// </summary>
    private static bool OpensPlaceDescriptor(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int index)
    {
        for (var i = index; i < index + 2 && i < units.Length && units[i].Kind != UnitKind.Boundary; i++)
        {
            var word = text[units[i].Start..units[i].End];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            if (word.Length > 6 && word.EndsWith("-based", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the units from <paramref name="start"/> to the next comma go on with what a clause after the main one concedes ("…
    /// despite a strike, weaker pricing"): no predicate of their own (a move after what moved, "shares fall", or a verb with
    /// nothing that moved, "fell"; a comparative describes, "weaker"), no contrast and no word that opens a clause ("and", "but", "as").
    /// </summary>
    private static bool ListsMoreConceded(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int start)
    {
        var end = ConcessionEnd(text, units, start);
        if (end == start || end - start > MaxConcededListItem)
        {
            return false; // "despite a strong quarter, a cautious stance that disappointed investors": a comment, no item
        }

        if (units[start].Kind is UnitKind.Word or UnitKind.Lexical && ResultParticiples.Contains(text[units[start].Start..units[start].End]))
        {
            return false; // "did not cut its forecast despite softer spending, easing investor fears": what the main clause did
        }

        for (var i = start; i < end; i++)
        {
            ref readonly var unit = ref units[i];
            if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast ||
                IsDirection(unit) && (unit.Partner >= 0 ? unit.Partner < i : !text[unit.Start..unit.End].EndsWith("er", StringComparison.OrdinalIgnoreCase)) ||
                unit.Kind == UnitKind.Word && (Connectors.Contains(text[unit.Start..unit.End]) || IsWord(text, unit, "and") || IsWord(text, unit, "or") ||
                                               Relatives.Contains(text[unit.Start..unit.End])))
            {
                return false;
            }
        }

        return true;
    }

    // Participles that open a clause of what the main clause brought about, not an item of a list of what is conceded: "despite
    // softer spending, easing investor fears", "despite a strike, sending shares higher". "Despite a strike, falling prices" lists.
    private static readonly WordSet ResultParticiples = new(
        "easing", "allaying", "calming", "soothing", "sending", "lifting", "boosting", "pushing", "driving", "helping", "prompting",
        "sparking", "fueling", "fuelling", "reassuring", "dragging", "hurting", "rattling", "spooking", "disappointing", "pleasing");

    // Verbs of what a step is taken for, after "to": "cut its dividend to reduce debt", "cut jobs to lower costs".
    private static readonly WordSet PurposeVerbs = new(
        "reduce", "cut", "lower", "trim", "pay", "repay", "boost", "improve", "strengthen", "shore", "bolster", "protect", "preserve",
        "save", "free", "fund", "repair", "restore", "rebuild", "revive", "offset", "support", "help", "ease", "fix", "stem", "stop",
        "stabilise", "stabilize", "secure", "focus", "streamline", "simplify", "accelerate", "return");

    /// <summary>
    /// "Slashed its dividend to reduce debt", "cut 17,000 jobs to lower costs": a good thing after "to" and a verb of purpose,
    /// in a clause whose step before it is bad news, is what the step is for, not yet achieved; it is damped like an aim (the
    /// step is the news). Without bad news before it ("used the proceeds to reduce debt") the good thing counts in full.
    /// </summary>
    private static void DiscountPurposes(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var bad = false;
        for (var i = 0; i < units.Length; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind == UnitKind.Boundary || unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast)
            {
                bad = false;
                continue;
            }

            if (unit.Contribution < 0)
            {
                bad = true;
                continue;
            }

            if (bad && unit.Contribution > 0 && unit.Hedge < 0 && i > 0 && IsWord(text, units[i - 1], "to") &&
                PurposeVerbs.Contains(PhraseText.FirstWord(text[unit.Start..unit.End])))
            {
                unit.Contribution *= 1 + PurposeHedge;
                unit.Hedge = i - 1;
            }
        }
    }

    /// <summary>The hedge's valence of "to" before a purpose (see <see cref="DiscountPurposes"/>), like "in a bid to".</summary>
    private const double PurposeHedge = -0.5;

    /// <summary>
    /// "The dollar rises on rate-hike bets", "Acme falls following a strong quarter": "on", "after", "following" or "amid"
    /// right after a move (<see cref="CauseAfter"/>) opens the move's cause or setting. The move is what happened to the
    /// subject; a cause that pulls the other way explains it and weighs <see cref="LexiconScorerOptions.OpposingCauseWeight"/>
    /// (one that agrees, "falls on weak demand", counts in full). So does a house's rating move ("Mizuho upgrades Intel on price
    /// cuts": the house reads the cuts as good). The cause runs to <see cref="EndsCause"/>; the first words
    /// after "after" were already dropped as a starting point (<see cref="DiscountStartingPoints"/>).
    /// </summary>
    private void DiscountOpposingCauses(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        if (_opposingCauseWeight == 1)
        {
            return;
        }

        // "Cigna was roughly flat after reaffirming guidance": the cause of a stock that stood still moved nothing, either way.
        for (var m = 0; m < units.Length; m++)
        {
            // (The length first: most words are no word of stillness, four to nine letters long.)
            if (units[m].Kind == UnitKind.Word && units[m].End - units[m].Start is >= 4 and <= 9 && IsStillWord(text, units, m) &&
                CauseAfter(text, units, m, setting: true) is var still and >= 0)
            {
                for (var j = still + 1; j < lexical.End && !EndsCause(text, units, j); j++)
                {
                    ref var unit = ref units[j];
                    if (unit.Contribution != 0 && (unit.Roles & ClauseRoles.Cause) == 0)
                    {
                        unit.Contribution *= _opposingCauseWeight;
                        unit.Roles |= ClauseRoles.Cause;
                    }
                }
            }
        }

        // The moves are found first (a sentence has few), and only the words right after them are looked up. A rise of a bad
        // quantity is not the subject's fortune moving ("costs rose on strong demand": both are the company's news).
        for (var m = lexical.First; m < lexical.End; m++)
        {
            ref readonly var move = ref units[m];
            if (move.Contribution == 0 || !(IsDirection(move) || move.Category == LexiconCategory.Sentiment &&
                    (IsMoveOrJudgedMove(text[move.Start..move.End]) || AttributionText.IsRatingVerb(text[move.Start..move.End]))) ||
                IsDirection(move) && move.Partner >= 0 && units[move.Partner].Category == LexiconCategory.BadWhenUp)
            {
                continue;
            }

            var cause = CauseAfter(text, units, m);
            if (cause < 0)
            {
                continue;
            }

            var sign = Math.Sign(move.Contribution);
            for (var j = cause + 1; j < lexical.End && !EndsCause(text, units, j); j++)
            {
                ref var unit = ref units[j];
                if (unit.Contribution != 0 && Math.Sign(unit.Contribution) != sign && (unit.Roles & ClauseRoles.Cause) == 0)
                {
                    unit.Contribution *= _opposingCauseWeight;
                    unit.Roles |= ClauseRoles.Cause;
                }
            }
        }
    }

    /// <summary>
    /// "Acme, whose lending arm was the hardest hit by the new rule, rose 4%": an aside between commas, opened by "which", "whose"
    /// or "who", that stands between a subject and its move describes the subject; what in it pulls against the move is
    /// background, and weighs <see cref="LexiconScorerOptions.OpposingCauseWeight"/>, as a cause against its move does.
    /// </summary>
    private void DiscountOpposingAsides(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        if (_opposingCauseWeight == 1)
        {
            return;
        }

        for (var i = 0; i + 1 < lexical.End; i++)
        {
            if (units[i].Kind != UnitKind.Boundary || text[units[i].Start] != ',' || units[i + 1].Kind != UnitKind.Word ||
                !AsideRelatives.Contains(text[units[i + 1].Start..units[i + 1].End]))
            {
                continue;
            }

            // The aside's closing comma, before the sentence's next stop and within MaxAsideUnits.
            var close = -1;
            for (var k = i + 2; k < units.Length && k <= i + MaxAsideUnits && close < 0; k++)
            {
                if (units[k].Kind == UnitKind.Boundary)
                {
                    if (text[units[k].Start] != ',')
                    {
                        break;
                    }

                    close = k;
                }
            }

            if (close < 0 || close + 1 >= units.Length)
            {
                continue;
            }

            ref readonly var move = ref units[close + 1];
            if (move.Contribution == 0 ||
                !(IsDirection(move) || move.Category == LexiconCategory.Sentiment && IsMoveOrJudgedMove(text[move.Start..move.End])))
            {
                i = close - 1;
                continue;
            }

            var sign = Math.Sign(move.Contribution);
            for (var j = i + 2; j < close; j++)
            {
                ref var unit = ref units[j];
                if (unit.Contribution != 0 && Math.Sign(unit.Contribution) != sign && (unit.Roles & ClauseRoles.Cause) == 0)
                {
                    unit.Contribution *= _opposingCauseWeight;
                    unit.Roles |= ClauseRoles.Cause;
                }
            }

            i = close - 1;
        }
    }

    // Words that open an aside about the subject before them: "Acme, which makes chips,", "whose unit", "who runs it".
    private static readonly WordSet AsideRelatives = new("which", "whose", "who");

    /// <summary>The most units between an aside's commas (see <see cref="DiscountOpposingAsides"/>).</summary>
    private const int MaxAsideUnits = 24;

    /// <summary>
    /// "Needham downgraded Micron to hold from buy after a 60% rally this year", "upgraded to buy after a 40% slide": a run of the
    /// stock that pulls against a house's rating move in the same sentence is the move's reason (the valuation it left), not news
    /// of its own, and weighs <see cref="LexiconScorerOptions.OpposingCauseWeight"/>; so does the upside a downgrade says the price
    /// already reflects.
    /// </summary>
    private void DiscountRunsBehindRatingMoves(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        if (_opposingCauseWeight == 1)
        {
            return;
        }

        var rating = 0;
        for (var i = lexical.First; i < lexical.End && rating == 0; i++)
        {
            if (units[i].Kind == UnitKind.Lexical && units[i].Contribution != 0 && IsRatingMove(text, units, i))
            {
                rating = Math.Sign(units[i].Contribution);
            }
        }

        for (var i = lexical.First; rating != 0 && i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind == UnitKind.Lexical && Math.Sign(unit.Contribution) == -rating && (unit.Roles & ClauseRoles.Cause) == 0 &&
                (StockRunWords.Contains(PhraseText.FirstWord(text[unit.Start..unit.End])) ||
                 StockRunWords.Contains(PhraseText.LastWord(text[unit.Start..unit.End])))) // "after record run"
            {
                unit.Contribution *= _opposingCauseWeight;
                unit.Roles |= ClauseRoles.Cause;
            }
        }
    }

    /// <summary>
    /// "L3Harris keeps annual forecast intact despite $120 million space charge", "did not cut its dividend despite weaker Strip
    /// results", "kept its forecast, even as it flagged softer pricing": a company that holds its course despite trouble says the
    /// trouble is absorbed, and the two net out; every score from the course kept to the end of the conceded clause weighs
    /// nothing ("Target shares gain as the retailer holds its forecast despite…" keeps the gain). Only a course kept
    /// (<see cref="KeepingVerbs"/>, <see cref="StandingVerbs"/>, or a cut or change denied right before it) before "despite",
    /// "in spite of" or "even as", and trouble after it.
    /// </summary>
    private static void NetKeptCoursesDespiteTroubles(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var concession = -1;
        for (var i = lexical.First + 1; i < lexical.End; i++)
        {
            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast && KeptDespiteWords.Contains(text[units[i].Start..units[i].End]))
            {
                concession = i;
                break;
            }
        }

        // A course kept is a verb with its object ("keeps its forecast"), not a passive ("momentum maintained despite…").
        var kept = concession < 0 ? -1 : KeptCourse(text, units, 0, concession);
        if (kept < 0 || kept + 1 >= concession)
        {
            return;
        }

        var end = concession + 1;
        var trouble = false;
        while (end < lexical.End && units[end].Kind != UnitKind.Boundary)
        {
            trouble |= units[end].Contribution < 0;
            end++;
        }

        for (var i = Math.Max(kept, lexical.First); trouble && i < end; i++)
        {
            units[i].Contribution = 0;
        }
    }

    /// <summary>
    /// The first unit from <paramref name="first"/> up to <paramref name="end"/> that keeps a course ("keeps its forecast"; the
    /// denial of "did not cut"), or -1.
    /// </summary>
    private static int KeptCourse(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                continue;
            }

            var word = PhraseText.FirstWord(text[units[i].Start..units[i].End]);
            if (KeepingVerbs.Contains(word) || StandingVerbs.Contains(word))
            {
                return i;
            }

            if (i > first && DeniedCourseChanges.Contains(word) && DenyingWords.Contains(text[units[i - 1].Start..units[i - 1].End]))
            {
                return i - 1;
            }
        }

        return -1;
    }

    // Words that concede trouble a kept course holds against: "despite", "in spite of", "even as".
    private static readonly WordSet KeptDespiteWords = new("despite", "in spite of", "even as");

    // Verbs of standing by a course: "stands by full-year outlook".
    private static readonly WordSet StandingVerbs = new("stands", "stood");

    // Changes of course a denial before them keeps: "did not cut its dividend", "no cut planned", "did not change its outlook".
    private static readonly WordSet DeniedCourseChanges = new("cut", "change", "lower", "reduce", "trim", "slash", "suspend");

    /// <summary>
    /// Whether the unit at <paramref name="i"/> is a house's rating move: "downgraded", "upgrades", "to hold from buy",
    /// "downgraded to 'neutral' from 'buy'", or a cut or raise of a rating.
    /// </summary>
    private static bool IsRatingMove(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        var words = text[units[i].Start..units[i].End];
        var first = PhraseText.FirstWord(words);
        if (first.StartsWith("downgrade", StringComparison.OrdinalIgnoreCase) || first.StartsWith("upgrade", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (first.Equals("to", StringComparison.OrdinalIgnoreCase) && words.Contains(" from ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Constellation Energy cut to hold at Jefferies": a move verb, "to" and the level.
        if (RatingMoveVerbs.Contains(first) && words.Contains(" to ", StringComparison.OrdinalIgnoreCase) &&
            RatingLevelWords.Contains(PhraseText.LastWord(words)))
        {
            return true;
        }

        return IsDirection(units[i]) && units[i].Partner >= 0 && IsWord(text, units[units[i].Partner], "rating");
    }

    // The words of a stock's run a rating move answers: "after a 60% rally", "the stock's run-up", "a 40% slide".
    private static readonly WordSet StockRunWords = new(
        "rally", "rallies", "run", "run-up", "runup", "surge", "climb", "advance", "upside", "selloff", "sell-off", "slide", "slump",
        "plunge", "rout", "decline", "drop", "tumble");

    /// <summary>
    /// "Delayed monsoon to benefit the company", "Price cuts lift sales": what stands before a verb of effect
    /// (<see cref="AttributionText.IsVerbOfEffect"/>; a direction, with the quantity it moves after it) in its clause is the
    /// cause, and the effect on the object is the news. A
    /// scored word of the cause that pulls against the verb weighs <see cref="LexiconScorerOptions.OpposingCauseWeight"/>, as a
    /// cause after a move does (<see cref="DiscountOpposingCauses"/>). Not before a passive's agent ("Acme hit by weak demand":
    /// what comes before is what was hit).
    /// </summary>
    private void DiscountOpposingSubjects(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        if (_opposingCauseWeight == 1)
        {
            return;
        }

        for (var v = Math.Max(lexical.First, 1); v < lexical.End; v++)
        {
            ref readonly var verb = ref units[v];
            if (verb.Kind != UnitKind.Lexical || !(verb.Category == LexiconCategory.Sentiment || IsDirection(verb) && verb.Partner > v) || verb.Contribution == 0 ||
                !AttributionText.IsVerbOfEffect(PhraseText.FirstWord(text[verb.Start..verb.End])) ||
                v + 1 >= units.Length || units[v + 1].Kind == UnitKind.Boundary || IsWord(text, units[v + 1], "by"))
            {
                continue;
            }

            var sign = Math.Sign(verb.Contribution);
            for (var j = v - 1; j >= 0 && units[j].Kind != UnitKind.Boundary && !IsConnector(text, units[j]); j--)
            {
                ref var unit = ref units[j];
                if (unit.Contribution != 0 && Math.Sign(unit.Contribution) != sign && (unit.Roles & ClauseRoles.Cause) == 0)
                {
                    unit.Contribution *= _opposingCauseWeight;
                    unit.Roles |= ClauseRoles.Cause;
                }
            }
        }
    }

    /// <summary>
    /// Whether "as" at unit <paramref name="i"/> opens a cause ("Peloton stock jumps as embattled CEO steps down"), not a measure
    /// or a comparison ("rose as much as 4%", "as expected", "as well as"). Unless <paramref name="anySubject"/>, a clause whose
    /// subject is another market or a name is no cause.
    /// </summary>
    private static bool IsCausalAs(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i, bool anySubject = false)
    {
        if (!IsWord(text, units[i], "as") || i + 1 >= units.Length || units[i + 1].Kind is not (UnitKind.Word or UnitKind.Lexical) ||
            AsNonCauses.Contains(PhraseText.FirstWord(text[units[i + 1].Start..units[i + 1].End])))
        {
            return false;
        }

        if (anySubject)
        {
            return true;
        }

        // "S&P falls as Nasdaq inches up", "gold down as the dollar rises", "as Home Depot's stock sinks": a clause whose subject is
        // another market or a name is that subject's news, no cause of the move.
        var subject = i + 1;
        if (IsWord(text, units[subject], "the") && subject + 1 < units.Length)
        {
            subject++;
        }

        return !AttributionText.IsMarketSubject(text[units[subject].Start..units[subject].End]) &&
            !(subject + 1 < units.Length && AttributionText.IsMarketSubject(text[units[subject].Start..units[subject + 1].End])) &&
            !IsOtherSubject(text, units, subject) && !(char.IsUpper(text[units[subject].Start]) && !IsTitleCase(text, units));
    }

    // Words after "as" that make it a measure, a comparison or a time, no cause.
    private static readonly WordSet AsNonCauses = new(
        "much", "well", "expected", "planned", "scheduled", "forecast", "anticipated", "part", "high", "low", "many", "far", "long",
        "soon", "of", "a", "an", "usual", "such", "if", "though", "to", "per", "before", "previously", "little", "few", "good", "bad",
        "strong", "weak", "big");

    /// <summary>
    /// The word that opens the cause of the move at unit <paramref name="move"/> (a direction or a phrase that names a move,
    /// "rallies"): the first cause word after it, with at most a few words, figures or intensifiers between them ("rises 5%
    /// on", "lost as much as 4% after"); -1 when another phrase or a boundary comes first ("overweight on banks" names no
    /// move, "cost cuts after a fine" none either). ", respectively," may come between ("climbed 3.7% and 4.9%, respectively, as…").
    /// With <paramref name="setting"/>, for a stock that stood still, "as" or "even as" also opens what went on around it, a
    /// market's move included ("ended little changed even as the VIX surged"), which a move's cause leaves to that market.
    /// </summary>
    private static int CauseAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int move, bool setting = false)
    {
        var skipped = 0;
        for (var i = move + 1; i < units.Length && i - move - skipped <= MaxWordsBeforeCause + 1; i++)
        {
            ref readonly var unit = ref units[i];

            // "Climbed 3.7% and 4.9%, respectively, as…": the aside that pairs the figures with their subjects is passed over.
            if (IsRespectivelyAside(text, units, i))
            {
                i += 2;
                skipped += 3;
                continue;
            }

            if (unit.Kind == UnitKind.Word && (AttributionText.IsCauseOpener(text[unit.Start..unit.End]) || IsCausalAs(text, units, i, anySubject: setting)))
            {
                // "Rose on Monday", "fell after hours": a time, not a cause; one may follow it ("rose on Monday on weak volume").
                if (i + 1 < units.Length && units[i + 1].Kind == UnitKind.Word && TimeWords.Contains(text[units[i + 1].Start..units[i + 1].End]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (setting && unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast &&
                text[unit.Start..unit.End].Equals("even as", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (unit.Contribution != 0 || unit.Kind == UnitKind.Boundary || unit.Kind == UnitKind.Lexical && unit.Category != LexiconCategory.Intensifier)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the units from <paramref name="i"/> are ", respectively,".</summary>
    private static bool IsRespectivelyAside(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        i + 2 < units.Length && units[i].Kind == UnitKind.Boundary && text[units[i].Start] == ',' && IsWord(text, units[i + 1], "respectively") &&
        units[i + 2].Kind == UnitKind.Boundary && text[units[i + 2].Start] == ',';

    /// <summary>Whether a sentiment phrase names a move ("rallies", "a big slide"): its last word is one.</summary>
    private static bool IsMoveWord(ReadOnlySpan<char> phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return MoveAndLevelWords.Contains(space < 0 ? phrase : phrase[(space + 1)..]);
    }

    /// <summary>
    /// Whether a phrase is a move (<see cref="IsMoveWord"/>) or one judged against what was expected, whose last word names the
    /// yardstick ("recover faster than feared", "fell less than expected"): its cause is the move's cause.
    /// </summary>
    private static bool IsMoveOrJudgedMove(ReadOnlySpan<char> phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var last = space < 0 ? phrase : phrase[(space + 1)..];
        return MoveAndLevelWords.Contains(last) || space > 0 && ComparedExpectations.Contains(last);
    }

    /// <summary>
    /// Whether a cause ends at the unit: any boundary (a comma, a semicolon, a dash, a bracket), a contrast, a word that opens
    /// another clause, or "and" or "then", after which a new predicate may start ("jumped on its debut then plunged"), unless
    /// "and" opens a second cause.
    /// </summary>
    private static bool EndsCause(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        ref readonly var unit = ref units[i];
        if (unit.Kind == UnitKind.Word && IsWord(text, unit, "and"))
        {
            // "Rises after a buyback and on hopes of a merger": a second cause goes on.
            return !(i + 1 < units.Length && units[i + 1].Kind == UnitKind.Word && AttributionText.IsCauseOpener(text[units[i + 1].Start..units[i + 1].End]));
        }

        // "Rose after a judge ruled its patents valid, allowing it to press ahead with lawsuits": what the cause allows goes on
        // with it.
        if (unit.Kind == UnitKind.Boundary && text[unit.Start] == ',' && i + 1 < units.Length && units[i + 1].Kind == UnitKind.Word &&
            ConsequenceParticiples.Contains(text[units[i + 1].Start..units[i + 1].End]))
        {
            return false;
        }

        return unit.Kind == UnitKind.Boundary ||
            unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast ||
            unit.Kind == UnitKind.Word && (Connectors.Contains(text[unit.Start..unit.End]) || IsWord(text, unit, "then"));
    }

    // Participles after a comma that give what a cause leads to: "…, allowing the company to press ahead with lawsuits".
    private static readonly WordSet ConsequenceParticiples = new("allowing", "letting", "enabling", "paving", "clearing", "freeing");

    /// <summary>The last unit that is a word, a phrase or a figure (not punctuation), or -1.</summary>
    private static int LastWordUnit(ReadOnlySpan<Unit> units)
    {
        var last = units.Length - 1;
        while (last >= 0 && units[last].Kind is UnitKind.Boundary or UnitKind.Other)
        {
            last--;
        }

        return last;
    }

    /// <summary>
    /// "Sales lifted by ice cream in a soft economy", "profit rose in a difficult market environment": hard times named after
    /// "in" as the setting of other news are conceded, as after "despite", when the clause has news of its own.
    /// </summary>
    private void ConcedeHardTimes(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.Contribution >= 0 || unit.Roles != 0)
            {
                continue;
            }

            var opener = i - 1;
            if (opener > 0 && units[opener].Kind == UnitKind.Word && Articles.Contains(text[units[opener].Start..units[opener].End]))
            {
                opener--;
            }

            if (!IsWord(text, units[opener], "in") || !NamesHardTimes(text, units, i) || FindScored(units, i, -1, MaxHardTimesReach) < 0 && FindScored(units, i, 1, MaxHardTimesReach) < 0)
            {
                continue;
            }

            Weigh(ref unit, _concededWeight, conceded: true);
        }
    }

    private const int MaxHardTimesReach = 8;

    // Whether the bad phrase at i is, or goes on within two words with, a setting: "a soft economy", "a tough market environment".
    private static bool NamesHardTimes(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        if (Settings.Contains(PhraseText.LastWord(text[units[i].Start..units[i].End])))
        {
            return true;
        }

        // The setting may be a word of the lexicon ("market", "market environment"), read by its first word.
        for (var j = i + 1; j < units.Length && j <= i + 2 && (units[j].Kind == UnitKind.Word ||
                 units[j].Kind == UnitKind.Lexical && units[j].Category is LexiconCategory.Neutral or LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp); j++)
        {
            if (Settings.Contains(PhraseText.FirstWord(text[units[j].Start..units[j].End])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Settings = new(
        "economy", "market", "markets", "environment", "climate", "conditions", "backdrop", "year", "quarter", "period", "season");

    private static void Weigh(ref Unit unit, double weight, bool conceded)
    {
        if (unit.Contribution != 0)
        {
            unit.Contribution *= weight;
            unit.Roles |= conceded ? ClauseRoles.Conceded : ClauseRoles.Main;
        }
    }

    private static int FindScored(Span<Unit> units, int from, int step, int window, bool stopAtIdleQuantity = false)
    {
        for (var i = from + step; i >= 0 && i < units.Length && Math.Abs(i - from) <= window; i += step)
        {
            // "its largest customers and raising the price target": a degree before a quantity that nothing moves is that
            // quantity's rank, no degree of the news after it.
            if (IsClauseStop(units[i]) || stopAtIdleQuantity && units[i].Contribution == 0 && IsSubjectQuantity(units[i]) && units[i].Partner < 0)
            {
                return -1;
            }

            if (units[i].Contribution != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a text has financial context: an amount, percentage, cashtag or exchange symbol, a lexicon entry of finance (a
    /// direction, a quantity, a false friend, a financial sentiment term), or a word of markets, trading or business
    /// (<see cref="MarketWords"/>). Everyday-English sentiment alone does not give it.
    /// </summary>
    internal bool HasFinancialContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var rented = ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            var wordIds = rented.AsSpan(0, tokens.Length);
            wordIds.Fill(UnknownWordId);
            return FindsFinancialContext(text, tokens, wordIds);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Like <see cref="HasFinancialContext(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>, with the tokens' lexicon word ids from the
    /// caller (one per token: an id, -1 or <see cref="UnknownWordId"/>; unknown ones are looked up and written back).
    /// </summary>
    internal bool HasFinancialContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordIds) =>
        FindsFinancialContext(text, tokens, wordIds);

    private bool FindsFinancialContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordIds)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Percent or TokenKind.Currency or TokenKind.Cashtag or TokenKind.ExchangeSymbol)
            {
                return true;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Hashtag))
            {
                i++;
                continue;
            }

            var (entry, length) = MatchLongest(text, tokens, i, wordIds);
            if (entry < 0)
            {
                if (MarketWords.Contains(WordText(text, token)))
                {
                    return true;
                }

                i++;
                continue;
            }

            if (!_entryInfo[entry].General && _entryInfo[entry].Category is
                LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease or
                LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp or LexiconCategory.Neutral)
            {
                return true;
            }

            i += length;
        }

        return false;
    }

    /// <summary>
    /// Weighs the everyday-English contributions of one sentence's drafts by <paramref name="generalWeight"/> (marking them
    /// off-topic) and returns the sentence's new score: the drafts hold every contribution the sentence's score was made of.
    /// </summary>
    internal double Reweigh(Span<EvidenceDraft> drafts, double generalWeight)
    {
        var raw = 0.0;
        foreach (ref var draft in drafts)
        {
            if (draft.General)
            {
                draft.RawContribution *= generalWeight;
                draft.Contribution = Math.Round(draft.RawContribution, 4);
                draft.OffTopic = true;
            }

            raw += draft.RawContribution;
        }

        return Math.Tanh(_gain * raw);
    }

    /// <summary>
    /// What a sentence has that some rule pass needs, collected while its units are built (as a superset: a later pass may mask
    /// what set a flag), so that a pass that could find nothing is skipped.
    /// </summary>
    [Flags]
    private enum Triggers
    {
        None = 0,

        /// <summary>A sentiment or direction unit that starts with a capital: what <see cref="MaskNames"/> may mask.</summary>
        CapitalisedOpinion = 1,

        /// <summary>A unit with a value that is no percentage (an amount, a number, a signed move).</summary>
        OneAmount = 2,

        /// <summary>Two such units or more: <see cref="CompareNumbers"/> compares two of them, and finds nothing with fewer.</summary>
        Amounts = OneAmount | 4,

        /// <summary>A unit that may be the high or low of <see cref="ReadPeriodExtremes"/> (<see cref="MayBeExtreme"/>).</summary>
        Extreme = 8,

        /// <summary>The word "ahead" (as in "ahead of"): what <see cref="DiscountAwaitedEvents"/> looks for.</summary>
        Awaited = 16,

        /// <summary>A lexical "strike": what <see cref="ReadStrikesOfDeals"/> looks for.</summary>
        Strike = 32,

        /// <summary>A word that may end a state ("stalls", "is over", "dismissed"): what <see cref="ReverseEndedStates"/> looks for.</summary>
        StateEnd = 64,

        /// <summary>A bad verb that stops or spoils a good thing ("derails"): what <see cref="TurnBrokenGoods"/> looks for.</summary>
        Breaker = 128,

        /// <summary>A verb that may settle or drop trouble ("settles", "drops"): what <see cref="ResolveTroubleAhead"/> looks for.</summary>
        Resolving = 256,

        /// <summary>A verb of starting again ("resumed", "reopens"): what <see cref="DiscountEndedInterruptions"/> looks for.</summary>
        Resuming = 512,

        /// <summary>A lexical unit ending in "record" ("record", "hit a record"): what <see cref="ReadRecordLevels"/> looks for.</summary>
        Record = 1024,

        /// <summary>A percentage with a value.</summary>
        OnePercent = 2048,

        /// <summary>Two percentages or more: <see cref="CompareNumbers"/> may compare them ("a margin of 8.1%, against 10.4%").</summary>
        Percents = OnePercent | 4096,

        /// <summary>An emoji: what <see cref="IsSarcastic"/> looks for.</summary>
        Emoji = 8192,

        /// <summary>
        /// A word of what was expected or feared ("expected", "feared", "consensus"), or an entry ending in one: what the
        /// comparisons with expectations look for (<see cref="JudgeNotAsExpected"/>, <see cref="IsExpectedNotDone"/>).
        /// </summary>
        Expectation = 16384,

        /// <summary>A verb of keeping ("kept", "maintains", "left"): what <see cref="ReadKeptForecasts"/> looks for.</summary>
        Keeping = 32768,

        /// <summary>A verb of news that fails to please ("fails to impress"): what <see cref="DiscountLetdownSubjects"/> looks for.</summary>
        Letdown = 65536,
    }

    /// <summary>The units from the first lexical unit of a sentence (<see cref="First"/>) to the last (before <see cref="End"/>); empty when it has none.</summary>
    private readonly struct LexicalUnits(int first, int end)
    {
        public readonly int First = first;
        public readonly int End = end;
    }

    /// <summary>What the scorer reads from a lexicon entry (see <see cref="_entryInfo"/>).</summary>
    private readonly record struct EntryInfo(
        double Valence, LexiconCategory Category, bool General, bool MayBeReferenceWord, bool Strike, bool StateEnd, bool Resolving, bool Breaker,
        bool Resuming, bool Record, bool Expectation, bool Letdown)
    {
        /// <summary>The triggers a unit of the entry sets, as one value (a unit is built for every lexicon word of a sentence).</summary>
        public Triggers Triggers { get; } =
            (Strike ? Triggers.Strike : 0) | (StateEnd ? Triggers.StateEnd : 0) | (Resolving ? Triggers.Resolving : 0) |
            (Breaker ? Triggers.Breaker : 0) | (Resuming ? Triggers.Resuming : 0) | (Record ? Triggers.Record : 0) |
            (Expectation ? Triggers.Expectation : 0) | (Letdown ? Triggers.Letdown : 0);
    }

    /// <summary>
    /// What a unit's clause makes of it: the main or the conceded side of a contrast, the cause of a move, or the legal trouble a
    /// step of a proceeding's timetable is about.
    /// </summary>
    [Flags]
    internal enum ClauseRoles : byte
    {
        None = 0,
        Main = 1,
        Conceded = 2,
        Cause = 4,
        Companies = 8,
        Procedural = 16,

        /// <summary>A conceded clause scaled down so as not to outweigh the main one (<see cref="KeepMainSide"/>).</summary>
        Outweighed = 32,
    }

    private enum UnitKind : byte
    {
        Word,
        Lexical,
        Number,
        Percent,
        Currency,
        Boundary,
        Other,
    }

    /// <summary>
    /// A word, a lexicon phrase, a number or a boundary of a sentence, with what the rule passes find out about it. 64 bytes, one
    /// cache line: the category is kept in a byte, and a boundary's char is read from the text at <see cref="Start"/>.
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    private struct Unit
    {
        public int Start;
        public int End;
        public UnitKind Kind;
        private byte _category;
        public int Entry;
        public double Valence;
        public double Contribution;
        public double Value;
        public bool HasValue;
        public bool Consumed;
        public bool StateChange;
        public bool Recommendation;
        public bool Reference;
        public bool Turnaround;
        public bool Question;
        public bool Sarcasm;
        public bool MeasuredMove;
        public sbyte Comparison;
        public ClauseRoles Roles;
        public int Partner;
        public int Negator;
        public int Hedge;
        public int Intensifier;

        public LexiconCategory Category
        {
            readonly get => (LexiconCategory)_category;
            set => _category = (byte)value;
        }

        public static Unit Create(int start, int end, UnitKind kind) => new()
        {
            Start = start,
            End = end,
            Kind = kind,
            Entry = -1,
            Partner = -1,
            Negator = -1,
            Hedge = -1,
            Intensifier = -1,
        };

        /// <summary>A lexical unit the rules make up over the text from <paramref name="start"/> to <paramref name="end"/>, with no lexicon entry.</summary>
        public static Unit Phrase(int start, int end, LexiconCategory category, double valence)
        {
            var unit = Create(start, end, UnitKind.Lexical);
            unit.Category = category;
            unit.Valence = valence;
            return unit;
        }

        public readonly int TokenCount(ReadOnlySpan<char> text) => text[Start..End].Contains(' ') ? 2 : 1;
    }
}
