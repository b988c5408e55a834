using System.Runtime.CompilerServices;

namespace FinSentiment.Internal;

/// <summary>
/// A small, immutable set of words matched with <see cref="StringComparison.OrdinalIgnoreCase"/>, grouped by length so that a
/// lookup compares only words of the same length (and, for an ASCII first character, the same first letter).
/// </summary>
internal sealed class WordSet
{
    private readonly string[]?[] _byLength;

    /// <summary>
    /// The first char of each word in <see cref="_byLength"/>, in the same places: the first-letter test reads one small array
    /// rather than every word of the length (a string object each, often not in the cache when a rule pass runs).
    /// </summary>
    private readonly char[]?[] _firsts;

    /// <summary>
    /// Per length and ASCII char (folded with <c>| 0x20</c>, as the first-letter test folds it), at <c>(length &lt;&lt; 7) | folded</c>:
    /// <see cref="FirstChar"/> when a word of the length starts with the char, <see cref="LastChar"/> when one ends with it. Rule
    /// passes ask most words of a sentence and few are in the set: two reads reject most of them without the loop over
    /// <see cref="_firsts"/> ("Its" passes the first-char test of "Inc" and not the last-char one). A length with a word that
    /// starts (ends) with a non-ASCII char allows every first (last) char.
    /// </summary>
    private readonly byte[] _asciiEnds;

    /// <summary>The length of the longest word.</summary>
    private readonly int _maxLength;

    /// <summary>Bit <c>n</c> set when a word has <c>n</c> chars (lengths below 64; longer words are not told apart here).</summary>
    private readonly ulong _lengths;

    /// <summary>
    /// Bit <c>c</c> (of 128, over two fields) set when a word starts (ends) with ASCII char <c>c</c>, folded with <c>| 0x20</c>; every
    /// bit when one starts (ends) with a non-ASCII char. A test of the set's own fields, in the object that a lookup reads anyway,
    /// so that most words not in the set are rejected without reading an array: rule passes that run once per company find the
    /// set's arrays out of the cache, and each array read waited for memory (see <see cref="Contains"/>).
    /// </summary>
    private readonly ulong _firstsLow;

    /// <inheritdoc cref="_firstsLow"/>
    private readonly ulong _firstsHigh;

    /// <inheritdoc cref="_firstsLow"/>
    private readonly ulong _lastsLow;

    /// <inheritdoc cref="_firstsLow"/>
    private readonly ulong _lastsHigh;

    private const byte FirstChar = 1;

    private const byte LastChar = 2;

    public WordSet(params ReadOnlySpan<string> words)
    {
        var max = 0;
        foreach (var word in words)
        {
            max = Math.Max(max, word.Length);
        }

        var groups = new List<string>?[max + 1];
        foreach (var word in words)
        {
            (groups[word.Length] ??= []).Add(word);
        }

        _maxLength = max;
        _byLength = new string[]?[max + 1];
        _firsts = new char[]?[max + 1];
        _asciiEnds = new byte[(max + 1) << 7];
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] is not { } group)
            {
                continue;
            }

            _byLength[i] = [.. group];
            _firsts[i] = group.ConvertAll(word => word.Length > 0 ? word[0] : '\0').ToArray();
            var allowed = _asciiEnds.AsSpan(i << 7, 128);
            _lengths |= i < 64 ? 1UL << i : 0;
            foreach (var word in group)
            {
                Allow(allowed, word.Length > 0 ? word[0] : '\0', FirstChar);
                Allow(allowed, word.Length > 0 ? word[^1] : '\0', LastChar);
                Allow(ref _firstsLow, ref _firstsHigh, word.Length > 0 ? word[0] : '\0');
                Allow(ref _lastsLow, ref _lastsHigh, word.Length > 0 ? word[^1] : '\0');
            }
        }
    }

    /// <summary>Gets the words of the set (for tables that answer for it, such as <see cref="WordTable"/>), grouped by length.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            foreach (var group in _byLength)
            {
                foreach (var word in group ?? [])
                {
                    yield return word;
                }
            }
        }
    }

    private static void Allow(ref ulong low, ref ulong high, char c)
    {
        if (c >= 128)
        {
            low = high = ulong.MaxValue;
        }
        else if ((c | 0x20) < 64)
        {
            low |= 1UL << (c | 0x20);
        }
        else
        {
            high |= 1UL << ((c | 0x20) - 64);
        }
    }

    /// <summary>Whether bit <paramref name="folded"/> (below 128) is set in <paramref name="low"/> and <paramref name="high"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAllowed(ulong low, ulong high, int folded) =>
        ((folded < 64 ? low : high) & (1UL << (folded & 63))) != 0;

    private static void Allow(Span<byte> allowed, char c, byte end)
    {
        if (c < 128)
        {
            allowed[c | 0x20] |= end;
            return;
        }

        foreach (ref var flags in allowed)
        {
            flags |= end;
        }
    }

    /// <summary>
    /// Whether the set holds the word. Most words asked are not in the set, and most of those are told by their length and their
    /// first and last chars: that test is inlined where the set is asked, and only a word that passes it pays for the call that
    /// compares it with the set's words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if ((uint)(length - 1) >= (uint)_maxLength)
        {
            return false; // empty, or longer than every word
        }

        // The set's own fields first (no array read), then the table of first and last chars per length.
        var first = word[0];
        var last = word[length - 1];
        if ((length < 64 && (_lengths & (1UL << length)) == 0) || (first < 128 && !IsAllowed(_firstsLow, _firstsHigh, first | 0x20)) ||
            (last < 128 && !IsAllowed(_lastsLow, _lastsHigh, last | 0x20)))
        {
            return false;
        }

        var row = length << 7;
        if ((first < 128 && (_asciiEnds[row | first | 0x20] & FirstChar) == 0) || (last < 128 && (_asciiEnds[row | last | 0x20] & LastChar) == 0))
        {
            return false;
        }

        return HasWordOfLength(word);
    }

    /// <summary>The rest of <see cref="Contains"/>, for a word whose length and ends allow it: compares it with the words of its length.</summary>
    private bool HasWordOfLength(ReadOnlySpan<char> word)
    {
        if (_byLength[word.Length] is not { } candidates)
        {
            return false;
        }

        var first = word[0];
        var firsts = _firsts[word.Length]!;
        for (var i = 0; i < firsts.Length; i++)
        {
            var candidateFirst = firsts[i];
            if (first < 128 && candidateFirst < 128 && (first | 0x20) != (candidateFirst | 0x20))
            {
                continue;
            }

            if (SpanLookup<bool>.EqualsIgnoreCaseByChar(word, candidates[i]))
            {
                return true;
            }
        }

        return false;
    }
}
