using System.Globalization;

namespace FinSentiment.Cli.Commands;

/// <summary>The readable summary of one analysis: overall label and score, the ticker table and the top evidence.</summary>
internal static class SummaryWriter
{
    private static readonly string[] TickerHeader = ["SYMBOL", "NAME", "RELEVANCE", "SCORE", "LABEL"];
    private static readonly bool[] TickerRightAligned = [false, false, true, true, false];

    // With a RULE column when a company rule set a ticker's score (CompanyRules), which no phrase in the evidence explains.
    private static readonly string[] TickerHeaderWithRule = [.. TickerHeader, "RULE"];
    private static readonly bool[] TickerRightAlignedWithRule = [.. TickerRightAligned, false];

    public static void Write(TextWriter output, string source, string text, SentimentResult result, int top)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Source:    {source} ({text.Length} characters, {result.Sentences.Count} sentences)"));
        output.WriteLine(string.Create(inv, $"Sentiment: {result.Label} (score {FormatScore(result.Score)}, {Lower(result.Polarity)})"));
        output.WriteLine();

        if (result.Tickers.Count == 0)
        {
            output.WriteLine("Tickers:   none found");
        }
        else
        {
            output.WriteLine("Tickers:");
            var withRule = result.Tickers.Any(ticker => ticker.Rule is not null);
            var rows = new List<string[]>(result.Tickers.Count + 1) { withRule ? TickerHeaderWithRule : TickerHeader };
            foreach (var ticker in result.Tickers)
            {
                string[] row = [ticker.Symbol, ticker.Name, ticker.Relevance.ToString("0.00", inv), FormatScore(ticker.Score), ticker.Label];
                rows.Add(withRule ? [.. row, ticker.Rule ?? ""] : row);
            }

            WriteTable(output, rows, withRule ? TickerRightAlignedWithRule : TickerRightAligned);
        }

        output.WriteLine();
        if (result.Evidence.Count == 0 || top == 0)
        {
            output.WriteLine("Evidence:  none");
            return;
        }

        var shown = Math.Min(top, result.Evidence.Count);
        output.WriteLine(string.Create(inv, $"Evidence (top {shown} of {result.Evidence.Count}, by contribution):"));
        for (var i = 0; i < shown; i++)
        {
            var evidence = result.Evidence[i];
            var explanation = string.IsNullOrWhiteSpace(evidence.Explanation) ? "\"" + evidence.Text + "\"" : evidence.Explanation;
            output.WriteLine(string.Create(inv, $"  {FormatScore(evidence.Contribution)}  {OneLine(explanation)}"));
        }
    }

    /// <summary>A signed score with three decimals, invariant: <c>+0.412</c>, <c>-0.050</c>, <c>0.000</c>.</summary>
    public static string FormatScore(double score) => score.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);

    public static string Lower(Polarity polarity) => polarity switch
    {
        Polarity.Negative => "negative",
        Polarity.Positive => "positive",
        _ => "neutral",
    };

    /// <summary>Collapses line breaks and tabs so that one item stays on one line.</summary>
    public static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny("\r\n\t") < 0)
        {
            return text;
        }

        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
    }

    private static void WriteTable(TextWriter output, List<string[]> rows, bool[] rightAligned)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            output.Write("  ");
            for (var c = 0; c < row.Length; c++)
            {
                var cell = rightAligned[c] ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]);
                output.Write(c == row.Length - 1 ? cell.TrimEnd() : cell + "  ");
            }

            output.WriteLine();
        }
    }
}
