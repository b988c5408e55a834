namespace FinSentiment.Cli.CommandLine;

/// <summary>
/// Wraps standard output so that a failed write (EPIPE when the reader went away) surfaces as
/// <see cref="OutputClosedException"/>, which the entry point turns into a quiet exit instead of a stack trace.
/// </summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex)
        {
            throw new OutputClosedException("Standard output is closed.", ex);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException ex)
        {
            throw new OutputClosedException("Standard output is closed.", ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
