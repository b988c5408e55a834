using System.Text;
using System.Text.Json;
using FinSentiment.Tests.Cli;

namespace FinSentiment.Tests.Robustness;

/// <summary>The command line under hostile input: one record per non-empty line, errors in place, no stack traces.</summary>
public sealed class CliRobustnessTests
{
    private const string Good = "{\"id\": \"ok\", \"text\": \"Apple beat estimates.\"}";

    public static TheoryData<string, string> BadLines() => new()
    {
        { "invalid JSON", "{\"id\": 1, \"text\": \"unterminated" },
        { "missing text", "{\"id\": 1}" },
        { "numeric text", "{\"id\": 1, \"text\": 42}" },
        { "object text", "{\"id\": 1, \"text\": {\"a\": 1}}" },
        { "array", "[{\"id\": 1, \"text\": \"x\"}]" },
        { "number", "12345" },
        { "string", "\"just text\"" },
        { "null", "null" },
        { "lone high surrogate escape", "{\"id\": 1, \"text\": \"profit \\ud800 fell\"}" },
        { "lone low surrogate escape", "{\"id\": 1, \"text\": \"\\udc00\"}" },
        { "deep nesting", "{\"id\": 1, \"x\": " + new string('[', 1000) + new string(']', 1000) + ", \"text\": \"x\"}" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_bad_line_gives_one_error_record_in_its_place_and_exit_code_1(string name, string bad)
    {
        var run = CliRunner.Run(Good + "\n" + bad + "\n\n" + Good + "\n", "analyze", "--jsonl", "-");

        Assert.True(run.ExitCode == 1, $"{name}: exit code {run.ExitCode}");
        var lines = CliRunner.Lines(run.Stdout);
        Assert.Equal(3, lines.Length);
        using var error = JsonDocument.Parse(lines[1]);
        Assert.Equal(["id", "line", "error"], error.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, error.RootElement.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("error").GetString()));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_line_is_one_record()
    {
        var text = string.Concat(Enumerable.Repeat("Apple beat estimates, while Target cut its outlook. ", 200_000)); // ~10 MB
        var input = Good + "\n{\"id\": \"big\", \"text\": \"" + text + "\"}\n" + Good + "\n";

        var run = CliRunner.Run(input, "analyze", "--jsonl", "-");

        var lines = CliRunner.Lines(run.Stdout);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("{\"id\":\"big\",", lines[1], StringComparison.Ordinal);
        Assert.True(run.ExitCode is 0 or 1);
        Assert.Equal(lines[1].Contains("\"error\"", StringComparison.Ordinal) ? 1 : 0, run.ExitCode);
    }

    [Fact]
    public void Every_non_empty_line_of_random_garbage_yields_exactly_one_record()
    {
        var random = new Random(99);
        var input = new StringBuilder();
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var line = random.Next(4) switch
            {
                0 => Good,
                1 => string.Empty,
                2 => Encoding.UTF8.GetString(Enumerable.Range(0, random.Next(1, 80)).Select(_ => (byte)random.Next(1, 256)).Where(b => b != '\n').ToArray()),
                _ => "{\"id\": " + i + ", \"text\": \"" + new string((char)random.Next('a', 'z'), random.Next(0, 50)) + "\"}",
            };
            if (line.Trim(' ', '\t', '\r', '\f', '\v').Length > 0)
            {
                nonEmpty++;
            }

            input.Append(line).Append('\n');
        }

        var run = CliRunner.Run(input.ToString(), "analyze", "--jsonl", "-", "--parallel", "4");

        var records = CliRunner.Lines(run.Stdout);
        Assert.Equal(nonEmpty, records.Length);
        foreach (var record in records)
        {
            using var parsed = JsonDocument.Parse(record);
        }

        var failed = records.Count(r => r.Contains("\"error\":", StringComparison.Ordinal));
        Assert.Equal(failed > 0 ? 1 : 0, run.ExitCode);
    }

    [Fact]
    public void All_good_lines_exit_zero()
    {
        var run = CliRunner.Run(Good + "\n\n" + Good + "\n", "analyze", "--jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, CliRunner.Lines(run.Stdout).Length);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE })]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0xBC })]
    public void Analyze_on_a_binary_empty_or_invalid_utf8_file_is_neutral(byte[] contents)
    {
        using var file = new TempFile(contents);

        var run = CliRunner.Run(string.Empty, "analyze", file.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_on_a_missing_file_is_one_error_line_and_a_non_zero_exit_code()
    {
        var run = CliRunner.Run(string.Empty, "analyze", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Single(CliRunner.Lines(run.Stderr));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Analyze_json_of_text_with_lone_surrogates_from_standard_input_is_valid_json()
    {
        var run = CliRunner.Run([.. "Apple profit rose "u8, 0xED, 0xA0, 0x80, .. " strongly."u8], "analyze", "-", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
    }
}
