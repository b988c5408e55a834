using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FinSentiment.Tests.Cli;

public class EvalCommandTests
{
    private static readonly (string Text, string Label, string? Target, int? Agreement)[] Rows =
    [
        ("Microsoft shares plunged after a disastrous profit warning.", "negative", null, 100),
        ("Quarterly profit rose sharply and the outlook improved.", "positive", null, 100),
        ("The annual general meeting will be held on Tuesday.", "neutral", null, 100),
        ("Sales fell and the company cut its forecast.", "negative", null, 66),
        ("The board approved the dividend as planned.", "positive", null, 75),
        ("Contoso soared while Microsoft slumped on weak cloud demand.", "negative", "Microsoft", 100),
        ("Revenue grew strongly, beating expectations.", "neutral", null, 100),
    ];

    [Fact]
    public void Accuracy_printed_matches_the_analyzer_on_each_row()
    {
        using var file = new TempFile(Jsonl(Rows), ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path);

        Assert.Equal(0, run.ExitCode);
        var (correct, total) = Expected(Rows, wholeText: false);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Accuracy:   {(double)correct / total:0.0000} ({correct}/{total})"), run.Stdout, StringComparison.Ordinal);
        Assert.Contains("7 evaluated (1 for a target)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Confusion matrix (rows gold, columns predicted):", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Macro-F1:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_text_ignores_the_target()
    {
        using var file = new TempFile(Jsonl(Rows), ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path, "--whole-text", "--json");

        using var document = JsonDocument.Parse(run.Stdout);
        var (correct, _) = Expected(Rows, wholeText: true);
        Assert.Equal(correct, document.RootElement.GetProperty("correct").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("targeted").GetInt32());
    }

    [Fact]
    public void Min_agreement_keeps_rows_at_or_above_it_and_drops_rows_without_one()
    {
        var rows = Rows.Append(("Profit doubled.", "positive", null, null)).ToArray();
        using var file = new TempFile(Jsonl(rows), ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path, "--min-agreement", "100", "--json");

        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        Assert.Equal(5, root.GetProperty("evaluated").GetInt32());
        Assert.Equal(3, root.GetProperty("filtered").GetProperty("total").GetInt32());
        Assert.Equal(100, root.GetProperty("minAgreement").GetInt32());
    }

    [Fact]
    public void Bad_rows_are_counted_and_reported_not_dropped_silently()
    {
        var text = Jsonl(Rows) + "{\"id\": \"x\", \"text\": \"Profit rose.\", \"label\": \"bullish\"}\n{\"id\": \"y\", \"label\": \"neutral\"}\nnot json\n\n";
        using var file = new TempFile(text, ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("10 read, 7 evaluated", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 skipped", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 1: label not positive, negative or neutral (first at line 8)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 1: missing or non-string text (first at line 9)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 1: invalid JSON (first at line 10)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_escaping_half_a_surrogate_pair_is_skipped_with_its_line()
    {
        var text = Jsonl(Rows) + "{\"id\": \"x\", \"text\": \"\\ud800 profit\", \"label\": \"negative\"}\n" +
            "{\"id\": \"y\", \"text\": \"Profit rose.\", \"label\": \"positive\", \"target\": \"\\udc00\"}\n";
        using var file = new TempFile(text, ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped 2: invalid JSON: a string escapes half of a surrogate pair (first at line 8)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_metrics_and_a_three_by_three_matrix()
    {
        using var file = new TempFile(Jsonl(Rows), ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path, "--json", "--worst", "2");

        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        var matrix = root.GetProperty("confusionMatrix").GetProperty("rows");
        Assert.Equal(3, matrix.GetArrayLength());
        Assert.All(matrix.EnumerateArray(), row => Assert.Equal(3, row.GetArrayLength()));
        Assert.Equal(7, matrix.EnumerateArray().Sum(row => row.EnumerateArray().Sum(c => c.GetInt32())));
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0, 1);
        Assert.Equal(3, root.GetProperty("classes").GetProperty("negative").GetProperty("support").GetInt32());
        Assert.True(root.GetProperty("worstMisses").GetArrayLength() <= 2);
    }

    [Fact]
    public void Markdown_is_a_section_titled_by_the_file_name()
    {
        using var file = new TempFile(Jsonl(Rows), ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path, "--markdown");

        Assert.StartsWith("## " + Path.GetFileName(file.Path) + "\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| accuracy | ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| gold \\ predicted | negative | neutral | positive |", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Worst_misses_show_id_gold_prediction_and_text()
    {
        (string, string, string?, int?)[] rows = [("Microsoft shares plunged after a disastrous profit warning.", "positive", null, null)];
        using var file = new TempFile(Jsonl(rows), ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path);

        Assert.Contains("  1. row0: gold positive, predicted negative, score -", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"Microsoft shares plunged after a disastrous profit warning.\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_usable_rows_is_an_error()
    {
        using var file = new TempFile("{\"id\": 1, \"text\": \"x\", \"label\": \"meh\"}\n", ".jsonl");

        var run = CliRunner.Run(string.Empty, "eval", file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("finsentiment: error: no rows to evaluate", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_error_line_and_exit_code_1()
    {
        var run = CliRunner.Run(string.Empty, "eval", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(CliRunner.Lines(run.Stderr));
    }

    private static string Jsonl(IEnumerable<(string Text, string Label, string? Target, int? Agreement)> rows)
    {
        var builder = new StringBuilder();
        var i = 0;
        foreach (var (text, label, target, agreement) in rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"row{i++}\", \"text\": {JsonSerializer.Serialize(text)}, \"label\": \"{label}\"");
            if (target is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $", \"target\": \"{target}\"");
            }

            if (agreement is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $", \"agreement\": {agreement}");
            }

            builder.Append("}\n");
        }

        return builder.ToString();
    }

    private static (int Correct, int Total) Expected((string Text, string Label, string? Target, int? Agreement)[] rows, bool wholeText)
    {
        var analyzer = SentimentAnalyzer.CreateDefault();
        var correct = 0;
        foreach (var (text, label, target, _) in rows)
        {
            var polarity = target is null || wholeText
                ? analyzer.Analyze(text).Polarity
                : analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity;
            if (string.Equals(polarity.ToString(), label, StringComparison.OrdinalIgnoreCase))
            {
                correct++;
            }
        }

        return (correct, rows.Length);
    }
}
