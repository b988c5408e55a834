using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinSentiment.Cli.CommandLine;
using FinSentiment.Serialization;

namespace FinSentiment.Cli.Commands;

/// <summary><c>finsentiment analyze FILE</c>: one document, as a readable summary or as JSON. Dispatches <c>--jsonl</c>.</summary>
internal static class AnalyzeCommand
{
    public const int DefaultTop = 8;

    /// <summary>Bytes inspected for NUL to decide that a file is binary (as git does).</summary>
    private const int BinaryProbeLength = 8000;

    public static readonly OptionSpec[] Options =
    [
        new("--json"),
        new("--format", "NAME"),
        new("--title", "TEXT"),
        new("--scale", "NAME"),
        new("--top", "N"),
        new("--jsonl", "IN"),
        new("--out", "OUT"),
        new("--stats"),
        new("--parallel", "N"),
    ];

    private static readonly JsonWriterOptions IndentedJson = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var arguments = Arguments.Parse(args, Options);
        if (arguments.Has("--jsonl"))
        {
            return JsonlCommand.Run(arguments, console);
        }

        foreach (var jsonlOnly in (ReadOnlySpan<string>)["--out", "--stats", "--parallel"])
        {
            if (arguments.Has(jsonlOnly))
            {
                throw new UsageException($"option '{jsonlOnly}' needs --jsonl");
            }
        }

        arguments.ExpectPositionals(1, 1, "FILE to analyse (use '-' for standard input)");
        arguments.Forbid("--json", "--top");
        var format = (arguments.Value("--format") ?? (arguments.Has("--json") ? "json" : "text")).ToUpperInvariant();
        if (format is not ("TEXT" or "JSON") && !IsAlphaVantage(format))
        {
            throw new UsageException($"unknown format '{arguments.Value("--format")}' (use 'text', 'json' or 'alphavantage')");
        }

        if (arguments.Has("--json") && format != "JSON")
        {
            throw new UsageException("options '--json' and '--format' disagree");
        }

        if (format != "TEXT" && arguments.Has("--top"))
        {
            throw new UsageException("option '--top' applies to the text format only");
        }
        var top = arguments.Int("--top", DefaultTop, 0, 10_000);
        var analyzer = AnalyzerFactory.Create(arguments.Value("--scale"), maxDegreeOfParallelism: 1);

        var path = arguments.Positionals[0];
        var text = ReadText(path, console);
        if (text.Length > FinSentimentDefaults.MaxTextLength)
        {
            throw new CommandException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{path}' has {text.Length} characters, more than the maximum of {FinSentimentDefaults.MaxTextLength}"));
        }

        var title = arguments.Value("--title");
        var result = title is null ? analyzer.Analyze(text) : analyzer.Analyze(new NewsArticle(title, text));
        var analysed = title is null ? text : new NewsArticle(title, text).Text;

        if (format == "JSON")
        {
            WriteJson(console, result);
        }
        else if (format != "TEXT")
        {
            WriteAlphaVantage(console, AlphaVantageSentiment.FromResult(result));
        }
        else
        {
            SummaryWriter.Write(console.Out, path == InputFiles.StandardStream ? "(standard input)" : path, analysed, result, top);
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads a file as UTF-8 text; a binary file (a NUL byte near the start) reads as empty, with a warning.</summary>
    internal static string ReadText(string path, CliConsole console)
    {
        var bytes = InputFiles.ReadAllBytes(path, console);
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength));
        if (probe.Contains((byte)0))
        {
            console.WriteWarning($"'{path}' looks like a binary file; nothing was analysed");
            return string.Empty;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(CliConsole.Utf8.Preamble))
        {
            span = span[CliConsole.Utf8.Preamble.Length..];
        }

        return CliConsole.Utf8.GetString(span);
    }

    /// <summary>Whether a <c>--format</c> value names the Alpha Vantage shape.</summary>
    internal static bool IsAlphaVantage(string format) =>
        format.Equals("alphavantage", StringComparison.OrdinalIgnoreCase) || format.Equals("alpha-vantage", StringComparison.OrdinalIgnoreCase);

    private static void WriteAlphaVantage(CliConsole console, AlphaVantageSentiment result)
    {
        console.Out.Flush();
        using (var writer = new Utf8JsonWriter(console.Output, IndentedJson))
        {
            JsonSerializer.Serialize(writer, result, FinSentimentJsonContext.Default.AlphaVantageSentiment);
        }

        console.Output.Write("\n"u8);
    }

    private static void WriteJson(CliConsole console, SentimentResult result)
    {
        console.Out.Flush();
        using (var writer = new Utf8JsonWriter(console.Output, IndentedJson))
        {
            JsonSerializer.Serialize(writer, result, FinSentimentJsonContext.Default.SentimentResult);
        }

        console.Output.Write("\n"u8);
    }
}
