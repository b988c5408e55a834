using System.Text.Json.Serialization;

namespace FinSentiment.Serialization;

/// <summary>One entry of <see cref="AlphaVantageSentiment.TickerSentiment"/>: <c>ticker</c>, <c>relevance_score</c>, <c>ticker_sentiment_score</c> and <c>ticker_sentiment_label</c>.</summary>
/// <remarks>As in Alpha Vantage's feed, the two scores are written as JSON strings (<c>"0.158373"</c>); they are read from strings or numbers. Instances are immutable.</remarks>
public sealed record AlphaVantageTickerSentiment
{
    /// <summary>Gets the ticker symbol, for example <c>MSFT</c>.</summary>
    [JsonPropertyName("ticker")]
    public required string Ticker { get; init; }

    /// <summary>Gets how much the text is about the company, in (0, 1], rounded to six decimals.</summary>
    [JsonPropertyName("relevance_score")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public required double RelevanceScore { get; init; }

    /// <summary>Gets the sentiment toward the company in [-1, 1], rounded to six decimals.</summary>
    [JsonPropertyName("ticker_sentiment_score")]
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public required double TickerSentimentScore { get; init; }

    /// <summary>Gets the label of <see cref="TickerSentimentScore"/> on <see cref="LabelScale.AlphaVantage"/>.</summary>
    [JsonPropertyName("ticker_sentiment_label")]
    public required string TickerSentimentLabel { get; init; }
}
