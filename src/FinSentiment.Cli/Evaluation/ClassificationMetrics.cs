namespace FinSentiment.Cli.Evaluation;

/// <summary>
/// A 3-class confusion matrix (rows gold, columns predicted; classes negative, neutral, positive) and the metrics
/// computed from it. Every ratio with a zero denominator is 0 (a class never predicted has precision 0), and
/// macro-F1 is the plain mean of the three per-class F1 scores.
/// </summary>
internal sealed class ClassificationMetrics
{
    private readonly int[,] _matrix;

    public ClassificationMetrics()
    {
        _matrix = new int[3, 3];
    }

    /// <summary>Creates metrics from counts indexed <c>[gold, predicted]</c> in <see cref="Classes"/> order.</summary>
    public ClassificationMetrics(int[,] confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        if (confusion.GetLength(0) != 3 || confusion.GetLength(1) != 3)
        {
            throw new ArgumentException("The confusion matrix must be 3 x 3.", nameof(confusion));
        }

        _matrix = new int[3, 3];
        for (var g = 0; g < 3; g++)
        {
            for (var p = 0; p < 3; p++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(confusion[g, p], nameof(confusion));
                _matrix[g, p] = confusion[g, p];
                Total += confusion[g, p];
            }
        }
    }

    /// <summary>Gets the classes in matrix order.</summary>
    public static IReadOnlyList<Polarity> Classes { get; } = [Polarity.Negative, Polarity.Neutral, Polarity.Positive];

    public int Total { get; private set; }

    public int Correct => _matrix[0, 0] + _matrix[1, 1] + _matrix[2, 2];

    public double Accuracy => Ratio(Correct, Total);

    public double MacroF1 => (F1(Polarity.Negative) + F1(Polarity.Neutral) + F1(Polarity.Positive)) / 3;

    /// <summary>Gets the count of rows with gold class <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    public int this[Polarity gold, Polarity predicted] => _matrix[Index(gold), Index(predicted)];

    public static int Index(Polarity polarity) => polarity switch
    {
        Polarity.Negative => 0,
        Polarity.Neutral => 1,
        Polarity.Positive => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Not a polarity."),
    };

    public void Add(Polarity gold, Polarity predicted)
    {
        _matrix[Index(gold), Index(predicted)]++;
        Total++;
    }

    /// <summary>The number of rows whose gold class is <paramref name="polarity"/>.</summary>
    public int Support(Polarity polarity)
    {
        var g = Index(polarity);
        return _matrix[g, 0] + _matrix[g, 1] + _matrix[g, 2];
    }

    /// <summary>The number of rows predicted as <paramref name="polarity"/>.</summary>
    public int Predicted(Polarity polarity)
    {
        var p = Index(polarity);
        return _matrix[0, p] + _matrix[1, p] + _matrix[2, p];
    }

    public double Precision(Polarity polarity) => Ratio(_matrix[Index(polarity), Index(polarity)], Predicted(polarity));

    public double Recall(Polarity polarity) => Ratio(_matrix[Index(polarity), Index(polarity)], Support(polarity));

    public double F1(Polarity polarity)
    {
        var precision = Precision(polarity);
        var recall = Recall(polarity);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
