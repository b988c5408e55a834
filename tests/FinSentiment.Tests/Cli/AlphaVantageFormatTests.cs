using System.Text.Json;

namespace FinSentiment.Tests.Cli;

public sealed class AlphaVantageFormatTests
{
    [Fact]
    public void Analyze_with_format_alphavantage_prints_the_feeds_shape()
    {
        var run = CliRunner.Run(string.Empty, "analyze", CliRunner.SeedPath, "--format", "alphavantage");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        Assert.Equal(["overall_sentiment_score", "overall_sentiment_label", "ticker_sentiment"], root.EnumerateObject().Select(static p => p.Name));
        var msft = root.GetProperty("ticker_sentiment").EnumerateArray().First(static t => t.GetProperty("ticker").GetString() == "MSFT");
        Assert.EndsWith("Bearish", msft.GetProperty("ticker_sentiment_label").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, msft.GetProperty("relevance_score").ValueKind);
    }

    [Fact]
    public void Jsonl_with_format_alphavantage_writes_one_feed_shaped_line_per_input()
    {
        var run = CliRunner.Run("{\"id\":1,\"text\":\"Microsoft (NASDAQ: MSFT) shares plunged after a data breach.\"}\n{\"id\":\"b\",\"text\":\"\"}\n", "analyze", "--jsonl", "-", "--format", "alphavantage");
        Assert.Equal(0, run.ExitCode);
        var lines = CliRunner.Lines(run.Stdout);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(["id", "overall_sentiment_score", "overall_sentiment_label", "ticker_sentiment"], first.RootElement.EnumerateObject().Select(static p => p.Name));
        var ticker = first.RootElement.GetProperty("ticker_sentiment")[0];
        Assert.Equal("MSFT", ticker.GetProperty("ticker").GetString());
        Assert.Equal(JsonValueKind.String, ticker.GetProperty("ticker_sentiment_score").ValueKind);
        Assert.Contains("\"overall_sentiment_label\":\"Neutral\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "FILE", "--format", "xml")]
    [InlineData("analyze", "FILE", "--json", "--format", "alphavantage")]
    [InlineData("analyze", "FILE", "--format", "alphavantage", "--top", "3")]
    [InlineData("analyze", "--jsonl", "-", "--format", "text")]
    public void Bad_format_combinations_are_usage_errors(params string[] args)
    {
        var run = CliRunner.Run(string.Empty, [.. args.Select(static a => a == "FILE" ? CliRunner.SeedPath : a)]);
        Assert.Equal(2, run.ExitCode);
    }
}
