using System.Buffers;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
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
public sealed class LexiconScorer : ISentimentScorer
{
    private const int StackUnits = 128;

    /// <summary>The most units before the colon that ends a headline's lead ("$ACME - Acme:").</summary>
    private const int MaxRecommendationLead = 4;

    /// <summary>The most words of an issuer's name that opens a notice ("Globex Growth Alliance :").</summary>
    private const int MaxIssuerWords = 6;

    /// <summary>The most words of a name before its designator ("Acme Capital Advantage Global Income Opportunity Fund").</summary>
    private const int MaxDesignatedNameWords = 7;

    private static readonly Lazy<LexiconScorer> DefaultScorer = new(() => new LexiconScorer(SentimentLexicon.Default));

    private static readonly (string Verb, double Valence)[] Recommendations =
        [("buy", 0.5), ("accumulate", 0.4), ("add", 0.4), ("like", 0.3), ("sell", -0.5), ("avoid", -0.5), ("short", -0.4), ("exit", -0.4), ("skip", -0.4)];

    // The verbs of Recommendations, as a set: nearly every sentence opens with a capitalised word that is none of them, and the set
    // rejects it on its length and first letter instead of comparing it with each verb.
    private static readonly WordSet RecommendationVerbs = new(Array.ConvertAll(Recommendations, r => r.Verb));

    private static readonly string[] Subordinators =
        ["although", "though", "despite", "while", "even though", "in spite of", "whereas", "even as", "notwithstanding", "albeit", "even if"];

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

    // "a 3-week peak", "a two-year trough": the extremes a price reached over a named period.
    // Verbs that end the state the word before them names: "the rally stalls", "boom is over", "the slump ends".
    private static readonly string[] EndingWordList =
    [
        "stalls", "stalled", "falters", "faltered", "fizzles", "fizzled", "fizzle", "fades", "faded", "ends", "ended", "evaporates",
        "evaporated", "unravels", "unravelled", "unraveled", "wanes", "waned", "over", "end", "limited", "capped",
        "turns", "turned", "turn", "goes", "went", "enough",
    ];

    // "The lawsuit against Acme was dismissed", "ban on Globex lifted": legal trouble or a restriction that is undone after it is
    // named. Only these states: "lifted" after a quantity is a rise ("lifted prices"), and "dropped" a fall.
    private static readonly WordSet UndoneStates = new(
        "lawsuit", "lawsuits", "suit", "suits", "case", "charges", "charge", "claims", "claim", "probe", "probes", "investigation",
        "investigations", "inquiry", "complaint", "complaints", "indictment", "allegations", "ban", "bans", "sanctions",
        "restrictions", "curbs", "embargo", "penalty", "penalties", "fine", "fines", "injunction", "suspension", "blacklisting");

    private static readonly string[] UndoingWordList =
    [
        "dismissed", "dropped", "withdrawn", "quashed", "overturned", "lifted", "scrapped", "revoked", "rescinded", "waived",
        "vacated", "tossed", "annulled",
    ];

    private static readonly WordSet UndoingWords = new(UndoingWordList);

    private static readonly WordSet StateEnders = new([.. EndingWordList, .. UndoingWordList]);

    // Verbs that stop or spoil a good thing: what they hit is lost ("rates derail the recovery", "the strike dents profit"), so
    // the good word after them turns bad instead of outweighing the verb. A bad word after them is the threat itself ("threatens
    // job cuts") and stays as it is.
    private static readonly WordSet BreakerWords = new(
        "derail", "derails", "derailed", "derailing", "spoil", "spoils", "spoiled", "spoilt", "spoiling", "kill", "kills", "killed",
        "threaten", "threatens", "threatened", "threatening", "dent", "dents", "dented", "denting", "halt", "halts", "halted",
        "hurt", "hurts", "hurting", "hamper", "hampers", "hampered", "hampering", "hinder", "hinders", "hindered", "hindering",
        "undermine", "undermines", "undermined", "undermining", "jeopardize", "jeopardizes", "jeopardized", "jeopardise",
        "jeopardises", "jeopardised", "erode", "erodes", "eroded", "eroding", "dampen", "dampens", "dampened", "dampening",
        "stifle", "stifles", "stifled", "stifling", "scuttle", "scuttles", "scuttled", "torpedo", "torpedoes", "torpedoed",
        "sapped", "marred", "sours", "soured", "weigh on", "weighs on", "weighed on", "weighing on", "put the brakes on",
        "puts the brakes on", "blocked");

    // Breakers that stop what follows whatever it is: a bad thing stopped ("halts the slide", "dampens fears") is good news.
    private static readonly WordSet StopperWords = new("halt", "halts", "halted", "halting", "dampen", "dampens", "dampened", "dampening");

    // A fall of the subject that is a loss of what follows ("Acme loses its licence", "lost the contract", "gave up early gains",
    // "erased its gains"): the good thing after it is lost, as after a breaker.
    private static readonly WordSet LosingWords = new(
        "loses", "lost", "lose", "losing", "gave up", "give up", "gives up", "giving up", "given up", "surrendered", "surrenders",
        "erased", "erases", "erase", "erasing", "wiped out", "wipes out", "wipe out", "wiping out");

    // Words between two negators that join them rather than put one inside the other ("cannot and will not cut").
    private static readonly WordSet NegationBreaks = new("and", "or", "nor", "what", "which", "that", "who", "but");

    private static readonly WordSet Determiners = new("a", "an", "the", "its", "their", "his", "her", "our");

    // Verbs of a change into the opposite state ("turns bad", "goes sour"), among the words that end a state.
    private static readonly WordSet TurnWords = new("turns", "turned", "turn", "goes", "went");

    private static readonly WordSet StrikeWords = new("strike", "strikes", "struck", "striking");

    private static readonly WordSet StrikePrepositions = new("over", "against", "at", "in", "on", "for", "from", "after", "amid", "by", "as");

    private static readonly WordSet AgreementWords = new(
        "deal", "deals", "agreement", "agreements", "pact", "pacts", "accord", "accords", "partnership", "alliance", "bargain",
        "truce", "compromise", "settlement", "contract", "contracts");

    private static readonly WordSet PeriodHighs = new("high", "highs", "peak", "peaks");
    private static readonly WordSet PeriodLows = new("low", "lows", "trough", "troughs");

    // Auxiliaries that open a question ("Did …", "Should you …"); "Can" and "Will" are left out (Can Fin Homes, "Will Smith"),
    // and "Do" and "Would" open advice as often ("Do not prefer X", "Would bet on Y").
    private static readonly WordSet QuestionOpeners = new("Did", "Does", "Is", "Are", "Was", "Were", "Should", "Could", "Has", "Have");

    // Directions that, with no quantity to move and no figure, name an act rather than a change: "plans to raise Rs 500 crore"
    // (fund raising), "a price hike", "to drop a brand".
    private static readonly WordSet ActDirections = new("raise", "raising", "hike", "hikes", "drop");

    // Words that end a phrase naming where a market went or stood: "rally", "big slide", "losing run", "16-month low".
    private static readonly WordSet MoveAndLevelWords = new(
        "rally", "rallies", "rallied", "rallying", "slide", "slides", "slid", "sliding", "slump", "slumps", "slumped", "surge",
        "surged", "surging", "jump", "jumped", "gain", "gains", "loss", "losses", "fall", "falls", "fell", "falling", "high",
        "highs", "low", "lows", "peak", "peaks", "trough", "troughs", "selloff", "sell-off", "rout", "crash", "plunge", "plunged",
        "drop", "dropped", "decline", "declines", "declined", "correction", "run", "streak", "rebound", "recovery", "spike",
        "tumble", "tumbled", "dip", "dips", "slip", "slips", "slipped", "slipping", "sell", "off");

    private static readonly WordSet Connectors = new(
        "as", "while", "after", "before", "because", "since", "amid", "despite", "but", "when", "if", "whereas", "though", "although");

    private readonly SentimentLexicon _lexicon;
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
    private readonly bool[] _isSubordinator;

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
        _isSubordinator = new bool[lexicon.Count];
        _entryInfo = new EntryInfo[lexicon.Count];
        for (var i = 0; i < lexicon.Count; i++)
        {
            var entry = lexicon.GetEntry(i);
            _entryInfo[i] = new EntryInfo(
                entry.Valence, entry.Category, entry.Domain == LexiconDomain.General, MayBeReferenceWord(entry.Term), StrikeWords.Contains(entry.Term),
                StateEnders.Contains(entry.Term),
                (entry.Category == LexiconCategory.Sentiment && entry.Valence < 0 && BreakerWords.Contains(entry.Term)) ||
                (entry.Category == LexiconCategory.Decrease && LosingWords.Contains(entry.Term)));
            _isSubordinator[i] = entry.Category == LexiconCategory.Contrast &&
                Array.Exists(Subordinators, s => s.Equals(entry.Term, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Gets a scorer over <see cref="SentimentLexicon.Default"/> with the default weights.</summary>
    public static LexiconScorer Default => DefaultScorer.Value;

    /// <summary>Gets the lexicon.</summary>
    public SentimentLexicon Lexicon => _lexicon;

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
    /// overload would have reported, so callers build only the evidence they keep.
    /// </summary>
    internal double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ref EvidenceDraft[] drafts, ref int count)
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
            return ScoreSentence(text, sentence, wordIds, ref drafts, ref count);
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
    /// Like <see cref="ScoreSentence(ReadOnlySpan{char}, ReadOnlySpan{Token}, ref EvidenceDraft[], ref int)"/>, with the tokens' lexicon
    /// word ids (one per token) from the caller, who may have looked them up already (see <see cref="Internal.WordTable"/>): each is an
    /// id, -1 or <see cref="UnknownWordId"/>; unknown ones are looked up when needed and written back.
    /// </summary>
    internal double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, Span<int> wordIds, ref EvidenceDraft[] drafts, ref int count)
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
            var unitCount = BuildUnits(text, sentence, units, wordIds, out var present, out var triggers);
            units = units[..unitCount];
            if (ReadRecommendation(text, units) | ((triggers & Triggers.Extreme) != 0 && ReadPeriodExtremes(text, units)))
            {
                // A high or low over a period may start with a capital ("Two-year high").
                present |= Bit(LexiconCategory.Sentiment);
                triggers |= Triggers.CapitalisedOpinion;
            }

            // Each rule pass below acts only on lexical units of certain categories; a pass with none of its categories present
            // would change nothing, so it is skipped. Only contributing categories give a sentence a score at all.
            if ((present & Contributing) == 0)
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
            }

            if ((present & Bit(LexiconCategory.Sentiment)) != 0)
            {
                MaskReferenceWords(text, units, lexical);
            }

            if ((present & Quantities) != 0)
            {
                MarkReferenceQuantities(text, units, lexical);
            }

            if ((present & Directions) != 0)
            {
                PairDirections(text, units, lexical, (present & Quantities) != 0);
            }

            if ((present & Quantities) != 0 && (triggers & Triggers.Amounts) == Triggers.Amounts)
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
            }

            if ((triggers & Triggers.Awaited) != 0)
            {
                DiscountAwaitedEvents(text, units);
            }

            if ((triggers & Triggers.StateEnd) != 0 && (present & (Bit(LexiconCategory.Sentiment) | Directions)) != 0)
            {
                ReverseEndedStates(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Intensifier)) != 0)
            {
                ApplyIntensifiers(units);
            }

            if ((present & Bit(LexiconCategory.Negator)) != 0)
            {
                ApplyNegation(text, units);
            }

            if ((triggers & Triggers.Breaker) != 0)
            {
                TurnBrokenGoods(text, units, lexical);
            }

            if ((present & Bit(LexiconCategory.Hedge)) != 0)
            {
                ApplyHedges(units);
            }

            if ((present & Bit(LexiconCategory.Contrast)) != 0)
            {
                ApplyContrast(units);
            }

            if (IsQuestion(text, sentence))
            {
                for (var i = 0; i < units.Length; i++)
                {
                    units[i].Contribution *= _questionWeight;
                    units[i].Question = units[i].Contribution != 0;
                }
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
    /// every unit a contribution can come from lies in the range.
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

    private const int Directions = (1 << (int)LexiconCategory.Increase) | (1 << (int)LexiconCategory.Decrease);
    private const int Quantities = (1 << (int)LexiconCategory.GoodWhenUp) | (1 << (int)LexiconCategory.BadWhenUp);

    /// <summary>The categories that give a unit a contribution of its own (the others only modify contributions).</summary>
    private const int Contributing = (1 << (int)LexiconCategory.Sentiment) | Directions | Quantities;

    private static int Bit(LexiconCategory category) => 1 << (int)category;

    /// <summary>
    /// Builds the units of a sentence; <paramref name="present"/> gets the categories of its lexical units, one bit each, and
    /// <paramref name="triggers"/> what else the rule passes need to find something.
    /// </summary>
    private int BuildUnits(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Unit> units, Span<int> wordIds, out int present, out Triggers triggers)
    {
        present = 0;
        triggers = Triggers.None;
        var count = 0;
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
                    if (text[token.Start] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–')
                    {
                        var boundary = Unit.Create(token.Start, token.End, UnitKind.Boundary);
                        boundary.BoundaryChar = text[token.Start];
                        units[count++] = boundary;
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
                    if (token.Kind == TokenKind.Percent && text[token.Start] is '+' or '-' or '−' && numeric.HasValue && numeric.Value != 0 &&
                        !(count > 0 && IsWord(text, units[count - 1], "at"))) // "keeps its deposit rate at -0.5%": a level, not a change
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
            if (entry < 0)
            {
                units[count++] = Unit.Create(token.Start, token.End, token.Kind == TokenKind.Emoji ? UnitKind.Other : UnitKind.Word);
                if (MayBeExtreme(text, token.Start, token.End))
                {
                    triggers |= Triggers.Extreme;
                }

                if (token.Length == 5 && (text[token.Start] | 0x20) == 'a' && text.Slice(token.Start, 5).Equals("ahead", StringComparison.OrdinalIgnoreCase))
                {
                    triggers |= Triggers.Awaited;
                }

                if (StateEnders.Contains(text[token.Start..token.End]))
                {
                    triggers |= Triggers.StateEnd;
                }

                i++;
                continue;
            }

            ref readonly var lexical = ref _entryInfo[entry];
            var unit = Unit.Create(token.Start, tokens[i + length - 1].End, UnitKind.Lexical);
            unit.Entry = entry;
            unit.Category = lexical.Category;
            unit.Valence = lexical.Valence;
            units[count++] = unit;
            present |= Bit(lexical.Category);
            if (lexical.Strike)
            {
                triggers |= Triggers.Strike;
            }

            if (lexical.StateEnd)
            {
                triggers |= Triggers.StateEnd;
            }

            if (lexical.Breaker)
            {
                triggers |= Triggers.Breaker;
            }
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
    /// A quantity named as the point of comparison ("up from the loss of EUR 0.08", "versus a net loss of EUR 2m",
    /// "compared to a profit of EUR 5.2 mn") is a reference, not news of its own: it contributes nothing by itself.
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
            var isReference = IsWord(text, units[i], "from") || IsWord(text, units[i], "versus") || IsWord(text, units[i], "vs") || IsWord(text, units[i], "than") ||
                ((IsWord(text, units[i], "to") || IsWord(text, units[i], "with")) && i > 0 && IsWord(text, units[i - 1], "compared"));
            if (isReference && marker.Length > 0)
            {
                units[q].Reference = true;
            }
        }
    }

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
            if (!IsDirection(units[d]) || units[d].Contribution == 0)
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
            var sign = Math.Sign(units[d].Contribution);
            for (var i = marker + 1; i < units.Length && i <= marker + 4; i++)
            {
                ref var unit = ref units[i];
                if (IsClauseStop(unit) || IsConnector(text, unit) || IsWord(text, unit, "on"))
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
                state.Category is not (LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease))
            {
                continue;
            }

            var negator = -1;
            for (var i = s + 1; i < units.Length && i <= s + 6; i++)
            {
                ref var unit = ref units[i];
                if (unit.Kind is not (UnitKind.Word or UnitKind.Lexical) || IsClauseStop(unit))
                {
                    break;
                }

                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Negator)
                {
                    negator = i;
                    continue;
                }

                if (EndsStateAt(text, units, s, i, negator))
                {
                    ReverseQualifiersOfState(text, units, s, i);
                    state.Contribution *= _negationFactor;
                    state.Negator = i;
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
            if (target < 0)
            {
                if (breaker.Negator < 0 && StopperWords.Contains(text[breaker.Start..breaker.End]))
                {
                    StopSetback(text, units, b);
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
    /// "Acme halts the slide in its shares", "dampened fears of a slowdown": the bad word a stopper at unit <paramref name="b"/>
    /// hits is stopped, good news, and so is what a fear or worry is of; the verb itself then counts for nothing.
    /// </summary>
    private void StopSetback(ReadOnlySpan<char> text, Span<Unit> units, int b)
    {
        var stopped = FirstScoredAfter(text, units, b);
        if (!TurnSetback(units, stopped, b))
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

    /// <summary>The first unit that scores within three words after a breaker (articles not counted) in its clause, or -1.</summary>
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

                if (AgreementWords.Contains(word[(word.LastIndexOf(' ') + 1)..]))
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

        var enough = word.Equals("enough", StringComparison.OrdinalIgnoreCase);
        if (enough || negator >= 0)
        {
            return enough && negator >= 0 && (negator == i - 1 || (negator == i - 2 && IsBeVerb(text[units[i - 1].Start..units[i - 1].End])));
        }

        if (UndoingWords.Contains(word))
        {
            return units[state].Category == LexiconCategory.Sentiment && UndoneStates.Contains(text[units[state].Start..units[state].End]);
        }

        var previous = i > state + 1 ? text[units[i - 1].Start..units[i - 1].End] : [];
        if (word.Equals("over", StringComparison.OrdinalIgnoreCase))
        {
            // "The boom is over", "the slump may be over" (a hedge phrase ending in "be"), not "concerns over prices".
            return IsBeVerb(previous) || (previous.Length > 3 && previous.EndsWith(" be", StringComparison.OrdinalIgnoreCase));
        }

        if (TurnWords.Contains(word))
        {
            // "A good deal turns bad", "the rally goes sour": the state turns into its opposite, named right after the verb.
            if (i + 1 >= units.Length || units[i + 1].Kind != UnitKind.Lexical)
            {
                return false;
            }

            var after = units[i + 1].Contribution;
            return after != 0 && Math.Sign(after) != Math.Sign(units[state].Contribution);
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

        if (!word.StartsWith("end", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Ends", "ended", "end" only where they close the clause ("the slump ends", not "the index ends below 5,250"), never after a
        // move ("gains ended the session"), and "end" only after "an" or "to" ("coming to an end").
        return !IsDirection(units[state]) && EndsClause(units, i) &&
            (!word.Equals("end", StringComparison.OrdinalIgnoreCase) || previous.Equals("an", StringComparison.OrdinalIgnoreCase) ||
             previous.Equals("to", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether no word follows unit <paramref name="i"/> in its clause: "the slump ends." (not "the index ends below 5,250").</summary>
    private static bool EndsClause(ReadOnlySpan<Unit> units, int i) =>
        i + 1 >= units.Length || IsClauseStop(units[i + 1]) || units[i + 1].Kind is not (UnitKind.Word or UnitKind.Lexical);

    /// <summary>What a negator multiplies the words it reaches by: <see cref="LexiconScorerOptions.NegationFactor"/>, scaled by its valence (1 when none).</summary>
    private double NegationMultiplier(in Unit negator) => _negationFactor * Math.Abs(negator.Valence == 0 ? 1 : negator.Valence);

    private static bool IsBeVerb(ReadOnlySpan<char> word) =>
        word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("be", StringComparison.OrdinalIgnoreCase);

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

    /// <summary>Whether a phrase names a market move or level by its last word ("rally", "losing run", "16-month low").</summary>
    private static bool IsMoveOrLevel(ReadOnlySpan<char> phrase)
    {
        var space = phrase.LastIndexOfAny(' ', '-');
        return MoveAndLevelWords.Contains(space < 0 ? phrase : phrase[(space + 1)..]);
    }

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
            if (sign != 0 && (period.EndsWith("-year", StringComparison.OrdinalIgnoreCase) || period.EndsWith("-month", StringComparison.OrdinalIgnoreCase) ||
                period.EndsWith("-week", StringComparison.OrdinalIgnoreCase) || period.EndsWith("-day", StringComparison.OrdinalIgnoreCase) ||
                period.EndsWith("-session", StringComparison.OrdinalIgnoreCase) || period.EndsWith("-decade", StringComparison.OrdinalIgnoreCase) ||
                period.EndsWith("-quarter", StringComparison.OrdinalIgnoreCase)))
            {
                ref var unit = ref units[i];
                unit.Start = units[i - 1].Start;
                unit.Kind = UnitKind.Lexical;
                unit.Category = LexiconCategory.Sentiment;
                unit.Entry = -1;
                unit.Valence = sign * 0.6;
                units[i - 1].Kind = UnitKind.Other;
                found = true;
            }
        }

        return found;
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
    /// name ("Prospect Capital declares a dividend", "shares of Magic Leap"), not an opinion.
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

        var words = 0;
        var lower = 0;
        foreach (ref readonly var unit in units)
        {
            if (unit.Kind is UnitKind.Word or UnitKind.Lexical && char.IsLetter(text[unit.Start]))
            {
                words++;
                if (char.IsLower(text[unit.Start]))
                {
                    lower++;
                }
            }
        }

        if (words < 4 || lower * 2 < words)
        {
            return; // headline case: capitals say nothing
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
            if (capitalBefore || capitalAfter)
            {
                unit.Kind = UnitKind.Word;
            }
        }
    }

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
                colon = units[i].BoundaryChar == ':' && text[units[i].Start - 1] == ' ' ? i : -1;
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

            // "won slips", "Korean won": the currency, not the past of win.
            if (IsWord(text, unit, "won") &&
                ((i + 1 < units.Length && IsDirection(units[i + 1])) || (i > 0 && (IsWord(text, units[i - 1], "korean") || IsWord(text, units[i - 1], "korea")))))
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
    /// Whether a lexicon term is one of the words <see cref="MaskReferenceWords"/> tests a unit's text for (an extreme, "won",
    /// "negative" or "positive", a rating action). A unit's text matched the term ignoring case (and the apostrophe's form), which
    /// none of those tests tells apart: a unit of any other entry is passed over without them.
    /// </summary>
    private static bool MayBeReferenceWord(string term)
    {
        var word = term.AsSpan().TrimEnd('.');
        return term.Length > 0 && (IsExtreme(term) || IsRatingAction(term) || word.Equals("won", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("negative", StringComparison.OrdinalIgnoreCase) || word.Equals("positive", StringComparison.OrdinalIgnoreCase));
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

    /// <summary>A rating action (cut, lowered, raised, downgrade, upgrade...); a phrase whose first char is ASCII and none of c, l, r, d, u is rejected at once.</summary>
    private static bool IsRatingAction(ReadOnlySpan<char> phrase)
    {
        var first = phrase[0];
        if (first < 128 && (first | 0x20) is not ('c' or 'l' or 'r' or 'd' or 'u'))
        {
            return false;
        }

        return RatingActions.Contains(phrase) || phrase.StartsWith("downgrade", StringComparison.OrdinalIgnoreCase) ||
            phrase.StartsWith("upgrade", StringComparison.OrdinalIgnoreCase);
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
            var end = units[i - 1].Kind == UnitKind.Boundary && units[i - 1].BoundaryChar == ',' && i >= 2 ? i - 1 : i;
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

    /// <summary>Whether a unit inside a designated name is part of the name: a sentiment, direction or quantity word that is no recommendation.</summary>
    private static bool IsMaskedInName(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && !unit.Recommendation &&
        unit.Category is LexiconCategory.Sentiment or LexiconCategory.Increase or LexiconCategory.Decrease or LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp;

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
                return units[i].BoundaryChar == ':' && MarkRecommendation(text, units, i + 1);
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
        if (!RecommendationVerbs.Contains(word))
        {
            return false;
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
        var bestLength = best >= 0 ? 1 : 0;
        var node = _lexicon.Step(0, wordId);
        var next = start + 1;
        while (node >= 0 && _lexicon.HasChildren(node) && next < tokens.Length && tokens[next].Kind != TokenKind.SentenceEnd)
        {
            if (tokens[next].IsQuote(text) && next + 1 < tokens.Length)
            {
                next++; // "Reiterate 'Buy'": quotation marks inside a phrase are skipped.
                continue;
            }

            node = _lexicon.Step(node, WordId(text, tokens, wordIds, next));
            next++;
            if (node >= 0 && _lexicon.GetNodeEntry(node) is var entry and >= 0)
            {
                best = entry;
                bestLength = next - start;
            }
        }

        return (best, bestLength);
    }

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
        return token.Kind == TokenKind.Hashtag && word.Length > 1 ? word[1..] : word;
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
                return true;
            }

            if (token.Kind is not (TokenKind.Url or TokenKind.Hashtag or TokenKind.SentenceEnd or TokenKind.Punctuation))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsClauseStop(in Unit unit) =>
        unit.Kind == UnitKind.Boundary || (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast);

    private static bool IsQuantity(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.GoodWhenUp or LexiconCategory.BadWhenUp;

    private static bool IsSubjectQuantity(in Unit unit) => IsQuantity(unit) && !unit.Reference;

    private static bool IsDirection(in Unit unit) =>
        unit.Kind == UnitKind.Lexical && unit.Category is LexiconCategory.Increase or LexiconCategory.Decrease;

    /// <summary>Pairs each direction word with the quantity it moves: right next to it, else before it, else after it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="units">The sentence's units.</param>
    /// <param name="lexical">Where the sentence's lexical units are, the directions among them.</param>
    /// <param name="hasQuantities">Whether the sentence may have a quantity; without one, every search for it would fail, and only a move of the subject is read.</param>
    private static void PairDirections(ReadOnlySpan<char> text, Span<Unit> units, LexicalUnits lexical, bool hasQuantities)
    {
        for (var d = lexical.First; d < lexical.End; d++)
        {
            if (!IsDirection(units[d]))
            {
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

                quantity = FindQuantity(text, units, d, -1, 2, crossLeadingComma: false, adjacentOnly: true);
                if (quantity < 0)
                {
                    quantity = FindObjectOfNewPredicate(text, units, d);
                }

                if (quantity < 0)
                {
                    quantity = FindQuantity(text, units, d, -1, 8, crossLeadingComma: true, adjacentOnly: false);
                }

                if (quantity < 0)
                {
                    quantity = FindQuantity(text, units, d, +1, 5, crossLeadingComma: false, adjacentOnly: false);
                }

                if (quantity < 0)
                {
                    // "Sales of the group's continuing operations in Finland increased": the nearest quantity earlier in the clause.
                    quantity = FindQuantity(text, units, d, -1, int.MaxValue, crossLeadingComma: true, adjacentOnly: false);
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

                // "Operating loss totalled EUR 0.9 mn, down from a profit of EUR 2.7 mn": the loss is the state now reached.
                if (HasOppositeReference(units, d, units[quantity].Category))
                {
                    units[d].StateChange = true;
                }
            }
            else if (FollowedByPercent(units, d) || AfterNamedSubject(text, units, d))
            {
                // "Acando fell 8.9 percent", "Sun Pharma slides", "$TSLA jumps": a move of the subject itself, read as a price or value.
                units[d].MeasuredMove = true;
            }
        }
    }

    /// <summary>
    /// "Acme posts its first loss in a decade, cuts more jobs", "… and cuts 370 jobs": a verb that opens a new predicate after a comma
    /// or "and" moves the quantity it governs, at most three words on, not the one the previous predicate named.
    /// </summary>
    private static int FindObjectOfNewPredicate(ReadOnlySpan<char> text, Span<Unit> units, int d)
    {
        if (d == 0 || !(units[d - 1].Kind == UnitKind.Boundary && units[d - 1].BoundaryChar == ',' || IsWord(text, units[d - 1], "and")))
        {
            return -1;
        }

        for (var i = d + 1; i < units.Length && i <= d + 3; i++)
        {
            ref readonly var unit = ref units[i];
            if (IsQuantity(unit))
            {
                return i;
            }

            var modifier = unit.Kind is UnitKind.Word or UnitKind.Number || unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Intensifier;
            if (!modifier || IsConnector(text, unit) || IsWord(text, unit, "from") || IsWord(text, unit, "to"))
            {
                return -1; // ", up from EUR 8.3 mn" compares with the quantity before it
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the direction comes right after a name or a cashtag, its subject ("Sun Pharma slides", "Sterling climbs",
    /// "$TSLA jumps"), and not after a pronoun or another function word that a sentence happens to open with.
    /// </summary>
    private static bool AfterNamedSubject(ReadOnlySpan<char> text, Span<Unit> units, int d)
    {
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

        return before.Kind == UnitKind.Word && char.IsUpper(word[0]) && !SubjectFunctionWords.Contains(word);
    }

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

        // "slid to a larger-than-expected operating loss": a comparative before the state is a direction of its own.
        if (i + 1 < units.Length && IsDirection(units[i]) && IsQuantity(units[i + 1]))
        {
            i++;
        }

        return i < units.Length && IsQuantity(units[i]) && units[i].Valence != 0 ? i : -1;
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

    private static bool FollowedByPercent(Span<Unit> units, int d)
    {
        for (var i = d + 1; i < units.Length && i <= d + 3; i++)
        {
            if (units[i].Kind == UnitKind.Percent)
            {
                return true;
            }

            if (units[i].Kind is UnitKind.Boundary or UnitKind.Lexical)
            {
                return false;
            }
        }

        return false;
    }

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

    /// <summary>"compared", "versus", "vs" or "against": a word that puts a figure beside the one it is measured against.</summary>
    private static bool IsComparisonMarker(ReadOnlySpan<char> text, in Unit unit) =>
        IsWord(text, unit, "compared") || IsWord(text, unit, "versus") || IsWord(text, unit, "vs") || IsWord(text, unit, "against");

    private static int FindQuantity(ReadOnlySpan<char> text, Span<Unit> units, int from, int step, int window, bool crossLeadingComma, bool adjacentOnly)
    {
        if (adjacentOnly)
        {
            // "higher sales", "lower costs": the quantity right after the direction, over at most one unknown word ("shares slide
            // on costs": the quantity after "on" is the move's cause).
            for (var i = from + 1; i < units.Length && i <= from + window; i++)
            {
                if (IsQuantity(units[i]))
                {
                    return i;
                }

                if (units[i].Kind != UnitKind.Word || IsConnector(text, units[i]) || IsWord(text, units[i], "on"))
                {
                    return -1;
                }
            }

            return -1;
        }

        var seen = 0;
        for (var i = from + step; i >= 0 && i < units.Length && seen < window; i += step)
        {
            ref var unit = ref units[i];
            if (IsClauseStop(unit))
            {
                // ", up from EUR 8.3 mn" continues the clause before the comma.
                if (crossLeadingComma && step < 0 && i == from - 1 && unit.Kind == UnitKind.Boundary)
                {
                    continue;
                }

                return -1;
            }

            if (IsSubjectQuantity(unit))
            {
                return i;
            }

            if (step > 0 && (IsConnector(text, unit) || IsWord(text, unit, "on")))
            {
                // "Acme Mining slumps 18 pct as debt fears grow", "Acme falls on a wider quarterly loss": the quantity after "as" is
                // another clause's, the one after "on" the cause of the move.
                return -1;
            }

            // "Widget makers fall as steel prices surge": a direction after a connector and a subject of its own moves that subject,
            // not a quantity of the clause before ("after falling" has no subject of its own and goes on).
            if (step < 0 && i < from - 1 && IsConnector(text, unit))
            {
                return -1;
            }

            if (unit.Kind is UnitKind.Word or UnitKind.Lexical)
            {
                seen++;
            }
        }

        return -1;
    }

    /// <summary>A word that joins a new clause or a circumstance ("as", "while", "after", "amid", "on").</summary>
    private static bool IsConnector(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical && Connectors.Contains(text[unit.Start..unit.End]);

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
                units[q].Comparison = (sbyte)(units[actual].Value > units[expected].Value ? 1 : -1);
                units[q].Consumed = true;
                units[q].Partner = actual;
                continue;
            }

            var limit = Math.Min(units.Length, q + 16);
            for (var i = q + 1; i < limit; i++)
            {
                if (TryCompare(text, units, i, limit, out var current, out var previous))
                {
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
                return Comparable(units[actual], units[expected]) && units[expected].Value != 0;
            }
        }

        return false;
    }

    private static bool IsExpectationWord(ReadOnlySpan<char> text, in Unit unit) =>
        unit.Kind is UnitKind.Word or UnitKind.Lexical && ExpectationWords.Contains(text[unit.Start..unit.End].TrimEnd('.'));

    private static bool HasOppositeReference(Span<Unit> units, int d, LexiconCategory category)
    {
        for (var i = d + 1; i < units.Length && i <= d + 8; i++)
        {
            if (IsQuantity(units[i]) && units[i].Reference)
            {
                return units[i].Category != category;
            }

            if (units[i].Kind == UnitKind.Lexical && units[i].Category == LexiconCategory.Contrast)
            {
                return false;
            }
        }

        return false;
    }

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

    private static bool TryCompare(ReadOnlySpan<char> text, Span<Unit> units, int i, int limit, out double current, out double previous)
    {
        current = previous = 0;
        ref var unit = ref units[i];
        // A lexical unit of two tokens or more has a space and is neither "to" nor "from": it is rejected by the comparisons below.
        if (unit.Kind == UnitKind.Word || (unit.Kind == UnitKind.Lexical && (!unit.HasValue || unit.TokenCount(text) == 1)))
        {
            var word = text[unit.Start..unit.End];
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) &&
                NextAmount(units, i + 1, limit, out var x, out var afterX) &&
                NextWord(text, units, afterX + 1, limit, "from", out var fromIndex) &&
                NextAmount(units, fromIndex + 1, limit, out var y, out _))
            {
                (current, previous) = (units[x].Value, units[y].Value);
                return Comparable(units[x], units[y]);
            }

            if (word.Equals("from", StringComparison.OrdinalIgnoreCase) &&
                NextAmount(units, i + 1, limit, out var y2, out var afterY) &&
                NextWord(text, units, afterY + 1, limit, "to", out var toIndex) &&
                NextAmount(units, toIndex + 1, limit, out var x2, out _))
            {
                (current, previous) = (units[x2].Value, units[y2].Value);
                return Comparable(units[x2], units[y2]);
            }

            return false;
        }

        if (!unit.HasValue || unit.Kind == UnitKind.Percent)
        {
            return false;
        }

        // "X (Y)" and "X, compared with Y" / "X versus Y" / "X vs Y"
        var j = i + 1;
        if (j < limit && units[j].Kind == UnitKind.Boundary && text[units[j].Start] == '(' &&
            j + 2 < limit && units[j + 1].HasValue && units[j + 2].Kind == UnitKind.Boundary && text[units[j + 2].Start] == ')')
        {
            (current, previous) = (unit.Value, units[j + 1].Value);
            return Comparable(unit, units[j + 1]);
        }

        for (var skipped = 0; j < limit && skipped < 2 && (units[j].Kind == UnitKind.Word || (units[j].Kind == UnitKind.Boundary && text[units[j].Start] == ',')); skipped++)
        {
            if (IsComparisonMarker(text, units[j]))
            {
                break;
            }

            j++;
        }

        if (j < limit)
        {
            if (IsComparisonMarker(text, units[j]) && NextAmount(units, j + 1, Math.Min(units.Length, j + 8), out var y3, out _))
            {
                (current, previous) = (unit.Value, units[y3].Value);
                return Comparable(unit, units[y3]);
            }
        }

        return false;
    }

    private static bool Comparable(in Unit current, in Unit previous) =>
        current.HasValue && previous.HasValue && current.Kind != UnitKind.Percent && previous.Kind != UnitKind.Percent &&
        !(IsYear(current) && IsYear(previous));

    private static bool IsYear(in Unit unit) => unit.Kind == UnitKind.Number && unit.Value is >= 1900 and <= 2100 && unit.Value == Math.Floor(unit.Value);

    private static bool NextAmount(Span<Unit> units, int from, int limit, out int index, out int after)
    {
        for (var i = from; i < limit && i <= from + 5; i++)
        {
            if (units[i].HasValue && units[i].Kind != UnitKind.Percent && !IsYear(units[i]))
            {
                index = i;
                after = i;
                return true;
            }

            if (units[i].Kind == UnitKind.Boundary)
            {
                break;
            }
        }

        index = after = -1;
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
                        var prior = units[unit.Partner].Category == LexiconCategory.GoodWhenUp ? 1 : -1;
                        unit.Contribution = direction * prior * unit.Valence * _directionWeight;
                    }
                    else if (unit.MeasuredMove)
                    {
                        unit.Contribution = direction * unit.Valence * _directionWeight;
                    }
                    else if (!ActDirections.Contains(text[unit.Start..unit.End]))
                    {
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
                        unit.Contribution = unit.Valence;
                    }

                    break;
            }
        }
    }

    private static void ApplyIntensifiers(Span<Unit> units)
    {
        for (var k = 0; k < units.Length; k++)
        {
            if (units[k].Kind != UnitKind.Lexical || units[k].Category != LexiconCategory.Intensifier)
            {
                continue;
            }

            var target = FindScored(units, k, +1, 3);
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
    /// A negator turns the scored words in the next <see cref="LexiconScorerOptions.NegationScope"/> words of its clause; articles
    /// are not counted ("do not see much of a recovery" reaches the recovery).
    /// </summary>
    private void ApplyNegation(ReadOnlySpan<char> text, Span<Unit> units)
    {
        for (var k = 0; k < units.Length; k++)
        {
            // A negator that another negates cancels with it: "could not avoid a loss" is a loss, "not without risks" risky.
            if (units[k].Kind != UnitKind.Lexical || units[k].Category != LexiconCategory.Negator || units[k].Negator >= 0)
            {
                continue;
            }

            var reached = 0;
            for (var i = k + 1; i < units.Length && reached < _negationScope; i++)
            {
                ref var unit = ref units[i];
                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Negator)
                {
                    // Right after it or over one word ("did not fail to", "could not quite avoid"); "cannot and will not cut",
                    // "offset what cannot be cut" join two negations, not one inside the other.
                    if (i == k + 1 || (i == k + 2 && units[k + 1].Kind == UnitKind.Word && !NegationBreaks.Contains(text[units[k + 1].Start..units[k + 1].End])))
                    {
                        unit.Negator = k;
                    }

                    break;
                }

                if (IsClauseStop(unit))
                {
                    break;
                }

                if (unit.Contribution != 0 && unit.Negator < 0)
                {
                    unit.Contribution *= NegationMultiplier(units[k]);
                    unit.Negator = k;
                }

                if (!IsArticle(text, unit))
                {
                    reached++;
                }
            }
        }
    }

    private static void ApplyHedges(Span<Unit> units)
    {
        for (var h = 0; h < units.Length; h++)
        {
            if (units[h].Kind != UnitKind.Lexical || units[h].Category != LexiconCategory.Hedge)
            {
                continue;
            }

            for (var i = h + 1; i < units.Length; i++)
            {
                ref var unit = ref units[i];
                if (unit.Kind == UnitKind.Lexical && unit.Category == LexiconCategory.Contrast)
                {
                    break;
                }

                if (unit.Kind == UnitKind.Boundary && i > h + 1)
                {
                    break;
                }

                if (unit.Contribution != 0 && unit.Hedge < 0)
                {
                    unit.Contribution *= 1 + units[h].Valence;
                    unit.Hedge = h;
                }
            }
        }
    }

    private void ApplyContrast(Span<Unit> units)
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

        if (_isSubordinator[units[c].Entry])
        {
            // "Although sales fell, profit rose": the subordinate clause runs to the next comma.
            var end = c + 1;
            while (end < units.Length && !(units[end].Kind == UnitKind.Boundary && units[end].BoundaryChar is ',' or ';'))
            {
                end++;
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
                return;
            }

            for (var i = 0; i < units.Length; i++)
            {
                Weigh(ref units[i], i >= c && i < end ? _concededWeight : _mainWeight, i >= c && i < end);
            }

            return;
        }

        if (c == 0)
        {
            return; // "However, ..." contrasts with the previous sentence, not within this one.
        }

        for (var i = 0; i < units.Length; i++)
        {
            Weigh(ref units[i], i < c ? _concededWeight : _mainWeight, i < c);
        }
    }

    private static void Weigh(ref Unit unit, double weight, bool conceded)
    {
        if (unit.Contribution != 0)
        {
            unit.Contribution *= weight;
            unit.Contrast = conceded ? (sbyte)-1 : (sbyte)1;
        }
    }

    private static int FindScored(Span<Unit> units, int from, int step, int window)
    {
        for (var i = from + step; i >= 0 && i < units.Length && Math.Abs(i - from) <= window; i += step)
        {
            if (IsClauseStop(units[i]))
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

    /// <summary>Captures what <see cref="Explain(ReadOnlySpan{char}, in EvidenceDraft)"/> needs of a contributing unit and its partners.</summary>
    private static EvidenceDraft Draft(Span<Unit> units, int index)
    {
        ref var unit = ref units[index];
        var draft = new EvidenceDraft
        {
            UnitStart = unit.Start,
            UnitEnd = unit.End,
            Category = unit.Category,
            Valence = unit.Valence,
            Contribution = Math.Round(unit.Contribution, 4),
            RawContribution = unit.Contribution,
            IsDirection = IsDirection(unit),
            StateChange = unit.StateChange,
            MeasuredMove = unit.MeasuredMove,
            Turnaround = unit.Turnaround,
            Recommendation = unit.Recommendation,
            Question = unit.Question,
            Comparison = unit.Comparison,
            Contrast = unit.Contrast,
            PartnerStart = -1,
            PartnerEnd = -1,
            IntensifierStart = -1,
            IntensifierEnd = -1,
            NegatorStart = -1,
            NegatorEnd = -1,
            HedgeStart = -1,
            HedgeEnd = -1,
        };

        var start = unit.Start;
        var end = unit.End;
        var usesPartner = draft.IsDirection ? unit.Partner >= 0 : unit.Turnaround || unit.Comparison != 0;
        if (usesPartner)
        {
            ref var partner = ref units[unit.Partner];
            draft.PartnerStart = partner.Start;
            draft.PartnerEnd = partner.End;
            draft.PartnerCategory = partner.Category;
            if (draft.IsDirection)
            {
                start = Math.Min(start, partner.Start);
            }

            end = Math.Max(end, partner.End);
        }

        if (unit.Intensifier >= 0)
        {
            draft.IntensifierStart = units[unit.Intensifier].Start;
            draft.IntensifierEnd = units[unit.Intensifier].End;
        }

        if (unit.Negator >= 0)
        {
            draft.NegatorStart = units[unit.Negator].Start;
            draft.NegatorEnd = units[unit.Negator].End;
        }

        if (unit.Hedge >= 0)
        {
            draft.HedgeStart = units[unit.Hedge].Start;
            draft.HedgeEnd = units[unit.Hedge].End;
        }

        draft.Start = start;
        draft.Length = end - start;
        return draft;
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

    /// <summary>Builds the evidence of a draft: its text, base valence, rules and explanation.</summary>
    internal static Evidence Explain(ReadOnlySpan<char> text, in EvidenceDraft unit)
    {
        var start = unit.Start;
        var end = unit.Start + unit.Length;
        int rule;
        var modifiers = 0;
        double baseValence;
        var word = text[unit.UnitStart..unit.UnitEnd];
        var explanation = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);

        if (unit.IsDirection)
        {
            if (unit.StateChange)
            {
                baseValence = unit.PartnerCategory == LexiconCategory.GoodWhenUp ? 1 : -1;
                rule = RuleLists.StateReached;
                explanation.AppendFormatted(text[unit.PartnerStart..unit.PartnerEnd]);
                explanation.AppendLiteral(baseValence > 0 ? " (good state reached) × " : " (bad state reached) × ");
                explanation.AppendFormatted(word);
            }
            else
            {
                if (unit.PartnerStart >= 0)
                {
                    baseValence = unit.PartnerCategory == LexiconCategory.GoodWhenUp ? 1 : -1;
                    rule = RuleLists.Direction;
                    explanation.AppendFormatted(text[unit.PartnerStart..unit.PartnerEnd]);
                    explanation.AppendLiteral(baseValence > 0 ? " (good when up) × " : " (bad when up) × ");
                }
                else
                {
                    baseValence = unit.Category == LexiconCategory.Increase ? unit.Valence : -unit.Valence;
                    rule = unit.MeasuredMove ? RuleLists.MeasuredMove : RuleLists.DirectionUnpaired;
                }

                // "rose (up, 0.6)", after the quantity it moves when there is one
                explanation.AppendFormatted(word);
                explanation.AppendLiteral(NumberText.Move(unit.Category == LexiconCategory.Increase, unit.Valence));
            }
        }
        else if (unit.Turnaround)
        {
            baseValence = unit.Category == LexiconCategory.GoodWhenUp ? 1 : -1;
            rule = RuleLists.Turnaround;
            explanation.AppendFormatted(word);
            explanation.AppendLiteral(" versus ");
            explanation.AppendFormatted(text[unit.PartnerStart..unit.PartnerEnd]);
            explanation.AppendLiteral(baseValence > 0 ? " (turned good)" : " (turned bad)");
        }
        else if (unit.Comparison != 0)
        {
            baseValence = unit.Category == LexiconCategory.GoodWhenUp ? 1 : -1;
            rule = RuleLists.Comparison;
            explanation.AppendFormatted(word);
            explanation.AppendLiteral(baseValence > 0 ? " (good when up) × figures (" : " (bad when up) × figures (");
            explanation.AppendLiteral(unit.Comparison > 0 ? "up)" : "down)");
        }
        else
        {
            baseValence = unit.Valence;
            rule = unit.Recommendation ? RuleLists.Recommendation : unit.Category == LexiconCategory.Sentiment ? RuleLists.Lexicon : RuleLists.Quantity;
            explanation.AppendFormatted(word);
            explanation.AppendLiteral(NumberText.Valence(unit.Valence));
        }

        AppendModifier(ref explanation, ref modifiers, RuleLists.Intensifier, " × '", text, unit.IntensifierStart, unit.IntensifierEnd);
        AppendModifier(ref explanation, ref modifiers, RuleLists.Negation, " × negated by '", text, unit.NegatorStart, unit.NegatorEnd);
        AppendModifier(ref explanation, ref modifiers, RuleLists.Hedge, " × hedged by '", text, unit.HedgeStart, unit.HedgeEnd);

        if (unit.Contrast != 0)
        {
            modifiers |= unit.Contrast > 0 ? RuleLists.ContrastMain : RuleLists.ContrastConceded;
            explanation.AppendLiteral(unit.Contrast > 0 ? " × main clause" : " × conceded clause");
        }

        if (unit.Question)
        {
            modifiers |= RuleLists.Question;
            explanation.AppendLiteral(" × question");
        }

        if (unit.OffTopic)
        {
            modifiers |= RuleLists.OffTopic;
            explanation.AppendLiteral(" × no financial context");
        }

        explanation.AppendLiteral(NumberText.Result(unit.RawContribution));
        return new Evidence(start, end - start, text[start..end].ToString(), baseValence, unit.Contribution, RuleLists.Get(rule, modifiers), explanation.ToStringAndClear());
    }

    /// <summary>Names a modifier (intensifier, negator, hedge) that changed a contribution, when there was one.</summary>
    private static void AppendModifier(
        ref DefaultInterpolatedStringHandler explanation, ref int modifiers, int modifier, string prefix, ReadOnlySpan<char> text, int start, int end)
    {
        if (start < 0)
        {
            return;
        }

        modifiers |= modifier;
        explanation.AppendLiteral(prefix);
        explanation.AppendFormatted(text[start..end]);
        explanation.AppendLiteral("'");
    }

    /// <summary>
    /// The rules of evidence, as one shared read-only list per combination: a base rule and the modifiers applied after it, in that
    /// order. Every evidence used to build a list of its own (two allocations), though only a few hundred combinations exist.
    /// Thread-safe: a list is immutable and published by a single reference write; a race builds an equal list twice.
    /// </summary>
    private static class RuleLists
    {
        public const int StateReached = 0;
        public const int Direction = 1;
        public const int MeasuredMove = 2;
        public const int DirectionUnpaired = 3;
        public const int Turnaround = 4;
        public const int Comparison = 5;
        public const int Recommendation = 6;
        public const int Lexicon = 7;
        public const int Quantity = 8;

        public const int Intensifier = 1;
        public const int Negation = 2;
        public const int Hedge = 4;
        public const int ContrastMain = 8;
        public const int ContrastConceded = 16;
        public const int Question = 32;
        public const int OffTopic = 64;

        private static readonly string[] BaseNames =
            ["state-reached", "direction", "measured-move", "direction-unpaired", "turnaround", "comparison", "recommendation", "lexicon", "quantity"];

        private static readonly string[] ModifierNames = ["intensifier", "negation", "hedge", "contrast-main", "contrast-conceded", "question", "off-topic"];

        private static readonly IReadOnlyList<string>?[] Lists = new IReadOnlyList<string>?[BaseNames.Length << ModifierNames.Length];

        public static IReadOnlyList<string> Get(int rule, int modifiers) =>
            Lists[(rule << ModifierNames.Length) | modifiers] ??= Create(rule, modifiers);

        private static ReadOnlyCollection<string> Create(int rule, int modifiers)
        {
            var names = new List<string> { BaseNames[rule] };
            for (var bit = 0; bit < ModifierNames.Length; bit++)
            {
                if ((modifiers & (1 << bit)) != 0)
                {
                    names.Add(ModifierNames[bit]);
                }
            }

            return Array.AsReadOnly(names.ToArray());
        }
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
        while (end < token.Length && (char.IsAsciiDigit(token[end]) || token[end] is ',' or '.'))
        {
            if (token[end] != ',' && length < digits.Length)
            {
                digits[length++] = token[end];
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
            'c' => 1e7,
            'l' => 1e5,
            _ => 1,
        };
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
    }

    /// <summary>The units from the first lexical unit of a sentence (<see cref="First"/>) to the last (before <see cref="End"/>); empty when it has none.</summary>
    private readonly struct LexicalUnits(int first, int end)
    {
        public readonly int First = first;
        public readonly int End = end;
    }

    /// <summary>What the scorer reads from a lexicon entry (see <see cref="_entryInfo"/>).</summary>
    private readonly record struct EntryInfo(
        double Valence, LexiconCategory Category, bool General, bool MayBeReferenceWord, bool Strike, bool StateEnd, bool Breaker);

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

    [StructLayout(LayoutKind.Auto)]
    private struct Unit
    {
        public int Start;
        public int End;
        public UnitKind Kind;
        public LexiconCategory Category;
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
        public bool MeasuredMove;
        public sbyte Comparison;
        public sbyte Contrast;
        public int Partner;
        public int Negator;
        public int Hedge;
        public int Intensifier;
        public char BoundaryChar;

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

        public readonly int TokenCount(ReadOnlySpan<char> text) => text[Start..End].Contains(' ') ? 2 : 1;
    }

    /// <summary>A contribution found by <see cref="ScoreSentence(ReadOnlySpan{char}, ReadOnlySpan{Token}, ref EvidenceDraft[], ref int)"/>, before its evidence is built.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal struct EvidenceDraft
    {
        public int Start;
        public int Length;

        /// <summary>The contribution as reported (rounded to four decimals), which ranks evidence and attributes it to companies.</summary>
        public double Contribution;

        /// <summary>The contribution before rounding, which the explanation shows.</summary>
        public double RawContribution;
        public double Valence;
        public int UnitStart;
        public int UnitEnd;
        public int PartnerStart;
        public int PartnerEnd;
        public int IntensifierStart;
        public int IntensifierEnd;
        public int NegatorStart;
        public int NegatorEnd;
        public int HedgeStart;
        public int HedgeEnd;
        public LexiconCategory Category;
        public LexiconCategory PartnerCategory;
        public bool IsDirection;
        public bool StateChange;
        public bool MeasuredMove;
        public bool Turnaround;
        public bool Recommendation;
        public bool Question;

        /// <summary>An everyday-English sentiment entry (<see cref="LexiconDomain.General"/>).</summary>
        public bool General;

        /// <summary>Weighed down because the text has no financial context.</summary>
        public bool OffTopic;
        public sbyte Comparison;
        public sbyte Contrast;

        /// <summary>The evidence itself, when another scorer reported it ready-made (the analyzer's path for custom scorers).</summary>
        public Evidence? Ready;
    }
}
