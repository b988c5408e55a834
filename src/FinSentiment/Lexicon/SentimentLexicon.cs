using System.Buffers;
using System.Collections.Frozen;
using FinSentiment.Internal;
using FinSentiment.Tokenization;

namespace FinSentiment.Lexicon;

/// <summary>
/// An immutable set of <see cref="LexiconEntry"/> items, compiled for lookup by token: single words through a
/// span-keyed table, multi-word phrases through a trie over words.
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateBuilder"/> or use <see cref="Default"/>. A built lexicon is immutable and
/// safe to share between threads. Terms are matched case-insensitively, and the typographic apostrophe (’)
/// matches the plain one.
/// </remarks>
public sealed class SentimentLexicon
{
    private static readonly Lazy<SentimentLexicon> DefaultLexicon = new(
        () => CreateBuilder().AddDefaults().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly LexiconEntry[] _entries;
    private readonly SpanLookup<int> _words;
    private readonly string[] _wordList;

    /// <summary>
    /// Per ASCII char, whether a word of the lexicon starts with it, ignoring case. The scorer asks for the word ids of tokens inside
    /// phrases that are no words (figures, amounts, punctuation); hardly any word starts as they do, and this test answers them
    /// without hashing the token.
    /// </summary>
    private readonly bool[] _asciiStarts = new bool[128];

    /// <summary>
    /// Per word id: the index of its single-word entry and the phrase trie's node after it (each -1 when there is none), side by side,
    /// as a match reads both for every word it starts from.
    /// </summary>
    private readonly WordStart[] _wordStarts;
    private readonly int[] _nodeEntry;

    /// <summary>
    /// The phrase trie's steps below the root, grouped by parent node: node <c>n</c>'s children are at <c>_childStart[n]</c> up to
    /// <c>_childStart[n + 1]</c> in <see cref="_childWords"/> (sorted word ids) and <see cref="_childNodes"/> (the child of each).
    /// </summary>
    private readonly int[] _childStart;
    private readonly int[] _childWords;
    private readonly int[] _childNodes;
    private readonly FrozenDictionary<string, LexiconEntry> _byTerm;

    internal SentimentLexicon(IReadOnlyList<LexiconEntry> entries, ITokenizer tokenizer)
    {
        _entries = [.. entries];
        var wordIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var wordEntry = new List<int>();
        var transitions = new Dictionary<long, int>();
        var nodeEntry = new List<int> { -1 };
        var byTerm = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        Span<Token> tokens = stackalloc Token[32];
        var phrases = new List<(int Entry, List<string> Words)>();

        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            byTerm[entry.Term] = entry;
            var words = SplitTerm(entry.Term, tokenizer, tokens);
            if (words.Count == 1)
            {
                wordEntry[GetOrAddWord(words[0])] = i;
                continue;
            }

            if (words.Count <= 3 && words.TrueForAll(static w => w.AsSpan().IndexOfAnyExcept(Letters) < 0))
            {
                phrases.Add((i, words));
            }

            var node = 0;
            foreach (var word in words)
            {
                var key = ((long)node << 32) | (uint)GetOrAddWord(word);
                if (!transitions.TryGetValue(key, out var child))
                {
                    child = nodeEntry.Count;
                    nodeEntry.Add(-1);
                    transitions.Add(key, child);
                }

                node = child;
            }

            nodeEntry[node] = i;
        }

        // A phrase of two or three words also matches as one hyphenated word ("cost cuts" matches "cost-cuts", "buy the dip"
        // "buy-the-dip"): the tokenizer keeps a hyphenated word whole, so the phrase alone would miss it. An entry of its own
        // for the hyphenated form wins.
        foreach (var (entry, words) in phrases)
        {
            var joined = string.Join('-', words);
            if (joined.Length <= MaxWordLength && !byTerm.ContainsKey(joined))
            {
                var id = GetOrAddWord(joined);
                if (wordEntry[id] < 0)
                {
                    wordEntry[id] = entry;
                }
            }
        }

        _words = new SpanLookup<int>([.. wordIds]);
        _wordList = new string[wordIds.Count];
        foreach (var (word, id) in wordIds)
        {
            _wordList[id] = word;
        }

        MarkAsciiStarts(_wordList, _asciiStarts);

        _nodeEntry = [.. nodeEntry];

        // The first step of a phrase, from the root, is the one taken most (once for every word that starts a phrase), so it is an
        // array indexed by word. A deeper step searches its node's few children, sorted by word id, in two dense arrays.
        _wordStarts = new WordStart[wordEntry.Count];
        for (var id = 0; id < _wordStarts.Length; id++)
        {
            _wordStarts[id] = new WordStart(wordEntry[id], -1);
        }

        _childStart = new int[nodeEntry.Count + 1];
        foreach (var key in transitions.Keys)
        {
            _childStart[(int)(key >> 32) + 1]++;
        }

        for (var node = 0; node < nodeEntry.Count; node++)
        {
            _childStart[node + 1] += _childStart[node];
        }

        _childWords = new int[transitions.Count];
        _childNodes = new int[transitions.Count];
        var filled = new int[nodeEntry.Count];
        foreach (var (key, child) in transitions)
        {
            var parent = (int)(key >> 32);
            var at = _childStart[parent] + filled[parent]++;
            _childWords[at] = (int)(uint)key;
            _childNodes[at] = child;
            if (parent == 0)
            {
                _wordStarts[(int)(uint)key].RootChild = child;
            }
        }

        for (var node = 0; node < nodeEntry.Count; node++)
        {
            Array.Sort(_childWords, _childNodes, _childStart[node], _childStart[node + 1] - _childStart[node]);
        }

        _byTerm = byTerm.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        int GetOrAddWord(string word)
        {
            if (!wordIds.TryGetValue(word, out var id))
            {
                id = wordIds.Count;
                wordIds.Add(word, id);
                wordEntry.Add(-1);
            }

            return id;
        }
    }

    /// <summary>Gets the built-in lexicon: FinSentiment's own financial and general vocabulary (see the package's data README).</summary>
    public static SentimentLexicon Default => DefaultLexicon.Value;

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the entries, in the order they were added.</summary>
    public IReadOnlyList<LexiconEntry> Entries => Array.AsReadOnly(_entries);

    /// <summary>Creates a builder for a new lexicon.</summary>
    /// <returns>An empty builder.</returns>
    public static SentimentLexiconBuilder CreateBuilder() => new();

    /// <summary>Looks up an entry by its exact term, ignoring case and extra white space (<c>"beat  estimates"</c> finds "beat estimates").</summary>
    /// <param name="term">The word or phrase.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the lexicon has the term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public bool TryGetEntry(string term, out LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _byTerm.TryGetValue(LexiconEntry.NormalizeTerm(term), out entry!);
    }

    /// <summary>The longest word <see cref="GetWordId"/> looks up; a longer token is no word of the lexicon.</summary>
    internal const int MaxWordLength = 64;

    /// <summary>Gets the words of the entries, indexed by word id.</summary>
    internal IReadOnlyList<string> Words => _wordList;

    /// <summary>Gets the word id of a token's text, or -1 when no entry uses the word.</summary>
    internal int GetWordId(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || (word.Length > 0 && word[0] < 128 && !_asciiStarts[word[0]]))
        {
            return -1;
        }

        if (_words.TryGetValue(word, out var id))
        {
            return id;
        }

        // Stored words have the plain apostrophe, and no other char equals the typographic one ignoring case, so a word with it can
        // only be found normalised: checked after a miss, as most words have no apostrophe.
        if (word.Contains('’'))
        {
            Span<char> buffer = stackalloc char[word.Length];
            word.CopyTo(buffer);
            buffer.Replace('’', '\'');
            return _words.TryGetValue(buffer, out var normalized) ? normalized : -1;
        }

        return -1;
    }

    /// <summary>
    /// Marks in <paramref name="starts"/> each ASCII char that a word can start with and still equal one of <paramref name="words"/>
    /// ignoring case (ordinal): the word's first char, in either case, or an ASCII char a non-ASCII first char is equal to.
    /// </summary>
    private static void MarkAsciiStarts(string[] words, bool[] starts)
    {
        var firsts = new HashSet<char>();
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                firsts.Add(word[0]);
            }
        }

        foreach (var first in firsts)
        {
            for (var c = (char)0; c < 128; c++)
            {
                starts[c] |= c == first || char.ToUpperInvariant(c) == char.ToUpperInvariant(first) ||
                    string.Equals(c.ToString(), first.ToString(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>Gets the index of the single-word entry for a word id, or -1.</summary>
    internal int GetWordEntry(int wordId) => wordId < 0 ? -1 : _wordStarts[wordId].Entry;

    /// <summary>Follows the phrase trie from <paramref name="node"/> by <paramref name="wordId"/>; returns the child or -1.</summary>
    internal int Step(int node, int wordId)
    {
        if (wordId < 0)
        {
            return -1;
        }

        if (node == 0)
        {
            return _wordStarts[wordId].RootChild;
        }

        // The children are few, and a word is among them or not at random: one vectorised scan costs less than the mispredicted
        // branches of a binary search (their ids are distinct, so both find the same child).
        var start = _childStart[node];
        var index = _childWords.AsSpan(start, _childStart[node + 1] - start).IndexOf(wordId);
        return index >= 0 ? _childNodes[start + index] : -1;
    }

    internal bool HasChildren(int node) => _childStart[node + 1] != _childStart[node];

    /// <summary>Gets the entry index that ends at a trie node, or -1.</summary>
    internal int GetNodeEntry(int node) => _nodeEntry[node];

    /// <summary>Gets an entry by index.</summary>
    internal LexiconEntry GetEntry(int index) => _entries[index];

    internal static List<string> SplitTerm(string term, ITokenizer tokenizer, Span<Token> buffer)
    {
        var words = new List<string>();
        var offset = 0;
        var text = term.AsSpan();
        while (true)
        {
            var status = tokenizer.Tokenize(text[offset..], buffer, out var written, out var consumed);
            for (var i = 0; i < written; i++)
            {
                var token = buffer[i];
                // Quotation marks are skipped inside a phrase in text ("Reiterate 'Buy'"), so a term's are too: "beat analysts'
                // estimates" is the words "beat", "analysts", "estimates".
                if (token.Kind is not TokenKind.SentenceEnd && !token.IsQuote(text[offset..]))
                {
                    words.Add(text.Slice(offset + token.Start, token.Length).ToString().Replace('’', '\''));
                }
            }

            offset += consumed;
            if (status == OperationStatus.Done)
            {
                return words;
            }
        }
    }

    private struct WordStart(int entry, int rootChild)
    {
        public int Entry = entry;
        public int RootChild = rootChild;
    }
}
