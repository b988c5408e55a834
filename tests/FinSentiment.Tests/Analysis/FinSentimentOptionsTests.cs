using FinSentiment.Tests.Scoring;

namespace FinSentiment.Tests.Analysis;

public sealed class FinSentimentOptionsTests
{
    [Fact]
    public void Default_options_are_valid()
    {
        Assert.Empty(new FinSentimentOptions().Validate());
    }

    [Fact]
    public void Validate_lists_every_problem_at_once()
    {
        var options = InvalidOptions(out var expected);

        var errors = options.Validate();

        Assert.Equal(expected.Length, errors.Count);
        foreach (var fragment in expected)
        {
            Assert.Contains(errors, e => e.Contains(fragment, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Analyzer_with_invalid_settings_throws_one_ArgumentException_naming_every_problem_but_reads_no_file()
    {
        var options = InvalidOptions(out var expected);
        string[] fileProblems = ["no-such-lexicon.tsv", "DirectoryFiles"]; // the parts are given: the files are not read

        var ex = Assert.Throws<ArgumentException>("options", () => ScorerHarness.CreateAnalyzer(ScorerHarness.Scorer, options));

        Assert.All(expected.Except(fileProblems), fragment => Assert.Contains(fragment, ex.Message, StringComparison.Ordinal));
        Assert.All(fileProblems, fragment => Assert.DoesNotContain(fragment, ex.Message, StringComparison.Ordinal));
        Assert.Contains("must be in (0, 100].; LeadWeight", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzer_from_given_parts_does_not_read_the_files_in_the_options()
    {
        var options = new FinSentimentOptions();
        options.LexiconFiles.Add(Path.Combine(AppContext.BaseDirectory, "no-such-lexicon.tsv"));

        Assert.NotNull(ScorerHarness.CreateAnalyzer(ScorerHarness.Scorer, options));
    }

    [Fact]
    public void Lexicon_file_that_is_a_directory_is_reported_as_a_directory()
    {
        var options = new FinSentimentOptions();
        options.LexiconFiles.Add(AppContext.BaseDirectory);

        var error = Assert.Single(options.Validate());

        Assert.Contains("directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Turning_off_the_built_in_lexicon_without_a_lexicon_file_is_invalid()
    {
        var error = Assert.Single(new FinSentimentOptions { UseDefaultLexicon = false }.Validate());

        Assert.Contains("UseDefaultLexicon", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_with_invalid_settings_throws_ArgumentException_listing_every_problem_before_reading_files()
    {
        var options = new FinSentimentOptions { TitleWeight = 0, MaxEvidence = -1 };
        options.LexiconFiles.Add(Path.Combine(AppContext.BaseDirectory, "no-such-lexicon.tsv"));

        var ex = Assert.Throws<ArgumentException>("options", () => SentimentAnalyzer.Create(options));

        Assert.StartsWith("Invalid FinSentiment options: TitleWeight must be in (0, 100].; MaxEvidence must not be negative.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-lexicon.tsv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_with_a_missing_file_throws_FileNotFoundException_naming_its_full_path()
    {
        var relative = Path.Combine("no-such-folder", "no-such-directory.tsv");
        var options = new FinSentimentOptions();
        options.DirectoryFiles.Add(relative);

        var ex = Assert.Throws<FileNotFoundException>(() => SentimentAnalyzer.Create(options));

        Assert.Equal(Path.GetFullPath(relative), ex.FileName);
        Assert.Contains(Path.GetFullPath(relative), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_with_a_malformed_file_throws_DataFormatException_naming_file_line_and_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"finsentiment-options-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "good\t0.5\nbad\tNaN\n");
        try
        {
            var options = new FinSentimentOptions();
            options.LexiconFiles.Add(path);

            var ex = Assert.Throws<DataFormatException>(() => SentimentAnalyzer.Create(options));

            Assert.Equal(path, ex.FilePath);
            Assert.Equal(2, ex.Line);
            Assert.StartsWith($"{path}(2): ", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validate_names_the_full_path_of_a_missing_relative_file()
    {
        var relative = Path.Combine("no-such-folder", "no-such-lexicon.tsv");
        var options = new FinSentimentOptions();
        options.LexiconFiles.Add(relative);

        var error = Assert.Single(options.Validate());

        Assert.Equal($"LexiconFiles: '{relative}' (full path '{Path.GetFullPath(relative)}') does not exist.", error);
    }

    [Fact]
    public void LabelScaleName_replaces_LabelScale()
    {
        var options = new FinSentimentOptions { LabelScaleName = "alphavantage" };

        Assert.Same(LabelScale.AlphaVantage, options.GetEffectiveLabelScale());
        Assert.Same(LabelScale.Default, new FinSentimentOptions().GetEffectiveLabelScale());
    }

    [Fact]
    public void Of_LabelScale_and_LabelScaleName_the_one_set_last_wins()
    {
        var options = new FinSentimentOptions { LabelScaleName = "alphavantage" };
        options.LabelScale = LabelScale.Default;

        Assert.Same(LabelScale.Default, options.GetEffectiveLabelScale());
        Assert.Null(options.LabelScaleName);

        options.LabelScaleName = "ALPHAVANTAGE";
        Assert.Same(LabelScale.AlphaVantage, options.GetEffectiveLabelScale());
    }

    internal static FinSentimentOptions InvalidOptions(out string[] expected)
    {
        var options = new FinSentimentOptions
        {
            LabelScaleName = "bloomberg",
            TitleWeight = 0,
            LeadWeight = -1,
            UnopinionatedSentenceWeight = 1.5,
            OffTopicWeight = -0.1,
            MaxTextLength = 0,
            MaxEvidence = -1,
            MaxDegreeOfParallelism = 0,
        };
        options.LexiconFiles.Add(" ");
        options.LexiconFiles.Add(Path.Combine(AppContext.BaseDirectory, "no-such-lexicon.tsv"));
        options.DirectoryFiles.Add(AppContext.BaseDirectory);
        expected =
        [
            "LabelScaleName", "TitleWeight", "LeadWeight", "UnopinionatedSentenceWeight", "OffTopicWeight", "MaxTextLength",
            "MaxEvidence", "MaxDegreeOfParallelism", "LexiconFiles holds an empty path", "no-such-lexicon.tsv", "DirectoryFiles",
        ];
        return options;
    }
}
