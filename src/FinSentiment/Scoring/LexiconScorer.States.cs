using FinSentiment.Internal;
using FinSentiment.Lexicon;

namespace FinSentiment.Scoring;

// LexiconScorer, its states: states that end, turn or are spoiled ("the rally stalls", "rising rates derail the
// recovery"), strikes of deals, and events still awaited.
public sealed partial class LexiconScorer
{
    /// <summary>
    /// "The rally stalls", "the boom is over", "Widget slump ends": a verb that ends the state the phrase before it names
    /// reverses that phrase (shown as negated by the verb), and does not count on its own. "Over" ends a state only after a
    /// form of "be" ("concerns over prices" is a topic), and "end(s)" only where it ends the clause ("the slump ends", not
    /// "the index ends below 5,250" or "to end the year") and not after a move ("gains ended" is a close). Legal trouble and
    /// restrictions are undone the same way ("the lawsuit against Acme was dismissed", "ban lifted": <see cref="UndoneStates"/>).
    /// </summary>
    private void ReverseEndedStates(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var s = lexical.First; s + 1 < units.Length && s < lexical.End; s++)
        {
            ref var state = ref units[s];
            if (state.Kind != UnitKind.Lexical || state.Contribution == 0 || state.Negator >= 0 ||
                state.Category is not (LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease or
                                       LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp) ||
                ReportingVerbs.Contains(text[state.Start..state.End])) // "warned that demand had slowed": a warning is no state that ends
            {
                continue;
            }

            // A quantity that scores on its own ("Layoffs are unlikely") is denied, but not ended ("losses ended" is a close),
            // unless it is a bad plan undone ("the lay-offs have been cancelled").
            var quantity = state.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp &&
                !(state.Category == LexiconCategory.BadWhenUp && UndoneStates.Contains(text[state.Start..state.End]));

            var negator = -1;
            var connector = false;
            var conjunction = false;
            var topic = -1;
            var reach = s + 6;
            for (var i = s + 1; i < units.Length && i <= reach; i++)
            {
                ref var unit = ref units[i];
                if (unit.Kind is not (UnitKind.Word or UnitKind.Lexical) || IsClauseStop(unit))
                {
                    break;
                }

                // "The lawsuit against Acme over fee increases was dropped": the topic of legal trouble, after "over" or "about",
                // is part of its name, whatever its words score; an undoing word after it still undoes the trouble.
                if (topic < 0 && negator < 0 && !connector && unit.Kind == UnitKind.Word && TroubleTopics.Contains(text[unit.Start..unit.End]) &&
                    IsTrouble(text, state) && !EndsStateAt(text, units, s, i, negator))
                {
                    topic = i;
                    reach = Math.Min(s + MaxTroubleReach, reach + MaxTopicUnits);
                    continue;
                }

                if (topic >= 0 && unit.Kind == UnitKind.Lexical && unit.Category != LexiconCategory.Negator &&
                    !UndoingWords.Contains(text[unit.Start..unit.End]))
                {
                    continue;
                }

                // "The slump since March is over", "the rally after the election has faded": over a connector, a state ends
                // only with its clause; "banks rally after the regulator eases lending rules" is news of its own.
                if (IsConnector(text, unit))
                {
                    connector = true;
                    conjunction |= ClauseConjunctions.Contains(text[unit.Start..unit.End]);
                    continue;
                }

                // "Acme cuts jobs as sales growth fades", "resumes production after the strike ends": a phrase after a
                // conjunction, or a bad thing already discounted, is the subject the verb ends, not the state before it.
                if (unit.Kind == UnitKind.Lexical && (conjunction || unit.Category == LexiconCategory.Sentiment && unit.Valence != 0 && unit.Contribution == 0))
                {
                    break;
                }

                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Negator)
                {
                    if (negator < 0 && IsPredicateNegator(text, units, s, i))
                    {
                        // "A recovery is unlikely this year": the state is denied, as by a negator before it.
                        state.Contribution *= NegationMultiplier(unit);
                        state.Negator = i;
                        break;
                    }

                    negator = i;
                    continue;
                }

                // "Akamai shares fall after security unit growth slows": over a connector, a verb that already moves a quantity
                // named after the state ends that quantity, not the state ("the slump in orders moderated" is the slump's).
                if (connector && unit.Kind == UnitKind.Lexical && unit.Partner > s && unit.Partner < i)
                {
                    break;
                }

                // "Onboard spending held up and fuel costs eased": a quantity after "and" is the subject of the verb after it ("the
                // slump in orders moderated" names its quantity after a preposition, as part of the state).
                if (IsQuantity(unit) && i - 1 > s && IsWord(text, units[i - 1], "and"))
                {
                    break;
                }

                // "Demand cools and international inbound travel slows": a state that already has its verb, then "and" and a
                // subject of words of no score of their own, is done; the ender after them is that subject's.
                if (HasNewSubjectBefore(text, units, s, i))
                {
                    break;
                }

                if ((!quantity || DeniesQuantity(text[unit.Start..unit.End])) && EndsStateAt(text, units, s, i, negator) && (!connector || ClosesClause(text, units, i)))
                {
                    if (topic >= 0)
                    {
                        // The topic of trouble undone scores nothing: the fee increases are what the lawsuit was about.
                        for (var t = topic + 1; t < i; t++)
                        {
                            units[t].Contribution = 0;
                        }
                    }

                    var effect = EffectVerbs.Contains(text[unit.Start..unit.End]);
                    // "The hit to sales was limited": trouble held down is still trouble, a small one, not good news ("gains
                    // are limited" is bad news, as any good thing ended is). A risk limited is good news: "the downside is limited".
                    if (state.Contribution < 0 && IsLimit(text[unit.Start..unit.End]) && negator < 0 && !LimitedRisks.Contains(text[state.Start..state.End]))
                    {
                        state.Contribution *= LimitedTroubleFactor;
                        if (state.Intensifier < 0)
                        {
                            state.Intensifier = i; // "hit to (-0.40) × 'limited'"
                        }
                    }
                    else
                    {
                        ReverseQualifiersOfState(text, units, s, i);
                        state.Contribution *= effect ? _negationFactor * DeniedEffectFactor : _negationFactor;
                        state.Negator = effect || negator >= 0 ? negator : i; // "negated by 'not'": the effect verb itself names nothing
                    }

                    unit.Contribution = 0;
                    break;
                }

                // Between them only words that score nothing: helpers ("may be", "is coming to an") or a short phrase ("the rally in
                // widget stocks stalls").
                if (unit.Contribution != 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>How much of its score trouble keeps when it is limited or capped ("the hit was limited").</summary>
    private const double LimitedTroubleFactor = 0.25;

    // Risks that are good news limited: "the downside is limited", "exposure is capped".
    private static readonly WordSet LimitedRisks = new("downside", "risk", "risks", "exposure", "exposures", "downside risk", "losses");

    private static bool IsLimit(ReadOnlySpan<char> word) =>
        word.Equals("limited", StringComparison.OrdinalIgnoreCase) || word.Equals("capped", StringComparison.OrdinalIgnoreCase);

    // Words that open the topic of legal trouble: "a lawsuit over fee increases", "the probe about pricing".
    private static readonly WordSet TroubleTopics = new("over", "about");

    /// <summary>The most units a topic of trouble adds to the reach of its undoing word (<see cref="ReverseEndedStates"/>).</summary>
    private const int MaxTopicUnits = 6;

    /// <summary>The most units from trouble to its undoing word, with a topic between.</summary>
    private const int MaxTroubleReach = 12;

    /// <summary>
    /// "The feared slowdown in consumer spending did not materialise", "the expected recovery in the construction market never
    /// happened": what a clause says did not come about is denied, every word of its subject's head that scores (bad or good:
    /// from the clause's start to the first preposition). The negator must stand right before the verb.
    /// </summary>
    private void DenyWhatDidNotHappen(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First + 1; i < units.Length; i++)
        {
            ref readonly var verb = ref units[i];
            ref readonly var negator = ref units[i - 1];
            if (verb.Kind is not (UnitKind.Word or UnitKind.Lexical) || negator.Kind != UnitKind.Lexical ||
                negator.Category != LexiconCategory.Negator || !OccurringVerbs.Contains(text[verb.Start..verb.End]))
            {
                continue;
            }

            var start = i - 2;
            while (start > 0 && !IsClauseStop(units[start - 1]))
            {
                start--;
            }

            // The subject's head, up to its first preposition ("the feared slowdown in consumer spending": not the spending).
            for (var s = start; s < i - 1; s++)
            {
                ref var state = ref units[s];
                if (state.Kind == UnitKind.Word && Prepositions.Contains(text[state.Start..state.End]))
                {
                    break;
                }

                if (state.Kind == UnitKind.Lexical && state.Contribution != 0 && state.Negator < 0)
                {
                    state.Contribution *= _negationFactor;
                    state.Negator = i;
                }

                if (state.Kind == UnitKind.Lexical && text[state.Start..state.End].LastIndexOf(' ') is var space and > 0 &&
                    Prepositions.Contains(text[state.Start..state.End][(space + 1)..]))
                {
                    break; // "slowdown in": the phrase holds the preposition
                }
            }
        }
    }

    /// <summary>
    /// "The claim was dismissed", "the case against Acme was dropped": legal trouble the lexicon holds no opinion of, undone
    /// after it is named; the verb is no dismissal of staff or a fall, and scores nothing (trouble the lexicon judges is
    /// reversed by <see cref="ReverseEndedStates"/> instead).
    /// </summary>
    private static void SpareUndoingOfPlainTrouble(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref var verb = ref units[i];
            if (verb.Kind != UnitKind.Lexical || verb.Contribution >= 0 || !UndoingWords.Contains(text[verb.Start..verb.End]))
            {
                continue;
            }

            for (var s = i - 1; s >= 0 && s >= i - 6 && !IsClauseStop(units[s]); s--)
            {
                // Not the "case" of "in case": "in case the deal is terminated" names no legal case.
                if (units[s].Kind is UnitKind.Word or UnitKind.Lexical && units[s].Contribution == 0 &&
                    UndoneStates.Contains(text[units[s].Start..units[s].End]) && !(s > 0 && IsWord(text, units[s - 1], "in")))
                {
                    verb.Contribution = 0;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Acme settles the lawsuit over emissions", "the SEC drops its probe into Globex", "the EU eases sanctions": legal trouble,
    /// a restriction or a dispute (<see cref="UndoneStates"/>) that a verb right before it settles or drops is undone (shown as
    /// negated by the verb), and so is what it was over, about or into; the verb itself then counts for nothing. The trouble
    /// must be the verb's object ("drops 5% on the probe" is a fall, "ends the year with a lawsuit" keeps it), the word must
    /// be used as a verb (<see cref="IsResolvingVerbUse"/>: not "settled lawsuits", "a clearing house", "clear misconduct"),
    /// and not one refused or failed ("refused to lift the ban", "a bid to end the lawsuit"). Runs after negation: a
    /// negated verb ("did not settle the lawsuit") leaves the trouble as it was, and the negation that reached it is undone.
    /// </summary>
    private void ResolveTroubleAhead(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var v = 0; v < lexical.End; v++)
        {
            ref var verb = ref units[v];
            // A verb right after a negator is a verb too ("did not settle"), so that the negation is moved from the lawsuit to it.
            if (verb.Kind is not (UnitKind.Word or UnitKind.Lexical) || !ResolvingVerbs.Contains(text[verb.Start..verb.End]) ||
                !(IsResolvingVerbUse(text, units, v) || v > 0 && units[v - 1].Kind == UnitKind.Lexical && units[v - 1].Category == LexiconCategory.Negator))
            {
                continue;
            }

            // "Clears Acme of fraud charges": the bad word may name what the trouble is about, right before it.
            var trouble = ObjectAfter(text, units, v);
            var named = trouble >= 0 && trouble + 1 < units.Length && units[trouble].Contribution < 0 && units[trouble + 1].Kind is UnitKind.Word or UnitKind.Lexical &&
                UndoneStates.Contains(text[units[trouble + 1].Start..units[trouble + 1].End]);

            // "Settles with bondholders over rate rigging": whatever bad thing is settled over is trouble ended.
            var settledOver = trouble >= 0 && units[trouble].Contribution < 0 && IsSettlingWith(text, units, v);
            if (trouble < 0 || !(named || settledOver || IsTrouble(text, units[trouble]) || IsBurden(text, units, trouble)))
            {
                continue;
            }

            if (IsDenial(text, units, v, named ? trouble + 1 : trouble))
            {
                verb.Contribution = 0; // "dismissed the allegations": what is said stands, and the verb is no dismissal of staff
                continue;
            }

            ref var found = ref units[trouble];
            if (found.Negator >= 0 && found.Negator < v)
            {
                // "Acme did not settle the lawsuit": the negation was of the verb, and the lawsuit stays as it was.
                found.Contribution /= NegationMultiplier(units[found.Negator]);
                found.Negator = -1;
                continue;
            }

            // "Acme failed to settle the lawsuit", "fails to win dismissal of…": a failure that did not reach the trouble still
            // negates the verb, and the trouble stays as it was.
            if (v > 0 && units[v - 1].Kind == UnitKind.Lexical && units[v - 1].Category == LexiconCategory.Negator)
            {
                continue;
            }

            // "Agreed to pay $30 million to resolve allegations that…": allegations bought off are a cost, which the payment
            // scores; neither they nor what they alleged is good news. (A lawsuit or a probe settled is an overhang gone.)
            var claim = named ? trouble + 1 : trouble;
            if (PaysToResolve(text, units, v) && PaidOffClaims.Contains(text[units[claim].Start..units[claim].End]))
            {
                verb.Contribution = 0;
                found.Contribution = 0;
                if (named)
                {
                    units[trouble + 1].Contribution = 0;
                }

                // "…allegations that it billed agencies for unused licences": what was alleged.
                var after = claim + 1;
                var alleged = after < units.Length && IsWord(text, units[after], "that") ? after : AccusationAfter(text, units, after);
                if (alleged >= 0)
                {
                    ClearAccusation(units, alleged);
                }

                continue;
            }

            if (!TurnSetback(units, trouble, v))
            {
                continue;
            }

            verb.Contribution = 0;
            if (named)
            {
                trouble++;
                TurnSetback(units, trouble, v);
            }

            // "Clears Acme of wrongdoing in the bribery probe": what the trouble was about, or where it was found.
            if (trouble + 1 < units.Length && (IsTopicWord(text, units[trouble + 1]) || ClearingVerbs.Contains(text[verb.Start..verb.End]) && IsWord(text, units[trouble + 1], "in")))
            {
                TurnSetback(units, FirstScoredAfter(text, units, trouble + 1), v);
            }
            else if (!EndingWithoutDenial.Contains(text[verb.Start..verb.End]) &&
                     AccusationAfter(text, units, trouble + 1) is var accusation && accusation >= 0)
            {
                UndoAccusation(units, accusation, v);
            }
        }
    }

    // A legal case and its kinds, which a company fights (ContestNouns) and whose timetable a sentence may give (LegalTopics).
    private static readonly string[] LegalCaseList =
    [
        "case", "cases", "lawsuit", "lawsuits", "suit", "suits", "trial", "dispute", "disputes", "litigation", "arbitration",
        "proceedings", "probe", "investigation", "inquiry",
    ];

    // Contests a company wins or loses in ("wins $1.2 billion in patent fight", "beats the SEC in fraud case"): see DiscountContestArenas.
    private static readonly WordSet ContestNouns = new(
        [.. LegalCaseList, "fight", "battle", "row", "spat", "feud", "tussle", "wrangle", "standoff"]);

    /// <summary>The most words from "in" to the contest's noun ("in the decade-long antitrust fine fight").</summary>
    private const int MaxArenaWords = 5;

    /// <summary>
    /// "Acme awarded $1.2 billion in patent fight with Globex", "Globex beats the SEC in long-running fraud case": a legal contest
    /// named after "in", right after a good outcome in the same clause (the last phrase that scores before "in"), is where the
    /// outcome came, not news of its own; its bad words (the contest's noun and what it is about) score nothing. A contest after
    /// no outcome ("Acme named in bribery probe") or after a bad one ("fined in bribery case") stays.
    /// </summary>
    private static void DiscountContestArenas(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        var outcome = false;
        for (var n = lexical.First; n < lexical.End; n++)
        {
            ref readonly var unit = ref units[n];
            if (IsClauseStop(unit))
            {
                outcome = false;
                continue;
            }

            if (!IsWord(text, unit, "in"))
            {
                outcome = unit.Contribution != 0 ? unit.Contribution > 0 : outcome;
                continue;
            }

            if (!outcome)
            {
                continue;
            }

            var contest = -1;
            for (var c = n + 1; c < units.Length && c <= n + MaxArenaWords && units[c].Kind is UnitKind.Word or UnitKind.Lexical; c++)
            {
                if (units[c].Kind == UnitKind.Word && (Prepositions.Contains(text[units[c].Start..units[c].End]) || IsConnector(text, units[c])))
                {
                    break; // "settled in cash to close an inquiry": the noun phrase after "in" ends before another one
                }

                if (ContestNouns.Contains(PhraseText.LastWord(text[units[c].Start..units[c].End])))
                {
                    contest = c;
                    break;
                }
            }

            for (var c = n + 1; c <= contest; c++)
            {
                if (units[c].Contribution < 0)
                {
                    units[c].Contribution = 0;
                }
            }
        }
    }

    // Words of a legal proceeding's timetable: "the trial is scheduled to begin", "a status conference was moved", "the hearing
    // was adjourned", "the deadline for objections", "the court will hear the challenge", "shareholders will vote on the settlement",
    // "trial date set in the antitrust case".
    private static readonly WordSet SchedulingWords = new(
        "scheduled", "rescheduled", "adjourned", "conference", "deadline", "docket", "hear", "vote", "respond", "response", "date",
        "dates");

    // Legal trouble a timetable is about: a case, what it alleges, and its steps (not a strike or a closure, whose talks are
    // news: "a strike with no talks scheduled").
    private static readonly WordSet LegalTopics = new(
    [
        .. LegalCaseList, "charges", "charge", "claims", "claim", "probes", "investigations", "complaint", "complaints", "indictment",
        "allegations", "allegation", "injunction", "wrongdoing", "misconduct", "challenge", "verdict", "ruling", "judgment",
        "judgement", "conviction", "fraud", "bribery", "price-fixing", "money-laundering", "laundering", "infringement", "corruption",
        "antitrust", "objections", "objection", "settlement", "hearing", "action", "actions",
    ]);

    /// <summary>How much legal trouble counts when a sentence only gives a step of its proceeding's timetable.</summary>
    private const double ProceduralWeight = 0.3;

    /// <summary>
    /// "The trial in the securities fraud case against Acme is scheduled to begin on 8 September", "a status conference in the
    /// opioid litigation has been moved to Wednesday": a sentence whose only scores are legal trouble (<see cref="LegalTopics"/>),
    /// with a word of a proceeding's timetable (<see cref="SchedulingWords"/>), gives a step of a case already known, not news of
    /// the trouble; the trouble weighs <see cref="ProceduralWeight"/>. Any other score (a fine, a ruling's outcome, a fall of the
    /// shares) keeps the sentence as it is.
    /// </summary>
    private static void DiscountProceduralSteps(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        // The scores first: most sentences have one that is no legal trouble, and then no word needs looking up.
        var trouble = false;
        for (var i = lexical.First; i < lexical.End; i++)
        {
            ref readonly var unit = ref units[i];
            if (unit.Contribution == 0)
            {
                continue;
            }

            if (unit.Contribution > 0 || !LegalTopics.Contains(PhraseText.LastWord(text[unit.Start..unit.End])))
            {
                return;
            }

            trouble = true;
        }

        var scheduled = false;
        for (var i = 0; trouble && !scheduled && i < units.Length; i++)
        {
            scheduled = units[i].Kind is UnitKind.Word or UnitKind.Lexical && SchedulingWords.Contains(text[units[i].Start..units[i].End]);
        }

        if (!scheduled)
        {
            return;
        }

        for (var i = lexical.First; i < lexical.End; i++)
        {
            if (units[i].Contribution != 0)
            {
                units[i].Contribution *= ProceduralWeight;
                units[i].Roles |= ClauseRoles.Procedural;
            }
        }
    }

    // Participles that give a suit's or a charge's content ("a lawsuit accusing Acme of hiding risks", "claims alleging fraud").
    private static readonly WordSet AccusingWords = new("accusing", "alleging", "claiming", "charging", "asserting");

    // Verbs that end a suit without denying what it claimed ("settles a suit accusing it of overcharging patients": paying to end
    // it concedes nothing, and denies nothing either): the claims stay.
    private static readonly WordSet EndingWithoutDenial = new(
        "settle", "settles", "settled", "settling", "resolve", "resolves", "resolved", "resolving", "end", "ends", "ended", "ending",
        "close", "closes", "closed", "closing", "ease", "eases", "eased", "easing", "suspend", "suspends", "suspended", "suspending");

    // A relative word and the finite verbs after it that give a suit's content ("a class action that had accused Acme of…").
    private static readonly WordSet LegalCases = new(LegalCaseList);

    private static readonly WordSet AccusingRelatives = new("that", "which");
    private static readonly WordSet AccusingVerbs = new(
        "accused", "alleged", "claimed", "charged", "asserted", "accuses", "alleges", "claims", "charges", "asserts");

    /// <summary>The most unscored words from a suit to the words that give its content ("a lawsuit against Acme Holdings accusing…").</summary>
    private const int MaxSuitToAccusation = 6;

    /// <summary>
    /// The unit from <paramref name="from"/> on that opens what a suit claimed: a participle of accusing ("a lawsuit accusing Acme
    /// of…"), or the verb of a relative clause ("a class action against Acme that had accused it of…"), past no more than
    /// <see cref="MaxSuitToAccusation"/> unscored words; -1 for none.
    /// </summary>
    private static int AccusationAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from)
    {
        for (var i = from; i < units.Length && i <= from + MaxSuitToAccusation && units[i].Kind is UnitKind.Word or UnitKind.Lexical; i++)
        {
            var word = text[units[i].Start..units[i].End];
            if (AccusingWords.Contains(word))
            {
                return i;
            }

            if (AccusingRelatives.Contains(word))
            {
                var verb = i + 1 < units.Length && units[i + 1].Kind == UnitKind.Word &&
                    PerfectAuxiliaries.Contains(text[units[i + 1].Start..units[i + 1].End]) ? i + 2 : i + 1;
                return verb < units.Length && units[verb].Kind is UnitKind.Word or UnitKind.Lexical &&
                    AccusingVerbs.Contains(text[units[verb].Start..units[verb].End]) ? verb : -1;
            }

            if (units[i].Contribution != 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Won dismissal of a lawsuit that accused Acme of misleading investors": a suit that a dismissal won denies
    /// (<see cref="DismissalNegators"/>) takes what it claimed with it, as a suit a verb throws out does (<see cref="UndoAccusation"/>).
    /// </summary>
    private void UndoDismissedAccusations(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var s = 1; s < units.Length; s++)
        {
            ref readonly var suit = ref units[s];
            if (suit.Kind != UnitKind.Lexical || suit.Negator < 0 || suit.Contribution <= 0 ||
                !DismissalNegators.Contains(text[units[suit.Negator].Start..units[suit.Negator].End]) ||
                !LegalCases.Contains(PhraseText.LastWord(text[suit.Start..suit.End])) ||
                AccusationAfter(text, units, s + 1) is not (var accusation and >= 0))
            {
                continue;
            }

            UndoAccusation(units, accusation, suit.Negator);
        }
    }

    /// <summary>The most units of an accusation's content that an undone suit takes with it.</summary>
    private const int MaxAccusationUnits = 8;

    /// <summary>The accusation at unit <paramref name="a"/> and what it alleges, scored as nothing (<see cref="PaysToResolve"/>).</summary>
    private static void ClearAccusation(Span<Unit> units, int a)
    {
        units[a].Contribution = 0;
        for (var i = a + 1; i < units.Length && i <= a + MaxAccusationUnits && !IsClauseStop(units[i]); i++)
        {
            units[i].Contribution = 0;
        }
    }

    /// <summary>
    /// Whether the resolving verb at unit <paramref name="v"/> is what a payment right before it is for: "pay $30 million to
    /// resolve", "paid $5 million in penalties to settle" (the amount at most <see cref="MaxPaymentToPurpose"/> words before "to").
    /// </summary>
    private static bool PaysToResolve(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v)
    {
        if (v < 3 || !IsWord(text, units[v - 1], "to"))
        {
            return false;
        }

        for (var i = v - 2; i >= 1 && i >= v - 2 - MaxPaymentToPurpose; i--)
        {
            if (units[i].Kind == UnitKind.Currency)
            {
                // "Pay", or a phrase that ends with it ("agreed to pay").
                return units[i - 1].Kind is UnitKind.Word or UnitKind.Lexical && PayingVerbs.Contains(PhraseText.LastWord(text[units[i - 1].Start..units[i - 1].End]));
            }

            // "$5 million in civil penalties": the words between may name the cost, never a good thing.
            if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical) || units[i].Contribution > 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most words between a payment's amount and the "to" of what it resolves ("$5 million in civil penalties to settle").</summary>
    private const int MaxPaymentToPurpose = 3;

    private static readonly WordSet PayingVerbs = new("pay", "pays", "paid", "paying");

    // What a company pays to resolve that is said against it, not a case brought (PaysToResolve).
    private static readonly WordSet PaidOffClaims = new("allegations", "allegation", "claims", "accusations", "charges");

    /// <summary>
    /// "A judge threw out a lawsuit accusing Acme of hiding climate risks": the participle at <paramref name="a"/> after a suit that
    /// the verb at <paramref name="by"/> undid gives what the suit claimed, which falls with it: the participle scores nothing, and
    /// the bad things it names up to the clause's end turn (shown as negated by the verb).
    /// </summary>
    private void UndoAccusation(Span<Unit> units, int a, int by)
    {
        units[a].Contribution = 0;
        for (var i = a + 1; i < units.Length && i <= a + MaxAccusationUnits && !IsClauseStop(units[i]); i++)
        {
            TurnSetback(units, i, by);
        }
    }

    /// <summary>
    /// Whether a resolving word at unit <paramref name="v"/> is used as a verb that acts on what follows: a form in -s
    /// ("settles"); a base form after "to" or a modal ("to settle", "will drop"); a form in -ed or -ing only before an article,
    /// a possessive, "all" or "both", or a name ("settled the lawsuit", "settled both lawsuits", "dropping Acme from", not
    /// "settled lawsuits" or "a clearing house"); never an aim refused, failed or asked for ("refused to lift", "a bid to end",
    /// "no path to resolving", "a motion to dismiss", "asked the court to dismiss").
    /// </summary>
    private static bool IsResolvingVerbUse(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v)
    {
        // "To settle", or a phrase that ends with it ("in talks to settle", "plans to drop").
        var afterTo = v > 0 && units[v - 1].Kind is UnitKind.Word or UnitKind.Lexical && text[units[v - 1].Start..units[v - 1].End] is var previous &&
            (previous.Equals("to", StringComparison.OrdinalIgnoreCase) || previous.EndsWith(" to", StringComparison.OrdinalIgnoreCase));
        if (afterTo && (v >= 2 && units[v - 2].Kind is UnitKind.Word or UnitKind.Lexical && UnmetAims.Contains(text[units[v - 2].Start..units[v - 2].End]) &&
                        !IsWonAim(text, units, v - 2) ||
                        AskedFor(text, units, v - 1)))
        {
            return false;
        }

        var word = text[units[v].Start..units[v].End];
        if (word.IndexOf(' ') > 0 || IsSettlingWith(text, units, v))
        {
            return true; // "won a patent lawsuit": the article is in the phrase; "throws out the verdict": a phrasal verb; "settled with the SEC over…"
        }

        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("withdrew", StringComparison.OrdinalIgnoreCase) || word.Equals("won", StringComparison.OrdinalIgnoreCase))
        {
            // "Acme cleared in bribery probe": a company cleared in or of its trouble.
            if (ClearingVerbs.Contains(word) && v + 1 < units.Length && (IsWord(text, units[v + 1], "in") || IsWord(text, units[v + 1], "of")))
            {
                return true;
            }

            // "It had settled patent litigation with…": after the auxiliary of a perfect tense, the form is the verb.
            if (v > 0 && (IsWord(text, units[v - 1], "had") || IsWord(text, units[v - 1], "has") || IsWord(text, units[v - 1], "have")))
            {
                return true;
            }

            // "Prosecutors dropped fraud charges": right before a phrase of trouble, after a subject ("Settled lawsuits cost…" opens
            // with an adjective).
            if (v > 0 && v + 1 < units.Length && units[v + 1].Kind == UnitKind.Lexical && IsTrouble(text, units[v + 1]))
            {
                return true;
            }

            // "Dismissed most claims": a quantifier the lexicon holds as an intensifier opens the object too.
            if (v + 1 >= units.Length || !(units[v + 1].Kind == UnitKind.Word ||
                units[v + 1].Kind == UnitKind.Lexical && units[v + 1].Category == LexiconCategory.Intensifier))
            {
                return false;
            }

            var next = text[units[v + 1].Start..units[v + 1].End];
            return Determiners.Contains(next) || ObjectQuantifiers.Contains(next) || char.IsUpper(next[0]) && !IsTitleCase(text, units);
        }

        if (word[^1] is 's' or 'S' && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Acme and Globex end patent spat": a base form in lower case after a name in a headline's present tense (not the first
        // word, and not a title-case line, where every word has a capital).
        // A modal may be a hedge of the lexicon ("would lift the asset cap").
        return afterTo || v > 0 && units[v - 1].Kind is UnitKind.Word or UnitKind.Lexical && Modals.Contains(text[units[v - 1].Start..units[v - 1].End]) ||
            v > 0 && units[v - 1].Kind == UnitKind.Word &&
            (ResolvingSubjects.Contains(text[units[v - 1].Start..units[v - 1].End]) ||
             v > 1 && char.IsUpper(text[units[v - 1].Start]) && char.IsLower(word[0]) && !IsTitleCase(text, units));
    }

    /// <summary>
    /// Whether a verb of dismissing at unit <paramref name="v"/> denies what is said rather than ends trouble: allegations,
    /// accusations, criticism or concerns ("Acme dismissed the allegations as baseless"). Courts dismiss lawsuits, charges and
    /// claims, which are ended whatever follows ("dismissed the lawsuit as moot").
    /// </summary>
    private static bool IsDenial(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v, int trouble) =>
        DismissingVerbs.Contains(text[units[v].Start..units[v].End]) &&
        DeniedTroubles.Contains(PhraseText.LastWord(text[units[trouble].Start..units[trouble].End]));

    /// <summary>
    /// Whether the aim at unit <paramref name="aim"/> was won: a verb of winning at most two words before it ("wins bid to
    /// throw out the suit", "won its bid to dismiss…"), so that what it aimed at is done.
    /// </summary>
    private static bool IsWonAim(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int aim)
    {
        for (var i = aim - 1; i >= 0 && i >= aim - 2 && units[i].Kind is UnitKind.Word or UnitKind.Lexical; i--)
        {
            var word = text[units[i].Start..units[i].End];
            if (WinningVerbs.Contains(word))
            {
                return !(i > 0 && units[i - 1].Kind == UnitKind.Lexical && units[i - 1].Category == LexiconCategory.Negator);
            }

            if (!Determiners.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a request comes within three words before the "to" at unit <paramref name="to"/>: "a motion to dismiss", "asked
    /// the court to dismiss", "urged regulators to rescind the ban" ask for what has not happened, unless a word of granting
    /// comes before the request ("granted Acme's motion to dismiss").
    /// </summary>
    private static bool AskedFor(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int to)
    {
        for (var i = to - 1; i >= 0 && i >= to - 3 && units[i].Kind is UnitKind.Word or UnitKind.Lexical; i--)
        {
            if (Requests.Contains(text[units[i].Start..units[i].End]))
            {
                // "A judge granted Acme's motion to dismiss": a request granted is done.
                for (var g = i - 1; g >= 0 && g >= i - 3 && units[g].Kind is UnitKind.Word or UnitKind.Lexical; g--)
                {
                    if (Grants.Contains(text[units[g].Start..units[g].End]))
                    {
                        // "has not granted", "refused to grant": the request still stands.
                        return g > 0 && (units[g - 1].Kind == UnitKind.Lexical && units[g - 1].Category == LexiconCategory.Negator ||
                                         IsWord(text, units[g - 1], "to") && g > 1 && UnmetAims.Contains(text[units[g - 2].Start..units[g - 2].End]));
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether most words of the sentence start with a capital (a title-case headline), where capitals say nothing.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units)
    {
        var (words, lower) = CountCases(text, units);
        return words >= 4 && lower * 2 < words;
    }

    /// <summary>How many units of the sentence are words, and how many of those start with a lower-case letter.</summary>
    private static (int Words, int Lower) CountCases(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units)
    {
        var words = 0;
        var lower = 0;
        foreach (ref readonly var unit in units)
        {
            if (unit.Kind is UnitKind.Word or UnitKind.Lexical && char.IsLetter(text[unit.Start]))
            {
                words++;
                lower += char.IsLower(text[unit.Start]) ? 1 : 0;
            }
        }

        return (words, lower);
    }

    /// <summary>
    /// The first scoring unit after the verb at unit <paramref name="v"/> when it is the verb's object: at most three words
    /// between them, none a preposition other than "from" ("drops Acme from the probe") or, after a verb of clearing, "of"
    /// ("clears Acme of wrongdoing"; "cleared in the probe" when the verb is passive), and at most one a plain lower-case word
    /// ("settles wage lawsuit"; "a clearing unit faces a probe" names a subject and its verb); no figure ("drops 5% on the
    /// probe" is a fall); else -1. A list of names counts as one word ("drops Acme, Globex and Initech from the probe").
    /// </summary>
    private static int ObjectAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v)
    {
        var verb = text[units[v].Start..units[v].End];
        var clearing = ClearingVerbs.Contains(verb);
        var passive = clearing && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        var plain = 0;
        var listed = 0;
        var amounts = 0;
        var passed = 0; // words passed over after "from" or a party settled with
        for (var i = v + 1; i < units.Length && i <= v + 4 + listed + amounts + passed; i++)
        {
            ref readonly var unit = ref units[i];
            if (unit.Contribution != 0)
            {
                return i;
            }

            // "Acme settles with bondholders over rate rigging": the party settled with, then what was settled.
            if (IsWord(text, unit, "with") && SettlingVerbs.Contains(verb) && OverAfter(text, units, i) is var over and > 0)
            {
                passed += over - i;
                plain = -1;
                i = over;
                continue;
            }

            // Not after a passive "cleared in": "cleared in EU, UK probe continues" names places, and a clause after the comma.
            if (!(passive && IsWord(text, units[v + 1], "in")) && i > v + 1 && i + 1 < units.Length && JoinsNames(text, units, i))
            {
                listed += 2; // the join and the name after it
                continue;
            }

            if (unit.Kind == UnitKind.Currency)
            {
                amounts++; // "overturned Acme's $1 billion fine", "settles $50 million lawsuit"
                continue;
            }

            if (unit.Kind == UnitKind.Number)
            {
                amounts++; // "terminated a 2016 consent order", "settles 2019 lawsuit"
                continue;
            }

            if (IsCountBound(text, units, i))
            {
                amounts++; // "settle more than 300,000 lawsuits"
                continue;
            }

            // "Intel wins appeal against EU antitrust fine", "won its appeal against a $1 billion fine": what the appeal was against.
            if (WinningVerbs.Contains(verb) && (IsWord(text, unit, "against") ||
                AppealWords.Contains(text[unit.Start..unit.End]) && i + 1 < units.Length && IsWord(text, units[i + 1], "against")))
            {
                passed++;
                plain = -1;
                continue;
            }

            // "J&J wins dismissal of talc lawsuits": what is won is the trouble's end.
            if (WinningVerbs.Contains(verb) && IsWord(text, unit, "dismissal") && i + 1 < units.Length &&
                IsWord(text, units[i + 1], "of"))
            {
                passed += 2;
                plain = -1;
                i++;
                continue;
            }

            // "Settles a group of lawsuits", "resolved dozens of claims": a part or a count of the trouble, then the trouble.
            if (i > v + 1 && IsWord(text, unit, "of") && units[i - 1].Kind is UnitKind.Word or UnitKind.Lexical && PartitiveWords.Contains(text[units[i - 1].Start..units[i - 1].End]))
            {
                passed += 2;
                plain = 0;
                continue;
            }

            if (unit.Kind is not (UnitKind.Word or UnitKind.Lexical) || unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast ||
                Prepositions.Contains(text[unit.Start..unit.End]) && !(clearing && IsWord(text, unit, "of")) && !(passive && i == v + 1 && IsWord(text, unit, "in")) ||
                IsConnector(text, unit))
            {
                return -1; // "case closed but a second lawsuit looms": another clause
            }

            var word = text[unit.Start..unit.End];

            if (IsWord(text, unit, "from"))
            {
                // "drops Acme, Globex, Initech from its fuel pricing investigation": what they are dropped from may name its kind.
                passed += 2;
                plain = -1;
                continue;
            }

            // "Removes a lingering labor overhang": a second plain word right before the trouble names its kind.
            if (char.IsLower(word[0]) && !Determiners.Contains(word) && !IsWord(text, unit, "of") && !RankingAdjectives.Contains(word) && ++plain > 1 &&
                !(plain == 2 && i + 1 < units.Length && units[i + 1].Contribution < 0 && units[i + 1].Start == unit.End + 1 && IsTrouble(text, units[i + 1])))
            {
                return -1;
            }
        }

        return -1;
    }

    // Words of a part or a count before "of" and the trouble: "a group of lawsuits", "dozens of claims", "most of the cases".
    private static readonly WordSet PartitiveWords = new(
        "group", "number", "series", "wave", "batch", "raft", "handful", "bunch", "slew", "host", "string", "spate", "flurry", "dozens",
        "hundreds", "thousands", "couple", "pair", "set", "most", "all", "some", "many", "several", "both", "rest", "remainder", "bulk",
        "one");

    // Adjectives of rank before the trouble, which do not count as words of another object: "removes the last major hurdle".
    private static readonly WordSet RankingAdjectives = new("last", "final", "remaining", "major", "key", "main", "biggest", "first");

    /// <summary>Whether the verb at <paramref name="v"/> settles with a party over something ("settled with the SEC over…").</summary>
    private static bool IsSettlingWith(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int v) =>
        v + 1 < units.Length && SettlingVerbs.Contains(text[units[v].Start..units[v].End]) && IsWord(text, units[v + 1], "with") && OverAfter(text, units, v + 1) > 0;

    /// <summary>The "over" or "on" within a few words after the "with" at <paramref name="with"/> ("with bondholders over", "with the SEC for $550 million over"), or -1.</summary>
    private static int OverAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int with)
    {
        for (var i = with + 1; i < units.Length && i <= with + 6; i++)
        {
            if (IsWord(text, units[i], "over") || IsWord(text, units[i], "on"))
            {
                return i;
            }

            if (units[i].Kind == UnitKind.Boundary || units[i].Contribution != 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the unit at <paramref name="i"/> is a comma, "and" or "&amp;" between two capitalised words ("Acme, Globex").</summary>
    private static bool JoinsNames(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        ref readonly var join = ref units[i];
        var isJoin = join.End - join.Start == 1 && text[join.Start] is ',' or '&' || IsWord(text, join, "and");
        return isJoin && IsCapitalisedWord(text, units[i - 1]) && IsCapitalisedWord(text, units[i + 1]);

        static bool IsCapitalisedWord(ReadOnlySpan<char> text, in Unit unit) =>
            unit.Kind == UnitKind.Word && char.IsUpper(text[unit.Start]);
    }

    /// <summary>
    /// Whether the unit is legal trouble, a restriction or a dispute: a bad sentiment phrase whose last word is one ("class action
    /// lawsuit"), or a levy no direction moves ("tariffs").
    /// </summary>
    private static bool IsTrouble(ReadOnlySpan<char> text, in Unit unit)
    {
        if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.BadWhenUp)
        {
            // "suspends planned tariffs", "the lay-offs have been cancelled"
            return !unit.Consumed && (Levies.Contains(PhraseText.LastWord(text[unit.Start..unit.End])) || UndoneStates.Contains(text[unit.Start..unit.End]));
        }

        if (unit.Kind != UnitKind.Lexical || unit.Category != LexiconCategory.Sentiment)
        {
            return false;
        }

        // "charges against" names its trouble before the preposition.
        var phrase = text[unit.Start..unit.End];
        var last = PhraseText.LastWord(phrase);
        if (last.Equals("against", StringComparison.OrdinalIgnoreCase) && phrase.Length > last.Length)
        {
            last = PhraseText.LastWord(phrase[..^(last.Length + 1)]);
        }

        return UndoneStates.Contains(last) || Levies.Contains(last) || UndoneStates.Contains(phrase); // "suspends retaliatory tariffs", "lifts the clinical hold"
    }

    /// <summary>
    /// Whether the unit at <paramref name="i"/>, a verb of ending's object, is a burden (<see cref="Burdens"/>) whose noun is no good
    /// thing: "scrapped several costly projects" ended a cost, "scrapped its costly buyback" a good thing.
    /// </summary>
    private static bool IsBurden(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i)
    {
        if (units[i].Kind != UnitKind.Lexical || units[i].Category != LexiconCategory.Sentiment || units[i].Valence >= 0 ||
            !Burdens.Contains(text[units[i].Start..units[i].End]))
        {
            return false;
        }

        for (var j = i + 1; j < units.Length && j <= i + MaxBurdenNounWords && units[j].Kind is UnitKind.Word or UnitKind.Lexical; j++)
        {
            if (units[j].Contribution > 0)
            {
                return false;
            }
        }

        return true;
    }

    // Words for a plan or a project that costs more than it brings, which ending is good news: "scrapped costly projects". Not
    // a business that loses money ("closed unprofitable stores", "underperforming restaurants"): closing it reads as the
    // weakness it shows.
    private static readonly WordSet Burdens = new("costly", "uneconomic", "uneconomical");

    /// <summary>The most words of the noun a burden describes that <see cref="IsBurden"/> reads ("costly green-hydrogen projects").</summary>
    private const int MaxBurdenNounWords = 3;

    /// <summary>
    /// Whether the word names what trouble is over: "over", "about", "into", "of" (not "for", which names the price paid:
    /// "settles the probe for a hefty fine").
    /// </summary>
    private static bool IsTopicWord(ReadOnlySpan<char> text, in Unit unit) =>
        IsWord(text, unit, "over") || IsWord(text, unit, "about") || IsWord(text, unit, "into") || IsWord(text, unit, "of");

    /// <summary>
    /// "Rising rates derail the recovery", "the strike dents profit": the first good word within three words after a verb that
    /// stops or spoils it (<see cref="BreakerWords"/>), not counting articles, is lost, so it turns (shown as negated by the verb)
    /// instead of outweighing the verb. A bad word first ("threatens job cuts") is what the verb brings, and ends the search.
    /// Runs after negation: a negated verb ("does not threaten the recovery") spares the good word, so the negation that reached
    /// it too is undone and the verb itself counts for nothing.
    /// </summary>
    private void TurnBrokenGoods(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var b = lexical.First; b < lexical.End; b++)
        {
            ref var breaker = ref units[b];
            if (breaker.Kind != UnitKind.Lexical || breaker.Contribution == 0 || (uint)breaker.Entry >= (uint)_entryInfo.Length ||
                !_entryInfo[breaker.Entry].Breaker)
            {
                continue;
            }

            var target = FindBrokenGood(text, units, b, breaker.Negator);
            var breakerWord = text[breaker.Start..breaker.End];
            var stop = StopWords.Contains(breakerWord);
            if (target >= 0 && (DelayWords.Contains(breakerWord) && !DelaysObject(text, units, b, target) ||
                                stop && (IsDirection(units[target]) || !IsObject(text, units, b, target))))
            {
                continue; // "delays a decision on the buyback"; "stop above 142" (a stop-loss level), "stopped at support"
            }

            if (target < 0)
            {
                if (breaker.Negator < 0 && StopperWords.Contains(breakerWord))
                {
                    StopSetback(text, units, b, stop);
                }

                continue;
            }

            ref var unit = ref units[target];
            if (breaker.Negator < 0)
            {
                unit.Contribution *= _negationFactor;
                unit.Negator = b;
            }
            else
            {
                unit.Contribution /= NegationMultiplier(units[breaker.Negator]);
                unit.Negator = -1;
                breaker.Contribution = 0;
            }
        }
    }

    /// <summary>
    /// Whether the delay word at unit <paramref name="b"/> is a verb whose object is the good word at <paramref name="target"/>:
    /// a determiner or owner's word right after it, then <see cref="IsObject"/> ("delays its product launch"; not "delays a
    /// decision on the buyback").
    /// </summary>
    private static bool DelaysObject(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int b, int target) =>
        b + 1 < target && Determiners.Contains(text[units[b + 1].Start..units[b + 1].End]) && IsObject(text, units, b, target);

    /// <summary>
    /// Whether only plain words, no preposition, stand between the verb at unit <paramref name="b"/> and the phrase at
    /// <paramref name="target"/>, its object ("stop share buybacks"; not "stopped at support").
    /// </summary>
    private static bool IsObject(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int b, int target)
    {
        for (var i = b + 1; i < target; i++)
        {
            if (units[i].Kind != UnitKind.Word || Prepositions.Contains(text[units[i].Start..units[i].End]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Acme halts the slide in its shares", "dampened fears of a slowdown": the bad word a stopper at unit <paramref name="b"/>
    /// hits is stopped, good news, and so is what a fear or worry is of; the verb itself then counts for nothing. With
    /// <paramref name="objectOnly"/> ("stop"), only the verb's object ("stopped the slump"; not "the rally stopped at resistance").
    /// </summary>
    private void StopSetback(ReadOnlySpan<char> text, Span<Unit> units, int b, bool objectOnly)
    {
        // "Acme halts production on safety concerns", "$ACME halted on leak news": the cause of the halt is not what it stops.
        var stopped = FirstScoredAfter(text, units, b);
        if (objectOnly && stopped >= 0 && !IsObject(text, units, b, stopped) || stopped >= 0 && HasCauseMarkerBetween(text, units, b, stopped) ||
            !TurnSetback(units, stopped, b))
        {
            return;
        }

        units[b].Contribution = 0;
        if (stopped + 1 < units.Length &&
            (IsWord(text, units[stopped + 1], "of") || IsWord(text, units[stopped + 1], "over") || IsWord(text, units[stopped + 1], "about")))
        {
            TurnSetback(units, FirstScoredAfter(text, units, stopped + 1), b);
        }
    }

    // Words that open the cause of what comes before them: "halted on leak news", "halts output after a fire", "amid protests".
    private static readonly WordSet CauseOpeners = new("on", "after", "amid", "following", "over", "because", "due");

    /// <summary>Whether a word that opens a cause (<see cref="CauseOpeners"/>) stands between units <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool HasCauseMarkerBetween(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (units[i].Kind == UnitKind.Word && CauseOpeners.Contains(text[units[i].Start..units[i].End]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Turns the bad, not yet negated word at unit <paramref name="i"/> (if it is one), as negated by unit <paramref name="by"/>.</summary>
    private bool TurnSetback(Span<Unit> units, int i, int by)
    {
        if (i < 0 || units[i].Contribution >= 0 || units[i].Negator >= 0)
        {
            return false;
        }

        units[i].Contribution *= _negationFactor;
        units[i].Negator = by;
        return true;
    }

    /// <summary>
    /// The good word a breaker at unit <paramref name="b"/> hits, or -1. With <paramref name="negator"/> -1 it is a good word not
    /// negated; otherwise a good word negated by that same negator (now scoring as bad).
    /// </summary>
    private static int FindBrokenGood(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int b, int negator)
    {
        var i = FirstScoredAfter(text, units, b);
        if (i < 0)
        {
            return -1;
        }

        ref readonly var unit = ref units[i];
        var good = negator < 0 ? unit.Contribution > 0 && unit.Negator < 0 : unit.Contribution < 0 && unit.Negator == negator;
        return good ? i : -1;
    }

    /// <summary>
    /// The first unit that scores within three words after a breaker (articles, and a word of a part with its "of", not counted)
    /// in its clause, or -1.
    /// </summary>
    private static int FirstScoredAfter(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int b)
    {
        var reached = 0;
        for (var i = b + 1; i < units.Length && reached < 3; i++)
        {
            ref readonly var unit = ref units[i];
            if (IsClauseStop(unit) || IsWord(text, unit, "to") || IsConnector(text, unit))
            {
                break; // "export curbs to protect supply": what follows "to" is the aim, not what is hit; "as sales rise", news of its own
            }

            if (unit.Contribution != 0)
            {
                return i;
            }

            // "Will miss out on some of the most profitable margins": a word of a part and "of" do not count.
            if (i > b + 1 && IsWord(text, unit, "of") && units[i - 1].Kind is UnitKind.Word or UnitKind.Lexical &&
                PartitiveWords.Contains(text[units[i - 1].Start..units[i - 1].End]))
            {
                reached--;
                continue;
            }

            if (!IsArticle(text, unit))
            {
                reached++;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The worst of the downturn may be over", "a good deal turns bad": the words of the same sign that lead up to an ended state
    /// within its noun phrase (joined to it directly or by "of", "the", "a", "an") end with it.
    /// </summary>
    private void ReverseQualifiersOfState(ReadOnlySpan<char> text, Span<Unit> units, int state, int ender)
    {
        var sign = Math.Sign(units[state].Contribution);
        for (var q = state - 1; q >= 0 && q >= state - 4; q--)
        {
            ref var unit = ref units[q];
            if (unit.Kind == UnitKind.Word && (IsArticle(text, unit) || IsWord(text, unit, "of")))
            {
                continue;
            }

            if (unit.Kind != UnitKind.Lexical || unit.Contribution == 0 || Math.Sign(unit.Contribution) != sign || unit.Negator >= 0)
            {
                break;
            }

            unit.Contribution *= _negationFactor;
            unit.Negator = ender;
        }
    }

    /// <summary>
    /// "Acme, Globex strike $2 billion drug deal": a strike followed in its clause by the agreement it makes, before any
    /// preposition, is the verb of a deal, not a walkout, and scores nothing itself (the deal word does).
    /// </summary>
    private static void ReadStrikesOfDeals(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical)
    {
        for (var s = lexical.First; s < lexical.End; s++)
        {
            ref var strike = ref units[s];
            if (strike.Kind != UnitKind.Lexical || strike.Contribution >= 0 || !StrikeWords.Contains(text[strike.Start..strike.End]))
            {
                continue;
            }

            // The deal is the strike's object: a preposition first makes it a walkout's cause ("strike over a pay deal").
            for (var i = s + 1; i < units.Length && i <= s + 5 && !IsClauseStop(units[i]); i++)
            {
                if (units[i].Kind is not (UnitKind.Word or UnitKind.Lexical))
                {
                    continue;
                }

                var word = text[units[i].Start..units[i].End];
                if (StrikePrepositions.Contains(word))
                {
                    break;
                }

                // "strike a pay deal", "strike deals with the SEC": the deal named first or last in its phrase.
                if (AgreementWords.Contains(PhraseText.LastWord(word)) || AgreementWords.Contains(PhraseText.FirstWord(word)))
                {
                    strike.Contribution = 0;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the word at unit <paramref name="i"/> ends the state named at unit <paramref name="state"/>, given the last negator
    /// between them (<paramref name="negator"/>, -1 for none). A negated ender leaves the state as it is ("the rally may not be
    /// over", "recovery has not stalled"; the negator then turns the ender, if it scores), except "enough", which ends a state
    /// only right after its negation ("the sales pickup isn't enough", "won't be enough"; not "strong enough", nor "doesn't
    /// have enough money").
    /// </summary>
    private static bool EndsStateAt(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int state, int i, int negator)
    {
        var word = text[units[i].Start..units[i].End];
        if (!StateEnders.Contains(word))
        {
            return false; // most words: one lookup
        }

        // "Sales growth slowed to 2.9%, well short of the 3.4% expected": a judged move that holds the verb is its own phrase.
        if (units[i].Start < units[state].End)
        {
            return false;
        }

        // "The strike will not affect demand": a bad thing's effect denied right after the negator.
        if (EffectVerbs.Contains(word))
        {
            return negator == i - 1 && units[state].Contribution < 0;
        }

        // "The headwinds we flagged did not materialise": what did not come about is read by DenyWhatDidNotHappen, over its
        // whole subject.
        if (OccurringVerbs.Contains(word))
        {
            return false;
        }

        // "Won't last", "is not sustainable": a good state that will not last, right after the negator or a form of "be" after it
        // ("last week" is a time).
        if (LastingWords.Contains(word))
        {
            return units[state].Contribution > 0 && negator >= 0 && (negator == i - 1 || (negator == i - 2 && IsBeVerb(text[units[i - 1].Start..units[i - 1].End]))) &&
                !(i + 1 < units.Length && units[i + 1].Kind == UnitKind.Word && PeriodWords.Contains(text[units[i + 1].Start..units[i + 1].End]));
        }

        var enough = word.Equals("enough", StringComparison.OrdinalIgnoreCase);
        if (enough || negator >= 0)
        {
            return enough && negator >= 0 && (negator == i - 1 || (negator == i - 2 && IsBeVerb(text[units[i - 1].Start..units[i - 1].End])));
        }

        if (UndoingWords.Contains(word))
        {
            return IsTrouble(text, units[state]); // "the lawsuit was dismissed", "the shareholder lawsuit", "the charges against Acme"
        }

        var previous = i > state + 1 ? text[units[i - 1].Start..units[i - 1].End] : [];
        var doneOrGone = word.Equals("done", StringComparison.OrdinalIgnoreCase) || word.Equals("gone", StringComparison.OrdinalIgnoreCase);
        if (doneOrGone && units[state].Contribution >= 0)
        {
            return false; // "the deal is done": only trouble is done with
        }

        if (doneOrGone || word.Equals("over", StringComparison.OrdinalIgnoreCase))
        {
            // "The boom is over", "the slump may be over" (a hedge phrase ending in "be"), not "concerns over prices"; "the destocking
            // is done", "the overhang is finally gone" alike (not "damage done", "has gone up").
            if (IsBeVerb(previous) || (previous.Length > 3 && previous.EndsWith(" be", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "The strike is finally over", "$BA strike finally over": an adverb of completion between, "over" closing the clause;
            // "$BA strike over!!!": "over" right after the state, closing its clause (not "strike over pay").
            return i == state + 1 && units[state].Category == LexiconCategory.Sentiment && units[state].Contribution < 0 &&
                    (i + 1 >= units.Length || units[i + 1].Kind is UnitKind.Boundary or UnitKind.Other) ||
                CompletionAdverbs.Contains(previous) && EndsClause(units, i) &&
                    (i - 2 == state || IsBeVerb(text[units[i - 2].Start..units[i - 2].End]));
        }

        if (TurnWords.Contains(word))
        {
            // "The deal turned bad", "the rally goes sour", "headwinds have turned into tailwinds": the state turns into its
            // opposite, named right after the verb (or after "into").
            var next = i + 1 < units.Length && IsWord(text, units[i + 1], "into") ? i + 2 : i + 1;
            if (next >= units.Length || units[next].Kind != UnitKind.Lexical)
            {
                return false;
            }

            var after = units[next].Contribution;
            return after != 0 && Math.Sign(after) != Math.Sign(units[state].Contribution);
        }

        // "Supply disruptions are (now largely) behind us", "the worst of its headwinds is behind it": a state left behind, after a
        // form of "be" and before "us", "them" or "it".
        if (word.Equals("behind", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 1 >= units.Length || !(IsWord(text, units[i + 1], "us") || IsWord(text, units[i + 1], "them") || IsWord(text, units[i + 1], "it") ||
                                           IsWord(text, units[i + 1], "the") && i + 2 < units.Length && IsCompanyNoun(text, units[i + 2])))
            {
                return false;
            }

            for (var b = i - 1; b > state && b >= i - 3; b--)
            {
                if (IsBeVerb(text[units[b].Start..units[b].End]))
                {
                    return true;
                }
            }

            return false;
        }

        if (word.Equals("limited", StringComparison.OrdinalIgnoreCase) || word.Equals("capped", StringComparison.OrdinalIgnoreCase))
        {
            // "Gains are limited", "upside capped": what is held down is denied ("the downside is capped" is good news); never the
            // "Limited" of a company's name, nor a limit with its figure ("the fine is capped at $2 billion").
            // Nor the verb of "record profit capped a strong year", with an object after it.
            var next = i + 1 < units.Length ? text[units[i + 1].Start..units[i + 1].End] : [];
            return (IsBeVerb(previous) || (i == state + 1 && char.IsLower(word[0]) && !Determiners.Contains(next))) &&
                !next.Equals("at", StringComparison.OrdinalIgnoreCase) && !next.Equals("to", StringComparison.OrdinalIgnoreCase);
        }

        if (BareEndingVerbs.Contains(word))
        {
            // "Worries about layoffs recede (on strong data)": intransitive, with the clause ending or a place, time or cause after it;
            // not the move of a quantity right before it ("Acme hit as exports slow": the exports slow, the blow stands), nor the
            // verb of a clause of "that" after the state ("warned that advertising growth would slow": the growth slows).
            return !IsQuantity(units[i - 1]) && !NamesOtherSubject(text, units, state, i) &&
                (EndsClause(units, i) || IsConnector(text, units[i + 1]) || Prepositions.Contains(text[units[i + 1].Start..units[i + 1].End]));
        }

        if (ProgressiveEndingVerbs.Contains(word))
        {
            // "Sees revenue decline easing next quarter": in a headline's short form, right after a bad thing; "the recession looks
            // like it's ending": "'s" after "it" is "is".
            return IsBeVerb(previous) || previous.Equals("were", StringComparison.OrdinalIgnoreCase) ||
                previous is "'s" or "’s" && i >= 2 && IsWord(text, units[i - 2], "it") ||
                i == state + 1 && units[state].Contribution < 0 && char.IsLower(word[0]);
        }

        // "The turnaround is taking longer than expected", "a recovery in chip demand took longer", "the rebound is taking
        // forever": a good thing slow in coming is put off, not had (the word itself then counts for nothing).
        if (word.Equals("longer", StringComparison.OrdinalIgnoreCase) || word.Equals("forever", StringComparison.OrdinalIgnoreCase))
        {
            return units[state].Contribution > 0 && TakingWords.Contains(previous);
        }

        // "The recovery has been delayed", "the launch was postponed", "the analog recovery keeps getting pushed to the right": in
        // the passive, a good thing is put off, and a bad one gets a reprieve ("the strike was postponed"); so it does right before
        // a one-word verb with no object ("tariffs delayed 90 days"; not "tariffs delayed shipments", which the tariffs did).
        if (PuttingOffWords.Contains(word))
        {
            return IsBeVerb(previous) || PassiveHelpers.Contains(previous) ||
                units[state].Contribution < 0 && i == state + 1 && !word.Contains(' ') && !HasObjectAfter(text, units, i) &&
                !(i + 1 < units.Length && units[i + 1].Kind == UnitKind.Lexical);
        }

        // "A supplier recall slowed its assembly lines": a verb of slowing with its object after it is what the state did, not
        // its end ("losses slowed", "the slump eased in May").
        if (TransitiveEndingVerbs.Contains(word) && i + 2 < units.Length && units[i + 1].Kind == UnitKind.Word &&
            Determiners.Contains(text[units[i + 1].Start..units[i + 1].End]))
        {
            return false;
        }

        // "The deal eases funding concerns": a verb that moves a quantity named after it acts on that quantity.
        if (IsDirection(units[i]) && units[i].Partner > i)
        {
            return false;
        }

        if (!word.StartsWith("end", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Ends", "ended", "end" only where they close the clause ("the slump ends", "the strike has ended and output is back",
        // "the strike ends as workers accept a deal", not "the index ends below 5,250") or before whose state it was ("the rally
        // ends for the Nikkei"), never after a move ("gains ended the session"), and "end" only after "an" or "to" ("coming to an end").
        return !IsDirection(units[state]) &&
            (ClosesClause(text, units, i) || i + 1 < units.Length && (IsWord(text, units[i + 1], "for") || IsWord(text, units[i + 1], "and"))) &&
            (!word.Equals("end", StringComparison.OrdinalIgnoreCase) || previous.Equals("an", StringComparison.OrdinalIgnoreCase) ||
             previous.Equals("to", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether "that" stands between the state at <paramref name="state"/> and its ending verb at <paramref name="i"/>: then the
    /// verb has a subject of its own ("warned that growth would slow"; not "growth in subscriptions is expected to slow").
    /// </summary>
    private static bool NamesOtherSubject(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int state, int i)
    {
        for (var k = state + 1; k < i; k++)
        {
            if (IsWord(text, units[k], "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Company", "firm", "group", "business": what "the worst is behind the company" leaves the state behind.</summary>
    private static bool IsCompanyNoun(ReadOnlySpan<char> text, in Unit unit) =>
        IsWord(text, unit, "company") || IsWord(text, unit, "firm") || IsWord(text, unit, "group") || IsWord(text, unit, "business");

    // Ending verbs that also take an object ("the recall slowed its assembly lines", "the rebate eased the strain").
    private static readonly WordSet TransitiveEndingVerbs = new("slows", "slowed", "eases", "eased", "moderates", "moderated");

    // Verbs of time taken before "longer" or "forever": "is taking longer", "took longer", "will take forever".
    private static readonly WordSet TakingWords = new("take", "takes", "taking", "took", "taken");

    // What puts a good thing off, in the passive ("the recovery was delayed", "keeps getting pushed out"), and the helpers of it.
    private static readonly WordSet PuttingOffWords = new(PuttingOffWordList);

    private static string[] PuttingOffWordList => ["delayed", "postponed", "pushed back", "pushed out", "pushed to the right"];

    private static readonly WordSet PassiveHelpers = new("been", "were", "getting", "gets", "get", "got");

    // Adverbs of completion between a state and the "over" that ends it ("the strike is finally over").
    private static readonly WordSet CompletionAdverbs = new("finally", "now", "officially", "largely", "effectively", "mostly", "all");

    /// <summary>
    /// Whether the ending word denies a quantity too, as it does a state: "cost pressures are behind us", "headwinds have
    /// turned into tailwinds" (a quantity is not ended otherwise: "losses ended" is a close).
    /// </summary>
    private static bool DeniesQuantity(ReadOnlySpan<char> word) =>
        word.Equals("behind", StringComparison.OrdinalIgnoreCase) || TurnWords.Contains(word);

    // Connectors that open a clause with a subject of its own ("…as demand falters"), unlike prepositions ("the slump since
    // March is over").
    private static readonly WordSet ClauseConjunctions = new("as", "while", "because", "when", "if", "whereas", "though", "although", "but");

    /// <summary>
    /// Whether the clause ends after unit <paramref name="i"/> (<see cref="EndsClause"/>) or another clause opens there: "the
    /// strike ends as workers accept a deal", "the slump ended after rates fell", "the walkout ended with a new contract".
    /// </summary>
    private static bool ClosesClause(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int i) =>
        EndsClause(units, i) || ClauseOpenersAfterAnEnd.Contains(text[units[i + 1].Start..units[i + 1].End]);

    // Words that open a clause of its own after a state's ending verb: "the strike ends as…", "…ended after…".
    private static readonly WordSet ClauseOpenersAfterAnEnd = new("as", "after", "when", "following", "with", "once", "amid", "because", "since");

    /// <summary>Whether no word follows unit <paramref name="i"/> in its clause: "the slump ends." (not "the index ends below 5,250").</summary>
    private static bool EndsClause(ReadOnlySpan<Unit> units, int i) =>
        i + 1 >= units.Length || IsClauseStop(units[i + 1]) || units[i + 1].Kind is not (UnitKind.Word or UnitKind.Lexical);

    /// <summary>What a negator multiplies the words it reaches by: <see cref="LexiconScorerOptions.NegationFactor"/>, scaled by its valence (1 when none).</summary>
    private double NegationMultiplier(in Unit negator) => _negationFactor * Math.Abs(negator.Valence == 0 ? 1 : negator.Valence);

    /// <summary>
    /// Whether the negator at <paramref name="i"/> is said of the state at <paramref name="state"/> after a linking verb, not
    /// before what it negates: "a recovery is unlikely (this year)", "a rebound looks unlikely", "a recovery is unlikely to come
    /// soon"; not "unlikely that", nor "unlikely to" before a word that scores ("growth is unlikely to slow" negates the slowing).
    /// </summary>
    private static bool IsPredicateNegator(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int state, int i)
    {
        // "is highly unlikely", "looks increasingly unlikely": an adverb between.
        var linking = i - 1;
        if (linking > state + 1 && text[units[linking].Start..units[linking].End] is var adverb &&
            (units[linking].Kind == UnitKind.Lexical && units[linking].Category == LexiconCategory.Intensifier || adverb.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
        {
            linking--;
        }

        if (linking <= state || !LinkingVerbs.Contains(text[units[linking].Start..units[linking].End]))
        {
            return false;
        }

        var word = text[units[i].Start..units[i].End];
        var withTo = word.EndsWith(" to", StringComparison.OrdinalIgnoreCase); // "unlikely to" is one unit
        var next = i + 1 < units.Length ? units[i + 1] : default;
        return PredicateNegators.Contains(withTo ? word[..^3] : word) &&
            (withTo ? i + 1 < units.Length && next.Kind == UnitKind.Word
                    : !(i + 1 < units.Length && (IsWord(text, next, "that") || IsWord(text, next, "to"))));
    }

    private static readonly WordSet LinkingVerbs = new(
        "is", "are", "was", "were", "looks", "look", "seems", "seem", "appears", "appear", "remains", "remain", "now", "proved", "proves",
        "prove", "proven", "be", "been", "seemed", "looked", "appeared", "remained");

    private static bool IsBeVerb(ReadOnlySpan<char> word) =>
        word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("be", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "The miner resumed production after a two-month strike", "the plant reopens following a fire", "returned to full production
    /// after the outage": the bad thing that stopped
    /// a thing that starts again, named right after "after" or "following" in its clause, is over and does not count against it.
    /// Only the first word that scores after the marker, within a few words (what follows it, "a strike crippled output", is
    /// news of its own); and not when what starts again is itself bad ("selling resumed after…", "resumed their slide after…",
    /// "reopened its investigation after…").
    /// </summary>
    private static bool IsBadSentiment(in Unit unit) => unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Sentiment && unit.Contribution < 0;

    private static void DiscountEndedInterruptions(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var r = 0; r + 1 < units.Length; r++)
        {
            ref readonly var resumed = ref units[r];
            // "Resumed production", and a phrase that ends in the verb: "production resumed", "fully restored".
            if (resumed.Kind is not (UnitKind.Word or UnitKind.Lexical) ||
                !(ResumingWords.Contains(PhraseText.FirstWord(text[resumed.Start..resumed.End])) ||
                  ResumingWords.Contains(PhraseText.LastWord(text[resumed.Start..resumed.End]))) ||
                r > 0 && units[r - 1].Contribution < 0 || resumed.Contribution < 0 ||
                resumed.Kind == UnitKind.Lexical && resumed.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp) // "higher returns after…"
            {
                continue;
            }

            // "restarts after" may be one phrase of the lexicon, which holds the marker itself.
            var marker = text[resumed.Start..resumed.End].EndsWith(" after", StringComparison.OrdinalIgnoreCase) ? r : -1;
            for (var i = r + 1; marker < 0 && i < units.Length && i <= r + 6 && !IsClauseStop(units[i]) && units[i].Contribution >= 0; i++)
            {
                if (IsWord(text, units[i], "after") || IsWord(text, units[i], "following"))
                {
                    marker = i;
                    break;
                }

                if (IsConnector(text, units[i]))
                {
                    break;
                }
            }

            for (var i = marker + 1; marker >= 0 && i < units.Length && i <= marker + 4; i++)
            {
                ref var unit = ref units[i];
                if (IsClauseStop(unit) || IsConnector(text, unit) || unit.Kind is not (UnitKind.Word or UnitKind.Lexical or UnitKind.Number))
                {
                    break;
                }

                if (unit.Contribution != 0)
                {
                    // "after a cyber attack shutdown": the bad words of one noun, side by side, name one stop (not a verb after
                    // them: "after a hurricane destroyed its plant").
                    for (var j = i; j < units.Length && IsBadSentiment(units[j]) &&
                        (j == i || units[j - 1].End == units[j].Start - 1 && !MayBeVerb(text[units[j].Start..units[j].End])); j++)
                    {
                        units[j].Contribution = 0;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Stocks rally ahead of a sanctions review", "Acme slips ahead of the results season": what comes after "ahead of" is an
    /// event still to come, not news, so words in it against the move before it do not count (those with it, a hope or a
    /// fear the move prices in, do).
    /// </summary>
    private static void DiscountAwaitedEvents(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var a = 1; a + 1 < units.Length; a++)
        {
            if (!IsWord(text, units[a], "ahead") || !IsWord(text, units[a + 1], "of"))
            {
                continue;
            }

            var before = 0.0;
            for (var i = a - 1; i >= 0 && i >= a - 6 && !IsClauseStop(units[i]); i--)
            {
                before += units[i].Contribution;
            }

            if (before == 0)
            {
                continue;
            }

            for (var i = a + 2; i < units.Length && i <= a + 7; i++)
            {
                ref var unit = ref units[i];
                if (IsClauseStop(unit) || IsConnector(text, unit))
                {
                    break;
                }

                if (unit.Contribution != 0 && Math.Sign(unit.Contribution) != Math.Sign(before))
                {
                    unit.Contribution = 0;
                }
            }
        }
    }

    /// <summary>Whether a preposition comes right before unit <paramref name="s"/>, or before an article before it ("at a record high").</summary>
    private static bool IsAfterPreposition(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int s)
    {
        var p = s - 1;
        if (p >= 0 && units[p].Kind == UnitKind.Word && Determiners.Contains(text[units[p].Start..units[p].End]))
        {
            p--;
        }

        return p >= 0 && units[p].Kind == UnitKind.Word && Prepositions.Contains(text[units[p].Start..units[p].End]);
    }

    /// <summary>
    /// Whether the words before unit <paramref name="i"/> back to an "and" are a new subject of words that score nothing (plain or
    /// neutral entries: "and Treasury yields ease"), after a scored unit that is the verb of the state at <paramref name="s"/>:
    /// "demand cools and international inbound travel slows".
    /// </summary>
    private static bool HasNewSubjectBefore(ReadOnlySpan<char> text, ReadOnlySpan<Unit> units, int s, int i)
    {
        var k = i - 1;
        while (k > s && (units[k].Kind == UnitKind.Word && !IsWord(text, units[k], "and") ||
                         units[k].Kind == UnitKind.Lexical && units[k].Category == LexiconCategory.Neutral))
        {
            k--;
        }

        if (k >= i - 1 || k <= s || !IsWord(text, units[k], "and"))
        {
            return false;
        }

        // The state's verb is the state itself ("cools", a move) or a scored unit between it and the "and"; a state after a
        // preposition is no subject at all ("Dow closes at record high and yields ease").
        if (units[s].Category is LexiconCategory.Increase or LexiconCategory.Decrease || IsAfterPreposition(text, units, s))
        {
            return true;
        }

        for (var v = s + 1; v < k; v++)
        {
            if (units[v].Kind == UnitKind.Lexical)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Record quarterly revenue fails to impress investors", "strong sales disappoint": the good news a clause's subject names
    /// is what failed to please, so it weighs nothing; the letdown (<see cref="LetdownWords"/>) is the news. Bad news in the
    /// subject keeps its weight ("a weak outlook fails to reassure"), and a denied letdown spares the subject.
    /// </summary>
    private void DiscountLetdownSubjects(Span<Unit> units, LexicalUnits lexical)
    {
        for (var b = lexical.First + 1; b < lexical.End; b++)
        {
            ref readonly var letdown = ref units[b];
            if (letdown.Kind != UnitKind.Lexical || letdown.Contribution >= 0 || letdown.Negator >= 0 ||
                (uint)letdown.Entry >= (uint)_entryInfo.Length || !_entryInfo[letdown.Entry].Letdown)
            {
                continue;
            }

            for (var s = b - 1; s >= 0 && !IsClauseStop(units[s]); s--)
            {
                ref var subject = ref units[s];
                if (subject.Kind == UnitKind.Lexical && subject.Contribution > 0)
                {
                    subject.Contribution = 0;
                }
            }
        }
    }
}
