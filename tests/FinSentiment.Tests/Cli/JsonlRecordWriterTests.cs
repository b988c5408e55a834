using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinSentiment.Cli.Jsonl;

namespace FinSentiment.Tests.Cli;

public class JsonlRecordWriterTests
{
    [Fact]
    public void Every_four_decimal_score_is_written_as_the_json_writer_writes_it()
    {
        Span<byte> fast = stackalloc byte[8];
        for (var units = -10_000; units <= 10_000; units++)
        {
            var score = Math.Round(units / 10_000.0, 4, MidpointRounding.AwayFromZero) + 0.0;

            Assert.True(JsonlRecordWriter.TryFormatFourDecimals(score, fast, out var length), score.ToString("R", CultureInfo.InvariantCulture));
            Assert.Equal(WrittenByJsonWriter(score), Encoding.UTF8.GetString(fast[..length]));
        }
    }

    [Theory]
    [InlineData(0.12345)]
    [InlineData(1.0001)]
    [InlineData(-2)]
    [InlineData(1e-5)]
    [InlineData(-0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Other_values_are_left_to_the_json_writer(double value)
    {
        Assert.False(JsonlRecordWriter.TryFormatFourDecimals(value, stackalloc byte[8], out _));
    }

    [Fact]
    public void Escaped_names_and_labels_are_written_alike_every_time()
    {
        var item = new JsonlItem(1) { IdString = "a\"b", Result = SentimentAnalyzer.CreateDefault().Analyze("AT&T shares plunged after a profit warning.") };
        using var writer = new JsonlRecordWriter();

        writer.Write(item);
        var first = Encoding.UTF8.GetString(writer.Written);
        writer.Clear();
        writer.Write(item);

        Assert.Equal(first, Encoding.UTF8.GetString(writer.Written));
        Assert.Contains("\"name\":\"AT&T Inc.\"", first, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"a\\\"b\",", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tesla shares plunged after a profit warning; AT&T and Procter & Gamble rallied.", null)]
    [InlineData("Apple beat estimates.", "Apple|Quote\"Inc|Back\\slash|<tag> \u2028 caf\u00e9 \U0001F600|Nonexistent Ltd")]
    [InlineData("No companies here, revenue was flat.", "")]
    [InlineData("Long $ANET, sold my $CSCO. Rough day for everyone.", "Cisco")] // company rules set the scores: a "rule" field
    public void A_result_record_is_what_the_json_writer_writes_field_by_field(string text, string? targetNames)
    {
        var targets = targetNames?.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(name => new SentimentTarget(name)).ToArray();
        var analyzer = SentimentAnalyzer.CreateDefault();
        var result = targets is null ? analyzer.Analyze(text) : analyzer.Analyze(text, targets);
        using var writer = new JsonlRecordWriter();
        (string? IdString, byte[]? IdNumber)[] ids = [("plain", null), ("q\"u\\o <&> \u2028 \u00e9 \U0001F600", null), (null, "-12.5e3"u8.ToArray()), (null, null)];

        foreach (var (idString, idNumber) in ids)
        {
            var item = new JsonlItem(7) { IdString = idString, IdNumber = idNumber, Targets = targets, Result = result };
            writer.Clear();
            writer.Write(item);

            Assert.Equal(WrittenFieldByField(item), Encoding.UTF8.GetString(writer.Written));
        }
    }

    [Fact]
    public void A_score_that_is_not_four_decimals_is_written_as_the_json_writer_writes_it()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze("Tesla shares plunged after a profit warning.");
        var item = new JsonlItem(1) { IdString = "x", Result = CloneWithScore(result, 0.123456789) };
        using var writer = new JsonlRecordWriter();

        writer.Write(item);

        Assert.Equal(WrittenFieldByField(item), Encoding.UTF8.GetString(writer.Written));
        Assert.Contains("\"score\":0.123456789,", Encoding.UTF8.GetString(writer.Written), StringComparison.Ordinal);
    }

    private static SentimentResult CloneWithScore(SentimentResult result, double score) => new()
    {
        Score = score,
        Label = result.Label,
        Polarity = result.Polarity,
        Tickers = result.Tickers,
        Evidence = result.Evidence,
        Sentences = result.Sentences,
        Targets = result.Targets,
    };

    /// <summary>The record as the writer wrote it before it appended the fixed parts itself: one writer call per field.</summary>
    private static string WrittenFieldByField(JsonlItem item)
    {
        var result = item.Result!;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (item.IdString is not null)
            {
                writer.WriteStringValue(item.IdString);
            }
            else if (item.IdNumber is not null)
            {
                writer.WriteRawValue(item.IdNumber, skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteNumber("score", result.Score);
            writer.WriteString("label", result.Label);
            writer.WriteString("polarity", PolarityText(result.Polarity));
            writer.WriteStartArray("tickers");
            foreach (var ticker in result.Tickers)
            {
                writer.WriteStartObject();
                writer.WriteString("symbol", ticker.Symbol);
                writer.WriteString("name", ticker.Name);
                writer.WriteNumber("relevance", ticker.Relevance);
                writer.WriteNumber("score", ticker.Score);
                writer.WriteString("label", ticker.Label);
                writer.WriteString("polarity", PolarityText(ticker.Polarity));
                if (ticker.Rule is not null)
                {
                    writer.WriteString("rule", ticker.Rule);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (item.Targets is not null)
            {
                writer.WriteStartArray("targets");
                foreach (var target in result.Targets)
                {
                    writer.WriteStartObject();
                    writer.WriteString("target", target.Target);
                    writer.WriteBoolean("found", target.Found);
                    writer.WriteNumber("score", target.Score);
                    writer.WriteString("label", target.Label);
                    writer.WriteString("polarity", PolarityText(target.Polarity));
                    if (target.Rule is not null)
                    {
                        writer.WriteString("rule", target.Rule);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string PolarityText(Polarity polarity) => polarity switch
    {
        Polarity.Negative => "negative",
        Polarity.Positive => "positive",
        _ => "neutral",
    };

    private static string WrittenByJsonWriter(double value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteNumberValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
