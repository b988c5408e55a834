using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinSentiment.Serialization;

namespace FinSentiment.Cli.Jsonl;

/// <summary>Writes one output line per item with <see cref="Utf8JsonWriter"/> into a reusable buffer.</summary>
internal sealed class JsonlRecordWriter : IDisposable
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText PolarityName = JsonEncodedText.Encode("polarity");
    private static readonly JsonEncodedText Tickers = JsonEncodedText.Encode("tickers");
    private static readonly JsonEncodedText Symbol = JsonEncodedText.Encode("symbol");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Relevance = JsonEncodedText.Encode("relevance");
    private static readonly JsonEncodedText Targets = JsonEncodedText.Encode("targets");
    private static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText Found = JsonEncodedText.Encode("found");
    private static readonly JsonEncodedText Negative = JsonEncodedText.Encode("negative");
    private static readonly JsonEncodedText Neutral = JsonEncodedText.Encode("neutral");
    private static readonly JsonEncodedText Positive = JsonEncodedText.Encode("positive");

    private static readonly JsonEncodedText OverallScore = JsonEncodedText.Encode("overall_sentiment_score");
    private static readonly JsonEncodedText OverallLabel = JsonEncodedText.Encode("overall_sentiment_label");
    private static readonly JsonEncodedText TickerSentiment = JsonEncodedText.Encode("ticker_sentiment");
    private static readonly JsonEncodedText Ticker = JsonEncodedText.Encode("ticker");
    private static readonly JsonEncodedText RelevanceScore = JsonEncodedText.Encode("relevance_score");
    private static readonly JsonEncodedText TickerScore = JsonEncodedText.Encode("ticker_sentiment_score");
    private static readonly JsonEncodedText TickerLabel = JsonEncodedText.Encode("ticker_sentiment_label");

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>More distinct strings than any ticker directory and label scale hold: past it the cache starts over.</summary>
    private const int MaxEncodedStrings = 16 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly bool _alphaVantage;

    // Symbols, company names and labels are the ticker directory's and the label scale's own string instances, repeated on
    // line after line: each is escaped and transcoded to UTF-8 once. Keyed by reference, which is cheaper than hashing the
    // text; a string built per result would only miss the cache, never give a wrong value.
    private readonly Dictionary<string, JsonEncodedText> _encoded = new(ReferenceEqualityComparer.Instance);

    public JsonlRecordWriter(bool alphaVantage = false)
    {
        _alphaVantage = alphaVantage;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = Encoder });
    }

    /// <summary>Gets the lines written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Clear() => _buffer.ResetWrittenCount();

    public void Write(JsonlItem item)
    {
        var writer = _writer;
        writer.Reset();
        writer.WriteStartObject();
        writer.WritePropertyName(Id);
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

        if (item.Error is not null || item.Result is null)
        {
            writer.WriteNumber(Line, item.LineNumber);
            writer.WriteString(Error, item.Error ?? "not analysed");
        }
        else if (_alphaVantage)
        {
            WriteAlphaVantage(writer, AlphaVantageSentiment.FromResult(item.Result));
        }
        else
        {
            WriteResult(writer, item);
        }

        writer.WriteEndObject();
        writer.Flush();
        _buffer.Write("\n"u8);
    }

    public void Dispose() => _writer.Dispose();

    private void WriteResult(Utf8JsonWriter writer, JsonlItem item)
    {
        var result = item.Result!;
        WriteScore(writer, Score, result.Score);
        writer.WriteString(Label, Encoded(result.Label));
        writer.WriteString(PolarityName, Encode(result.Polarity));
        writer.WriteStartArray(Tickers);
        foreach (var ticker in result.Tickers)
        {
            writer.WriteStartObject();
            writer.WriteString(Symbol, Encoded(ticker.Symbol));
            writer.WriteString(Name, Encoded(ticker.Name));
            WriteScore(writer, Relevance, ticker.Relevance);
            WriteScore(writer, Score, ticker.Score);
            writer.WriteString(Label, Encoded(ticker.Label));
            writer.WriteString(PolarityName, Encode(ticker.Polarity));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (item.Targets is null)
        {
            return;
        }

        writer.WriteStartArray(Targets);
        foreach (var target in result.Targets)
        {
            writer.WriteStartObject();
            writer.WriteString(Target, target.Target);
            writer.WriteBoolean(Found, target.Found);
            WriteScore(writer, Score, target.Score);
            writer.WriteString(Label, Encoded(target.Label));
            writer.WriteString(PolarityName, Encode(target.Polarity));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The fields of <see cref="AlphaVantageSentiment"/> as its JSON context writes them (ticker scores as strings).</summary>
    private static void WriteAlphaVantage(Utf8JsonWriter writer, AlphaVantageSentiment result)
    {
        writer.WriteNumber(OverallScore, result.OverallSentimentScore);
        writer.WriteString(OverallLabel, result.OverallSentimentLabel);
        writer.WriteStartArray(TickerSentiment);
        foreach (var ticker in result.TickerSentiment)
        {
            writer.WriteStartObject();
            writer.WriteString(Ticker, ticker.Ticker);
            writer.WriteString(RelevanceScore, ticker.RelevanceScore.ToString(CultureInfo.InvariantCulture));
            writer.WriteString(TickerScore, ticker.TickerSentimentScore.ToString(CultureInfo.InvariantCulture));
            writer.WriteString(TickerLabel, ticker.TickerSentimentLabel);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a score as <see cref="Utf8JsonWriter.WriteNumber(JsonEncodedText, double)"/> would, faster for the analyzer's
    /// scores: those are rounded to four decimals, and the shortest text that reads back as such a double is its four-decimal
    /// form without trailing zeros (no other number with that few digits lies within half a unit in the last place). Any
    /// other value goes to the writer.
    /// </summary>
    private static void WriteScore(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        Span<byte> text = stackalloc byte[8];
        if (TryFormatFourDecimals(value, text, out var length))
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(text[..length], skipInputValidation: true);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    /// <summary>Formats a value in [-1, 1] that is exactly a whole number of ten-thousandths, as the shortest round-trip text.</summary>
    internal static bool TryFormatFourDecimals(double value, Span<byte> destination, out int length)
    {
        length = 0;
        if (!(Math.Abs(value) <= 1))
        {
            return false;
        }

        var scaled = Math.Round(value * 10_000);
        if (scaled / 10_000 != value || (value == 0 && double.IsNegative(value)))
        {
            return false;
        }

        var units = (int)scaled;
        if (units < 0)
        {
            destination[length++] = (byte)'-';
            units = -units;
        }

        destination[length++] = (byte)('0' + (units / 10_000));
        var fraction = units % 10_000;
        if (fraction != 0)
        {
            destination[length++] = (byte)'.';
            for (var divisor = 1_000; fraction != 0; divisor /= 10)
            {
                destination[length++] = (byte)('0' + (fraction / divisor));
                fraction %= divisor;
            }
        }

        return true;
    }

    private JsonEncodedText Encoded(string value)
    {
        if (!_encoded.TryGetValue(value, out var encoded))
        {
            if (_encoded.Count == MaxEncodedStrings)
            {
                _encoded.Clear();
            }

            encoded = JsonEncodedText.Encode(value, Encoder);
            _encoded.Add(value, encoded);
        }

        return encoded;
    }

    private static JsonEncodedText Encode(Polarity polarity) => polarity switch
    {
        Polarity.Negative => Negative,
        Polarity.Positive => Positive,
        _ => Neutral,
    };
}
