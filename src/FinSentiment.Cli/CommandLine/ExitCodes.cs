namespace FinSentiment.Cli.CommandLine;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A missing or unreadable file, or (JSONL) at least one line that could not be analysed.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
}
