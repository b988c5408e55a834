namespace FinSentiment;

/// <summary>One band of a <see cref="LabelScale"/>: scores at or beyond <paramref name="Threshold"/> (away from zero) take <paramref name="Label"/>.</summary>
/// <param name="Threshold">A non-zero threshold in [-1, 1]; negative for negative bands.</param>
/// <param name="Label">The label.</param>
public sealed record LabelBand(double Threshold, string Label);
