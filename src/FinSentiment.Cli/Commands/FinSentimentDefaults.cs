namespace FinSentiment.Cli.Commands;

/// <summary>Library defaults the CLI checks before calling the analyzer, so that it can word the error itself.</summary>
internal static class FinSentimentDefaults
{
    public static readonly int MaxTextLength = new FinSentimentOptions().MaxTextLength;
}
