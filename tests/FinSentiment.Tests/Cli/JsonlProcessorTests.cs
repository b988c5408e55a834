using System.Globalization;
using System.Text;
using System.Text.Json;
using FinSentiment.Cli.Jsonl;

namespace FinSentiment.Tests.Cli;

/// <summary>The chunked pipeline behind <c>analyze --jsonl</c>, with chunks small enough that every case crosses chunk boundaries.</summary>
public class JsonlProcessorTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(4, 7)]
    [InlineData(1024, 1)]
    public void Records_keep_input_order_across_chunk_boundaries(int parallel, int chunkLines)
    {
        var input = MixedInput(200);

        var (output, summary) = Run(input, parallel, chunkLines);
        var (expected, _) = Run(input, parallel: 1, chunkLines: 10_000);

        Assert.Equal(expected, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal(i, record.RootElement.GetProperty("id").GetInt32());
        }

        Assert.Equal(200, summary.Documents + summary.Failed);
        Assert.Equal(40, summary.Failed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Records_keep_input_order_when_chunks_close_on_size(int parallel)
    {
        // Lines of about 900 bytes close chunks on their 256 KB limit long before their line limit; one line of 600 KB is longer
        // than two chunks, so the chunk that held it gives its buffer back and is filled again.
        var sentence = "Microsoft shares plunged after a profit warning, while Apple said revenue rose strongly. ";
        var input = new StringBuilder();
        for (var i = 0; i < 1500; i++)
        {
            var text = i == 700 ? new string('x', 600_000) : string.Concat(Enumerable.Repeat(sentence, 10)) + i.ToString(CultureInfo.InvariantCulture);
            input.Append(CultureInfo.InvariantCulture, $"{{\"id\": {i}, \"text\": \"{text}\"}}\n");
        }

        var (output, summary) = Run(input.ToString(), parallel, chunkLines: JsonlProcessor.DefaultChunkLines);
        var (expected, _) = Run(input.ToString(), parallel: 1, chunkLines: 10_000);

        Assert.Equal(expected, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1500, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal(i, record.RootElement.GetProperty("id").GetInt32());
        }

        Assert.Equal(1499, summary.Documents);
        Assert.Equal(1, summary.Failed);
    }

    [Fact]
    public void A_bad_line_inside_a_chunk_names_its_own_line()
    {
        // Line 5 is bad; the empty line 2 still counts.
        var input = "{\"id\": 0, \"text\": \"Revenue rose.\"}\n\n{\"id\": 1, \"text\": \"Revenue rose.\"}\n{\"id\": 2, \"text\": \"Revenue rose.\"}\n{\"id\": 3, \"text\": \n{\"id\": 4, \"text\": \"Revenue rose.\"}\n";

        var (output, summary) = Run(input, parallel: 2, chunkLines: 2);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("{\"id\":3,\"line\":5,\"error\":\"invalid JSON", lines[3], StringComparison.Ordinal);
        Assert.Equal(1, summary.Failed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_analyzer_failure_propagates_as_thrown(int parallel)
    {
        var input = MixedInput(50).Replace("\"id\": 33, \"text\": ", "\"id\": 33, \"text\": \"boom\", \"other\": ", StringComparison.Ordinal);
        var processor = new JsonlProcessor(new ThrowingAnalyzer(Analyzer, "boom"), parallel, 1000, chunkLines: 4);

        Assert.Throws<InvalidOperationException>(() => processor.Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), new MemoryStream()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cancelled_run_stops_with_only_whole_records_written(int parallel)
    {
        using var cancel = new CancellationTokenSource();
        var input = new CancellingStream(Encoding.UTF8.GetBytes(MixedInput(2000)), cancelAfter: 40_000, cancel);
        var output = new MemoryStream();
        var processor = new JsonlProcessor(Analyzer, parallel, 1000, chunkLines: 16);

        Assert.ThrowsAny<OperationCanceledException>(() => processor.Run(input, output, cancel.Token));

        var written = Encoding.UTF8.GetString(output.ToArray());
        Assert.True(written.Length == 0 || written[^1] == '\n', "a record was cut short");
        var lines = written.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 0, 1999);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal(i, record.RootElement.GetProperty("id").GetInt32());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_slow_stream_gets_each_record_before_its_next_line_arrives(int parallel)
    {
        string[] lines = ["{\"id\": 1, \"text\": \"Acme shares rise\"}\n", "{\"id\": 2, \"text\": \"Globex shares fall\"}\n", "{\"id\": 3, \"text\": \"Initech is flat\"}\n"];
        using var output = new RecordCountingStream();
        using var input = new SlowStream(lines, output);

        var summary = new JsonlProcessor(Analyzer, parallel, 1000).Run(input, output);

        Assert.Equal(3, summary.Documents);
        Assert.Equal(3, output.Records);
        Assert.True(input.EveryLineWaitedForTheRecordBefore, "a line was read before the record of the line before it was written");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_steady_stream_gets_records_before_its_chunk_fills(int parallel)
    {
        // A line every 10 ms for 1.2 s: never a pause of 50 ms, and far fewer lines than a chunk holds.
        var lines = Enumerable.Range(1, 120).Select(i => $"{{\"id\": {i}, \"text\": \"Acme shares rise\"}}\n").ToArray();
        using var output = new RecordCountingStream();
        using var input = new SteadyStream(lines, TimeSpan.FromMilliseconds(10), output);

        new JsonlProcessor(Analyzer, parallel, 1000).Run(input, output);

        Assert.Equal(120, output.Records);
        Assert.True(input.RecordsWhenLastLineWasGiven > 0, "no record was written before the stream ended");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_run_waiting_on_an_idle_stream_stops_when_cancelled(int parallel)
    {
        using var output = new RecordCountingStream();
        using var input = new SteadyStream(["{\"id\": 1, \"text\": \"Acme shares rise\"}\n", "never given\n"], Timeout.InfiniteTimeSpan, output, firstWithoutWait: true);
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => new JsonlProcessor(Analyzer, parallel, 1000).Run(input, output, cancel.Token));

        // Cancelled once the first record is out and the run waits for a line that never comes.
        Assert.True(await output.Written.WaitAsync(TimeSpan.FromSeconds(10)), "the first record was not written");
        await cancel.CancelAsync();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(run, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(1, output.Records);
    }

    /// <summary>Numbered lines: every fifth one bad, some with titles, targets, escapes and non-ASCII text.</summary>
    private static string MixedInput(int count)
    {
        string[] texts = ["Microsoft shares plunged after a profit warning.", "Revenue rose strongly at Apple.", "The meeting is on Tuesday.", "Nestlé's \"margin\" fell.", string.Empty];
        var input = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var text = JsonSerializer.Serialize(texts[i % texts.Length] + new string('.', i % 3));
            var line = (i % 5) switch
            {
                0 => $"{{\"id\": {i}, \"text\": {text}}}",
                1 => $"{{\"id\": {i}, \"title\": \"Update\", \"text\": {text}}}",
                2 => $"{{\"id\": {i}, \"text\": {text}, \"targets\": [\"Microsoft\", \"Apple\"]}}",
                3 => $"{{\"id\": {i}, \"text\": {text}}}\n",
                _ => $"{{\"id\": {i}, \"text\": 5}}",
            };
            input.Append(CultureInfo.InvariantCulture, $"{line}\n");
        }

        return input.ToString();
    }

    private static (string Output, JsonlRunSummary Summary) Run(string input, int parallel, int chunkLines)
    {
        using var output = new MemoryStream();
        var summary = new JsonlProcessor(Analyzer, parallel, 1000, chunkLines).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        return (Encoding.UTF8.GetString(output.ToArray()), summary);
    }

    /// <summary>The real analyzer, except that one text throws.</summary>
    private sealed class ThrowingAnalyzer(ISentimentAnalyzer inner, string failing) : ISentimentAnalyzer
    {
        public SentimentResult Analyze(string text) => text == failing ? throw new InvalidOperationException("boom") : inner.Analyze(text);

        public SentimentResult Analyze(NewsArticle article) => inner.Analyze(article);

        public SentimentResult Analyze(string text, IReadOnlyList<SentimentTarget> targets) => inner.Analyze(text, targets);

        public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => inner.AnalyzeBatch(texts, cancellationToken);

        public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<NewsArticle> articles, CancellationToken cancellationToken = default) => inner.AnalyzeBatch(articles, cancellationToken);
    }

    /// <summary>Counts the records written (their line ends) and signals each one.</summary>
    private sealed class RecordCountingStream : MemoryStream
    {
        private int _records;

        public int Records => Volatile.Read(ref _records);

        public SemaphoreSlim Written { get; } = new(0);

        // A derived MemoryStream's span overload comes here too.
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            var records = buffer.AsSpan(offset, count).Count((byte)'\n');
            Interlocked.Add(ref _records, records);
            if (records > 0)
            {
                Written.Release(records);
            }
        }
    }

    /// <summary>
    /// A pipe fed one line at a time, as "tail -f" would: each line after the first is given only once the record of the line
    /// before it has been written (or, if it never is, after ten seconds).
    /// </summary>
    private sealed class SlowStream(string[] lines, RecordCountingStream output) : PipeStream
    {
        private int _next;

        public bool EveryLineWaitedForTheRecordBefore { get; private set; } = true;

        public override int Read(Span<byte> buffer)
        {
            if (_next == lines.Length)
            {
                return 0;
            }

            if (_next > 0)
            {
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (output.Records < _next && DateTime.UtcNow < deadline)
                {
                    output.Written.Wait(TimeSpan.FromMilliseconds(100));
                }

                EveryLineWaitedForTheRecordBefore &= output.Records >= _next;
            }

            return Encoding.UTF8.GetBytes(lines[_next++], buffer);
        }
    }

    /// <summary>
    /// A pipe fed one line every <paramref name="interval"/> (the first at once with <paramref name="firstWithoutWait"/>),
    /// whatever is written meanwhile; notes how many records <paramref name="output"/> held when it gave its last line.
    /// </summary>
    private sealed class SteadyStream(string[] lines, TimeSpan interval, RecordCountingStream output, bool firstWithoutWait = false) : PipeStream
    {
        private int _next;

        public int RecordsWhenLastLineWasGiven { get; private set; } = -1;

        public override int Read(Span<byte> buffer)
        {
            if (_next == lines.Length)
            {
                return 0;
            }

            if (!(firstWithoutWait && _next == 0))
            {
                Thread.Sleep(interval);
            }

            if (_next == lines.Length - 1)
            {
                RecordsWhenLastLineWasGiven = output.Records;
            }

            return Encoding.UTF8.GetBytes(lines[_next++], buffer);
        }
    }

    /// <summary>A stream that can only be read, and cannot seek, as a pipe; the lines it gives are up to the class.</summary>
    private abstract class PipeStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public abstract override int Read(Span<byte> buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Cancels the token once a number of bytes has been read, as Ctrl+C would in the middle of a run.</summary>
    private sealed class CancellingStream(byte[] data, int cancelAfter, CancellationTokenSource cancel) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer)
        {
            if (Position >= cancelAfter)
            {
                cancel.Cancel();
            }

            return base.Read(buffer[..Math.Min(buffer.Length, 4096)]);
        }
    }
}
