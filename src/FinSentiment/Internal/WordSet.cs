namespace FinSentiment.Internal;

/// <summary>
/// A small, immutable set of words matched with <see cref="StringComparison.OrdinalIgnoreCase"/>, grouped by length so that a
/// lookup compares only words of the same length (and, for an ASCII first character, the same first letter).
/// </summary>
internal sealed class WordSet
{
    private readonly string[]?[] _byLength;

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
        for (var i = 0; i < groups.Length; i++)
        {
            _byLength[i] = groups[i]?.ToArray();
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= _byLength.Length || _byLength[word.Length] is not { } candidates)
        {
            return false;
        }

        var first = word[0];
        foreach (var candidate in candidates)
        {
            if (first < 128 && candidate[0] < 128 && (first | 0x20) != (candidate[0] | 0x20))
            {
                continue;
            }

            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
