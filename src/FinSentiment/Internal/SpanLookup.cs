namespace FinSentiment.Internal;

/// <summary>
/// An immutable, case-insensitive (ordinal) hash table from strings to values that is queried with spans,
/// so a lookup of a token allocates nothing on every target framework.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanLookup<TValue>
{
    private readonly int[] _buckets;
    private readonly Entry[] _entries;

    /// <summary>
    /// The keys' chars, one after another: a probe reads its entry (hash, chain, key position, value) from one place and the key from
    /// a dense buffer, rather than from five arrays and a string object each (lookups are bound by memory latency, not by compares).
    /// </summary>
    private readonly char[] _chars;

    public SpanLookup(IReadOnlyList<KeyValuePair<string, TValue>> items)
    {
        var size = 1;
        while (size < items.Count * 2)
        {
            size <<= 1;
        }

        _buckets = new int[Math.Max(size, 2)];
        _entries = new Entry[items.Count];
        var chars = 0;
        foreach (var item in items)
        {
            chars += item.Key.Length;
        }

        _chars = new char[chars];
        Array.Fill(_buckets, -1);
        var at = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var (key, value) = (items[i].Key, items[i].Value);
            var hash = Hash(key);
            var bucket = hash & (_buckets.Length - 1);
            key.CopyTo(_chars.AsSpan(at));
            _entries[i] = new Entry { Hash = hash, Next = _buckets[bucket], KeyStart = at, KeyLength = key.Length, Value = value };
            _buckets[bucket] = i;
            at += key.Length;
        }
    }

    public int Count => _entries.Length;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = Hash(key);
        var entries = _entries;
        var index = _buckets[hash & (_buckets.Length - 1)];
        while ((uint)index < (uint)entries.Length)
        {
            ref readonly var entry = ref entries[index];
            if (entry.Hash == hash && entry.KeyLength == key.Length && EqualsIgnoreCase(key, _chars.AsSpan(entry.KeyStart, entry.KeyLength)))
            {
                value = entry.Value;
                return true;
            }

            index = entry.Next;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of two spans of one length, with ASCII compared inline (letters folded,
    /// anything else exact) and the framework's comparison for anything that is not ASCII.
    /// </summary>
    private static bool EqualsIgnoreCase(ReadOnlySpan<char> key, ReadOnlySpan<char> stored)
    {
        for (var i = 0; i < key.Length; i++)
        {
            var a = key[i];
            var b = stored[i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) >= 128)
            {
                return key.Equals(stored, StringComparison.OrdinalIgnoreCase);
            }

            var folded = (uint)(a | 0x20);
            if (folded != (uint)(b | 0x20) || folded - 'a' > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The hash of a key: FNV-1a over its chars, ASCII letters folded to lower case and any other char above ASCII as one value.</summary>
    internal static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            var value = c < 128 ? (uint)(c | 0x20) : 0xFFFFu;
            hash = (hash ^ value) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private struct Entry
    {
        public int Hash;
        public int Next;
        public int KeyStart;
        public int KeyLength;
        public TValue Value;
    }
}
