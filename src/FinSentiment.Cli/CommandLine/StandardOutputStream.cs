using Microsoft.Win32.SafeHandles;

namespace FinSentiment.Cli.CommandLine;

/// <summary>
/// Wraps standard output so that a write to a pipe whose reader went away (EPIPE, `| head`) surfaces as
/// <see cref="OutputClosedException"/>, which the entry point turns into a quiet exit instead of a stack trace. Any other
/// write failure (a full disk, an I/O error) stays an <see cref="IOException"/>: the command fails with exit code 1.
/// </summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    // EPIPE on Linux and macOS (the errno is the HResult of .NET's Unix I/O errors); ERROR_BROKEN_PIPE and ERROR_NO_DATA on Windows.
    private const int UnixBrokenPipe = 32;
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D);
    private const int WindowsNoData = unchecked((int)0x800700E8);

    /// <summary>
    /// The process's standard output. On Unix, when it is a pipe, it is file descriptor 1 itself: the console stream .NET offers
    /// there drops a write to a closed pipe without an error, so `| head` would not stop the run. A file (`> out`, or a shell
    /// block writing several commands into one) keeps the console stream, which writes at the descriptor's shared offset; a
    /// file stream would keep its own position and write over what came before.
    /// </summary>
    public static Stream OpenProcessOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        bool seekable;
        try
        {
            // A probe of its own: disposing a file stream disposes its handle object (not the descriptor, which it does not own).
            using var probe = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            seekable = probe.CanSeek;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput();
        }

        return seekable ? Console.OpenStandardOutput() : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    }

    /// <summary>Whether a write failed because the reader of the pipe went away.</summary>
    internal static bool IsBrokenPipe(IOException exception) =>
        exception.HResult is UnixBrokenPipe or WindowsBrokenPipe or WindowsNoData;

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
        catch (IOException ex) when (IsBrokenPipe(ex))
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
        catch (IOException ex) when (IsBrokenPipe(ex))
        {
            throw new OutputClosedException("Standard output is closed.", ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
