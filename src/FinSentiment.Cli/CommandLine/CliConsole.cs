using System.Text;

namespace FinSentiment.Cli.CommandLine;

/// <summary>
/// The standard streams of one run. Text output goes through <see cref="Out"/> (UTF-8, no BOM); binary output
/// (JSONL) writes to <see cref="Output"/> after flushing <see cref="Out"/>. Tests pass memory streams.
/// </summary>
internal sealed class CliConsole : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private StreamWriter? _out;

    public CliConsole(Stream input, Stream output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Input = input;
        Output = new StandardOutputStream(output);
        Error = error;
    }

    public Stream Input { get; }

    /// <summary>Standard output as bytes; a write to a closed pipe throws <see cref="OutputClosedException"/>.</summary>
    public Stream Output { get; }

    public TextWriter Out => _out ??= new StreamWriter(Output, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };

    public TextWriter Error { get; }

    public static UTF8Encoding Utf8 => Utf8NoBom;

    /// <summary>Writes one error line (<c>finsentiment: error: ...</c>) to standard error.</summary>
    public void WriteError(string message) => Error.WriteLine("finsentiment: error: " + message);

    /// <summary>Writes one warning line to standard error.</summary>
    public void WriteWarning(string message) => Error.WriteLine("finsentiment: warning: " + message);

    /// <summary>Flushes buffered text output.</summary>
    public void Flush()
    {
        _out?.Flush();
        Output.Flush();
    }

    public void Dispose()
    {
        // The text writer only buffers; the streams belong to the caller.
        try
        {
            _out?.Dispose();
        }
        catch (IOException)
        {
            // A closed pipe takes nothing more (dropping the rest is the intent), and a failed write was reported already.
        }

        _out = null;
    }
}
