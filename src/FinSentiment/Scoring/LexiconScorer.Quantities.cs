using System.Buffers;
using System.Globalization;
using FinSentiment.Internal;
using FinSentiment.Lexicon;

namespace FinSentiment.Scoring;

// LexiconScorer, its quantities: directions and the quantities they move, figures read against each other and against
// expectations, and amounts parsed from tokens.
public sealed partial class LexiconScorer
{
    /// <summary>
    /// A quantity named as the point of comparison ("up from the loss of EUR 0.08", "versus a net loss of EUR 2m",
    /// "compared to a profit of EUR 5.2 mn") is a reference, not news of its own: it contributes nothing by itself. The base
    /// of a ratio ("1.2 times EBITDA") is read as a plain word.
    /// </summary>
    private static void MarkReferenceQuantities(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var q = Math.Max(1, lexical.First); q < lexical.End; q++)
        {
            if (!IsQuantity(units[q]))
            {
                continue;
            }

            var i = q - 1;
            while (i > 0 && ((units[i].Kind == UnitKind.Word && IsArticleOrPeriod(text[units[i].Start..units[i].End])) ||
                   units[i].Kind is UnitKind.Number or UnitKind.Currency))
            {
                i--;
            }

            var marker = text[units[i].Start..units[i].End];
            // "Net debt fell to 1.2 times EBITDA", "trades at 15 times earnings": the base of a ratio is no quantity of its own
            // (not "at times", "the Financial Times").
            if (i == q - 1 && i > 0 && text[units[i].Start] == 't' && IsWord(text, units[i], "times") &&
                (units[i - 1].Kind == UnitKind.Number || IsCountWord(text, units[i - 1])))
            {
                units[q].Kind = UnitKind.Word;
                continue;
            }

            // "(EUR 9.3 mn loss)", "(loss of EUR 3.9 mn)" right after a figure: the earlier period's, as "X (Y)" compares figures
            // ("(2024: EUR 7.5 mn loss)" after its period).
            // "turned a profit of EUR 1.7 mn after a loss of EUR 2.6 mn a year earlier": the earlier period's, named as such.
            var isReference = IsWord(text, units[i], "after") && EarlierPeriodFollows(text, units, q) && ResultBefore(text, units, i) ||
                IsWord(text, units[i], "from") || IsWord(text, units[i], "versus") || IsWord(text, units[i], "vs") || IsWord(text, units[i], "than") ||
                (IsWord(text, units[i], "against") && i < q - 1) ||
                ((IsWord(text, units[i], "to") || IsWord(text, units[i], "with")) && i > 0 && IsWord(text, units[i - 1], "compared")) ||
                (units[i].Kind == UnitKind.Boundary && text[units[i].Start] is '(' or ':' && BracketOpensAfterFigure(text, units, i));
            if (isReference && marker.Length > 0)
            {
                units[q].Reference = true;
            }
        }
    }

    /// <summary>
    /// Whether a company's result comes before the unit at <paramref name="marker"/> in its sentence: a quantity that is not a
    /// market's price ("net profit climbed to EUR 7 mn, after…"), or a phrase of a result ("turned a profit of EUR 1.5 mn after…");
    /// not "Shares fell after a loss…", where the loss is the cause.
    /// </summary>
    private static bool ResultBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int marker)
    {
        for (var i = marker - 1; i >= 0; i--)
        {
            ref readonly var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical)
            {
                continue;
            }

            if (IsQuantity(unit) ? !IsMarketQuantity(text, unit)
                : unit.Category == LexiconCategory.Sentiment && PhraseText.LastWord(text[unit.Start..unit.End]) is var last &&
                  (last.Equals("profit", StringComparison.OrdinalIgnoreCase) || last.Equals("loss", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "a year earlier", "a year ago" or "last year" follows the quantity at <paramref name="q"/> within a few units.</summary>
    private static bool EarlierPeriodFollows(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q)
    {
        for (var i = q + 1; i < units.Length && i <= q + 8; i++)
        {
            if (units[i].Kind == UnitKind.Boundary)
            {
                return false;
            }

            if ((IsWord(text, units[i], "earlier") || IsWord(text, units[i], "ago")) && IsWord(text, units[i - 1], "year") ||
                IsWord(text, units[i], "year") && IsWord(text, units[i - 1], "last"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the "(" at <paramref name="i"/> (or the ":" after a period in one) opens right after a figure.</summary>
    private static bool BracketOpensAfterFigure(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        for (var k = i; k > 0 && k >= i - 3; k--)
        {
            if (units[k].Kind == UnitKind.Boundary && text[units[k].Start] == '(')
            {
                return units[k - 1].HasValue;
            }
        }

        return false;
    }

    /// <summary>
    /// "Acme posted a loss of EUR 0.6 mn, compared to a loss of EUR 2.3 mn": a result reported in a phrase of its own ("posted a
    /// loss", "reports a profit") with its amount, against another figure later in the sentence, is the quantity compared (a
    /// narrower loss is good news), not bad or good news whatever the figures say. Keeps the phrase's valence for when no
    /// comparison is read.
    /// </summary>
    /// <returns>The categories of the quantities made, one bit each.</returns>
    private static int ReadReportedResults(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var made = 0;
        for (var q = lexical.First; q < lexical.End; q++)
        {
            ref var unit = ref units[q];
            if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment || !text[unit.Start..unit.End].Contains(' '))
            {
                continue;
            }

            var last = PhraseText.LastWord(text[unit.Start..unit.End]);
            var loss = last.Equals("loss", StringComparison.OrdinalIgnoreCase);
            if (!(loss || last.Equals("profit", StringComparison.OrdinalIgnoreCase)) ||
                !AmountFollows(text, units, q) ||
                !ComparedLater(text, units, q))
            {
                continue;
            }

            unit.Category = loss ? LexiconCategory.BadWhenUp : LexiconCategory.GoodWhenUp;
            made |= Bit(unit.Category);
        }

        return made;

        // "posted a loss of EUR 0.6 mn", "reports a loss for the period of EUR 0.6 mn", "posted a loss $5 million": its amount
        // within five words, with no mark between.
        static bool AmountFollows(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q)
        {
            for (var i = q + 1; i < units.Length && i <= q + 5; i++)
            {
                if (units[i].Kind is UnitKind.Currency || IsWord(text, units[i], "of") && i + 1 < units.Length && units[i + 1].Kind is UnitKind.Currency or UnitKind.Number)
                {
                    return true;
                }

                if (units[i].Kind != UnitKind.Word)
                {
                    return false;
                }
            }

            return false;
        }

        // "compared to", "compared with", "versus", "vs", "from", "against", or brackets after its amount: a figure it is measured
        // against comes after.
        static bool ComparedLater(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q)
        {
            for (var i = q + 1; i < units.Length; i++)
            {
                if (IsWord(text, units[i], "compared") || IsWord(text, units[i], "versus") || IsWord(text, units[i], "vs") || IsWord(text, units[i], "from") ||
                    IsWord(text, units[i], "against") || units[i].Kind == UnitKind.Boundary && text[units[i].Start] == '(' && units[i - 1].HasValue)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // The last words of a price that moves in the market: "price", "futures", "bonds".
    private static readonly WordSet PriceWords = new("price", "prices", "futures", "bonds", "valuation", "valuations", "value");

    /// <summary>Whether a quantity is a stock's or a market's price ("shares", "stock", "index", "stocks", "Nasdaq", "futures").</summary>
    private static bool IsMarketQuantity(ReadOnlySpan<char> text, in Unit unit)
    {
        var quantity = text[unit.Start..unit.End];
        return AttributionText.IsMarketSubject(quantity) || AttributionText.IsShareWord(PhraseText.LastWord(quantity)) ||
            PriceWords.Contains(PhraseText.LastWord(quantity));
    }

    /// <summary>
    /// "Daily active users grew at their slowest pace in two years", "revenue rose 3%, the slowest in six quarters": a rise at its
    /// slowest is news of its slowing, not of the rise, so it counts the other way, as a negated one does ("costs rose at the
    /// slowest rate since 2021" is good news). A fall at its slowest is still a fall ("sales fell at the slowest pace in two
    /// years"), and "slowest" already in a lexicon phrase ("the slowest growth since") scores itself.
    /// </summary>
    private void ReverseSlowestMoves(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            ref var move = ref units[d];
            if (move.Kind != UnitKind.Lexical || move.Category != LexiconCategory.Increase || move.Partner < 0 || move.StateChange || move.Contribution == 0 || move.Negator >= 0)
            {
                continue;
            }

            // Its size, a comma, "at" and a determiner may come between: "grew 3%, the slowest", "rose at its slowest pace".
            for (var j = d + 1; j < units.Length && j <= d + MaxUnitsToSlowest; j++)
            {
                ref readonly var unit = ref units[j];
                if (unit.Kind == UnitKind.Word && IsWord(text, unit, "slowest"))
                {
                    if (j + 1 < units.Length && units[j + 1].Kind == UnitKind.Word && SlowestAfters.Contains(text[units[j + 1].Start..units[j + 1].End]))
                    {
                        move.Contribution *= _negationFactor;
                        move.Negator = j;
                    }

                    break;
                }

                if (!(unit.Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency || unit.Kind == UnitKind.Boundary && text[unit.Start] == ',' ||
                      unit.Kind == UnitKind.Word && (IsWord(text, unit, "at") || IsWord(text, unit, "by") || Determiners.Contains(text[unit.Start..unit.End]))))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The most units from a move to its "slowest" ("grew 3.1%, the slowest", "rose by 2%, its slowest").</summary>
    private const int MaxUnitsToSlowest = 5;

    // What follows a move's "slowest": its pace, or the time it is the slowest in ("the slowest since 2021").
    private static readonly WordSet SlowestAfters = new("pace", "rate", "clip", "speed", "in", "since", "for", "on");

    /// <summary>
    /// "Brent climbs, pulls away from a 16-month low", "the index slips after a record high", "the dollar firms after a big
    /// slide": the level or the move a direction starts from is where the market was, not news of its own, so it contributes
    /// nothing; nor does a cause after "after" that the move went against ("shares jump 8% after the CEO quits"). A cause
    /// that agrees with the move ("rises after upbeat results") still counts.
    /// </summary>
    private static void DiscountStartingPoints(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            // A recovery is a move too: "margins recover faster than feared after cyberattack disruption".
            if (!(IsDirection(units[d]) || IsRecoveryPhrase(text, units[d])) || units[d].Contribution == 0)
            {
                continue;
            }

            var marker = -1;
            for (var i = d + 1; i < units.Length && i <= d + 4 && !IsClauseStop(units[i]); i++)
            {
                if (IsWord(text, units[i], "from") || IsWord(text, units[i], "after"))
                {
                    marker = i;
                    break;
                }

                if (IsConnector(text, units[i]))
                {
                    break;
                }
            }

            if (marker < 0)
            {
                continue;
            }

            var fromLevel = IsWord(text, units[marker], "from");

            // A cause shrugged off is a market's: "shares jump 8% after the CEO quits", "Acme rallies after a weak quarter"; a
            // company's own move of its costs or sales after bad news is a response to it ("plans to cut costs after a profit
            // collapse": the collapse is news).
            if (!fromLevel && units[d].Partner >= 0 && !units[d].StateChange && !IsMarketQuantity(text, units[units[d].Partner]))
            {
                continue;
            }
            var sign = Math.Sign(units[d].Contribution);
            for (var i = marker + 1; i < units.Length && i <= marker + 4; i++)
            {
                ref var unit = ref units[i];
                if (IsClauseStop(unit) || IsConnector(text, unit) || IsWord(text, unit, "on"))
                {
                    break;
                }

                // "Acme rose 8% after rival Globex warned on profits": a cause with a subject of its own is that subject's
                // news, which the cause's weight (DiscountOpposingCauses) keeps small for the move's subject.
                if (!fromLevel && IsOtherSubject(text, units, i))
                {
                    break;
                }

                // After "from", only a level or a move ("from a 16-month low"; "from a Nymex settlement" is a price). After "after",
                // anything against the move: a starting point ("after a rally") or a cause the market shrugged off ("jumps 8% after
                // the CEO quits").
                var phrase = IsDirection(unit) || unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment;
                if (phrase && unit.Contribution != 0 &&
                    (fromLevel ? IsDirection(unit) || IsMoveOrLevel(text[unit.Start..unit.End]) : Math.Sign(unit.Contribution) != sign))
                {
                    unit.Contribution = 0;
                }
            }
        }
    }

    /// <summary>A phrase of the lexicon that opens with a verb of recovering ("recover faster than feared", "rebounded strongly").</summary>
    private static bool IsRecoveryPhrase(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Contribution > 0 &&
        RecoveryPhraseVerbs.Contains(PhraseText.FirstWord(text[unit.Start..unit.End]));

    private static readonly WordSet RecoveryPhraseVerbs = new(
        "recover", "recovers", "recovered", "recovering", "rebound", "rebounds", "rebounded", "rebounding");

    /// <summary>
    /// "Broadcom forecast fails to impress investors after 40% rally", "shares fell 8% … after a 300% rally this year": a run
    /// measured by a percentage after "after" is where the stock came from, background to the news of the sentence, which
    /// counts nothing when another phrase of the sentence goes the other way.
    /// </summary>
    private static void DiscountPriorRuns(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var r = lexical.First; r < lexical.End; r++)
        {
            ref var run = ref units[r];
            if (run.Kind != UnitKind.Lexical || run.Category != LexiconCategory.Sentiment || run.Contribution == 0 || r < 2 ||
                units[r - 1].Kind != UnitKind.Percent || !PriorRuns.Contains(text[run.Start..run.End]))
            {
                continue;
            }

            var after = r - 2;
            if (after > 0 && units[after].Kind == UnitKind.Word && Determiners.Contains(text[units[after].Start..units[after].End]))
            {
                after--;
            }

            if (!IsWord(text, units[after], "after"))
            {
                continue;
            }

            for (var i = lexical.First; i < lexical.End; i++)
            {
                if (i != r && units[i].Kind == UnitKind.Lexical && units[i].Contribution != 0 && Math.Sign(units[i].Contribution) != Math.Sign(run.Contribution))
                {
                    run.Contribution = 0;
                    break;
                }
            }
        }
    }

    // Adjectives of earlier times before a move named as a noun: "past increases", "previous cuts", "prior hikes".
    private static readonly WordSet EarlierTimes = new("past", "previous", "prior", "earlier");

    // Runs of a stock measured by a percentage: "after a 40% rally", "after its 25% slump".
    private static readonly WordSet PriorRuns = new(
        "rally", "surge", "run-up", "runup", "run", "climb", "gain", "advance", "jump", "slump", "selloff", "sell-off", "slide",
        "plunge", "drop", "decline", "fall", "rout");

    /// <summary>
    /// Whether the closing bracket at <paramref name="close"/> ends a name in brackets right after a quantity: "operating profit
    /// (EBIT)", "net sales (revenue)".
    /// </summary>
    private static bool IsBracketedName(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int close) =>
        text[units[close].Start] == ')' && units[close - 2].Kind == UnitKind.Boundary && text[units[close - 2].Start] == '(' &&
        units[close - 1].Kind is UnitKind.Word or UnitKind.Lexical && units[close - 1].End - units[close - 1].Start <= 8 &&
        IsQuantity(units[close - 3]);

    /// <summary>
    /// Whether the word at <paramref name="i"/> opens a subject of its own in a cause: a rival ("after rival Globex warned on
    /// profits"), or a capitalised name (not an acronym, "CEO", nor a person after a title, "CEO Smith resigns") that a
    /// lower-case word follows in the clause (in a title-cased headline, "After Initial Selloff", every word is capitalised).
    /// </summary>
    private static bool IsOtherSubject(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        ref readonly var unit = ref units[i];
        if (unit.Kind != UnitKind.Word)
        {
            return false;
        }

        var word = text[unit.Start..unit.End];
        if (RivalWords.Contains(word))
        {
            return true;
        }

        if (!(char.IsUpper(word[0]) && word.Length > 1 && char.IsLower(word[^1])) ||
            units[i - 1].Kind == UnitKind.Word && PersonTitles.Contains(text[units[i - 1].Start..units[i - 1].End]))
        {
            return false;
        }

        for (var k = i + 1; k < units.Length && k <= i + 4 && units[k].Kind is UnitKind.Word or UnitKind.Lexical; k++)
        {
            if (char.IsLower(text[units[k].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet RivalWords = new("rival", "rivals", "competitor", "competitors", "peer", "peers");

    // Words before a person's name: the cause's subject is then a person, whose news is the company's ("after chief executive Smith resigns").
    private static readonly WordSet PersonTitles = new(
        "ceo", "cfo", "coo", "cto", "chief", "executive", "founder", "chairman", "chairwoman", "chair", "boss", "head", "president",
        "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "director", "minister", "investor", "activist", "analyst");

    // Directions that are nouns after a possessive ("Airbus's gain", "Tesla's surge"), not adjectives of the noun after them
    // ("Acme's bigger plants", "the country's highest earners").
    private static readonly WordSet PossessedMoves = new(
        "gain", "gains", "surge", "rebound", "rise", "fall", "drop", "decline", "slump", "plunge", "jump", "rally", "slide", "recovery",
        "climb", "tumble", "collapse", "advance", "retreat", "selloff", "sell-off");

    /// <summary>
    /// Whether the direction at <paramref name="d"/>, a rise, acts on a bad thing right after it or after a determiner ("widens
    /// curbs", "expands its restrictions"): a verb whose object is bad news of its own, not a quantity.
    /// </summary>
    private static bool WidensABadThing(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        // "New highs outpacing new lows" compares; it does not grow what it outpaces.
        if (units[d].Category != LexiconCategory.Increase || OutpacingVerbs.Contains(text[units[d].Start..units[d].End]))
        {
            return false;
        }

        var next = d + 1;
        if (next < units.Length && units[next].Kind == UnitKind.Word && Determiners.Contains(text[units[next].Start..units[next].End]))
        {
            next++;
        }

        return next < units.Length && units[next].Kind == UnitKind.Lexical && units[next].Category == LexiconCategory.Sentiment &&
            units[next].Valence < 0;
    }

    /// <summary>Whether the direction at <paramref name="d"/> names what moved after it: "drop in sales", "a rise of 5% in profit".</summary>
    private static bool MovesWhatFollows(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        var last = PhraseText.LastWord(text[units[d].Start..units[d].End]);
        return last.Equals("in", StringComparison.OrdinalIgnoreCase) || last.Equals("of", StringComparison.OrdinalIgnoreCase) ||
            d + 1 < units.Length && (IsWord(text, units[d + 1], "in") || IsWord(text, units[d + 1], "of"));
    }

    private static readonly WordSet OutpacingVerbs = new(
        "outpace", "outpaces", "outpaced", "outpacing", "outstrip", "outstrips", "outstripped", "outstripping");

    /// <summary>Pairs each direction word with the quantity it moves: right next to it, else before it, else after it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="units">The sentence's units.</param>
    /// <param name="lexical">Where the sentence's lexical units are, the directions among them.</param>
    /// <param name="hasQuantities">Whether the sentence may have a quantity; without one, every search for it would fail, and only a move of the subject is read.</param>
    /// <param name="names">The companies and targets named in the text, by offset.</param>
    private static void PairDirections(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical, bool hasQuantities, ReadOnlySpan<NameSpan> names)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            if (!IsDirection(units[d]))
            {
                continue;
            }

            // "Management declined to give volume guidance", "declines to provide an outlook": a refusal, not a fall; withholding a
            // forecast is mild bad news, withholding anything else none.
            if (IsRefusal(text, units, d, out var forecastWithheld))
            {
                if (forecastWithheld)
                {
                    units[d].Category = LexiconCategory.Sentiment;
                    units[d].Valence = WithheldForecastValence;
                    units[d].Contribution = WithheldForecastValence;
                }
                else
                {
                    units[d].Kind = UnitKind.Word;
                }

                continue;
            }

            // "Churn from past increases had been minimal", "after previous cuts": a move of earlier times, named as a noun, is no
            // move now.
            if (d > 0 && units[d - 1].Kind == UnitKind.Word && EarlierTimes.Contains(text[units[d - 1].Start..units[d - 1].End]))
            {
                units[d].Kind = UnitKind.Word;
                continue;
            }

            // "Both moved less than 0.3%", "fewer than 200 jobs": a bound on a figure, not a move down.
            if (BoundsFigure(text, units, d))
            {
                units[d].Kind = UnitKind.Word;
                continue;
            }

            // "Restrictions on advanced semiconductor exports": the adjective, no move at all (see IsAttributive).
            if (IsWord(text, units[d], "advanced") && IsAttributive(text, units, d))
            {
                units[d].Kind = UnitKind.Word;
                continue;
            }

            // "Acme's bookings lifted Globex", "demand weakened, dragging down Acme and Globex": a company right after a verb of
            // effect is what moved, not a quantity before it (a quantity right after it is: "lifted Acme's margins"; found once here
            // and read again as the verb's object below).
            int? possessed = null;
            if (d + 1 < units.Length && AttributionText.IsVerbOfEffect(PhraseText.FirstWord(text[units[d].Start..units[d].End])) && IsCompanyAfter(text, units, d, names) &&
                (possessed = PossessedObject(text, units, d, names)) < 0)
            {
                units[d].MeasuredMove = true;
                continue;
            }

            // "Boeing's loss is Airbus's gain": a direction right after a name's possessive is that company's own gain or fall, a
            // noun, not the move of a quantity before it ("Acme's drop in sales" still moves the sales after it).
            if (d >= 2 && units[d - 1].Kind == UnitKind.Word && PhraseText.IsPossessive(text[units[d - 1].Start..units[d - 1].End]) &&
                char.IsUpper(text[units[d - 2].Start]) && PossessedMoves.Contains(text[units[d].Start..units[d].End]) && !MovesWhatFollows(text, units, d))
            {
                units[d].MeasuredMove = true;
                continue;
            }

            var quantity = -1;
            if (hasQuantities)
            {
                // "slipped to a net loss", "swung to a profit": the quantity is the state reached, good or bad in itself.
                var state = FindStateReached(text, units, d);
                if (state >= 0)
                {
                    units[d].Partner = state;
                    units[d].StateChange = true;
                    units[state].Consumed = true;
                    continue;
                }

                // "The write-down wiped out the quarter's profit", "higher costs slashed earnings": what a transitive move acts on is
                // its object, not the quantity before it that did it.
                // Not a passive's agent: in "results were dragged down by restructuring charges" the charges did it, and the results
                // moved.
                var passive = IsPassiveWithAgent(text, units, d);

                // "Component costs outpace sales": what outpaces is what rose, not what it outpaced.
                if (d >= 1 && IsQuantity(units[d - 1]) && OutpacingVerbs.Contains(text[units[d].Start..units[d].End]))
                {
                    quantity = d - 1;
                }
                else if (!passive && TransitiveMoves.Contains(text[units[d].Start..units[d].End]))
                {
                    quantity = FindObject(text, units, d, overPrepositions: false);
                    if (quantity < 0)
                    {
                        quantity = possessed ?? PossessedObject(text, units, d, names);
                    }
                }

                if (quantity < 0)
                {
                    quantity = FindQuantity(text, units, d, -1, 2, crossLeadingComma: false, adjacentOnly: true);
                }

                if (quantity < 0 && !passive && OpensNewPredicate(text, units, d))
                {
                    quantity = FindObject(text, units, d, overPrepositions: true);
                }

                // "Margins came under pressure from rising wheat prices": a direction that describes the noun after it moves
                // nothing before it either.
                var attributive = quantity < 0 && IsAttributive(text, units, d);
                if (quantity < 0 && !attributive)
                {
                    quantity = FindQuantity(text, units, d, -1, 8, crossLeadingComma: true, adjacentOnly: false);
                }

                // "Fears of a slowdown send Acme lower", "weak results drag the group down": the move is the object's, not the cause's.
                if (quantity >= 0 && quantity < SendingVerbBefore(text, units, d))
                {
                    units[d].MeasuredMove = true;
                    continue;
                }

                // "Rising rates pressured bank margins": a direction before a noun moves that noun, and the quantities after its
                // verb are another move's (the adjacent search above already read "rising oil prices").
                if (quantity < 0 && !attributive && !passive)
                {
                    quantity = FindQuantity(text, units, d, +1, 5, crossLeadingComma: false, adjacentOnly: false);
                }

                if (quantity < 0 && !attributive)
                {
                    // "Sales of the group's continuing operations in Finland increased": the nearest quantity earlier in the clause,
                    // within MaxClauseWordsBack words (a clause of thousands of directions was walked whole from each).
                    quantity = FindQuantity(text, units, d, -1, MaxClauseWordsBack, crossLeadingComma: true, adjacentOnly: false);
                }

                if (quantity < 0 && !attributive)
                {
                    // "The loss narrows but is still wider than expected": after "but" and only linking verbs, the clause's subject
                    // is the one before "but".
                    quantity = ElidedSubjectQuantity(text, units, d);
                }

                if (quantity < 0 && Superlatives.Contains(text[units[d].Start..units[d].End]))
                {
                    // "Inflation rose to 6.2%, the highest in two decades": the level of the quantity the move before reached.
                    quantity = AppositiveQuantity(text, units, d);
                }

                // "Utilities lead the day's losses, sliding over 3%": a measured move after a comma is the subject's own;
                // the losses before it were what the subject led, not what fell.
                if (quantity >= 0 && quantity < d && IsMoveQuantity(text, units[quantity]) && FollowedByPercent(units, d, window: 4, overIntensifiers: true) && BoundaryBetween(text, units, quantity, d))
                {
                    quantity = -1;
                }
            }

            if (quantity >= 0)
            {
                var head = HeadQuantity(text, units, d, quantity);
                if (head != quantity)
                {
                    units[quantity].Consumed = true;
                    quantity = head;
                }

                units[d].Partner = quantity;
                units[quantity].Consumed = true;

                // "Catastrophe losses were lower", "fraud losses fell": a bad word right before a bad quantity that moves names its
                // kind; the move says what happened to it. Not a verb ("Acme warns costs will rise").
                if (units[quantity].Category == LexiconCategory.BadWhenUp && quantity > 0 && units[quantity - 1].Kind == UnitKind.Lexical &&
                    units[quantity - 1].Category == LexiconCategory.Sentiment && units[quantity - 1].Valence < 0 &&
                    !MayBeVerb(text[units[quantity - 1].Start..units[quantity - 1].End]))
                {
                    units[quantity - 1].Kind = UnitKind.Word;
                }

                // "Costs improved", "the bad-loan ratio improved to 2.1%", "gearing weakened to 71%": a word that judges the move
                // says the quantity went the good way, which for a quantity that is bad when up is down. A storm that strengthened
                // grew ("Hurricane Rafael strengthened").
                if (units[quantity].Category == LexiconCategory.BadWhenUp && (JudgingDirections.Contains(text[units[d].Start..units[d].End]) ||
                    d - quantity is 1 or 2 && StrengthDirections.Contains(text[units[d].Start..units[d].End]) &&
                    !NamedStorms.Contains(text[units[quantity].Start..units[quantity].End])))
                {
                    units[d].Category = units[d].Category == LexiconCategory.Increase ? LexiconCategory.Decrease : LexiconCategory.Increase;
                }

                // "Operating loss totalled EUR 0.9 mn, down from a profit of EUR 2.7 mn": the loss is the state now reached.
                if (HasOppositeReference(text, units, d, units[quantity].Category))
                {
                    units[d].StateChange = true;
                }
            }
            else if (WidensABadThing(text, units, d))
            {
                // "Commerce Department widens curbs on chip exports": what grew is the bad thing after it, already read; the verb is
                // no rise of the subject's.
                units[d].Kind = UnitKind.Word;
            }
            else if (FollowedByPercent(units, d) || MeasuredBefore(text, units, d) || AfterNamedSubject(text, units, d, names))
            {
                // "Globex fell 6.5 percent", "a 25 pct increase", "Initech slides", "$ACME jumps": a move of the subject itself,
                // read as a price or value.
                units[d].MeasuredMove = true;
            }
        }
    }

    /// <summary>
    /// Whether the direction at <paramref name="d"/> is a form of "decline" before "to" and a verb ("declined to give guidance",
    /// not "declined to 5%" or "declined to a record low"); <paramref name="forecastWithheld"/> when a forecast is what it does not
    /// give, within <see cref="MaxRefusalReach"/> words.
    /// </summary>
    private static bool IsRefusal(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d, out bool forecastWithheld)
    {
        forecastWithheld = false;
        var word = text[units[d].Start..units[d].End];
        if (!word.StartsWith("declin", StringComparison.OrdinalIgnoreCase) || d + 2 >= units.Length || !IsWord(text, units[d + 1], "to") ||
            !RefusedVerbs.Contains(text[units[d + 2].Start..units[d + 2].End]))
        {
            return false;
        }

        for (var i = d + 3; i < units.Length && i <= d + 2 + MaxRefusalReach && !IsClauseStop(units[i]); i++)
        {
            if (WithheldForecasts.Contains(PhraseText.LastWord(text[units[i].Start..units[i].End])))
            {
                forecastWithheld = true;
                break;
            }
        }

        return true;
    }

    private const int MaxRefusalReach = 4;

    private const double WithheldForecastValence = -0.3;

    private static readonly WordSet RefusedVerbs = new(
        "give", "provide", "offer", "issue", "update", "reiterate", "confirm", "set", "make", "share", "reinstate",

        // A refusal to act or to tell: "a judge declined to certify a class", "declined to say", "declined to name the buyer".
        "certify", "approve", "hear", "dismiss", "block", "say", "disclose", "name", "discuss", "elaborate", "specify", "identify",
        "renew", "extend", "review", "intervene");

    private static readonly WordSet WithheldForecasts = new("guidance", "forecast", "forecasts", "outlook", "target", "targets", "projections", "view");

    // Direction words that also bound a figure after "than": "less than 1%", "fewer than 200 jobs".
    private static readonly WordSet FigureBounds = new("less", "fewer");

    // Forms of "be" before a passive participle: "were dragged down by".
    private static readonly WordSet PassiveAuxiliaries = new("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got");

    /// <summary>
    /// Whether the direction at <paramref name="d"/> is "less" or "fewer" bounding a figure after "than" ("moved less than 0.3%",
    /// "less than half", "fewer than 200 jobs"), which is a size, not a move.
    /// </summary>
    private static bool BoundsFigure(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        if (d + 2 >= units.Length || !IsWord(text, units[d + 1], "than") || !FigureBounds.Contains(text[units[d].Start..units[d].End]))
        {
            return false;
        }

        ref readonly var next = ref units[d + 2];
        return next.Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency ||
            IsWord(text, next, "half") || IsWord(text, next, "a") || IsWord(text, next, "one");
    }

    /// <summary>
    /// Whether the direction at <paramref name="d"/> is a passive verb with its agent after it ("were dragged down by restructuring
    /// charges", "was hit by"): what comes after "by" made the move, and the thing that moved is the subject before it.
    /// </summary>
    private static bool IsPassiveWithAgent(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d) =>
        d > 0 && d + 1 < units.Length && IsWord(text, units[d + 1], "by") && units[d - 1].Kind == UnitKind.Word &&
        PassiveAuxiliaries.Contains(text[units[d - 1].Start..units[d - 1].End]);

    // Comparisons of a move or a bad thing with what was expected: "fell less than expected", "a smaller-than-expected fall".
    private static readonly WordSet SmallerComparatives = new(
        "less", "smaller", "lower", "narrower", "milder", "slower", "softer", "fewer", "shallower", "lighter");

    // Words of pace after "more" or "less": "falling more slowly than hoped", "rose less quickly than expected".
    private static readonly WordSet SlowPaces = new("slowly", "gradually", "modestly");

    private static readonly WordSet FastPaces = new("quickly", "rapidly", "sharply", "steeply", "fast");

    // Comparatives of pace that are plain words, not directions: "recover faster than feared", "grew quicker than expected".
    private static readonly WordSet PaceComparatives = new("faster", "quicker", "slower");

    private static readonly WordSet LargerComparatives = new(
        "more", "bigger", "larger", "greater", "higher", "wider", "steeper", "deeper", "sharper", "faster", "heavier");

    // What a move is compared with after "than": "than expected", "than analysts had forecast", "than the market feared".
    private static readonly WordSet ComparedExpectations = new(ExpectationWordList);

    // (A property, not a field: the sets of both files of the class are built from it, in whichever order their fields are.)
    private static string[] ExpectationWordList =>
        ["expected", "feared", "forecast", "forecasted", "estimated", "estimates", "forecasts", "anticipated", "predicted", "projected",
         "hoped", "thought", "expectations", "consensus", "guided", "dreaded", "penciled", "pencilled", "modelled", "modeled", "braced",
         "braced for", "bracing for", "looking", "looked"];

    /// <summary>The most words between "than" and what was expected: "than analysts had expected".</summary>
    private const int ExpectationReach = 4;

    /// <summary>The most words that score nothing between a hyphenated comparison and what it judges: "smaller-than-feared comp decline".</summary>
    private const int HyphenatedJudgedReach = 2;

    /// <summary>How good or bad a move judged against what was expected is.</summary>
    private const double JudgedMoveValence = 0.5;

    /// <summary>
    /// "Smucker lost less money on its snack business than analysts had feared": a verb of losing, "less" (and "money"), then,
    /// in its clause within <see cref="MaxLossJudgedReach"/> units, "than" and what was expected, is a loss smaller than
    /// expected: good news, as the lexicon's "lost less than expected" is; read alone, "lost" and "less" were two falls.
    /// "More" judges a bigger loss. Returns whether any loss was judged.
    /// </summary>
    private static bool JudgeLossesAgainstExpectations(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var judged = false;
        for (var v = lexical.First; v + 1 < lexical.End; v++)
        {
            if (!IsDirection(units[v]) || !MoneyLosingVerbs.Contains(text[units[v].Start..units[v].End]) ||
                !(IsWord(text, units[v + 1], "less") || IsWord(text, units[v + 1], "more")))
            {
                continue;
            }

            // A quantity named between ("lost more broadband subscribers than expected") is compared itself (JudgeMovesAgainstExpectations).
            for (var t = v + 2; t < units.Length && t <= v + MaxLossJudgedReach && units[t].Kind != UnitKind.Boundary && !IsQuantity(units[t]); t++)
            {
                if (!IsWord(text, units[t], "than"))
                {
                    continue;
                }

                if (ExpectationAfter(text, units, t - 1) >= 0)
                {
                    var valence = IsWord(text, units[v + 1], "less") ? JudgedMoveValence : -JudgedMoveValence;
                    units[v] = Unit.Phrase(units[v].Start, units[v + 1].End, LexiconCategory.Sentiment, valence);
                    units[v].Contribution = valence;
                    units[v + 1].Kind = UnitKind.Word;
                    judged = true;
                }

                break;
            }
        }

        return judged;
    }

    // Verbs of losing money: "lost less money than feared".
    private static readonly WordSet MoneyLosingVerbs = new("lost", "loses", "lose", "losing");

    /// <summary>The most units from a verb of losing to "than" (<see cref="JudgeLossesAgainstExpectations"/>): "lost less money on its snack business than".</summary>
    private const int MaxLossJudgedReach = 10;

    /// <summary>
    /// "Ford profit falls less than expected", "the drop in sales was smaller than analysts had feared", "a smaller-than-expected
    /// fall in earnings", "a narrower-than-expected quarterly loss": a move or a bad thing compared with what was expected is judged
    /// by the comparison. A smaller fall or loss than expected is good news, a bigger one bad, and a smaller rise of a good thing
    /// bad: the move, its comparison and what it was compared with become one phrase, and the move no longer counts on its own.
    /// A comparison of a quantity itself ("lower-than-expected profit") is a move of it, paired as before.
    /// </summary>
    /// <returns>Whether any such phrase was made.</returns>
    private static bool JudgeMovesAgainstExpectations(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var judged = false;
        for (var c = lexical.First; c < lexical.End; c++)
        {
            // "More" and "less" are words of degree, not directions, yet compare a quantity named after them; "faster" and
            // "slower" compare the pace of the move before them ("margins recover faster than feared").
            var paceWord = units[c].Kind == UnitKind.Word && PaceComparatives.Contains(text[units[c].Start..units[c].End]);
            if (!IsDirection(units[c]) && !IsWord(text, units[c], "more") && !IsWord(text, units[c], "less") && !paceWord)
            {
                continue;
            }

            var word = text[units[c].Start..units[c].End];
            var hyphen = word.IndexOf("-than-", StringComparison.OrdinalIgnoreCase);
            var comparative = hyphen > 0 ? word[..hyphen] : word;

            // "Deposit costs were falling more slowly than it had hoped": "more" or "less" and a word of pace compare the move
            // before them, as "slower" does.
            var pace = c + 2 < units.Length && units[c + 1].Kind == UnitKind.Word && IsWord(text, units[c + 2], "than")
                ? SlowPaces.Contains(text[units[c + 1].Start..units[c + 1].End]) ? -1 : FastPaces.Contains(text[units[c + 1].Start..units[c + 1].End]) ? 1 : 0
                : 0;
            var smaller = pace != 0 ? pace < 0 == comparative.Equals("more", StringComparison.OrdinalIgnoreCase) : SmallerComparatives.Contains(comparative);
            if (pace == 0 && !smaller && !LargerComparatives.Contains(comparative))
            {
                continue;
            }

            var compared = pace == 0 && hyphen < 0 && ExpectationAfter(text, units, c) < 0 ? QuantityComparedAfter(text, units, c) : -1;
            if (!IsDirection(units[c]) && compared < 0 && pace == 0 && !paceWord)
            {
                continue;
            }

            // "A smaller-than-expected fall in earnings", "a narrower-than-expected quarterly loss": the thing right after; "fell less
            // than expected", "the drop was smaller than forecast": the thing before, over a linking verb.
            int move, first, last;
            if (hyphen > 0)
            {
                // "Profit was smaller-than-expected" at the text's end judges nothing after it (the comparison stays a move).
                if (c + 1 >= units.Length)
                {
                    continue;
                }

                // "A smaller-than-feared comp decline": over words that score nothing to the thing judged.
                move = c + 1;
                while (move + 1 < units.Length && move <= c + HyphenatedJudgedReach && units[move].Kind == UnitKind.Word)
                {
                    move++;
                }

                move = units[move].Kind == UnitKind.Lexical ? move : c + 1;
                first = c;
                last = move;
            }
            else if (compared >= 0)
            {
                // "Added more wireless subscribers than expected", "fewer job cuts than feared": the quantity named between the
                // comparative and "than".
                move = compared;
                first = c;
                last = ExpectationAfter(text, units, compared);
            }
            else
            {
                last = ExpectationAfter(text, units, pace != 0 ? c + 1 : c);
                move = BeforeLinkingVerbs(text, units, c);

                // "The decline in (widget) sales was smaller": the quantity a move before it moved.
                if (move > 0 && IsQuantity(units[move]) && MoverOf(units, move) is var mover and >= 0)
                {
                    move = mover;
                }

                first = move;

                // "Supply constraints on its processors were easing faster than expected": the bad thing that moved is judged with
                // its move, and no longer counts on its own.
                if (move > 0 && IsDirection(units[move]) && units[move].Partner < 0 && BadStateBefore(units, move) is var state and >= 0)
                {
                    first = state;
                }
            }

            // "The loss was narrower than feared", "profit was lower than expected": after a linking verb, a quantity on its own is
            // judged too (a bad one that turns out smaller is good news).
            var sign = move > c && IsQuantity(units[move]) ? QuantitySign(units[move])
                : move >= 0 && last >= 0 && move < units.Length ? JudgedThingSign(units, move) : 0;
            if (sign == 0 && hyphen < 0 && move >= 0 && move < c - 1 && last >= 0 && IsQuantity(units[move]) && units[move].Partner < 0)
            {
                sign = QuantitySign(units[move]);
            }

            // "That was less than the 20% decline analysts had forecast": the thing judged is named after "than".
            if (sign == 0 && hyphen < 0 && last >= 0)
            {
                for (var i = c + 2; i < last && sign == 0; i++)
                {
                    sign = JudgedThingSign(units, i);
                }

                first = c;
            }

            // "The charge was smaller than analysts had feared", "the turnout was lower than hoped": what was feared is a bad
            // thing and what was hoped for a good one, whatever the word for it.
            if (sign == 0 && hyphen < 0 && last >= 0 && move >= 0 && move < c)
            {
                var yardstick = text[units[last].Start..units[last].End];
                sign = FearedWords.Contains(yardstick) ? -1 : yardstick.Equals("hoped", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }

            // "Expenses would come in lower than it previously forecast": the quantity the comparative itself moves is judged.
            if (sign == 0 && hyphen < 0 && last >= 0 && IsDirection(units[c]) && units[c].Partner >= 0 && units[c].Partner < c &&
                IsQuantity(units[units[c].Partner]))
            {
                sign = QuantitySign(units[units[c].Partner]);
                first = Math.Min(first < 0 ? c : first, units[c].Partner);
            }

            // "Customer relationships declined by 60,000 in the quarter, fewer than the 95,000 analysts had forecast": a comparative
            // right after a comma judges the move the same way before it.
            if (sign == 0 && hyphen < 0 && last >= 0 && compared < 0 && IsDirection(units[c]) &&
                RestatedMoveBefore(text, units, c, units[c].Category) is var restatedMove and >= 0)
            {
                sign = JudgedThingSign(units, IsDirection(units[restatedMove]) ? restatedMove : units[restatedMove].Partner);
                first = restatedMove;
            }

            if (sign == 0)
            {
                continue;
            }

            // "Verizon loses more postpaid phone customers than expected": what a verb of losing takes away is compared, so more
            // of it is worse.
            if (compared >= 0 && c > 0 && units[c - 1].Kind is UnitKind.Word or UnitKind.Lexical &&
                LosingVerbs.Contains(text[units[c - 1].Start..units[c - 1].End]))
            {
                sign = -sign;
                first = c - 1;
            }

            // "Sales fell 3%, a smaller decline than analysts had pencilled in": the comparison restates the move before its comma,
            // which it judges, and that move is no news of its own.
            if (compared >= 0 && IsDirection(units[compared]) && RestatedMoveBefore(text, units, c, units[compared].Category) is var restated and >= 0)
            {
                first = restated;
            }

            // "Posted a loss of 24 cents a share, far narrower than the $0.71 loss Wall Street had feared": the comparison after the
            // comma restates the bad thing before it, which it judges, and that is no news of its own.
            if (first == c && hyphen < 0 && compared < 0 && RestatedThingBefore(text, units, c, sign) is var thing and >= 0)
            {
                first = thing;
            }

            // The quantity a move moved stays consumed: it is the move's, now judged.
            MergeIntoJudgement(units, first, last, (smaller ? -sign : sign) * JudgedMoveValence);
            judged = true;
            c = last;
        }

        return judged;
    }

    /// <summary>
    /// The quantity between a comparative and the "than" of what was expected ("more wireless subscribers than expected"): at
    /// most <see cref="ComparedQuantityReach"/> units on, with only words that score nothing before it; -1 when there is none.
    /// </summary>
    private static int QuantityComparedAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c)
    {
        for (var i = c + 1; i < units.Length && i <= c + ComparedQuantityReach; i++)
        {
            // "A smaller drop than analysts had penciled in", "a bigger decline than feared": a move named as a noun is compared too,
            // and so is a state right after the comparative ("margins less squeezed than feared").
            var thanNext = i + 1 < units.Length && IsWord(text, units[i + 1], "than");
            if (IsQuantity(units[i]) || IsDirection(units[i]) && thanNext ||
                i == c + 1 && thanNext && units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Sentiment && units[i].Valence != 0)
            {
                return ExpectationAfter(text, units, i) >= 0 ? i : -1;
            }

            if (units[i].Kind != UnitKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first unit of the move that an appositive comparison at <paramref name="c"/> restates: after ", a" ("sales fell 3%, a
    /// smaller decline than…") or a comma ("declined by 60,000, fewer than…"), the nearest move the same way in the clause before the comma, with the quantity it moved when that
    /// comes first; -1 when there is none.
    /// </summary>
    private static int RestatedMoveBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c, LexiconCategory direction)
    {
        var comma = c >= 3 && (IsWord(text, units[c - 1], "a") || IsWord(text, units[c - 1], "an")) ? c - 2 : c - 1;
        if (comma < 1 || units[comma].Kind != UnitKind.Boundary || text[units[comma].Start] != ',')
        {
            return -1;
        }

        for (var j = comma - 1; j >= 0 && j >= comma - 1 - RestatedMoveReach; j--)
        {
            if (units[j].Kind == UnitKind.Boundary)
            {
                return -1;
            }

            if (units[j].Kind == UnitKind.Lexical && units[j].Category == direction)
            {
                var partner = units[j].Partner;
                return partner >= 0 && partner < j ? partner : j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The scored phrase that an appositive comparison at <paramref name="c"/> restates: after a comma, and a word of degree ("a
    /// loss of 24 cents, far narrower than…"), the nearest phrase of the lexicon in the clause before the comma whose valence has
    /// the sign of the thing the comparison names; -1 when there is none.
    /// </summary>
    private static int RestatedThingBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c, int sign)
    {
        var comma = c >= 2 && units[c - 1].Kind == UnitKind.Word && DegreesOfComparison.Contains(text[units[c - 1].Start..units[c - 1].End]) ? c - 2 : c - 1;
        if (comma < 1 || units[comma].Kind != UnitKind.Boundary || text[units[comma].Start] != ',')
        {
            return -1;
        }

        for (var j = comma - 1; j >= 0 && j >= comma - 1 - RestatedMoveReach; j--)
        {
            if (units[j].Kind == UnitKind.Boundary)
            {
                return -1;
            }

            if (units[j].Kind == UnitKind.Lexical && units[j].Category == LexiconCategory.Sentiment && units[j].Valence != 0)
            {
                return Math.Sign(units[j].Valence) == sign ? j : -1;
            }
        }

        return -1;
    }

    // Words of degree before a comparative: "far narrower", "much smaller", "slightly bigger".
    private static readonly WordSet DegreesOfComparison = new("far", "much", "well", "slightly", "somewhat", "considerably", "significantly", "a", "an");

    /// <summary>
    /// "Same-restaurant sales rose 1.2%, below analysts' estimates of 2.1%", "revenue grew 4%, missing estimates": a verdict against
    /// what was expected right after a comma judges the move before it, which is then no news of its own when the verdict goes the
    /// other way (the move is masked; the verdict says it). A verdict the same way ("rose 9%, above estimates") leaves the move.
    /// </summary>
    private static void MaskMovesJudgedAfter(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var v = lexical.First; v < lexical.End; v++)
        {
            ref readonly var verdict = ref units[v];
            if (verdict.Kind != UnitKind.Lexical || verdict.Category != LexiconCategory.Sentiment || verdict.Valence == 0 ||
                !(ExpectationNouns.Contains(PhraseText.LastWord(text[verdict.Start..verdict.End])) ||
                  PhraseText.LastWord(text[verdict.Start..verdict.End]).Equals("expected", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // Over at most two plain words after the comma: ", well below estimates", ", just short of expectations".
            var comma = v - 1;
            while (comma > 0 && comma >= v - 2 && units[comma].Kind == UnitKind.Word)
            {
                comma--;
            }

            if (comma < 1 || units[comma].Kind != UnitKind.Boundary || text[units[comma].Start] != ',')
            {
                continue;
            }

            for (var j = comma - 1; j >= 0 && j >= comma - 1 - RestatedMoveReach && units[j].Kind != UnitKind.Boundary; j--)
            {
                if (!IsDirection(units[j]))
                {
                    continue;
                }

                var partner = units[j].Partner;
                var prior = partner >= 0 && IsQuantity(units[partner]) ? QuantitySign(units[partner]) : units[j].MeasuredMove ? 1 : 0;
                var move = (units[j].Category == LexiconCategory.Increase ? 1 : -1) * prior;
                if (move != 0 && move != Math.Sign(verdict.Valence))
                {
                    units[j].Kind = UnitKind.Word;
                }

                break;
            }
        }
    }

    /// <summary>The most units before the comma of an appositive comparison to the move it restates: "fell 3% year on year".</summary>
    private const int RestatedMoveReach = 6;

    // Verbs that take away the quantity compared after them: "loses more customers than expected", "shed fewer jobs than feared".
    private static readonly WordSet LosingVerbs = new(
        "lose", "loses", "lost", "losing", "shed", "sheds", "shedding", "cut", "cuts", "cutting", "drop", "drops", "dropped");

    /// <summary>The most units from a comparative to the quantity it compares: "more wireless broadband subscribers".</summary>
    private const int ComparedQuantityReach = 3;

    // What "not as … as expected" says of a good thing ("not as strong as hoped": worse than hoped) and of a bad one ("not as bad as
    // feared": better than feared); any other word measures the size of the thing judged ("the decline was not as steep as
    // predicted", "profit rose, though not by as much as expected").
    private static readonly WordSet GoodMeasures = new(
        "strong", "good", "robust", "solid", "healthy", "upbeat", "bullish", "positive", "rosy", "optimistic", "impressive", "bright",
        "generous", "favourable", "favorable");

    private static readonly WordSet BadMeasures = new(
        "bad", "weak", "poor", "severe", "grim", "dire", "painful", "gloomy", "negative", "bearish", "pessimistic", "disappointing",
        "damaging", "costly", "serious", "dramatic", "ugly", "harsh", "tough", "difficult", "disruptive");

    // Words of a sentence that lead back from "not" to the thing it judges: "the decline was not…", "profit rose, though not…",
    // "the decline at Acme was not…" (with a name).
    private static readonly WordSet JudgedThingLinks = new(
        "was", "were", "is", "are", "has", "have", "had", "been", "did", "does", "do", "though", "although", "but", "yet", "albeit", "it",
        "at", "of", "in", "for");

    /// <summary>Whether a word is a contraction of "not": "wasn't", "isn't", "didn't".</summary>
    private static bool IsContractedNot(ReadOnlySpan<char> word) =>
        word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "The decline was not as steep as analysts had predicted", "losses were not as bad as feared", "profit rose, though not by as
    /// much as expected", "shares did not fall as much as feared": a thing judged by "not as … as" what was expected. What is not
    /// as bad as feared, and a bad thing not as big, is good news; what is not as good, and a good thing not as big, is bad: the
    /// thing, the comparison and what it was compared with become one phrase.
    /// </summary>
    /// <returns>Whether any such phrase was made.</returns>
    private static bool JudgeNotAsExpected(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var judged = false;
        for (var n = 0; n + 2 < units.Length; n++)
        {
            // "Not", or a contraction of it: "wasn't as bad as I feared".
            if (!IsNegator(units, n) || !IsWord(text, units[n], "not") && !IsContractedNot(text[units[n].Start..units[n].End]))
            {
                continue;
            }

            // "not as", "not by as", "did not fall as", "did not rise by as".
            var a = n + 1;
            var move = -1;
            if (IsDirection(units[a]))
            {
                move = a++;
            }

            if (a < units.Length && IsWord(text, units[a], "by"))
            {
                a++;
            }

            // "not nearly as ugly as I feared", "not quite as bad as": a word of degree before the first "as".
            if (a < units.Length && (IsWord(text, units[a], "nearly") || IsWord(text, units[a], "quite")))
            {
                a++;
            }

            // "as steep as", or one phrase of the lexicon's ("as much as").
            ReadOnlySpan<char> measure;
            int from;
            if (a < units.Length && units[a].Kind == UnitKind.Lexical && text[units[a].Start..units[a].End] is var asAs &&
                asAs.StartsWith("as ", StringComparison.OrdinalIgnoreCase) && asAs.EndsWith(" as", StringComparison.OrdinalIgnoreCase) && asAs.Length > 6)
            {
                measure = asAs[3..^3];
                from = a + 1;
            }
            else if (a + 2 < units.Length && IsWord(text, units[a], "as") && IsWord(text, units[a + 2], "as"))
            {
                measure = text[units[a + 1].Start..units[a + 1].End];
                from = a + 3;
            }
            else if (a + 2 < units.Length && IsWord(text, units[a], "as") && units[a + 2].Kind == UnitKind.Lexical &&
                     text[units[a + 2].Start..units[a + 2].End] is var asExpected && asExpected.StartsWith("as ", StringComparison.OrdinalIgnoreCase) &&
                     ComparedExpectations.Contains(PhraseText.LastWord(asExpected)))
            {
                measure = text[units[a + 1].Start..units[a + 1].End]; // "as much as expected", where "as expected" is a phrase
                from = a + 2;
            }
            else
            {
                continue;
            }

            var expectation = -1;
            for (var i = from; i < units.Length && i <= from + ExpectationReach; i++)
            {
                if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical))
                {
                    break;
                }

                if (ComparedExpectations.Contains(PhraseText.LastWord(text[units[i].Start..units[i].End])))
                {
                    expectation = i;
                    break;
                }
            }

            if (expectation < 0)
            {
                continue;
            }

            // The thing judged: the move after "not", else the phrase before it, back over linking words and a comma.
            var first = move;
            if (move < 0)
            {
                first = n - 1;
                while (first >= 0 && first >= n - 6 &&
                       (units[first].Kind == UnitKind.Word && (JudgedThingLinks.Contains(text[units[first].Start..units[first].End]) ||
                                                                char.IsUpper(text[units[first].Start]) && first < n - 1) ||
                        units[first].Kind == UnitKind.Boundary && text[units[first].Start] == ',' ||
                        units[first].Kind == UnitKind.Lexical && units[first].Category == LexiconCategory.Contrast))
                {
                    first--;
                }
            }

            var thing = first >= 0 ? JudgedThingSign(units, first) : 0;
            if (thing == 0 && first >= 0 && IsQuantity(units[first]))
            {
                // "The drop in orders was not as deep": the move of the quantity, a few words before it, is the thing judged.
                var mover = MoverOf(units, first);
                thing = mover < 0 ? QuantitySign(units[first]) : JudgedThingSign(units, mover);
                first = mover >= 0 ? mover : first;
            }

            var sign = GoodMeasures.Contains(measure) ? -1 : BadMeasures.Contains(measure) ? 1 : -thing;
            if (sign == 0)
            {
                continue;
            }

            if (thing == 0)
            {
                first = n;
            }
            else if (IsDirection(units[first]) && units[first].Partner >= 0 && units[first].Partner < first)
            {
                first = units[first].Partner; // "profit rose": the phrase takes in what moved
            }

            MergeIntoJudgement(units, first, expectation, sign * JudgedMoveValence);
            judged = true;
            n = expectation;
        }

        return judged;
    }

    /// <summary>The move a few words before the quantity at <paramref name="quantity"/> that moved it ("the drop in orders"), or -1.</summary>
    private static int MoverOf(ReadOnlySpan<Unit> units, int quantity)
    {
        for (var d = quantity - 1; d >= 0 && d >= quantity - 3; d--)
        {
            if (IsDirection(units[d]) && units[d].Partner == quantity)
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>Whether a quantity on its own is good (+1, "profit") or bad (-1, "loss") news as more of it.</summary>
    private static int QuantitySign(in Unit quantity) => quantity.Category == LexiconCategory.BadWhenUp ? -1 : 1;

    /// <summary>
    /// "Another record operating margin", "record bookings", "record costs": "record" right before a quantity is a level never
    /// reached before, good news for a quantity that is good when up and bad news for one that is bad when up, as the lexicon's
    /// own "record revenue" and "record loss" are. Not the verb ("expects to record revenue of $5 billion").
    /// </summary>
    /// <returns>Whether a record was read.</returns>
    private static bool ReadRecordQuantities(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var read = false;
        for (var q = Math.Max(lexical.First, 1); q < lexical.End; q++)
        {
            var r = q - 1;
            if (!IsSubjectQuantity(units[q]) || units[q].Consumed || !(units[r].Kind == UnitKind.Word || units[r].Kind == UnitKind.Lexical && units[r].Category == LexiconCategory.Intensifier) ||
                !IsRecordWord(text[units[r].Start..units[r].End]) ||
                r > 0 && RecordVerbLeads.Contains(text[units[r - 1].Start..units[r - 1].End]) || IsMarketQuantity(text, units[q]))
            {
                continue;
            }

            MergeIntoJudgement(units, r, q, QuantitySign(units[q]) * RecordValence);
            read = true;
        }

        return read;
    }

    /// <summary>Whether a word is "record" or one of its compounds of the same sense ("record-breaking profit", "record-setting sales").</summary>
    private static bool IsRecordWord(ReadOnlySpan<char> word) =>
        word.Equals("record", StringComparison.OrdinalIgnoreCase) || word.Equals("record-breaking", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("record-setting", StringComparison.OrdinalIgnoreCase);

    /// <summary>The valence of a record level, as the lexicon's "record revenue" has it.</summary>
    private const double RecordValence = 0.8;

    // Words before "record" as a verb: "expects to record", "will record", "would record".
    private static readonly WordSet RecordVerbLeads = new("to", "will", "would", "may", "might", "could", "shall", "should", "must", "did", "does", "not");

    /// <summary>
    /// Makes the units from <paramref name="first"/> to <paramref name="last"/> one judgement of <paramref name="valence"/>: the
    /// thing judged, the comparison and what it was compared with, none of which counts on its own any more.
    /// </summary>
    private static void MergeIntoJudgement(Span<Unit> units, int first, int last, double valence)
    {
        var judgement = Unit.Phrase(units[first].Start, units[last].End, LexiconCategory.Sentiment, valence);
        for (var i = first + 1; i <= last; i++)
        {
            units[i].Kind = UnitKind.Word;
        }

        units[first] = judgement;
    }

    /// <summary>
    /// "Revenue grew 11%, short of the 16% analysts had projected", "forecast a 9% increase in sales, short of analysts' average
    /// estimate of a 15% rise": a move followed, over its comma, by "short of" or "shy of" what was expected fell short of it
    /// (and one "ahead of" a figure expected beat it).
    /// The move and what was expected become one judgement: a miss for a good quantity (the level it reached, whichever way it
    /// moved), a relief for a bad one or against a fall expected; the expected figures and moves are not news of their own.
    /// </summary>
    /// <returns>Whether a judgement was made.</returns>
    private static bool JudgeShortfalls(ReadOnlySpan<char> text, Span<Unit> units)
    {
        var judged = false;
        for (var s = 1; s + 1 < units.Length; s++)
        {
            if (JudgeFallingShort(text, units, s) is var judgedTo and >= 0)
            {
                judged = true;
                s = judgedTo;
                continue;
            }

            if (!IsShortfallAt(text, units, s))
            {
                continue;
            }

            // "…, ahead of the $590 million analysts had forecast": a figure beaten, the other way round; only with a figure
            // expected, as "ahead of earnings expected on Thursday" is a time. "Well below the 7 million expected", "above the 2%
            // analysts had expected": one word, and always with a figure.
            var oneWord = IsWord(text, units[s], "below") || IsWord(text, units[s], "above");
            var ahead = IsWord(text, units[s], "ahead") || IsWord(text, units[s], "above");
            var from = oneWord ? s + 1 : s + 2;
            var expected = ExpectedAfterShortfall(text, units, from);
            if ((ahead || oneWord) && expected >= 0 && !HasFigure(units, from, expected))
            {
                // "A sum well below what many investors had feared": below what was feared is a relief, above it a blow, whatever
                // the thing was.
                if (oneWord && FearedWords.Contains(text[units[expected].Start..units[expected].End]))
                {
                    MergeIntoJudgement(units, s, expected, ahead ? -ShortfallValence : ShortfallValence);
                    judged = true;
                    s = expected;
                }

                continue;
            }

            var move = expected < 0 ? -1 : MoveBeforeShortfall(text, units, s);
            var figure = expected >= 0 && move < 0 ? FigureBeforeShortfall(text, units, s) : -1;
            if (move < 0 && figure < 0)
            {
                // "Sold 4 million copies. That was ahead of the 3 million units analysts had pencilled in": a result told before,
                // taken up by a pronoun, beat or missed what was expected (a result, so a good quantity).
                if (expected >= 0 && s >= 2 && IsBeVerb(text[units[s - 1].Start..units[s - 1].End]) &&
                    units[s - 2].Kind == UnitKind.Word && ResultPronouns.Contains(text[units[s - 2].Start..units[s - 2].End]))
                {
                    var end = expected;
                    while (end + 1 < units.Length && !IsClauseStop(units[end + 1]))
                    {
                        end++;
                    }

                    MergeIntoJudgement(units, s - 2, end, ahead ? ShortfallValence : -ShortfallValence);
                    judged = true;
                    s = end;
                }

                continue;
            }

            // The clause of what was expected runs on to its end: "estimate of a 15% rise".
            var last = expected;
            while (last + 1 < units.Length && !IsClauseStop(units[last + 1]))
            {
                last++;
            }

            // What fell short is the level reached, whichever verb moved it ("growth slowed to 2.9%, short of the 3.4% expected"
            // is a miss): short of a good quantity expected is bad news, short of a bad one or of a fall expected good news. A
            // figure with no move ("delivered 384,000 vehicles, short of the 450,000 analysts had expected") is a level reached.
            // A figure of a bad quantity ("estimated catastrophe losses of $2.1 billion, well below the $2.6 billion analysts had
            // pencilled in") is good news when short of what was expected, as a bad quantity's move is.
            var partner = move >= 0 ? units[move].Partner : -1;
            var measured = move < 0 ? QuantityOfFigure(text, units, figure) : -1;
            var first = move < 0 ? (measured >= 0 ? measured : figure) : partner >= 0 ? Math.Min(move, partner) : move;
            var miss = move < 0 ? measured < 0 || !IsBadThing(units[measured]) && QuantitySign(units[measured]) > 0 : partner < 0 || QuantitySign(units[partner]) > 0;
            for (var i = from; i <= expected; i++)
            {
                if (IsDirection(units[i]) && units[i].Category == LexiconCategory.Decrease)
                {
                    miss = !miss; // "short of the 8% drop analysts had feared"
                    break;
                }
            }

            MergeIntoJudgement(units, first, last, miss != ahead ? -ShortfallValence : ShortfallValence);
            judged = true;
            s = last;
        }

        return judged;
    }

    /// <summary>
    /// "Beating analyst expectations for a small loss", "missed estimates of a 3% rise": what a judgement against expectations
    /// says was expected (after "for" or "of", to the clause's end or "and", within <see cref="MaxExpectedOutcomeUnits"/> units) is
    /// its yardstick, no news of its own.
    /// </summary>
    private static void MaskExpectedOutcomes(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var k = lexical.First; k + 2 < units.Length && k < lexical.End; k++)
        {
            ref readonly var judgement = ref units[k];
            if (judgement.Kind != UnitKind.Lexical || judgement.Category != LexiconCategory.Sentiment ||
                !(IsWord(text, units[k + 1], "for") || IsWord(text, units[k + 1], "of")) ||
                !JudgedExpectations.Contains(PhraseText.LastWord(text[judgement.Start..judgement.End])) ||
                !JudgingVerbs.Contains(PhraseText.FirstWord(text[judgement.Start..judgement.End])))
            {
                continue;
            }

            // "for a small loss", "of a 3% rise in sales": the outcome expected, to the clause's end within reach.
            for (var i = k + 2; i < units.Length && i <= k + 1 + MaxExpectedOutcomeUnits && !IsClauseStop(units[i]) &&
                                !IsWordIn(text, units[i], OutcomeEnds); i++)
            {
                if (units[i].Kind == UnitKind.Lexical && units[i].Category != LexiconCategory.Contrast)
                {
                    if (IsDirection(units[i]) && units[i].Partner >= 0)
                    {
                        units[units[i].Partner].Kind = UnitKind.Word;
                    }

                    units[i].Kind = UnitKind.Word;
                }
            }
        }
    }

    // Words that end the outcome expected and open another phrase: "beat estimates for profit and raised its outlook".
    private static readonly WordSet OutcomeEnds = new("and", "but", "while", "as", "after", "though", "although", "yet", "whereas", "with");

    /// <summary>The most units of the outcome expected after "for" or "of" ("a 3% rise in sales").</summary>
    private const int MaxExpectedOutcomeUnits = 5;

    // The last words of a judgement against what was expected: "beat expectations", "missed estimates", "topped consensus".
    private static readonly WordSet JudgedExpectations = new("expectations", "expectation", "estimates", "estimate", "consensus", "forecasts");

    // The first words of such a judgement: a result measured against them, not a forecast revised ("cuts forecasts for growth").
    private static readonly WordSet JudgingVerbs = new(
        "beat", "beats", "beating", "topped", "tops", "topping", "missed", "misses", "missing", "exceeded", "exceeds", "exceeding",
        "surpassed", "surpasses", "surpassing", "trailed", "trails", "lagged", "lags", "above", "below", "ahead", "short", "shy",
        "outpaced", "outpaces", "crushed", "crushes", "smashed", "smashes");

    // Pronouns that take up a result told before a comparison with what was expected: "That was ahead of the 3 million units
    // analysts had expected", "which was short of forecasts".
    private static readonly WordSet ResultPronouns = new("that", "this", "which", "it");

    /// <summary>
    /// "Obesity data fall short of high hopes", "results fell short of investors' lofty expectations": a negator of falling short
    /// (not "stopped short of", a step not taken) before what was expected, with no phrase of sentiment between for it to deny,
    /// is a miss of what was expected, whatever words come between; of a fall expected ("fell short of the 8% drop analysts had
    /// feared"), a relief. Returns the last unit of the judgement made at <paramref name="s"/>, or -1.
    /// </summary>
    private static int JudgeFallingShort(ReadOnlySpan<char> text, Span<Unit> units, int s)
    {
        if (units[s].Kind != UnitKind.Lexical || units[s].Category != LexiconCategory.Negator ||
            !text[units[s].Start..units[s].End].EndsWith("short of", StringComparison.OrdinalIgnoreCase) ||
            text[units[s].Start..units[s].End].StartsWith("stop", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var expected = ExpectedAfterShortfall(text, units, s + 1);
        if (expected < 0)
        {
            return -1;
        }

        var valence = -ShortfallValence;
        for (var i = s + 1; i < expected; i++)
        {
            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Sentiment && units[i].Valence != 0)
            {
                return -1; // "fell short of delivering the growth analysts expected": the negator denies the phrase
            }

            if (IsDirection(units[i]) && units[i].Category == LexiconCategory.Decrease)
            {
                valence = ShortfallValence;
            }
        }

        MergeIntoJudgement(units, s, expected, valence);
        return expected;
    }

    /// <summary>Whether a number, a percentage or an amount lies in the units from <paramref name="from"/> to before <paramref name="end"/>.</summary>
    private static bool HasFigure(ReadOnlySpan<Unit> units, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (units[i].Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The strength of a judgement of a move that fell short of what was expected (<see cref="JudgeShortfalls"/>).</summary>
    private const double ShortfallValence = 0.5;

    /// <summary>
    /// The most units from "short of" (or from the word of degree before it, "well short of") back to the move or the figure it
    /// judges: "$152 million in U.S. and Canadian theaters over the weekend, comfortably ahead of…".
    /// </summary>
    private const int MaxReachBeforeShortfall = 10;

    /// <summary>The most units from "short of" to the word of what was expected ("the 8-10% growth analysts had pencilled in").</summary>
    private const int MaxShortfallReach = 10;

    // Nouns of what was expected after "short of": "analysts' average estimate", "the consensus".
    private static readonly WordSet ExpectationNouns = new(
        "estimate", "estimates", "forecast", "forecasts", "consensus", "expectations", "expectation", "projection", "projections",
        "guidance", "target", "targets", "targeted", "budgeted", "pencilled", "penciled", "hopes");

    /// <summary>The unit of the word of what was expected within reach after <paramref name="from"/>, or -1 (not over a clause's end).</summary>
    private static int ExpectedAfterShortfall(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from)
    {
        for (var i = from; i < units.Length && i < from + MaxShortfallReach; i++)
        {
            if (IsClauseStop(units[i]))
            {
                return -1;
            }

            var word = text[units[i].Start..units[i].End];
            if (units[i].Kind is UnitKind.Word or UnitKind.Lexical && (ComparedExpectations.Contains(word) || ExpectationNouns.Contains(word)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a sentence with no other score may still judge a figure against what was expected: it has "short of", "shy of", "ahead of",
    /// "below" or "above", or a negator of falling short (<see cref="JudgeShortfalls"/>).
    /// </summary>
    private static bool HasShortfall(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units)
    {
        for (var s = 1; s + 1 < units.Length; s++)
        {
            if (IsShortfallAt(text, units, s) || units[s].Kind == UnitKind.Lexical && units[s].Category == LexiconCategory.Negator &&
                text[units[s].Start..units[s].End].EndsWith("short of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "short of", "shy of", "ahead of", "below" or "above" starts at <paramref name="s"/> (and a unit follows it). Most units
    /// are none of these words: their kind and length are looked at before their text.
    /// </summary>
    private static bool IsShortfallAt(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int s) =>
        units[s].Kind == UnitKind.Word && units[s].End - units[s].Start is 5 or 3 &&
        (IsWord(text, units[s], "short") || IsWord(text, units[s], "shy") || IsWord(text, units[s], "ahead")) && IsWord(text, units[s + 1], "of") ||
        units[s].Kind is UnitKind.Word or UnitKind.Lexical && units[s].End - units[s].Start == 5 &&
        (IsWord(text, units[s], "below") || IsWord(text, units[s], "above"));

    /// <summary>
    /// The unit before a shortfall at <paramref name="shortfall"/>, over a word of degree ("well short of", "just shy of") or an
    /// adverb of the lexicon ("comfortably ahead of", "badly short of"), which the judgement takes in.
    /// </summary>
    private static int BeforeDegreeWord(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int shortfall)
    {
        var i = shortfall - 1;
        return units[i].Kind == UnitKind.Word || units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Intensifier ||
            units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Sentiment && text[units[i].Start..units[i].End] is [.., 'l', 'y'] &&
            !text[units[i].Start..units[i].End].Contains(' ') ? i - 1 : i;
    }

    /// <summary>
    /// The figure a shortfall at <paramref name="shortfall"/> judges when no move comes before it: a number, a percentage or an
    /// amount, or a phrase holding one, in the clause before the comma right before "short" (over a word of degree); -1 for none.
    /// </summary>
    private static int FigureBeforeShortfall(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int shortfall)
    {
        var i = BeforeDegreeWord(text, units, shortfall);
        if (i < 0 || units[i].Kind != UnitKind.Boundary)
        {
            return -1;
        }

        var stop = i + 1 - MaxReachBeforeShortfall; // a word of degree does not shorten the reach
        for (i--; i >= 0 && i >= stop; i--)
        {
            if (IsClauseStop(units[i]))
            {
                return -1;
            }

            // "Added 5.1 million subscribers in the quarter, well below the 7 million expected": a phrase of the lexicon that holds
            // the figure.
            if (units[i].Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency ||
                units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Sentiment && text[units[i].Start..units[i].End].ContainsAnyInRange('0', '9'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The quantity a figure measures, right before it over "of", a form of "be" or "totaled" ("catastrophe losses of $2.1
    /// billion", "costs were $5 billion"), or a bad thing it measures ("a net loss of $40 million"), or -1.
    /// </summary>
    private static int QuantityOfFigure(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int figure) =>
        figure >= 2 && units[figure].Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency &&
        FigureLinks.Contains(text[units[figure - 1].Start..units[figure - 1].End]) &&
        (IsQuantity(units[figure - 2]) || IsBadThing(units[figure - 2])) ? figure - 2 : -1;

    // Words between a quantity and its figure: "losses of $2.1 billion", "costs were $5 billion", "expenses totaled $3 million".
    private static readonly WordSet FigureLinks = new("of", "is", "are", "was", "were", "totaled", "totalled", "totaling", "totalling");

    /// <summary>Whether a unit is a bad thing that a figure may measure ("net loss", "charge"): a word of negative sentiment.</summary>
    private static bool IsBadThing(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Valence < 0;

    /// <summary>
    /// The move a shortfall at <paramref name="shortfall"/> judges: a direction paired with a quantity or measuring its subject,
    /// in the clause before it, over a word of degree and one comma right before "short" ("…, well short of"); -1 for none.
    /// </summary>
    private static int MoveBeforeShortfall(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int shortfall)
    {
        var i = BeforeDegreeWord(text, units, shortfall);
        var stop = i + 1 - MaxReachBeforeShortfall;
        if (i >= 0 && units[i].Kind == UnitKind.Boundary)
        {
            i--;
        }

        for (; i >= 0 && i >= stop; i--)
        {
            if (IsClauseStop(units[i]))
            {
                return -1;
            }

            if (IsDirection(units[i]) && (units[i].Partner >= 0 || units[i].MeasuredMove))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The expectation a comparison at <paramref name="c"/> is made against ("than analysts had expected"), or -1.</summary>
    private static int ExpectationAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int c)
    {
        if (c + 1 >= units.Length || !IsWord(text, units[c + 1], "than"))
        {
            return -1;
        }

        // "Than analysts had expected", "than the 55% slump analysts had predicted": words, a figure and the thing expected.
        for (var i = c + 2; i < units.Length && i <= c + 2 + ExpectationReach + 2; i++)
        {
            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical or UnitKind.Number or UnitKind.Percent or UnitKind.Currency))
            {
                return -1;
            }

            if (ComparedExpectations.Contains(text[units[i].Start..units[i].End]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the thing a comparison judges was good (+1) or bad (-1) news: a bad word ("quarterly loss", "profit drop"), or a
    /// move by what it moved ("sales fell" -1, "costs fell" +1, "shares fell" -1); 0 for anything else.
    /// </summary>
    private static int JudgedThingSign(ReadOnlySpan<Unit> units, int i)
    {
        ref readonly var unit = ref units[i];
        if (unit.Kind != UnitKind.Lexical)
        {
            return 0;
        }

        if (unit.Category == LexiconCategory.Sentiment)
        {
            return Math.Sign(unit.Valence);
        }

        if (!IsDirection(unit))
        {
            return 0;
        }

        var up = unit.Category == LexiconCategory.Increase ? 1 : -1;
        if (unit.Partner < 0 && BadStateBefore(units, i) >= 0)
        {
            return -up; // "the shortage eased faster than expected": a bad thing's fall is good news, and a faster one better
        }

        return unit.Partner >= 0 && units[unit.Partner].Category == LexiconCategory.BadWhenUp ? -up : up;
    }

    /// <summary>
    /// The bad thing of the lexicon that is the subject before the move at <paramref name="i"/>, over at most
    /// <see cref="MaxBadStateReach"/> plain words ("the shortage eased", "supply constraints on its newest processors were easing"),
    /// or -1.
    /// </summary>
    private static int BadStateBefore(ReadOnlySpan<Unit> units, int i)
    {
        var s = i - 1;
        while (s > 0 && s >= i - MaxBadStateReach && units[s].Kind == UnitKind.Word)
        {
            s--;
        }

        return s >= 0 && units[s].Kind == UnitKind.Lexical && units[s].Category == LexiconCategory.Sentiment && units[s].Valence < 0 ? s : -1;
    }

    /// <summary>The most plain words between a bad thing and its move (<see cref="BadStateBefore"/>).</summary>
    private const int MaxBadStateReach = 6;

    // Verbs that move their object, with the direction after it: "send Acme lower", "drag the group down", "push shares higher".
    private static readonly WordSet SendingVerbs = new(
        "send", "sends", "sent", "sending", "drag", "drags", "dragged", "dragging", "pull", "pulls", "pulled", "pulling", "push",
        "pushes", "pushed", "pushing", "knock", "knocks", "knocked", "knocking", "drive", "drives", "drove", "driving");

    /// <summary>
    /// The sending verb whose object the direction at <paramref name="d"/> moves ("send Acme lower"): at most three units before
    /// it, with only words that score nothing between; -1 when there is none.
    /// </summary>
    private static int SendingVerbBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        for (var i = d - 2; i >= 0 && i >= d - 4; i--)
        {
            if (units[i].Kind is UnitKind.Word or UnitKind.Lexical && SendingVerbs.Contains(text[units[i].Start..units[i].End]))
            {
                return i;
            }

            if (units[i].Kind != UnitKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Gives 80% returns", "may give over 40% returns", "returns of 35-60% in a year": returns stated as a percentage,
    /// with no direction word, are a gain (a loss when the figure is below zero). Only "returns": the singular is as often a
    /// verb or a ratio ("a return to growth", "return on equity of 14%").
    /// </summary>
    private static void ReadStatedReturns(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var q = lexical.First; q < lexical.End; q++)
        {
            ref var unit = ref units[q];
            if (!IsSubjectQuantity(unit) || unit.Consumed || unit.Comparison != 0 || !text[unit.Start..unit.End].Equals("returns", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "Product returns of 12%", "tax returns": goods or forms sent back, not a return on money.
            if (q > 0 && ReturnedThings.Contains(text[units[q - 1].Start..units[q - 1].End]))
            {
                continue;
            }

            var percent = StatedPercent(text, units, q);

            // "Acme returns 10% of its workforce to the office": a share of something, not a gain.
            if (percent > q && percent + 1 < units.Length && IsWord(text, units[percent + 1], "of"))
            {
                continue;
            }

            if (percent >= 0 && units[percent].Value != 0)
            {
                unit.Comparison = (sbyte)(units[percent].Value > 0 ? 1 : -1);
                unit.Consumed = true;
                unit.Partner = percent;
            }
        }
    }

    /// <summary>The percentage right before the returns ("20% returns", "65% stock returns") or after them over a few linking words ("returns of", "returns over"), or -1.</summary>
    private static int StatedPercent(ReadOnlySpan<char> text, Span<Unit> units, int q)
    {
        for (var i = q - 1; i >= 0 && q - i <= 2; i--)
        {
            if (units[i].Kind == UnitKind.Percent && units[i].HasValue)
            {
                return i;
            }

            if (units[i].Kind != UnitKind.Word)
            {
                break;
            }
        }

        for (var i = q + 1; i < units.Length && i - q <= 4; i++)
        {
            if (units[i].Kind == UnitKind.Percent && units[i].HasValue)
            {
                return i;
            }

            if (units[i].Kind != UnitKind.Word || !ReturnFigureLinks.Contains(text[units[i].Start..units[i].End]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Cuts its profit goal for 2026 and 450 jobs", "cut its outlook and 500 jobs": a quantity joined by "and" to one a
    /// direction before it moved, or to a phrase of cutting, goes with it; it is not good or bad news of its own (jobs, profit).
    /// ("Posted a loss and profit growth of 20%": the growth is news of its own.)
    /// </summary>
    private static void ConsumeCoordinatedQuantities(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var q = lexical.First; q < lexical.End; q++)
        {
            ref var unit = ref units[q];
            if (!IsQuantity(unit) || unit.Consumed || unit.Reference || unit.Valence == 0)
            {
                continue;
            }

            var conjunct = ConjunctBefore(text, units, q);
            if (conjunct < 0)
            {
                continue;
            }

            // A bad phrase ends right before "and" ("cut its outlook and"); a moved quantity may have words after it ("goal for 2026").
            ref readonly var other = ref units[conjunct];
            if (other.Category == LexiconCategory.Sentiment && other.Valence < 0 && IsWord(text, units[conjunct + 1], "and") && StartsWithCut(text, other) ||
                IsQuantity(other) && MovedFromBefore(units, lexical, conjunct))
            {
                unit.Consumed = true;
            }
        }
    }

    /// <summary>Whether a phrase opens with a verb of cutting ("cut its outlook", "slashes its dividend"), whose object the "and" continues.</summary>
    private static bool StartsWithCut(ReadOnlySpan<char> text, in Unit phrase)
    {
        var words = text[phrase.Start..phrase.End];
        var space = words.IndexOf(' ');
        return CutVerbs.Contains(space < 0 ? words : words[..space]);
    }

    /// <summary>
    /// The lexical unit that ends the conjunct before the "and" that comes before unit <paramref name="q"/> (over a number or
    /// a determiner), at most four words before the "and" in the same clause; or -1.
    /// </summary>
    private static int ConjunctBefore(ReadOnlySpan<char> text, Span<Unit> units, int q)
    {
        var and = q - 1;
        while (and >= 0 && q - and <= 3 && units[and].Kind is UnitKind.Number or UnitKind.Word && !IsWord(text, units[and], "and"))
        {
            and--;
        }

        if (and < 1 || !IsWord(text, units[and], "and"))
        {
            return -1;
        }

        for (var i = and - 1; i >= 0 && and - i <= 4; i--)
        {
            if (units[i].Kind == UnitKind.Lexical)
            {
                return i;
            }

            if (units[i].Kind is not (UnitKind.Word or UnitKind.Number))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a direction before unit <paramref name="quantity"/> is paired with it.</summary>
    private static bool MovedFromBefore(Span<Unit> units, LexicalUnits lexical, int quantity)
    {
        for (var d = lexical.First; d < quantity; d++)
        {
            if (units[d].Partner == quantity && IsDirection(units[d]) && !units[d].StateChange)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Acme posts its first loss in a decade, cuts more jobs", "… and cuts 370 jobs": a verb that opens a new predicate after a comma
    /// or "and" moves the quantity it governs, not the one the previous predicate named.
    /// </summary>
    private static bool OpensNewPredicate(ReadOnlySpan<char> text, Span<Unit> units, int d) =>
        d > 0 && (units[d - 1].Kind == UnitKind.Boundary && text[units[d - 1].Start] == ',' || IsWord(text, units[d - 1], "and"));

    /// <summary>
    /// The quantity a verb at <paramref name="d"/> governs: within three words of it, so after at most two modifiers ("the
    /// company's quarterly profit": a possessive is not counted, nor a share of the object, "8% of its profit"); -1 for none. With <paramref name="overPrepositions"/>, over prepositions other than "from" and "to" too (a new
    /// predicate's move may name what moved after "in": ", a pullback in the index").
    /// </summary>
    private static int FindObject(ReadOnlySpan<char> text, Span<Unit> units, int d, bool overPrepositions)
    {
        for (int i = d + 1, words = 0; i < units.Length && words < 3; i++)
        {
            ref readonly var unit = ref units[i];
            if (IsQuantity(unit))
            {
                return i;
            }

            // "would reduce its second-quarter net income": a determiner or a possessive only opens the object.
            if (PhraseText.IsPossessive(text[unit.Start..unit.End]) || unit.Kind == UnitKind.Word && Determiners.Contains(text[unit.Start..unit.End]))
            {
                continue;
            }

            // "Forex losses trim 8pc of companies' profits", "wiped out 20% of its value": the share of the object moved.
            if (unit.Kind == UnitKind.Percent && i + 1 < units.Length && IsWord(text, units[i + 1], "of"))
            {
                i++;
                continue;
            }

            words++;

            var modifier = unit.Kind is UnitKind.Word or UnitKind.Number ||
                unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.Intensifier or LexiconCategory.Neutral;
            // ", up from EUR 8.3 mn" compares with the quantity before it; "price targets cut on memory headwinds" names a cause.
            if (!modifier || IsConnector(text, unit) || IsWord(text, unit, "from") || IsWord(text, unit, "to") ||
                (!overPrepositions && unit.Kind == UnitKind.Word && Prepositions.Contains(text[unit.Start..unit.End])))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a word has the ending of a verb form: -ed, -ing, or -s but not -ss, -is or -us ("warns", "slumped", "sliding";
    /// not "catastrophe", "crisis", "fraud").
    /// </summary>
    private static bool MayBeVerb(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ||
        word.Length > 2 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) is not ('s' or 'i' or 'u');

    /// <summary>
    /// Whether the direction comes right after a name or a cashtag, its subject ("Sun Pharma slides", "Sterling climbs",
    /// "$TSLA jumps"), and not after a pronoun or another function word that a sentence happens to open with. An adverb that adds
    /// the subject to a move already told stands between them ("Chevron also advanced", "Hilton likewise fell"), and so does a
    /// word that shares the move out among the subjects ("Nucor and Steel Dynamics each rose", "Visa and Mastercard both slipped").
    /// </summary>
    private static bool AfterNamedSubject(ReadOnlySpan<char> text, Span<Unit> units, int d, ReadOnlySpan<NameSpan> names)
    {
        var move = d;
        if (d >= 2 && units[d - 1].Kind == UnitKind.Word && AddingAdverbs.Contains(text[units[d - 1].Start..units[d - 1].End]))
        {
            d--;
        }

        if (d >= 2 && units[d - 1].Kind == UnitKind.Word && text[units[d - 1].Start..units[d - 1].End] is "each" or "both")
        {
            d--;
        }

        if (d == 0)
        {
            return false;
        }

        ref readonly var before = ref units[d - 1];
        var word = text[before.Start..before.End];
        if (before.Kind == UnitKind.Other)
        {
            return word.Length > 1 && word[0] == '$' && char.IsLetter(word[1]);
        }

        // A resolved name's last words may be a neutral entry of the lexicon ("United Airlines", "… Holdings"): still a name, before
        // a move of its own (not "Morgan Stanley raises its target", a verb with an object).
        return (before.Kind == UnitKind.Word || before.Kind == UnitKind.Lexical && before.Category == LexiconCategory.Neutral && StartsInName(before, names) &&
                !HasObjectAfter(text, units, move)) &&
            char.IsUpper(word[0]) && !SubjectFunctionWords.Contains(word);
    }

    private static readonly WordSet AddingAdverbs = new("also", "likewise", "similarly");

    private static int FindStateReached(ReadOnlySpan<char> text, Span<Unit> units, int d)
    {
        var i = d + 1;
        if (i >= units.Length || !IsWord(text, units[i], "to"))
        {
            return -1;
        }

        i++;
        if (i < units.Length && (IsWord(text, units[i], "a") || IsWord(text, units[i], "an")))
        {
            i++;
        }

        // "tumbled to a half-year loss", "fell to a first-quarter net loss", "a Q3 loss", "a fiscal first-quarter loss", "a 2024
        // loss": the period of the state.
        while (i + 1 < units.Length && IsPeriodOfState(text, units[i]))
        {
            i++;
        }

        // "slid to a larger-than-expected operating loss": a comparative before the state is a direction of its own.
        if (i + 1 < units.Length && IsDirection(units[i]) && IsQuantity(units[i + 1]))
        {
            i++;
        }

        return i < units.Length && IsQuantity(units[i]) && units[i].Valence != 0 ? i : -1;
    }

    /// <summary>Whether the unit names a period before a state reached: "half-year", "first-quarter", "Q3", "fiscal", "nine-month", a year.</summary>
    private static bool IsPeriodOfState(ReadOnlySpan<char> text, in Unit unit)
    {
        var word = text[unit.Start..unit.End];
        return unit.Kind == UnitKind.Word && (AttributionText.IsPeriod(word) || PhraseText.IsPeriodLabel(word) ||
                word.Equals("fiscal", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-month", StringComparison.OrdinalIgnoreCase)) ||
            unit.HasValue && IsYear(unit);
    }

    /// <summary>"Profit before taxes", "sales of services": the head of a compound is the quantity that moves.</summary>
    private static int HeadQuantity(ReadOnlySpan<char> text, Span<Unit> units, int direction, int quantity)
    {
        // "Lower sales costs", "higher sales taxes": in quantities named one after the other right after the direction, the last
        // is the head ("lower on margin worries" names a cause, not a compound).
        if (quantity == direction + 1 && quantity + 1 < units.Length && IsQuantity(units[quantity + 1]))
        {
            var last = quantity + 1;
            while (last + 1 < units.Length && IsQuantity(units[last + 1]))
            {
                last++;
            }

            return last;
        }

        if (quantity >= 2 && IsQuantity(units[quantity - 2]) && units[quantity - 1].Kind == UnitKind.Word)
        {
            var connector = text[units[quantity - 1].Start..units[quantity - 1].End];
            if (connector.Equals("before", StringComparison.OrdinalIgnoreCase) || connector.Equals("after", StringComparison.OrdinalIgnoreCase) ||
                connector.Equals("excluding", StringComparison.OrdinalIgnoreCase) || connector.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return quantity - 2;
            }
        }

        return quantity;
    }

    /// <summary>Whether a quantity names a market's move itself ("losses", "gains"), which a later move does not change.</summary>
    private static bool IsMoveQuantity(ReadOnlySpan<char> text, in Unit unit) =>
        IsWord(text, unit, "losses") || IsWord(text, unit, "gains") || IsWord(text, unit, "loss") || IsWord(text, unit, "gain");

    /// <summary>Whether a comma comes between units <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool BoundaryBetween(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (units[i].Kind == UnitKind.Boundary && text[units[i].Start] == ',')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a percentage right before the direction measures it ("a 25 pct increase", "a 40% gain over the past three years"),
    /// not a move of something named after it ("a 15% cut in prices": what was cut is not known to be good or bad).
    /// </summary>
    private static bool MeasuredBefore(ReadOnlySpan<char> text, Span<Unit> units, int d) =>
        d > 0 && units[d - 1].Kind == UnitKind.Percent &&
        !(d + 2 < units.Length && (IsWord(text, units[d + 1], "in") || IsWord(text, units[d + 1], "of")) &&
            units[d + 2].Kind is UnitKind.Word or UnitKind.Lexical && !Determiners.Contains(text[units[d + 2].Start..units[d + 2].End]));

    /// <summary>
    /// Whether a percentage follows the direction within <paramref name="window"/> units, over plain words ("fell 8 percent",
    /// "rose to 4%") and, with <paramref name="overIntensifiers"/>, intensifiers ("sliding over 3%").
    /// </summary>
    private static bool FollowedByPercent(ReadOnlySpan<Unit> units, int d, int window = 3, bool overIntensifiers = false)
    {
        for (var i = d + 1; i < units.Length && i <= d + window; i++)
        {
            if (units[i].Kind == UnitKind.Percent)
            {
                return true;
            }

            if (units[i].Kind == UnitKind.Boundary ||
                units[i].Kind == UnitKind.Lexical && !(overIntensifiers && units[i].Category == LexiconCategory.Intensifier))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Acme lowers its estimate of costs tied to the engine recall", "charges related to the strike fell": the trouble a cost that
    /// moved is tied to is its topic, already counted in the cost's move, and scores nothing of its own.
    /// </summary>
    private static void DropTopicsOfMovedCosts(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var q = lexical.First; q < lexical.End; q++)
        {
            if (units[q].Kind != UnitKind.Lexical || units[q].Category != LexiconCategory.BadWhenUp || !units[q].Consumed && units[q].Comparison == 0 ||
                q + 3 >= units.Length || !TopicLinks.Contains(text[units[q + 1].Start..units[q + 1].End]) ||
                !(IsWord(text, units[q + 2], "to") || IsWord(text, units[q + 2], "with")))
            {
                continue;
            }

            for (var t = q + 3; t < units.Length && t <= q + 3 + MaxCostTopicWords && !IsClauseStop(units[t]); t++)
            {
                if (units[t].Kind == UnitKind.Lexical && units[t].Category == LexiconCategory.Sentiment && units[t].Contribution < 0)
                {
                    units[t].Contribution = 0;
                    break;
                }

                if (units[t].Kind != UnitKind.Word)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "No longer expects to record additional losses tied to the Maui wildfire litigation": the trouble a denied loss is tied to
    /// is its topic, denied with it, and the bad words that name it side by side score nothing of their own.
    /// </summary>
    private static void DropTopicsOfDeniedLosses(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var q = lexical.First; q < lexical.End; q++)
        {
            ref readonly var loss = ref units[q];
            if (loss.Kind != UnitKind.Lexical || loss.Category is not (LexiconCategory.Sentiment or LexiconCategory.BadWhenUp) || loss.Valence >= 0 || loss.Negator < 0 ||
                loss.Contribution <= 0 || q + 3 >= units.Length || !TopicLinks.Contains(text[units[q + 1].Start..units[q + 1].End]) ||
                !(IsWord(text, units[q + 2], "to") || IsWord(text, units[q + 2], "with")))
            {
                continue;
            }

            var dropped = false;
            for (var t = q + 3; t < units.Length && t <= q + 3 + MaxCostTopicWords && !IsClauseStop(units[t]); t++)
            {
                if (units[t].Kind == UnitKind.Lexical && units[t].Category == LexiconCategory.Sentiment && units[t].Contribution < 0 && units[t].Negator < 0)
                {
                    units[t].Contribution = 0; // "the Maui wildfire litigation": each bad word of the one topic
                    dropped = true;
                    continue;
                }

                if (dropped || units[t].Kind != UnitKind.Word)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Easing investor concern that a data breach would hurt demand", "fears that the strike would spread have eased": what an
    /// eased worry was about is already counted in the worry's fall, and its bad words score nothing of their own up to the
    /// clause's end. The worry is a worry noun moved down with no negation of the move, and "that", "about", "over" or "of"
    /// opens what it was about.
    /// </summary>
    private static void DropContentsOfEasedWorries(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            ref readonly var move = ref units[d];
            if (move.Kind != UnitKind.Lexical || move.Category != LexiconCategory.Decrease || move.Negator >= 0 || move.Contribution <= 0 ||
                move.Partner < 0 || units[move.Partner].Category != LexiconCategory.BadWhenUp ||
                !WorryNouns.Contains(PhraseText.LastWord(text[units[move.Partner].Start..units[move.Partner].End])))
            {
                continue;
            }

            // The move after the worry ("fears … eased") or right before it ("easing investor concern"), not one of another
            // phrase ("improving data and fears that…").
            var worry = move.Partner;
            if (d < worry - MaxWordsFromEasingToWorry - 1 || worry + 2 >= units.Length || units[worry + 1].Kind != UnitKind.Word || !WorryContentOpeners.Contains(text[units[worry + 1].Start..units[worry + 1].End]))
            {
                continue;
            }

            for (var t = worry + 2; t < units.Length && t <= worry + 2 + MaxWorryContentUnits && !IsClauseStop(units[t]); t++)
            {
                if (t != d && units[t].Kind == UnitKind.Lexical && units[t].Contribution < 0 && !IsDirection(units[t]) && !IsQuantity(units[t]))
                {
                    units[t].Contribution = 0;
                }
            }
        }
    }

    /// <summary>
    /// "Easing concerns that slower hiring would weigh on sales", "allayed fears that the deal would collapse": a phrase that
    /// judges a worry (its last word a worry noun) stands for what the worry was about, named after "that"; what is said there,
    /// moves included, scores nothing of its own up to the clause's end.
    /// </summary>
    private static void DropContentsOfJudgedWorries(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var j = lexical.First; j < lexical.End - 1; j++)
        {
            ref readonly var judgement = ref units[j];
            if (judgement.Kind != UnitKind.Lexical || judgement.Category != LexiconCategory.Sentiment || judgement.Contribution <= 0 ||
                judgement.Negator >= 0 || units[j + 1].Kind != UnitKind.Word || !IsWord(text, units[j + 1], "that") ||
                text[judgement.Start..judgement.End] is var phrase && (phrase.IndexOf(' ') < 0 || !WorryNouns.Contains(PhraseText.LastWord(phrase))))
            {
                continue;
            }

            for (var t = j + 2; t < units.Length && t <= j + 2 + MaxWorryContentUnits && !IsClauseStop(units[t]); t++)
            {
                if (units[t].Kind == UnitKind.Lexical && units[t].Contribution < 0)
                {
                    units[t].Contribution = 0;
                }
            }
        }
    }

    /// <summary>
    /// "Acme did not cut its guidance, defying expectations that it would idle rigs": what a defied expectation or fear said
    /// would happen did not, so the news after "that" counts the other way, up to its clause's end (at most
    /// <see cref="MaxWorryContentUnits"/> units).
    /// </summary>
    private void TurnContentsOfDefiedExpectations(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var v = lexical.First; v < lexical.End - 2; v++)
        {
            ref readonly var verb = ref units[v];
            if (verb.Kind != UnitKind.Lexical || verb.Category != LexiconCategory.Negator || !DefyingVerbs.Contains(text[verb.Start..verb.End]))
            {
                continue;
            }

            // "defying expectations that", "defied analysts' fears that", "defying widespread predictions that"
            var that = v + 1;
            while (that < units.Length && that <= v + 3 && !IsWord(text, units[that], "that") && !IsClauseStop(units[that]))
            {
                that++;
            }

            if (that >= units.Length || that == v + 1 || !IsWord(text, units[that], "that") ||
                !DefiedExpectations.Contains(PhraseText.LastWord(text[units[that - 1].Start..units[that - 1].End])))
            {
                continue;
            }

            for (var t = that + 1; t < units.Length && t <= that + MaxWorryContentUnits && !IsClauseStop(units[t]); t++)
            {
                ref var unit = ref units[t];
                if (unit.Kind == UnitKind.Lexical && unit.Contribution != 0 && unit.Negator < 0)
                {
                    unit.Contribution *= _negationFactor;
                    unit.Negator = v;
                }
            }
        }
    }

    // Verbs of an expectation proved wrong: "defying expectations that", "defied fears that".
    private static readonly WordSet DefyingVerbs = new("defying", "defied", "defies", "defy");

    // What was expected and did not happen: "expectations", "fears", "predictions", "forecasts", "worries", "concerns".
    private static readonly WordSet DefiedExpectations = new(
        "expectations", "expectation", "fears", "predictions", "forecasts", "worries", "concerns", "speculation", "warnings", "doubts");

    private static readonly WordSet WorryContentOpeners = new("that", "about", "over", "of");

    private const int MaxWorryContentUnits = 12;

    private const int MaxWordsFromEasingToWorry = 1;

    /// <summary>
    /// The quantity a clause opened by a contrast shares with the clause before it when nothing but linking verbs stands between
    /// the contrast and the direction at <paramref name="d"/> ("quarterly loss narrows but is still wider than analysts
    /// expected", "revenue rose 5% but was below estimates"): the nearest quantity before the contrast in its sentence, within
    /// <see cref="MaxElidedSubjectReach"/> units; else -1.
    /// </summary>
    private static int ElidedSubjectQuantity(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        var c = d - 1;
        while (c >= 0 && units[c].Kind == UnitKind.Word && ElidedSubjectLinks.Contains(text[units[c].Start..units[c].End]))
        {
            c--;
        }

        if (c < 0 || c == d - 1 || units[c].Kind != UnitKind.Lexical || units[c].Category != LexiconCategory.Contrast ||
            !IsWord(text, units[c], "but"))
        {
            return -1;
        }

        for (var q = c - 1; q >= 0 && q >= c - MaxElidedSubjectReach && units[q].Kind != UnitKind.Boundary; q--)
        {
            if (IsQuantity(units[q]))
            {
                return q;
            }
        }

        return -1;
    }

    // Linking verbs between "but" and what it says of the subject before it: "but is still wider", "but was below".
    private static readonly WordSet ElidedSubjectLinks = new("is", "was", "were", "are", "remains", "remained", "still", "came", "in", "has", "been");

    /// <summary>How many units before "but" its clause's shared subject may stand.</summary>
    private const int MaxElidedSubjectReach = 8;

    // Words that tie a cost to what it is for: "costs tied to the recall", "charges related to the strike".
    private static readonly WordSet TopicLinks = new("tied", "related", "linked", "associated", "connected", "attributed");

    /// <summary>The most plain words between "tied to" and the trouble a cost is tied to ("tied to the GTF powder-metal recall").</summary>
    private const int MaxCostTopicWords = 3;

    // Extremes that may name the level a quantity reached, set off by a comma.
    private static readonly WordSet Superlatives = new("highest", "lowest");

    // Words after a direction in -ing that make it a verb with a complement ("rising for a second session", "cutting off power"),
    // not an adjective before a noun.
    private static readonly WordSet FunctionWords = new(
        "for", "to", "in", "on", "off", "by", "as", "at", "after", "before", "from", "with", "of", "up", "down", "out", "over", "into",
        "and", "or", "but", "the", "a", "an", "its", "their", "his", "her", "this", "that", "than", "since", "amid", "ahead", "again",
        "further", "sharply", "steadily", "slightly", "more", "less", "back", "above", "below", "toward", "towards", "through", "across");

    // "to lead losses", "leading declines": what a company leads is the market's move.
    private static readonly WordSet LeadVerbs = new("lead", "leads", "led", "leading");

    /// <summary>A word of degree before a move: an intensifier of the lexicon ("sharply", "much") or "well", "far" ("well narrower than").</summary>
    private static bool IsDegreeWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Intensifier ||
        unit.Kind == UnitKind.Word && (IsWord(text, unit, "well") || IsWord(text, unit, "far"));

    /// <summary>
    /// Whether a direction in -ing or a comparative opens a noun phrase before a plain word ("Rising rates…", "the surging
    /// dollar", "lower cotton prices", "from rising wheat prices"): it describes that noun, and says nothing of the subject when
    /// the noun is no quantity. After a word that opens a clause too ("worry that easing rates could slow growth", "though
    /// higher wages will trim margins"). A comparative only at the start, after a boundary, a determiner, a preposition or
    /// such a word ("softness in larger projects"; "shares closed lower Tuesday" is a move); a participle in -ed only after a
    /// preposition of cause ("growth from narrowed focus"); a verb joined to its particle by a hyphen anywhere ("orders
    /// stepped-up inspections").
    /// </summary>
    private static bool IsAttributive(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        var word = text[units[d].Start..units[d].End];
        var ing = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var advanced = word.Equals("advanced", StringComparison.OrdinalIgnoreCase);
        var participle = !ing && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        var hyphened = IsParticleCompound(word);
        if (!ing && !participle && !hyphened && !AttributiveComparatives.Contains(word) || d + 1 >= units.Length ||
            !(units[d + 1].Kind == UnitKind.Word || units[d + 1].Kind == UnitKind.Lexical &&
                (units[d + 1].Category == LexiconCategory.Neutral || units[d + 1].Category == LexiconCategory.Sentiment && !ing && !participle)) ||
            !char.IsLetter(text[units[d + 1].Start]) || FunctionWords.Contains(text[units[d + 1].Start..units[d + 1].End]))
        {
            return false;
        }

        // "FAA orders stepped-up inspections", "a scaled-back plan": a verb and its particle joined by a hyphen before a plain
        // word is an adjective.
        if (hyphened)
        {
            return true;
        }

        // "Restrictions on advanced semiconductor exports", "for advanced chips": after any preposition "advanced" is the
        // adjective (a move of the subject follows it: "Chevron advanced 2%").
        // A participle in -ed only after a preposition of cause ("profit growth from narrowed focus"; ", jumped Tuesday" and
        // "the raised outlook" keep their moves).
        if (participle && !advanced)
        {
            return d > 0 && PrepositionsOfCause.Contains(text[units[d - 1].Start..units[d - 1].End]);
        }

        return d == 0 || units[d - 1].Kind == UnitKind.Boundary || Determiners.Contains(text[units[d - 1].Start..units[d - 1].End]) ||
            ClauseOpeners.Contains(text[units[d - 1].Start..units[d - 1].End]) ||
            ing && PrepositionsOfCause.Contains(text[units[d - 1].Start..units[d - 1].End]) ||
            !ing && (PrepositionsBeforeNouns.Contains(text[units[d - 1].Start..units[d - 1].End]) || IsWord(text, units[d - 1], "and") ||
                     d > 1 && IsWord(text, units[d - 1], "for") && DemandNouns.Contains(text[units[d - 2].Start..units[d - 2].End])) ||
            advanced && units[d - 1].Kind == UnitKind.Word && Prepositions.Contains(text[units[d - 1].Start..units[d - 1].End]);
    }

    /// <summary>Whether a word is a verb joined to its particle by a hyphen: "stepped-up", "scaled-back", "watered-down".</summary>
    private static bool IsParticleCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && HyphenedParticles.Contains(word[(hyphen + 1)..]);
    }

    private static readonly WordSet HyphenedParticles = new("up", "down", "back", "off", "out");

    // Prepositions before a comparative that describes its noun: "softness in larger discretionary projects", "among bigger
    // lenders"; not "for" ("set for a higher open" is a move foreseen) or "with" ("along with higher contribution").
    private static readonly WordSet PrepositionsBeforeNouns = new("in", "among", "of");

    // Nouns of wanting before "for" and a comparative that describes what is wanted: "demand for smaller homes", "appetite for
    // bigger trucks".
    private static readonly WordSet DemandNouns = new("demand", "appetite", "preference", "preferences", "need", "needs", "hunger", "thirst");

    private static readonly WordSet ReportingVerbs = new("said", "says", "say", "saying", "announced", "announces", "added", "adds", "warned", "warns", "expects", "expected");

    private static readonly WordSet ReportedSubjects = new("it", "they", "he", "she", "we", "that");

    // Prepositions before a cause in -ing that describes its noun: "from rising wheat prices", "a loss on falling lithium prices",
    // "hit by rising costs", "amid slowing demand".
    private static readonly WordSet PrepositionsOfCause = new("from", "on", "amid", "amidst");

    // Words that open a clause before its subject: "worry that easing rates could slow growth", "fell as rising rates squeezed
    // lenders", "though higher wages will trim margins". A move in -ing or a comparative right after one describes the subject;
    // it is no move of a quantity before the opener. Not all the Connectors: after "before" or "after" an -ing form is the verb
    // of the clause ("will rise before declining sharply").
    private static readonly WordSet ClauseOpeners = new("that", "as", "while", "because", "since", "though", "although", "whereas");

    // Comparatives that describe the noun after them ("lower cotton prices boosted margins": the prices are lower, the margins
    // rose).
    private static readonly WordSet AttributiveComparatives = new(
        "lower", "higher", "weaker", "stronger", "cheaper", "softer", "firmer", "bigger", "smaller", "larger", "slower", "faster");

    // How far back in its clause a direction looks for the quantity it moves, in words: further than any sentence of news
    // writes, and short enough that a clause of thousands of directions stays linear.
    private const int MaxClauseWordsBack = 48;

    private static int FindQuantity(ReadOnlySpan<char> text, Span<Unit> units, int from, int step, int window, bool crossLeadingComma, bool adjacentOnly)
    {
        if (adjacentOnly)
        {
            // "higher sales", "lower costs": the quantity right after the direction, over at most one unknown word ("shares slide
            // on costs", "dragged down by charges": the quantity after "on" or "by" is the move's cause).
            for (var i = from + 1; i < units.Length && i <= from + window; i++)
            {
                if (IsQuantity(units[i]))
                {
                    return i;
                }

                // A word the lexicon holds as neutral ("crude", "bond") is a plain word here.
                if (!(units[i].Kind == UnitKind.Word || units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Neutral) ||
                    IsConnector(text, units[i]) || IsWord(text, units[i], "on") || IsWord(text, units[i], "by"))
                {
                    return -1;
                }
            }

            return -1;
        }

        var seen = 0;
        var pastWith = false;
        var neutralSubject = false;
        for (var i = from + step; i >= 0 && i < units.Length && seen < window; i += step)
        {
            ref var unit = ref units[i];
            if (IsClauseStop(unit))
            {
                // ", up from EUR 6.4 mn" continues the clause before the comma; ", trims its game pipeline" is a new predicate
                // with an object of its own.
                // A degree word may come between: "a net loss of $0.21 a share, well narrower than…".
                if (crossLeadingComma && step < 0 && (i == from - 1 || i == from - 2 && IsDegreeWord(text, units[from - 1])) &&
                    unit.Kind == UnitKind.Boundary && !HasObjectAfter(text, units, from))
                {
                    continue;
                }

                // "Operating profit (EBIT) was down 9.7 percent": a name of the quantity in brackets is passed over.
                if (step < 0 && i >= 3 && IsBracketedName(text, units, i))
                {
                    i -= 2;
                    continue;
                }

                return -1;
            }

            if (IsSubjectQuantity(unit))
            {
                return pastWith && IsMarketQuantity(text, unit) ? -1 : i;
            }

            // "A currency surge eats into Acme's profit", "the surge hurts margins": a judging verb after the move is another
            // predicate, whose object the move does not reach.
            if (step > 0 && unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Valence != 0 &&
                AttributionText.IsVerbOfEffect(PhraseText.FirstWord(text[unit.Start..unit.End])))
            {
                return -1;
            }

            // "Gains at Acme offset losses at Globex": a verb that denies what follows is another predicate too.
            if (step > 0 && unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Negator)
            {
                return -1;
            }

            if (step > 0 && (IsConnector(text, unit) || IsWord(text, unit, "on") || IsWord(text, unit, "under") ||
                unit.Kind == UnitKind.Word && LeadVerbs.Contains(text[unit.Start..unit.End])))
            {
                // "Acme Mining slides 12 pct as debt worries mount", "Acme falls on a wider quarterly loss", "the rupee slides under rates
                // pressure": the quantity after "as" is another clause's, the one after "on" or "under" the cause of the move; "Acme
                // fell 6% to lead losses": what the subject led is the market's move, not a quantity that fell.
                return -1;
            }

            // "Card spending rose 9% and delinquencies fell": a move measured by its figure is done; the quantity after "and" is
            // the next clause's subject.
            if (step > 0 && i - 1 > from && IsWord(text, unit, "and") && units[i - 1].Kind is UnitKind.Number or UnitKind.Percent or UnitKind.Currency)
            {
                return -1;
            }

            // "Widget makers fall as steel prices surge": a direction after a connector and a subject of its own moves that subject,
            // not a quantity of the clause before ("after falling" has no subject of its own and goes on).
            if (step < 0 && i < from - 1 && IsConnector(text, unit))
            {
                return -1;
            }

            // "Demand cools and Treasury yields ease": a move after "and" and a subject the lexicon holds as neutral moves that
            // subject, not the quantity before "and".
            if (step < 0 && neutralSubject && IsWord(text, unit, "and"))
            {
                return -1;
            }

            neutralSubject |= step < 0 && unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Neutral;

            // "Acme posted a quarterly loss and said it would cut 9,000 jobs": a verb of saying before a subject of its own opens
            // the reported clause, whose move is not the quantity before it ("Revenue, the company said, rose 5%" goes on).
            if (step < 0 && i < from - 1 && ReportingVerbs.Contains(text[unit.Start..unit.End]) && i + 1 < from &&
                ReportedSubjects.Contains(text[units[i + 1].Start..units[i + 1].End]))
            {
                return -1;
            }

            // "Oil stocks rose, with Exxon and Chevron climbing 2.8% and 3.5%": a move in "-ing" after "with" and a subject of its
            // own is that subject's, not the market's before "with" ("with margins improving" finds its quantity before "with";
            // "costs rose, with Europe climbing 6%" is still the costs').
            if (step < 0 && i < from - 1 && IsWord(text, unit, "with") && text[units[from].Start..units[from].End].EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                pastWith = true;
            }

            if (unit.Kind is UnitKind.Word or UnitKind.Lexical)
            {
                seen++;
            }
        }

        return -1;
    }

    /// <summary>
    /// "An oil spike lifts Acme", "a palm oil rally squeezes noodle makers", "the Taiwan dollar's surge eats into margins": a
    /// move that moves no quantity of its own and is the subject of a verb of effect is the cause of the news, not news of its
    /// own; the verb right after it carries the news for what it acts on. A move measured in per cent stays ("oil jumps 5%,
    /// lifting Acme"), and so does the move of a name asked about ("Gold's fall threatens…" for a caller's target "Gold").
    /// </summary>
    private static void MaskCausingMoves(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical, ReadOnlySpan<NameSpan> names)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var unit = ref units[i];
            if (unit.Kind != UnitKind.Lexical || unit.Partner >= 0 ||
                !(IsDirection(unit) || unit.Category == LexiconCategory.Sentiment && MoveNouns.Contains(text[unit.Start..unit.End])) ||
                FollowedByPercent(units, i))
            {
                continue;
            }

            var verb = i + 1;
            if (verb < units.Length && units[verb].Kind == UnitKind.Lexical && units[verb].Partner < 0 &&
                (units[verb].Category == LexiconCategory.Sentiment || IsDirection(units[verb])) &&
                AttributionText.IsVerbOfEffect(PhraseText.FirstWord(text[units[verb].Start..units[verb].End])) &&
                !(i > 0 && StartsInName(units[i - 1], names) || i > 1 && StartsInName(units[i - 2], names)))
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>
    /// Whether a company stands right after the verb at <paramref name="d"/>: a name found (<paramref name="names"/>), or a
    /// capitalised word that is no quantity and no phrase of the lexicon (a caller's target of one word, "lifting Vale") after a
    /// verb in lower case (in a headline's title case, "Plan to Lift Euro-Area Growth", every word has a capital).
    /// </summary>
    private static bool IsCompanyAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d, ReadOnlySpan<NameSpan> names)
    {
        ref readonly var next = ref units[d + 1];
        return StartsInSortedName(next.Start, names) ||
            next.Kind == UnitKind.Word && char.IsUpper(text[next.Start]) && char.IsLower(text[units[d].Start]); // not in a headline's title case
    }

    /// <summary>
    /// The quantity that the company after the verb at <paramref name="d"/> owns, which the verb moves: a possessive after its
    /// name (of at most <see cref="MaxDesignatedNameWords"/> words) and the quantity after that ("Pricey beers lift Acme's
    /// quarterly sales", "lifted Royal Bank of Scotland's margins", "boost Barclays' profit"), read by <see cref="FindObject"/>
    /// from the possessive; -1 when there is none.
    /// </summary>
    private static int PossessedObject(ReadOnlySpan<char> text, Span<Unit> units, int d, ReadOnlySpan<NameSpan> names)
    {
        for (var i = d + 1; i < units.Length && i <= d + MaxDesignatedNameWords; i++)
        {
            if (units[i].Kind == UnitKind.Word && PhraseText.IsPossessive(text[units[i].Start..units[i].End]))
            {
                return i > d + 1 ? FindObject(text, units, i, overPrepositions: false) : -1;
            }

            if (!(StartsInName(units[i], names) || units[i].Kind is UnitKind.Word or UnitKind.Lexical && char.IsUpper(text[units[i].Start]) ||
                IsWord(text, units[i], "of") || IsWord(text, units[i], "&")))
            {
                return -1;
            }

            // A plural's apostrophe is no unit of its own: "Barclays' profit".
            if (units[i].End < text.Length && text[units[i].End] is '\'' or '’' && (text[units[i].End - 1] | 0x20) == 's' &&
                (units[i].End + 1 == text.Length || !char.IsLetter(text[units[i].End + 1])))
            {
                return FindObject(text, units, i, overPrepositions: false);
            }
        }

        return -1;
    }

    /// <summary>
    /// "OPEC+ confirms deeper oil production cut", "Russia backs OPEC+ oil output cuts", "Algeria to cut oil output under new
    /// OPEC deal": in a sentence about the producers' cartel, the oil supplied is what holds prices down, so a cut in it is
    /// good news for oil and its producers (a company's own output cut stays bad news for it). Output and production become
    /// quantities that are bad when up, and a supply cut named as such (<see cref="SupplyCutPhrases"/>) turns good.
    /// </summary>
    private static void TurnCartelSupplyCuts(ReadOnlySpan<char> text, Span<Unit> units)
    {
        foreach (ref var unit in units)
        {
            if (unit.Kind != UnitKind.Lexical)
            {
                continue;
            }

            var phrase = text[unit.Start..unit.End];
            if (unit.Category == LexiconCategory.GoodWhenUp && SupplyQuantities.Contains(PhraseText.LastWord(phrase)))
            {
                unit.Category = LexiconCategory.BadWhenUp;
            }
            else if (unit.Category == LexiconCategory.Sentiment && unit.Valence < 0 && SupplyCutPhrases.Contains(phrase))
            {
                unit.Valence = -unit.Valence;
                unit.Contribution = -unit.Contribution;
            }
        }
    }

    // What a cartel supplies: "output", "oil production", "crude supply".
    private static readonly WordSet SupplyQuantities = new("output", "production", "supply", "supplies");

    // Supply cuts named as such in the lexicon.
    private static readonly WordSet SupplyCutPhrases = new("output cut", "output cuts", "production cut", "production cuts");

    /// <summary>Whether <paramref name="position"/> is inside one of the <paramref name="names"/> (sorted by start): a binary search.</summary>
    private static bool StartsInSortedName(int position, ReadOnlySpan<NameSpan> names)
    {
        var low = CountNamesBefore(position + 1, names);

        // The last name that starts at or before the position holds it, or the one before when a caller's target and a company's
        // name overlap ("Acme" inside "Acme Corp").
        return low > 0 && position < names[low - 1].Start + names[low - 1].Length ||
            low > 1 && position < names[low - 2].Start + names[low - 2].Length;
    }

    /// <summary>How many of the <paramref name="names"/> (sorted by start) start before <paramref name="position"/>: a binary search.</summary>
    private static int CountNamesBefore(int position, ReadOnlySpan<NameSpan> names)
    {
        int low = 0, high = names.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (names[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Whether the unit starts inside a name ("Gold's" in a target "Gold").</summary>
    private static bool StartsInName(in Unit unit, ReadOnlySpan<NameSpan> names) => StartsInSortedName(unit.Start, names);

    // Nouns of a market's move that the lexicon holds as sentiment: "a copper rally", "the crude slump".
    private static readonly WordSet MoveNouns = new(
        "rally", "rallies", "slump", "plunge", "crash", "rout", "selloff", "sell-off", "collapse", "boom", "spike", "surge", "jump",
        "tumble", "slide", "drop");

    /// <summary>
    /// Whether a plain word follows the direction at <paramref name="d"/>: the direction is then a verb with an object of its own
    /// (", trims its game pipeline"), not a move measured after a comma (", up from EUR 6.4 mn", ", down 5%") nor a phrase that
    /// ends in a preposition before what moved (", a rise in input prices").
    /// </summary>
    private static bool HasObjectAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        if (text[units[d].Start..units[d].End].Contains(' '))
        {
            return false;
        }

        // A determiner may open the object (", trims its game pipeline").
        var next = d + 1;
        if (next + 1 < units.Length && units[next].Kind == UnitKind.Word && Determiners.Contains(text[units[next].Start..units[next].End]))
        {
            next++;
        }

        return next < units.Length && units[next].Kind == UnitKind.Word && char.IsLetter(text[units[next].Start]) &&
               !FunctionWords.Contains(text[units[next].Start..units[next].End]);
    }

    /// <summary>
    /// "Fastly narrows annual revenue forecast range", "narrowed its annual profit forecast to a range of $2.10 to $2.20": a
    /// forecast narrowed is a range made tighter, no cut: the move and what it moved score nothing (where in the old range the
    /// new one lies is the news, and the lexicon's neutral phrases name the common forms).
    /// </summary>
    private static void MaskNarrowedForecasts(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            ref var unit = ref units[d];
            if (!IsDirection(unit) || unit.Partner <= d || !NarrowingVerbs.Contains(text[unit.Start..unit.End]))
            {
                continue;
            }

            for (var i = unit.Partner; i < units.Length && i <= unit.Partner + NarrowedForecastReach && !IsClauseStop(units[i]); i++)
            {
                if (units[i].Kind is UnitKind.Word or UnitKind.Lexical && NarrowedForecasts.Contains(PhraseText.LastWord(text[units[i].Start..units[i].End])))
                {
                    units[unit.Partner].Kind = UnitKind.Word;
                    unit.Kind = UnitKind.Word;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Now expects revenue to grow about 13%, down from its earlier forecast of 14%": a move compared with an earlier forecast
    /// is the forecast's revision, the news; the move the forecast names before it, of the same quantity, is its level and scores
    /// nothing.
    /// </summary>
    private static void MaskRevisedLevels(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            ref readonly var revision = ref units[d];
            if (!IsDirection(revision) || revision.Partner < 0 || revision.Partner > d || !ComparesWithEarlierForecast(text, units, d))
            {
                continue;
            }

            for (var m = revision.Partner + 1; m < d; m++)
            {
                if (IsDirection(units[m]) && units[m].Partner == revision.Partner)
                {
                    units[m].Kind = UnitKind.Word;
                }
            }
        }
    }

    /// <summary>
    /// "Dell and HP flex pricing power, passing higher memory costs on to business PC buyers", "passed higher steel costs through to
    /// customers": a move of a cost or a price that a company passes on to its customers is theirs; the move scores nothing.
    /// </summary>
    private static void MaskMovesPassedOn(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            ref var move = ref units[d];
            if (!IsDirection(move) || move.Partner < 0)
            {
                continue;
            }

            var first = Math.Min(d, move.Partner);
            var last = Math.Max(d, move.Partner);
            if (IsPassedFrom(text, units, first) && IsPassedTo(text, units, last))
            {
                move.Kind = UnitKind.Word;
            }
        }
    }

    /// <summary>Whether a verb of passing on, with "on" or "through" after it or not, comes right before unit <paramref name="first"/>.</summary>
    private static bool IsPassedFrom(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int first)
    {
        var i = first - 1;
        if (i >= 0 && (IsWord(text, units[i], "on") || IsWord(text, units[i], "through")))
        {
            i--;
        }

        return i >= 0 && IsWordIn(text, units[i], PassingVerbs);
    }

    /// <summary>
    /// Whether "to", "onto" or "on to" and, at most two describing words on, the company's customers follow unit
    /// <paramref name="last"/> ("on to business PC buyers", "to customers").
    /// </summary>
    private static bool IsPassedTo(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int last)
    {
        var i = last + 1;
        if (i < units.Length && (IsWord(text, units[i], "on") || IsWord(text, units[i], "through")))
        {
            i++;
        }

        if (i >= units.Length || !(IsWord(text, units[i], "to") || IsWord(text, units[i], "onto")))
        {
            return false;
        }

        for (var j = i + 1; j < units.Length && j <= i + 3; j++)
        {
            if (PassedToWords.Contains(text[units[j].Start..units[j].End]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PassingVerbs = new("pass", "passes", "passed", "passing");

    // Those a cost is passed on to: "to customers", "on to business PC buyers".
    private static readonly WordSet PassedToWords = new(
        "customers", "consumers", "buyers", "clients", "shoppers", "passengers", "users", "households", "tenants", "retailers",
        "motorists", "drivers", "subscribers", "patients", "policyholders", "borrowers", "travelers", "travellers");

    /// <summary>Whether "from", an article or a possessive, a word of time past and a forecast follow the move at <paramref name="d"/>.</summary>
    private static bool ComparesWithEarlierForecast(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int d)
    {
        var i = d + 1;
        if (i + 2 >= units.Length || !IsWord(text, units[i], "from"))
        {
            return false;
        }

        i++;
        if (IsWordIn(text, units[i], Determiners))
        {
            i++;
        }

        return i + 1 < units.Length && IsWordIn(text, units[i], EarlierWords) && units[i + 1].Kind is UnitKind.Word or UnitKind.Lexical &&
            RevisedForecasts.Contains(PhraseText.LastWord(text[units[i + 1].Start..units[i + 1].End]));
    }

    private static readonly WordSet EarlierWords = new("earlier", "previous", "prior", "initial", "original", "old");

    private static readonly WordSet RevisedForecasts = new(
        "forecast", "forecasts", "estimate", "estimates", "outlook", "guidance", "view", "projection", "projections", "target");

    // The verb, not the comparative: "a loss narrower than the $0.30 it forecast" is a judgement.
    private static readonly WordSet NarrowingVerbs = new("narrow", "narrows", "narrowed", "narrowing");

    // What a company narrows when it tightens a range: "forecast", "guidance", "outlook", "range".
    private static readonly WordSet NarrowedForecasts = new("forecast", "forecasts", "guidance", "outlook", "range", "view", "target", "targets");

    /// <summary>The most units from the quantity a "narrow" moved to the forecast word: "annual profit forecast to a range".</summary>
    private const int NarrowedForecastReach = 4;

    /// <summary>For quantities no direction word moves, reads the direction from "to X from Y", "from Y to X", "X, compared with Y" or "X (Y)".</summary>
    private static void CompareNumbers(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var q = 0; q < units.Length; q++)
        {
            // A quantity a direction word moves is already consumed: PairDirections marks every partner it gives a direction.
            if (!IsSubjectQuantity(units[q]) || units[q].Consumed)
            {
                continue;
            }

            // "Q3 sales $5.17 bln vs. $5.40 bln; FactSet consensus $5.32 bln": against what was expected, which moves the stock.
            if (TryCompareWithExpectation(text, units, q, Math.Min(units.Length, q + 24), out var actual, out var expected) && actual != expected)
            {
                // In line with the consensus ("EPS 62 cents; consensus 62 cents") is no surprise either way.
                units[q].Consumed = true;
                if (units[actual].Value != units[expected].Value)
                {
                    units[q].Comparison = (sbyte)(units[actual].Value > units[expected].Value ? 1 : -1);
                    units[q].Partner = actual;
                }

                continue;
            }

            var limit = Math.Min(units.Length, q + ComparisonReach);
            var hasFigure = false;
            for (var i = q + 1; i < limit; i++)
            {
                // "Net loss was $4 million and gross margin was 52%, compared with 48%": once the quantity has its figure, the
                // figures after the next quantity are that one's ("profit before tax showed a EUR -2.1 (+0.8) million loss" names
                // one quantity by another, "operating profit, before interest and taxes, was $900 million" puts one aside first).
                // "Operating margin stood at 6 % of net sales, against 9 %": the quantity a percentage is of is its base.
                if (hasFigure && IsSubjectQuantity(units[i]) && !(i >= q + 3 && IsWord(text, units[i - 1], "of") && units[i - 2].Kind == UnitKind.Percent))
                {
                    break;
                }

                // "Operating result weakened to a loss of EUR 2.4 mn from a profit of EUR 0.5 mn": the figures after a state reached
                // are that state's.
                if (units[i].StateChange && units[i].Kind == UnitKind.Lexical && IsDirection(units[i]))
                {
                    break;
                }

                // "…among its largest customers and raising the price target to $170 from $135": the figures after a phrase that
                // moves a quantity of its own are that phrase's.
                if (MovesOwnQuantity(text, units[i]))
                {
                    break;
                }

                hasFigure |= units[i].HasValue;

                if (TryCompare(text, units, i, limit, out var current, out var previous, out var earlier))
                {
                    if (units[earlier].Kind == UnitKind.Percent && !ComparesLevels(text, units, q, earlier) || ComparedBefore(units, q, i))
                    {
                        break;
                    }

                    var opposite = OppositeReference(units, q, i, limit);
                    if (opposite >= 0)
                    {
                        // "operating profit of EUR 10.9m versus an operating loss": a turnaround, read from the quantities, not the figures.
                        units[q].Comparison = 1; // times the prior: good quantities score up, bad ones down
                        units[q].Consumed = true;
                        units[q].Partner = opposite;
                        units[q].Turnaround = true;
                    }
                    else if (current != previous)
                    {
                        if ((current < 0 || previous < 0) && NamesLoss(text, units[q]))
                        {
                            // "operating loss EUR -3.6 million (EUR -0.4 million)": the minus is how a loss is written, and a loss
                            // grows with its size, not its signed value.
                            (current, previous) = (Math.Abs(current), Math.Abs(previous));
                        }

                        units[q].Comparison = (sbyte)(current > previous ? 1 : -1);
                        units[q].Consumed = true;
                        units[q].Partner = i;
                    }

                    break;
                }

                if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the unit is a phrase of sentiment of several words that ends in a quantity of its own ("raising the price target",
    /// "cut its dividend"), whose figures follow it.
    /// </summary>
    private static bool MovesOwnQuantity(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Valence != 0 &&
        text[unit.Start..unit.End].Contains(' ') && OwnQuantities.Contains(PhraseText.LastWord(text[unit.Start..unit.End]));

    // Quantities that close a phrase of sentiment: "raising the price target", "cut its dividend", "lifts its forecast".
    private static readonly WordSet OwnQuantities = new(
        "target", "targets", "dividend", "dividends", "forecast", "forecasts", "guidance", "outlook", "payout", "rating", "estimates");

    /// <summary>
    /// The quantity's figure and, later in the sentence, the figure analysts expected ("consensus 86 cents", "estimates of
    /// $1.10", "expected $5.3 bln").
    /// </summary>
    private static bool TryCompareWithExpectation(ReadOnlySpan<char> text, Span<Unit> units, int q, int limit, out int actual, out int expected)
    {
        expected = -1;
        if (!NextAmount(units, q + 1, limit, out actual, out _))
        {
            return false;
        }

        for (var i = q + 1; i < actual; i++)
        {
            if (IsExpectationWord(text, units[i]))
            {
                return false; // "EPS consensus $2.12": the first figure is itself the expectation
            }
        }

        for (var i = actual + 1; i < limit; i++)
        {
            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast)
            {
                return false;
            }

            if (IsExpectationWord(text, units[i]) && NextAmount(units, i + 1, limit, out expected, out _))
            {
                // "A profit of 5 cents a share; analysts had expected a loss of 10 cents": a loss expected is a figure below zero.
                if (units[q].Category == LexiconCategory.GoodWhenUp && LossNamedBetween(text, units, i + 1, expected))
                {
                    units[expected].Value = -Math.Abs(units[expected].Value);
                }

                return Comparable(units[actual], units[expected]) && units[expected].Value != 0;
            }

            // "…, well short of the $14.4 billion analysts had forecast", "ahead of the $5.8 billion expected": the expectation
            // named after its figure.
            // "Comps -1.1% vs -2% expected": a percentage too, set against the actual one.
            if (units[i].HasValue && (units[i].Kind != UnitKind.Percent || IsComparisonMarker(text, units[i - 1])) && !IsYear(units[i]) &&
                ExpectationFollows(text, units, i + 1, limit))
            {
                expected = i;
                return Comparable(units[actual], units[expected]) && units[expected].Value != 0;
            }
        }

        return false;
    }

    /// <summary>Whether a loss is named between the units <paramref name="from"/> and <paramref name="to"/> ("expected a loss of").</summary>
    private static bool LossNamedBetween(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (units[i].Kind is UnitKind.Word or UnitKind.Lexical && LossWords.Contains(PhraseText.LastWord(text[units[i].Start..units[i].End])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet LossWords = new("loss", "losses", "deficit");

    // Words between an expected figure and the verb of expecting: "the $5.8 billion analysts had expected", "the 86 cents Wall
    // Street was looking for" is not read.
    private static readonly WordSet ExpectingSubjects = new(
        "analysts", "analyst", "had", "have", "were", "was", "Wall", "Street", "economists", "investors", "the", "market", "on",
        "average", "polled", "consensus");

    private static readonly WordSet ExpectingVerbs = new("expected", "forecast", "estimated", "projected", "whisper");

    /// <summary>
    /// Whether the units from <paramref name="from"/> say that the figure before them was expected: "expected", "forecast",
    /// "estimated", after at most three words of who expected it ("analysts had", "Wall Street").
    /// </summary>
    private static bool ExpectationFollows(ReadOnlySpan<char> text, Span<Unit> units, int from, int limit)
    {
        for (var i = from; i < limit && i <= from + 3; i++)
        {
            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical))
            {
                return false;
            }

            var word = text[units[i].Start..units[i].End];
            if (ExpectingVerbs.Contains(word))
            {
                return true;
            }

            if (!ExpectingSubjects.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsExpectationWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical && ExpectationWords.Contains(text[unit.Start..unit.End].TrimEnd('.'));

    private static bool HasOppositeReference(ReadOnlySpan<char> text, Span<Unit> units, int d, LexiconCategory category)
    {
        for (var i = d + 1; i < units.Length && i <= d + 8; i++)
        {
            // "Costs fell faster than revenue": a quantity after "than" is the pace the move is measured against, no earlier
            // state of the quantity that moved.
            if (IsQuantity(units[i]) && units[i].Reference)
            {
                return units[i].Category != category && !IsWord(text, units[i - 1], "than");
            }

            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The figure in the brackets opening at <paramref name="open"/> and the closing bracket: "(10.4%)", or with the earlier
    /// period's result named ("(EUR 9.3 mn loss)", "(loss of EUR 3.9 mn)"); (-1, -1) for anything else in brackets.
    /// </summary>
    private static (int Figure, int Close) BracketedFigure(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int open, int limit)
    {
        var figure = open + 1;

        // "(2024: EUR 7.5 mn loss)", "(Q3 2024: …)": the period the figure is of comes first.
        for (var i = figure; i < limit && i <= open + 3; i++)
        {
            if (units[i].Kind == UnitKind.Boundary && text[units[i].Start] == ':')
            {
                figure = i + 1;
                break;
            }

            if (!(IsYear(units[i]) || units[i].Kind == UnitKind.Word && PhraseText.IsPeriodLabel(text[units[i].Start..units[i].End])))
            {
                break;
            }
        }

        if (figure < limit && IsQuantity(units[figure]) && units[figure].Reference && figure + 1 < limit && IsWord(text, units[figure + 1], "of"))
        {
            figure += 2; // "(loss of EUR 3.9 mn)"
        }

        if (figure >= limit || !units[figure].HasValue || IsYear(units[figure]))
        {
            return (-1, -1);
        }

        var close = figure + 1;
        if (close < limit && IsQuantity(units[close]) && units[close].Reference)
        {
            close++; // "(EUR 9.3 mn loss)"
        }

        // "(EUR 4.0 mn loss in 2023)", "(EUR 4.0 mn a year earlier)": the period after the figure.
        for (var words = 0; close < limit && words < 4 && units[close].Kind is UnitKind.Word or UnitKind.Number && !units[close].Consumed; words++)
        {
            if (!(IsYear(units[close]) || PeriodAfterFigure.Contains(text[units[close].Start..units[close].End])))
            {
                break;
            }

            close++;
        }

        return close < limit && units[close].Kind == UnitKind.Boundary && text[units[close].Start] == ')' ? (figure, close) : (-1, -1);
    }

    // Words of the period after a bracketed figure: "in 2023", "a year earlier", "year-ago".
    private static readonly WordSet PeriodAfterFigure = new("in", "a", "year", "earlier", "ago", "year-ago", "year-earlier", "the", "previous", "prior", "period");

    private static int OppositeReference(Span<Unit> units, int q, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (IsQuantity(units[i]) && units[i].Reference && units[i].Category != units[q].Category)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryCompare(ReadOnlySpan<char> text, Span<Unit> units, int i, int limit, out double current, out double previous, out int earlier)
    {
        current = previous = 0;
        earlier = -1;
        ref var unit = ref units[i];
        // A lexical unit of two tokens or more has a space and is neither "to" nor "from" (but "up to" may be: "profit was up to
        // EUR 0.9 m, from EUR 0.01 m"): the others are rejected by the comparisons below.
        if (unit.Kind == UnitKind.Word || (unit.Kind == UnitKind.Lexical && (!unit.HasValue || unit.TokenCount(text) == 1)))
        {
            var word = text[unit.Start..unit.End];
            if ((word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("up to", StringComparison.OrdinalIgnoreCase)) &&
                NextAmount(units, i + 1, limit, out var x, out var afterX) &&
                NextWord(text, units, afterX + 1, limit, "from", out var fromIndex) &&
                NextAmount(units, fromIndex + 1, limit, out var y, out _))
            {
                (current, previous, earlier) = (units[x].Value, units[y].Value, y);
                return Comparable(units[x], units[y]) && !IsNameNumber(text, units, x) && !IsNameNumber(text, units, y);
            }

            if (word.Equals("from", StringComparison.OrdinalIgnoreCase) && !(i > 0 && IsRangeWord(text, units[i - 1])) &&
                NextAmount(units, i + 1, limit, out var y2, out var afterY) &&
                NextWord(text, units, afterY + 1, limit, "to", out var toIndex) &&
                NextAmount(units, toIndex + 1, limit, out var x2, out _))
            {
                (current, previous, earlier) = (units[x2].Value, units[y2].Value, y2);
                return Comparable(units[x2], units[y2]) && !IsNameNumber(text, units, x2) && !IsNameNumber(text, units, y2);
            }

            return false;
        }

        if (!unit.HasValue)
        {
            return false;
        }

        // "X (Y)" and "X, compared with Y" / "X versus Y" / "X vs Y"; percentages only against percentages ("a gross margin of
        // 61.5%, compared to 58.0%", "operating margin 8.1% (10.4%)").
        var j = BracketAfterAmount(text, units, i + 1, limit);
        if (j < limit && units[j].Kind == UnitKind.Boundary && text[units[j].Start] == '(' && BracketedFigure(text, units, j, limit) is var (figure, close) && figure >= 0)
        {
            if (SameCurrency(text, unit, units[figure]))
            {
                (current, previous, earlier) = (unit.Value, units[figure].Value * ScaleOfBareFigure(text, unit, units[figure]), figure);
                return Comparable(unit, units[figure]);
            }

            j = close + 1; // "480 million euros ($497 million), more than …": the conversion in brackets is passed over
        }

        j = AfterPerShareAside(text, units, j, limit);
        if (unit.Kind == UnitKind.Percent && j + 1 < limit && IsWord(text, units[j], "of") && IsQuantity(units[j + 1]))
        {
            j += 2; // "6 % of net sales, against 9 %": the base of the percentage
        }

        for (var skipped = 0; j < limit && skipped < 2 && (units[j].Kind == UnitKind.Word || (units[j].Kind == UnitKind.Boundary && text[units[j].Start] == ',')); skipped++)
        {
            if (IsComparisonMarker(text, units[j]))
            {
                break;
            }

            j++;
        }

        j = AfterPeriod(text, units, j, limit);

        if (j < limit)
        {
            if (IsComparisonMarker(text, units[j]) && NextFigure(units, j + 1, Math.Min(units.Length, j + 8), unit.Kind == UnitKind.Percent, out var y3))
            {
                (current, previous, earlier) = (unit.Value, units[y3].Value, y3);
                return Comparable(unit, units[y3]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a bare number is part of a name or a date, right after a capitalised word: "from the S&amp;P SmallCap 600 to the
    /// S&amp;P MidCap 400" moves a company between indexes, "from May 5 to May 20" spans days; neither is a level then and now.
    /// </summary>
    private static bool IsNameNumber(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        units[i].Kind == UnitKind.Number && i > 0 && units[i - 1].Kind is UnitKind.Word or UnitKind.Lexical &&
        units[i - 1].End < units[i].Start && char.IsUpper(text[units[i - 1].Start]) && !IsWord(text, units[i - 1], "from") && !IsWord(text, units[i - 1], "to");

    /// <summary>Whether a quantity is a loss or a deficit ("operating loss", "net loss", "budget deficit").</summary>
    private static bool NamesLoss(ReadOnlySpan<char> text, in Unit quantity)
    {
        var phrase = text[quantity.Start..quantity.End];
        return phrase.Contains("loss", StringComparison.OrdinalIgnoreCase) || phrase.Contains("deficit", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The scale a bare figure in brackets takes from the amount before it: Nordic reports give the earlier period's figure without
    /// its currency and scale ("operating profit SEK 212 m (264)", "NOK 1.8 bn (2.1)"); 1 when the bracketed figure names its own
    /// (anything but digits, separators and a sign) or the amount has none.
    /// </summary>
    private static double ScaleOfBareFigure(ReadOnlySpan<char> text, in Unit amount, in Unit figure)
    {
        if (amount.Kind != UnitKind.Currency || figure.Kind != UnitKind.Number ||
            text[figure.Start..figure.End].ContainsAnyExcept(BareFigureChars))
        {
            return 1;
        }

        var token = text[amount.Start..amount.End];
        var lastDigit = token.LastIndexOfAnyInRange('0', '9');
        return lastDigit < 0 ? 1 : ScaleOf(token[(lastDigit + 1)..].Trim());
    }

    private static readonly SearchValues<char> BareFigureChars = SearchValues.Create("0123456789.,-−+");

    /// <summary>
    /// The opening bracket of the earlier period's figure after an amount, over "per share" and the amount's period ("a dividend
    /// of SEK 4.60 per share (SEK 5.20)", "stood at EUR 512 million at the close of the period (EUR 436 million)"); else
    /// <paramref name="j"/>, the unit right after the amount.
    /// </summary>
    private static int BracketAfterAmount(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int j, int limit)
    {
        if (j >= limit || units[j].Kind == UnitKind.Boundary)
        {
            return j;
        }

        var k = j;
        if (IsWord(text, units[k], "per"))
        {
            k++;
            if (k < limit && (IsWord(text, units[k], "diluted") || IsWord(text, units[k], "basic")))
            {
                k++;
            }

            if (k >= limit || !(IsWord(text, units[k], "share") || IsWord(text, units[k], "unit")))
            {
                return j;
            }

            k++;
        }

        for (var end = k + MaxPeriodUnits; k < limit && k < end; k++)
        {
            if (units[k].Kind == UnitKind.Boundary)
            {
                return text[units[k].Start] == '(' ? k : j;
            }

            if (!IsYear(units[k]) && (units[k].HasValue || !IsPeriodPhrase(text[units[k].Start..units[k].End])))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>
    /// Past the same figure per share after an amount ("$5.2 million, or $0.12 per diluted share, compared to …"): the unit
    /// after the aside's closing comma, or <paramref name="j"/> when none is there.
    /// </summary>
    private static int AfterPerShareAside(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int j, int limit)
    {
        if (j + 3 >= limit || units[j].Kind != UnitKind.Boundary || text[units[j].Start] != ',' || !IsWord(text, units[j + 1], "or") ||
            !units[j + 2].HasValue)
        {
            return j;
        }

        for (var i = j + 3; i < limit && i <= j + 7; i++)
        {
            if (units[i].Kind == UnitKind.Boundary)
            {
                return text[units[i].Start] == ',' && IsWord(text, units[i - 1], "share") ? i + 1 : j;
            }
        }

        return j;
    }

    /// <summary>
    /// Past the period of an amount ("EUR 2.3 mn in 2019 compared to…", "31.2 million in the first half of 2023, versus…",
    /// "in the quarter, compared with…"): the unit after the year and a comma after it, or the comparison's word, when
    /// <paramref name="j"/> starts a run of period words that ends in either within <see cref="MaxPeriodUnits"/> units; else
    /// <paramref name="j"/>.
    /// </summary>
    private static int AfterPeriod(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int j, int limit)
    {
        for (var k = j; k < limit && k < j + MaxPeriodUnits; k++)
        {
            if (IsYear(units[k]))
            {
                return k + 1 < limit && units[k + 1].Kind == UnitKind.Boundary && text[units[k + 1].Start] == ',' ? k + 2 : k + 1;
            }

            // A period without a year ends at the comparison: "$2,019 million in the quarter, compared with $1,980 million".
            if (k > j && (IsComparisonMarker(text, units[k]) ||
                          units[k].Kind == UnitKind.Boundary && text[units[k].Start] == ',' && k + 1 < limit && IsComparisonMarker(text, units[k + 1])))
            {
                return units[k].Kind == UnitKind.Boundary ? k + 1 : k;
            }

            // "quarter" and "fiscal year" are lexicon entries of their own (neutral): a unit of any kind but a figure.
            if (units[k].HasValue || units[k].Kind == UnitKind.Boundary || !IsPeriodPhrase(text[units[k].Start..units[k].End]))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>The most units of a period after an amount: "in the quarter ended March 2024", "in the first nine months of 2008".</summary>
    private const int MaxPeriodUnits = 8;

    /// <summary>A word of a period, or a phrase all of whose words are ("fiscal year", "third quarter").</summary>
    private static bool IsPeriodPhrase(ReadOnlySpan<char> phrase) => PhraseText.AllWordsIn(phrase, PeriodWords);

    // Words of a period between an amount and its year: "in the first half of", "for the nine months of", "in fiscal".
    private static readonly WordSet PeriodWords = new(
        "in", "for", "of", "the", "first", "second", "third", "fourth", "last", "half", "quarter", "nine", "six", "three", "twelve",
        "months", "month", "year", "fiscal", "financial", "calendar", "period", "same", "corresponding", "whole", "full", "quarter",
        "quarters", "ended", "ending", "end", "at", "by", "through", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "q1", "q2", "q3", "q4", "h1", "h2", "fy");

    /// <summary>How many units after a quantity its comparison may reach (<see cref="CompareNumbers"/>).</summary>
    private const int ComparisonReach = 16;

    /// <summary>
    /// Whether a quantity before <paramref name="q"/> already took the figure at <paramref name="i"/>: "net income, excluding
    /// one-time charges, was $2 billion, compared with $1.5 billion" compares the income, not the charges put aside.
    /// </summary>
    private static bool ComparedBefore(ReadOnlySpan<Unit> units, int q, int i)
    {
        // Only a quantity within the reach of a comparison before the figure can have taken it: a long sentence stays linear.
        for (var p = Math.Max(0, i - ComparisonReach + 1); p < q; p++)
        {
            if (units[p].Comparison != 0 && units[p].Partner == i && !units[p].Turnaround)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two percentages compared are levels of the quantity at <paramref name="q"/> then and now: not a part of it ("its
    /// share of revenue from China was 17%, compared with 19%"), not another company's ("20%, compared with 25% for Globex"; "for
    /// Fiscal 2024" is a period), and not figures whose sign a word gives ("minus 4%, versus minus 1%").
    /// </summary>
    private static bool ComparesLevels(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int q, int earlier)
    {
        if (q >= 2 && IsWord(text, units[q - 1], "of") && units[q - 2].Kind is UnitKind.Word or UnitKind.Lexical &&
            Portions.Contains(text[units[q - 2].Start..units[q - 2].End]))
        {
            return false;
        }

        if (earlier + 2 < units.Length && IsWord(text, units[earlier + 1], "for") && units[earlier + 2].Kind is UnitKind.Word or UnitKind.Lexical &&
            char.IsUpper(text[units[earlier + 2].Start]) && !PhraseText.IsPeriodLabel(text[units[earlier + 2].Start..units[earlier + 2].End]))
        {
            return false;
        }

        for (var i = q + 1; i < earlier; i++)
        {
            if (IsWord(text, units[i], "minus") || IsWord(text, units[i], "negative"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Volumes range from 0.1 to 10 ml", "could range from 70 to 90 million": a span of values, not a change.</summary>
    private static bool IsRangeWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind == UnitKind.Word && RangeWords.Contains(text[unit.Start..unit.End]);

    /// <summary>
    /// Whether two figures can be a quantity's levels now and before: both percentages or neither, not two years, and not a
    /// year against an amount ("a loss of 31.2 million in the first half of 2023, versus a loss of 24.8 million": the year is
    /// the period's, the amounts the levels).
    /// </summary>
    private static bool Comparable(in Unit current, in Unit previous) =>
        current.HasValue && previous.HasValue && (current.Kind == UnitKind.Percent) == (previous.Kind == UnitKind.Percent) &&
        !(IsYear(current) && IsYear(previous)) &&
        !(IsYear(current) && previous.Kind != UnitKind.Number || IsYear(previous) && current.Kind != UnitKind.Number);

    /// <summary>
    /// Whether two amounts are in one currency, or either names none: "EUR 114.4 mn ( USD 148.1 mn )" is a conversion, not a
    /// change from the year before.
    /// </summary>
    private static bool SameCurrency(ReadOnlySpan<char> text, in Unit current, in Unit previous)
    {
        if (current.Kind != UnitKind.Currency || previous.Kind != UnitKind.Currency)
        {
            return true;
        }

        var a = CurrencyOf(text[current.Start..current.End]);
        var b = CurrencyOf(text[previous.Start..previous.End]);
        return a == '\0' || b == '\0' || a == b;
    }

    /// <summary>
    /// The currency an amount names before or after its digits, as one char ('$' for "$", "USD", "dollars"; '€' for "EUR",
    /// "euro"; '£' for "GBP", "pounds", "stg"; '¥' for "JPY", "yen"; otherwise the code's first letter), or '\0' when it names none.
    /// </summary>
    private static char CurrencyOf(ReadOnlySpan<char> amount)
    {
        var digit = IndexOfDigit(amount);
        if (digit < 0)
        {
            return '\0';
        }

        var mark = amount[..digit].Trim().TrimEnd('.');
        if (mark.IsEmpty)
        {
            var last = amount.TrimEnd();
            var space = last.LastIndexOf(' ');
            mark = space < 0 ? [] : last[(space + 1)..]; // "2.7 mln euro"
        }

        if (mark.IsEmpty)
        {
            return '\0';
        }

        return mark switch
        {
            "$" or "US$" => '$',
            "€" => '€',
            "£" => '£',
            "¥" => '¥',
            _ when mark.Equals("usd", StringComparison.OrdinalIgnoreCase) || mark.StartsWith("dollar", StringComparison.OrdinalIgnoreCase) => '$',
            _ when mark.Equals("eur", StringComparison.OrdinalIgnoreCase) || mark.StartsWith("euro", StringComparison.OrdinalIgnoreCase) => '€',
            _ when mark.Equals("gbp", StringComparison.OrdinalIgnoreCase) || mark.Equals("stg", StringComparison.OrdinalIgnoreCase) ||
                   mark.StartsWith("pound", StringComparison.OrdinalIgnoreCase) => '£',
            _ when mark.Equals("jpy", StringComparison.OrdinalIgnoreCase) || mark.Equals("yen", StringComparison.OrdinalIgnoreCase) => '¥',
            _ when char.IsAsciiLetter(mark[0]) && mark.Length <= 3 => char.ToUpperInvariant(mark[0]),
            _ => '\0',
        };
    }

    private static bool IsYear(in Unit unit) => unit.Kind == UnitKind.Number && unit.Value is >= 1900 and <= 2100 && unit.Value == Math.Floor(unit.Value);

    private static bool NextAmount(Span<Unit> units, int from, int limit, out int index, out int after)
    {
        var found = NextFigure(units, from, limit, percent: false, out index);
        after = index;
        return found;
    }

    /// <summary>
    /// The first figure within five units from <paramref name="from"/>, before a boundary: an amount or, with
    /// <paramref name="percent"/>, a percentage; never a year.
    /// </summary>
    private static bool NextFigure(Span<Unit> units, int from, int limit, bool percent, out int index)
    {
        for (var i = from; i < limit && i <= from + 5; i++)
        {
            if (units[i].HasValue && (units[i].Kind == UnitKind.Percent) == percent && !IsYear(units[i]))
            {
                index = i;
                return true;
            }

            if (units[i].Kind == UnitKind.Boundary)
            {
                break;
            }
        }

        index = -1;
        return false;
    }

    private static bool NextWord(ReadOnlySpan<char> text, Span<Unit> units, int from, int limit, string word, out int index)
    {
        for (var i = from; i < limit && i <= from + 4; i++)
        {
            if (text[units[i].Start..units[i].End].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                return true;
            }
        }

        index = -1;
        return false;
    }

    /// <summary>Parses an amount such as <c>EUR 13.1 mn</c>, <c>$1.2bn</c>, <c>1,234</c> or <c>4%</c> into a number.</summary>
    internal static bool TryParseAmount(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        var first = IndexOfDigit(token);
        if (first < 0)
        {
            return false;
        }

        var end = first;
        Span<char> digits = stackalloc char[32];
        var length = 0;
        while (end < token.Length && (char.IsAsciiDigit(token[end]) || token[end] is ',' or '.' ||
               token[end] == ' ' && end + 1 < token.Length && token[end + 1] == '.')) // "EUR0 .9 m" (see FinancialTokenizer)
        {
            if (token[end] == ' ')
            {
                end++;
                continue;
            }

            if (token[end] != ',' && length < digits.Length)
            {
                digits[length++] = token[end];
            }
            else if (token[end] == ',' && IsDecimalComma(token, end) && length < digits.Length)
            {
                // "EUR 6,8 million": the tokenizer keeps a comma inside an amount only as a thousands separator or, before one or two
                // digits, as the decimal point of continental reports.
                digits[length++] = '.';
            }

            end++;
        }

        if (length > 0 && digits[length - 1] == '.')
        {
            length--;
        }

        if (!TryParseShortDecimal(digits[..length], out value) &&
            !double.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (first > 0 && token[first - 1] is '-' or '−')
        {
            value = -value;
        }

        if (first >= 5 && token[4] == ' ' && char.IsAsciiLetter(token[0]) && char.IsAsciiLetter(token[1]) && char.IsAsciiLetter(token[2]) &&
            char.IsAsciiLetter(token[3]))
        {
            // "MEUR 8.8", "TSEK 640": a code of four letters is a currency's millions or thousands (see FinancialTokenizer).
            value *= (token[0] | 0x20) == 'm' ? 1e6 : 1e3;
        }

        if (end < token.Length)
        {
            // "EUR 13.1 mn", "$1.2bn", "4%": a scale word may follow the digits.
            var rest = token[end..].Trim();
            if (!rest.IsEmpty)
            {
                value *= ScaleOf(rest);
            }
        }

        return true;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> is followed by one or two digits and no more (a decimal comma).</summary>
    private static bool IsDecimalComma(ReadOnlySpan<char> token, int comma)
    {
        var digits = 0;
        for (var i = comma + 1; i < token.Length && char.IsAsciiDigit(token[i]); i++)
        {
            digits++;
        }

        return digits is 1 or 2;
    }

    /// <summary>
    /// The index of the first ASCII digit, or -1. Amounts are short and most start with their digits (or a currency sign or code
    /// before them): a plain loop costs less than the set-up of the vectorised search.
    /// </summary>
    private static int IndexOfDigit(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsAsciiDigit(token[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// Parses digits with at most one decimal point and at most 15 digits, the figures of news, without the framework's general parser.
    /// The result is the one <see cref="double.Parse(string)"/> gives: the digits as an integer are exact in a double (below 2^53), so
    /// is a power of ten up to 10^22, and the division of two exact doubles is rounded correctly, as the parser rounds. Returns
    /// <see langword="false"/> for anything else, which the caller leaves to the framework.
    /// </summary>
    private static bool TryParseShortDecimal(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        var mantissa = 0L;
        var count = 0;
        var point = -1;
        for (var i = 0; i < digits.Length; i++)
        {
            var c = digits[i];
            if (c == '.')
            {
                if (point >= 0)
                {
                    return false;
                }

                point = i;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++count > 15)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (c - '0');
        }

        if (count == 0)
        {
            return false;
        }

        var decimals = point < 0 ? 0 : digits.Length - point - 1;
        value = decimals == 0 ? mantissa : mantissa / PowersOfTen[decimals];
        return true;
    }

    private static double ScaleOf(ReadOnlySpan<char> rest)
    {
        var letters = 0;
        while (letters < rest.Length && char.IsAsciiLetter(rest[letters]))
        {
            letters++;
        }

        var word = rest[..letters];
        if (word.IsEmpty)
        {
            return 1;
        }

        // The word is ASCII letters: setting the case bit lower-cases its first.
        return (char)(word[0] | 0x20) switch
        {
            'k' or 't' when word.Length <= 1 => word[0] is 'k' or 'K' ? 1e3 : 1e12,
            'm' => word.Length <= 3 || word.StartsWith("mil", StringComparison.OrdinalIgnoreCase) ? 1e6 : 1,
            'b' => word.Length <= 3 || word.StartsWith("bil", StringComparison.OrdinalIgnoreCase) ? 1e9 : 1,
            't' when word.StartsWith("th", StringComparison.OrdinalIgnoreCase) => 1e3,
            't' => 1e12,
            'c' when word.Length == 1 || word.StartsWith("cent", StringComparison.OrdinalIgnoreCase) => 0.01, // "94 cents", "5c"
            'c' when word.StartsWith("cr", StringComparison.OrdinalIgnoreCase) => 1e7, // "Rs 810 cr", "crore"
            'l' => 1e5,
            _ => 1,
        };
    }
}
