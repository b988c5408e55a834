using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Serialization;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Snapshooter.Xunit;

namespace FinSentiment.Tests.Serialization;

/// <summary>
/// The JSON shape of a result. The analyzer uses its own lexicon, rule weights and ticker directory, so tuning does
/// not change the snapshot; a change to the snapshot is a change to the public JSON contract. To accept an intended change,
/// delete <c>__snapshots__/SentimentResultJsonTests.*.snap</c> and run the test once.
/// </summary>
public sealed class SentimentResultJsonTests
{
    private const string Text = "Acme Corp said profit rose, but costs may not fall. Globex results were very bad.";

    private static readonly SentimentAnalyzer Analyzer = new(
        FinancialTokenizer.Instance,
        new LexiconScorer(SentimentLexicon.CreateBuilder()
            .Add("bad", -0.5)
            .Add("profit", 0, LexiconCategory.GoodWhenUp)
            .Add("costs", 0, LexiconCategory.BadWhenUp)
            .Add("rose", 1, LexiconCategory.Increase)
            .Add("fall", 1, LexiconCategory.Decrease)
            .Add("not", 1, LexiconCategory.Negator)
            .Add("very", 0.5, LexiconCategory.Intensifier)
            .Add("may", -0.5, LexiconCategory.Hedge)
            .Add("but", 0, LexiconCategory.Contrast)
            .Build(),
            // Weights pinned here so that re-tuning the defaults does not change the snapshot.
            new LexiconScorerOptions
            {
                DirectionWeight = 0.6, UnpairedDirectionWeight = 0.2, ComparisonWeight = 0.5, NegationFactor = -0.75,
                NegationScope = 4, ConcededClauseWeight = 0.5, MainClauseWeight = 1.5, Gain = 1.0,
            }),
        new TickerResolver(TickerDirectory.CreateBuilder()
            .Add(new CompanyInfo { Symbol = "ACME", Name = "Acme Corporation", Exchange = "NYSE", Aliases = ["Acme Corp"] })
            .Add(new CompanyInfo { Symbol = "GBX", Name = "Globex", Exchange = "Nasdaq", Aliases = ["Globex"] })
            .Build()));

    [Fact]
    public void Result_json_matches_the_snapshot()
    {
        var json = ToIndentedJson(Analyzer.Analyze(Text, [new SentimentTarget("Initech")]));

        Snapshot.Match(json);
    }

    [Fact]
    public void Result_json_uses_camelCase_names()
    {
        using var document = JsonDocument.Parse(ToIndentedJson(Analyzer.Analyze(Text)));
        var root = document.RootElement;

        Assert.Equal(
            ["score", "label", "polarity", "tickers", "evidence", "sentences", "targets"],
            root.EnumerateObject().Select(p => p.Name));
        var ticker = root.GetProperty("tickers")[0];
        Assert.True(ticker.TryGetProperty("symbol", out _));
        Assert.True(ticker.TryGetProperty("relevance", out _));
        Assert.True(ticker.GetProperty("mentions")[0].TryGetProperty("start", out _));
        Assert.True(root.GetProperty("evidence")[0].TryGetProperty("baseValence", out _));
    }

    [Fact]
    public void Result_json_writes_enums_as_strings()
    {
        using var document = JsonDocument.Parse(ToIndentedJson(Analyzer.Analyze(Text)));
        var root = document.RootElement;

        Assert.Equal(JsonValueKind.String, root.GetProperty("polarity").ValueKind);
        Assert.Contains(root.GetProperty("polarity").GetString(), Enum.GetNames<Polarity>());
        var ticker = root.GetProperty("tickers")[0];
        Assert.Equal(JsonValueKind.String, ticker.GetProperty("polarity").ValueKind);
        var kind = ticker.GetProperty("mentions")[0].GetProperty("kind");
        Assert.Equal(JsonValueKind.String, kind.ValueKind);
        Assert.Contains(kind.GetString(), Enum.GetNames<MentionKind>());
    }

    [Fact]
    public void Result_json_leaves_out_the_company_object_of_a_mention()
    {
        using var document = JsonDocument.Parse(ToIndentedJson(Analyzer.Analyze(Text)));

        var mention = document.RootElement.GetProperty("tickers")[0].GetProperty("mentions")[0];

        Assert.False(mention.TryGetProperty("company", out _));
        Assert.True(mention.TryGetProperty("symbol", out _));
    }

    [Fact]
    public void Result_round_trips_through_json()
    {
        var result = Analyzer.Analyze(Text);
        var json = JsonSerializer.Serialize(result, FinSentimentJsonContext.Default.SentimentResult);

        var back = JsonSerializer.Deserialize(json, FinSentimentJsonContext.Default.SentimentResult);

        Assert.NotNull(back);
        Assert.Equal(result.Score, back.Score);
        Assert.Equal(result.Label, back.Label);
        Assert.Equal(result.Polarity, back.Polarity);
        Assert.Equal(result.Evidence.Select(e => (e.Start, e.Length, e.Text)), back.Evidence.Select(e => (e.Start, e.Length, e.Text)));
        Assert.Equal(result.Sentences, back.Sentences);
        Assert.NotEmpty(back.Tickers);
        Assert.Equal(
            result.Tickers.SelectMany(t => t.Mentions).Select(m => (m.Start, m.Length, m.Symbol, m.Kind)),
            back.Tickers.SelectMany(t => t.Mentions).Select(m => (m.Start, m.Length, m.Symbol, m.Kind)));
        Assert.Equal(json, JsonSerializer.Serialize(back, FinSentimentJsonContext.Default.SentimentResult));
    }

    [Fact]
    public void A_default_mention_has_an_empty_symbol()
    {
        Assert.Equal(string.Empty, default(TickerMention).Symbol);
    }

    [Fact]
    public void Batch_results_serialize_as_an_array()
    {
        var results = Analyzer.AnalyzeBatch([Text, "Costs may fall."]);

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(results, FinSentimentJsonContext.Default.IReadOnlyListSentimentResult));

        Assert.Equal(2, document.RootElement.GetArrayLength());
    }

    internal static string ToIndentedJson(SentimentResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, result, FinSentimentJsonContext.Default.SentimentResult);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n");
    }
}
