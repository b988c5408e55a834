namespace FinSentiment.Internal;

/// <summary>
/// Equality of strings as a <see cref="SpanLookup{TValue}"/> finds keys: the same <see cref="SpanLookup{TValue}.Hash"/> and equal
/// ignoring case (ordinal). Tables that merge or number the keys of span lookups use it, so that a token finds a merged key
/// exactly when it would have found one of the keys merged.
/// </summary>
internal sealed class SpanKeyComparer : IEqualityComparer<string>
{
    public static readonly SpanKeyComparer Instance = new();

    private SpanKeyComparer()
    {
    }

    public bool Equals(string? x, string? y) =>
        x is not null && y is not null && SpanLookup<int>.Hash(x) == SpanLookup<int>.Hash(y) && x.Equals(y, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(string obj) => SpanLookup<int>.Hash(obj);
}
