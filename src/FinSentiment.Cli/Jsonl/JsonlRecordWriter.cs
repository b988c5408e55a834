using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinSentiment.Serialization;

namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// Writes one output line per item into a reusable buffer, byte for byte as <see cref="Utf8JsonWriter"/> with the relaxed
/// encoder would: result records by appending their parts, error records and the Alpha Vantage shape through the writer.
/// </summary>
internal sealed class JsonlRecordWriter : IDisposable
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");

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
        if (item.Error is null && item.Result is not null && !_alphaVantage)
        {
            WriteResult(item);
        }
        else
        {
            WriteWithJsonWriter(item);
        }

        Append("\n"u8);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Error records and the Alpha Vantage shape: rarer, or not the default, so written field by field.</summary>
    private void WriteWithJsonWriter(JsonlItem item)
    {
        var writer = _writer;
        writer.Reset();
        writer.WriteStartObject();
        writer.WritePropertyName(Id);
        WriteId(writer, item);
        if (item.Error is not null || item.Result is null)
        {
            writer.WriteNumber(Line, item.LineNumber);
            writer.WriteString(Error, item.Error ?? "not analysed");
        }
        else
        {
            WriteAlphaVantage(writer, AlphaVantageSentiment.FromResult(item.Result));
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonlItem item)
    {
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
    }

    /// <summary>
    /// Writes a result record as the bytes <see cref="Utf8JsonWriter"/> would write, appending the fixed parts (property names,
    /// punctuation, cached labels and names) directly: field by field through the writer this took about a tenth of the CPU
    /// of a run. Values that need escaping or general number formatting (string ids, target names, unusual scores) still go
    /// through the writer, one value at a time, so their text cannot differ.
    /// </summary>
    private void WriteResult(JsonlItem item)
    {
        var result = item.Result!;
        Append("{\"id\":"u8);
        if (item.IdNumber is not null)
        {
            Append(item.IdNumber);
        }
        else
        {
            WriteIdValue(item);
        }

        Append(",\"score\":"u8);
        AppendScore(result.Score);
        Append(",\"label\":"u8);
        AppendString(Encoded(result.Label));
        AppendPolarity(result.Polarity);
        Append(",\"tickers\":["u8);
        var tickers = result.Tickers;
        for (var i = 0; i < tickers.Count; i++)
        {
            var ticker = tickers[i];
            Append(i == 0 ? "{\"symbol\":"u8 : ",{\"symbol\":"u8);
            AppendString(Encoded(ticker.Symbol));
            Append(",\"name\":"u8);
            AppendString(Encoded(ticker.Name));
            Append(",\"relevance\":"u8);
            AppendScore(ticker.Relevance);
            Append(",\"score\":"u8);
            AppendScore(ticker.Score);
            Append(",\"label\":"u8);
            AppendString(Encoded(ticker.Label));
            AppendPolarity(ticker.Polarity);
            AppendRule(ticker.Rule);
            Append("}"u8);
        }

        Append("]"u8);
        if (item.Targets is not null)
        {
            WriteTargets(result.Targets);
        }

        Append("}"u8);
    }

    private void WriteTargets(IReadOnlyList<TargetSentiment> targets)
    {
        Append(",\"targets\":["u8);
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            Append(i == 0 ? "{\"target\":"u8 : ",{\"target\":"u8);
            WriteStringValue(target.Target);
            Append(target.Found ? ",\"found\":true,\"score\":"u8 : ",\"found\":false,\"score\":"u8);
            AppendScore(target.Score);
            Append(",\"label\":"u8);
            AppendString(Encoded(target.Label));
            AppendPolarity(target.Polarity);
            AppendRule(target.Rule);
            Append("}"u8);
        }

        Append("]"u8);
    }

    /// <summary>
    /// Appends <c>"rule"</c> when a company rule set the score (<see cref="CompanyRules"/>); most tickers and targets have none,
    /// and their objects keep the fields they had.
    /// </summary>
    private void AppendRule(string? rule)
    {
        if (rule is not null)
        {
            Append(",\"rule\":"u8);
            AppendString(Encoded(rule));
        }
    }

    /// <summary>Writes a string or null id as one top-level value through the writer, which escapes it.</summary>
    private void WriteIdValue(JsonlItem item)
    {
        _writer.Reset();
        WriteId(_writer, item);
        _writer.Flush();
    }

    /// <summary>Writes a string as one top-level value through the writer, which escapes it.</summary>
    private void WriteStringValue(string value)
    {
        _writer.Reset();
        _writer.WriteStringValue(value);
        _writer.Flush();
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    /// <summary>Appends an already escaped string between quotes.</summary>
    private void AppendString(JsonEncodedText text)
    {
        var bytes = text.EncodedUtf8Bytes;
        var span = _buffer.GetSpan(bytes.Length + 2);
        span[0] = (byte)'"';
        bytes.CopyTo(span[1..]);
        span[bytes.Length + 1] = (byte)'"';
        _buffer.Advance(bytes.Length + 2);
    }

    private void AppendPolarity(Polarity polarity) => Append(polarity switch
    {
        Polarity.Negative => ",\"polarity\":\"negative\""u8,
        Polarity.Positive => ",\"polarity\":\"positive\""u8,
        _ => ",\"polarity\":\"neutral\""u8,
    });

    /// <summary>
    /// Appends a score as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> would, faster for the analyzer's scores: those
    /// are rounded to four decimals, and the shortest text that reads back as such a double is its four-decimal form without
    /// trailing zeros (no other number with that few digits lies within half a unit in the last place). Any other value goes
    /// to the writer.
    /// </summary>
    private void AppendScore(double value)
    {
        var span = _buffer.GetSpan(8);
        if (TryFormatFourDecimals(value, span, out var length))
        {
            _buffer.Advance(length);
        }
        else
        {
            _writer.Reset();
            _writer.WriteNumberValue(value);
            _writer.Flush();
        }
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
}
