namespace FinSentiment.Cli.Evaluation;

/// <summary>The outcome of one evaluation run, ready for the text, JSON or Markdown writers.</summary>
internal sealed record EvalReport(
    string FileName,
    long LinesRead,
    int Targeted,
    bool WholeText,
    double? MinAgreement,
    SkipCounter Invalid,
    SkipCounter Filtered,
    ClassificationMetrics Metrics,
    int MissCount,
    IReadOnlyList<EvalMiss> WorstMisses);
