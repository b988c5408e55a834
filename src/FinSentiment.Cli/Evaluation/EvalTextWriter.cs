using System.Globalization;
using FinSentiment.Cli.Commands;

namespace FinSentiment.Cli.Evaluation;

/// <summary>The readable evaluation report.</summary>
internal static class EvalTextWriter
{
    public const int MaxTextLength = 200;

    public static void Write(TextWriter output, EvalReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var metrics = report.Metrics;
        output.WriteLine(string.Create(inv, $"File:       {report.FileName}"));
        output.WriteLine(string.Create(inv, $"Rows:       {report.LinesRead} read, {metrics.Total} evaluated ({report.Targeted} for a target{(report.WholeText ? "; --whole-text" : string.Empty)}), {report.Filtered.Total} filtered, {report.Invalid.Total} skipped"));
        WriteReasons(output, "filtered", report.Filtered);
        WriteReasons(output, "skipped", report.Invalid);
        output.WriteLine(string.Create(inv, $"Accuracy:   {metrics.Accuracy:0.0000} ({metrics.Correct}/{metrics.Total})"));
        output.WriteLine(string.Create(inv, $"Macro-F1:   {metrics.MacroF1:0.0000}"));
        output.WriteLine();

        output.WriteLine("  class      precision  recall      F1  support  predicted");
        foreach (var polarity in ClassificationMetrics.Classes)
        {
            output.WriteLine(string.Create(inv, $"  {Name(polarity),-9}  {metrics.Precision(polarity),9:0.0000}  {metrics.Recall(polarity),6:0.0000}  {metrics.F1(polarity),6:0.0000}  {metrics.Support(polarity),7}  {metrics.Predicted(polarity),9}"));
        }

        output.WriteLine();
        output.WriteLine("Confusion matrix (rows gold, columns predicted):");
        output.WriteLine("  gold \\ predicted  negative   neutral  positive");
        foreach (var gold in ClassificationMetrics.Classes)
        {
            output.WriteLine(string.Create(inv, $"  {Name(gold),-16}  {metrics[gold, Polarity.Negative],8}  {metrics[gold, Polarity.Neutral],8}  {metrics[gold, Polarity.Positive],8}"));
        }

        if (report.WorstMisses.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"Worst misses ({report.WorstMisses.Count} of {report.MissCount}, most confident first):"));
        for (var i = 0; i < report.WorstMisses.Count; i++)
        {
            var miss = report.WorstMisses[i];
            var target = miss.Row.Target is null || report.WholeText ? string.Empty : $", target '{miss.Row.Target}'";
            output.WriteLine(string.Create(inv, $"{i + 1,3}. {miss.Row.Id}: gold {Name(miss.Row.Gold)}, predicted {Name(miss.Predicted)}, score {SummaryWriter.FormatScore(miss.Score)}{target}"));
            output.WriteLine(string.Create(inv, $"     \"{Truncate(miss.Row.Text)}\""));
            foreach (var explanation in miss.Explanations)
            {
                output.WriteLine(string.Create(inv, $"     - {SummaryWriter.OneLine(explanation)}"));
            }
        }
    }

    public static string Name(Polarity polarity) => SummaryWriter.Lower(polarity);

    /// <summary>One line of at most <see cref="MaxTextLength"/> characters, ending in an ellipsis when cut.</summary>
    public static string Truncate(string text)
    {
        var line = SummaryWriter.OneLine(text.Trim());
        return line.Length <= MaxTextLength ? line : string.Concat(line.AsSpan(0, MaxTextLength - 1).TrimEnd(), "…");
    }

    private static void WriteReasons(TextWriter output, string what, SkipCounter counter)
    {
        foreach (var reason in counter.Reasons)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what} {reason.Count}: {reason.Reason} (first at line {reason.FirstLine})"));
        }
    }
}
