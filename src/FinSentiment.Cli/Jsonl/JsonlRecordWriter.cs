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

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly bool _alphaVantage;

    public JsonlRecordWriter(bool alphaVantage = false)
    {
        _alphaVantage = alphaVantage;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
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

    private static void WriteResult(Utf8JsonWriter writer, JsonlItem item)
    {
        var result = item.Result!;
        writer.WriteNumber(Score, result.Score);
        writer.WriteString(Label, result.Label);
        writer.WriteString(PolarityName, Encode(result.Polarity));
        writer.WriteStartArray(Tickers);
        foreach (var ticker in result.Tickers)
        {
            writer.WriteStartObject();
            writer.WriteString(Symbol, ticker.Symbol);
            writer.WriteString(Name, ticker.Name);
            writer.WriteNumber(Relevance, ticker.Relevance);
            writer.WriteNumber(Score, ticker.Score);
            writer.WriteString(Label, ticker.Label);
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
            writer.WriteNumber(Score, target.Score);
            writer.WriteString(Label, target.Label);
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

    private static JsonEncodedText Encode(Polarity polarity) => polarity switch
    {
        Polarity.Negative => Negative,
        Polarity.Positive => Positive,
        _ => Neutral,
    };
}
