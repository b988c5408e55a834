using System.Globalization;

namespace FinSentiment.Internal;

/// <summary>
/// The numbers of evidence explanations with the text around them, formatted with the invariant culture and remembered in small
/// direct-mapped caches: the same valences and contributions recur across documents, and custom numeric formats are slow. Each
/// piece holds its brackets or arrow, so an explanation appends one string where it appended three. Thread-safe: an entry is an
/// immutable object published by a single reference write.
/// </summary>
internal static class NumberText
{
    /// <summary>The format of valences beside a direction word, for example <c>0.5</c> or <c>0.75</c>.</summary>
    public const string OneOrTwoDecimals = "0.0#";

    /// <summary>The format of valences and contributions, for example <c>+0.36</c> or <c>-0.50</c>.</summary>
    public const string SignedTwoDecimals = "+0.00;-0.00";

    private const int CacheSize = 1024;

    private static readonly Entry?[] ValenceCache = new Entry?[CacheSize];
    private static readonly Entry?[] UpCache = new Entry?[CacheSize];
    private static readonly Entry?[] DownCache = new Entry?[CacheSize];
    private static readonly Entry?[] ResultCache = new Entry?[CacheSize];

    /// <summary>A valence in brackets, as <c>" (" + valence.ToString(SignedTwoDecimals) + ")"</c>: <c> (+0.50)</c>.</summary>
    public static string Valence(double valence) =>
        Find(ValenceCache, valence) ?? Remember(ValenceCache, valence, " (" + Format(valence, SignedTwoDecimals) + ")");

    /// <summary>A move and its valence in brackets, as <c>" (up, " + valence.ToString(OneOrTwoDecimals) + ")"</c>: <c> (up, 0.6)</c>, <c> (down, 0.75)</c>.</summary>
    public static string Move(bool up, double valence)
    {
        var cache = up ? UpCache : DownCache;
        return Find(cache, valence) ?? Remember(cache, valence, (up ? " (up, " : " (down, ") + Format(valence, OneOrTwoDecimals) + ")");
    }

    /// <summary>The end of an explanation, as <c>" → " + contribution.ToString(SignedTwoDecimals)</c>: <c> → +0.36</c>.</summary>
    public static string Result(double contribution) =>
        Find(ResultCache, contribution) ?? Remember(ResultCache, contribution, " → " + Format(contribution, SignedTwoDecimals));

    /// <summary>The text a cache holds for exactly this value (the same bits), or <see langword="null"/>.</summary>
    private static string? Find(Entry?[] cache, double value) =>
        cache[Slot(value)] is { } entry && entry.Bits == BitConverter.DoubleToInt64Bits(value) ? entry.Text : null;

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static int Slot(double value) =>
        (int)((ulong)(BitConverter.DoubleToInt64Bits(value) * unchecked((long)0x9E3779B97F4A7C15)) >> 54) & (CacheSize - 1);

    private static string Remember(Entry?[] cache, double value, string text)
    {
        cache[Slot(value)] = new Entry(BitConverter.DoubleToInt64Bits(value), text);
        return text;
    }

    private sealed class Entry(long bits, string text)
    {
        public long Bits { get; } = bits;

        public string Text { get; } = text;
    }
}
