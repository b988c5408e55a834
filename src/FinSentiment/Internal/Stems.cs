namespace FinSentiment.Internal;

/// <summary>
/// A set of word stems looked for anywhere in a text, ignoring case: a quick test of whether a sentence can hold a cue a rule
/// reads ("buy", "acqui", "stake" for a purchase). One vectorised search on .NET 9 and later, a search per stem before.
/// </summary>
internal sealed class Stems
{
#if NET9_0_OR_GREATER
    private readonly System.Buffers.SearchValues<string> _values;
#else
    private readonly string[] _stems;
#endif

    public Stems(params string[] stems)
    {
        Values = stems;
#if NET9_0_OR_GREATER
        _values = System.Buffers.SearchValues.Create(stems, StringComparison.OrdinalIgnoreCase);
#else
        _stems = stems;
#endif
    }

    /// <summary>Gets the stems, as given (for a <see cref="StemScanner"/> that looks for several sets in one pass).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Whether <paramref name="text"/> holds one of the stems.</summary>
    public bool AnyIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_values) >= 0;
#else
        foreach (var stem in _stems)
        {
            if (text.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
#endif
    }
}
