namespace FinSentiment.Cli.Evaluation;

/// <summary>A wrong prediction, with the evidence explanations that drove it (strongest first).</summary>
internal sealed record EvalMiss(EvalRow Row, Polarity Predicted, double Score, IReadOnlyList<string> Explanations)
{
    /// <summary>Gets a value indicating whether gold and prediction are opposite (positive against negative).</summary>
    public bool IsOpposite => (Row.Gold == Polarity.Positive && Predicted == Polarity.Negative)
        || (Row.Gold == Polarity.Negative && Predicted == Polarity.Positive);

    /// <summary>Orders misses worst first: most confident (largest |score|), then opposite polarity, then file order.</summary>
    public static int CompareWorstFirst(EvalMiss? a, EvalMiss? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? 1 : -1;
        }

        var byConfidence = Math.Abs(b.Score).CompareTo(Math.Abs(a.Score));
        if (byConfidence != 0)
        {
            return byConfidence;
        }

        var byOpposite = b.IsOpposite.CompareTo(a.IsOpposite);
        return byOpposite != 0 ? byOpposite : a.Row.Line.CompareTo(b.Row.Line);
    }
}
