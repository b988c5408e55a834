using System.Reflection;

namespace FinSentiment.Cli;

/// <summary>The help text and version line.</summary>
internal static class Usage
{
    public const string Hint = "Run 'finsentiment --help' for usage.";

    public const string Text = """
        finsentiment - score the sentiment of financial news, overall and per ticker

        Usage:
          finsentiment analyze FILE [--json | --format FORMAT] [--title TEXT] [--scale NAME] [--top N]
          finsentiment analyze --jsonl IN [--out OUT] [--format FORMAT] [--stats] [--parallel N] [--scale NAME]
          finsentiment eval FILE.jsonl [--min-agreement N] [--worst N] [--whole-text] [--json | --markdown]
          finsentiment --version
          finsentiment --help

        analyze FILE          Analyse one document (UTF-8 text; '-' reads standard input) and print the
                              overall label and score, the tickers and the strongest evidence.
          --json              Print the full result as indented JSON instead (same as --format json).
          --format FORMAT     text (default), json, or alphavantage: Alpha Vantage's NEWS_SENTIMENT shape
                              (overall_sentiment_score, overall_sentiment_label, ticker_sentiment).
          --title TEXT        Analyse FILE as the body of a news article with this title.
          --top N             Evidence phrases to show (default 8).
          --scale NAME        Label scale: default or alphavantage.

        analyze --jsonl IN    Analyse one JSON object per line ('-' reads standard input):
                                {"id": ..., "text": "...", "title": "...", "targets": ["Name", ...]}
                              ("title" and "targets" are optional) and write one result line per input
                              line, in input order: {"id", "score", "label", "polarity", "tickers",
                              "targets"}. A line that cannot be analysed gives {"id", "line", "error"}
                              and makes the exit code 1. Empty lines are skipped.
          --out OUT           Write results to OUT ('-' or absent: standard output).
          --format FORMAT     jsonl (default) or alphavantage: lines {"id", "overall_sentiment_score",
                              "overall_sentiment_label", "ticker_sentiment": [...]}.
          --stats             Print one line of throughput statistics to standard error at the end.
          --parallel N        Analyse with up to N threads (default: the number of processors).
          --scale NAME        Label scale: default or alphavantage.

        eval FILE.jsonl       Measure accuracy on labelled data (lines with "id", "text", "label" and
                              optional "target" and "agreement"). Rows with a target are scored for
                              that target. Prints accuracy, macro-F1, per-class metrics, the confusion
                              matrix and the worst misses.
          --min-agreement N   Keep only rows whose "agreement" is at least N (rows without it are dropped).
          --worst N           Misses to show (default 10).
          --whole-text        Score every row as a whole text, ignoring "target".
          --json              Print the metrics as JSON.
          --markdown          Print the metrics as a Markdown section.

        Exit codes: 0 success; 1 error (unreadable input, JSONL lines that failed); 2 usage error.
        """;

    public static string Version
    {
        get
        {
            var assembly = typeof(Usage).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return "finsentiment " + (plus < 0 ? version : version[..plus]);
        }
    }
}
