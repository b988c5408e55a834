namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes (no decoding, no string per line). Lines end at <c>\n</c>; a
/// trailing <c>\r</c> and a UTF-8 BOM at the start of the stream are dropped. Memory grows only to the longest line.
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private const int InitialSize = 64 * 1024;
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = new byte[InitialSize];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _endOfStream;

    /// <summary>Gets the 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

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
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
    }
}
