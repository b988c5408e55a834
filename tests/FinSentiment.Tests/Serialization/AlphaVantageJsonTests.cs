using System.Reflection;
using System.Text.Json;
using FinSentiment.Serialization;

namespace FinSentiment.Tests.Serialization;

public sealed class AlphaVantageJsonTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_58a72a0c258b5ae7.txt"));

    [Fact]
    public void The_Alpha_Vantage_shape_has_the_feeds_names_labels_and_string_ticker_scores()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(Seed);
        var json = JsonSerializer.Serialize(AlphaVantageSentiment.FromResult(result), FinSentimentJsonContext.Default.AlphaVantageSentiment);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["overall_sentiment_score", "overall_sentiment_label", "ticker_sentiment"], root.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("overall_sentiment_score").ValueKind);
        Assert.Equal(Math.Round(result.Score, 6), root.GetProperty("overall_sentiment_score").GetDouble());
        Assert.Contains(root.GetProperty("overall_sentiment_label").GetString(), new[] { "Bearish", "Somewhat-Bearish" });

        var msft = root.GetProperty("ticker_sentiment").EnumerateArray().First(static t => t.GetProperty("ticker").GetString() == "MSFT");
        Assert.Equal(["ticker", "relevance_score", "ticker_sentiment_score", "ticker_sentiment_label"], msft.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(JsonValueKind.String, msft.GetProperty("relevance_score").ValueKind);
        Assert.Equal(JsonValueKind.String, msft.GetProperty("ticker_sentiment_score").ValueKind);
        Assert.True(double.Parse(msft.GetProperty("ticker_sentiment_score").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < 0);
        Assert.EndsWith("Bearish", msft.GetProperty("ticker_sentiment_label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_follow_the_Alpha_Vantage_scale_whatever_the_analyzers_scale()
    {
        var result = new SentimentResult
        {
            Score = 0.2,
            Label = "mildly positive",
            Polarity = Polarity.Positive,
            Tickers = [],
            Evidence = [],
            Sentences = [],
        };
        var shape = AlphaVantageSentiment.FromResult(result);
        Assert.Equal("Somewhat-Bullish", shape.OverallSentimentLabel);
        Assert.Equal("Bullish", AlphaVantageSentiment.FromResult(result with { Score = 0.35 }).OverallSentimentLabel);
        Assert.Equal("Neutral", AlphaVantageSentiment.FromResult(result with { Score = -0.0000001 }).OverallSentimentLabel);
        Assert.Equal("0", AlphaVantageSentiment.FromResult(result with { Score = -0.0000001 }).OverallSentimentScore.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_Alpha_Vantage_shape_round_trips_from_the_feeds_json()
    {
        const string feed = """{"overall_sentiment_score":-0.23,"overall_sentiment_label":"Somewhat-Bearish","ticker_sentiment":[{"ticker":"MSFT","relevance_score":"0.158373","ticker_sentiment_score":"-0.265192","ticker_sentiment_label":"Somewhat-Bearish"}]}""";
        var shape = JsonSerializer.Deserialize(feed, FinSentimentJsonContext.Default.AlphaVantageSentiment)!;
        Assert.Equal(0.158373, shape.TickerSentiment[0].RelevanceScore);
        Assert.Equal(feed, JsonSerializer.Serialize(shape, FinSentimentJsonContext.Default.AlphaVantageSentiment));
    }

    [Fact]
    public void The_json_context_covers_every_public_type_reachable_from_the_results()
    {
        var missing = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(SentimentResult), typeof(AlphaVantageSentiment)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(SentimentResult).Assembly)
            {
                continue;
            }

            if (FinSentimentJsonContext.Default.GetTypeInfo(type) is null)
            {
                missing.Add(type.FullName!);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not null)
                {
                    continue;
                }

                var propertyType = property.PropertyType;
                pending.Enqueue(propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType);
            }
        }

        Assert.Empty(missing);
        Assert.True(seen.Count >= 8);
    }
}
