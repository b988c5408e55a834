using FinSentiment.Cli.CommandLine;

namespace FinSentiment.Cli.Commands;

/// <summary>Creates the one analyzer a command uses.</summary>
internal static class AnalyzerFactory
{
    public static SentimentAnalyzer Create(string? scaleName, int maxDegreeOfParallelism)
    {
        if (scaleName is not null && !LabelScale.TryGetBuiltIn(scaleName, out _))
        {
            throw new UsageException($"unknown scale '{scaleName}' (use 'default' or 'alphavantage')");
        }

        return SentimentAnalyzer.Create(new FinSentimentOptions
        {
            LabelScaleName = scaleName,
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        });
    }
}
