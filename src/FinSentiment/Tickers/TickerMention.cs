using System.Text.Json.Serialization;

namespace FinSentiment.Tickers;

/// <summary>One place where a text mentions a company.</summary>
/// <param name="Start">The offset of the mention's first character.</param>
/// <param name="Length">The number of characters of the mention.</param>
/// <param name="Company">The company mentioned.</param>
/// <param name="Kind">How it was mentioned.</param>
public readonly record struct TickerMention(int Start, int Length, [property: JsonIgnore] CompanyInfo Company, MentionKind Kind)
{
    /// <summary>Gets the mentioned company's primary symbol.</summary>
    public string Symbol => Company.Symbol;
}
