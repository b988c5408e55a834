namespace FinSentiment.Cli.CommandLine;

/// <summary>A user error other than usage (a missing file, unreadable input): one line on standard error, exit code 1.</summary>
internal sealed class CommandException : Exception
{
    public CommandException()
    {
    }

    public CommandException(string message)
        : base(message)
    {
    }

    public CommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
