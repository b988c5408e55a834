namespace FinSentiment.Internal;

/// <summary>
/// The words of a phrase, read from its text: the first and the last, the possessive the tokenizer splits off, and the labels
/// of a period.
/// </summary>
internal static class PhraseText
{
    /// <summary>
    /// Whether a word is an adverb of contrast that, set off by commas inside a sentence, answers the sentence before:
    /// "however", "though", "nonetheless", "nevertheless" ("Profit, however, fell").
    /// </summary>
    public static bool IsSetOffContrast(ReadOnlySpan<char> word) => SetOffContrasts.Contains(word);

    private static readonly WordSet SetOffContrasts = new("however", "though", "nonetheless", "nevertheless");

    /// <summary>The first word of a phrase: "resumed" of "resumed production".</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> phrase) =>
        phrase.IndexOf(' ') is var space and > 0 ? phrase[..space] : phrase;

    /// <summary>The last word of a phrase: "record" of "hit a record".</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    /// <summary>Whether every word of the phrase, split at single spaces, is one of <paramref name="words"/>.</summary>
    public static bool AllWordsIn(ReadOnlySpan<char> phrase, WordSet words)
    {
        while (!phrase.IsEmpty)
        {
            var space = phrase.IndexOf(' ');
            if (!words.Contains(space < 0 ? phrase : phrase[..space]))
            {
                return false;
            }

            phrase = space < 0 ? [] : phrase[(space + 1)..];
        }

        return true;
    }

    /// <summary>A phrase without its last word, trimmed: "hit a" of "hit a record"; empty for one word.</summary>
    public static ReadOnlySpan<char> WithoutLastWord(ReadOnlySpan<char> phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return space < 0 ? [] : phrase[..space].TrimEnd();
    }

    /// <summary>
    /// Whether a word of <paramref name="words"/> comes within the first <paramref name="maxWords"/> words of
    /// <paramref name="text"/>, in its clause: a word closed by a comma, semicolon, colon or full stop is the clause's last
    /// ("a $2 bn order" names an order; "a fine, and an order" names none in its first clause).
    /// </summary>
    public static bool HasWordAhead(ReadOnlySpan<char> text, WordSet words, int maxWords)
    {
        text = text.TrimStart();
        for (var read = 0; read < maxWords && !text.IsEmpty; read++)
        {
            var word = FirstWord(text);
            var bare = word.TrimEnd(".,;:");
            if (words.Contains(bare))
            {
                return true;
            }

            if (bare.Length < word.Length)
            {
                return false;
            }

            text = text[word.Length..].TrimStart();
        }

        return false;
    }

    /// <summary>
    /// Whether a word of <paramref name="words"/> comes within the last <paramref name="maxWords"/> words of
    /// <paramref name="text"/>, read back in its clause: a word closed by a comma, semicolon, colon or full stop ends the
    /// reading ("cancelled the $10 bn cloud contract" holds "cancelled" before "contract").
    /// </summary>
    public static bool HasWordBehind(ReadOnlySpan<char> text, WordSet words, int maxWords)
    {
        for (var read = 0; read < maxWords && !text.IsEmpty; read++)
        {
            var word = LastWord(text);
            if (words.Contains(word))
            {
                return true;
            }

            if (word.IsEmpty || word[^1] is ',' or ';' or ':' or '.')
            {
                return false;
            }

            text = WithoutLastWord(text);
        }

        return false;
    }

    // Capitalised words that name a period, not a company: "for Fiscal 2024", "for Q4", "Netflix's Q3 report".
    private static readonly WordSet PeriodLabels = new(
        "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "Fiscal", "Annual", "Quarterly", "First-Quarter", "Second-Quarter", "Third-Quarter",
        "Fourth-Quarter", "Half-Year", "Full-Year", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December");

    /// <summary>Whether a word names a period ("Q3", "FY24", "Fiscal", "March").</summary>
    public static bool IsPeriodLabel(ReadOnlySpan<char> word) =>
        PeriodLabels.Contains(word) || word.Length is 4 or 6 && word.StartsWith("FY", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(word[^1]);

    /// <summary>
    /// The index of the first of <paramref name="phrases"/> (each starting with a lower-case ASCII letter) that
    /// <paramref name="text"/> starts with, ignoring case, or -1. The first char is compared before the phrase: these lists are
    /// asked of the words after every mention of a company, and most start with none of them.
    /// </summary>
    public static int StartsWithAny(ReadOnlySpan<char> text, string[] phrases)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        var first = text[0] | 0x20;
        for (var i = 0; i < phrases.Length; i++)
        {
            if (phrases[i][0] == first && text.StartsWith(phrases[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Measures a company reports, in capitals: no name of another company ("NPAT rose 12%"), and they may stand between "its"
    // and its forecast ("its core EPS growth guidance").
    private static readonly WordSet MeasureAcronyms = new(
        "EPS", "EBITDA", "EBITDAR", "EBIT", "EBITA", "EBT", "NII", "NIM", "ROE", "ROTE", "ROCE", "ROIC", "AUM", "ARR", "GMV", "FCF",
        "FFO", "AFFO", "PBT", "PAT", "NPAT", "NPATA", "CET1", "RevPAR", "TSR", "CAGR", "NAV", "NPA", "NPAs", "GNPA", "NNPA", "CASA",
        "OPM", "ARPU", "MAU", "MAUs", "DAU", "DAUs", "NRR", "LFL", "TPV", "GWP", "VNB", "APE");

    /// <summary>Whether a word in capitals names a measure a company reports ("EBITDA", "NPAT", "ARPU").</summary>
    public static bool IsMeasureAcronym(ReadOnlySpan<char> word) => MeasureAcronyms.Contains(word);

    /// <summary>Whether a word is the possessive "'s" (or "’s") that the tokenizer splits from its word.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[0] is '\'' or '’' && (word[1] | 0x20) == 's';
}
