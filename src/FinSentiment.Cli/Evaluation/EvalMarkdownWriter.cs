using System.Globalization;

namespace FinSentiment.Cli.Evaluation;

/// <summary>The evaluation metrics as a Markdown section, for a committed results file.</summary>
internal static class EvalMarkdownWriter
{
    public static void Write(TextWriter output, EvalReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var metrics = report.Metrics;
        output.WriteLine(string.Create(inv, $"## {report.FileName}"));
        output.WriteLine();
        var filter = report.MinAgreement is { } min ? string.Create(inv, $", agreement ≥ {min}") : string.Empty;
        var mode = report.WholeText ? "whole text" : string.Create(inv, $"{report.Targeted} rows scored for their target");
        output.WriteLine(string.Create(inv, $"{metrics.Total} rows evaluated ({mode}{filter}); {report.Filtered.Total} filtered, {report.Invalid.Total} skipped as invalid."));
        output.WriteLine();
        output.WriteLine("| metric | value |");
        output.WriteLine("|---|---:|");
        output.WriteLine(string.Create(inv, $"| accuracy | {metrics.Accuracy:0.0000} |"));
        output.WriteLine(string.Create(inv, $"| macro-F1 | {metrics.MacroF1:0.0000} |"));
        foreach (var polarity in ClassificationMetrics.Classes)
        {
            var name = EvalTextWriter.Name(polarity);
            output.WriteLine(string.Create(inv, $"| {name} precision / recall / F1 (support) | {metrics.Precision(polarity):0.0000} / {metrics.Recall(polarity):0.0000} / {metrics.F1(polarity):0.0000} ({metrics.Support(polarity)}) |"));
        }

        output.WriteLine();
        output.WriteLine("Confusion matrix (rows gold, columns predicted):");
        output.WriteLine();
        output.WriteLine("| gold \\ predicted | negative | neutral | positive |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var gold in ClassificationMetrics.Classes)
        {
            output.WriteLine(string.Create(inv, $"| {EvalTextWriter.Name(gold)} | {metrics[gold, Polarity.Negative]} | {metrics[gold, Polarity.Neutral]} | {metrics[gold, Polarity.Positive]} |"));
        }
    }
}
