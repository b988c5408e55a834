using FinSentiment.Cli.CommandLine;

namespace FinSentiment.Cli.Commands;

/// <summary>Creates the one analyzer a command uses.</summary>
internal static class AnalyzerFactory
{
    public static SentimentAnalyzer Create(string? scaleName, int maxDegreeOfParallelism) =>
        Create(scaleName, maxDegreeOfParallelism, new FinSentimentOptions().MaxEvidence);

    /// <summary>Creates the analyzer, keeping at most <paramref name="maxEvidence"/> evidence items per result.</summary>
    public static SentimentAnalyzer Create(string? scaleName, int maxDegreeOfParallelism, int maxEvidence)
    {
        if (scaleName is not null && !LabelScale.TryGetBuiltIn(scaleName, out _))
        {
            throw new UsageException($"unknown scale '{scaleName}' (use 'default' or 'alphavantage')");
        }

        return SentimentAnalyzer.Create(new FinSentimentOptions
        {
            LabelScaleName = scaleName,
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
            MaxEvidence = maxEvidence,
        });
    }
}
