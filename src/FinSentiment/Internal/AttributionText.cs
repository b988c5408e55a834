using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Text tests the analyzer uses to decide which company a phrase is about: views and sanctions "on" someone, lists of
/// names, clause breaks, instrument codes.
/// </summary>
internal static class AttributionText
{
    private static readonly WordSet ViewWords = new(
        "bullish", "bearish", "positive", "negative", "overweight", "underweight", "optimistic", "pessimistic", "cautious", "upbeat",
        "constructive", "bet", "bets", "outperform", "underperform", "hopeful", "confident", "keen", "sanguine", "wary",
        "penalty", "penalties", "fine", "fines", "ban", "bans", "sanctions", "curbs", "restrictions", "probe", "charges",
        "lawsuit", "strictures", "embargo", "tariffs", "duty", "levy", "upside", "downside");

    private static readonly WordSet ApprovalWords = new(
        "nod", "approval", "approvals", "clearance", "go-ahead", "green signal", "green light", "permission", "consent", "backing", "sanction");

    private static readonly WordSet ClauseOpeners = new(
        "while", "but", "whereas", "although", "though", "however", "which", "who", "after", "as", "since", "because", "yet");

    // "Yuan flat despite a two-month low midpoint", "Gold steadies as …": the company or asset named did not move.
    private static readonly WordSet StasisWords = new(
        "flat", "steady", "steadies", "steadied", "unchanged", "mixed", "stable", "rangebound", "range-bound", "hovers",
        "hovering", "treads", "little");

    /// <summary>
    /// Whether the words right after a name say that it did not move ("flat", "steady", "little changed"). Hovering near a
    /// level ("hovers near 7-week highs") is a position, and the level it names is the news.
    /// </summary>
    public static bool FollowedByStasis(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
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
        return after[..end].Equals("little", StringComparison.OrdinalIgnoreCase) ? rest.StartsWith("changed", StringComparison.OrdinalIgnoreCase)
            : !(after[..end].StartsWith("hover", StringComparison.OrdinalIgnoreCase) && rest.StartsWith("near ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the phrase grants something ("nod", "approval", "green light").</summary>
    public static bool IsApproval(ReadOnlySpan<char> phrase) => ApprovalWords.Contains(phrase);

    /// <summary>Whether the word names a company's stock ("shares", "stock", "share price").</summary>
    public static bool IsShareWord(ReadOnlySpan<char> word) =>
        word.Equals("shares", StringComparison.OrdinalIgnoreCase) || word.Equals("stock", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("stocks", StringComparison.OrdinalIgnoreCase) || word.Equals("share price", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the phrase is a view someone holds on something ("overweight", "bullish", "a safe bet") or a sanction imposed
    /// on someone ("penalty", "ban"), not a move.
    /// </summary>
    public static bool IsView(ReadOnlySpan<char> phrase)
    {
        var lastSpace = phrase.LastIndexOf(' ');
        return ViewWords.Contains(lastSpace < 0 ? phrase : phrase[(lastSpace + 1)..]);
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
    /// Whether only list separators stand between two names: commas, "and", "or", "as well as", and instrument codes in
    /// brackets ("Qualcomm &lt;QCOM.O&gt;, Broadcom &lt;AVGO.O&gt; and Nvidia").
    /// </summary>
    public static bool IsListGap(ReadOnlySpan<char> gap)
    {
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
            else if (gap[0] is ',' or '>' or ')' or ']')
            {
                gap = gap[1..]; // a comma, or the end of a code whose symbol was the previous name ("AAPL.O>, ")
            }
            else if (StartsWithWord(gap, "and") || StartsWithWord(gap, "or") || StartsWithWord(gap, "as well as"))
            {
                gap = gap[(gap.IndexOf(' ') < 0 ? gap.Length : gap.StartsWith("as well as", StringComparison.OrdinalIgnoreCase) ? 10 : gap.IndexOf(' '))..];
            }
            else
            {
                return false;
            }
        }

        static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
            text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
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

    /// <summary>Whether the word is part of a bracketed instrument code ("&lt;GLBX.O&gt;", "[GEELY.UL]").</summary>
    public static bool InInstrumentCode(string text, in Token token)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        return before is '<' or '[' or '.' || after is '>' or ']' || (after == '.' && token.End + 1 < text.Length && char.IsLetter(text[token.End + 1]));
    }
}
