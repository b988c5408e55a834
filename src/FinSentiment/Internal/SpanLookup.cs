namespace FinSentiment.Internal;

/// <summary>
/// An immutable, case-insensitive (ordinal) hash table from strings to values that is queried with spans,
/// so a lookup of a token allocates nothing on every target framework.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanLookup<TValue>
{
    private readonly int[] _buckets;
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _next;
    private readonly int[] _hashes;

    public SpanLookup(IReadOnlyList<KeyValuePair<string, TValue>> items)
    {
        var size = 1;
        while (size < items.Count * 2)
        {
            size <<= 1;
        }

        _buckets = new int[Math.Max(size, 2)];
        _keys = new string[items.Count];
        _values = new TValue[items.Count];
        _next = new int[items.Count];
        _hashes = new int[items.Count];
        Array.Fill(_buckets, -1);
        for (var i = 0; i < items.Count; i++)
        {
            var (key, value) = (items[i].Key, items[i].Value);
            var hash = Hash(key);
            var bucket = hash & (_buckets.Length - 1);
            _hashes[i] = hash;
            _keys[i] = key;
            _values[i] = value;
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
        }
    }

    public int Count => _keys.Length;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = Hash(key);
        var index = _buckets[hash & (_buckets.Length - 1)];
        while (index >= 0)
        {
            if (_hashes[index] == hash && key.Equals(_keys[index], StringComparison.OrdinalIgnoreCase))
            {
                value = _values[index];
                return true;
            }

            index = _next[index];
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// A case-insensitive FNV-1a hash, consistent with <see cref="StringComparison.OrdinalIgnoreCase"/>: ASCII characters are folded
    /// with the case bit (so upper and lower case letters hash alike), and every non-ASCII character counts the same (no non-ASCII
    /// character equals an ASCII one ignoring case), so keys that compare equal hash equal. Keys are fixed at construction, so a
    /// fast unseeded hash is safe here.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            var value = c < 128 ? (uint)(c | 0x20) : 0xFFFFu;
            hash = (hash ^ value) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
