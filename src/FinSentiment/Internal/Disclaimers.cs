using System.Buffers;
using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Recognises where a press release's legal boilerplate starts: the cautionary note on forward-looking statements or the safe
/// harbor statement ("Forward-Looking Statements", "This press release contains forward-looking statements within the meaning
/// of…"), the company profile ("About Acme") or a disclaimer of advice. Its risks, uncertainties and "adverse conditions" are
/// the same in every release and say nothing about the news, and what follows it in a release (the profile, contacts, tables)
/// is no news either.
/// </summary>
internal static class Disclaimers
{
    // The headings that open the note ("Cautionary Note Regarding Forward-Looking Statements", "Safe Harbor Statement").
    private static readonly WordSet HeadingStarts = new("forward-looking", "forward", "cautionary", "safe", "note");

    // What "this" names when a sentence speaks of the text itself ("This press release contains…", "Statements in this news
    // release…", "this announcement"), not of someone else's statements ("the agency said the release contained…").
    private static readonly WordSet ThisText = new(
        "release", "announcement", "communication", "document", "presentation", "report", "statement", "filing", "call", "webcast",
        "form");

    // Words between "this" and what it names: "this press release", "this Current Report", "today's conference call".
    private static readonly WordSet TextKinds = new("press", "news", "earnings", "current", "quarterly", "annual", "conference");

    /// <summary>The most words a heading may have.</summary>
    private const int MaxHeadingWords = 8;

    /// <summary>The tokens at the start of a heading within which it names forward-looking statements.</summary>
    private const int HeadingLead = 6;

    // The letters the search stops at, one rare letter of each cue word: the 'w' of "forward", the 'v' of "advice", the 'f' of
    // "informational". Searching for the cue words themselves, case-insensitively, stops at every "fo", "ad" and "in" of the text.
    private static readonly SearchValues<char> CueLetters = SearchValues.Create("wWvVfF");

    /// <summary>
    /// Which kinds of boilerplate the text may hold: one vectorised search spares most texts the tests of every sentence (a safe
    /// harbor statement names the forward-looking statements it covers). The same as searching the text for "forward", "advice"
    /// and "informational" in any case and for "About " and "ABOUT ", in one pass over the text.
    /// </summary>
    public static BoilerplateCues MayHold(string text)
    {
        var cues = text.Contains("About ", StringComparison.Ordinal) || text.Contains("ABOUT ", StringComparison.Ordinal) ? BoilerplateCues.Profile : 0;
        var span = text.AsSpan();
        var at = 0;
        while (cues != (BoilerplateCues.ForwardLooking | BoilerplateCues.Profile | BoilerplateCues.Disclaimer))
        {
            var next = span[at..].IndexOfAny(CueLetters);
            if (next < 0)
            {
                break;
            }

            at += next;
            cues |= (span[at] | 0x20) switch
            {
                'w' => IsAt(span, at - 3, "forward") ? BoilerplateCues.ForwardLooking : 0,
                'v' => IsAt(span, at - 2, "advice") ? BoilerplateCues.Disclaimer : 0,
                _ => IsAt(span, at - 2, "informational") ? BoilerplateCues.Disclaimer : 0,
            };
            at++;
        }

        return cues;
    }

    /// <summary>Whether <paramref name="word"/> (lower case) is in <paramref name="text"/> at <paramref name="start"/>, in any case.</summary>
    private static bool IsAt(ReadOnlySpan<char> text, int start, string word) =>
        start >= 0 && start + word.Length <= text.Length && text.Slice(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="sentence"/> opens the boilerplate: a heading that names forward-looking statements or a safe
    /// harbor ("Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements", "Safe Harbor Statement"),
    /// or a sentence that says this very text holds them ("This press release contains forward-looking statements…",
    /// "Statements in this news release that are not historical facts are forward-looking statements", "Certain statements
    /// herein are forward-looking statements"); someone else's release ("the SEC said the release contained misleading
    /// forward-looking statements") is news.
    /// </summary>
    public static bool OpensBoilerplate(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, BoilerplateCues cues) =>
        (cues & BoilerplateCues.ForwardLooking) != 0 && (IsHeading(text, sentence) || NamesForwardLookingStatements(text, sentence) && TiedToTheRelease(text, sentence)) ||
        (cues & BoilerplateCues.Profile) != 0 && IsProfileHeading(text, sentence) ||
        (cues & BoilerplateCues.Disclaimer) != 0 && DisclaimsAdvice(text, sentence);

    // Words that may open a note's list of risks before "risk(s)": "Key risks include…", "Downside risks to our price target are…".
    private static readonly WordSet RiskListLeads = new("key", "main", "principal", "major", "downside", "upside", "investment", "the");

    // What the risks are to: "risks to our rating", "to our price target", "to the thesis", "to our view".
    private static readonly WordSet RiskListVerbs = new("include", "includes", "are", "to", "for", "remain");

    /// <summary>
    /// Whether <paramref name="sentence"/> lists the risks to an analyst's call ("Risks to our rating include faster AI adoption
    /// and a recovery in enterprise spending", "Key risks include a weaker dollar"), or a prospectus's risk factors ("Risk factors
    /// include competition"): the things that could prove the call or the plan wrong, which are no news.
    /// </summary>
    public static bool ListsRisks(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        var i = 0;
        for (var leads = 0; leads < 2 && i < sentence.Length && RiskListLeads.Contains(sentence[i].GetText(text)); leads++)
        {
            i++;
        }

        if (i + 1 >= sentence.Length || !(sentence[i].GetText(text) is var risk &&
                (risk.Equals("risks", StringComparison.OrdinalIgnoreCase) || risk.Equals("risk", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        // "Risk factors include competition and currency swings": a prospectus's list of its risk factors, read the same way.
        if (sentence[i + 1].GetText(text).Equals("factors", StringComparison.OrdinalIgnoreCase))
        {
            if (++i + 1 >= sentence.Length)
            {
                return false;
            }
        }

        var next = sentence[i + 1].GetText(text);
        return RiskListVerbs.Contains(next) || next is ":";
    }

    // Words of a profile's heading besides the company's capitalised name: "About the Company", "About the company", "About
    // Acme & Co.".
    private static readonly WordSet ProfileHeadingWords = new("the", "of", "and", "&", "for", "company", "group");

    /// <summary>
    /// A company profile's heading on a line of its own, or ending in a colon before the profile on the same line: "About Acme",
    /// "About Acme Corp.", "About the Company", "About Acme Software: Acme is a leading provider of…" (the word after "About"
    /// and every other capitalised or a joining word, no full stop, at most eight words). "About 200 jobs…" and "About half
    /// of sales…" are not headings.
    /// </summary>
    private static bool IsProfileHeading(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        if (sentence.Length < 2 || sentence[0].Kind != TokenKind.Word || sentence[0].GetText(text) is not ("About" or "ABOUT"))
        {
            return false;
        }

        var words = 0;
        var colon = false;
        for (var i = 1; i < sentence.Length && sentence[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (words > 0 && sentence[i].Kind == TokenKind.Punctuation && text[sentence[i].Start] == ':')
            {
                colon = true;
                break;
            }

            var word = sentence[i].GetText(text);
            if (sentence[i].Kind == TokenKind.Word && (++words > MaxHeadingWords || !char.IsUpper(word[0]) && !ProfileHeadingWords.Contains(word)) ||
                sentence[i].Kind is TokenKind.Number or TokenKind.Percent or TokenKind.Currency)
            {
                return false;
            }
        }

        return words > 0 && sentence[1].Kind == TokenKind.Word && (char.IsUpper(sentence[1].GetText(text)[0]) || sentence[1].GetText(text) is "the") &&
            (colon || OnLineOfItsOwn(text, sentence));
    }

    /// <summary>
    /// A disclaimer of advice: "This article is for informational purposes only and does not constitute investment advice",
    /// "Nothing herein is financial advice" ("investment advice" or "financial advice" after a word of denial, or "informational
    /// purposes only"). News about advice ("the SEC charged Globex with giving unlicensed investment advice", "Acme's financial
    /// advice unit lost clients") is read.
    /// </summary>
    private static bool DisclaimsAdvice(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        var denied = false;
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            var word = sentence[i].GetText(text);
            var next = sentence[i + 1].GetText(text);
            denied |= Denials.Contains(word);
            if (denied && (word.Equals("investment", StringComparison.OrdinalIgnoreCase) || word.Equals("financial", StringComparison.OrdinalIgnoreCase)) &&
                next.Equals("advice", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("informational", StringComparison.OrdinalIgnoreCase) && next.Equals("purposes", StringComparison.OrdinalIgnoreCase) &&
                i + 2 < sentence.Length && sentence[i + 2].GetText(text).Equals("only", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Words that deny what follows is advice: "does not constitute", "is not", "nothing herein", "should not be construed".
    private static readonly WordSet Denials = new("not", "no", "nothing", "never", "neither", "nor");

    /// <summary>Whether a sentence is a line of its own: no full stop closes it, a line break does (or the text ends).</summary>
    private static bool OnLineOfItsOwn(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence) =>
        sentence[^1].Kind != TokenKind.SentenceEnd || sentence[^1].GetText(text).IndexOfAny('\n', '\r') >= 0;

    /// <summary>
    /// A short line of its own (no full stop ends it) that opens with a heading's word and names the note within its first words.
    /// </summary>
    private static bool IsHeading(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        if (sentence.IsEmpty || sentence[0].Kind != TokenKind.Word || !HeadingStarts.Contains(sentence[0].GetText(text)) ||
            !OnLineOfItsOwn(text, sentence))
        {
            return false;
        }

        var words = 0;
        foreach (ref readonly var token in sentence)
        {
            words += token.Kind == TokenKind.Word ? 1 : 0;
        }

        return words <= MaxHeadingWords &&
            (NamesForwardLookingStatements(text, sentence[..Math.Min(sentence.Length, HeadingLead)]) || NamesSafeHarbor(text, sentence));
    }

    /// <summary>
    /// Whether the sentence says "forward-looking statement(s)" or "forward-looking information" (also spelt "forward
    /// looking").
    /// </summary>
    private static bool NamesForwardLookingStatements(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            var word = sentence[i].GetText(text);
            var noun = i + 1;
            if (word.Equals("forward", StringComparison.OrdinalIgnoreCase) && i + 2 < sentence.Length &&
                sentence[i + 1].GetText(text).Equals("looking", StringComparison.OrdinalIgnoreCase))
            {
                noun = i + 2;
            }
            else if (!word.Equals("forward-looking", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var next = sentence[noun].GetText(text);
            if (next.StartsWith("statement", StringComparison.OrdinalIgnoreCase) || next.Equals("information", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Safe Harbor Statement" (or "Harbour") at the start of the line, or "Safe Harbor" alone on it (a heading line is all
    /// <see cref="IsHeading"/> lets through).
    /// </summary>
    private static bool NamesSafeHarbor(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence) =>
        sentence.Length >= 2 && sentence[0].GetText(text).Equals("safe", StringComparison.OrdinalIgnoreCase) &&
        sentence[1].GetText(text) is var harbor &&
        (harbor.Equals("harbor", StringComparison.OrdinalIgnoreCase) || harbor.Equals("harbour", StringComparison.OrdinalIgnoreCase)) &&
        (sentence.Length == 2 || sentence[2].Kind == TokenKind.SentenceEnd || sentence[2].GetText(text).StartsWith("statement", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the sentence speaks of the text itself: "this [press] release", "today's call" (<see cref="ThisText"/>),
    /// "herein" ("statements made herein"), or sets its statements against "historical fact" as the note does; the law's
    /// words alone ("within the meaning of") also name statements in lawsuits.
    /// </summary>
    private static bool TiedToTheRelease(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence)
    {
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            var word = sentence[i].GetText(text);
            // "herein", or the note's own contrast: "statements other than statements of historical fact".
            if (word.Equals("herein", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("historical", StringComparison.OrdinalIgnoreCase) && sentence[i + 1].GetText(text) is var noun &&
                (noun.StartsWith("fact", StringComparison.OrdinalIgnoreCase) || noun.Equals("information", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "this", or "today" and its possessive ("Today's call"): then the kind of text, after a word of its sort at most.
            var kind = word.Equals("this", StringComparison.OrdinalIgnoreCase) ? i + 1
                : word.Equals("today", StringComparison.OrdinalIgnoreCase) && PhraseText.IsPossessive(sentence[i + 1].GetText(text)) ? i + 2
                : -1;
            // At most two words of its sort between: "this earnings press release".
            for (var sort = 0; sort < 2 && kind > 0 && kind < sentence.Length && TextKinds.Contains(sentence[kind].GetText(text)); sort++)
            {
                kind++;
            }

            if (kind > 0 && kind < sentence.Length && ThisText.Contains(sentence[kind].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The kinds of boilerplate a text may hold (<see cref="Disclaimers.MayHold"/>).</summary>
[Flags]
internal enum BoilerplateCues
{
    /// <summary>The note on forward-looking statements or a safe harbor statement.</summary>
    ForwardLooking = 1,

    /// <summary>A company profile's heading ("About Acme").</summary>
    Profile = 2,

    /// <summary>A disclaimer of advice.</summary>
    Disclaimer = 4,
}
