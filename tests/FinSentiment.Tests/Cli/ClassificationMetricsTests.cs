using FinSentiment.Cli.Evaluation;

namespace FinSentiment.Tests.Cli;

public class ClassificationMetricsTests
{
    private const int Precision = 6;

    // rows gold, columns predicted (negative, neutral, positive); positive is never predicted.
    private static readonly int[,] NeverPositive = { { 2, 1, 0 }, { 1, 3, 0 }, { 0, 2, 0 } };

    [Fact]
    public void Accuracy_is_the_diagonal_over_the_total()
    {
        var metrics = new ClassificationMetrics(NeverPositive);

        Assert.Equal(9, metrics.Total);
        Assert.Equal(5, metrics.Correct);
        Assert.Equal(5.0 / 9, metrics.Accuracy, Precision);
    }

    [Fact]
    public void Per_class_metrics_match_hand_computation()
    {
        var metrics = new ClassificationMetrics(NeverPositive);

        Assert.Equal(2.0 / 3, metrics.Precision(Polarity.Negative), Precision);
        Assert.Equal(2.0 / 3, metrics.Recall(Polarity.Negative), Precision);
        Assert.Equal(2.0 / 3, metrics.F1(Polarity.Negative), Precision);
        Assert.Equal(3, metrics.Support(Polarity.Negative));

        Assert.Equal(0.5, metrics.Precision(Polarity.Neutral), Precision);
        Assert.Equal(0.75, metrics.Recall(Polarity.Neutral), Precision);
        Assert.Equal(0.6, metrics.F1(Polarity.Neutral), Precision);
        Assert.Equal(6, metrics.Predicted(Polarity.Neutral));
    }

    [Fact]
    public void A_class_never_predicted_scores_zero_not_NaN()
    {
        var metrics = new ClassificationMetrics(NeverPositive);

        Assert.Equal(0, metrics.Predicted(Polarity.Positive));
        Assert.Equal(2, metrics.Support(Polarity.Positive));
        Assert.Equal(0, metrics.Precision(Polarity.Positive));
        Assert.Equal(0, metrics.Recall(Polarity.Positive));
        Assert.Equal(0, metrics.F1(Polarity.Positive));
        Assert.Equal(((2.0 / 3) + 0.6 + 0) / 3, metrics.MacroF1, Precision);
    }

    [Fact]
    public void A_perfect_matrix_scores_one()
    {
        var metrics = new ClassificationMetrics(new[,] { { 1, 0, 0 }, { 0, 2, 0 }, { 0, 0, 3 } });

        Assert.Equal(1, metrics.Accuracy);
        Assert.Equal(1, metrics.MacroF1);
    }

    [Fact]
    public void An_empty_matrix_scores_zero()
    {
        var metrics = new ClassificationMetrics();

        Assert.Equal(0, metrics.Accuracy);
        Assert.Equal(0, metrics.MacroF1);
        Assert.Equal(0, metrics.Precision(Polarity.Neutral));
    }

    [Fact]
    public void Adding_pairs_fills_the_matrix_gold_by_predicted()
    {
        var metrics = new ClassificationMetrics();
        metrics.Add(Polarity.Positive, Polarity.Negative);
        metrics.Add(Polarity.Positive, Polarity.Negative);
        metrics.Add(Polarity.Neutral, Polarity.Neutral);

        Assert.Equal(2, metrics[Polarity.Positive, Polarity.Negative]);
        Assert.Equal(0, metrics[Polarity.Negative, Polarity.Positive]);
        Assert.Equal(1, metrics[Polarity.Neutral, Polarity.Neutral]);
        Assert.Equal(3, metrics.Total);
    }

    [Fact]
    public void The_matrix_must_be_three_by_three()
    {
        Assert.Throws<ArgumentException>(() => new ClassificationMetrics(new int[2, 3]));
    }

    [Fact]
    public void Misses_order_by_confidence_then_opposite_polarity_then_file_order()
    {
        var neutralMiss = Miss(1, Polarity.Neutral, Polarity.Positive, 0.5);
        var oppositeMiss = Miss(2, Polarity.Negative, Polarity.Positive, 0.5);
        var confident = Miss(3, Polarity.Neutral, Polarity.Negative, -0.9);
        var weak = Miss(4, Polarity.Positive, Polarity.Neutral, 0.05);
        var later = Miss(5, Polarity.Neutral, Polarity.Positive, 0.5);
        var misses = new List<EvalMiss> { weak, later, neutralMiss, oppositeMiss, confident };

        misses.Sort(EvalMiss.CompareWorstFirst);

        Assert.Equal([confident, oppositeMiss, neutralMiss, later, weak], misses);
    }

    private static EvalMiss Miss(long line, Polarity gold, Polarity predicted, double score) =>
        new(new EvalRow(line, "r" + line, "text", gold, null, null), predicted, score, []);
}
