using FinSentiment.Internal;
using FinSentiment.Lexicon;

namespace FinSentiment.Scoring;

// LexiconScorer, the phrases the lexicon alone cannot read: names and notices that hold opinion words, reference words
// (the ends of a rating action, a level moved from), highs and lows of a period, and recommendations.
public sealed partial class LexiconScorer
{
    /// <summary>Whether a phrase names a market move or level by its last word ("rally", "losing run", "16-month low").</summary>
    private static bool IsMoveOrLevel(ReadOnlySpan<char> phrase)
    {
        var space = phrase.LastIndexOfAny(' ', '-');
        return MoveAndLevelWords.Contains(space < 0 ? phrase : phrase[(space + 1)..]);
    }

    // Periods written apart from their number before a high or a low ("52 week high", "52 wk low"; "3 year low" is the
    // lexicon's "year low").
    private static readonly WordSet SpacedPeriods = new("month", "week", "day", "session", "quarter", "yr", "yrs", "mth", "mths", "wk", "wks");

    private static readonly WordSet CountWords = new(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty");

    // The ends of a period joined to its number ("4-month high", "3-yr low", "52-wk high").
    private static readonly string[] JoinedPeriods =
        ["-year", "-yr", "-month", "-mth", "-week", "-wk", "-day", "-session", "-decade", "-quarter", "-qtr"];

    private static bool IsArticleOrPeriod(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("year-", StringComparison.OrdinalIgnoreCase) || word.Equals("last", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("previous", StringComparison.OrdinalIgnoreCase) || word.Equals("prior", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "hits 4-month high", "seven-year low", "3-week peak", "two-year trough": a high or low over a named period is good or bad news,
    /// whatever the period (fixed phrases such as "record high" are in the lexicon).
    /// </summary>
    /// <returns>Whether it read one (a new sentiment unit).</returns>
    private static bool ReadPeriodExtremes(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var found = false;
        for (var i = 1; i < units.Length; i++)
        {
            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical) || units[i - 1].Kind != UnitKind.Word)
            {
                continue;
            }

            if (!MayBeExtreme(text, units[i].Start, units[i].End))
            {
                continue;
            }

            var word = text[units[i].Start..units[i].End];
            var sign = PeriodHighs.Contains(word) ? 1 : PeriodLows.Contains(word) ? -1 : 0;
            var period = text[units[i - 1].Start..units[i - 1].End];

            // "12 month high", "52 week low": the period written apart from its number.
            var spaced = i >= 2 && (units[i - 2].Kind == UnitKind.Number || IsCountWord(text, units[i - 2])) && SpacedPeriods.Contains(period);
            if (sign != 0 && (spaced || EndsWithJoinedPeriod(period)))
            {
                ref var unit = ref units[i];
                unit.Start = units[spaced ? i - 2 : i - 1].Start;
                unit.Kind = UnitKind.Lexical;
                unit.Category = LexiconCategory.Sentiment;
                unit.Entry = -1;
                unit.Valence = sign * 0.6;
                units[i - 1].Kind = UnitKind.Other;
                if (spaced)
                {
                    units[i - 2].Kind = UnitKind.Other;
                }

                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// "Jobless claims hit a multi-year low", "costs hit a record high", "unemployment falls to a record low": a high or a low
    /// of a quantity that is bad when up is read against that quantity, as a move to the level (a low of claims is good
    /// news, a high of costs bad). The quantity is the nearest before it in its clause; a high or low of anything else keeps
    /// its own sense ("shares hit a record low").
    /// </summary>
    private static void ReadExtremesOfBadQuantities(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var e = lexical.First + 1; e < lexical.End; e++)
        {
            ref var unit = ref units[e];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.Recommendation)
            {
                continue;
            }

            var phrase = text[unit.Start..unit.End];
            var last = PhraseText.LastWord(phrase);
            var sign = PeriodHighs.Contains(last) ? 1 : PeriodLows.Contains(last) ? -1 : 0;
            if (sign == 0)
            {
                continue;
            }

            var quantity = QuantityBefore(text, units, e);
            quantity = quantity >= 0 ? quantity : AppositiveQuantity(text, units, e);
            if (quantity < 0 || units[quantity].Category != LexiconCategory.BadWhenUp)
            {
                continue;
            }

            unit.Category = sign > 0 ? LexiconCategory.Increase : LexiconCategory.Decrease;
            unit.Valence = Math.Abs(unit.Valence);
            unit.Partner = quantity;
            units[quantity].Consumed = true;
        }
    }

    /// <summary>
    /// "Raised its forecast for costs", "lowered its estimate for credit losses": a forecast raised or cut for a quantity that is
    /// bad when up, named after "for" within <see cref="MaxForecastTopicWords"/> words, is bad or good news as that quantity's
    /// move is (the phrase's own sign is the forecast of a good thing). The quantity is consumed by the phrase. A forecast for
    /// spending (<see cref="SpendingAfterFor"/>) is neither.
    /// </summary>
    private static void ReadForecastsOfSpendingOrBadQuantities(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var e = lexical.First; e < lexical.End - 1; e++)
        {
            ref var unit = ref units[e];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.Valence == 0 ||
                !ForecastNouns.Contains(PhraseText.LastWord(text[unit.Start..unit.End])) || !IsWord(text, units[e + 1], "for"))
            {
                continue;
            }

            if (QuantityAfterFor(text, units, e + 1) is var q and >= 0 && units[q].Category == LexiconCategory.BadWhenUp && !units[q].Consumed)
            {
                unit.Valence = -unit.Valence;
                units[q].Consumed = true;
            }
            else if (SpendingAfterFor(text, units, e + 1))
            {
                unit.Kind = UnitKind.Word; // "raised its forecast for capital expenditures": spending planned, neither good nor bad
            }
        }
    }

    /// <summary>
    /// Whether a word of spending (<see cref="SpendingWords"/>: "capital expenditures", "capex", "spending") is named after the
    /// "for" at <paramref name="forIndex"/> within <see cref="MaxSpendingTopicUnits"/> units ("for this year's capital
    /// expenditures"): a forecast of it is the company's plan to spend, whose rise or cut the market reads either way.
    /// </summary>
    private static bool SpendingAfterFor(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int forIndex)
    {
        for (var q = forIndex + 1; q < units.Length && q <= forIndex + MaxSpendingTopicUnits; q++)
        {
            if (units[q].Kind is not (UnitKind.Word or UnitKind.Lexical) || IsWord(text, units[q], "and"))
            {
                return false;
            }

            if (SpendingWords.Contains(PhraseText.LastWord(text[units[q].Start..units[q].End])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most units from "for" to the word of spending, itself included ("for this year's capital expenditures").</summary>
    private const int MaxSpendingTopicUnits = 6;

    private static readonly WordSet SpendingWords = new("expenditure", "expenditures", "capex", "spending", "spend");

    /// <summary>
    /// "Raised its estimate for non-fuel unit costs", "lowered its forecast for fuel expenses": a move left with no quantity
    /// (see PairDirections) that a forecast noun and "for" follow moves the quantity named after "for", as a move of the
    /// forecast of that quantity.
    /// </summary>
    private static void PairForecastMoves(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End - 1; d++)
        {
            ref var direction = ref units[d];
            if (!IsDirection(direction) || direction.Partner >= 0 || direction.StateChange)
            {
                continue;
            }

            var noun = d + 1;
            if (noun < units.Length && units[noun].Kind == UnitKind.Word && Determiners.Contains(text[units[noun].Start..units[noun].End]))
            {
                noun++;
            }

            if (noun + 1 >= units.Length || units[noun].Kind != UnitKind.Word || !ForecastNouns.Contains(text[units[noun].Start..units[noun].End]) ||
                !IsWord(text, units[noun + 1], "for"))
            {
                continue;
            }

            if (QuantityAfterFor(text, units, noun + 1) is var q and >= 0 && !units[q].Consumed)
            {
                direction.Partner = q;
                direction.MeasuredMove = false;
                units[q].Consumed = true;
            }
        }
    }

    /// <summary>
    /// "Would shave about 10 cents a share off its full-year profit", "cut $2 billion from its costs", "wiped $50 billion off
    /// its market value": a verb of taking away (<see cref="TakingVerbs"/>), an amount and then "off" or "from" move the quantity
    /// named after the preposition, not the cause before the verb ("higher fuel prices would shave…").
    /// </summary>
    private static void PairAmountsTakenOff(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End - 1; d++)
        {
            ref var direction = ref units[d];
            if (direction.Kind != UnitKind.Lexical || direction.Category != LexiconCategory.Decrease || direction.StateChange ||
                !TakingVerbs.Contains(text[direction.Start..direction.End]))
            {
                continue;
            }

            // The amount: numbers, plain words and neutral ones ("about 10 cents a share", "$2 billion"), up to the preposition.
            var off = d + 1;
            while (off < units.Length && off <= d + MaxTakenAmountUnits &&
                   (units[off].Kind is UnitKind.Word or UnitKind.Number or UnitKind.Currency or UnitKind.Percent ||
                    units[off].Kind == UnitKind.Lexical && units[off].Category == LexiconCategory.Neutral) &&
                   !IsWord(text, units[off], "off") && !IsWord(text, units[off], "from"))
            {
                off++;
            }

            if (off == d + 1 || off >= units.Length || !(IsWord(text, units[off], "off") || IsWord(text, units[off], "from")) ||
                QuantityAfterFor(text, units, off) is not (var q and >= 0) || units[q].Consumed && direction.Partner != q)
            {
                continue;
            }

            direction.Partner = q;
            direction.MeasuredMove = false;
            units[q].Consumed = true;
        }
    }

    /// <summary>The most units of the amount between a verb of taking away and "off" or "from" ("about 10 cents a share").</summary>
    private const int MaxTakenAmountUnits = 7;

    private static readonly WordSet TakingVerbs = new(
        "shave", "shaves", "shaved", "shaving", "wipe", "wipes", "wiped", "wiping", "cut", "cuts", "cutting", "trim", "trims",
        "trimmed", "trimming", "slash", "slashes", "slashed", "slashing", "lop", "lops", "lopped", "lopping");

    /// <summary>
    /// The quantity a forecast is for, named after the "for" at <paramref name="forIndex"/> over at most
    /// <see cref="MaxForecastTopicWords"/> plain words or words of size ("for big new costs"), or -1; "and" starts another
    /// clause ("raised its forecast for the year, and costs…"). So is the quantity an amount is taken off, after "off" or
    /// "from" (<see cref="PairAmountsTakenOff"/>).
    /// </summary>
    private static int QuantityAfterFor(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int forIndex)
    {
        for (var q = forIndex + 1; q < units.Length && q <= forIndex + 1 + MaxForecastTopicWords; q++)
        {
            if (IsQuantity(units[q]))
            {
                return q;
            }

            if (!(units[q].Kind == UnitKind.Word || units[q].Kind == UnitKind.Lexical && units[q].Category is LexiconCategory.Intensifier or LexiconCategory.Neutral) ||
                IsWord(text, units[q], "and"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The most plain words between "for" and the quantity a forecast is for ("for non-fuel unit costs").</summary>
    private const int MaxForecastTopicWords = 3;

    // The last words of a forecast phrase: "raised its forecast", "cuts guidance", "lowered its estimate".
    private static readonly WordSet ForecastNouns = new(
        "forecast", "forecasts", "outlook", "guidance", "estimate", "estimates", "projection", "projections", "view");

    /// <summary>
    /// "Unemployment remains low", "the risk of a default is remote", "costs were unusually high", "inflation stayed subdued":
    /// a quantity with no move of its own, said after a linking verb to be at a high or low level that ends the clause, is read
    /// as a move to that level (a low of a bad quantity is good news, a high of it bad). The level must close the clause or
    /// come before a conjunction or a preposition ("margins are high teens" is a figure, not a level).
    /// </summary>
    /// <returns>Whether a level was read (it may lie past the last lexical unit).</returns>
    private static bool ReadStatedLevels(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var q = lexical.First; q < lexical.End; q++)
        {
            if (!IsQuantity(units[q]) || units[q].Consumed || units[q].Negator >= 0)
            {
                continue;
            }

            var level = q + 1;
            while (level < units.Length && level <= q + MaxLevelLinks && units[level].Kind == UnitKind.Word &&
                   StatedLevelLinks.Contains(text[units[level].Start..units[level].End]))
            {
                level++;
            }

            if (level == q + 1 || level >= units.Length || !IsLinkVerbBefore(text, units, q, level))
            {
                continue;
            }

            var sign = LevelSign(text, units[level]);
            if (sign == 0 || !EndsLevel(text, units, level + 1) || IsMoved(units, q))
            {
                continue;
            }

            units[level] = Unit.Phrase(units[level].Start, units[level].End, sign > 0 ? LexiconCategory.Increase : LexiconCategory.Decrease, StatedLevelValence);
            units[level].Partner = q;
            units[q].Consumed = true;
            read = true;
        }

        return read;
    }

    private const int MaxLevelLinks = 4;

    // A level stated is a moderate move: "remains low" says less than "fell".
    private const double StatedLevelValence = 0.5;

    private static bool IsMoved(ReadOnlySpan<Unit> units, int q)
    {
        foreach (ref readonly var unit in units)
        {
            if (IsDirection(unit) && unit.Partner == q)
            {
                return true;
            }
        }

        return false;
    }

    // Between the quantity and its level, a verb "be", "remain" or "stay", or a degree word in a headline's shorthand
    // ("recession odds still low"), with only auxiliaries and degree words around it.
    private static bool IsLinkVerbBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q, int level)
    {
        for (var i = q + 1; i < level; i++)
        {
            if (StatedLevelVerbs.Contains(text[units[i].Start..units[i].End]) || LevelDegrees.Contains(text[units[i].Start..units[i].End]))
            {
                return true;
            }
        }

        return false;
    }

    private static int LevelSign(ReadOnlySpan<char> text, in Unit unit)
    {
        if (unit.Kind is not (UnitKind.Word or UnitKind.Lexical) ||
            unit.Kind == UnitKind.Lexical && unit.Category is not (LexiconCategory.Sentiment or LexiconCategory.Neutral or LexiconCategory.Intensifier))
        {
            return 0;
        }

        var word = text[unit.Start..unit.End];
        return HighLevels.Contains(word) ? 1 : LowLevels.Contains(word) ? -1 : 0;
    }

    private static bool EndsLevel(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int next) =>
        next >= units.Length || IsClauseStop(units[next]) || units[next].Kind == UnitKind.Word && LevelFollowers.Contains(text[units[next].Start..units[next].End]);

    private static string[] StatedLevelVerbList =>
    [
        "is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays", "stayed", "seen", "seems",
        "seemed", "looks", "looked", "appears", "appeared", "proved",
    ];

    private static readonly WordSet StatedLevelVerbs = new(StatedLevelVerbList);

    private static string[] LevelDegreeList =>
    [
        "still", "very", "relatively", "fairly", "pretty", "quite", "historically", "unusually", "extremely", "exceptionally", "too",
        "stubbornly", "somewhat", "rather", "comparatively",
    ];

    private static readonly WordSet LevelDegrees = new(LevelDegreeList);

    private static readonly WordSet StatedLevelLinks = new(
    [
        .. StatedLevelVerbList, .. LevelDegreeList, "has", "have", "had", "will", "would", "should", "could", "may", "might", "likely", "to",
    ]);

    private static readonly WordSet HighLevels = new("high", "elevated");

    private static readonly WordSet LowLevels = new("low", "subdued", "muted", "slim", "remote", "minimal", "negligible");

    private static readonly WordSet LevelFollowers = new(
        "and", "but", "while", "as", "despite", "amid", "in", "for", "at", "by", "compared", "relative", "so", "though", "although",
        "given", "with", "since", "after", "because", "according", "this", "last", "through", "into", "until", "even", "overall");

    /// <summary>
    /// "Backlog stood at a record $12 billion", "unemployment reached a record 10%", "costs hit a record", "a record $3 billion
    /// of sales": a quantity at a record is at its high, read as a move up of that quantity (good news for sales, bad for
    /// unemployment). "Record" itself needs a figure after it ("record sales" is a phrase of its own); a phrase ending in it
    /// ("hit a record") does not. The quantity is the nearest before it over verbs of reaching (see <see cref="QuantityBefore"/>)
    /// or the one named right after the figure; a quantity a move already took ("sales rose to a record $12 billion") is left to
    /// that move.
    /// </summary>
    private static void ReadRecordLevels(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var e = lexical.First; e < lexical.End; e++)
        {
            ref var unit = ref units[e];
            if (unit.Kind != UnitKind.Lexical || unit.Category is not (LexiconCategory.Intensifier or LexiconCategory.Sentiment))
            {
                continue;
            }

            var figure = e + 1 < units.Length && units[e + 1].Kind is UnitKind.Number or UnitKind.Currency or UnitKind.Percent;
            var phrase = text[unit.Start..unit.End];
            if (!figure && unit.Category == LexiconCategory.Intensifier && RecordBeforeQuantity(text, units, e) is var named and >= 0)
            {
                // "record electric-vehicle sales", "record festive bookings": a record of the quantity named after a word or two.
                unit.Category = LexiconCategory.Increase;
                unit.Valence = RecordLevelValence;
                unit.Partner = named;
                units[named].Consumed = true;
                continue;
            }

            if (!(unit.Category == LexiconCategory.Intensifier ? figure : unit.Valence > 0) ||
                !IsRecordWord(PhraseText.LastWord(phrase)) ||
                phrase.EndsWith("track record", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var quantity = QuantityBefore(text, units, e);
            if (quantity < 0 && figure)
            {
                // "record $20 billion in retirement inflows", "a record $161 billion of client cash": a word or two of its kind may
                // come between "in" or "of" and the quantity.
                var of = e + 2 < units.Length && (IsWord(text, units[e + 2], "in") || IsWord(text, units[e + 2], "of"));
                var after = of ? e + 3 : e + 2;
                while (of && after < units.Length && after <= e + 4 && units[after].Kind == UnitKind.Word)
                {
                    after++;
                }

                quantity = after < units.Length && IsQuantity(units[after]) ? after : -1;
            }

            if (quantity < 0 || !IsSubjectQuantity(units[quantity]) || units[quantity].Consumed)
            {
                continue;
            }

            unit.Category = LexiconCategory.Increase;
            unit.Valence = RecordLevelValence;
            unit.Partner = quantity;
            units[quantity].Consumed = true;
        }
    }

    /// <summary>
    /// The quantity that "record" at <paramref name="e"/> qualifies over one or two words that score nothing ("record
    /// electric-vehicle sales", "record monthly SUV bookings"), or -1: not "record" as a verb ("expects to record revenue of").
    /// Right before the quantity, the lexicon's own phrase ("record sales") has matched.
    /// </summary>
    private static int RecordBeforeQuantity(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int e)
    {
        if (!IsRecordWord(text[units[e].Start..units[e].End]) ||
            e > 0 && units[e - 1].Kind == UnitKind.Word && RecordVerbOpeners.Contains(text[units[e - 1].Start..units[e - 1].End]))
        {
            return -1;
        }

        for (var i = e + 2; i < units.Length && i <= e + 3; i++)
        {
            // A word of no sense of its own may come between ("record-breaking quarter profit": "quarter" is a neutral entry).
            if (!(units[i - 1].Kind == UnitKind.Word || units[i - 1].Kind == UnitKind.Lexical && units[i - 1].Category == LexiconCategory.Neutral) ||
                units[i - 1].End - units[i - 1].Start < 3)
            {
                return -1;
            }

            if (IsQuantity(units[i]))
            {
                return IsSubjectQuantity(units[i]) && !units[i].Consumed ? i : -1;
            }
        }

        return -1;
    }

    // Words before "record" that make it a verb: "expects to record revenue", "will record sales of".
    private static readonly WordSet RecordVerbOpeners = new(
        "to", "will", "would", "could", "may", "might", "should", "shall", "can", "we", "it", "they", "also", "not");

    /// <summary>
    /// The quantity whose level unit <paramref name="e"/> names: the nearest quantity before it within six units, with only
    /// verbs of reaching, articles and moves between them ("claims hit a multi-year low", "unemployment falls to a record
    /// low"); -1 when another word comes between ("jitters send sterling to a 10-month low": the low is sterling's).
    /// </summary>
    private static int QuantityBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int e)
    {
        for (var i = e - 1; i >= 0 && i >= e - 6; i--)
        {
            ref readonly var unit = ref units[i];
            if (unit.Start >= units[e].Start)
            {
                continue; // the period of "40-year high", read into the level's unit
            }

            if (unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp)
            {
                return i;
            }

            var linking = unit.Kind == UnitKind.Word ? LevelLinks.Contains(text[unit.Start..unit.End])
                : unit.Kind == UnitKind.Lexical && (IsDirection(unit) || unit.Category == LexiconCategory.Intensifier);
            if (!linking)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The quantity whose level an extreme set off by a comma names: "inflation rose to 6.2% in October, the highest in two
    /// decades", "claims rose to 250,000, a three-month high", "a backlog of $21.1 billion, its highest in seven years" (the figure before the comma is the level the quantity reached,
    /// perhaps with its time after it); -1 for anything else.
    /// </summary>
    private static int AppositiveQuantity(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int e)
    {
        var i = e - 1;
        while (i >= 0 && units[i].Start >= units[e].Start)
        {
            i--; // the period of "a 50-year low", read into the level's unit
        }

        // "…, the highest in two decades", "…, its highest in seven years".
        if (i >= 0 && units[i].Kind == UnitKind.Word && (Articles.Contains(text[units[i].Start..units[i].End]) || IsWord(text, units[i], "its")))
        {
            i--;
        }

        if (i < 1 || units[i].Kind != UnitKind.Boundary || text[units[i].Start] != ',')
        {
            return -1;
        }

        i--;
        if (i >= 2 && units[i].Kind is UnitKind.Word or UnitKind.Number && units[i - 1].Kind == UnitKind.Word &&
            TimePrepositions.Contains(text[units[i - 1].Start..units[i - 1].End]))
        {
            i -= 2; // "… to 6.2% in October, the highest"
        }

        if (units[i].Kind is not (UnitKind.Number or UnitKind.Percent or UnitKind.Currency))
        {
            return -1;
        }

        // Back over the figure's verb to the quantity: "rose to", "stood at", "hit", "climbed 4% to".
        for (var j = i - 1; j >= 0 && j >= i - 6; j--)
        {
            ref readonly var unit = ref units[j];
            if (IsQuantity(unit))
            {
                return j;
            }

            // "a backlog of $21.1 billion, its highest": the figure of the quantity itself.
            var linking = unit.Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency ||
                (unit.Kind == UnitKind.Word ? LevelLinks.Contains(text[unit.Start..unit.End]) || j == i - 1 && IsWord(text, unit, "of")
                    : unit.Kind == UnitKind.Lexical && IsDirection(unit));
            if (!linking)
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet Articles = new("the", "a", "an");

    // Words that open the time of a figure: "to 6.2% in October", "at 250,000 last week".
    private static readonly WordSet TimePrepositions = new("in", "on", "last", "this", "since", "during", "for");

    // Words between a quantity and the level it reaches or keeps: "hit a", "is at a", "falls to a", "touched a fresh",
    // "remain near record", "still hovering near".
    private static readonly WordSet LevelLinks = new(
        "hit", "hits", "hitting", "is", "are", "was", "were", "at", "to", "a", "an", "the", "its", "their", "touch", "touches",
        "touched", "reach", "reaches", "reached", "near", "nears", "neared", "new", "fresh", "now", "stands", "stood", "sits",
        "sat", "has", "have", "had", "been", "be", "all", "another", "remain", "remains", "remained", "stay", "stays", "stayed",
        "still", "hover", "hovers", "hovered", "hovering", "held", "holds", "holding", "historic", "historical", "historically");

    /// <summary>A count written as a word before a spaced period ("four week low", "two month high").</summary>
    private static bool IsCountWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Word && CountWords.Contains(text[unit.Start..unit.End]);

    private static bool EndsWithJoinedPeriod(ReadOnlySpan<char> word)
    {
        foreach (var period in JoinedPeriods)
        {
            if (word.EndsWith(period, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> may be "high(s)", "low(s)", "peak(s)" or "trough(s)"
    /// (see <see cref="ReadPeriodExtremes"/>): three to seven chars, the first h, l, p or t and the last h, w, k, s or not ASCII
    /// (which may equal an ASCII letter ignoring case), in either case.
    /// </summary>
    private static bool MayBeExtreme(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start is < 3 or > 7 || (text[start] | 0x20) is not ('h' or 'l' or 'p' or 't'))
        {
            return false;
        }

        var last = text[end - 1];
        return last >= 128 || (last | 0x20) is 'h' or 'w' or 'k' or 's';
    }

    /// <summary>
    /// In a sentence written in sentence case, a capitalised sentiment word next to another capitalised word is part of a
    /// name ("Prospect Capital declares a dividend", "shares of Magic Leap"), not an opinion, unless it opens a storm's name
    /// ("Hurricane Rafael"); so is a public body's acronym ("the UK's NICE declined").
    /// </summary>
    /// <remarks>Runs after <see cref="MaskIssuerLead"/>, and only when <see cref="Triggers.CapitalisedOpinion"/> is set.</remarks>
    private static void MaskNames(ReadOnlySpan<char> text, Span<Unit> units)
    {
        // Most sentences have no capitalised sentiment or direction word: then nothing can be masked, and the case of the sentence
        // need not be read.
        var candidate = 0;
        while (candidate < units.Length && !IsCapitalisedOpinion(text, units[candidate]))
        {
            candidate++;
        }

        if (candidate == units.Length)
        {
            return;
        }

        var (words, lower) = CountCases(text, units);
        if (words < 4 || lower * 2 < words)
        {
            // Headline case: capitals say nothing, except in a name that opens the headline with its stock's signed move or its
            // possessive after it ("Harbor Liquidators +4% after ruling", "Acme Liquidators' stock rallies"); not a move ("Oil
            // Slumps 5%", "Nvidia Soars 8%") nor news of a company before its shares ("Meta Lawsuit Shares Drop 4%").
            if (candidate == 1 && units.Length > 2 && units[1].Category == LexiconCategory.Sentiment && units[0].Kind == UnitKind.Word &&
                char.IsUpper(text[units[0].Start]) && text[units[0].End..units[1].Start].IsWhiteSpace() && // not a quoted rating ("Globex 'Underweight' on…")
                (units[2].MeasuredMove && text[units[2].Start] is '+' or '-' or '−' || text[units[1].End..units[2].Start].TrimStart() is ['\'' or '’', ..]))
            {
                units[1].Kind = UnitKind.Word;
            }

            return;
        }

        for (var i = candidate; i < units.Length; i++)
        {
            ref var unit = ref units[i];
            if (!IsCapitalisedOpinion(text, unit))
            {
                continue;
            }

            var capitalBefore = i > 0 && IsCapitalisedWord(text, units[i - 1]);
            var capitalAfter = i + 1 < units.Length && IsCapitalisedWord(text, units[i + 1]);
            var word = text[unit.Start..unit.End];
            if ((capitalBefore || capitalAfter) && !(capitalAfter && NamedStorms.Contains(word)) ||
                word.Length > 1 && char.IsUpper(word[^1]) && Internal.PublicInstitutions.IsInstitutionName(word)) // "the UK's NICE declined"
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>
    /// The words of a company's or a target's name are no opinion: "Advanced" in "Advanced Micro Devices &lt;AMD.O&gt; … were
    /// down" is no rise, "Great" in "Great Eastern Shipping" no praise, "Snap" in "Snap soars" no denial. Sentiment, direction,
    /// negator, hedge and intensifier units inside a name are masked, but a sentiment word that is a whole name of one ordinary
    /// word keeps its meaning (<see cref="NameSpan.OrdinaryWord"/>: "Nice results from Nvidia"; a direction does not: "Zoom trims
    /// annual forecast" is no rise of the forecast); a quantity is masked when capitalised
    /// ("Target and Costco look less compelling" moves no price target) but a market's is kept ("Nasdaq climbs": the index the
    /// name is also is what climbs).
    /// </summary>
    private static void MaskResolvedNames(ReadOnlySpan<char> text, Span<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        // Units and names are both in text order: one walk over the two, whatever the number of names in a long sentence.
        var first = 0;
        foreach (ref var unit in units)
        {
            while (first < names.Length && names[first].Start + names[first].Length <= unit.Start)
            {
                first++;
            }

            if (first == names.Length)
            {
                return;
            }

            var opinion = unit.Category is LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease;
            var quantity = unit.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp;
            if (unit.Kind != UnitKind.Lexical || !opinion && !quantity && unit.Category is not (LexiconCategory.Negator or LexiconCategory.Hedge or LexiconCategory.Intensifier))
            {
                continue;
            }

            // A quantity only when capitalised and no market: "Target … less compelling" is no price target, but "Nasdaq climbs".
            if (quantity && (!char.IsUpper(text[unit.Start]) || IsMarketQuantity(text, unit)))
            {
                continue;
            }

            for (var n = first; n < names.Length && names[n].Start <= unit.Start; n++)
            {
                if (unit.End <= names[n].Start + names[n].Length && !(unit.Category == LexiconCategory.Sentiment && names[n].OrdinaryWord) &&
                    !(quantity && AttributionText.IsMarketSubject(text.Slice(names[n].Start, names[n].Length))))
                {
                    unit.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A company that rejects, dismisses, denies, bans or slams something that is no company acts; it is not harmed: "Facebook
    /// rejects AG Barr's request", "Tesco bans sugary drinks", "FedEx slams NYT tax story". The
    /// verb is masked when a name (or a name and its leader's title: "Barclays CEO rebuffs calls…") comes right before it, or it
    /// opens a second predicate of the name that opens the sentence (<see cref="IsPredicateOfOpeningName"/>), and no name follows
    /// it in its clause; with a company after it ("SABMiller rejects AB InBev's approach", "EasyJet dismisses
    /// Lufthansa plan") the verb falls on that company and stays. What is rejected keeps its own words ("rejects fraud
    /// allegations").
    /// </summary>
    private static void MaskRejectionsByNames(ReadOnlySpan<char> text, Span<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        for (var v = 1; v < units.Length; v++)
        {
            ref var verb = ref units[v];
            if (verb.Kind != UnitKind.Lexical || verb.Category != LexiconCategory.Sentiment || verb.Valence >= 0 ||
                !RejectingVerbs.Contains(text[verb.Start..verb.End]))
            {
                continue;
            }

            var subject = v - 1;
            if (subject >= 1 && units[subject].Kind == UnitKind.Word && LeaderTitles.Contains(text[units[subject].Start..units[subject].End]))
            {
                subject--;
            }

            if (!(IsInName(units[subject], names) || IsPredicateOfOpeningName(text, units, v, names)) || NameInClauseAfter(units, v, names))
            {
                continue;
            }

            verb.Kind = UnitKind.Word;
        }
    }

    /// <summary>
    /// Whether the verb at <paramref name="v"/> opens a second predicate after a comma whose subject is the name that opens the
    /// sentence, no other name between ("HSBC keeps headquarters in London, rejects move to Hong Kong").
    /// </summary>
    private static bool IsPredicateOfOpeningName(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v, ReadOnlySpan<NameSpan> names)
    {
        if (v < 3 || units[v - 1].Kind != UnitKind.Boundary || text[units[v - 1].Start] != ',' || names.IsEmpty ||
            units[0].Start < names[0].Start || units[0].End > names[0].Start + names[0].Length)
        {
            return false;
        }

        // A caller's target inside the directory's name ("Acme" in "Acme Corp") is the same name.
        var k = 1;
        while (k < names.Length && names[k].Start < names[0].Start + names[0].Length)
        {
            k++;
        }

        return k == names.Length || names[k].Start >= units[v - 1].Start;
    }

    /// <summary>
    /// "The news knocked down the stock of telehealth leader Teladoc", "market leader Acme said…": a title right before a name
    /// (<see cref="TitlesBeforeNames"/>) says who the company is, not news of it, and is masked.
    /// </summary>
    private static void MaskTitlesBeforeNames(ReadOnlySpan<char> text, Span<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        for (var i = 0; i + 1 < units.Length; i++)
        {
            ref var title = ref units[i];
            if (title.Kind == UnitKind.Lexical && title.Category == LexiconCategory.Sentiment && title.Valence > 0 &&
                TitlesBeforeNames.Contains(PhraseText.LastWord(text[title.Start..title.End])) && StartsInName(units[i + 1], names) &&
                !IsInName(title, names))
            {
                title.Kind = UnitKind.Word;
            }
        }
    }

    // Titles that name a company by its standing: "telehealth leader Teladoc", "market leader Acme", "investor favourite Globex".
    private static readonly WordSet TitlesBeforeNames = new("leader", "leaders", "favorite", "favourite", "winner");

    /// <summary>Whether a name starts in the clause after the unit at <paramref name="v"/>.</summary>
    private static bool NameInClauseAfter(ReadOnlySpan<Unit> units, int v, ReadOnlySpan<NameSpan> names)
    {
        for (var i = v + 1; i < units.Length && !IsClauseStop(units[i]); i++)
        {
            if (StartsInName(units[i], names))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs by which a company turns something down (MaskRejectionsByNames).
    private static readonly WordSet RejectingVerbs = new(
        "rejects", "rejected", "dismisses", "dismissed", "denies", "denied", "rebuffs", "rebuffed", "bans", "banned", "spurns", "spurned",
        "slams", "slammed", "blasts", "blasted", "criticises", "criticised", "criticizes", "criticized", "resists", "resisted");

    // A leader's title between a company's name and what the leader does: "Barclays CEO rebuffs…", "Fiat Chairman rejects…".
    private static readonly WordSet LeaderTitles = new("CEO", "chairman", "chief", "boss", "president");

    /// <summary>
    /// "On track" says a thing is on its way, and is good news only when the thing is: "on track for their worst day in four
    /// years" is no good news. The marker is masked when the first scored word after it within <see cref="MaxCourseReach"/> units
    /// of its clause is bad (a bad phrase, a fall, a bad quantity); before a good one ("on track for a record quarter") or alone
    /// ("remains on track") it keeps its mild good.
    /// </summary>
    private static void MaskCourseMarkers(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var marker = ref units[i];
            if (marker.Kind != UnitKind.Lexical || marker.Category != LexiconCategory.Sentiment || !CourseMarkers.Contains(text[marker.Start..marker.End]))
            {
                continue;
            }

            for (var j = i + 1; j < units.Length && j <= i + MaxCourseReach && !IsClauseStop(units[j]); j++)
            {
                if (units[j].Kind == UnitKind.Lexical && units[j].Category is LexiconCategory.Sentiment && units[j].Valence != 0 ||
                    IsDirection(units[j]) || IsQuantity(units[j]))
                {
                    // Only a bad thing ahead undoes it: a good one ("on track for a fourth straight gain") agrees.
                    if (units[j].Category == LexiconCategory.Sentiment && units[j].Valence < 0 || units[j].Category == LexiconCategory.Decrease ||
                        units[j].Category == LexiconCategory.BadWhenUp)
                    {
                        marker.Kind = UnitKind.Word;
                    }

                    break;
                }
            }
        }
    }

    private static readonly WordSet CourseMarkers = new("on track", "on track to");

    /// <summary>The most units from "on track" to what it is on track for ("on track for their worst day").</summary>
    private const int MaxCourseReach = 6;

    /// <summary>Words that open a storm's name ("Hurricane Rafael", "Typhoon Yagi"): the storm is news, not a company's name.</summary>
    private static readonly WordSet NamedStorms = new("hurricane", "typhoon", "cyclone");

    /// <summary>A one-word sentiment or direction unit that starts with a capital and is no recommendation: what <see cref="MaskNames"/> may mask.</summary>
    private static bool IsCapitalisedOpinion(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Lexical && !unit.Recommendation && char.IsUpper(text[unit.Start]) && !text[unit.Start..unit.End].Contains(' ') &&
        unit.Category is LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease;

    /// <summary>
    /// "Globex Growth Alliance : Notice of Annual Meeting", "Acme Grown Foods : Results of Meeting": a notice that
    /// opens with capitalised words and a colon set off by spaces names its issuer there, and the words of a name are no opinion.
    /// </summary>
    private static void MaskIssuerLead(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var colon = -1;
        for (var i = 1; i < units.Length && i <= MaxIssuerWords; i++)
        {
            if (units[i].Kind == UnitKind.Boundary)
            {
                colon = text[units[i].Start] == ':' && text[units[i].Start - 1] == ' ' ? i : -1;
                break;
            }

            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical) || !char.IsUpper(text[units[i].Start]))
            {
                return;
            }
        }

        if (colon < 0 || units[0].Kind is not (UnitKind.Word or UnitKind.Lexical) || !char.IsUpper(text[units[0].Start]))
        {
            return;
        }

        for (var i = 0; i < colon; i++)
        {
            if (units[i].Kind == UnitKind.Lexical)
            {
                units[i].Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>
    /// A description set between commas right after a sentence's subject is who the company is, not news of it: "Shares of
    /// Acme, the country's most admired widget maker, fell 9%", "CVS Health, its larger rival, was little changed". Its good words,
    /// intensifiers and sizes are masked when the name opens the sentence (or follows "Shares of"), the description opens with
    /// "the", "a", "an", "its" or "their", closes with a comma within <see cref="MaxDescriptionUnits"/> units, holds no move (the
    /// size of a relation is none: "its larger rival"), quantity or figure and is no time ("a week after a recall").
    /// Its bad words stay: trouble, a probe or a scandal named there is news ("Boeing, the subject of a criminal
    /// investigation, said…").
    /// </summary>
    private static void MaskNameDescriptions(ReadOnlySpan<char> text, Span<Unit> units, ReadOnlySpan<NameSpan> names)
    {
        var name = names[0];
        var end = name.Start + name.Length;
        var u = 0;
        while (u < units.Length && units[u].Start < name.Start)
        {
            u++;
        }

        // The subject: nothing before the name but "Shares of" ("At Intel, the mood is grim" is no description of Intel).
        if (!(u == 0 || u == 2 && (IsWord(text, units[0], "shares") || IsWord(text, units[0], "stock")) && IsWord(text, units[1], "of")))
        {
            return;
        }

        while (u < units.Length && units[u].Start < end)
        {
            u++;
        }

        if (u + 3 >= units.Length || !IsBoundary(text, units[u], ',') || !DescriptionOpeners.Contains(text[units[u + 1].Start..units[u + 1].End]) ||
            SpansOfTime.Contains(text[units[u + 2].Start..units[u + 2].End]))
        {
            return;
        }

        var close = -1;
        for (var k = u + 2; k < units.Length && k <= u + MaxDescriptionUnits; k++)
        {
            if (units[k].Kind == UnitKind.Boundary)
            {
                close = IsBoundary(text, units[k], ',') ? k : -1;
                break;
            }

            if (units[k].HasValue || IsDirection(units[k]) && !IsRelationSize(text, units, k) || IsQuantity(units[k]))
            {
                break;
            }
        }

        // "most" in "the country's most admired" intensifies nothing after the description either; "larger" in "its larger
        // rival" is the rival's size, no move.
        for (var k = u + 2; k < close; k++)
        {
            if (units[k].Kind == UnitKind.Lexical &&
                (units[k].Category == LexiconCategory.Sentiment && units[k].Valence > 0 || units[k].Category == LexiconCategory.Intensifier ||
                 IsDirection(units[k])))
            {
                units[k].Kind = UnitKind.Word;
            }
        }
    }

    // The words that open a description after a name: "Acme, the country's biggest lender,", "CVS Health, its larger rival,".
    private static readonly WordSet DescriptionOpeners = new("the", "a", "an", "its", "their");

    /// <summary>Whether the direction at <paramref name="k"/> is the size of a relation named right after it: "its larger rival", "its biggest customer".</summary>
    private static bool IsRelationSize(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k) =>
        k + 1 < units.Length && units[k + 1].Kind == UnitKind.Word && RelationNouns.Contains(text[units[k + 1].Start..units[k + 1].End]);

    private static readonly WordSet RelationNouns = new(
        "rival", "rivals", "peer", "peers", "competitor", "competitors", "customer", "customers", "client", "clients", "supplier",
        "suppliers", "shareholder", "shareholders", "investor", "investors", "partner", "partners", "unit", "units", "parent",
        "subsidiary", "owner", "lender", "lenders");

    // Words that make ", a week after …," a time, not a description.
    private static readonly WordSet SpansOfTime = new("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "quarter", "moment", "time");

    /// <summary>The most units of a description between commas after a name ("the country's most admired widget maker").</summary>
    private const int MaxDescriptionUnits = 10;

    private static bool IsBoundary(ReadOnlySpan<char> text, in Unit unit, char c) => unit.Kind == UnitKind.Boundary && text[unit.Start] == c;

    /// <summary>How bad it is for a company that an authority orders it to act ("BaFin orders Deutsche Bank to strengthen controls").</summary>
    private const double OrderedToActValence = -0.3;

    /// <summary>
    /// "BaFin orders Deutsche Bank to strengthen controls", "a court orders Acme to pay damages": "orders" before a name and
    /// "to" is an authority's verb, not the company's orders, and being ordered to act is bad news for the company.
    /// </summary>
    /// <returns>Whether any such verb was read.</returns>
    private static bool ReadOrdersToAct(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var i = lexical.First; i < lexical.End && i + 2 < units.Length; i++)
        {
            ref var unit = ref units[i];
            // In lower case only: in a title-case headline "Truck Orders Rise To A Record" are orders.
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.GoodWhenUp || !char.IsLower(text[unit.Start]) ||
                !IsWord(text, unit, "orders"))
            {
                continue;
            }

            // The name: capitalised words right after, then "to".
            var j = i + 1;
            while (j < units.Length && j <= i + 4 && units[j].Kind is UnitKind.Word or UnitKind.Lexical && char.IsUpper(text[units[j].Start]))
            {
                j++;
            }

            if (j > i + 1 && j < units.Length && IsWord(text, units[j], "to"))
            {
                unit.Category = LexiconCategory.Sentiment;
                unit.Valence = OrderedToActValence;
                read = true;
            }
        }

        return read;
    }

    /// <summary>
    /// A worry and its topic are one piece of news. A good thing named as the topic right before a worry noun is no good news
    /// ("growth worries drag on lenders", "recovery fears", "demand concerns"), and a bad one is bad only as the worry is, which
    /// can fade ("layoff fears recede"): the topic is masked and the worry counts. A topic named after the worry's "of", "about"
    /// or "over" stands for the worry instead ("fears of a recession fade"): the worry noun is masked.
    /// </summary>
    private static void MaskWorryTopics(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical)
            {
                continue;
            }

            // "Easing worries about an order slowdown", "eases concerns over margins": a phrase that judges a worry stands for
            // its topic, which is no news of its own.
            if (!WorryNouns.Contains(text[unit.Start..unit.End]))
            {
                if (unit.Category == LexiconCategory.Sentiment && unit.Valence != 0 && text[unit.Start..unit.End].Contains(' ') &&
                    WorryNouns.Contains(PhraseText.LastWord(text[unit.Start..unit.End])) && TopicAfter(text, units, i) is var judged and >= 0)
                {
                    units[judged].Kind = UnitKind.Word;
                }

                // "Dividend cut fears are overblown", "dividend cut rumors are nonsense": a phrase that judges the worry it opens
                // with stands for the bad topic right before it.
                if (unit.Category == LexiconCategory.Sentiment && unit.Valence > 0 && i > lexical.First && IsWorryTopic(units[i - 1]) &&
                    !IsGood(units[i - 1]) && text[unit.Start..unit.End].Contains(' ') &&
                    JudgedWorryNouns.Contains(PhraseText.FirstWord(text[unit.Start..unit.End])))
                {
                    units[i - 1].Kind = UnitKind.Word;
                }

                continue;
            }

            // A bad topic only as a noun before a plural noun: "the staff cuts concern 80 workers", "dampened fears" name no
            // worry's topic.
            if (i > lexical.First && IsWorryTopic(units[i - 1]) && text[units[i - 1].Start..units[i - 1].End] is var topic &&
                !EasesTheWorry(topic) && (IsGood(units[i - 1]) || PluralWorryNouns.Contains(text[unit.Start..unit.End]) && !MayBeVerb(topic)))
            {
                units[i - 1].Kind = UnitKind.Word;
            }

            // "Fears of a recession fade", "dampened fears of a slowdown": the topic named after the worry stands for it, and is
            // what moves or ends.
            if (TopicAfterWorry(text, units, i) >= 0)
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    private static bool IsWorryTopic(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.Sentiment or LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp &&
        (unit.Category != LexiconCategory.Sentiment || unit.Valence != 0);

    /// <summary>
    /// The topic named after a worry noun ("fears of a recession in Europe", "fears about layoffs"): the first lexical unit over "of",
    /// "about" or "over" and at most two words that score nothing; -1 when there is none.
    /// </summary>
    private static int TopicAfterWorry(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int worry)
    {
        // A worry phrase with its preposition ("concerns over") is a state of its own, whose topic ends with it ("concerns over
        // the strike ease").
        return text[units[worry].Start..units[worry].End].Contains(' ') ? -1 : TopicAfter(text, units, worry);
    }

    /// <summary>
    /// The topic named after the worry at <paramref name="worry"/>, a word or a phrase ending in one: the first lexical unit over
    /// "of", "about" or "over" and at most two words that score nothing; -1 when there is none.
    /// </summary>
    private static int TopicAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int worry)
    {
        var i = worry + 1;
        if (i >= units.Length || !WorryPrepositions.Contains(text[units[i].Start..units[i].End]))
        {
            return -1;
        }

        for (var words = 0; ++i < units.Length && words <= 2; words++)
        {
            if (units[i].Kind == UnitKind.Lexical)
            {
                return IsWorryTopic(units[i]) ? i : -1;
            }

            if (units[i].Kind != UnitKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet WorryPrepositions = new("of", "about", "over");

    // The worries a phrase opens with and judges: "fears are overblown", "rumors are nonsense".
    private static readonly WordSet JudgedWorryNouns = new(
        "worries", "fears", "concerns", "jitters", "doubts", "rumors", "rumours", "talk", "speculation");

    private static readonly WordSet PluralWorryNouns = new("worries", "fears", "concerns", "jitters", "woes", "anxieties", "doubts");

    private static bool IsGood(in Unit unit) =>
        unit.Category == LexiconCategory.Sentiment && unit.Valence > 0 || unit.Category == LexiconCategory.GoodWhenUp;

    /// <summary>
    /// "easing inflation worries", "cooling inflation fears": a phrase that opens with a move ("easing", "cooling", "lower") says
    /// the worry recedes, which is its good news.
    /// </summary>
    private static bool EasesTheWorry(ReadOnlySpan<char> phrase)
    {
        var first = PhraseText.FirstWord(phrase);
        return phrase.Contains(' ') && (first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || EasingWords.Contains(first));
    }

    private static readonly WordSet EasingWords = new("lower", "less", "fewer", "smaller", "reduced", "eased", "cooler", "softer", "slower");

    private static readonly WordSet WorryNouns = new(
        "worries", "worry", "fears", "fear", "concerns", "concern", "jitters", "woes", "anxiety", "anxieties", "scare", "doubts",
        "worries over", "fears over", "concerns over");

    /// <summary>
    /// "A weaker dollar boosts Acme's overseas earnings", "a stronger yen weighed on exporters": a currency's strength is no
    /// news of its own when what it does follows in its clause; the verb after it carries the news ("boosts", "weighed on").
    /// Alone ("the rupee is strong", "IT stocks fall on a strong rupee") it stays, and so it does when the currency is a proper
    /// name asked about (a caller's target "Swiss Franc": its strength is its news).
    /// </summary>
    private static void MaskCurrencyStrength(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical, ReadOnlySpan<NameSpan> names)
    {
        for (var i = lexical.First; i < lexical.End && i + 1 < units.Length; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || !StrengthAdjectives.Contains(text[unit.Start..unit.End]))
            {
                continue;
            }

            var noun = i + 1;
            if (noun + 1 < units.Length && units[noun].Kind == UnitKind.Word && char.IsUpper(text[units[noun].Start]) &&
                CurrencyNouns.Contains(text[units[noun + 1].Start..units[noun + 1].End]))
            {
                noun++; // "a stronger Swiss franc"
            }

            if (units[noun].Kind != UnitKind.Word || !CurrencyNouns.Contains(text[units[noun].Start..units[noun].End]) || IsInName(units[noun], names))
            {
                continue;
            }

            // "Acme raises its forecast on a weak yen", "beat estimates, helped by a weaker won": the news before the cause carries it.
            if (IsCauseOfNewsBefore(text, units, i))
            {
                unit.Kind = UnitKind.Word;
                continue;
            }

            // Names, cashtags and the commas between them are passed over: "weak dollar = $MCD $KO $PG overseas beats", "a weak
            // dollar means McDonald's, Coca-Cola and P&G will beat" (at most MaxNamesPassed of them).
            for (int j = noun + 1, read = 0, passed = 0; j < units.Length && read < 3; j++)
            {
                if ((IsInName(units[j], names) || IsCashtag(text, units[j]) || IsJoinBetweenNames(text, units, j, names)) && passed++ < MaxNamesPassed)
                {
                    continue;
                }

                if (IsClauseStop(units[j]))
                {
                    break;
                }

                read++;
                if (units[j].Kind == UnitKind.Lexical && units[j].Category is LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease &&
                    units[j].Valence != 0)
                {
                    unit.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>The most units of names <see cref="MaskCurrencyStrength"/> passes over from a currency to the verb after it.</summary>
    private const int MaxNamesPassed = 8;

    // Words that make what follows the cause of the news before: "on a weak yen", "helped by", "thanks to", "amid".
    private static readonly WordSet CauseMarkers = new("on", "by", "amid", "to", "from");

    /// <summary>The most units before a cause that <see cref="IsCauseOfNewsBefore"/> reads for the news it causes.</summary>
    private const int MaxNewsBeforeCause = 8;

    /// <summary>
    /// Whether the unit at <paramref name="i"/> opens the cause of news told before it in its clause: "raises its forecast on
    /// a weak yen", "beat estimates, helped by a weaker won" ("to" only after "thanks" or "due").
    /// </summary>
    private static bool IsCauseOfNewsBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        var marker = i - 1;
        if (marker >= 0 && units[marker].Kind == UnitKind.Word && IsArticleOrPeriod(text[units[marker].Start..units[marker].End]))
        {
            marker--;
        }

        if (marker < 1 || units[marker].Kind != UnitKind.Word || !CauseMarkers.Contains(text[units[marker].Start..units[marker].End]) ||
            IsWord(text, units[marker], "to") && !(IsWord(text, units[marker - 1], "thanks") || IsWord(text, units[marker - 1], "due")))
        {
            return false;
        }

        for (var j = marker - 1; j >= 0 && j >= marker - MaxNewsBeforeCause && units[j].Kind != UnitKind.Boundary; j--)
        {
            // A judged event ("raises its forecast", "beat estimates"), not a bare move, which may be a price's ("Gold below $1,300
            // on a stronger dollar": the dollar's strength is news of the dollar).
            if (units[j].Kind == UnitKind.Lexical && units[j].Category == LexiconCategory.Sentiment && units[j].Valence != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCashtag(ReadOnlySpan<char> text, in Unit unit) => unit.Kind == UnitKind.Other && text[unit.Start] == '$';

    /// <summary>Whether the unit at <paramref name="j"/> is a comma or "and" between two names or cashtags ("McDonald's, Coca-Cola and P&amp;G").</summary>
    private static bool IsJoinBetweenNames(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int j, ReadOnlySpan<NameSpan> names) =>
        (units[j].Kind == UnitKind.Boundary && text[units[j].Start] == ',' || IsWord(text, units[j], "and")) && j > 0 && j + 1 < units.Length &&
        (IsInName(units[j - 1], names) || IsCashtag(text, units[j - 1])) && (IsInName(units[j + 1], names) || IsCashtag(text, units[j + 1]));

    private static bool IsInName(in Unit unit, ReadOnlySpan<NameSpan> names)
    {
        foreach (var name in names)
        {
            if (unit.Start >= name.Start && unit.End <= name.Start + name.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Shell challenges Exxon dominance", "a challenge to Intuitive Surgical's dominance", "threatens Visa's grip on payments": a
    /// standing that a challenge, a threat or an erosion is aimed at is at risk, which is bad news for its holder. The challenge
    /// (up to <see cref="MaxChallengeReach"/> units before the standing, within the clause) carries the standing's valence,
    /// turned bad, and the standing no longer counts on its own.
    /// </summary>
    private static void TurnChallengedStandings(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref readonly var standing = ref units[i];
            if (standing.Kind != UnitKind.Lexical || standing.Category != LexiconCategory.Sentiment || standing.Valence <= 0 ||
                !Standings.Contains(text[standing.Start..standing.End]))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && j >= i - MaxChallengeReach && units[j].Kind is UnitKind.Word or UnitKind.Lexical; j--)
            {
                if (ChallengeWords.Contains(text[units[j].Start..units[j].End]))
                {
                    // The challenge carries the judgement, so that it falls on the company named after it as its object ("Shell
                    // challenges Exxon dominance" is Exxon's news, not Shell's).
                    // A noun's "to" goes with it ("a challenge to Intuitive's dominance"), the company right after it.
                    var valence = -Math.Abs(standing.Valence);
                    var end = j + 1 < i && IsWord(text, units[j + 1], "to") ? units[j + 1].End : units[j].End;
                    units[i].Kind = UnitKind.Word;
                    units[j] = Unit.Phrase(units[j].Start, end, LexiconCategory.Sentiment, valence);
                    break;
                }

                if (units[j].Kind == UnitKind.Lexical && units[j].Category != LexiconCategory.Neutral)
                {
                    break;
                }
            }
        }
    }

    private const int MaxChallengeReach = 5;

    private static readonly WordSet Standings = new(
        "dominance", "leadership", "market leadership", "leadership position", "supremacy", "grip", "stranglehold", "hegemony");

    private static readonly WordSet ChallengeWords = new(
        "challenge", "challenges", "challenged", "challenging", "threat", "threatens", "threaten", "threatened", "threatening",
        "erode", "erodes", "eroded", "eroding", "undermine", "undermines", "undermined", "undermining", "loosen", "loosens",
        "loosened", "break", "breaks", "broke", "end", "ends", "ended", "ending", "weaken", "weakens", "weakened", "dent", "dents",
        "dented", "chip", "chips", "attack", "attacks", "attacked", "disrupt", "disrupts", "disrupted");

    /// <summary>
    /// An epithet in a later reference to a company is who the company is, not news of it: "shares of the struggling retailer
    /// rose 12%", "the embattled carmaker posted a surprise profit", "shares of the heavily indebted telecom company". A
    /// sentiment word right after "the" (an intensifier may come between) and before at most <see cref="MaxEpithetKindWords"/>
    /// words in lower case and a noun for a company (<see cref="EpithetNouns"/>) is masked. Not after "a" ("Acme is a
    /// struggling retailer" says what it has become).
    /// </summary>
    private static void MaskEpithets(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment)
            {
                continue;
            }

            // Not a predicate ("is the leading retailer", "remains the most troubled lender"): what the text says the company is.
            var before = BeforeIntensifier(units, i);
            if (before > 0 && units[before - 1].Kind is UnitKind.Word or UnitKind.Lexical &&
                PredicateLeads.Contains(text[units[before - 1].Start..units[before - 1].End]))
            {
                continue;
            }

            if (IsPlightOfAThing(text, units, i, before))
            {
                unit.Kind = UnitKind.Word;
                continue;
            }

            // Not a ranking either ("the best run company", "not the worst performing utility").
            if (!IsWord(text, units[before], "the") || IsSuperlative(text[unit.Start..unit.End]))
            {
                continue;
            }

            for (var k = i + 1; k < units.Length && k <= i + 1 + MaxEpithetKindWords; k++)
            {
                if (units[k].Kind is not (UnitKind.Word or UnitKind.Lexical) || !char.IsLower(text[units[k].Start]))
                {
                    break;
                }

                var word = text[units[k].Start..units[k].End];
                if (word.EndsWith("'s") || word.EndsWith("’s"))
                {
                    word = word[..^2];
                }

                if (EpithetNouns.Contains(word))
                {
                    unit.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether unit <paramref name="i"/> is a plight epithet (<see cref="PlightEpithets"/>) naming a product, a site or a company
    /// by what it has been through: after "the", "its", "their" or a possessive and before a thing's noun
    /// (<see cref="EpithetNouns"/>, <see cref="PlightThings"/>) or a name ("orders for the troubled 737 Max rose", "Boeing's
    /// embattled Max plane", "its troubled Ohio refinery"). Not before a figure's noun ("its struggling sales" is news), nor
    /// a business unit's ("the sale of its struggling TV networks", "its loss-making cable unit" is the owner's trouble).
    /// </summary>
    private static bool IsPlightOfAThing(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i, int before)
    {
        if (!PlightEpithets.Contains(text[units[i].Start..units[i].End]) || i + 1 >= units.Length)
        {
            return false;
        }

        var lead = text[units[before].Start..units[before].End];
        if (units[before].Kind != UnitKind.Word ||
            !(lead.Equals("the", StringComparison.OrdinalIgnoreCase) || OwnerDeterminers.Contains(lead) || PhraseText.IsPossessive(lead)))
        {
            return false;
        }

        // A name: "the troubled 737 Max in November", "its embattled 737 Max plane"; not a business's ("its struggling TV
        // networks").
        var next = units[i + 1];
        if (next.Kind == UnitKind.Number || next.Kind is UnitKind.Word or UnitKind.Lexical && char.IsUpper(text[next.Start]) &&
            !char.IsUpper(text[units[i].Start]))
        {
            var end = i + 1;
            while (end < units.Length && (units[end].Kind == UnitKind.Number ||
                   units[end].Kind is UnitKind.Word or UnitKind.Lexical && char.IsUpper(text[units[end].Start])))
            {
                end++;
            }

            if (end == units.Length || units[end].Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                return true;
            }

            var after = text[units[end].Start..units[end].End];
            return PlightThings.Contains(after) || Prepositions.Contains(after) || Connectors.Contains(after) ||
                   after.Equals("and", StringComparison.OrdinalIgnoreCase);
        }

        for (var k = i + 1; k < units.Length && k <= i + 1 + MaxEpithetKindWords; k++)
        {
            if (units[k].Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                break;
            }

            var word = text[units[k].Start..units[k].End];
            if (EpithetNouns.Contains(word) || PlightThings.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Epithets that say what a thing has been through rather than what is news of it now.
    private static readonly WordSet PlightEpithets = new(
        "troubled", "embattled", "beleaguered", "ailing", "struggling", "crisis-hit", "scandal-hit", "cash-strapped",
        "loss-making", "debt-laden", "scandal-plagued");

    // Things a plight epithet names besides a company (<see cref="EpithetNouns"/>): a product, a site, a project.
    private static readonly WordSet PlightThings = new(
        "plane", "planes", "jet", "jets", "jetliner", "jetliners", "aircraft", "airplane", "airplanes", "model", "vehicle", "drug",
        "project", "mine", "plant", "factory", "exchange", "platform", "program", "programme", "reactor", "pipeline", "refinery");

    /// <summary>The unit before unit <paramref name="i"/>, past one intensifier ("the deeply troubled lender", "ahead of sharply reduced forecasts").</summary>
    private static int BeforeIntensifier(ReadOnlySpan<Unit> units, int i) =>
        i > 1 && units[i - 1].Kind == UnitKind.Lexical && units[i - 1].Category == LexiconCategory.Intensifier ? i - 2 : i - 1;

    /// <summary>Whether a phrase opens with a superlative: "best", "worst", or a word of more than five letters ending in "est" ("strongest").</summary>
    private static bool IsSuperlative(ReadOnlySpan<char> phrase)
    {
        var first = PhraseText.FirstWord(phrase);
        return first.Equals("best", StringComparison.OrdinalIgnoreCase) || first.Equals("worst", StringComparison.OrdinalIgnoreCase) ||
               first.Length > 5 && first.EndsWith("est", StringComparison.OrdinalIgnoreCase);
    }

    // Words before "the" that make what follows a predicate: "is the struggling retailer", "not the worst performing utility".
    private static readonly WordSet PredicateLeads = new(
        "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained", "becomes", "become", "became", "not",
        "as", "named", "called", "still");

    /// <summary>The most words of a company's trade <see cref="MaskEpithets"/> reads between the epithet and its noun ("telecom").</summary>
    private const int MaxEpithetKindWords = 2;

    // Nouns a later reference names a company by: "the struggling retailer", "the embattled carmaker's shares".
    private static readonly WordSet EpithetNouns = new(
        "company", "firm", "group", "retailer", "lender", "bank", "carmaker", "automaker", "chipmaker", "insurer", "airline", "carrier",
        "miner", "drugmaker", "maker", "producer", "manufacturer", "brewer", "grocer", "conglomerate", "operator", "developer",
        "startup", "utility", "telco", "chain", "builder", "homebuilder", "planemaker", "streamer", "broker", "supplier", "explorer",
        "refiner", "biotech", "giant");

    private static readonly WordSet StrengthAdjectives = new(
        "strong", "stronger", "strongest", "weak", "weaker", "weakest", "firm", "firmer", "soft", "softer", "strengthening", "weakening");

    private static readonly WordSet CurrencyNouns = new(
        "dollar", "euro", "yen", "pound", "sterling", "franc", "rupee", "krona", "krone", "won", "yuan", "renminbi", "rouble", "ruble",
        "peso", "real", "lira", "rand", "currency", "greenback", "loonie");

    /// <summary>
    /// Sentiment words that only label something else: "negative" or "positive" as the sign of a figure ("compared to a
    /// negative EUR 15.5 mn"), the ratings a stock moved between ("downgraded to hold from strong buy", "cut from
    /// Conviction Buy"), where the rating action carries the news, the high or low a move started from ("rises from a
    /// 3-year low", "backs off from record high"), where the move does, the Korean won, and a listicle's ranking
    /// adjective ("3 Best Dividend Stocks").
    /// </summary>
    private void MaskReferenceWords(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        // "3 Best Dividend Stocks to Own", "The 10 Top Picks for 2020": a listicle's adjective ranks, it does not judge.
        var first = units.Length > 2 && IsWord(text, units[0], "the") ? 1 : 0;
        if (first + 1 < units.Length && units[first].Kind == UnitKind.Number && units[first].Value is >= 2 and <= 50 &&
            units[first + 1].Kind == UnitKind.Lexical && units[first + 1].Category == LexiconCategory.Sentiment && units[first + 1].Valence > 0)
        {
            units[first + 1].Kind = UnitKind.Word;
        }

        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || (unit.Entry >= 0 && !_entryInfo[unit.Entry].MayBeReferenceWord))
            {
                continue;
            }

            if (unit.Category == LexiconCategory.Sentiment && IsExtreme(text[unit.Start..unit.End]) && StartsFrom(text, units, i))
            {
                unit.Kind = UnitKind.Word;
                continue;
            }

            // "won slips", "Korean won", "a strong won", "the won": the currency, not the past of win.
            if (IsWord(text, unit, "won") &&
                ((i + 1 < units.Length && IsDirection(units[i + 1])) ||
                 (i > 0 && (IsWord(text, units[i - 1], "korean") || IsWord(text, units[i - 1], "korea") || IsWord(text, units[i - 1], "the") ||
                            StrengthAdjectives.Contains(text[units[i - 1].Start..units[i - 1].End])))))
            {
                unit.Kind = UnitKind.Word;
                continue;
            }

            if (unit.Category == LexiconCategory.Sentiment && i + 1 < units.Length && units[i + 1].HasValue &&
                (IsWord(text, unit, "negative") || IsWord(text, unit, "positive")))
            {
                unit.Kind = UnitKind.Word;
                continue;
            }

            // "Roe will succeed Doe as CFO", "CEO departs, succeeded by Roe": who takes over an office, not a success.
            if (SuccessionVerbs.Contains(text[unit.Start..unit.End]) && NamesSuccessor(text, units, i))
            {
                unit.Kind = UnitKind.Word;
                continue;
            }

            if (!IsRatingAction(text[unit.Start..unit.End]))
            {
                continue;
            }

            for (var k = i + 1; k + 1 < units.Length && k <= i + 8 && units[k].Kind != UnitKind.Boundary; k++)
            {
                // "cut to sell from hold": the ratings are the action's ends, not opinions; "cut to junk" names the action's weight.
                if ((IsWord(text, units[k], "to") || IsWord(text, units[k], "from")) &&
                    units[k + 1].Kind == UnitKind.Lexical && units[k + 1].Category == LexiconCategory.Sentiment &&
                    !text[units[k + 1].Start..units[k + 1].End].StartsWith("junk", StringComparison.OrdinalIgnoreCase))
                {
                    units[k + 1].Kind = UnitKind.Word;
                }
            }
        }
    }

    /// <summary>
    /// Whether a name or an office follows a succession verb, over "by" ("succeeds Jane Roe", "succeeded by Roe", "succeeding the
    /// current CFO").
    /// </summary>
    private static bool NamesSuccessor(ReadOnlySpan<char> text, Span<Unit> units, int verb)
    {
        var next = verb + 1;
        if (next < units.Length && IsWord(text, units[next], "by"))
        {
            next++;
        }

        if (next < units.Length && Determiners.Contains(text[units[next].Start..units[next].End]))
        {
            // "succeeding the current CFO", "succeeds its founder": an office after at most two more words.
            for (var k = next + 1; k < units.Length && k <= next + 3 && units[k].Kind != UnitKind.Boundary; k++)
            {
                if (PersonTitles.Contains(text[units[k].Start..units[k].End]))
                {
                    return true;
                }
            }

            return false;
        }

        return next < units.Length && units[next].Kind is UnitKind.Word or UnitKind.Lexical && char.IsUpper(text[units[next].Start]) &&
            text[units[next].Start..units[next].End].IndexOfAnyInRange('a', 'z') >= 0;
    }

    /// <summary>
    /// Whether a lexicon term is one of the words <see cref="MaskReferenceWords"/> tests a unit's text for (an extreme, "won",
    /// "negative" or "positive", a rating action). A unit's text matched the term ignoring case (and the apostrophe's form), which
    /// none of those tests tells apart: a unit of any other entry is passed over without them.
    /// </summary>
    private static bool MayBeReferenceWord(string term)
    {
        var word = term.AsSpan().TrimEnd('.');
        return term.Length > 0 && (IsExtreme(term) || IsRatingAction(term) || word.Equals("won", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("negative", StringComparison.OrdinalIgnoreCase) || word.Equals("positive", StringComparison.OrdinalIgnoreCase) ||
            SuccessionVerbs.Contains(word));
    }

    /// <summary>Whether the phrase ends with low(s) or high(s); a phrase whose last char is ASCII and none of w, h, s is rejected at once.</summary>
    private static bool IsExtreme(ReadOnlySpan<char> phrase)
    {
        var last = phrase[^1];
        if (last < 128 && (last | 0x20) is not ('w' or 'h' or 's'))
        {
            return false;
        }

        return phrase.EndsWith("low", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("lows", StringComparison.OrdinalIgnoreCase) ||
            phrase.EndsWith("high", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("highs", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether "from" or "off" comes before the unit, over at most three plain words or numbers ("from its 3 year low").</summary>
    private static bool StartsFrom(ReadOnlySpan<char> text, Span<Unit> units, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 4; k--)
        {
            if (units[k].Start >= units[index].Start)
            {
                continue; // the period word of "3-year low", now part of the unit
            }

            if (IsWord(text, units[k], "from") || IsWord(text, units[k], "off"))
            {
                return true;
            }

            if (units[k].Kind is not (UnitKind.Word or UnitKind.Number))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A rating action (cut, lowered, raised, downgrade, upgrade...), alone or as the phrase of its new rating ("cut to neutral",
    /// "raised to buy"); a phrase whose first char is ASCII and none of c, l, r, d, u is rejected at once.
    /// </summary>
    private static bool IsRatingAction(ReadOnlySpan<char> phrase)
    {
        var first = phrase[0];
        if (first < 128 && (first | 0x20) is not ('c' or 'l' or 'r' or 'd' or 'u'))
        {
            return false;
        }

        var space = phrase.IndexOf(' ');
        return RatingActions.Contains(phrase) || phrase.StartsWith("downgrade", StringComparison.OrdinalIgnoreCase) ||
            phrase.StartsWith("upgrade", StringComparison.OrdinalIgnoreCase) ||
            (space > 0 && RatingActions.Contains(phrase[..space]) && phrase[(space + 1)..].StartsWith("to ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The last word of a company's or a fund's name: "Income Opportunities Fund", "Great Birch Capital Group, Inc.".</summary>
    private static readonly WordSet NameDesignators = new(
        "Fund", "Funds", "ETF", "Trust", "Inc", "Corp", "Corporation", "Holdings", "Ltd", "Limited", "Plc", "PLC", "Bancorp",
        "Bancshares", "Group", "LLC", "LP", "AG", "SE", "NV", "ASA", "Oyj", "AB");

    /// <summary>Words that end a name when read backwards from its designator: "Strong Buy For Tesla Inc" names only Tesla.</summary>
    private static readonly WordSet NameBreaks = new(
        "For", "To", "Of", "And", "The", "In", "On", "At", "As", "By", "With", "From", "A", "An", "Is", "Are", "Was", "Its",
        "Into", "Over", "After", "Before", "Says", "Said", "Sees", "Than", "Vs", "Amid", "Their", "Our", "His", "Her", "My", "Your");

    /// <summary>
    /// "April and May showed clear improvement", "sales in May rose", "on May 5": the month, not the hedge "may". Only "May"
    /// capitalised, after another month, a word of time ("in", "since", "early"), a possessive ("Allstate's May losses") or any
    /// lower-case word ("said May sales rose"), or before a day's number; "Shares May Rise" in a title keeps its hedge.
    /// </summary>
    private static void MaskMonthOfMay(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var i = 0; i < units.Length; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Hedge || unit.End - unit.Start != 3 ||
                !text[unit.Start..unit.End].SequenceEqual("May"))
            {
                continue;
            }

            var before = i > 0 && units[i - 1].Kind is UnitKind.Word or UnitKind.Lexical ? text[units[i - 1].Start..units[i - 1].End] : [];
            var afterMonth = i > 1 && IsWord(text, units[i - 1], "and") && MonthWords.Contains(text[units[i - 2].Start..units[i - 2].End]);
            var beforeDay = i + 1 < units.Length && char.IsAsciiDigit(text[units[i + 1].Start]);
            var afterDay = i > 0 && units[i - 1].Kind == UnitKind.Number; // "effective 1 May"
            // In running text the hedge is written "may": a capital after a lower-case word is the month ("said May sales rose").
            var inProse = !before.IsEmpty && char.IsLower(before[0]);
            // "Allstate's May catastrophe losses": a possessive's month, as a modal never follows one.
            if (afterMonth || beforeDay || afterDay || inProse || PhraseText.IsPossessive(before) || MonthWords.Contains(before) || WordsBeforeMonth.Contains(before))
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    // The verb "succeed" in its forms, which before a person takes the person's place rather than does well.
    private static readonly WordSet SucceedVerbs = new("succeed", "succeeds", "succeeded", "succeeding");

    /// <summary>
    /// "Appointed Raja Akram as CFO, succeeding James von Moltke", "who succeeded him", "succeeds acting CFO…": "succeed" before a
    /// name, a pronoun of a person or a word of an outgoing officer takes that person's place, which is no success; "succeeded in
    /// cutting costs" keeps its word.
    /// </summary>
    private static void MaskSuccessions(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End && i + 1 < units.Length; i++)
        {
            ref var unit = ref units[i];
            // Most lexical units open with another letter: the set is asked only for words in "s".
            if (unit.Kind != UnitKind.Lexical || (text[unit.Start] | 0x20) != 's' || units[i + 1].Kind != UnitKind.Word ||
                !SucceedVerbs.Contains(text[unit.Start..unit.End]))
            {
                continue;
            }

            var next = text[units[i + 1].Start..units[i + 1].End];
            if (char.IsUpper(next[0]) && !IsTitleCased(text, units, i) || PersonObjects.Contains(next) ||
                OutgoingOfficerLeads.Contains(next) || OfficerDeterminers.Contains(next) && NamesOfficer(text, units, i + 2))
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    // Words that open an officer as the object of "succeed": "will succeed the company's finance chief", "succeeds its CEO".
    private static readonly WordSet OfficerDeterminers = new("the", "its", "his", "her", "their");

    /// <summary>
    /// Whether a title of an officer (<see cref="PersonTitles"/>) opens a word within <see cref="MaxOfficerReach"/> words from
    /// <paramref name="from"/>, as in "the company's new chief financial officer"; a number or a boundary ends the search.
    /// </summary>
    private static bool NamesOfficer(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from)
    {
        var end = Math.Min(units.Length, from + MaxOfficerReach);
        for (var k = from; k < end && units[k].Kind is UnitKind.Word or UnitKind.Lexical; k++)
        {
            var word = text[units[k].Start..units[k].End];
            var space = word.IndexOf(' ');
            if (PersonTitles.Contains(space < 0 ? word : word[..space]))
            {
                return true;
            }
        }

        return false;
    }

    // How many words after "succeed the" may hold the officer's title ("the company's new chief…").
    private const int MaxOfficerReach = 4;

    /// <summary>
    /// A departure whose successor the sentence names is a handover, not news of trouble: "Chief Executive Brian Cornell will
    /// step down in February and be succeeded by operating chief Michael Fiddelke", "…steps down; his deputy will replace him".
    /// "Step down" in its plain forms is masked when the sentence holds "succeeded by", "successor", "replace" or "executive
    /// chair"; "steps down abruptly" keeps its word.
    /// </summary>
    private static void MaskHandovers(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || (text[unit.Start] | 0x20) != 's' || !PlainDepartures.Contains(text[unit.Start..unit.End]))
            {
                continue;
            }

            for (var k = 0; k < units.Length; k++)
            {
                if (k != i && units[k].Kind is UnitKind.Word or UnitKind.Lexical && NamesNewHolder(text, units, k))
                {
                    unit.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>Whether unit <paramref name="k"/> names a successor: "succeeded by", "successor", "replace…", "executive chair…".</summary>
    private static bool NamesNewHolder(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        var word = text[units[k].Start..units[k].End];

        // "No successor was named", "without a successor", "has not yet named a successor": a departure with no one to take over.
        for (var j = Math.Max(0, k - 3); j < k; j++)
        {
            if (units[j].Kind is UnitKind.Word or UnitKind.Lexical && NoHolderWords.Contains(text[units[j].Start..units[j].End]))
            {
                return false;
            }
        }

        return word.StartsWith("succeeded by", StringComparison.OrdinalIgnoreCase) || SuccessorWords.Contains(word) ||
               word.StartsWith("executive chair", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("executive", StringComparison.OrdinalIgnoreCase) && k + 1 < units.Length &&
               (IsWord(text, units[k + 1], "chair") || IsWord(text, units[k + 1], "chairman") || IsWord(text, units[k + 1], "chairwoman"));
    }

    // Words that deny a successor a few words before it: "no successor", "without a replacement", "not yet named a successor".
    private static readonly WordSet NoHolderWords = new("no", "without", "not", "yet", "search", "seeking", "find");

    // "Step down" in its forms with no word of manner ("steps down abruptly" is an entry of its own).
    private static readonly WordSet PlainDepartures = new("step down", "steps down", "stepping down", "stepped down");

    // Words that name who takes the place: "his successor", "will replace him", "to be replaced by".
    private static readonly WordSet SuccessorWords = new(
        "successor", "successors", "replace", "replaces", "replaced", "replacing", "replacement", "succeed", "succeeds", "succeeding");

    /// <summary>
    /// What a company wins the right to appeal is the appeal's topic, not news of its own: "BP wins right to appeal some Gulf
    /// spill damages claims", "won the right to challenge the fine". The bad words and quantities after "right to appeal" (or
    /// challenge, contest), up to the clause's end (at most <see cref="MaxAppealTopicUnits"/> units), are masked; the win scores.
    /// </summary>
    private static void MaskAppealedTopics(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i + 1 < units.Length && i < lexical.End; i++)
        {
            // The appeal verb: after the lexicon's phrase of a right won ("won the right to"), or after the words "right to"
            // that a verb of winning leads.
            int appeal;
            var phrase = text[units[i].Start..units[i].End];
            if (units[i].Kind == UnitKind.Lexical && phrase.EndsWith(" right to", StringComparison.OrdinalIgnoreCase) &&
                RightWinningVerbs.Contains(PhraseText.FirstWord(phrase)))
            {
                appeal = i + 1;
            }
            else if (i >= 1 && i + 2 < units.Length && IsWord(text, units[i], "right") && IsWord(text, units[i + 1], "to"))
            {
                var verb = i - 1;
                if (verb > 0 && IsArticle(text, units[verb]))
                {
                    verb--;
                }

                appeal = RightWinningVerbs.Contains(PhraseText.LastWord(text[units[verb].Start..units[verb].End])) ? i + 2 : -1;
            }
            else
            {
                continue;
            }

            if (appeal < 0 || !AppealVerbs.Contains(text[units[appeal].Start..units[appeal].End]))
            {
                continue;
            }

            for (var j = appeal; j < units.Length && j <= appeal + MaxAppealTopicUnits && !IsClauseStop(units[j]); j++)
            {
                if (units[j].Kind == UnitKind.Lexical && (units[j].Category == LexiconCategory.Sentiment && units[j].Valence < 0 || units[j].Category == LexiconCategory.BadWhenUp))
                {
                    units[j].Kind = UnitKind.Word;
                }
            }
        }
    }

    private static readonly WordSet AppealVerbs = new("appeal", "challenge", "contest");

    // Verbs that give a right: "wins (the) right to appeal", "was granted the right to challenge".
    private static readonly WordSet RightWinningVerbs = new("wins", "won", "win", "winning", "granted", "gets", "got", "given");

    /// <summary>The most units after "right to appeal" that name what is appealed.</summary>
    private const int MaxAppealTopicUnits = 8;

    /// <summary>
    /// A risk named before what guards against it is the remedy's topic, not news of the risk: "will spend more on wildfire
    /// mitigation", "launches new fraud prevention tools", "a wildfire fund". A bad word right before a noun of a remedy
    /// (<see cref="RemedyNouns"/>) is masked.
    /// </summary>
    private static void MaskRemedyTopics(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End && i + 1 < units.Length; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Valence < 0 &&
                units[i + 1].Kind is UnitKind.Word or UnitKind.Lexical && RemedyNouns.Contains(text[units[i + 1].Start..units[i + 1].End]))
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>
    /// "Cut the risk of melanoma returning or death by 44%", "raises the risk of a downgrade": a risk that a move changes is a
    /// quantity, bad when up, and what it is a risk of is its topic, not news: the bad words of the topic are masked, up to "by",
    /// a comparison or the clause's end (at most <see cref="MaxRiskTopicUnits"/> units). Returns whether any risk was turned.
    /// </summary>
    private static bool TurnMovedRisks(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var turned = false;
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.End - unit.Start != 7 ||
                !text[unit.Start..unit.End].Equals("risk of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var verb = i - 1;
            if (verb > 0 && units[verb].Kind == UnitKind.Word && Determiners.Contains(text[units[verb].Start..units[verb].End]))
            {
                verb--;
            }

            if (!IsDirection(units[verb]))
            {
                continue;
            }

            unit.Category = LexiconCategory.BadWhenUp;
            unit.Valence = MovedRiskValence;
            unit.Contribution = 0;
            turned = true;
            for (var j = i + 1; j < units.Length && j <= i + MaxRiskTopicUnits && !IsClauseStop(units[j]) && !RiskTopicEnds.Contains(text[units[j].Start..units[j].End]); j++)
            {
                if (units[j].Kind == UnitKind.Lexical && units[j].Category == LexiconCategory.Sentiment)
                {
                    units[j].Kind = UnitKind.Word;
                }
            }
        }

        return turned;
    }

    /// <summary>
    /// "Morgan Stanley cuts Nike to equal-weight", "JPMorgan raises Ford to overweight": a verb of moving, then the name of the
    /// company rated (capitalised words) and "to" and a rating, changes the rating, as "downgrades" and "upgrades" do, whatever
    /// level it reaches; read alone, "cuts" was an unpaired fall, and "to buy" a mild good word of its own.
    /// Returns whether any rating move was read.
    /// </summary>
    private static bool ReadRatingMovesOverNames(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var d = lexical.First; d < lexical.End; d++)
        {
            // "JPMorgan likes Bausch Health in premarket analyst action": a house's verb of liking, as a move to buy.
            var liking = units[d].Kind == UnitKind.Lexical && units[d].Category == LexiconCategory.Sentiment && units[d].Valence > 0 &&
                SourceMentions.IsHouseLikingVerb(text[units[d].Start..units[d].End]);
            if (!liking && (!IsDirection(units[d]) || !RatingMoveVerbs.Contains(text[units[d].Start..units[d].End])))
            {
                continue;
            }

            // The rated company's name: one to MaxRatedNameWords capitalised words.
            var to = d + 1;
            while (to < units.Length && to <= d + MaxRatedNameWords && units[to].Kind is UnitKind.Word or UnitKind.Other &&
                   (char.IsUpper(text[units[to].Start]) || text[units[to].Start] == '&'))
            {
                to++;
            }

            if (to == d + 1)
            {
                continue;
            }

            // "to equal-weight", or a phrase of the lexicon that holds it ("to buy"); or, after a house, the end of the clause or
            // the call's reason ("Mizuho raises Intel on price cuts").
            var bare = to < units.Length && IsWord(text, units[to], "to");
            var byHouse = false;
            if (liking || to >= units.Length || (bare ? to + 1 >= units.Length : !text[units[to].Start..units[to].End].StartsWith("to ", StringComparison.OrdinalIgnoreCase)))
            {
                if (!AttributionText.ClosesRatedName(text[units[to - 1].End..]) || !ResearchHouses.EndsWithHouse(text[..units[d].Start]))
                {
                    continue;
                }

                byHouse = true;
            }
            else
            {
                var level = bare ? text[units[to + 1].Start..units[to + 1].End] : text[(units[to].Start + 3)..units[to].End];
                if (!RatingLevelWords.Contains(PhraseText.FirstWord(level)))
                {
                    continue;
                }
            }

            var down = units[d].Category == LexiconCategory.Decrease;
            units[d].Category = LexiconCategory.Sentiment;
            units[d].Valence = down ? -RatingMoveValence : RatingMoveValence;
            units[d].Contribution = units[d].Valence;
            // The level reached ("to buy", "to overweight") is no news of its own: the move is.
            var reached = bare ? to + 1 : to;
            if (!byHouse && units[reached].Kind == UnitKind.Lexical)
            {
                units[reached].Kind = UnitKind.Word;
            }

            read = true;
        }

        return read;
    }

    /// <summary>
    /// "The charges raised fresh questions about its risk", "raised new doubts about the plan": a verb of raising before a
    /// worry, with a word of degree or novelty between (<see cref="WorryDegreeWords"/>), raises the worry, as the lexicon's
    /// "raised questions" and "raised doubts" do; read alone, "raised" was a rise of nothing, or of a quantity named after the
    /// worry ("raised fresh concerns about debt" is no rise of debt). The verb weighs as "raised questions" (-0.3) when the
    /// worry is no word of the lexicon ("questions"), and nothing when it is ("doubts" counts for itself).
    /// Returns whether any worry was read.
    /// </summary>
    private static bool ReadRaisedWorries(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var d = lexical.First; d < lexical.End; d++)
        {
            if (!IsDirection(units[d]) || units[d].Category != LexiconCategory.Increase || !RaisingVerbs.Contains(text[units[d].Start..units[d].End]))
            {
                continue;
            }

            var w = d + 1;
            while (w < units.Length && w <= d + MaxWorryDegreeWords && units[w].Kind is UnitKind.Word or UnitKind.Lexical &&
                   WorryDegreeWords.Contains(text[units[w].Start..units[w].End]))
            {
                w++;
            }

            // The worry, or a phrase of the lexicon it opens ("concerns about").
            if (w == d + 1 || w >= units.Length || !RaisedWorryNouns.Contains(PhraseText.FirstWord(text[units[w].Start..units[w].End])))
            {
                continue;
            }

            // A word of degree the lexicon scores ("new", "fresh") weighs nothing here: the worry is the news.
            for (var k = d + 1; k < w; k++)
            {
                units[k].Kind = UnitKind.Word;
            }

            if (units[w].Kind == UnitKind.Lexical && units[w].Valence < 0)
            {
                units[d].Kind = UnitKind.Word;
            }
            else
            {
                units[d] = Unit.Phrase(units[d].Start, units[d].End, LexiconCategory.Sentiment, RaisedWorryValence);
                units[d].Contribution = RaisedWorryValence;
            }

            read = true;
        }

        return read;
    }

    /// <summary>
    /// "Easing one of analysts' biggest worries", "eased the lingering doubts": a worry that a verb of easing reaches over a few
    /// words is a worry eased, good news, as the lexicon's "eased concerns" is; read alone, the worry was bad news and the verb a
    /// fall of whatever came before it ("shares rose, easing…").
    /// Returns whether any worry was read.
    /// </summary>
    private static bool ReadEasedWorries(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var d = lexical.First; d < lexical.End; d++)
        {
            if (!IsDirection(units[d]) || units[d].Category != LexiconCategory.Decrease || !EasingVerbs.Contains(text[units[d].Start..units[d].End]))
            {
                continue;
            }

            // Plain words and words of degree before the worry: "the", "one of", "analysts'", "biggest".
            var w = d + 1;
            while (w < units.Length && w <= d + MaxEasedWorryGap &&
                   (units[w].Kind is UnitKind.Word or UnitKind.Number && !Prepositions.Contains(text[units[w].Start..units[w].End]) ||
                    units[w].Kind == UnitKind.Lexical && units[w].Category is LexiconCategory.Intensifier or LexiconCategory.Neutral ||
                    w > d + 1 && IsWord(text, units[w], "of") && PartitiveWords.Contains(text[units[w - 1].Start..units[w - 1].End])))
            {
                w++;
            }

            if (w == d + 1 || w >= units.Length || units[w].Kind != UnitKind.Lexical || units[w].Category != LexiconCategory.Sentiment ||
                units[w].Valence >= 0 || !RaisedWorryNouns.Contains(PhraseText.FirstWord(text[units[w].Start..units[w].End])))
            {
                continue;
            }

            for (var k = d + 1; k <= w; k++)
            {
                units[k].Kind = UnitKind.Word;
            }

            units[d] = Unit.Phrase(units[d].Start, units[d].End, LexiconCategory.Sentiment, EasedWorryValence);
            units[d].Contribution = EasedWorryValence;
            read = true;
        }

        return read;
    }

    // Verbs of easing a worry that the lexicon reads as a fall: "easing", "eased".
    private static readonly WordSet EasingVerbs = new("ease", "eases", "eased", "easing");

    /// <summary>The most words between a verb of easing and the worry it eases ("easing one of analysts' biggest worries").</summary>
    private const int MaxEasedWorryGap = 5;

    /// <summary>The weight of a worry eased, as the lexicon's "eased concerns".</summary>
    private const double EasedWorryValence = 0.4;

    /// <summary>
    /// "Howmet bucked the trend, falling 1.5%": a trend bucked is good or bad as the trend was, and a move right after it (over a
    /// comma) says which; the phrase (read as good news, as a rise against a falling market is) then weighs nothing and the
    /// move counts alone.
    /// </summary>
    private static void MaskTrendsBuckedByAMove(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var b = lexical.First; b < lexical.End; b++)
        {
            if (units[b].Kind != UnitKind.Lexical || units[b].Category != LexiconCategory.Sentiment ||
                !text[units[b].Start..units[b].End].StartsWith("buck", StringComparison.OrdinalIgnoreCase) ||
                !text[units[b].Start..units[b].End].EndsWith("trend", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var m = b + 1;
            if (m < units.Length && units[m].Kind is UnitKind.Other or UnitKind.Boundary && text[units[m].Start] == ',')
            {
                m++;
            }

            if (m < units.Length && IsDirection(units[m]))
            {
                units[b].Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>
    /// "Amgen agreed to pay Arrowhead $400 million upfront … for global rights to an experimental heart drug": an agreement to
    /// pay for rights, a licence, a stake or assets is a purchase, no settlement; the phrase of paying weighs nothing there. Only
    /// when "for" and the thing bought follow within <see cref="MaxUnitsToPurchaseFor"/> units of the clause, with no word of
    /// a settlement or a penalty on the way ("agreed to pay $2 billion to settle claims" stays).
    /// </summary>
    private static void MaskPaymentsForPurchases(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var p = lexical.First; p < lexical.End; p++)
        {
            ref var payment = ref units[p];
            if (payment.Kind != UnitKind.Lexical || payment.Category != LexiconCategory.Sentiment || payment.Valence >= 0 ||
                !PurchaseText.PayingVerbs.Contains(PhraseText.LastWord(text[payment.Start..payment.End])))
            {
                continue;
            }

            for (var i = p + 1; i < units.Length && i <= p + MaxUnitsToPurchaseFor; i++)
            {
                if (units[i].Kind == UnitKind.Boundary && text[units[i].Start] != ',' ||
                    units[i].Kind is UnitKind.Word or UnitKind.Lexical && SettlementWords.Contains(PhraseText.FirstWord(text[units[i].Start..units[i].End])))
                {
                    break;
                }

                if (IsWord(text, units[i], "for") && BuysThing(text, units, i + 1))
                {
                    payment.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>Whether a thing bought ("rights", "a licence", "a 10% stake") is named within three units from <paramref name="from"/>.</summary>
    private static bool BuysThing(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from)
    {
        for (var j = from; j < units.Length && j < from + 3; j++)
        {
            if (PurchasedThings.Contains(text[units[j].Start..units[j].End]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most units from a phrase of paying to the "for" of what it buys ("to pay Arrowhead $400 million upfront, plus up to $2 billion in milestones, for").</summary>
    private const int MaxUnitsToPurchaseFor = 16;

    // What a payment buys: "for global rights", "for a licence", "for a 10% stake", "for the assets".
    private static readonly WordSet PurchasedThings = new(
        "rights", "license", "licence", "licensing", "stake", "access", "assets", "option", "royalties", "royalty", "technology",
        "portfolio", "brand", "brands", "unit", "business", "division", "shares", "stock", "acquisition", "purchase");

    // Words of a settlement, a penalty or a loss, after which a payment is no purchase: "to settle", "in fines", "damages".
    private static readonly WordSet SettlementWords = new(
        "settle", "settles", "settled", "settlement", "settlements", "resolve", "resolves", "end", "fine", "fines", "penalty",
        "penalties", "damages", "compensation", "claims", "charges", "restitution", "lawsuit", "lawsuits", "suit", "probe");

    /// <summary>
    /// "Wall Street's worst week turned out to be a windfall for Cboe", "the selloff proved a boon for brokers": a subject said to
    /// be a boon or a blow for someone is the topic of the verdict, not news of its own; its words against the verdict and its
    /// moves weigh nothing, and the verdict counts. Only over a copula ("is", "was", "proved", "turned out to be", "has been") and "a" or "an" to a noun of
    /// <see cref="VerdictNouns"/> before "for" or "to", and only back to the clause's start.
    /// </summary>
    private static void MaskTopicsOfVerdicts(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var v = lexical.First + 2; v < lexical.End; v++)
        {
            if (units[v].Kind != UnitKind.Lexical || units[v].Category != LexiconCategory.Sentiment || units[v].Valence == 0 ||
                !IsVerdictNoun(text, units, v))
            {
                continue;
            }

            var a = v - 1;
            if (VerdictDegreeWords.Contains(text[units[a].Start..units[a].End]))
            {
                a--;
            }

            if (a <= lexical.First || !(IsWord(text, units[a], "a") || IsWord(text, units[a], "an")))
            {
                continue;
            }

            var copula = CopulaStart(text, units, a - 1, lexical.First);
            for (var s = copula - 1; copula > lexical.First && s >= lexical.First && units[s].Kind != UnitKind.Boundary; s--)
            {
                // Words that agree with the verdict may stay ("strong sales were a boon"); a move of a quantity is masked whole,
                // its sign unknown before the two are paired.
                if (units[s].Kind == UnitKind.Lexical && (IsDirection(units[s]) || IsQuantity(units[s]) ||
                    units[s].Category == LexiconCategory.Sentiment && units[s].Valence * units[v].Valence < 0))
                {
                    units[s].Kind = UnitKind.Word;
                }
            }
        }
    }

    /// <summary>Whether the unit at <paramref name="v"/> is a noun of <see cref="VerdictNouns"/> before "for" or "to" ("tailwind for" is one entry).</summary>
    private static bool IsVerdictNoun(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v)
    {
        var word = text[units[v].Start..units[v].End];
        if (word.EndsWith(" for", StringComparison.OrdinalIgnoreCase))
        {
            return VerdictNouns.Contains(word[..^4]);
        }

        return VerdictNouns.Contains(word) && v + 1 < units.Length && (IsWord(text, units[v + 1], "for") || IsWord(text, units[v + 1], "to"));
    }

    /// <summary>
    /// The first unit of a copula that ends at <paramref name="end"/> ("was"; "proved"; "turned out to be"; "has been"; "could
    /// be"), or -1.
    /// </summary>
    private static int CopulaStart(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int end, int first)
    {
        if (end < first || units[end].Kind == UnitKind.Boundary)
        {
            return -1;
        }

        var word = text[units[end].Start..units[end].End];
        if (Copulas.Contains(word))
        {
            return end;
        }

        var been = word.Equals("been", StringComparison.OrdinalIgnoreCase);
        if (end - 1 >= first && (been || word.Equals("be", StringComparison.OrdinalIgnoreCase)))
        {
            // "has been", "could be", "proved to be".
            var before = text[units[end - 1].Start..units[end - 1].End];
            if (been)
            {
                return PerfectAuxiliaries.Contains(before) ? end - 1 : -1;
            }

            if (!before.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return ModalAuxiliaries.Contains(before) ? end - 1 : -1;
            }

            // "proved to be", "turned out to be", "turns out to be".
            var verb = end - 2;
            if (verb >= first && IsWord(text, units[verb], "out"))
            {
                verb--;
            }

            return verb >= first && (Copulas.Contains(text[units[verb].Start..units[verb].End]) || TurningVerbs.Contains(text[units[verb].Start..units[verb].End]))
                ? verb
                : -1;
        }

        return -1;
    }

    // Nouns of a verdict for or against someone: "a windfall for", "a blow to".
    private static readonly WordSet VerdictNouns = new(
        "boon", "windfall", "blessing", "godsend", "bonanza", "boost", "win", "relief", "lifeline", "tailwind", "gift", "reprieve",
        "victory", "blow", "setback", "headache", "headwind", "drag", "nightmare", "curse", "burden");

    // Words of degree between "a" and a verdict noun: "a major blow to", "a welcome boost for".
    private static readonly WordSet VerdictDegreeWords = new(
        "big", "major", "huge", "welcome", "real", "significant", "further", "fresh", "new", "serious", "timely", "surprise", "unexpected", "rare", "double");

    // One-word copulas before a verdict: "was a boon", "proved a blow".
    private static readonly WordSet Copulas = new(
        "is", "was", "are", "were", "proved", "proves", "prove", "proving", "became", "becomes", "become", "remains", "remained", "seems", "seemed");

    private static readonly WordSet TurningVerbs = new("turned", "turns", "turn", "turning");

    private static readonly WordSet PerfectAuxiliaries = new("has", "have", "had");

    private static readonly WordSet ModalAuxiliaries = new("will", "would", "could", "may", "might", "should", "can");

    /// <summary>
    /// "Earnings matched expectations, as stronger volumes offset weaker pricing", "revenue was in line with estimates, as stronger
    /// parts sales offset a dip in deliveries": a result in line or unchanged that one thing offsetting another explains nets out.
    /// The clause from "as" to its end weighs nothing; read alone, the bad news offset turned good and the good news counted
    /// besides, twice the same side.
    /// </summary>
    private static void MaskOffsetsBehindSteadyResults(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var o = lexical.First + 3; o < lexical.End; o++)
        {
            if (units[o].Kind != UnitKind.Lexical || units[o].Category is not (LexiconCategory.Negator or LexiconCategory.Contrast) ||
                !OffsettingWords.Contains(text[units[o].Start..units[o].End]))
            {
                continue;
            }

            // "as" opens the clause of the offset, and a steady result comes before it in the sentence.
            var opener = o - 1;
            while (opener > lexical.First && units[opener].Kind != UnitKind.Boundary && !IsWord(text, units[opener], "as"))
            {
                opener--;
            }

            if (opener <= lexical.First || !IsWord(text, units[opener], "as") || !HasSteadyResult(text, units, lexical.First, opener))
            {
                continue;
            }

            var end = o + 1;
            while (end < lexical.End && units[end].Kind != UnitKind.Boundary &&
                !(units[end].Kind == UnitKind.Lexical && units[end].Category == LexiconCategory.Contrast))
            {
                end++;
            }

            for (var m = opener + 1; m < end; m++)
            {
                if (units[m].Kind == UnitKind.Lexical)
                {
                    units[m].Kind = UnitKind.Word;
                }
            }

            o = end;
        }
    }

    /// <summary>Whether a unit from <paramref name="first"/> up to <paramref name="end"/> says a result was in line or did not move.</summary>
    private static bool HasSteadyResult(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var words = text[units[i].Start..units[i].End];
            if (units[i].Kind is UnitKind.Word or UnitKind.Lexical && (SteadyResultWords.Contains(words) ||
                words.StartsWith("in line", StringComparison.OrdinalIgnoreCase) || words.StartsWith("broadly in line", StringComparison.OrdinalIgnoreCase) ||
                words.StartsWith("matched ", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // Words of one thing offsetting another: "stronger volumes offset weaker pricing", "a rise was offset by higher provisions".
    private static readonly WordSet OffsettingWords = new("offset", "offsets", "offsetting", "offset by");

    // Words of a result in line or unchanged before the offset that explains it ("in line with" is read by its start).
    private static readonly WordSet SteadyResultWords = new(
        "in-line", "inline with", "matched", "flat", "unchanged", "steady", "little changed", "roughly flat", "essentially flat");

    /// <summary>
    /// "Does not expect the outage to affect its production targets", "does not expect the matter to have a material effect": a
    /// company that denies a thing any effect on it takes the thing's weight away; the thing and the effect denied weigh nothing.
    /// A denied material effect, the formal words of a disclosure, is a mild reassurance (<see cref="DeniedMaterialEffectValence"/>).
    /// Returns whether a reassurance was read.
    /// </summary>
    private static bool MaskDeniedEffects(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var n = lexical.First; n + 3 < lexical.End; n++)
        {
            if (units[n].Kind != UnitKind.Lexical || units[n].Category != LexiconCategory.Negator ||
                !DenyingWords.Contains(text[units[n].Start..units[n].End]) || !DeniedExpectationVerbs.Contains(text[units[n + 1].Start..units[n + 1].End]))
            {
                continue;
            }

            // The thing, then "to" and a verb of effect, within MaxDeniedThingWords words (over the commas of a place name).
            var to = -1;
            for (var i = n + 2; i < lexical.End && i <= n + 2 + MaxDeniedThingWords; i++)
            {
                if (units[i].Kind == UnitKind.Boundary && text[units[i].Start] != ',')
                {
                    break;
                }

                if (IsWord(text, units[i], "to"))
                {
                    to = i;
                    break;
                }
            }

            if (to < 0 || to + 1 >= lexical.End || !DeniedEffectVerbs.Contains(PhraseText.FirstWord(text[units[to + 1].Start..units[to + 1].End])))
            {
                continue;
            }

            // To the clause's end, over the commas of a place name but not into a clause a conjunction opens ("…a material
            // financial impact, though analysts said reputational costs could linger" keeps the analysts' words).
            var end = to + 1;
            var material = false;
            while (end < lexical.End && !(units[end].Kind == UnitKind.Boundary &&
                                          (text[units[end].Start] != ',' || end + 1 < units.Length && IsClauseConjunction(text, units[end + 1]))))
            {
                material |= text[units[end].Start..units[end].End].StartsWith("material", StringComparison.OrdinalIgnoreCase);
                end++;
            }

            for (var m = n + 1; m < end; m++)
            {
                if (units[m].Kind == UnitKind.Lexical)
                {
                    units[m].Kind = UnitKind.Word;
                }
            }

            if (material)
            {
                units[n].Category = LexiconCategory.Sentiment;
                units[n].Valence = DeniedMaterialEffectValence;
                units[n].Contribution = DeniedMaterialEffectValence;
                var last = end;
                while (last < units.Length && units[last].Kind != UnitKind.Boundary)
                {
                    last++;
                }

                units[n].End = units[last - 1].End; // the evidence reads "not expect the matter to have a material effect on…"
                read = true;
            }
            else
            {
                units[n].Kind = UnitKind.Word;
            }

            n = end;
        }

        return read;
    }

    /// <summary>Whether the unit is a conjunction that opens a clause after a comma: "though", "but", "while", "as".</summary>
    private static bool IsClauseConjunction(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical && CommaClauseOpeners.Contains(text[unit.Start..unit.End]);

    private static readonly WordSet CommaClauseOpeners = new(
        "though", "although", "but", "while", "whereas", "yet", "as", "and", "even", "however", "which", "citing", "adding", "saying");

    // Denials before a verb of expecting: "does not expect", "doesn't anticipate".
    private static readonly WordSet DenyingWords = new("not", "n't", "doesn't", "don't", "didn't", "never", "does not", "do not", "did not");

    private static readonly WordSet DeniedExpectationVerbs = new("expect", "expects", "expected", "anticipate", "anticipates", "anticipated", "foresee", "foresees");

    // Verbs of an effect a company denies: "to affect its targets", "to have a material effect".
    private static readonly WordSet DeniedEffectVerbs = new(
        "affect", "hurt", "impact", "have", "disrupt", "dent", "weigh", "materially", "hit", "harm", "delay", "derail", "change", "alter", "significantly");

    /// <summary>The most words of the thing between "expect" and "to" ("a brief ammonia plant outage at its Donaldsonville, Louisiana, complex").</summary>
    private const int MaxDeniedThingWords = 12;

    /// <summary>The weight of a denied material effect, as a mild reassurance.</summary>
    private const double DeniedMaterialEffectValence = 0.3;

    // Verbs of raising a worry: "raised fresh questions", "raises new concerns".
    private static readonly WordSet RaisingVerbs = new("raise", "raises", "raised", "raising");

    // Words of degree or novelty between "raised" and a worry: "fresh", "new", "serious", "further".
    private static readonly WordSet WorryDegreeWords = new(
        "fresh", "new", "serious", "further", "more", "renewed", "additional", "some", "significant", "major", "deep", "grave", "lingering", "many");

    /// <summary>The most words of degree <see cref="ReadRaisedWorries"/> passes over ("raised serious new questions").</summary>
    private const int MaxWorryDegreeWords = 2;

    // Worries a verb of raising raises.
    private static readonly WordSet RaisedWorryNouns = new(
        "questions", "question", "concerns", "concern", "doubts", "doubt", "fears", "worries", "alarm", "alarms", "eyebrows", "red flags", "suspicions");

    /// <summary>The weight of a worry raised that is no word of the lexicon, as "raised questions".</summary>
    private const double RaisedWorryValence = -0.3;

    // Verbs that move a rating before the name rated: "cuts Nike to", "raises Ford to".
    private static readonly WordSet RatingMoveVerbs = new(
        "cuts", "cut", "lowers", "lowered", "trims", "trimmed", "raises", "raised", "lifts", "lifted", "ups", "upped", "boosts", "boosted");

    // Levels a rating reaches: "to equal-weight", "to buy", "to market perform".
    private static readonly WordSet RatingLevelWords = new(
        "buy", "sell", "hold", "neutral", "overweight", "underweight", "equal-weight", "equalweight", "outperform", "underperform",
        "market", "sector", "peer", "accumulate", "reduce", "strong", "add", "positive", "negative", "in-line", "market-weight");

    /// <summary>The most capitalised words of the name a rating move passes over ("cuts Procter &amp; Gamble to").</summary>
    private const int MaxRatedNameWords = 4;

    /// <summary>The weight of a rating moved over a name, as the lexicon's "downgrades" and "upgrades".</summary>
    private const double RatingMoveValence = 0.5;

    /// <summary>
    /// "Delivery delays mount", "supply problems grew", "worries have eased", "Hurricane Rafael strengthened": a bad thing named in
    /// the plural (or a storm, by its kind or its name) right before a verb that moves it (or its perfect auxiliary) is a quantity
    /// bad when up, as "losses mount" is; read alone, "mount" was a rise of nothing, good news. Only the
    /// verbs of <see cref="TroubleMoves"/>: a participle after a verb of the company ("warns falling…") moves nothing of it.
    /// Returns whether any thing was turned.
    /// </summary>
    private static bool TurnMovingTroubles(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var turned = false;
        for (var d = Math.Max(lexical.First, 1); d < lexical.End; d++)
        {
            if (!IsDirection(units[d]))
            {
                continue;
            }

            // "Shortages have eased": the auxiliary of a perfect tense may come between; "Hurricane Rafael strengthened": a storm's name.
            var t = d > 1 && units[d - 1].Kind == UnitKind.Word && PerfectAuxiliaries.Contains(text[units[d - 1].Start..units[d - 1].End]) ? d - 2 : d - 1;
            if (t > 0 && units[t].Kind == UnitKind.Word && char.IsUpper(text[units[t].Start]) && units[t - 1].Kind == UnitKind.Lexical &&
                NamedStorms.Contains(text[units[t - 1].Start..units[t - 1].End]))
            {
                t--;
            }

            ref var trouble = ref units[t];
            var verb = text[units[d].Start..units[d].End];
            if (trouble.Kind != UnitKind.Lexical || trouble.Category != LexiconCategory.Sentiment || trouble.Valence >= 0 ||
                !(TroubleMoves.Contains(verb) || StrengthDirections.Contains(verb)))
            {
                continue;
            }

            // A storm is one thing that moves, and the one a verb of strength moves ("the hurricane strengthened"): a plural trouble
            // that "strengthened" is left to the rule of judging directions, as a quantity is.
            var word = text[trouble.Start..trouble.End];
            var storm = NamedStorms.Contains(word);
            if (!storm && (!TroubleMoves.Contains(verb) || word.Length < 4 || word.IndexOf(' ') >= 0 || word[^1] is not ('s' or 'S') || char.IsUpper(word[0])))
            {
                continue; // "delays", "problems", "worries": a plural noun, not "Globex Slumps" nor a phrase
            }

            trouble.Category = LexiconCategory.BadWhenUp;
            turned = true;
        }

        return turned;
    }

    // Verbs that move a bad thing named before them: "delays mount", "tensions escalated", "fears eased".
    private static readonly WordSet TroubleMoves = new(
        "mount", "mounts", "mounted", "grow", "grows", "grew", "increase", "increases", "increased", "rise", "rises", "rose",
        "deepen", "deepens", "deepened", "escalate", "escalates", "escalated", "intensify", "intensifies", "intensified",
        "ease", "eases", "eased", "fade", "fades", "faded", "subside", "subsides", "subsided", "recede", "recedes", "receded",
        "abate", "abates", "abated", "diminish", "diminishes", "diminished", "decrease", "decreases", "decreased", "decline",
        "declines", "declined");

    /// <summary>
    /// "Peacock lost $180 million in the quarter, down from $430 million a year earlier": a verb of losing (or a phrase of
    /// reporting a loss, "reported a net loss of") whose amount a move compares after a comma ("down from", "up from", "well
    /// narrower than", "compared with") names the loss that moved, a quantity bad when up, as "net loss of $180 million, down
    /// from…" does; read alone, a narrowed loss was a loss and an unpaired "down".
    /// Returns whether any verb was turned.
    /// </summary>
    private static bool TurnComparedLossVerbs(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var turned = false;
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.Valence >= 0)
            {
                continue;
            }

            // "lost $180 million", "reported a net loss of $0.21 a share"
            var phrase = text[unit.Start..unit.End];
            var amount = LossVerbs.Contains(phrase) ? i + 1
                : LossNouns.Contains(PhraseText.LastWord(phrase)) && i + 1 < units.Length && IsWord(text, units[i + 1], "of") ? i + 2 : -1;
            if (amount < 0 || amount >= units.Length || units[amount].Kind != UnitKind.Currency)
            {
                continue;
            }

            // Plain words up to the comma ("in the quarter", "a share"), then the move and what it is measured from.
            var j = amount + 1;
            while (j < units.Length && j <= amount + 1 + MaxLossVerbTailWords &&
                   (units[j].Kind == UnitKind.Word || units[j].Kind == UnitKind.Lexical && units[j].Category == LexiconCategory.Neutral))
            {
                j++;
            }

            // "…, down from", "…, sharply narrower than"
            var move = j + 1 < units.Length && IsDegreeWord(text, units[j + 1]) ? j + 2 : j + 1;
            if (move + 1 < units.Length && units[j].Kind == UnitKind.Boundary && text[units[j].Start] == ',' && IsDirection(units[move]) &&
                (IsWord(text, units[move + 1], "from") || IsWord(text, units[move + 1], "than") || IsComparisonMarker(text, units[move + 1])))
            {
                unit.Category = LexiconCategory.BadWhenUp;
                unit.Contribution = 0;
                turned = true;
            }
        }

        return turned;
    }

    // Verbs of losing an amount: "lost $180 million".
    private static readonly WordSet LossVerbs = new("lost", "loses", "lose");

    // The last word of a phrase that reports a loss of an amount: "reported a net loss of".
    private static readonly WordSet LossNouns = new("loss", "losses");

    /// <summary>The most plain words between a lost amount and the comma before its move ("in the fiscal third quarter").</summary>
    private const int MaxLossVerbTailWords = 5;

    /// <summary>The prior of a risk a move changes, as the lexicon's "risk" (bad when up).</summary>
    private const double MovedRiskValence = -0.15;

    /// <summary>The most units of what a moved risk is a risk of ("melanoma returning or death").</summary>
    private const int MaxRiskTopicUnits = 8;

    // Words that end what a risk is a risk of: "by 44%", "compared with", "versus", "among".
    private static readonly WordSet RiskTopicEnds = new("by", "compared", "versus", "vs", "vs.", "than", "among", "in", "when");

    // Nouns of what guards against a risk: "wildfire mitigation", "fraud prevention", "flood protection", "a wildfire fund".
    private static readonly WordSet RemedyNouns = new(
        "mitigation", "prevention", "protection", "detection", "hardening", "resilience", "preparedness", "safeguards", "fund",
        "insurance", "defenses", "defences");

    /// <summary>
    /// What a plant was, after the verb that brings it back, is where the news starts from: "restart a shuttered reactor",
    /// "will reopen an idled plant", "the reopening of an idled mill". A bad word after a verb of restarting, or its noun and
    /// "of" (<see cref="RestartVerbs"/>), and at most one determiner is masked.
    /// </summary>
    private static void MaskRestartedStates(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.Valence >= 0)
            {
                continue;
            }

            var verb = i - 1;
            if (verb > 0 && units[verb].Kind == UnitKind.Word && RestartDeterminers.Contains(text[units[verb].Start..units[verb].End]))
            {
                verb--;
            }

            // The noun of restarting: "the reopening of an idled mill".
            if (verb > 0 && IsWord(text, units[verb], "of"))
            {
                verb--;
            }

            if (units[verb].Kind is UnitKind.Word or UnitKind.Lexical && RestartVerbs.Contains(text[units[verb].Start..units[verb].End]))
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>
    /// "Roche to buy back up to $2B of debt", "repurchased $500 million of its notes": a buyback of debt retires what the company
    /// owes, no return of capital to shareholders, so the buyback's word is masked when a word of debt follows it within the
    /// clause before any word of stock ("to buy back $1B in shares" keeps it).
    /// </summary>
    private static void MaskDebtBuybacks(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || unit.Valence <= 0 ||
                !IsBuybackPhrase(text[unit.Start..unit.End]))
            {
                continue;
            }

            for (var j = i + 1; j < units.Length && j <= i + MaxWordsToBoughtBack && units[j].Kind != UnitKind.Boundary; j++)
            {
                if (units[j].Kind is not (UnitKind.Word or UnitKind.Lexical))
                {
                    continue;
                }

                var word = text[units[j].Start..units[j].End];
                if (StockWords.Contains(word))
                {
                    break;
                }

                if (DebtWords.Contains(word))
                {
                    unit.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Investors welcomed the shake-up", "shareholders cheered the job cuts": the trouble a verb of welcome takes as its object
    /// is what the market welcomes, so its word is masked and the verb's own praise stands. The object is the first phrase within
    /// <see cref="MaxWelcomedObjectUnits"/> units, over articles and plain words but not a preposition ("welcomed the results
    /// despite the loss" keeps the loss).
    /// </summary>
    private static void MaskWelcomedTroubles(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref readonly var verb = ref units[i];
            if (verb.Kind != UnitKind.Lexical || verb.Category != LexiconCategory.Sentiment || verb.Valence <= 0 ||
                !WelcomingVerbs.Contains(text[verb.Start..verb.End]))
            {
                continue;
            }

            for (var j = i + 1; j < units.Length && j <= i + MaxWelcomedObjectUnits && !IsClauseStop(units[j]); j++)
            {
                ref var unit = ref units[j];
                if (unit.Kind == UnitKind.Lexical)
                {
                    if (unit.Category == LexiconCategory.Sentiment && unit.Valence < 0 || unit.Category == LexiconCategory.BadWhenUp)
                    {
                        unit.Kind = UnitKind.Word;
                    }

                    break;
                }

                if (unit.Kind != UnitKind.Word || Prepositions.Contains(text[unit.Start..unit.End]))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "…found that Acme abused its market power, handing the Federal Trade Commission a win", "gave regulators a rare defeat":
    /// the outcome of a contest handed to someone (<see cref="HandingVerbs"/>, the one handed it, "a" and up to
    /// <see cref="MaxOutcomeAdjectives"/> adjectives) is theirs. Handed to a public institution or an adversary (regulators,
    /// prosecutors, rivals), it is the other side's loss or gain, and turns; handed to a party that no company name covers, it is
    /// masked; handed to a company named or referred to ("handing the company a victory"), it stands.
    /// </summary>
    private static void TurnOutcomesHandedToOthers(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical, ReadOnlySpan<NameSpan> names)
    {
        for (var o = lexical.First; o < lexical.End; o++)
        {
            ref var outcome = ref units[o];
            if (outcome.Kind != UnitKind.Lexical || outcome.Category != LexiconCategory.Sentiment || outcome.Valence == 0 ||
                !ContestOutcomes.Contains(text[outcome.Start..outcome.End]))
            {
                continue;
            }

            // Back over the adjectives to the article, then over the one handed it to the verb.
            var a = o - 1;
            for (var adjectives = 0; a > 0 && adjectives < MaxOutcomeAdjectives && units[a].Kind == UnitKind.Word &&
                 !IsWordIn(text, units[a], OutcomeArticles); adjectives++)
            {
                a--;
            }

            if (a < 2 || !IsWordIn(text, units[a], OutcomeArticles))
            {
                continue;
            }

            var v = a - 1;
            for (var read = 0; v > 0 && read < MaxRecipientUnits && units[v].Kind is UnitKind.Word or UnitKind.Lexical &&
                 !HandingVerbs.Contains(text[units[v].Start..units[v].End]); read++)
            {
                v--;
            }

            if (v == a - 1 || !HandingVerbs.Contains(text[units[v].Start..units[v].End]))
            {
                continue;
            }

            var recipient = text[units[v + 1].Start..units[a - 1].End];
            var named = false;
            for (var r = v + 1; r < a && !named; r++)
            {
                named = IsInName(units[r], names);
            }

            if (named)
            {
                continue;
            }

            if (Internal.PublicInstitutions.IsInstitution(recipient) || Adversaries.Contains(PhraseText.LastWord(recipient)))
            {
                outcome.Valence = -outcome.Valence;
            }
            else if (HasCapitalisedWord(recipient))
            {
                outcome.Kind = UnitKind.Word; // "handed Epic Games a win": a party the text does not score
            }
        }
    }

    /// <summary>Whether a word of the phrase starts with a capital letter.</summary>
    private static bool HasCapitalisedWord(ReadOnlySpan<char> phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (char.IsUpper(phrase[i]) && (i == 0 || phrase[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // The article before an outcome handed: "a win", "an upset victory", "another setback".
    private static readonly WordSet OutcomeArticles = new("a", "an", "another");

    // Outcomes of a contest that one side hands another.
    private static readonly WordSet ContestOutcomes = new("victory", "win", "defeat", "setback", "loss", "rebuke", "blow");

    private static readonly WordSet HandingVerbs = new(
        "hand", "hands", "handed", "handing", "give", "gives", "gave", "giving", "deal", "deals", "dealt", "dealing");

    // The other side of a company's contest, handed its outcome: "handing regulators a victory".
    private static readonly WordSet Adversaries = new(
        "regulators", "regulator", "prosecutors", "government", "plaintiffs", "rivals", "rival", "critics", "activists", "unions",
        "union", "competitors", "states", "attorneys", "regulators'");

    /// <summary>The most adjectives between "a" and a contest's outcome ("a major legal victory").</summary>
    private const int MaxOutcomeAdjectives = 2;

    /// <summary>The most units naming the one handed an outcome ("the Federal Trade Commission", "state attorneys general").</summary>
    private const int MaxRecipientUnits = 5;

    /// <summary>
    /// "Showing no material changes to its supply contracts or expansion timeline", "no change in its dividend policy": what
    /// "no change" is to or in stays as it was, so the sentiment words of that topic, within <see cref="MaxUnchangedTopicUnits"/>
    /// units of its clause, are masked (one word of degree may stand between: "no major changes").
    /// </summary>
    private static void MaskUnchangedTopics(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var i = 1; i + 1 < units.Length; i++)
        {
            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical) || !(IsWord(text, units[i], "change") || IsWord(text, units[i], "changes")) ||
                !(IsWord(text, units[i + 1], "to") || IsWord(text, units[i + 1], "in")) ||
                !(IsWord(text, units[i - 1], "no") || i >= 2 && IsWord(text, units[i - 2], "no") && units[i - 1].Kind is UnitKind.Word or UnitKind.Lexical))
            {
                continue;
            }

            for (var j = i + 2; j < units.Length && j <= i + 1 + MaxUnchangedTopicUnits && !IsClauseStop(units[j]); j++)
            {
                if (units[j].Kind == UnitKind.Lexical && units[j].Category == LexiconCategory.Sentiment)
                {
                    units[j].Kind = UnitKind.Word;
                }
            }
        }
    }

    /// <summary>The most units of the topic after "no change to" ("its long-term supply contracts or liquefaction expansion timeline").</summary>
    private const int MaxUnchangedTopicUnits = 8;

    /// <summary>The most units from a verb of welcome to the phrase it welcomes ("welcomed the sweeping management shake-up").</summary>
    private const int MaxWelcomedObjectUnits = 4;

    private static readonly WordSet WelcomingVerbs = new(
        "welcomed", "welcomes", "cheered", "cheers", "applauded", "applauds", "hailed", "hails");

    /// <summary>The most units from a buyback to the debt it buys back ("to buy back up to $2B of its senior notes").</summary>
    private const int MaxWordsToBoughtBack = 7;

    private static bool IsBuybackPhrase(ReadOnlySpan<char> phrase) =>
        phrase.Contains("buy back", StringComparison.OrdinalIgnoreCase) || phrase.Contains("buys back", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("bought back", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("repurchase", StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet DebtWords = new("debt", "bonds", "notes", "debentures", "loans", "securities");

    private static readonly WordSet StockWords = new("shares", "stock", "equity");

    /// <summary>
    /// "Pentagon delays F-35 lot award", "postpones the product launch": a good thing delayed is not had yet, so its word does not
    /// count for the company; the delay does. The first good word within <see cref="MaxWordsToDelayedThing"/> plain words or
    /// figures after a verb of delaying is masked.
    /// </summary>
    private static void MaskDelayedGoods(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref readonly var delay = ref units[i];
            if (delay.Kind != UnitKind.Lexical || delay.Category != LexiconCategory.Sentiment || delay.Valence >= 0 ||
                !DelayingVerbs.Contains(text[delay.Start..delay.End]))
            {
                continue;
            }

            for (var j = i + 1; j < units.Length && j <= i + MaxWordsToDelayedThing + 1; j++)
            {
                ref var thing = ref units[j];
                if (thing.Kind == UnitKind.Lexical && thing.Category == LexiconCategory.Sentiment && thing.Valence > 0)
                {
                    thing.Kind = UnitKind.Word;
                    break;
                }

                if (thing.Kind is not (UnitKind.Word or UnitKind.Number) || thing.Kind == UnitKind.Word && ClauseLinks.Contains(text[thing.Start..thing.End]))
                {
                    break; // "Delayed monsoon to benefit the company": what follows "to" is no thing delayed
                }
            }
        }
    }

    /// <summary>
    /// "Shares recovered most of last week's losses", "recouped some of the 5% drop": a fall that a recovery wins back is over,
    /// and its word does not count; the recovery does ("erased its losses" reads the losses as fallen, and stays). The first
    /// fall (<see cref="FallNouns"/>) within <see cref="MaxWordsToRecoveredFall"/> units of a verb of winning back
    /// (<see cref="RecoveringVerbs"/>), over plain words, a possessive, intensifiers, neutral phrases and figures ("most of last
    /// week's", "some of the 5% drop"), is masked.
    /// </summary>
    private static void MaskRecoveredFalls(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            // The verbs are rises in the lexicon: only those units are looked up.
            ref readonly var verb = ref units[i];
            if (verb.Kind != UnitKind.Lexical || verb.Category != LexiconCategory.Increase || !RecoveringVerbs.Contains(text[verb.Start..verb.End]))
            {
                continue;
            }

            for (var j = i + 1; j < units.Length && j <= i + MaxWordsToRecoveredFall; j++)
            {
                ref var fall = ref units[j];
                if (fall.Kind == UnitKind.Lexical && (fall.Category == LexiconCategory.Sentiment && fall.Valence < 0 ||
                    fall.Category is LexiconCategory.Decrease or LexiconCategory.BadWhenUp) &&
                    FallNouns.Contains(text[fall.Start..fall.End]))
                {
                    fall.Kind = UnitKind.Word;
                    fall.Contribution = 0;
                    break;
                }

                if (fall.Kind is not (UnitKind.Word or UnitKind.Number or UnitKind.Percent) &&
                    !(fall.Kind == UnitKind.Lexical && fall.Category is LexiconCategory.Intensifier or LexiconCategory.Neutral) ||
                    fall.Kind == UnitKind.Word && ClauseLinks.Contains(text[fall.Start..fall.End]) && !IsWord(text, fall, "of"))
                {
                    break; // "recovered after a selloff": what follows "after" is when, not what was won back
                }
            }
        }
    }

    /// <summary>
    /// "Citing slow industrial chip recovery", "a tepid rebound in orders": a recovery said to be weak is no good news; its
    /// weakness is the news. A recovery (<see cref="RecoveryNouns"/>) with a word of weakness (<see cref="WeakRecoveryWords"/>)
    /// within <see cref="MaxWordsToWeakRecovery"/> plain words before it is masked, and the weakness scores alone.
    /// </summary>
    private static void MaskWeakRecoveries(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var recovery = ref units[i];
            if (recovery.Kind != UnitKind.Lexical || recovery.Category != LexiconCategory.Sentiment || recovery.Valence <= 0 ||
                !RecoveryNouns.Contains(PhraseText.FirstWord(text[recovery.Start..recovery.End])))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && j >= i - 1 - MaxWordsToWeakRecovery; j--)
            {
                ref readonly var before = ref units[j];
                if (before.Kind == UnitKind.Lexical && (before.Category == LexiconCategory.Decrease || before.Category == LexiconCategory.Sentiment && before.Valence < 0) &&
                    WeakRecoveryWords.Contains(text[before.Start..before.End]))
                {
                    recovery.Kind = UnitKind.Word;
                    break;
                }

                if (!(before.Kind == UnitKind.Word && char.IsLower(text[before.Start]) && !ClauseLinks.Contains(text[before.Start..before.End]) ||
                      before.Kind == UnitKind.Lexical && before.Category == LexiconCategory.Neutral))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The most plain words between a word of weakness and the recovery it qualifies: "slow industrial chip recovery".</summary>
    private const int MaxWordsToWeakRecovery = 2;

    private static readonly WordSet RecoveryNouns = new("recovery", "rebound", "turnaround", "upturn", "pickup", "pick-up");

    private static readonly WordSet WeakRecoveryWords = new(
        "slow", "slower", "sluggish", "weak", "weaker", "tepid", "muted", "fragile", "uneven", "delayed", "stalled", "faltering", "halting");

    /// <summary>The most units between a verb of winning back and the fall it wins back: "recovered most of last week's losses".</summary>
    private const int MaxWordsToRecoveredFall = 6;

    // Verbs of winning back a fall (MaskRecoveredFalls), rises in the lexicon.
    private static readonly WordSet RecoveringVerbs = new(
        "recovered", "recovers", "recover", "recovering", "recouped", "recoups", "recoup", "recouping");

    // Falls a recovery wins back: "losses", "the drop", "a sell-off".
    private static readonly WordSet FallNouns = new(
        "loss", "losses", "decline", "declines", "drop", "drops", "fall", "falls", "slide", "slump", "selloff", "sell-off", "sell-offs",
        "plunge", "rout", "dip", "dips");

    // Words that end the thing delayed: "delayed monsoon to benefit", "delays the vote for a better offer".
    private static readonly WordSet ClauseLinks = new(
        "to", "for", "by", "as", "and", "but", "while", "which", "that", "until", "after", "because", "since", "on", "in", "of", "so", "could", "would", "will", "may");

    /// <summary>The most words between a verb of delaying and the good thing it delays: "delays F-35 lot award".</summary>
    private const int MaxWordsToDelayedThing = 3;

    private static readonly WordSet DelayingVerbs = new(
        "delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing");

    // Verbs that bring a closed thing back: "restart a shuttered reactor", "reopen the idled mill".
    private static readonly WordSet RestartVerbs = new(
        "restart", "restarts", "restarted", "restarting", "reopen", "reopens", "reopened", "reopening", "reactivate", "reactivates",
        "reactivated", "recommission", "recommissions", "recommissioned", "revive", "revives", "revived", "reviving", "revival");

    // Words between such a verb and the state: "restart a shuttered reactor", "reopen its idled plant".
    private static readonly WordSet RestartDeterminers = new("a", "an", "the", "its", "their", "two", "three", "several");

    /// <summary>
    /// How far analysts had cut their forecasts is the yardstick of a beat or a miss, not news of its own: "came in ahead of
    /// sharply reduced analyst forecasts", "beat lowered estimates", "topped lowered analyst forecasts". A revision before a
    /// noun of what was expected (<see cref="YardstickNouns"/>, at most one word between) after a word of comparison
    /// (<see cref="ComparisonLeads"/>; an intensifier may come between) is masked, so the comparison scores alone.
    /// </summary>
    private static void MaskRevisedYardsticks(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || !RevisionParticiples.Contains(PhraseText.FirstWord(text[unit.Start..unit.End])))
            {
                continue;
            }

            var lead = BeforeIntensifier(units, i);

            if (units[lead].Kind is not (UnitKind.Word or UnitKind.Lexical) ||
                !ComparisonLeads.Contains(PhraseText.LastWord(text[units[lead].Start..units[lead].End])))
            {
                continue;
            }

            // The noun: in the phrase itself ("lowered estimates"), or one of the next two words ("reduced analyst forecasts").
            var named = YardstickNouns.Contains(PhraseText.LastWord(text[unit.Start..unit.End]));
            for (var k = i + 1; !named && k < units.Length && k <= i + 2 && units[k].Kind is UnitKind.Word or UnitKind.Lexical; k++)
            {
                named = YardstickNouns.Contains(PhraseText.LastWord(text[units[k].Start..units[k].End]));
            }

            if (named)
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    // Participles of a revision before what was expected: "reduced analyst forecasts", "lowered estimates".
    private static readonly WordSet RevisionParticiples = new(
        "reduced", "lowered", "cut", "trimmed", "slashed", "raised", "lifted", "increased", "boosted", "downgraded", "upgraded");

    // What was expected, after a revision: "lowered estimates", "reduced analyst forecasts", "raised consensus".
    private static readonly WordSet YardstickNouns = new(
        "forecast", "forecasts", "estimate", "estimates", "expectations", "consensus", "targets", "projections");

    // Words that compare a result with what was expected, right before the revision: "ahead of", "topped", "beat", "short of".
    private static readonly WordSet ComparisonLeads = new(
        "of", "topped", "tops", "top", "beat", "beats", "beating", "exceeded", "exceeds", "surpassed", "surpasses", "above", "below",
        "missed", "misses", "miss", "than", "against", "vs", "vs.", "versus", "trailed", "lagged");

    /// <summary>
    /// A rate hike that is granted, sought or paid to a company is its price rising, not a central bank's: "regulators approved
    /// a rate hike for Duke Energy", "states approve Medicaid rate hikes". "Rate hike(s)" within three words after a verb of
    /// granting or asking or a payer's name (<see cref="GrantedRateLeads"/>) turns good, with the same weight, unless a verb of
    /// cutting comes before (<see cref="CutBefore"/>).
    /// </summary>
    private static void TurnGrantedRateHikes(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = Math.Max(lexical.First, 1); i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Valence >= 0 || (text[unit.Start] | 0x20) != 'r' ||
                !RateHikes.Contains(text[unit.Start..unit.End]))
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                if (units[k].Kind is not (UnitKind.Word or UnitKind.Lexical))
                {
                    break;
                }

                if (GrantedRateLeads.Contains(PhraseText.LastWord(text[units[k].Start..units[k].End])))
                {
                    // "Regulators trim FPL's requested rate hike by half": the price asked for, cut, stays bad news.
                    if (!CutBefore(text, units, k))
                    {
                        unit.Valence = -unit.Valence;
                    }

                    break;
                }
            }
        }
    }

    private static readonly WordSet RateHikes = new("rate hike", "rate hikes");

    /// <summary>Whether a verb of cutting or refusing comes within six units before unit <paramref name="k"/>: "trim NextEra unit FPL's requested rate hike".</summary>
    private static bool CutBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 6; j--)
        {
            if (units[j].Kind is UnitKind.Word or UnitKind.Lexical && RateCuttingVerbs.Contains(PhraseText.FirstWord(text[units[j].Start..units[j].End])))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that cut or refuse a rate asked for: "trims the requested rate hike", "rejected Acme's rate increase".
    private static readonly WordSet RateCuttingVerbs = new(
        "trim", "trims", "trimmed", "cut", "cuts", "slash", "slashes", "slashed", "reduce", "reduces", "reduced", "reject", "rejects",
        "rejected", "deny", "denies", "denied", "halve", "halves", "halved", "pare", "pares", "pared");

    // Words before a rate hike that make it a company's price: verbs of granting or asking, and payers of rates.
    private static readonly WordSet GrantedRateLeads = new(
        "approve", "approves", "approved", "approving", "grant", "grants", "granted", "authorize", "authorizes", "authorized",
        "allow", "allows", "allowed", "seek", "seeks", "sought", "request", "requests", "requested", "win", "wins", "won",
        "Medicaid", "Medicare", "reimbursement", "payment", "electricity", "water", "utility", "insurance", "premium");

    // Pronouns of a person after "succeeded".
    private static readonly WordSet PersonObjects = new("him", "her", "them");

    // Words that open the officer a successor replaces: "succeeds acting CFO…", "succeeded longtime chief executive…".
    private static readonly WordSet OutgoingOfficerLeads = new(
        "interim", "acting", "outgoing", "retiring", "departing", "longtime", "long-time", "founder", "co-founder", "former");

    /// <summary>Whether the word at <paramref name="i"/> is capitalised itself, as in a title ("Acme Succeeds In China").</summary>
    private static bool IsTitleCased(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) => char.IsUpper(text[units[i].Start]);

    private static readonly WordSet MonthWords = new(
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December");

    private static readonly WordSet WordsBeforeMonth = new(
        "in", "since", "until", "through", "of", "from", "by", "early", "late", "mid", "mid-", "end", "during", "last", "next", "this");

    /// <summary>
    /// Sentiment, direction and quantity words inside a name that ends with a legal or fund designator are part of the name,
    /// in any case: "Acme Select Income Opportunities Fund declares $0.12 dividend", "Globex U.S. Preferred Stock ETF",
    /// "$GEC - Great Birch Capital Group, Inc. CEO". The name is the run of up to five capitalised words (and '&amp;') before the
    /// designator, and only when the run visibly starts: at the start of the sentence, after punctuation or after a lower-case
    /// word. In a headline in title case ("Hedge Funds Are Dumping Initech Inc") the name's start cannot be told, so nothing is
    /// masked.
    /// </summary>
    private static void MaskDesignatedNames(ReadOnlySpan<char> text, Span<Unit> units)
    {
        // A designator masks only units before it, so the search starts after the first unit it could mask.
        var first = 0;
        while (first < units.Length && !IsMaskedInName(units[first]))
        {
            first++;
        }

        for (var i = first + 1; i < units.Length; i++)
        {
            // A name has at least one capitalised word or '&' right before its designator (see NameStart), or a comma and then one
            // ("Acme & Struggles International, Inc."): testing that first spares the set lookup for most words.
            var end = units[i - 1].Kind == UnitKind.Boundary && text[units[i - 1].Start] == ',' && i >= 2 ? i - 1 : i;
            if (!MayEndName(text, units[end - 1]) ||
                units[i].Kind is not (UnitKind.Word or UnitKind.Lexical) || !NameDesignators.Contains(text[units[i].Start..units[i].End].TrimEnd('.')))
            {
                continue;
            }

            var start = NameStart(text, units, end);
            for (var k = start; k >= 0 && k < end; k++)
            {
                ref var unit = ref units[k];
                if (IsMaskedInName(unit))
                {
                    unit.Kind = UnitKind.Word;
                }
            }
        }
    }

    /// <summary>
    /// Whether a unit inside a designated name is part of the name: a sentiment, direction or quantity word that is no
    /// recommendation, or a negating verb ("Snap Inc"); not a plain negator ("Not Acme Inc's best quarter").
    /// </summary>
    private static bool IsMaskedInName(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && !unit.Recommendation &&
        (unit.Category is LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease or LexiconCategory.GoodWhenUp
            or LexiconCategory.BadWhenUp || unit.Category == LexiconCategory.Negator && unit.Valence < 1);

    /// <summary>Whether a unit can be the last of a name before its designator: a capitalised word or '&amp;'; <see cref="NameStart"/> finds no name otherwise.</summary>
    private static bool MayEndName(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical ? char.IsUpper(text[unit.Start]) : unit.Kind == UnitKind.Other && text[unit.Start..unit.End] is "&";

    /// <summary>The first unit of the name that ends before the designator at <paramref name="designator"/>, or -1 when its start cannot be told.</summary>
    private static int NameStart(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int designator)
    {
        var words = 0;
        for (var k = designator - 1; k >= 0; k--)
        {
            ref readonly var unit = ref units[k];
            if (unit.Kind == UnitKind.Other && text[unit.Start..unit.End] is "&")
            {
                continue;
            }

            // A phrase of the lexicon ("Hedge Funds Are Selling", "Warming Up To") is not part of a name.
            if (unit.Kind is not (UnitKind.Word or UnitKind.Lexical) || !char.IsUpper(text[unit.Start]) || text[unit.Start..unit.End].Contains(' '))
            {
                return k + 1 < designator ? k + 1 : -1;
            }

            if (NameBreaks.Contains(text[unit.Start..unit.End]) || ++words > MaxDesignatedNameWords)
            {
                return -1;
            }
        }

        return 0;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical && char.IsUpper(text[unit.Start]) &&
        !(unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp);

    /// <summary>"Buy Acme Metals with a target of Rs 212", "Sell DLF", "Exit Bajaj Auto on rallies": a headline that opens with a rating verb is a recommendation.</summary>
    /// <returns>Whether it found one (a new sentiment unit).</returns>
    private static bool ReadRecommendation(ReadOnlySpan<char> text, Span<Unit> units)
    {
        if (MarkRecommendation(text, units, 0))
        {
            return true;
        }

        // Or the part after a short lead that ends with a colon ("$ACME - Acme: Buy this leader").
        for (var i = 1; i < units.Length && i <= MaxRecommendationLead; i++)
        {
            if (units[i].Kind == UnitKind.Boundary)
            {
                return text[units[i].Start] == ':' && MarkRecommendation(text, units, i + 1);
            }
        }

        return false;
    }

    private static bool MarkRecommendation(ReadOnlySpan<char> text, Span<Unit> units, int first)
    {
        if (units.Length < first + 2 || units[first].Kind is not (UnitKind.Word or UnitKind.Lexical) || !char.IsUpper(text[units[first].Start]))
        {
            return false;
        }

        var word = text[units[first].Start..units[first].End];
        if (!RecommendationVerbs.Contains(word) || units[first + 1].Kind == UnitKind.Lexical && units[first + 1].Category == LexiconCategory.Negator)
        {
            return false; // "Prefer not to chase Acme": advice against
        }

        foreach (var (verb, valence) in Recommendations)
        {
            if (word.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                ref var unit = ref units[first];
                unit.Kind = UnitKind.Lexical;
                unit.Category = LexiconCategory.Sentiment;
                unit.Entry = -1;
                unit.Valence = valence;
                unit.Recommendation = true;
                return true;
            }
        }

        return false;
    }

    // "Use any pullback to accumulate", "utilise rallies to book profits": advice to trade on a move (ReadTradingAdvice).
    private static readonly WordSet AdviceVerbs = new("use", "utilise", "utilize", "using", "utilising", "utilizing");

    private static readonly WordSet DipWords = new(
        "fall", "falls", "dip", "dips", "correction", "corrections", "decline", "declines", "weakness", "sell-off", "selloff",
        "pullback", "pullbacks", "drop", "drops", "slump", "slide");

    private static readonly WordSet RiseWords = new(
        "rally", "rallies", "rise", "rises", "bounce", "bounces", "bounceback", "bouncebacks", "upmove", "up-move", "spike",
        "spikes", "strength", "surge", "gains", "upswing");

    // Only trades: "add" and "exit" are as often a company's plans ("use the fall in fuel costs to add routes").
    private static readonly WordSet BuyingWords = new("buy", "to buy", "accumulate");

    private static readonly WordSet SellingWords = new("sell", "book", "book profits", "lighten", "short");

    /// <summary>Whether a phrase opens or ends with one of <paramref name="moves"/> ("fall in", "sharp correction").</summary>
    private static bool IsMoveOf(ReadOnlySpan<char> phrase, WordSet moves) =>
        moves.Contains(PhraseText.FirstWord(phrase)) || moves.Contains(PhraseText.LastWord(phrase));

    /// <summary>
    /// "Use the correction in Acme to buy it", "utilise any dip to accumulate", "use rallies in metals to book profits": advice to
    /// trade on a move turns the move into the advice's side. The dip is a chance to buy (shown as negated by the buying word),
    /// the rally a chance to sell; within the clause, the move named before the advice's verb.
    /// </summary>
    private static void ReadTradingAdvice(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var u = 0; u < units.Length; u++)
        {
            if (units[u].Kind != UnitKind.Word || (text[units[u].Start] | 0x20) != 'u' || !AdviceVerbs.Contains(text[units[u].Start..units[u].End]))
            {
                continue;
            }

            var move = -1;
            for (var i = u + 1; i < units.Length && i <= u + 8 && !IsClauseStop(units[i]); i++)
            {
                var word = text[units[i].Start..units[i].End];
                if (move < 0 && units[i].Contribution != 0 && (IsMoveOf(word, DipWords) || IsMoveOf(word, RiseWords)))
                {
                    move = i;
                    continue;
                }

                if (move < 0 || !(IsWord(text, units[i], "to") || word.StartsWith("to ", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                // The verb of the advice: "to buy" (one unit) or "to" and the verb after it.
                var verb = word.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? i : i + 1;
                if (verb >= units.Length)
                {
                    break;
                }

                var action = text[units[verb].Start..units[verb].End];
                var dip = IsMoveOf(text[units[move].Start..units[move].End], DipWords);
                if (dip ? BuyingWords.Contains(action) : SellingWords.Contains(action) || SellingWords.Contains(PhraseText.FirstWord(action)))
                {
                    // A fall to buy on counts for the stock, a rally to sell into against it.
                    units[move].Contribution = dip ? Math.Abs(units[move].Contribution) : -Math.Abs(units[move].Contribution);
                    units[move].Negator = verb;
                }

                break;
            }
        }
    }
}
