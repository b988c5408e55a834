namespace FinSentiment.Cli.Evaluation;

/// <summary>One usable row of an evaluation file.</summary>
internal sealed record EvalRow(long Line, string Id, string Text, Polarity Gold, string? Target, double? Agreement);
