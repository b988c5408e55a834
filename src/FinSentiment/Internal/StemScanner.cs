namespace FinSentiment.Internal;

/// <summary>
/// Several sets of <see cref="Stems"/>, each with a bit of its own, found in one pass over a text, ignoring case (ordinal): an
/// Aho-Corasick automaton whose table holds every transition, so that each char of the text costs one table read. It tells
/// which sets a text holds a stem of ("pay", "blam", "replace"), as <see cref="Stems.AnyIn"/> tells of one set, and also which
/// sets each sentence holds a stem of, within the sentence (see <see cref="Scan"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Stems are ASCII. Letters are folded to lower case, every other ASCII char of a stem is matched as it is, and any other char
/// (of no stem, or above ASCII: none equals an ASCII char ignoring case, ordinal) sends the automaton back to its start, so a
/// stem is found exactly where <see cref="Stems.AnyIn"/> finds it.
/// </remarks>
internal sealed class StemScanner
{
    /// <summary>The symbol of a char that is in no stem.</summary>
    private const int Other = 0;

    /// <summary>Per ASCII char, its symbol: the letters folded, 0 for a char of no stem.</summary>
    private readonly byte[] _symbols = new byte[128];

    /// <summary>The number of symbols, <see cref="Other"/> included.</summary>
    private readonly int _symbolCount;

    /// <summary>The next state, at <c>state * _symbolCount + symbol</c>.</summary>
    private readonly int[] _next;

    /// <summary>Per state, the bits of the stems its text ends with (its own stem and those its suffixes are).</summary>
    private readonly ulong[] _bits;

    /// <summary>Per state, the bits of the stem that is its text exactly (0 for none).</summary>
    private readonly ulong[] _own;

    /// <summary>Per state, the next state of its suffix chain that is a stem, -1 for none.</summary>
    private readonly int[] _outputLink;

    /// <summary>Per state, the length of its text.</summary>
    private readonly int[] _depth;

    /// <summary>Creates a scanner of up to 64 sets, set <c>i</c> reported as bit <c>1UL &lt;&lt; i</c>.</summary>
    /// <exception cref="ArgumentException">There are more than 64 sets, or a stem is empty or not ASCII.</exception>
    public StemScanner(params ReadOnlySpan<Stems> sets)
    {
        if (sets.Length > 64)
        {
            throw new ArgumentException("At most 64 sets of stems.", nameof(sets));
        }

        // Symbols: one per folded letter or other ASCII char of a stem.
        var symbolCount = 1;
        foreach (var set in sets)
        {
            foreach (var stem in set.Values)
            {
                if (stem.Length == 0 || !System.Text.Ascii.IsValid(stem))
                {
                    throw new ArgumentException($"A stem must be ASCII and not empty: '{stem}'.", nameof(sets));
                }

                foreach (var c in stem)
                {
                    var folded = Fold(c);
                    if (_symbols[folded] == Other)
                    {
                        _symbols[folded] = (byte)symbolCount++;
                    }
                }
            }
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            _symbols[c] = _symbols[c | 0x20];
        }

        _symbolCount = symbolCount;

        // The trie of the stems.
        var children = new List<int[]> { NewRow() };
        var own = new List<ulong> { 0 };
        var depth = new List<int> { 0 };
        for (var i = 0; i < sets.Length; i++)
        {
            foreach (var stem in sets[i].Values)
            {
                var state = 0;
                foreach (var c in stem)
                {
                    var symbol = _symbols[Fold(c)];
                    if (children[state][symbol] <= 0)
                    {
                        children[state][symbol] = children.Count;
                        children.Add(NewRow());
                        own.Add(0);
                        depth.Add(depth[state] + 1);
                    }

                    state = children[state][symbol];
                }

                own[state] |= 1UL << i;
            }
        }

        // Suffix links, breadth first, and the full table of transitions.
        var count = children.Count;
        _next = new int[count * symbolCount];
        _bits = new ulong[count];
        _own = [.. own];
        _depth = [.. depth];
        _outputLink = new int[count];
        var fail = new int[count];
        var queue = new Queue<int>();
        _outputLink[0] = -1;
        for (var symbol = 0; symbol < symbolCount; symbol++)
        {
            var child = children[0][symbol];
            _next[symbol] = child > 0 ? child : 0;
            if (child > 0)
            {
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var link = fail[state];
            _bits[state] = _own[state] | _bits[link];
            _outputLink[state] = _own[link] != 0 ? link : _outputLink[link];
            for (var symbol = 0; symbol < symbolCount; symbol++)
            {
                var child = children[state][symbol];
                if (child > 0 && symbol != Other)
                {
                    fail[child] = _next[(link * symbolCount) + symbol];
                    _next[(state * symbolCount) + symbol] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    _next[(state * symbolCount) + symbol] = symbol == Other ? 0 : _next[(link * symbolCount) + symbol];
                }
            }
        }

        int[] NewRow() => new int[symbolCount];
    }

    /// <summary>
    /// Scans <paramref name="text"/> once: returns the bits of the sets it holds a stem of, and ORs into
    /// <paramref name="sentenceBits"/>[k] the bits of the sets that <paramref name="sentences"/>[k] (a range of the text) holds a stem
    /// of within it, as <see cref="Stems.AnyIn"/> of the sentence's text tells. The sentences must be sorted and not overlap.
    /// </summary>
    public ulong Scan(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> sentences, Span<ulong> sentenceBits)
    {
        var all = 0UL;
        var state = 0;
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            state = _next[(state * _symbolCount) + (c < 128 ? _symbols[c] : Other)];
            var bits = _bits[state];
            if (bits == 0)
            {
                continue;
            }

            all |= bits;
            while (k < sentences.Length && i >= sentences[k].End)
            {
                k++;
            }

            if (k < sentences.Length && i >= sentences[k].Start)
            {
                sentenceBits[k] |= BitsWithin(state, i - sentences[k].Start + 1);
            }
        }

        return all;
    }

    /// <summary>The bits of the stems that <paramref name="state"/>'s text ends with and that are at most <paramref name="length"/> chars long.</summary>
    private ulong BitsWithin(int state, int length)
    {
        // The stems along the suffix chain are ever shorter: the first that fits and those after it all count.
        var at = _own[state] != 0 ? state : _outputLink[state];
        while (at >= 0 && _depth[at] > length)
        {
            at = _outputLink[at];
        }

        return at >= 0 ? _bits[at] : 0;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
