using System.Globalization;
using System.Text;
using System.Text.Json;
using FinSentiment.Cli;
using FinSentiment.Cli.Jsonl;

namespace FinSentiment.Tests.Cli;

public class JsonlCommandTests
{
    private const string Good = "{\"id\": \"ok\", \"text\": \"Microsoft shares plunged after a profit warning.\"}";

    [Fact]
    public void Output_keeps_input_order_across_batches_with_parallelism()
    {
        var input = new StringBuilder();
        string[] texts = ["Microsoft shares plunged after a profit warning.", "Revenue rose strongly.", "The meeting is on Tuesday.", string.Empty];
        // More default-sized chunks than two workers keep in flight, so that chunks are waited for, written and reused.
        var count = (5 * JsonlProcessor.DefaultChunkLines) + 276;
        for (var i = 0; i < count; i++)
        {
            input.Append(CultureInfo.InvariantCulture, $"{{\"id\": {i}, \"text\": {JsonSerializer.Serialize(texts[i % texts.Length] + new string('.', i % 7))}}}\n");
        }

        var parallel = CliRunner.Run(input.ToString(), "analyze", "--jsonl", "-", "--parallel", "2");
        var sequential = CliRunner.Run(input.ToString(), "analyze", "--jsonl", "-", "--parallel", "1");

        Assert.Equal(0, parallel.ExitCode);
        var lines = CliRunner.Lines(parallel.Stdout);
        Assert.Equal(count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            Assert.Equal(i, record.RootElement.GetProperty("id").GetInt32());
        }

        Assert.Equal(sequential.Stdout, parallel.Stdout);
    }

    [Fact]
    public void A_record_has_the_documented_shape()
    {
        var run = CliRunner.Run(Good, "analyze", "--jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        using var record = JsonDocument.Parse(Assert.Single(CliRunner.Lines(run.Stdout)));
        var root = record.RootElement;
        Assert.Equal(["id", "score", "label", "polarity", "tickers"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("negative", root.GetProperty("polarity").GetString());
        var ticker = Assert.Single(root.GetProperty("tickers").EnumerateArray());
        Assert.Equal(["symbol", "name", "relevance", "score", "label", "polarity"], ticker.EnumerateObject().Select(p => p.Name));
        Assert.Equal("MSFT", ticker.GetProperty("symbol").GetString());
    }

    [Theory]
    [InlineData("\"abc\"", "\"abc\"")]
    [InlineData("\"caf\\u00e9 \\\"x\\\"\"", "\"café \\\"x\\\"\"")]
    [InlineData("42", "42")]
    [InlineData("2.50", "2.50")]
    [InlineData("-3e2", "-3e2")]
    [InlineData("null", "null")]
    public void Ids_are_echoed_as_given(string id, string echoed)
    {
        var run = CliRunner.Run($"{{\"id\": {id}, \"text\": \"Revenue rose.\"}}", "analyze", "--jsonl", "-");

        Assert.StartsWith($"{{\"id\":{echoed},\"score\":", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_id_is_echoed_as_null()
    {
        var run = CliRunner.Run("{\"text\": \"Revenue rose.\"}", "analyze", "--jsonl", "-");

        Assert.StartsWith("{\"id\":null,\"score\":", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": 7, \"text\": ", "7", "invalid JSON")]
    [InlineData("not json", "null", "invalid JSON")]
    [InlineData("{\"id\": 7, \"text\": \"x\"} trailing", "7", "invalid JSON")]
    [InlineData("[1, 2]", "null", "not a JSON object")]
    [InlineData("\"text\"", "null", "not a JSON object")]
    [InlineData("{\"id\": \"m\"}", "\"m\"", "missing \"text\"")]
    [InlineData("{\"id\": \"n\", \"text\": null}", "\"n\"", "\"text\" must be a string")]
    [InlineData("{\"text\": 12, \"id\": \"late\"}", "\"late\"", "\"text\" must be a string")]
    [InlineData("{\"id\": 1, \"text\": \"x\", \"title\": 3}", "1", "\"title\" must be a string")]
    [InlineData("{\"id\": 1, \"text\": \"x\", \"targets\": \"Microsoft\"}", "1", "\"targets\" must be an array of non-empty strings")]
    [InlineData("{\"id\": 1, \"text\": \"x\", \"targets\": [\"Microsoft\", 3]}", "1", "\"targets\" must be an array of non-empty strings")]
    [InlineData("{\"id\": 1, \"text\": \"x\", \"targets\": [\" \"]}", "1", "\"targets\" must be an array of non-empty strings")]
    [InlineData("{\"id\": true, \"text\": \"x\"}", "null", "\"id\" must be a string or a number")]
    public void Each_bad_line_gives_exactly_one_error_record_in_its_place(string bad, string id, string reason)
    {
        var input = Good + "\n\n" + bad + "\n" + Good + "\n";

        var run = CliRunner.Run(input, "analyze", "--jsonl", "-");

        Assert.Equal(1, run.ExitCode);
        var lines = CliRunner.Lines(run.Stdout);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("{\"id\":\"ok\",\"score\":", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"ok\",\"score\":", lines[2], StringComparison.Ordinal);
        using var error = JsonDocument.Parse(lines[1]);
        var root = error.RootElement;
        Assert.Equal(["id", "line", "error"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, root.GetProperty("id").GetRawText());
        Assert.Equal(3, root.GetProperty("line").GetInt32());
        Assert.StartsWith(reason, root.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Empty_and_whitespace_lines_are_skipped_but_counted_for_line_numbers()
    {
        var input = "\n   \n" + Good + "\r\n\t\r\n{}\n\n";

        var run = CliRunner.Run(input, "analyze", "--jsonl", "-");

        var lines = CliRunner.Lines(run.Stdout);
        Assert.Equal(2, lines.Length);
        Assert.Equal("{\"id\":null,\"line\":5,\"error\":\"missing \\\"text\\\"\"}", lines[1]);
    }

    [Fact]
    public void Empty_input_writes_nothing_and_succeeds()
    {
        var run = CliRunner.Run(string.Empty, "analyze", "--jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void The_output_is_not_opened_when_an_option_is_wrong()
    {
        using var input = new TempFile(Good + "\n", ".jsonl");
        using var output = new TempFile("earlier results\n", ".jsonl");

        var run = CliRunner.Run(string.Empty, "analyze", "--jsonl", input.Path, "--out", output.Path, "--format", "bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("earlier results\n", File.ReadAllText(output.Path));
    }

    [Fact]
    public void The_input_file_is_refused_as_the_output()
    {
        using var input = new TempFile(Good + "\n", ".jsonl");

        var run = CliRunner.Run(string.Empty, "analyze", "--jsonl", input.Path, "--out", Path.Combine(Path.GetDirectoryName(input.Path)!, ".", Path.GetFileName(input.Path)));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the input file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(Good + "\n", File.ReadAllText(input.Path));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Good + "\r\n" + Good)).ToArray();

        var run = CliRunner.Run(input, "analyze", "--jsonl", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, CliRunner.Lines(run.Stdout).Length);
    }

    [Fact]
    public void Targets_in_give_targets_out_in_the_same_order()
    {
        const string Line = "{\"id\": \"t\", \"text\": \"Microsoft shares plunged after a profit warning.\", \"targets\": [\"Microsoft\", \"Contoso\"]}";

        var run = CliRunner.Run(Line, "analyze", "--jsonl", "-");

        using var record = JsonDocument.Parse(run.Stdout);
        var targets = record.RootElement.GetProperty("targets").EnumerateArray().ToArray();
        Assert.Equal(2, targets.Length);
        Assert.Equal("Microsoft", targets[0].GetProperty("target").GetString());
        Assert.True(targets[0].GetProperty("found").GetBoolean());
        Assert.Equal("negative", targets[0].GetProperty("polarity").GetString());
        Assert.Equal("Contoso", targets[1].GetProperty("target").GetString());
        Assert.False(targets[1].GetProperty("found").GetBoolean());
        foreach (var target in targets)
        {
            Assert.Equal(["target", "found", "score", "label", "polarity"], target.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Targets_with_a_title_are_still_reported()
    {
        const string Line = "{\"id\": 1, \"title\": \"Microsoft warns\", \"text\": \"Shares plunged.\", \"targets\": [\"Microsoft\"]}";

        var run = CliRunner.Run(Line, "analyze", "--jsonl", "-");

        using var record = JsonDocument.Parse(run.Stdout);
        Assert.Equal("Microsoft", Assert.Single(record.RootElement.GetProperty("targets").EnumerateArray()).GetProperty("target").GetString());
        Assert.Equal("MSFT", Assert.Single(record.RootElement.GetProperty("tickers").EnumerateArray()).GetProperty("symbol").GetString());
    }

    [Fact]
    public void Lines_without_targets_have_no_targets_property()
    {
        var run = CliRunner.Run(Good, "analyze", "--jsonl", "-");

        Assert.DoesNotContain("\"targets\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_prints_exactly_one_line_to_stderr()
    {
        var run = CliRunner.Run(Good + "\n{\"text\": \"Ünïcödé revenue rose.\"}\nbad\n", "analyze", "--jsonl", "-", "--stats");

        var line = Assert.Single(CliRunner.Lines(run.Stderr));
        var match = System.Text.RegularExpressions.Regex.Match(line, @"^(\d+) documents, (\d+) bytes, \d+\.\d{3} s, \d+\.\d docs/s, \d+\.\d{2} MB/s$");
        Assert.True(match.Success, line);
        Assert.Equal("2", match.Groups[1].Value);
        var expectedBytes = Encoding.UTF8.GetByteCount("Microsoft shares plunged after a profit warning.") + Encoding.UTF8.GetByteCount("Ünïcödé revenue rose.");
        Assert.Equal(expectedBytes.ToString(CultureInfo.InvariantCulture), match.Groups[2].Value);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Input_and_output_files_are_used_when_given()
    {
        using var input = new TempFile(Good + "\n" + Good + "\n", ".jsonl");
        var outPath = input.Path + ".out";
        try
        {
            var run = CliRunner.Run(string.Empty, "analyze", "--jsonl", input.Path, "--out", outPath);

            Assert.Equal(0, run.ExitCode);
            Assert.Empty(run.Stdout);
            Assert.Equal(2, File.ReadAllLines(outPath).Length);
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Fact]
    public void A_missing_input_file_is_one_error_line_and_exit_code_1()
    {
        var run = CliRunner.Run(string.Empty, "analyze", "--jsonl", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(CliRunner.Lines(run.Stderr));
    }

    [Fact]
    public void A_closed_standard_output_ends_quietly()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            input.Append(Good).Append('\n');
        }

        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input.ToString()));
        using var stderr = new StringWriter();
        var exitCode = CliApplication.Run(["analyze", "--jsonl", "-"], stdin, new ClosedPipeStream(), stderr);

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_a_later_line_is_dropped()
    {
        // Two files joined with `cat`, each with its BOM.
        var bom = Encoding.UTF8.GetPreamble();
        var bytes = bom.Concat(Encoding.UTF8.GetBytes(Good + "\n")).Concat(bom).Concat(Encoding.UTF8.GetBytes(Good + "\n")).ToArray();
        using var stdin = new MemoryStream(bytes);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exitCode = CliApplication.Run(["analyze", "--jsonl", "-"], stdin, stdout, stderr);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("error", Encoding.UTF8.GetString(stdout.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_on_standard_output_fails_with_an_error()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(Good + "\n" + Good + "\n"));
        using var stderr = new StringWriter();
        var exitCode = CliApplication.Run(["analyze", "--jsonl", "-"], stdin, new ClosedPipeStream(hresult: 28), stderr);

        Assert.Equal(1, exitCode);
        Assert.Contains("No space left", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_on_the_output_file_fails_with_an_error_and_no_crash()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Linux only
        }

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, Good + "\n");
            using var stderr = new StringWriter();
            var exitCode = CliApplication.Run(["analyze", "--jsonl", input, "--out", "/dev/full"], new MemoryStream(), new MemoryStream(), stderr);

            Assert.Equal(1, exitCode);
            Assert.Contains("I/O error", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void The_input_named_through_a_linked_directory_is_refused_as_output()
    {
        var root = Directory.CreateTempSubdirectory("finsentiment-link-");
        try
        {
            var real = Directory.CreateDirectory(Path.Combine(root.FullName, "real"));
            var input = Path.Combine(real.FullName, "in.jsonl");
            File.WriteAllText(input, Good + "\n");
            var link = Path.Combine(root.FullName, "link");
            Directory.CreateSymbolicLink(link, real.FullName);
            using var stderr = new StringWriter();

            var exitCode = CliApplication.Run(["analyze", "--jsonl", input, "--out", Path.Combine(link, "in.jsonl")], new MemoryStream(), new MemoryStream(), stderr);

            Assert.Equal(2, exitCode);
            Assert.Equal(Good + "\n", File.ReadAllText(input));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Accepts a few bytes, then fails like a pipe whose reader has gone (EPIPE), or with another error number.</summary>
    private sealed class ClosedPipeStream(int hresult = 32) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Length + buffer.Length > 100)
            {
                throw new IOException(hresult == 32 ? "Broken pipe" : "No space left on device", hresult);
            }

            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    }
}
