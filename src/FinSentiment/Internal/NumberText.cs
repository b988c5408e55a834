using System.Globalization;

namespace FinSentiment.Internal;

/// <summary>
/// The numbers of evidence explanations, formatted with the invariant culture and remembered in a small direct-mapped cache:
/// the same valences and contributions recur across documents, and custom numeric formats are slow. Thread-safe: an entry is an
/// immutable object published by a single reference write.
/// </summary>
internal static class NumberText
{
    /// <summary>The format of valences beside a direction word, for example <c>0.5</c> or <c>0.75</c>.</summary>
    public const string OneOrTwoDecimals = "0.0#";

    /// <summary>The format of valences and contributions, for example <c>+0.36</c> or <c>-0.50</c>.</summary>
    public const string SignedTwoDecimals = "+0.00;-0.00";

    private const int CacheSize = 1024;

    private static readonly Entry?[] OneOrTwoCache = new Entry?[CacheSize];
    private static readonly Entry?[] SignedCache = new Entry?[CacheSize];

    /// <summary>Formats <paramref name="value"/> exactly as <c>value.ToString(format, CultureInfo.InvariantCulture)</c> does.</summary>
    public static string Format(double value, string format)
    {
        var cache = ReferenceEquals(format, SignedTwoDecimals) ? SignedCache : ReferenceEquals(format, OneOrTwoDecimals) ? OneOrTwoCache : null;
        if (cache is null)
        {
            return value.ToString(format, CultureInfo.InvariantCulture);
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var slot = (int)((ulong)(bits * unchecked((long)0x9E3779B97F4A7C15)) >> 54) & (CacheSize - 1);
        var entry = cache[slot];
        if (entry is not null && entry.Bits == bits)
        {
            return entry.Text;
        }

        var text = value.ToString(format, CultureInfo.InvariantCulture);
        cache[slot] = new Entry(bits, text);
        return text;
    }

    private sealed class Entry(long bits, string text)
    {
        public long Bits { get; } = bits;

        public string Text { get; } = text;
    }
}
