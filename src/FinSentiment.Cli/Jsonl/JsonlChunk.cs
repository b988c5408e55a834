namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// A run of consecutive input lines, copied out of the reader's buffer so that a worker can parse, analyse and serialise them
/// while the next lines are read; then the records written for them and the counts. Reused from chunk to chunk.
/// </summary>
internal sealed class JsonlChunk : IDisposable
{
    private const int InitialBytes = 64 * 1024;

    private readonly int _maxLines;
    private readonly int _maxBytes;

    // A chunk closes once it holds _maxBytes, so growing by doubling ends below twice that unless one line was longer than a
    // whole chunk: a buffer grown for such a line is given back instead of kept for the rest of the run. Keeping the buffers of
    // chunks closed by size matters for long articles: dropping them made every chunk allocate 64, 128, 256 and 512 KB again.
    private readonly int _maxRetainedBytes;
    private readonly (int Start, int Length, long LineNumber)[] _lines;
    private byte[] _bytes = new byte[InitialBytes];
    private int _byteCount;

    public JsonlChunk(int maxLines, int maxBytes, bool alphaVantage)
    {
        _maxLines = maxLines;
        _maxBytes = maxBytes;
        _maxRetainedBytes = Math.Max(4 * InitialBytes, 2 * maxBytes);
        _lines = new (int, int, long)[maxLines];
        Records = new JsonlRecordWriter(alphaVantage);
    }

    /// <summary>Gets the number of lines held.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a value indicating whether the chunk should be processed before another line is added.</summary>
    public bool IsFull => Count == _maxLines || _byteCount >= _maxBytes;

    /// <summary>Gets the output records of the lines, once processed.</summary>
    public JsonlRecordWriter Records { get; }

    public long Documents { get; set; }

    public long Bytes { get; set; }

    public long Failed { get; set; }

    public void Add(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (_bytes.Length - _byteCount < line.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + line.Length));
        }

        line.CopyTo(_bytes.AsSpan(_byteCount));
        _lines[Count++] = (_byteCount, line.Length, lineNumber);
        _byteCount += line.Length;
    }

    public ReadOnlySpan<byte> Line(int index, out long lineNumber)
    {
        var (start, length, number) = _lines[index];
        lineNumber = number;
        return _bytes.AsSpan(start, length);
    }

    /// <summary>Empties the chunk for the next lines.</summary>
    public void Reset()
    {
        Count = 0;
        _byteCount = 0;
        Documents = Bytes = Failed = 0;
        Records.Clear();
        if (_bytes.Length > _maxRetainedBytes)
        {
            _bytes = new byte[InitialBytes];
        }
    }

    public void Dispose() => Records.Dispose();
}
