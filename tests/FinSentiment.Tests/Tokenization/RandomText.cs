using System.Text;

namespace FinSentiment.Tests.Tokenization;

/// <summary>Seeded random texts over a pool of characters and fragments that stress the tokenizer.</summary>
internal static class RandomText
{
    private static readonly string[] Pool =
    [
        // letters, digits and joiners
        "a", "Z", "s", "S", "é", "ü", "Ж", "中", "क", "\u093F", "\u0301", "٣", "7", "0", "1,234", "4.5",
        // white space, line breaks, zero-width and bidi controls, NUL and other controls
        " ", " ", " ", "\n", "\r\n", "\t", "\u00A0", "\u202F", "\u200B", "\u200C", "\u200D", "\u200E", "\u202E", "\u2066", "\uFEFF", "\0", "\u0001", "\u001F", "\u0085", "\u2028",
        // punctuation and symbols
        ".", ".", ",", "!", "?", "…", "'", "’", "\"", "-", "‐", "−", "+", "&", "@", "#", "%", ":", ";", "(", ")", "[", "]", "<", ">", "/", "_",
        // currency symbols
        "$", "€", "£", "¥", "₹", "₩", "₽",
        // lone surrogates and pairs
        "\uD83D", "\uDE00", "\uD83D\uDE00", "\uD83C\uDFFD", "\uD83C\uDDFA", "🇺🇸", "❤", "\uFE0F", "\u20E3", "𝐁",
        // fragments that trigger the multi-character rules
        "Inc", "U.S", "EUR", "Rs", "NYSE", " American", "http://", "www.", "per", " cent", "bn", "pct", "'s", "n't", "AT&T", "$MSFT",
    ];

    public static string Next(Random random, int parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            builder.Append(Pool[random.Next(Pool.Length)]);
        }

        return builder.ToString();
    }
}
