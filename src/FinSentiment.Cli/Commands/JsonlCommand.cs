using FinSentiment.Cli.CommandLine;
using FinSentiment.Cli.Jsonl;

namespace FinSentiment.Cli.Commands;

/// <summary><c>finsentiment analyze --jsonl IN [--out OUT] [--stats] [--parallel N] [--scale NAME]</c>.</summary>
internal static class JsonlCommand
{
    public static int Run(Arguments arguments, CliConsole console)
    {
        foreach (var documentOnly in (ReadOnlySpan<string>)["--json", "--title", "--top"])
        {
            if (arguments.Has(documentOnly))
            {
                throw new UsageException($"option '{documentOnly}' cannot be used with --jsonl");
            }
        }

        if (arguments.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{arguments.Positionals[0]}' (--jsonl takes the input file)");
        }

        var parallel = arguments.Int("--parallel", Environment.ProcessorCount, 1, 1024);
        // JSONL records carry no evidence, so none is built: explaining the top phrases of every line took a fifth of the analysis.
        var analyzer = AnalyzerFactory.Create(arguments.Value("--scale"), parallel, maxEvidence: 0);
        var inputPath = arguments.Value("--jsonl")!;
        var outputPath = arguments.Value("--out") ?? InputFiles.StandardStream;

        var format = arguments.Value("--format");
        if (format is not null && !string.Equals(format, "jsonl", StringComparison.OrdinalIgnoreCase) && !AnalyzeCommand.IsAlphaVantage(format))
        {
            throw new UsageException($"unknown format '{format}' for --jsonl (use 'jsonl' or 'alphavantage')");
        }

        // Everything is checked before the output is opened: opening it empties the file.
        if (IsSameFile(inputPath, outputPath))
        {
            throw new UsageException($"--out '{outputPath}' is the input file; writing it would destroy the input");
        }

        using var input = InputFiles.OpenRead(inputPath, console);
        console.Out.Flush();
        using var output = InputFiles.OpenWrite(outputPath, console);
        var processor = new JsonlProcessor(analyzer, parallel, FinSentimentDefaults.MaxTextLength) { AlphaVantage = format is not null && AnalyzeCommand.IsAlphaVantage(format) };
        JsonlRunSummary summary;
        try
        {
            summary = processor.Run(input, output);
        }
        catch (IOException ex) when (ex is not OutputClosedException)
        {
            throw new CommandException($"I/O error on '{inputPath}' or '{outputPath}': {ex.Message}");
        }

        if (arguments.Has("--stats"))
        {
            console.Error.WriteLine(summary.FormatStats());
        }

        return summary.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static bool IsSameFile(string inputPath, string outputPath)
    {
        if (inputPath == InputFiles.StandardStream || outputPath == InputFiles.StandardStream ||
            string.IsNullOrWhiteSpace(inputPath) || string.IsNullOrWhiteSpace(outputPath))
        {
            return false;
        }

        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(ResolvedPath(inputPath), ResolvedPath(outputPath), comparison);
    }

    /// <summary>The full path, through a symbolic link if the file is one.</summary>
    private static string ResolvedPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
