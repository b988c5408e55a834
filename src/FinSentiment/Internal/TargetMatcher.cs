using System.Buffers;
using FinSentiment.Lexicon;
using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>Finds a caller's <see cref="SentimentTarget"/> in a text, token by token.</summary>
internal static class TargetMatcher
{
    private static readonly string[] LegalSuffixes =
        ["inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "plc", "llc", "ag", "sa", "s.a.", "nv", "n.v.", "se", "group", "holdings", "holding", "&"];

    /// <summary>
    /// The names to look for, most specific first: the name, its aliases, the name without legal suffixes, its first word (unless
    /// <paramref name="withShortForm"/> is false: another target asked about starts with it too).
    /// </summary>
    public static IEnumerable<string> Candidates(SentimentTarget target, bool withShortForm = true)
    {
        yield return target.Name;
        foreach (var alias in target.Aliases)
        {
            if (!string.IsNullOrWhiteSpace(alias))
            {
                yield return alias;
            }
        }

        var words = NameWords(target.Name);
        var kept = WordsBeforeLegalSuffixes(words);
        if (kept < words.Length)
        {
            yield return string.Join(' ', words, 0, kept);
        }

        if (withShortForm && ShortFormOf(words, kept) is { } shortForm)
        {
            yield return shortForm;
        }
    }

    /// <summary>
    /// The target's short form, its first word, when <see cref="Candidates"/> offers it ("Spirit" for "Spirit Airlines",
    /// "Anglo" for "Anglo American"); null otherwise.
    /// </summary>
    public static string? ShortForm(SentimentTarget target)
    {
        var words = NameWords(target.Name);
        return ShortFormOf(words, WordsBeforeLegalSuffixes(words));
    }

    /// <summary>
    /// The first word of a name of two words or more before its legal suffixes, when it may stand for the name: capitalised and of
    /// four letters or more ("Spirit" for "Spirit Airlines"), or an acronym of three characters or more ("BHP" for "BHP Billiton",
    /// "M&amp;G" for "M&amp;G Investments") that is no measure or place ("EPS", "USA").
    /// </summary>
    private static string? ShortFormOf(string[] words, int kept)
    {
        if (kept < 2)
        {
            return null;
        }

        var first = words[0];
        return first.Length >= 4 && char.IsUpper(first[0]) || IsAcronym(first) ? first : null;
    }

    private static bool IsAcronym(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && char.IsUpper(word[^1]) && !word.AsSpan().ContainsAnyExcept(AcronymChars) &&
        !PhraseText.IsMeasureAcronym(word) && !PlaceAcronyms.Contains(word);

    private static readonly SearchValues<char> AcronymChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ&");

    // Acronyms of places and unions, which a text names for themselves: "USA Widgets" is not every "USA" in a text.
    private static readonly WordSet PlaceAcronyms = new("USA", "UAE", "GCC", "ASEAN", "NYC", "APAC", "EMEA", "LATAM");

    /// <summary>
    /// Whether the target's short form ending at <paramref name="end"/> goes on with a capitalised word that is not the
    /// target's own next word ("Acme Energy" for the target "Acme Wind"), in a text that does not capitalise most of its words
    /// (a headline's capitals say nothing: <paramref name="mostlyCapitalised"/>).
    /// </summary>
    public static bool StartsAnotherName(string text, int end, SentimentTarget target, bool mostlyCapitalised)
    {
        var rest = text.AsSpan(end);
        if (mostlyCapitalised || rest.IsEmpty || rest[0] != ' ')
        {
            return false;
        }

        rest = rest.TrimStart();
        var length = 0;
        while (length < rest.Length && (char.IsLetterOrDigit(rest[length]) || rest[length] is '-' or '&'))
        {
            length++;
        }

        // A word of a name, not an acronym or a title ("Acme CEO Jane Doe", "Acme Chairman …").
        var word = rest[..length];
        return length > 1 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z') && !Titles.Contains(word) &&
            NameWords(target.Name) is [_, var second, ..] && !word.Equals(second, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly WordSet Titles = new(
        "Chief", "Chairman", "Chairwoman", "Chair", "President", "Director", "Executive", "Founder", "Boss", "Chief-Executive");

    /// <summary>Whether at least half of a text's words are capitalised, as a headline's are.</summary>
    public static bool IsMostlyCapitalised(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsLetter(text[token.Start]))
            {
                words++;
                capitalised += char.IsUpper(text[token.Start]) ? 1 : 0;
            }
        }

        return capitalised * 2 > words;
    }

    /// <summary>Whether another of <paramref name="targets"/> than the one at <paramref name="index"/> starts with the word <paramref name="shortForm"/>.</summary>
    public static bool SharesFirstWord(string shortForm, IReadOnlyList<SentimentTarget> targets, int index)
    {
        for (var j = 0; j < targets.Count; j++)
        {
            if (j != index && NameWords(targets[j].Name) is [var first, ..] && first.Equals(shortForm, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words after a short form make it the company's: its shares or stock, or a possessive ("Spirit shares
    /// plunged", "Anglo's board").
    /// </summary>
    public static bool NamesStockOrOwner(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        if (after.IsEmpty || after[0] != ' ')
        {
            return false;
        }

        var rest = after.TrimStart();
        return rest.StartsWith("shares ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("stock ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the words after a short form make it a clause's subject: a verb of reporting or of a company's acts right after
    /// it ("Qantas also announced a buyback", "Calloway will book an impairment", "Anglo said"), not a word it describes
    /// ("American consumers", "Spirit AeroSystems").
    /// </summary>
    public static bool ActsAsSubject(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] != ' ')
        {
            return false;
        }

        var rest = after.TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsAsciiLetterLower(rest[end]))
        {
            end++;
        }

        return end > 0 && (end == rest.Length || !char.IsLetterOrDigit(rest[end])) && SubjectVerbs.Contains(rest[..end]);
    }

    // Verbs (and "also") that follow a company as a clause's subject: reporting, expecting, and a company's usual acts.
    private static readonly WordSet SubjectVerbs = new(
        "said", "says", "also", "will", "would", "has", "had", "is", "was", "expects", "expected", "reported", "reports", "posted",
        "posts", "announced", "announces", "plans", "planned", "agreed", "agrees", "raised", "raises", "cut", "cuts", "lowered",
        "lowers", "forecast", "forecasts", "warned", "warns", "booked", "books", "recorded", "records", "launched", "launches",
        "added", "adds", "sold", "sells", "bought", "buys", "won", "wins", "lost", "loses", "rose", "fell", "gained", "slipped",
        "jumped", "dropped", "declined", "climbed", "now", "still", "then", "later", "itself");

    /// <summary>A name's words, without the comma before a legal suffix ("Globex, Inc." is "Globex", "Inc.").</summary>
    private static string[] NameWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = words[w].TrimEnd(',');
        }

        return Array.FindAll(words, w => w.Length > 0);
    }

    /// <summary>How many of a name's words come before its legal suffixes ("Acme Widgets Group plc": 2); at least one.</summary>
    private static int WordsBeforeLegalSuffixes(string[] words)
    {
        var kept = words.Length;
        while (kept > 1 && Array.Exists(LegalSuffixes, s => s.Equals(words[kept - 1], StringComparison.OrdinalIgnoreCase)))
        {
            kept--;
        }

        return kept;
    }

    /// <summary>
    /// Looser forms of the names, for a target not found otherwise: without a possessive ("Globex's" → "Globex"), then the
    /// initials of a name of three capitalised words or more ("Acme Widget Works Group plc" → "AWW"); matched with
    /// <c>pluralLastWord</c>, they also find "Globexs" and "Initechs" (a possessive whose apostrophe was lost, or a plural).
    /// The first word alone is among them only with <paramref name="withShortForm"/> (see <see cref="Candidates"/>).
    /// </summary>
    public static IEnumerable<string> LooseForms(SentimentTarget target, bool withShortForm = true)
    {
        foreach (var name in Candidates(target, withShortForm))
        {
            var trimmed = name.Trim();
            yield return trimmed.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
                ? trimmed[..^2]
                : trimmed;
        }

        if (Initials(target.Name) is { } initials)
        {
            yield return initials;
        }
    }

    /// <summary>
    /// The initials of a name's capitalised words, without its legal suffixes and lower-case joining words ("Royal Bank of
    /// Widgets plc" → "RBW"), or <see langword="null"/> when fewer than three words are left: two letters are too often
    /// another company's symbol.
    /// </summary>
    internal static string? Initials(string name)
    {
        var words = NameWords(name);
        var kept = WordsBeforeLegalSuffixes(words);
        Span<char> initials = stackalloc char[8];
        var count = 0;
        for (var w = 0; w < kept; w++)
        {
            var word = words[w];
            if (!char.IsLetter(word[0]) || char.IsLower(word[0]))
            {
                continue;
            }

            if (count == initials.Length || !char.IsUpper(word[0]))
            {
                return null;
            }

            initials[count++] = word[0];
        }

        return count >= 3 ? new string(initials[..count]) : null;
    }

    /// <summary>Whether two words of five letters or more, with the same first letter, are one edit apart (Damerau-Levenshtein).</summary>
    private static bool IsOneEditAway(ReadOnlySpan<char> word, ReadOnlySpan<char> name)
    {
        if (word.Length < 5 || name.Length < 5 || Math.Abs(word.Length - name.Length) > 1 ||
            char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(name[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        var prefix = 0;
        while (prefix < word.Length && prefix < name.Length && char.ToLowerInvariant(word[prefix]) == char.ToLowerInvariant(name[prefix]))
        {
            prefix++;
        }

        if (word.Length != name.Length)
        {
            return word.Length > name.Length
                ? word[(prefix + 1)..].Equals(name[prefix..], StringComparison.OrdinalIgnoreCase)
                : name[(prefix + 1)..].Equals(word[prefix..], StringComparison.OrdinalIgnoreCase);
        }

        if (prefix == word.Length)
        {
            return false; // equal: matched already
        }

        return word[(prefix + 1)..].Equals(name[(prefix + 1)..], StringComparison.OrdinalIgnoreCase) ||
            prefix + 1 < word.Length && char.ToLowerInvariant(word[prefix]) == char.ToLowerInvariant(name[prefix + 1]) &&
            char.ToLowerInvariant(word[prefix + 1]) == char.ToLowerInvariant(name[prefix]) &&
            word[(prefix + 2)..].Equals(name[(prefix + 2)..], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a word one letter off a target's may be its name misspelt: it is capitalised, and a short word ("Apply" for
    /// "Apple") is not the first of its sentence, where any word is capitalised.
    /// </summary>
    private static bool MayBeMisspeltName(ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) && (word.Length >= 6 || i > 0 && tokens[i - 1].Kind != TokenKind.SentenceEnd);

    /// <summary>
    /// Whether a text is written without capitalised words ("rivian shares jump 10% after Q3 beat"): then the case of a word says
    /// nothing of whether it is a name. Words in capitals ("Q3", "USA") and cashtags do not count.
    /// </summary>
    public static bool IsCaseless(string text, ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && token.GetText(text).ContainsAnyInRange('a', 'z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a word equal to a name's word but for case is written as the name can be: a capitalised name ("Target", "Shell")
    /// not in lower case ("price target", "shell companies") unless the text has no capitalised words (then case says nothing:
    /// "tesla stock soars after Q3 beat"), and with <paramref name="strictCapitals"/> a name in capitals of five letters or fewer (a symbol
    /// given as the target: "ALL", "IT", "NOW") only in capitals ("All stocks fell" is not Allstate). A name given in lower
    /// case matches any case.
    /// </summary>
    internal static bool CaseFits(ReadOnlySpan<char> word, ReadOnlySpan<char> name, bool strictCapitals, bool caselessText)
    {
        if (word.SequenceEqual(name))
        {
            return true;
        }

        var (nameHasUpper, nameHasLower) = Cases(name);
        if (!nameHasUpper)
        {
            return true;
        }

        var (wordHasUpper, wordHasLower) = Cases(word);
        return strictCapitals && !nameHasLower && name.Length <= 5 ? !wordHasLower : wordHasUpper || caselessText;
    }

    /// <summary>Whether the text has an upper-case letter, and whether it has a lower-case one.</summary>
    private static (bool Upper, bool Lower) Cases(ReadOnlySpan<char> text)
    {
        var upper = false;
        var lower = false;
        foreach (var c in text)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return (upper, lower);
    }

    private static bool IsWithS(ReadOnlySpan<char> word, ReadOnlySpan<char> name) =>
        word.Length == name.Length + 1 && word[^1] == 's' && name.Length >= 2 && char.ToLowerInvariant(name[^1]) != 's' &&
        word.StartsWith(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the spans of every occurrence of <paramref name="name"/> (case as given) inside a word: a part of a hyphenated word
    /// ("UPDATE 1-BP reports", "Sun-Ranbaxy deal", "owner-Alphabet Inc") or a name glued to the word before it by scraping
    /// ("CompaniesAcme sends"). For names the token match did not find.
    /// </summary>
    public static void FindInsideWords(string text, string name, List<(int Start, int Length)> spans)
    {
        name = name.Trim();
        if (name.Length < 2 || !char.IsLetterOrDigit(name[0]))
        {
            return;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var before = at == 0 ? ' ' : text[at - 1];
            var after = end == text.Length ? ' ' : text[end];
            var startsWord = !char.IsLetterOrDigit(before) ||
                (char.IsLower(before) && char.IsUpper(name[0]) && (name.Length == 1 || !char.IsUpper(name[1]) || char.IsUpper(name[^1])));
            var endsWord = !char.IsLetterOrDigit(after);
            var insideWord = before is '-' or '‐' || after is '-' or '‐' || char.IsLetterOrDigit(before);
            if (startsWord && endsWord && insideWord)
            {
                spans.Add((at, name.Length));
            }
        }
    }

    /// <summary>
    /// Adds the spans of the words that join the starts of the target's first two words or more, each capitalised, with no space:
    /// "StanWid" or "StanWidgets" for "Standard Widgets plc", "JPWidget" for "JP Widget Bank". Each part is the whole word or
    /// three letters or more of its start, and the word has exactly one capital per part, so "Standard" alone or "Stanley" is not one.
    /// </summary>
    public static void FindContractions(string text, ReadOnlySpan<Token> tokens, SentimentTarget target, List<(int Start, int Length)> spans)
    {
        var words = NameWords(target.Name);
        var kept = WordsBeforeLegalSuffixes(words);
        if (kept < 2)
        {
            return;
        }

        foreach (ref readonly var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Length >= 5 && IsContraction(token.GetText(text), words.AsSpan(0, kept)))
            {
                spans.Add((token.Start, token.Length));
            }
        }
    }

    private static bool IsContraction(ReadOnlySpan<char> word, ReadOnlySpan<string> nameWords)
    {
        var parts = 0;
        var at = 0;
        while (at < word.Length)
        {
            if (parts == nameWords.Length || !char.IsUpper(word[at]))
            {
                return false;
            }

            // The part runs to the next capital after a lower-case letter ("JPWidget" is "JP" and "Widget").
            var end = at + 1;
            while (end < word.Length && !(char.IsUpper(word[end]) && char.IsLower(word[end - 1])) &&
                   !(char.IsUpper(word[end]) && end + 1 < word.Length && char.IsLower(word[end + 1]) && end - at > 1))
            {
                end++;
            }

            var part = word[at..end];
            var nameWord = nameWords[parts].AsSpan();
            if (!nameWord.StartsWith(part, StringComparison.Ordinal) || part.Length < 3 && part.Length != nameWord.Length ||
                !part.ContainsAnyInRange('a', 'z') && part.Length != nameWord.Length)
            {
                return false;
            }

            parts++;
            at = end;
        }

        return parts >= 2;
    }

    /// <summary>
    /// Adds the spans of every occurrence of <paramref name="name"/> to <paramref name="spans"/>; with
    /// <paramref name="pluralLastWord"/>, the last word may also carry an "s" ("Globexs", "Acme Widgets" for "Acme Widget");
    /// with <paramref name="misspelt"/>, a capitalised word of five letters or more may differ by one letter, added, dropped,
    /// changed or swapped, after the first ("Globx" or "Glboex" for "Globex": a target written one way and the text another).
    /// Case is ignored as far as <see cref="CaseFits"/> allows; <paramref name="strictCapitals"/> is for a name as the caller gave
    /// it (a one-word name in capitals is then a symbol, not a word of the name shortened), <paramref name="caselessText"/> for a
    /// text written without capitalised words (<see cref="IsCaseless"/>).
    /// </summary>
    public static void FindAll(
        string text, ReadOnlySpan<Token> tokens, string name, ITokenizer tokenizer, List<(int Start, int Length)> spans, bool pluralLastWord = false,
        bool misspelt = false, bool strictCapitals = false, bool caselessText = false)
    {
        Span<Token> buffer = stackalloc Token[32];
        var words = SentimentLexicon.SplitTerm(name, tokenizer, buffer);
        if (words.Count == 0)
        {
            return;
        }


        for (var i = 0; i + words.Count <= tokens.Length; i++)
        {
            var first = tokens[i].GetText(text);
            if (words.Count == 1 && tokens[i].Kind == TokenKind.Cashtag && first[1..].Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                spans.Add((tokens[i].Start, tokens[i].Length));
                continue;
            }

            var matched = true;
            for (var w = 0; w < words.Count; w++)
            {
                var word = tokens[i + w].GetText(text);
                if (!(word.Equals(words[w], StringComparison.OrdinalIgnoreCase) && CaseFits(word, words[w], strictCapitals && words.Count == 1, caselessText)) &&
                    !(pluralLastWord && w == words.Count - 1 && IsWithS(word, words[w])) &&
                    !(misspelt && IsOneEditAway(word, words[w]) && MayBeMisspeltName(tokens, i + w, word)))
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                var end = tokens[i + words.Count - 1].End;
                spans.Add((tokens[i].Start, end - tokens[i].Start));
                i += words.Count - 1;
            }
        }
    }
}
