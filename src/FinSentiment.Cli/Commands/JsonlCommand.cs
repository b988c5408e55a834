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
        var output = InputFiles.OpenWrite(outputPath, console);
        var processor = new JsonlProcessor(analyzer, parallel, FinSentimentDefaults.MaxTextLength) { AlphaVantage = format is not null && AnalyzeCommand.IsAlphaVantage(format) };
        JsonlRunSummary summary;
        var closed = false;
        try
        {
            summary = processor.Run(input, output);

            // Closing flushes what the file stream still buffers: a full disk shows here, and must be reported like any write.
            output.Dispose();
            closed = true;
        }
        catch (IOException ex) when (ex is not OutputClosedException)
        {
            throw new CommandException($"I/O error on '{inputPath}' or '{outputPath}': {ex.Message}");
        }
        finally
        {
            if (!closed)
            {
                DisposeAfterFailure(output);
            }
        }

        if (arguments.Has("--stats"))
        {
            console.Error.WriteLine(summary.FormatStats());
        }

        return summary.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Closes the output after a failure; closing flushes the buffer again, and a second error must not hide the first.</summary>
    private static void DisposeAfterFailure(Stream output)
    {
        try
        {
            output.Dispose();
        }
        catch (IOException)
        {
        }
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

    /// <summary>
    /// The full path with every symbolic link along it resolved, the directories' as well as the file's ("ldir/s.jsonl" where ldir
    /// links to "real" is "real/s.jsonl"). Hard links are not detected: they are the same file under two names.
    /// </summary>
    private static string ResolvedPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var resolved = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Combine(resolved, part);
                var target = Directory.Exists(next)
                    ? new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true)
                    : new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                resolved = target?.FullName ?? next;
            }

            return resolved;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}
