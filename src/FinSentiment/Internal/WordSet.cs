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
    /// Per length and ASCII first char (folded with <c>| 0x20</c>, as the first-letter test folds it): whether any word could match,
    /// at <c>(length &lt;&lt; 7) | folded</c>. Rule passes ask most words of a sentence and few are in the set: one read rejects them
    /// without the loop over <see cref="_firsts"/>. A length with a word that starts with a non-ASCII char allows every first char.
    /// </summary>
    private readonly bool[] _asciiFirsts;

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
        _asciiFirsts = new bool[(max + 1) << 7];
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] is not { } group)
            {
                continue;
            }

            _byLength[i] = [.. group];
            _firsts[i] = group.ConvertAll(word => word.Length > 0 ? word[0] : '\0').ToArray();
            var allowed = _asciiFirsts.AsSpan(i << 7, 128);
            foreach (var first in _firsts[i]!)
            {
                if (first < 128)
                {
                    allowed[first | 0x20] = true;
                }
                else
                {
                    allowed.Fill(true);
                }
            }
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= _byLength.Length || _byLength[word.Length] is not { } candidates)
        {
            return false;
        }

        var first = word[0];
        if (first < 128 && !_asciiFirsts[(word.Length << 7) | (first | 0x20)])
        {
            return false;
        }

        var firsts = _firsts[word.Length]!;
        for (var i = 0; i < firsts.Length; i++)
        {
            var candidateFirst = firsts[i];
            if (first < 128 && candidateFirst < 128 && (first | 0x20) != (candidateFirst | 0x20))
            {
                continue;
            }

            if (word.Equals(candidates[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
