using System.Text.Json.Serialization;

namespace FinSentiment.Serialization;

/// <summary>
/// A result in the shape of one item of Alpha Vantage's <c>NEWS_SENTIMENT</c> feed: <c>overall_sentiment_score</c>,
/// <c>overall_sentiment_label</c> and <c>ticker_sentiment</c>, for code migrating from that feed.
/// Serialize it with <c>FinSentimentJsonContext.Default.AlphaVantageSentiment</c>.
/// </summary>
/// <remarks>
/// Labels always use <see cref="LabelScale.AlphaVantage"/> (Bearish … Bullish), whatever scale the analyzer was configured with.
/// Scores are rounded to six decimals; as in the feed, the ticker-level scores are JSON strings and the overall score is a number.
/// Instances are immutable.
/// </remarks>
public sealed record AlphaVantageSentiment
{
    /// <summary>Gets the overall score in [-1, 1], rounded to six decimals.</summary>
    [JsonPropertyName("overall_sentiment_score")]
    public required double OverallSentimentScore { get; init; }

    /// <summary>Gets the overall label: <c>Bearish</c>, <c>Somewhat-Bearish</c>, <c>Neutral</c>, <c>Somewhat-Bullish</c> or <c>Bullish</c>.</summary>
    [JsonPropertyName("overall_sentiment_label")]
    public required string OverallSentimentLabel { get; init; }

    /// <summary>Gets the sentiment toward each ticker mentioned, most relevant first.</summary>
    [JsonPropertyName("ticker_sentiment")]
    public required IReadOnlyList<AlphaVantageTickerSentiment> TickerSentiment { get; init; }

    /// <summary>Converts a result to the Alpha Vantage shape.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The result in the Alpha Vantage shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static AlphaVantageSentiment FromResult(SentimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scale = LabelScale.AlphaVantage;
        var tickers = new AlphaVantageTickerSentiment[result.Tickers.Count];
        for (var i = 0; i < tickers.Length; i++)
        {
            var ticker = result.Tickers[i];
            tickers[i] = new AlphaVantageTickerSentiment
            {
                Ticker = ticker.Symbol,
                RelevanceScore = Round(ticker.Relevance),
                TickerSentimentScore = Round(ticker.Score),
                TickerSentimentLabel = scale.GetLabel(ticker.Score),
            };
        }

        return new AlphaVantageSentiment
        {
            OverallSentimentScore = Round(result.Score),
            OverallSentimentLabel = scale.GetLabel(result.Score),
            TickerSentiment = tickers,
        };
    }

    /// <summary>Six decimals, as the feed prints them; never negative zero.</summary>
    private static double Round(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero) + 0.0;
}
