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
            foreach (var word in group)
            {
                Allow(allowed, word.Length > 0 ? word[0] : '\0', FirstChar);
                Allow(allowed, word.Length > 0 ? word[^1] : '\0', LastChar);
            }
        }
    }

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
        if ((uint)(length - 1) >= (uint)(_byLength.Length - 1))
        {
            return false; // empty, or longer than every word
        }

        var first = word[0];
        var last = word[length - 1];
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
