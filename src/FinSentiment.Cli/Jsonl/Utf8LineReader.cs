using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes (no decoding, no string per line). Lines end at <c>\n</c>; a
/// trailing <c>\r</c> and a UTF-8 BOM at the start of the stream are dropped. Memory grows only to the longest line.
/// </summary>
/// <remarks>
/// With <c>readAhead</c>, a thread of the reader's own reads the stream ahead (at most <see cref="BlocksAhead"/> blocks), so
/// that <see cref="WaitForLine"/> can give up on a slow stream ("tail -f") without losing a read, and <c>whileWaiting</c>
/// is called on the calling thread, at least every <see cref="WaitSlice"/>, while it waits for data (the caller has
/// records to write meanwhile); <c>cancellationToken</c> stops such a wait. Without it, the stream is read on the calling
/// thread.
/// </remarks>
internal sealed class Utf8LineReader : IDisposable
{
    /// <summary>How long a chunk read ahead stays open after its first line, and how long a read waits between calls of the wait callback.</summary>
    public static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(50);

    /// <summary>The most blocks the reading thread reads ahead of the lines taken: memory stays flat for any input.</summary>
    public const int BlocksAhead = 16;

    private const int InitialSize = 64 * 1024;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly Action? _whileWaiting;

    /// <summary>
    /// The blocks the reading thread has read, rented from the shared pool (a count of 0 at the end, or the exception it met);
    /// null without one.
    /// </summary>
    private readonly BlockingCollection<(byte[] Data, int Count, Exception? Error)>? _blocks;

    private readonly CancellationToken _cancellationToken;

    private byte[] _buffer = new byte[InitialSize];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _endOfStream;

    /// <summary>Creates a reader of <paramref name="stream"/>; see the remarks for the other parameters.</summary>
    public Utf8LineReader(Stream stream, bool readAhead = false, Action? whileWaiting = null, CancellationToken cancellationToken = default)
    {
        _stream = stream;
        _whileWaiting = whileWaiting;
        _cancellationToken = cancellationToken;
        if (readAhead)
        {
            _blocks = new BlockingCollection<(byte[], int, Exception?)>(BlocksAhead);
            new Thread(Pump) { IsBackground = true, Name = "FinSentiment JSONL reader" }.Start();
        }
    }

    /// <summary>Gets the 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets a value indicating whether a thread of the reader's own reads ahead (see the remarks).</summary>
    public bool ReadsAhead => _blocks is not null;

    /// <summary>
    /// Waits until <paramref name="deadline"/> (an <see cref="Environment.TickCount64"/>) for the next line to be buffered, or
    /// the stream to end; false if it is still to come. Without a reading thread, true at once (the next read simply waits).
    /// </summary>
    /// <exception cref="OperationCanceledException">The reader's cancellation token was cancelled.</exception>
    public bool WaitForLine(long deadline)
    {
        if (_blocks is null)
        {
            return true;
        }

        while (!HasBufferedLine)
        {
            var left = deadline - Environment.TickCount64;
            if (left <= 0 || !_blocks.TryTake(out var block, (int)Math.Min(left, int.MaxValue), _cancellationToken))
            {
                return false;
            }

            Append(block);
        }

        return true;
    }

    /// <summary>Reads the next line; the span is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = _scanned - _start + newline;
                line = Complete(_buffer.AsSpan(_start, length));
                _start += length + 1;
                _scanned = _start;
                return true;
            }

            _scanned = _end;
            if (_endOfStream)
            {
                if (_start < _end)
                {
                    line = Complete(_buffer.AsSpan(_start, _end - _start));
                    _start = _scanned = _end;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    /// <summary>
    /// Stops the reading thread at its next block (a read it is waiting on cannot be interrupted: the thread is a background
    /// one, and ends with the process or when that read returns).
    /// </summary>
    public void Dispose() => _blocks?.CompleteAdding();

    /// <summary>Whether the next line can be returned without reading: a whole line is buffered, or the stream has ended.</summary>
    private bool HasBufferedLine => _endOfStream || _buffer.AsSpan(_scanned, _end - _scanned).Contains((byte)'\n');

    private ReadOnlySpan<byte> Complete(ReadOnlySpan<byte> line)
    {
        LineNumber++;
        if (LineNumber == 1 && line.StartsWith(Utf8Bom))
        {
            line = line[Utf8Bom.Length..];
        }

        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }

    private void Fill()
    {
        if (_blocks is null)
        {
            MakeRoom(1);
            var read = _stream.Read(_buffer.AsSpan(_end));
            _endOfStream = read == 0;
            _end += read;
            return;
        }

        (byte[] Data, int Count, Exception? Error) block;
        while (!_blocks.TryTake(out block, (int)WaitSlice.TotalMilliseconds, _cancellationToken))
        {
            _whileWaiting?.Invoke();
        }

        Append(block);
    }

    /// <summary>Adds a block from the reading thread to the buffer; rethrows what the thread met.</summary>
    private void Append((byte[] Data, int Count, Exception? Error) block)
    {
        try
        {
            if (block.Error is not null)
            {
                ExceptionDispatchInfo.Throw(block.Error);
            }

            if (block.Count == 0)
            {
                _endOfStream = true;
                return;
            }

            MakeRoom(block.Count);
            block.Data.AsSpan(0, block.Count).CopyTo(_buffer.AsSpan(_end));
            _end += block.Count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block.Data);
        }
    }

    /// <summary>Moves the unread bytes to the front of the buffer, and grows it until <paramref name="needed"/> bytes fit after them.</summary>
    private void MakeRoom(int needed)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        while (_buffer.Length - _end < needed)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    /// <summary>The reading thread: reads blocks until the end of the stream, a failure, or <see cref="Dispose"/>.</summary>
    private void Pump()
    {
        try
        {
            while (true)
            {
                var data = ArrayPool<byte>.Shared.Rent(InitialSize);
                int read;
                try
                {
                    read = _stream.Read(data);
                }
                catch (Exception ex)
                {
                    _blocks!.Add((data, 0, ex));
                    return;
                }

                _blocks!.Add((data, read, null));
                if (read == 0)
                {
                    return;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Disposed: the lines are no longer wanted.
        }
    }
}
