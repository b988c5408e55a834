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
