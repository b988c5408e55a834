namespace FinSentiment.Cli.CommandLine;

/// <summary>Standard output was closed by the reader (for example a pipe into <c>head</c>): the command stops quietly.</summary>
internal sealed class OutputClosedException : IOException
{
    public OutputClosedException()
    {
    }

    public OutputClosedException(string message)
        : base(message)
    {
    }

    public OutputClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
