using System.Buffers;
using System.Text;
using FinSentiment.Internal;
using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>
/// A trie over the lower-cased word tokens of company names, aliases and descriptors, matched against a text's tokens with
/// span lookups, so matching allocates nothing. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// The trie is a few flat arrays rather than a table per node: every word on an edge has an id in one span lookup
/// (<see cref="_wordIds"/>), and node <c>n</c>'s edges are at <c>_childStart[n]</c> up to <c>_childStart[n + 1]</c> in
/// <see cref="_childWords"/> (sorted word ids) and <see cref="_childNodes"/>. A table per node made some 20,000 small objects of
/// the default directory, which stay young after the analyzer is built (the first collections do not promote so few survivors),
/// and every gen0 collection marked and moved them again: about 30 ms each.
/// </remarks>
internal sealed class NameMatcher
{
    /// <summary>
    /// The id of every word on an edge. Keys are merged only as a span lookup finds them (<see cref="SpanKeyComparer"/>), so a token
    /// finds a word's id exactly when it would have found that word in the table of a node that has it.
    /// </summary>
    private readonly SpanLookup<int> _wordIds;
    private readonly int[] _childStart;
    private readonly int[] _childWords;
    private readonly int[] _childNodes;
    private readonly NameEntry?[] _entries;

    /// <summary>
    /// Per node, the index in <see cref="_casePatterns"/> of its entry's <see cref="NameEntry.CaseRules"/>, -1 when it has no
    /// entry. A match (<see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, int, out NameEntry?)"/>) reads a name's
    /// rules from this array and the few shared patterns, and only a name whose case fits reads its entry, an object of its
    /// own rarely in the cache (a text's words reach nodes all over the trie).
    /// </summary>
    private readonly int[] _casePatternOf;

    /// <summary>The distinct <see cref="NameEntry.CaseRules"/> arrays of the entries (entries share them, one per pattern).</summary>
    private readonly int[][] _casePatterns;

    /// <summary>
    /// For each edge (in <see cref="_childWords"/>' order), the text of its word and that text's <see cref="SpanLookup{TValue}.Hash"/>:
    /// <see cref="Step"/> compares a word with the few words after a node itself rather than looking it up in
    /// <see cref="_wordIds"/>, a large table whose slot for the word is rarely in the cache.
    /// </summary>
    private readonly int[] _childHashes;

    /// <inheritdoc cref="_childHashes"/>
    private readonly string[] _childTexts;

    /// <summary>The most words after a node that <see cref="Step"/> compares one by one; a node with more looks the word up.</summary>
    private const int MaxChildrenCompared = 8;

    /// <summary>
    /// For each letter a to z, a bit per length (63 for any longer) of the first words that a lower-case word can match (see
    /// <see cref="MayStartWithLowerCase"/>): most words of a text are lower case, and most names start with a capital, which
    /// such a word never matches, so the first lookup is skipped for them.
    /// </summary>
    private readonly ulong[] _lowerCaseStarts;

    /// <summary>A bit per length (63 for any longer) of the first words that start with an ASCII digit (<c>3M</c>): most numbers match none.</summary>
    private readonly ulong _digitStarts;

    private NameMatcher(
        List<Dictionary<string, int>> children, KeyValuePair<string, int>[] firstWords, NameEntry?[] entries, ulong[] lowerCaseStarts, ulong digitStarts)
    {
        var wordIds = new Dictionary<string, int>(SpanKeyComparer.Instance);
        var wordsById = new List<string>();
        var edges = 0;
        foreach (var edgesOfNode in children)
        {
            edges += edgesOfNode.Count;
        }

        _childStart = new int[children.Count + 1];
        _childWords = new int[edges];
        _childNodes = new int[edges];
        _childHashes = new int[edges];
        _childTexts = new string[edges];
        var at = 0;
        for (var node = 0; node < children.Count; node++)
        {
            _childStart[node] = at;
            foreach (var (word, child) in children[node])
            {
                // A node's words are distinct ignoring case, so no two of them share an id.
                if (!wordIds.TryGetValue(word, out var id))
                {
                    id = wordIds.Count;
                    wordIds.Add(word, id);
                    wordsById.Add(word);
                }

                _childWords[at] = id;
                _childNodes[at] = child;
                at++;
            }

            Array.Sort(_childWords, _childNodes, _childStart[node], at - _childStart[node]);
            for (var edge = _childStart[node]; edge < at; edge++)
            {
                // The text of the word each edge's id stands for (the first spelling seen, as the table keeps it).
                _childTexts[edge] = wordsById[_childWords[edge]];
                _childHashes[edge] = SpanLookup<int>.Hash(_childTexts[edge]);
            }
        }

        _childStart[children.Count] = at;
        _wordIds = new SpanLookup<int>([.. wordIds]);
        FirstWords = firstWords;
        _entries = entries;
        _casePatternOf = new int[entries.Length];
        var patterns = new Dictionary<int[], int>(ReferenceEqualityComparer.Instance);
        for (var node = 0; node < entries.Length; node++)
        {
            if (entries[node] is not { } entry)
            {
                _casePatternOf[node] = -1;
                continue;
            }

            if (!patterns.TryGetValue(entry.CaseRules, out var pattern))
            {
                patterns.Add(entry.CaseRules, pattern = patterns.Count);
            }

            _casePatternOf[node] = pattern;
        }

        _casePatterns = new int[patterns.Count][];
        foreach (var (rules, pattern) in patterns)
        {
            _casePatterns[pattern] = rules;
        }

        _lowerCaseStarts = lowerCaseStarts;
        _digitStarts = digitStarts;
    }

    /// <summary>Builds a matcher. When two entries have the same words, the later one wins.</summary>
    public static NameMatcher Create(IEnumerable<(string Phrase, CompanyInfo Company, bool Ambiguous)> phrases)
    {
        var children = new List<Dictionary<string, int>> { new(StringComparer.OrdinalIgnoreCase) };
        var entries = new List<NameEntry?> { null };
        var caseRules = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var buffer = new Token[64];
        var lowerCaseStarts = new ulong[26];
        var digitStarts = 0UL;
        foreach (var (phrase, company, ambiguous) in phrases)
        {
            var words = Tokenize(phrase, buffer);
            if (words.Length == 0)
            {
                continue;
            }

            AddLowerCaseStart(lowerCaseStarts, words[0]);
            if (char.IsAsciiDigit(words[0][0]))
            {
                digitStarts |= LengthBit(words[0].Length);
            }

            var node = 0;
            foreach (var word in words)
            {
                if (!children[node].TryGetValue(word, out var next))
                {
                    next = children.Count;
                    children.Add(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase));
                    entries.Add(null);
                    children[node][word] = next;
                }

                node = next;
            }

            // Most names share their pattern of letter case ("Acme Power": a capital first in each word): one array per pattern.
            var rules = CaseRules(words);
            var pattern = string.Join(',', rules);
            if (!caseRules.TryGetValue(pattern, out var shared))
            {
                caseRules.Add(pattern, shared = rules);
            }

            entries[node] = new NameEntry(company, ambiguous, shared);
        }

        return new NameMatcher(children, [.. children[0]], [.. entries], lowerCaseStarts, digitStarts);
    }

    /// <summary>
    /// Passed as the first node to <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, int, out NameEntry?)"/> when the first
    /// token has not been looked up: the matcher looks it up itself.
    /// </summary>
    public const int UnknownFirstNode = int.MinValue;

    /// <summary>Gets the first words of the names with the trie's node after each (see <see cref="WordTable"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FirstWords { get; }

    private static void AddLowerCaseStart(ulong[] lowerCaseStarts, string first)
    {
        var lengthBit = LengthBit(first.Length);
        if (!Ascii.IsValid(first))
        {
            if (!MayEqualAsciiWord(first))
            {
                return; // "Nestlé": no ASCII word equals it, and a word that is not ASCII is always looked up
            }

            // Ignore-case equality may fold a non-ASCII letter to an ASCII one: such a word may start with any letter.
            for (var letter = 0; letter < lowerCaseStarts.Length; letter++)
            {
                lowerCaseStarts[letter] |= lengthBit;
            }
        }
        else if (MayStartWithLowerCase(first) && char.IsAsciiLetter(first[0]))
        {
            lowerCaseStarts[(first[0] | 0x20) - 'a'] |= lengthBit;
        }
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>
    /// Whether some ASCII word can equal <paramref name="word"/> ignoring case: each of its chars that is not ASCII equals an ASCII char
    /// ignoring case (as the Kelvin sign equals <c>k</c>). A word with <c>é</c> never does, so it need not open lower-case words' lookups.
    /// </summary>
    private static bool MayEqualAsciiWord(string word)
    {
        foreach (var c in word)
        {
            if (c >= 128 && !EqualsSomeAsciiChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EqualsSomeAsciiChar(char c)
    {
        ReadOnlySpan<char> value = [c];
        Span<char> ascii = stackalloc char[1];
        for (var a = 0; a < 128; a++)
        {
            ascii[0] = (char)a;
            if (value.Equals(ascii, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="CaseFits"/> lets a word with no capitals match <paramref name="expected"/>: no capital, or a lower-case letter first (<c>eBay</c>).</summary>
    private static bool MayStartWithLowerCase(ReadOnlySpan<char> expected)
    {
        var firstLetter = expected.IndexOfAnyInRange('A', 'Z');
        var firstLower = expected.IndexOfAnyInRange('a', 'z');
        return firstLetter < 0 || (firstLower >= 0 && firstLower < firstLetter);
    }

    /// <summary>
    /// Whether no name can start with <paramref name="word"/> as written: it is ASCII with lower-case letters and no capitals, and no
    /// first word that a lower-case word may match has its first letter and length; or it starts with an ASCII digit and no first word
    /// that starts with one has its length (a digit equals only itself ignoring case). (A word starting with a symbol is looked up.)
    /// <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, int, out NameEntry?)"/> matches nothing at such a word.
    /// </summary>
    internal bool CannotStartName(ReadOnlySpan<char> word)
    {
        var first = word[0];
        if (char.IsAsciiDigit(first))
        {
            return (_digitStarts & LengthBit(word.Length)) == 0;
        }

        if (!char.IsAsciiLetterLower(first))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c >= 128 || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return (_lowerCaseStarts[first - 'a'] & LengthBit(word.Length)) == 0;
    }

    /// <summary>Splits a phrase into the words the matcher compares: the text of every token.</summary>
    public static string[] Tokenize(string phrase, Token[] buffer)
    {
        FinancialTokenizer.Instance.Tokenize(phrase, buffer, out var count, out _);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            if (buffer[i].Kind != TokenKind.SentenceEnd)
            {
                words.Add(phrase.Substring(buffer[i].Start, buffer[i].Length));
            }
        }

        return [.. words];
    }

    /// <summary>
    /// Finds the longest entry whose words match the tokens from <paramref name="start"/> and whose letter case fits the
    /// text (see <see cref="CaseFits"/>); returns the number of tokens matched, or 0.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, out NameEntry? entry) =>
        Match(text, tokens, start, checkCase: true, UnknownFirstNode, out entry);

    /// <summary>
    /// Like <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, out NameEntry?)"/>, with the first token already looked up
    /// (by a <see cref="WordTable"/>): <paramref name="firstNode"/> is the trie's node after it, -1 when no name starts with it, or
    /// <see cref="UnknownFirstNode"/>.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int firstNode, out NameEntry? entry) =>
        Match(text, tokens, start, checkCase: true, firstNode, out entry);

    /// <summary>Like <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, out NameEntry?)"/> from the first token, ignoring letter case.</summary>
    public int MatchIgnoringCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, out NameEntry? entry) =>
        Match(text, tokens, 0, checkCase: false, UnknownFirstNode, out entry);

    private int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, bool checkCase, int firstNode, out NameEntry? entry)
    {
        entry = null;
        if (firstNode == -1)
        {
            return 0; // looked up already: no name starts with the word
        }

        if (checkCase && start < tokens.Length && tokens[start].Length > 0 && CannotStartName(tokens[start].GetText(text)))
        {
            return 0;
        }

        var best = 0;
        var node = 0;
        for (var i = start; i < tokens.Length; i++)
        {
            if (_childStart[node + 1] == _childStart[node] || tokens[i].Kind == TokenKind.SentenceEnd)
            {
                break;
            }

            node = i == start && firstNode != UnknownFirstNode ? firstNode : Step(node, tokens[i].GetText(text));
            if (node < 0)
            {
                break;
            }

            var pattern = _casePatternOf[node];
            if (pattern >= 0 && (!checkCase || CaseFits(text, tokens.Slice(start, i - start + 1), _casePatterns[pattern])))
            {
                entry = _entries[node];
                best = i - start + 1;
            }
        }

        return best;
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="word"/>, or -1.</summary>
    /// <remarks>
    /// A node with few words after it compares the word with each of them, as the table would: same hash, same length, equal ignoring
    /// case (<see cref="SpanLookup{TValue}"/>); a node's words are distinct in the table, so at most one is equal, the one the table
    /// would find.
    /// </remarks>
    private int Step(int node, ReadOnlySpan<char> word)
    {
        var first = _childStart[node];
        var end = _childStart[node + 1];
        if (end - first <= MaxChildrenCompared)
        {
            var hash = SpanLookup<int>.Hash(word);
            for (var edge = first; edge < end; edge++)
            {
                if (_childHashes[edge] == hash && _childTexts[edge].Length == word.Length &&
                    SpanLookup<int>.EqualsIgnoreCaseByChar(word, _childTexts[edge]))
                {
                    return _childNodes[edge];
                }
            }

            return -1;
        }

        if (!_wordIds.TryGetValue(word, out var id))
        {
            return -1;
        }

        var start = _childStart[node];
        var index = _childWords.AsSpan(start, _childStart[node + 1] - start).BinarySearch(id);
        return index >= 0 ? _childNodes[start + index] : -1;
    }

    /// <summary>A <see cref="NameEntry.CaseRules"/> value: the word may be written in any case.</summary>
    internal const int AnyCase = -1;

    /// <summary>A <see cref="NameEntry.CaseRules"/> value: the word must be written in capitals (it has no lower-case letter).</summary>
    internal const int InCapitals = -2;

    /// <summary>
    /// What <see cref="CaseFits"/> asks of each word of a name, worked out once when the entry is built rather than on every match:
    /// <see cref="AnyCase"/>, <see cref="InCapitals"/>, or the index of the letter that must be a capital.
    /// </summary>
    internal static int[] CaseRules(string[] words)
    {
        var rules = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var expected = words[i].AsSpan();
            var firstLetter = expected.IndexOfAnyInRange('A', 'Z');
            var firstLower = expected.IndexOfAnyInRange('a', 'z');
            rules[i] = firstLetter < 0 || (firstLower >= 0 && firstLower < firstLetter) ? AnyCase
                : firstLower < 0 && expected.Length > 1 && !(i == 0 && words.Length > 1 && IsSpokenCapitals(expected)) ? InCapitals
                : firstLetter;
        }

        return rules;
    }

    /// <summary>
    /// Whether a word a name writes in capitals is one news may write with only its first capital when it opens a name of several
    /// words: four letters or more, a vowel among them ("PENN Entertainment" is written "Penn Entertainment", "MACOM Technology"
    /// "Macom Technology"). Not an acronym read letter by letter ("HSBC", "MSCI"), nor a name of one word ("NICE" is a word
    /// written plainly), nor a later word ("Globex BANK").
    /// </summary>
    private static bool IsSpokenCapitals(ReadOnlySpan<char> word) =>
        word.Length >= 4 && !word.ContainsAnyExcept(AsciiCapitals) && word.ContainsAny(Vowels) && !SpelledAcronyms.Contains(word);

    private static readonly SearchValues<char> AsciiCapitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> Vowels = SearchValues.Create("AEIOU");

    // Acronyms of four letters or more with a vowel that are read letter by letter: "IDEXX" is a word, "ICICI" and "AGNC" are not.
    private static readonly WordSet SpelledAcronyms = new("ICICI", "AGNC", "BBVA", "EPAM", "SPDR", "CACI", "MUFG", "HDFC", "FTAI", "MSCI", "ASML");

    /// <summary>
    /// Checks that the text is written as a name: a word the alias writes in capitals (<c>IBM</c>) must be in capitals,
    /// a word the alias capitalises (<c>Apple</c>) must start with a capital, other words may be in any case.
    /// </summary>
    private static bool CaseFits(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] rules)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var rule = rules[i];
            if (rule == AnyCase)
            {
                continue;
            }

            var actual = tokens[i].GetText(text);
            if (rule == InCapitals)
            {
                if (actual.IndexOfAnyInRange('a', 'z') >= 0)
                {
                    return false;
                }
            }
            else if (!char.IsUpper(actual[rule]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A name, alias or descriptor of a company, as stored in a <see cref="NameMatcher"/>.</summary>
/// <param name="Company">The company.</param>
/// <param name="Ambiguous">Whether the name needs context to count as the company.</param>
/// <param name="CaseRules">What each word's letter case must be for a text to match (see <see cref="NameMatcher.CaseRules"/>); shared by entries with the same rules.</param>
internal sealed record NameEntry(CompanyInfo Company, bool Ambiguous, int[] CaseRules);
