namespace FinSentiment.Cli.Evaluation;

/// <summary>
/// Scores evaluation rows with one analyzer: rows with a target use targeted analysis and the target's polarity
/// (unless whole-text mode is on), the rest the overall polarity.
/// </summary>
internal sealed class Evaluator(ISentimentAnalyzer analyzer, int maxDegreeOfParallelism, bool wholeText)
{
    private const int ExplanationsPerMiss = 3;

    public (ClassificationMetrics Metrics, List<EvalMiss> Misses, int Targeted) Evaluate(IReadOnlyList<EvalRow> rows, SkipCounter failures)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(failures);
        var predictions = new Prediction?[rows.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, rows.Count, options, i => predictions[i] = Predict(rows[i]));

        var metrics = new ClassificationMetrics();
        var misses = new List<EvalMiss>();
        var targeted = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var prediction = predictions[i]!;
            if (prediction.Error is not null)
            {
                failures.Add(prediction.Error, row.Line);
                continue;
            }

            if (prediction.Targeted)
            {
                targeted++;
            }

            metrics.Add(row.Gold, prediction.Polarity);
            if (prediction.Polarity != row.Gold)
            {
                misses.Add(new EvalMiss(row, prediction.Polarity, prediction.Score, prediction.Explanations));
            }
        }

        misses.Sort(EvalMiss.CompareWorstFirst);
        return (metrics, misses, targeted);
    }

    private Prediction Predict(EvalRow row)
    {
        try
        {
            if (row.Target is not null && !wholeText)
            {
                var result = analyzer.Analyze(row.Text, [new SentimentTarget(row.Target)]);
                var target = result.Targets[0];
                return new Prediction(target.Polarity, target.Score, Explanations(result), Targeted: true, Error: null);
            }

            var overall = analyzer.Analyze(row.Text);
            return new Prediction(overall.Polarity, overall.Score, Explanations(overall), Targeted: false, Error: null);
        }
        catch (ArgumentException)
        {
            return new Prediction(Polarity.Neutral, 0, [], Targeted: false, Error: "analysis failed (text too long?)");
        }
    }

    private static string[] Explanations(SentimentResult result)
    {
        var count = Math.Min(ExplanationsPerMiss, result.Evidence.Count);
        var explanations = new string[count];
        for (var i = 0; i < count; i++)
        {
            explanations[i] = result.Evidence[i].Explanation;
        }

        return explanations;
    }

    private sealed record Prediction(Polarity Polarity, double Score, IReadOnlyList<string> Explanations, bool Targeted, string? Error);
}
