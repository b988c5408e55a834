using System.Diagnostics;
using System.Text;

namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// Streams JSONL through the analyzer: reads a batch of lines, analyses the batch in parallel, writes its records in
/// input order, and repeats. Only one batch is held at a time, so memory stays flat for any input size.
/// </summary>
internal sealed class JsonlProcessor
{
    public const int DefaultBatchSize = 512;

    private readonly ISentimentAnalyzer _analyzer;
    private readonly int _maxTextLength;
    private readonly ParallelOptions _parallelOptions;
    private readonly int _batchSize;

    public JsonlProcessor(ISentimentAnalyzer analyzer, int maxDegreeOfParallelism, int maxTextLength, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _analyzer = analyzer;
        _maxTextLength = maxTextLength;
        _parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        _batchSize = batchSize;
    }

    /// <summary>Gets a value indicating whether result lines use the Alpha Vantage shape (<c>--format alphavantage</c>).</summary>
    public bool AlphaVantage { get; init; }

    /// <summary>Processes <paramref name="input"/> to <paramref name="output"/>; write failures propagate.</summary>
    public JsonlRunSummary Run(Stream input, Stream output)
    {
        var reader = new Utf8LineReader(input);
        var batch = new JsonlItem[_batchSize];
        using var records = new JsonlRecordWriter(AlphaVantage);
        // The whole run is timed, not only the analysis calls: reading, parsing and writing are part of what the command costs,
        // and timing only the analysis overstated the throughput.
        var stopwatch = Stopwatch.StartNew();
        long documents = 0, bytes = 0, failed = 0;
        while (true)
        {
            var count = 0;
            while (count < batch.Length && reader.TryReadLine(out var line))
            {
                if (!line.Trim(" \t\r\f\v"u8).IsEmpty)
                {
                    batch[count++] = JsonlItemParser.Parse(line, reader.LineNumber);
                }
            }

            if (count == 0)
            {
                break;
            }

            AnalyzeBatch(batch, count);

            for (var i = 0; i < count; i++)
            {
                var item = batch[i];
                records.Write(item);
                if (item.Error is null)
                {
                    documents++;
                    bytes += item.Utf8Bytes;
                }
                else
                {
                    failed++;
                }

                batch[i] = null!;
            }

            output.Write(records.Written);
            output.Flush();
            records.Clear();
        }

        return new JsonlRunSummary(documents, bytes, failed, stopwatch.Elapsed);
    }

    private void AnalyzeBatch(JsonlItem[] batch, int count)
    {
        if (_parallelOptions.MaxDegreeOfParallelism == 1 || count == 1)
        {
            for (var i = 0; i < count; i++)
            {
                Analyze(batch[i]);
            }

            return;
        }

        Parallel.For(0, count, _parallelOptions, i => Analyze(batch[i]));
    }

    private void Analyze(JsonlItem item)
    {
        if (item.Error is not null)
        {
            return;
        }

        var text = item.Text!;
        var title = item.Title;
        var length = text.Length + (title is null ? 0 : title.Length + 2);
        if (length > _maxTextLength)
        {
            item.Error = $"the text has {length} characters, more than the maximum of {_maxTextLength}";
            return;
        }

        try
        {
            if (title is null)
            {
                item.Result = item.Targets is null ? _analyzer.Analyze(text) : _analyzer.Analyze(text, item.Targets);
            }
            else
            {
                var article = new NewsArticle(title, text);
                item.Result = item.Targets is null ? _analyzer.Analyze(article) : _analyzer.Analyze(article, item.Targets);
            }

            item.Utf8Bytes = Encoding.UTF8.GetByteCount(text) + (title is null ? 0 : Encoding.UTF8.GetByteCount(title));
        }
        catch (ArgumentException ex)
        {
            item.Error = "analysis failed: " + ex.Message;
        }
    }
}
