using System.Text.Json;

namespace FinSentiment.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public void The_seed_article_summary_shows_a_negative_label_a_score_and_MSFT()
    {
        var run = CliRunner.Run(string.Empty, "analyze", CliRunner.SeedPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Matches(@"Sentiment: \S.* negative \(score -\d\.\d{3}, negative\)", run.Stdout);
        Assert.Matches(@"\n  MSFT +Microsoft", run.Stdout);
        Assert.Contains("Evidence (top 8 of", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_limits_the_evidence_lines()
    {
        var run = CliRunner.Run(string.Empty, "analyze", CliRunner.SeedPath, "--top", "2");

        var evidence = run.Stdout[run.Stdout.IndexOf("Evidence (top 2 of", StringComparison.Ordinal)..];
        Assert.Equal(3, CliRunner.Lines(evidence).Length);
    }

    [Fact]
    public void Json_parses_back_with_camel_case_fields()
    {
        var run = CliRunner.Run(string.Empty, "analyze", CliRunner.SeedPath, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\n  \"score\": ", run.Stdout, StringComparison.Ordinal); // indented
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        Assert.True(root.GetProperty("score").GetDouble() < 0);
        Assert.Equal(JsonValueKind.String, root.GetProperty("label").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("sentences").ValueKind);
        var ticker = Assert.Single(root.GetProperty("tickers").EnumerateArray(), t => t.GetProperty("symbol").GetString() == "MSFT");
        Assert.True(ticker.GetProperty("relevance").GetDouble() > 0);
        var evidence = root.GetProperty("evidence")[0];
        foreach (var name in (string[])["start", "length", "text", "baseValence", "contribution", "rules", "explanation"])
        {
            Assert.True(evidence.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void Standard_input_and_a_title_are_analysed_as_an_article()
    {
        var run = CliRunner.Run("Microsoft said revenue was in line with expectations.", "analyze", "-", "--title", "Microsoft shares plunge after a profit warning");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(standard input)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("MSFT", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alphavantage_scale_changes_the_labels()
    {
        var run = CliRunner.Run(string.Empty, "analyze", CliRunner.SeedPath, "--scale", "alphavantage", "--json");

        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Contains("Bearish", document.RootElement.GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_error_line_and_exit_code_1()
    {
        var run = CliRunner.Run(string.Empty, "analyze", Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(CliRunner.Lines(run.Stderr));
        Assert.StartsWith("finsentiment: error: cannot read '", line, StringComparison.Ordinal);
        Assert.EndsWith("no such file", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_an_error_not_a_crash()
    {
        var run = CliRunner.Run(string.Empty, "analyze", Path.GetTempPath());

        Assert.Equal(1, run.ExitCode);
        Assert.Single(CliRunner.Lines(run.Stderr));
    }

    [Fact]
    public void An_empty_file_is_neutral()
    {
        using var file = new TempFile(string.Empty);

        var run = CliRunner.Run(string.Empty, "analyze", file.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, document.RootElement.GetProperty("score").GetDouble());
        Assert.Equal("neutral", document.RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public void A_binary_file_is_neutral_with_a_warning()
    {
        using var file = new TempFile([0x4D, 0x5A, 0x00, 0x01, 0xFF, 0xFE, 0x00, 0x42]);

        var run = CliRunner.Run(string.Empty, "analyze", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sentiment: neutral (score 0.000, neutral)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("binary", Assert.Single(CliRunner.Lines(run.Stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_text_is_analysed_without_crashing()
    {
        using var file = new TempFile([0xC3, 0x28, 0x20, 0x4D, 0x69, 0x63, 0x72, 0x6F, 0x73, 0x6F, 0x66, 0x74, 0xE2, 0x82]);

        var run = CliRunner.Run(string.Empty, "analyze", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
    }
}
