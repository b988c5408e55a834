using System.Text.Json.Serialization;

namespace FinSentiment.Tickers;

/// <summary>One place where a text mentions a company.</summary>
/// <param name="Start">The offset of the mention's first character.</param>
/// <param name="Length">The number of characters of the mention.</param>
/// <param name="Company">The company mentioned.</param>
/// <param name="Kind">How it was mentioned.</param>
/// <remarks>
/// JSON holds the symbol, not the company: a mention read back from JSON has a <see cref="Company"/> that knows only its
/// symbol (as its name too).
/// </remarks>
public readonly record struct TickerMention(int Start, int Length, [property: JsonIgnore] CompanyInfo Company, MentionKind Kind)
{
    /// <summary>Creates a mention read from JSON, where only the company's symbol is stored.</summary>
    [JsonConstructor]
    internal TickerMention(int start, int length, string? symbol, MentionKind kind)
        : this(start, length, new CompanyInfo { Symbol = symbol ?? string.Empty, Name = symbol ?? string.Empty }, kind)
    {
    }

    /// <summary>Gets the mentioned company's primary symbol (empty for a <see langword="default"/> mention).</summary>
    public string Symbol => Company?.Symbol ?? string.Empty;
}
