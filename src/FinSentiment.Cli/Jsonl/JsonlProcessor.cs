using System.Diagnostics;
using System.Text;

namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// Streams JSONL through the analyzer. The calling thread reads lines into chunks; a worker parses, analyses and serialises a
/// whole chunk on its own (one task per chunk, so the hand-offs are few and the serial part is only reading and writing); the
/// calling thread writes the finished chunks in input order. At most two chunks per worker (and never more than 64) are in
/// flight, so memory stays flat for any input size.
/// </summary>
internal sealed class JsonlProcessor
{
    /// <summary>
    /// The most lines in one chunk: about 5 ms of analysis for headlines on one core. With 256 the hand-offs (a task, waking the
    /// writing thread, which then takes a core from a worker) were about 400 per 100,000 lines, and a writing thread held up for
    /// a scheduler time slice on a busy machine let the workers run dry: runs were about 15% slower (median, in process).
    /// </summary>
    public const int DefaultChunkLines = 1024;

    /// <summary>The input bytes after which a chunk is closed early, so that chunks of long articles stay small.</summary>
    private const int ChunkBytes = 256 * 1024;

    /// <summary>
    /// The most chunks in flight whatever <c>--parallel</c> says (about 0.5 MB each for headlines), so that a large value on a
    /// small machine cannot make the run hold thousands of chunks.
    /// </summary>
    private const int MaxChunksInFlight = 64;

    private readonly ISentimentAnalyzer _analyzer;
    private readonly int _maxTextLength;
    private readonly int _maxDegreeOfParallelism;
    private readonly int _chunkLines;

    public JsonlProcessor(ISentimentAnalyzer analyzer, int maxDegreeOfParallelism, int maxTextLength, int chunkLines = DefaultChunkLines)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkLines, 1);
        _analyzer = analyzer;
        _maxTextLength = maxTextLength;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _chunkLines = chunkLines;
    }

    /// <summary>Gets a value indicating whether result lines use the Alpha Vantage shape (<c>--format alphavantage</c>).</summary>
    public bool AlphaVantage { get; init; }

    /// <summary>Processes <paramref name="input"/> to <paramref name="output"/>; read, write and analysis failures propagate.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the records of the chunks
    /// finished before it are written.</exception>
    public JsonlRunSummary Run(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        // The whole run is timed, not only the analysis calls: reading, parsing and writing are part of what the command costs.
        var stopwatch = Stopwatch.StartNew();
        // A stream that cannot seek (a pipe, standard input, a device) may be a slow one ("tail -f"): it is read ahead on a
        // thread of its own, a chunk closes within WaitSlice of its first line, and finished chunks are written while a read
        // waits, so that records follow their lines; a file is read in full chunks.
        var readAhead = !input.CanSeek;
        var totals = new JsonlRunSummary();
        if (_maxDegreeOfParallelism == 1)
        {
            using var reader = new Utf8LineReader(input, readAhead, cancellationToken: cancellationToken);
            RunSequential(reader, output, ref totals, cancellationToken);
        }
        else
        {
            RunParallel(input, readAhead, output, ref totals, cancellationToken);
        }

        return totals with { Elapsed = stopwatch.Elapsed };
    }

    private void RunSequential(Utf8LineReader reader, Stream output, ref JsonlRunSummary totals, CancellationToken cancellationToken)
    {
        using var chunk = NewChunk();
        while (Fill(reader, chunk))
        {
            Process(chunk, cancellationToken);
            Write(chunk, output, ref totals);
        }
    }

    private void RunParallel(Stream input, bool readAhead, Stream output, ref JsonlRunSummary totals, CancellationToken cancellationToken)
    {
        // The scheduler keeps --parallel a true limit however many cores the thread pool has.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, _maxDegreeOfParallelism).ConcurrentScheduler;
        var window = Math.Min(2 * _maxDegreeOfParallelism, MaxChunksInFlight);
        var pending = new Queue<(JsonlChunk Chunk, Task Work)>(window);
        var free = new Stack<JsonlChunk>(window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var sums = totals;

        // While a read of a slow stream waits, the chunks already finished are written (this thread is the only writer).
        using var reader = new Utf8LineReader(input, readAhead, WriteFinished, token);
        try
        {
            while (true)
            {
                token.ThrowIfCancellationRequested();
                var chunk = free.Count > 0 ? free.Pop() : NewChunk();
                if (!Fill(reader, chunk))
                {
                    free.Push(chunk);
                    break;
                }

                pending.Enqueue((chunk, Task.Factory.StartNew(() => Process(chunk, token), token, TaskCreationOptions.DenyChildAttach, scheduler)));
                if (pending.Count == window)
                {
                    free.Push(WriteOldest(pending, output, ref sums));
                }

                // Chunks already finished are written now rather than when the window is full: records reach a slow reader sooner.
                WriteFinished();
            }

            while (pending.Count > 0)
            {
                free.Push(WriteOldest(pending, output, ref sums));
            }

            totals = sums;
        }
        catch
        {
            // Stop the chunks still in flight before the failure leaves: they use the analyzer and buffers of this run.
            stop.Cancel();
            foreach (var (_, work) in pending)
            {
                // Waits without rethrowing: the failure already in hand is the one to report.
                work.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            }

            throw;
        }
        finally
        {
            foreach (var (chunk, _) in pending)
            {
                chunk.Dispose();
            }

            foreach (var chunk in free)
            {
                chunk.Dispose();
            }
        }

        void WriteFinished()
        {
            while (pending.Count > 0 && pending.Peek().Work.IsCompleted)
            {
                free.Push(WriteOldest(pending, output, ref sums));
            }
        }
    }

    private JsonlChunk NewChunk() => new(_chunkLines, ChunkBytes, AlphaVantage);

    /// <summary>
    /// Reads the next non-empty lines into <paramref name="chunk"/> until it is full or, when the reader reads ahead,
    /// <see cref="Utf8LineReader.WaitSlice"/> after its first line (however steadily lines come); false at the end of the
    /// input.
    /// </summary>
    private static bool Fill(Utf8LineReader reader, JsonlChunk chunk)
    {
        var closeAt = long.MaxValue;
        while (!chunk.IsFull)
        {
            if (chunk.Count > 0 && reader.ReadsAhead && !reader.WaitForLine(closeAt))
            {
                break; // the chunk's time is up, or no line came in it
            }

            if (!reader.TryReadLine(out var line))
            {
                break;
            }

            if (!line.Trim(" \t\r\f\v"u8).IsEmpty)
            {
                if (chunk.Count == 0)
                {
                    closeAt = Environment.TickCount64 + (long)Utf8LineReader.WaitSlice.TotalMilliseconds;
                }

                chunk.Add(line, reader.LineNumber);
            }
        }

        return chunk.Count > 0;
    }

    private static JsonlChunk WriteOldest(Queue<(JsonlChunk Chunk, Task Work)> pending, Stream output, ref JsonlRunSummary totals)
    {
        var (chunk, work) = pending.Peek();

        // Rethrows a worker's exception as it was thrown (GetResult does not wrap it in an AggregateException).
        work.GetAwaiter().GetResult();
        pending.Dequeue();
        Write(chunk, output, ref totals);
        return chunk;
    }

    private static void Write(JsonlChunk chunk, Stream output, ref JsonlRunSummary totals)
    {
        output.Write(chunk.Records.Written);
        output.Flush();
        totals = totals with
        {
            Documents = totals.Documents + chunk.Documents,
            Bytes = totals.Bytes + chunk.Bytes,
            Failed = totals.Failed + chunk.Failed,
        };
        chunk.Reset();
    }

    private void Process(JsonlChunk chunk, CancellationToken cancellationToken)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = JsonlItemParser.Parse(chunk.Line(i, out var lineNumber), lineNumber);
            Analyze(item);
            chunk.Records.Write(item);
            if (item.Error is null)
            {
                chunk.Documents++;
                chunk.Bytes += item.Utf8Bytes;
            }
            else
            {
                chunk.Failed++;
            }
        }
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
