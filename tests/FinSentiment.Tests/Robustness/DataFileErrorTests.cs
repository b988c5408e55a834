using System.Text;
using FinSentiment.Lexicon;
using FinSentiment.Tickers;

namespace FinSentiment.Tests.Robustness;

/// <summary>
/// Malformed lexicon and directory files each fail with a <see cref="DataFormatException"/> naming the path, the line
/// and the reason; nothing is skipped silently.
/// </summary>
public sealed class DataFileErrorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finsentiment-robust-" + Guid.NewGuid().ToString("N"));

    public DataFileErrorTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string, int, string> BadLexicons() => new()
    {
        { "extra.tsv", "good\t0.5\nbad\t0.5\tsentiment\textra\n", 2, "expected 2 or 3 tab-separated fields" },
        { "missing.tsv", "good\t0.5\nlonely\n", 2, "expected 2 or 3 tab-separated fields" },
        { "word.tsv", "good\t0.5\n\nbad\tvery\n", 3, "'very' is not a number" },
        { "range.tsv", "good\t1.5\n", 1, "outside [-1, 1]" },
        { "nan.tsv", "good\tNaN\n", 1, "outside [-1, 1]" },
        { "category.tsv", "good\t0.5\tsentimental\n", 1, "unknown category 'sentimental'" },
        { "duplicate.tsv", "good\t0.5\nbad\t-0.5\nGood\t0.4\n", 3, "duplicate term" },
        { "empty-term.tsv", " \t0.5\n", 1, "the term is empty" },
        { "empty.tsv", "", 0, "holds no entries" },
        { "comments.tsv", "# only a comment\n\n", 0, "holds no entries" },
        { "vader.txt", "good\t1.9\t0.5\t[1]\nbad\tx\t0.5\t[1]\n", 2, "not a VADER valence" },
        { "syntax.json", "[\n {\"term\": \"good\", \"valence\": 0.5},\n {\"term\": \"bad\" \"valence\": -0.5}\n]", 3, "invalid JSON" },
        { "object.json", "{\"term\": \"good\"}", 1, "expected a JSON array" },
        { "string-valence.json", "[\n{\"term\": \"good\", \"valence\": \"high\"}]", 2, "no numeric \"valence\"" },
        { "huge-valence.json", "[\n{\"term\": \"good\", \"valence\": 1e999}]", 2, "outside [-1, 1]" },
        { "lone-surrogate.json", "[\n{\"term\": \"\\ud800\", \"valence\": 0.5}]", 2, "" },
        { "comment-brace.json", "[\n// an old entry: {\"term\": \"x\"},\n\n{\"term\": \"bad\", \"valence\": 2}\n]", 4, "outside [-1, 1]" },
        { "comment-quote.json", "[\n/* \"quoted note */\n{\"term\": \"good\", \"valence\": 2}\n]", 3, "outside [-1, 1]" },
        { "comment-lines.json", "[ /* one\n[two\n*/ {\"term\": \"good\", \"valence\": 0.5}, // [\n 42\n]", 4, "entry 2 is not an object" },
        { "string-markers.json", "[\n{\"term\": \"a//b\", \"valence\": 0.5},\n{\"term\": \"c/*d\", \"valence\": 0.5},\n{\"term\": \"e\\\"{\", \"valence\": 0.5},\n{\"term\": \"bad\", \"valence\": 2}\n]", 5, "outside [-1, 1]" },
        { "lm.csv", "Word,Negative,Positive\nLOSS,2009,0\nGAIN,zero,0\n", 3, "'zero' is not a number" },
        { "lm-columns.csv", "Word,Negative,Positive\nLOSS,2009\n", 2, "expected 3 comma-separated fields" },
        { "lm-header.csv", "Term,Score\n", 1, "not a Loughran-McDonald Master Dictionary header" },
    };

    public static TheoryData<string, string, int, string> BadDirectories() => new()
    {
        { "columns.tsv", "AAPL\tApple Inc.\tNASDAQ\nMSFT\n", 2, "expected 2 to 8 tab-separated fields" },
        { "cik.tsv", "AAPL\tApple Inc.\tNASDAQ\tabc\n", 1, "is not a CIK" },
        { "duplicate.tsv", "AAPL\tApple Inc.\nMSFT\tMicrosoft\naapl\tApple again\n", 3, "appears twice" },
        { "empty-name.tsv", "AAPL\t \n", 1, "is empty" },
        { "flag.tsv", "AAPL\tApple Inc.\tNASDAQ\t320193\t\t\tloud\n", 1, "unknown flag 'loud'" },
        { "empty.tsv", "", 0, "the file is empty" },
        { "header.csv", "ticker,company\nAAPL,Apple\n", 1, "expected a header with symbol and name columns" },
        { "fields.csv", "symbol,name\nAAPL,Apple\nMSFT,Microsoft,extra\n", 3, "expected 2 comma-separated fields" },
        { "quote.csv", "symbol,name\nAAPL,\"Apple\n", 2, "a quoted field is not closed" },
        { "syntax.json", "[\n{\"symbol\": \"AAPL\", \"name\": \"Apple\"},\n{\"symbol\": }\n]", 3, "invalid JSON" },
        { "entry.json", "[\n{\"symbol\": \"AAPL\", \"name\": \"Apple\"},\n 42\n]", 3, "entry 2 is not an object" },
        { "comment.json", "[\n/* [\"x\" */ {\"symbol\": \"AAPL\", \"name\": \"Apple\"},\n// }\n{\"symbol\": \"MSFT\", \"name\": \" \"}\n]", 4, "is empty" },
        { "sec-comment.json", "{\n// {\"old\": 1}\n\"0\": {\"cik_str\": 320193, \"ticker\": \"AAPL\", \"title\": \"Apple Inc.\"},\n\"1\": {\"cik_str\": \"x\"}}", 4, "is not an SEC company_tickers object" },
        { "sec-exchange-comment.json", "{// the \"data\": [[\"cik\", ...]] follow\n\"fields\": [\"cik\", \"name\", \"ticker\", \"exchange\"], \"data\": [\n[320193, \"Apple Inc.\", \"AAPL\", \"Nasdaq\"],\n[1e30, \"Microsoft\", \"MSFT\", \"Nasdaq\"]]}", 4, "cik that is not a whole" },
        { "sec.json", "{\"0\": {\"cik_str\": 320193, \"ticker\": \"AAPL\", \"title\": \"Apple Inc.\"},\n\"1\": {\"cik_str\": \"x\"}}", 2, "is not an SEC company_tickers object" },
        { "sec-cik.json", "{\"0\": {\"cik_str\": 320193, \"ticker\": \"AAPL\", \"title\": \"Apple Inc.\"},\n\"1\": {\"cik_str\": 1.5, \"ticker\": \"MSFT\", \"title\": \"Microsoft\"}}", 2, "cik that is not a whole" },
        { "sec-exchange-cik.json", "{\"fields\": [\"cik\", \"name\", \"ticker\", \"exchange\"], \"data\": [\n[320193, \"Apple Inc.\", \"AAPL\", \"Nasdaq\"],\n[1e30, \"Microsoft\", \"MSFT\", \"Nasdaq\"]]}", 3, "cik that is not a whole" },
        { "exchange.json", "[\n{\"symbol\": \"ZZQA\", \"name\": \"Zebra Widgets\", \"exchange\": 5}]", 2, "entry 1: \"exchange\" must be a string, not a number" },
        { "exchange-object.json", "[{\"symbol\": \"ZZQA\", \"name\": \"Zebra Widgets\"},\n{\"symbol\": \"ZZQB\", \"name\": \"Zebra Gadgets\", \"exchange\": {\"mic\": \"XNYS\"}}]", 2, "entry 2: \"exchange\" must be a string, not an object" },
        { "sec-exchange-kind.json", "{\"fields\": [\"cik\", \"name\", \"ticker\", \"exchange\"], \"data\": [\n[320193, \"Apple Inc.\", \"AAPL\", true]]}", 2, "row 1: the exchange must be a string, not a boolean" },
        { "sec-fields.json", "{\"fields\": [1, \"cik\", \"name\", \"ticker\"], \"data\": []}", 0, "a value cannot be read" },
        { "lone-surrogate.json", "[\n{\"symbol\": \"\\ud800\", \"name\": \"Apple\"}]", 0, "a value cannot be read" },
    };

    [Theory]
    [MemberData(nameof(BadLexicons))]
    public void A_malformed_lexicon_file_names_the_path_line_and_reason(string name, string contents, int line, string reason)
    {
        var path = Write(name, Encoding.UTF8.GetBytes(contents));

        var error = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        Expected(error, path, line, reason);
    }

    [Theory]
    [MemberData(nameof(BadDirectories))]
    public void A_malformed_directory_file_names_the_path_line_and_reason(string name, string contents, int line, string reason)
    {
        var path = Write(name, Encoding.UTF8.GetBytes(contents));

        var error = Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(path));

        Expected(error, path, line, reason);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Utf16_and_utf32_files_with_a_byte_order_mark_are_read(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => (Encoding)new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        var lexicon = Write("lexicon-" + encodingName + ".tsv", [.. encoding.GetPreamble(), .. encoding.GetBytes("café boom\t0.5\tsentiment\r\n")]);
        var directory = Write("directory-" + encodingName + ".tsv", [.. encoding.GetPreamble(), .. encoding.GetBytes("ZZQX\tZeta Café Inc\n")]);

        Assert.Equal(0.5, SentimentLexicon.CreateBuilder().AddFile(lexicon).Build().Entries.Single(e => e.Term == "café boom").Valence);
        Assert.Equal("Zeta Café Inc", Assert.Single(TickerDirectory.CreateBuilder().AddFile(directory).Build().Companies).Name);
    }

    [Fact]
    public void A_file_whose_byte_order_mark_does_not_match_its_text_is_refused()
    {
        var path = Write("broken-utf16.tsv", [0xFF, 0xFE, .. "b"u8]); // an odd number of bytes after a UTF-16 mark

        var error = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        Assert.Contains("byte order mark", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lexicon.tsv")]
    [InlineData("directory.tsv")]
    public void Wrong_encoding_and_binary_files_are_refused(string name)
    {
        var latin1 = Write("latin1-" + name, [.. "caf"u8, 0xE9, .. "\t0.5\n"u8]);
        var binary = Write("binary-" + name, [.. "ok\t0.5\n"u8, 0x00, 0x01, 0x02, 0x00]);
        foreach (var (path, reason) in new[] { (latin1, "not valid UTF-8"), (binary, "binary") })
        {
            var error = name.StartsWith("lexicon", StringComparison.Ordinal)
                ? Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path))
                : Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(path));
            Assert.Equal(path, error.FilePath);
            Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_directory_where_a_file_is_expected_is_named()
    {
        var lexicon = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(_directory));
        var directory = Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(_directory));

        Assert.Equal(_directory, lexicon.FilePath);
        Assert.Equal(_directory, directory.FilePath);
        Assert.Contains("directory", lexicon.Reason, StringComparison.Ordinal);
        Assert.Contains("directory", directory.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var missing = Path.Combine(_directory, "missing.tsv");

        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => SentimentLexicon.CreateBuilder().AddFile(missing)).Message, StringComparison.Ordinal);
        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => TickerDirectory.CreateBuilder().AddFile(missing)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_naming_a_directory_or_a_missing_file_list_every_problem_at_once()
    {
        var options = new FinSentimentOptions { MaxTextLength = 0, MaxDegreeOfParallelism = 0 };
        options.LexiconFiles.Add(_directory);
        options.DirectoryFiles.Add(Path.Combine(_directory, "missing.tsv"));

        var errors = string.Join("\n", options.Validate());

        Assert.Contains("MaxTextLength", errors, StringComparison.Ordinal);
        Assert.Contains("MaxDegreeOfParallelism", errors, StringComparison.Ordinal);
        Assert.Contains(_directory + "' does not exist as a file (it is a directory)", errors, StringComparison.Ordinal);
        Assert.Contains("missing.tsv' does not exist", errors, StringComparison.Ordinal);
    }

    private static void Expected(DataFormatException error, string path, int line, string reason)
    {
        Assert.Equal(path, error.FilePath);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(line > 0 ? $"{path}({line}): " : $"{path}: ", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] contents)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, contents);
        return path;
    }
}
