namespace FinSentiment.Tests.Cli;

public class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("analyze", "--help")]
    public void Help_prints_the_usage_and_succeeds(params string[] args)
    {
        var run = CliRunner.Run(string.Empty, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("finsentiment analyze --jsonl IN", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("finsentiment eval FILE.jsonl", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Version_prints_one_line()
    {
        var run = CliRunner.Run(string.Empty, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^finsentiment \d+\.\d+\.\d+\S*\n$", run.Stdout);
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("frobnicate")]
    [InlineData("analyze", "x.txt", "--frobnicate")]
    [InlineData("analyze", "x.txt", "--top", "many")]
    [InlineData("analyze", "x.txt", "--scale", "nine")]
    [InlineData("analyze", "x.txt", "--stats")]
    [InlineData("analyze", "--jsonl", "-", "--json")]
    [InlineData("analyze")]
    [InlineData("analyze", "")]
    [InlineData("analyze", "--jsonl", "-", "--out", "")]
    [InlineData("eval", "x.jsonl", "--json", "--markdown")]
    public void Usage_errors_give_one_error_line_a_hint_and_exit_code_2(params string[] args)
    {
        var run = CliRunner.Run(string.Empty, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var lines = CliRunner.Lines(run.Stderr);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("finsentiment: error: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'finsentiment --help' for usage.", lines[1]);
    }
}
