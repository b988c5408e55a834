namespace FinSentiment.Cli.CommandLine;

/// <summary>Opens command inputs (<c>-</c> is standard input) and outputs, turning I/O failures into one-line errors.</summary>
internal static class InputFiles
{
    public const string StandardStream = "-";

    public static Stream OpenRead(string path, CliConsole console)
    {
        if (path == StandardStream)
        {
            return new NonClosingStream(console.Input);
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("an input path is empty");
        }

        if (Directory.Exists(path))
        {
            throw new CommandException($"cannot read '{path}': it is a directory");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        }
        catch (FileNotFoundException)
        {
            throw new CommandException($"cannot read '{path}': no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CommandException($"cannot read '{path}': no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot read '{path}': {ex.Message}");
        }
    }

    public static byte[] ReadAllBytes(string path, CliConsole console)
    {
        using var stream = OpenRead(path, console);
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot read '{path}': {ex.Message}");
        }
    }

    public static Stream OpenWrite(string path, CliConsole console)
    {
        if (path == StandardStream)
        {
            return new NonClosingStream(console.Output);
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("an output path is empty");
        }

        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot write '{path}': {ex.Message}");
        }
    }

    /// <summary>Lets a command dispose what it opened without closing the console's streams.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
