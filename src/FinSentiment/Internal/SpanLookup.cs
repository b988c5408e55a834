namespace FinSentiment.Internal;

/// <summary>
/// An immutable, case-insensitive (ordinal) hash table from strings to values that is queried with spans,
/// so a lookup of a token allocates nothing on every target framework.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanLookup<TValue>
{
    /// <summary>
    /// The entries, open-addressed: a key's entry is in the first slot from <c>hash &amp; (length - 1)</c> on that holds it or is
    /// empty (<see cref="Entry.KeyLength"/> -1). At most half the slots are used, so a probe ends soon; a lookup reads the slot
    /// where a chained table read a bucket and then an entry elsewhere (lookups are bound by memory latency, not by compares).
    /// </summary>
    private readonly Entry[] _slots;

    /// <summary>
    /// The keys' chars, one after another: a probe reads its entry (hash, key position, value) from one place and the key from
    /// a dense buffer, rather than from several arrays and a string object each.
    /// </summary>
    private readonly char[] _chars;

    private readonly int _count;

    /// <summary>Creates the table; of keys equal but for case, the last one's value is kept.</summary>
    public SpanLookup(IReadOnlyList<KeyValuePair<string, TValue>> items)
    {
        var size = 1;
        while (size < items.Count * 2)
        {
            size <<= 1;
        }

        _slots = new Entry[Math.Max(size, 2)];
        _count = items.Count;
        var chars = 0;
        foreach (var item in items)
        {
            chars += item.Key.Length;
        }

        _chars = new char[chars];
        foreach (ref var slot in _slots.AsSpan())
        {
            slot.KeyLength = -1;
        }

        var at = 0;
        foreach (var (key, value) in items)
        {
            var hash = Hash(key);
            ref var slot = ref FindSlot(key, hash);
            if (slot.KeyLength < 0)
            {
                key.CopyTo(_chars.AsSpan(at));
                slot = new Entry { Hash = hash, KeyStart = at, KeyLength = key.Length };
                at += key.Length;
            }

            slot.Value = value;
        }
    }

    public int Count => _count;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        ref readonly var slot = ref FindSlot(key, Hash(key));
        if (slot.KeyLength < 0)
        {
            value = default!;
            return false;
        }

        value = slot.Value;
        return true;
    }

    /// <summary>The slot that holds <paramref name="key"/>, or the empty slot where it would go.</summary>
    private ref Entry FindSlot(ReadOnlySpan<char> key, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var index = hash & mask; ; index = (index + 1) & mask)
        {
            ref var slot = ref slots[index];
            if (slot.KeyLength < 0 ||
                (slot.Hash == hash && slot.KeyLength == key.Length && EqualsIgnoreCase(key, _chars.AsSpan(slot.KeyStart, slot.KeyLength))))
            {
                return ref slot;
            }
        }
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of two spans of one length. A key found is mostly written as it is
    /// stored but for the case of its first letter ("Shares", "shares"), so the rest is compared exactly at once before the char by
    /// char comparison of <see cref="EqualsIgnoreCaseByChar"/>.
    /// </summary>
    private static bool EqualsIgnoreCase(ReadOnlySpan<char> key, ReadOnlySpan<char> stored)
    {
        if (key.Length > 1 && key[1..].SequenceEqual(stored[1..]))
        {
            var a = key[0];
            var b = stored[0];
            if (a == b || ((a | b) < 128 && (uint)(a | 0x20) == (uint)(b | 0x20) && (uint)((a | 0x20) - 'a') <= 'z' - 'a'))
            {
                return true;
            }
        }

        return EqualsIgnoreCaseByChar(key, stored);
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of two spans of one length, with ASCII compared inline (letters folded,
    /// anything else exact) and the framework's comparison for anything that is not ASCII.
    /// </summary>
    internal static bool EqualsIgnoreCaseByChar(ReadOnlySpan<char> key, ReadOnlySpan<char> stored)
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
                return !DifferAsCaselessCodePoints(key, stored, i) && key.Equals(stored, StringComparison.OrdinalIgnoreCase);
            }

            var folded = (uint)(a | 0x20);
            if (folded != (uint)(b | 0x20) || folded - 'a' > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The high surrogate of U+1F000, the first code point from which on Unicode maps no case (emoji, symbols, CJK, private use).</summary>
    private const char FirstCaselessHighSurrogate = '\uD83C';

    /// <summary>
    /// Whether the chars at <paramref name="i"/>, which differ (the chars before them are equal, ASCII letters ignoring case), are
    /// parts of two code points from U+1F000 on (see <see cref="FirstCaselessHighSurrogate"/>): such code points have no case, so the
    /// two differ ignoring case too and the spans are not equal. Posts are full of emoji, all of which hash alike (<see cref="Hash"/>), and the framework's comparison of two of
    /// them is slow: this answers it from the surrogates (the cased code points above the BMP, such as Deseret's or Adlam's, are
    /// all below U+1F000).
    /// </summary>
    private static bool DifferAsCaselessCodePoints(ReadOnlySpan<char> key, ReadOnlySpan<char> stored, int i)
    {
        var a = key[i];
        var b = stored[i];
        if (char.IsLowSurrogate(a) && char.IsLowSurrogate(b))
        {
            // The same high surrogate before both (chars before i are equal, or ASCII letters equal ignoring case).
            return i > 0 && key[i - 1] >= FirstCaselessHighSurrogate && char.IsHighSurrogate(key[i - 1]);
        }

        return a >= FirstCaselessHighSurrogate && b >= FirstCaselessHighSurrogate && char.IsHighSurrogate(a) && char.IsHighSurrogate(b) &&
            i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]) && char.IsLowSurrogate(stored[i + 1]);
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
        public int KeyStart;
        public int KeyLength;
        public TValue Value;
    }
}
