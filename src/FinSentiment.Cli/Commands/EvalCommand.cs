using System.Text;
using FinSentiment.Cli.CommandLine;
using FinSentiment.Cli.Evaluation;

namespace FinSentiment.Cli.Commands;

/// <summary><c>finsentiment eval FILE.jsonl [--min-agreement N] [--worst N] [--whole-text] [--json | --markdown]</c>.</summary>
internal static class EvalCommand
{
    public const int DefaultWorst = 10;

    public static readonly OptionSpec[] Options =
    [
        new("--min-agreement", "N"),
        new("--worst", "N"),
        new("--whole-text"),
        new("--json"),
        new("--markdown"),
    ];

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var arguments = Arguments.Parse(args, Options);
        arguments.ExpectPositionals(1, 1, "FILE.jsonl to evaluate");
        arguments.Forbid("--json", "--markdown");
        int? minAgreement = arguments.Has("--min-agreement") ? arguments.Int("--min-agreement", 0, 0, 100) : null;
        var worst = arguments.Int("--worst", DefaultWorst, 0, 100_000);
        var wholeText = arguments.Has("--whole-text");
        var path = arguments.Positionals[0];

        var reader = new EvalFileReader(minAgreement);
        using (var stream = InputFiles.OpenRead(path, console))
        using (var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                reader.Read(text);
            }
            catch (IOException ex)
            {
                throw new CommandException($"cannot read '{path}': {ex.Message}");
            }
        }

        var parallel = Environment.ProcessorCount;
        var evaluator = new Evaluator(AnalyzerFactory.Create(null, parallel), parallel, wholeText);
        var (metrics, misses, targeted) = evaluator.Evaluate(reader.Rows, reader.Invalid);
        if (metrics.Total == 0)
        {
            throw new CommandException($"no rows to evaluate in '{path}' ({reader.LinesRead} read, {reader.Filtered.Total} filtered, {reader.Invalid.Total} invalid)");
        }

        var report = new EvalReport(
            path == InputFiles.StandardStream ? "(standard input)" : Path.GetFileName(path),
            reader.LinesRead,
            targeted,
            wholeText,
            minAgreement,
            reader.Invalid,
            reader.Filtered,
            metrics,
            misses.Count,
            misses.GetRange(0, Math.Min(worst, misses.Count)));

        if (arguments.Has("--json"))
        {
            console.Out.Flush();
            EvalJsonWriter.Write(console.Output, report);
        }
        else if (arguments.Has("--markdown"))
        {
            EvalMarkdownWriter.Write(console.Out, report);
        }
        else
        {
            EvalTextWriter.Write(console.Out, report);
        }

        return ExitCodes.Success;
    }
}
