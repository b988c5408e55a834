namespace FinSentiment.Internal;

/// <summary>
/// Several sets of <see cref="Stems"/>, each with a bit of its own, found in one pass over a text, ignoring case (ordinal): an
/// Aho-Corasick automaton whose table holds every transition, so that each char of the text costs one table read (see
/// <see cref="_next"/> for how that read is kept short). It tells
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

    /// <summary>
    /// The log2 of a row's length in <see cref="_next"/>: the number of symbols (<see cref="Other"/> included) rounded up to a power
    /// of two, so that a row's start is a state's number shifted (32 for the 29 symbols of the analyzer's stems).
    /// </summary>
    private readonly int _rowShift;

    /// <summary>
    /// The next state, at <c>row + symbol</c>, as the start of its own row (<c>state &lt;&lt; _rowShift</c>): the state a char
    /// leads to is the row the next char is read from, one read per char with no multiplication between. The states whose text
    /// ends with a stem are numbered last, from <see cref="_firstMatchRow"/>, so that a comparison rather than a read of
    /// <see cref="_bits"/> tells most chars (which end no stem) apart. Entries are <see cref="ushort"/>: the table of the
    /// analyzer's stems (about 900 states of 32 symbols) is half the size, and more of its rows stay in the first-level cache.
    /// </summary>
    private readonly ushort[] _next;

    /// <summary>The row of the first state whose text ends with a stem (<see cref="_next"/>).</summary>
    private readonly int _firstMatchRow;

    /// <summary>Per state, the bits of the stems its text ends with (its own stem and those its suffixes are).</summary>
    private readonly ulong[] _bits;

    /// <summary>Per state, the bits of the stem that is its text exactly (0 for none).</summary>
    private readonly ulong[] _own;

    /// <summary>Per state, the next state of its suffix chain that is a stem, -1 for none.</summary>
    private readonly int[] _outputLink;

    /// <summary>Per state, the length of its text.</summary>
    private readonly int[] _depth;

    /// <summary>The length of the longest stem: the most chars before a char that its state depends on.</summary>
    private readonly int _maxDepth;

    /// <summary>Creates a scanner of up to 64 sets, set <c>i</c> reported as bit <c>1UL &lt;&lt; i</c>.</summary>
    /// <exception cref="ArgumentException">
    /// There are more than 64 sets, a stem is empty or not ASCII, or the stems make more states than <see cref="_next"/> can number.
    /// </exception>
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

        _rowShift = 0;
        while (1 << _rowShift < symbolCount)
        {
            _rowShift++;
        }

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

        // Suffix links, breadth first, and the full table of transitions (by the trie's numbering, renumbered below).
        var count = children.Count;
        var next = new int[count * symbolCount];
        var bits = new ulong[count];
        var outputLink = new int[count];
        var fail = new int[count];
        var queue = new Queue<int>();
        outputLink[0] = -1;
        for (var symbol = 0; symbol < symbolCount; symbol++)
        {
            var child = children[0][symbol];
            next[symbol] = child > 0 ? child : 0;
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
            bits[state] = own[state] | bits[link];
            outputLink[state] = own[link] != 0 ? link : outputLink[link];
            for (var symbol = 0; symbol < symbolCount; symbol++)
            {
                var child = children[state][symbol];
                if (child > 0 && symbol != Other)
                {
                    fail[child] = next[(link * symbolCount) + symbol];
                    next[(state * symbolCount) + symbol] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    next[(state * symbolCount) + symbol] = symbol == Other ? 0 : next[(link * symbolCount) + symbol];
                }
            }
        }

        // The states that end no stem first (the start among them, as 0), then those that end one.
        var number = new int[count];
        var numbered = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var state = 0; state < count; state++)
            {
                if ((bits[state] != 0) == (pass == 1))
                {
                    number[state] = numbered++;
                }
            }
        }

        if ((count << _rowShift) > ushort.MaxValue + 1)
        {
            throw new ArgumentException($"The stems make {count} states, more than a table of {ushort.MaxValue + 1} entries holds.", nameof(sets));
        }

        _next = new ushort[count << _rowShift];
        _bits = new ulong[count];
        _own = new ulong[count];
        _outputLink = new int[count];
        _depth = new int[count];
        _firstMatchRow = count << _rowShift;
        for (var state = 0; state < count; state++)
        {
            var at = number[state];
            for (var symbol = 0; symbol < symbolCount; symbol++)
            {
                _next[(at << _rowShift) + symbol] = (ushort)(number[next[(state * symbolCount) + symbol]] << _rowShift);
            }

            _bits[at] = bits[state];
            _own[at] = own[state];
            _outputLink[at] = outputLink[state] >= 0 ? number[outputLink[state]] : -1;
            _depth[at] = depth[state];
            if (bits[state] != 0)
            {
                _firstMatchRow = Math.Min(_firstMatchRow, at << _rowShift);
            }
        }

        _maxDepth = depth.Max();

        int[] NewRow() => new int[symbolCount];
    }

    /// <summary>
    /// Scans <paramref name="text"/> once: returns the bits of the sets it holds a stem of, and ORs into
    /// <paramref name="sentenceBits"/>[k] the bits of the sets that <paramref name="sentences"/>[k] (a range of the text) holds a stem
    /// of within it, as <see cref="Stems.AnyIn"/> of the sentence's text tells. The sentences must be sorted and not overlap.
    /// </summary>
    /// <remarks>
    /// Each char's state is read from the previous char's, so a single pass waits for one table read per char. A text long enough
    /// is read as two halves side by side instead, whose reads do not wait for each other: the state after a char depends only on
    /// the last <see cref="_maxDepth"/> chars (no stem is longer), so the second half is started that many chars early, from the
    /// start state, and reports only what ends in its own half.
    /// </remarks>
    public ulong Scan(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> sentences, Span<ulong> sentenceBits)
    {
        if (text.Length < MinSplitLength)
        {
            return ScanInOnePass(text, sentences, sentenceBits);
        }

        var all = 0UL;
        var next = _next;
        var symbols = _symbols;
        var firstMatchRow = _firstMatchRow;

        // The first half is [0, mid), the second [mid, text.Length), read from mid - _maxDepth on: both take the same number of
        // steps, and the second one more when the lengths are odd.
        var steps = (text.Length + _maxDepth) / 2;
        var mid = steps;
        var second = mid - _maxDepth;
        var rowA = 0;
        var rowB = 0;
        var kA = 0;
        var kB = 0;
        for (var j = 0; j < steps; j++)
        {
            var a = text[j];
            var b = text[second + j];
            rowA = next[rowA + (a < (uint)symbols.Length ? symbols[a] : Other)]; // (128 symbols: the ASCII chars)
            rowB = next[rowB + (b < (uint)symbols.Length ? symbols[b] : Other)];
            if (rowA >= firstMatchRow)
            {
                all |= Found(rowA >> _rowShift, j, sentences, sentenceBits, ref kA);
            }

            if (rowB >= firstMatchRow && second + j >= mid)
            {
                all |= Found(rowB >> _rowShift, second + j, sentences, sentenceBits, ref kB);
            }
        }

        // The odd step left to the second half.
        for (var i = second + steps; i < text.Length; i++)
        {
            var c = text[i];
            rowB = next[rowB + (c < (uint)symbols.Length ? symbols[c] : Other)];
            if (rowB >= firstMatchRow)
            {
                all |= Found(rowB >> _rowShift, i, sentences, sentenceBits, ref kB);
            }
        }

        return all;
    }

    /// <summary>
    /// The shortest text <see cref="Scan"/> reads as two halves: below it, the chars the second half reads twice cost more than
    /// the waits they spare.
    /// </summary>
    private int MinSplitLength => 3 * _maxDepth;

    /// <summary><see cref="Scan"/> of a short text, in one pass.</summary>
    private ulong ScanInOnePass(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> sentences, Span<ulong> sentenceBits)
    {
        var all = 0UL;
        var next = _next;
        var symbols = _symbols;
        var firstMatchRow = _firstMatchRow;
        var row = 0;
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            row = next[row + (c < (uint)symbols.Length ? symbols[c] : Other)]; // (128 symbols: the ASCII chars)
            if (row < firstMatchRow)
            {
                continue; // the text so far ends with no stem, as it does at most chars
            }

            all |= Found(row >> _rowShift, i, sentences, sentenceBits, ref k);
        }

        return all;
    }

    /// <summary>
    /// Records a <paramref name="state"/> that ends a stem at char <paramref name="i"/> in the sentence that holds it, if any
    /// (<paramref name="k"/> is the first sentence that may, advanced past those that end before <paramref name="i"/>); returns
    /// its bits for the whole text.
    /// </summary>
    private ulong Found(int state, int i, ReadOnlySpan<(int Start, int End)> sentences, Span<ulong> sentenceBits, ref int k)
    {
        while (k < sentences.Length && i >= sentences[k].End)
        {
            k++;
        }

        if (k < sentences.Length && i >= sentences[k].Start)
        {
            sentenceBits[k] |= BitsWithin(state, i - sentences[k].Start + 1);
        }

        return _bits[state];
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
