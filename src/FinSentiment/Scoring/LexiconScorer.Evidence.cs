using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FinSentiment.Internal;
using FinSentiment.Lexicon;
using FinSentiment.Tokenization;

namespace FinSentiment.Scoring;

// LexiconScorer, its evidence: the draft of a contribution while a sentence is scored, and the explanation built only for
// the evidence kept.
public sealed partial class LexiconScorer
{
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
            Sarcasm = unit.Sarcasm,
            Comparison = unit.Comparison,
            Roles = unit.Roles,
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

    /// <summary>Builds the evidence of a draft: its text, base valence, rules and explanation.</summary>
    internal static Evidence Explain(ReadOnlySpan<char> text, in EvidenceDraft unit)
    {
        var start = unit.Start;
        var end = unit.Start + unit.Length;
        int rule;
        var modifiers = 0;
        double baseValence;
        var word = text[unit.UnitStart..unit.UnitEnd];
        var explanation = new EvidenceText.Builder(stackalloc char[256]);

        if (unit.IsDirection)
        {
            if (unit.StateChange)
            {
                baseValence = unit.PartnerCategory == LexiconCategory.GoodWhenUp ? 1 : -1;
                rule = RuleLists.StateReached;
                explanation.Append(text[unit.PartnerStart..unit.PartnerEnd]);
                explanation.Append(baseValence > 0 ? " (good state reached) × " : " (bad state reached) × ");
                explanation.Append(word);
            }
            else
            {
                if (unit.PartnerStart >= 0)
                {
                    baseValence = unit.PartnerCategory == LexiconCategory.GoodWhenUp ? 1 : -1;
                    rule = RuleLists.Direction;
                    explanation.Append(text[unit.PartnerStart..unit.PartnerEnd]);
                    explanation.Append(baseValence > 0 ? " (good when up) × " : " (bad when up) × ");
                }
                else
                {
                    baseValence = unit.Category == LexiconCategory.Increase ? unit.Valence : -unit.Valence;
                    rule = unit.MeasuredMove ? RuleLists.MeasuredMove : RuleLists.DirectionUnpaired;
                }

                // "rose (up, 0.6)", after the quantity it moves when there is one
                explanation.Append(word);
                explanation.Append(NumberText.Move(unit.Category == LexiconCategory.Increase, unit.Valence));
            }
        }
        else if (unit.Turnaround)
        {
            baseValence = unit.Category == LexiconCategory.GoodWhenUp ? 1 : -1;
            rule = RuleLists.Turnaround;
            explanation.Append(word);
            explanation.Append(" versus ");
            explanation.Append(text[unit.PartnerStart..unit.PartnerEnd]);
            explanation.Append(baseValence > 0 ? " (turned good)" : " (turned bad)");
        }
        else if (unit.Comparison != 0)
        {
            baseValence = unit.Category == LexiconCategory.GoodWhenUp ? 1 : -1;
            rule = RuleLists.Comparison;
            explanation.Append(word);
            explanation.Append(baseValence > 0 ? " (good when up) × figures (" : " (bad when up) × figures (");
            explanation.Append(unit.Comparison > 0 ? "up)" : "down)");
        }
        else
        {
            baseValence = unit.Valence;
            rule = unit.Recommendation ? RuleLists.Recommendation : unit.Category == LexiconCategory.Sentiment ? RuleLists.Lexicon : RuleLists.Quantity;
            explanation.Append(word);
            explanation.Append(NumberText.Valence(unit.Valence));
        }

        AppendModifier(ref explanation, ref modifiers, RuleLists.Intensifier, " × '", text, unit.IntensifierStart, unit.IntensifierEnd);
        AppendModifier(ref explanation, ref modifiers, RuleLists.Negation, " × negated by '", text, unit.NegatorStart, unit.NegatorEnd);
        AppendModifier(ref explanation, ref modifiers, RuleLists.Hedge, " × hedged by '", text, unit.HedgeStart, unit.HedgeEnd);

        if ((unit.Roles & (ClauseRoles.Main | ClauseRoles.Conceded)) != 0)
        {
            modifiers |= (unit.Roles & ClauseRoles.Main) != 0 ? RuleLists.ContrastMain : RuleLists.ContrastConceded;
            explanation.Append((unit.Roles & ClauseRoles.Main) != 0 ? " × main clause" : " × conceded clause");
            if ((unit.Roles & ClauseRoles.Outweighed) != 0)
            {
                explanation.Append(", held below the main clause");
            }
        }

        if ((unit.Roles & ClauseRoles.Companies) != 0)
        {
            modifiers |= RuleLists.ContrastCompanies;
            explanation.Append(" × set against another company");
        }

        if ((unit.Roles & ClauseRoles.Cause) != 0)
        {
            modifiers |= RuleLists.Cause;
            explanation.Append(" × cause of the move");
        }

        if ((unit.Roles & ClauseRoles.Procedural) != 0)
        {
            modifiers |= RuleLists.Procedural;
            explanation.Append(" × procedural step");
        }

        if (unit.Question)
        {
            modifiers |= RuleLists.Question;
            explanation.Append(" × question");
        }

        if (unit.OffTopic)
        {
            modifiers |= RuleLists.OffTopic;
            explanation.Append(" × no financial context");
        }

        if (unit.Sarcasm)
        {
            modifiers |= RuleLists.Sarcasm;
            explanation.Append(" × sarcasm");
        }

        explanation.Append(NumberText.Result(unit.RawContribution));
        var evidence = new Evidence(
            start, end - start, EvidenceText.Get(text[start..end]), baseValence, unit.Contribution, RuleLists.Get(rule, modifiers), explanation.ToText());
        explanation.Dispose();
        return evidence;
    }

    /// <summary>Names a modifier (intensifier, negator, hedge) that changed a contribution, when there was one.</summary>
    private static void AppendModifier(
        ref EvidenceText.Builder explanation, ref int modifiers, int modifier, string prefix, ReadOnlySpan<char> text, int start, int end)
    {
        if (start < 0)
        {
            return;
        }

        modifiers |= modifier;
        explanation.Append(prefix);
        explanation.Append(text[start..end]);
        explanation.Append("'");
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
        public const int Cause = 32;
        public const int Question = 64;
        public const int OffTopic = 128;
        public const int Sarcasm = 256;
        public const int ContrastCompanies = 512;
        public const int Procedural = 1024;

        private static readonly string[] BaseNames =
            ["state-reached", "direction", "measured-move", "direction-unpaired", "turnaround", "comparison", "recommendation", "lexicon", "quantity"];

        private static readonly string[] ModifierNames = ["intensifier", "negation", "hedge", "contrast-main", "contrast-conceded", "cause", "question", "off-topic", "sarcasm", "contrast-companies", "procedural"];

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

    /// <summary>A contribution found by <see cref="ScoreSentence(ReadOnlySpan{char}, ReadOnlySpan{Token}, ref EvidenceDraft[], ref int, ReadOnlySpan{NameSpan})"/>, before its evidence is built.</summary>
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

        /// <summary>Turned the other way because the sentence is sarcastic (<see cref="IsSarcastic"/>).</summary>
        public bool Sarcasm;

        /// <summary>An everyday-English sentiment entry (<see cref="LexiconDomain.General"/>).</summary>
        public bool General;

        /// <summary>Weighed down because the text has no financial context.</summary>
        public bool OffTopic;
        public sbyte Comparison;
        public ClauseRoles Roles;

        /// <summary>The evidence itself, when another scorer reported it ready-made (the analyzer's path for custom scorers).</summary>
        public Evidence? Ready;
    }
}
