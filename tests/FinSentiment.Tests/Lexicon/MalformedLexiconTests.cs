using FinSentiment.Lexicon;

namespace FinSentiment.Tests.Lexicon;

/// <summary>Every malformed lexicon file fails loudly: a <see cref="DataFormatException"/> with the path, the line and the reason.</summary>
public sealed class MalformedLexiconTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("good\t0.5\nbad\n", 2, "fields")]
    [InlineData("good\t0.5\nbad\t-0.5\tsentiment\textra\n", 2, "fields")]
    [InlineData("good\t0.5\n# note\nbad\tvery\n", 3, "not a number")]
    [InlineData("good\t1.5\n", 1, "outside [-1, 1]")]
    [InlineData("good\tNaN\n", 1, "outside [-1, 1]")]
    [InlineData("good\t0.5\nbad\t-0.5\tgloomy\n", 2, "unknown category 'gloomy'")]
    [InlineData("good\t0.5\nGood\t0.4\n", 2, "duplicate term")]
    [InlineData("good news\t0.5\ngood  news\t0.4\n", 2, "duplicate term")] // the same words
    [InlineData("good\t0.5\n \t0.4\n", 2, "term is empty")]
    public void Malformed_tsv_line_throws_with_path_line_and_reason(string content, int line, string reason)
    {
        var path = _files.Write("bad.tsv", content);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, line, reason);
    }

    [Fact]
    public void A_file_that_fails_adds_none_of_its_lines()
    {
        var path = _files.Write("half.tsv", "zorpish\t0.5\nbad\n");
        var builder = SentimentLexicon.CreateBuilder();

        Assert.Throws<DataFormatException>(() => builder.AddFile(path));

        Assert.Equal(0, builder.Count);
        Assert.Empty(builder.Sources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    public void Tsv_file_without_entries_throws_for_the_whole_file(string content)
    {
        var path = _files.Write("empty.tsv", content);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, 0, "no entries");
    }

    [Fact]
    public void File_with_a_NUL_byte_is_rejected_as_binary_at_its_line()
    {
        var path = _files.WriteBytes("binary.tsv", [.. "good\t0.5\nba"u8, 0, .. "d\t-0.5\n"u8]);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, 2, "binary");
    }

    [Fact]
    public void File_with_invalid_utf8_bytes_is_rejected_instead_of_read_with_replacement_characters()
    {
        var path = _files.WriteBytes("latin1.tsv", [.. "good\t0.5\nb"u8, 0xE9, .. "n\u00e9fice\t0.4\n"u8]);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_with_invalid_utf8_bytes_names_the_line_that_holds_them()
    {
        var path = _files.WriteBytes("latin1.tsv", [.. "good\t0.5\nb"u8, 0xE9, .. "n\u00e9fice\t0.4\n"u8]);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        Assert.Equal(2, ex.Line);
        Assert.Contains($"{path}(2)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_path_is_rejected_as_a_data_format_error_naming_it()
    {
        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(_files.Root, LexiconFileFormat.Tsv));

        AssertNames(ex, _files.Root, 0, "directory");
    }

    [Fact]
    public void Missing_file_throws_FileNotFoundException_naming_it()
    {
        var path = Path.Combine(_files.Root, "missing.tsv");

        var ex = Assert.Throws<FileNotFoundException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        Assert.Equal(path, ex.FileName);
    }

    [Fact]
    public void Unknown_extension_throws_naming_the_file()
    {
        var path = _files.Write("words.xml", "<good/>");

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, 0, "unknown lexicon format");
    }

    [Theory]
    [InlineData("[\n  {\"term\": \"good\", \"valence\": 0.5},\n  {\"term\": \"bad\", \"valence\": \n", 0, "invalid JSON")]
    [InlineData("{\"term\": \"good\", \"valence\": 0.5}", 1, "array")]
    [InlineData("[\n  {\"term\": \"good\", \"valence\": 0.5},\n  {\"term\": \"bad\"}\n]", 3, "valence")]
    [InlineData("[\n  {\"term\": \"good\", \"valence\": \"high\"}\n]", 2, "valence")]
    [InlineData("[\n  {\"valence\": 0.5}\n]", 2, "term")]
    [InlineData("[\n  {\"term\": \"good\", \"valence\": 0.5},\n  {\"term\": \"bad\", \"valence\": -2}\n]", 3, "outside [-1, 1]")]
    [InlineData("[\n  {\"term\": \"good\", \"valence\": 0.5, \"category\": \"cheerful\"}\n]", 2, "unknown category")]
    [InlineData("[\n  {\"term\": \"good\", \"valence\": 0.5},\n  {\"term\": \"GOOD\", \"valence\": 0.4}\n]", 3, "duplicate term")]
    [InlineData("[]", 0, "no entries")]
    public void Malformed_json_throws_with_path_line_and_reason(string content, int line, string reason)
    {
        var path = _files.Write("bad.json", content);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        if (line == 0)
        {
            Assert.True(reason != "invalid JSON" || ex.Line > 0, "a JSON syntax error names its line");
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        }
        else
        {
            AssertNames(ex, path, line, reason);
        }
    }

    [Theory]
    [InlineData("good\t1.9\t0.9\t[2]\nbad\n", 2, "VADER line")]
    [InlineData("good\t1.9\t0.9\t[2]\nbad\t-4.5\t0.1\t[-4]\n", 2, "[-4, 4]")]
    [InlineData("good\t1.9\t0.9\t[2]\nbad\tlow\t0.1\t[-4]\n", 2, "[-4, 4]")]
    public void Malformed_vader_line_throws_with_path_line_and_reason(string content, int line, string reason)
    {
        var path = _files.Write("vader_lexicon.txt", content);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, line, reason);
    }

    [Theory]
    [InlineData("Term,Score\nLOSS,1\n", 1, "header")]
    [InlineData("Word,Negative,Positive\nLOSS,2009,0\nGAIN,0\n", 3, "fields")]
    [InlineData("Word,Negative,Positive\nLOSS,2009,0\nGAIN,0,yes\n", 3, "not a number")]
    [InlineData("Word,Negative,Positive\nLOSS,2009,0\nloss,2009,0\n", 3, "duplicate term")]
    public void Malformed_loughran_mcdonald_line_throws_with_path_line_and_reason(string content, int line, string reason)
    {
        var path = _files.Write("lm.csv", content);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, line, reason);
    }

    [Fact]
    public void Empty_loughran_mcdonald_file_throws_naming_it()
    {
        var path = _files.Write("lm.csv", string.Empty);

        var ex = Assert.Throws<DataFormatException>(() => SentimentLexicon.CreateBuilder().AddFile(path));

        AssertNames(ex, path, 0, "empty");
    }

    [Fact]
    public void Failed_file_leaves_the_builder_usable()
    {
        var path = _files.Write("bad.tsv", "good\t0.5\nbad\tx\n");
        var builder = SentimentLexicon.CreateBuilder().Add("fine", 0.1);

        Assert.Throws<DataFormatException>(() => builder.AddFile(path));
        var lexicon = builder.Build();

        Assert.True(lexicon.TryGetEntry("fine", out _));
    }

    [Theory]
    [InlineData(1.01)]
    [InlineData(-1.01)]
    [InlineData(double.NaN)]
    public void Entry_from_code_with_valence_out_of_range_throws(double valence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SentimentLexicon.CreateBuilder().Add("good", valence));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Entry_from_code_with_blank_term_throws(string term)
    {
        Assert.Throws<ArgumentException>(() => SentimentLexicon.CreateBuilder().Add(term, 0.5));
    }

    private static void AssertNames(DataFormatException ex, string path, int line, string reason)
    {
        Assert.Equal(path, ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        if (line > 0)
        {
            Assert.Contains($"({line})", ex.Message, StringComparison.Ordinal);
        }

        Assert.Contains(reason, ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
