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
    public void Analyzer_with_invalid_options_throws_one_ArgumentException_naming_every_problem()
    {
        var options = InvalidOptions(out var expected);

        var ex = Assert.Throws<ArgumentException>("options", () => ScorerHarness.CreateAnalyzer(ScorerHarness.Scorer, options));

        Assert.All(expected, fragment => Assert.Contains(fragment, ex.Message, StringComparison.Ordinal));
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
    public void Create_with_invalid_options_throws_ArgumentException_naming_every_problem()
    {
        var options = new FinSentimentOptions { TitleWeight = 0 };
        options.LexiconFiles.Add(Path.Combine(AppContext.BaseDirectory, "no-such-lexicon.tsv"));

        var ex = Assert.Throws<ArgumentException>(() => SentimentAnalyzer.Create(options));

        Assert.Contains("TitleWeight", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-lexicon.tsv", ex.Message, StringComparison.Ordinal);
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
