using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tests.Scoring;

namespace FinSentiment.Tests.Lexicon;

/// <summary>How lexicon terms are found in text: whole phrases, longest first, case-insensitively, either apostrophe.</summary>
public sealed class PhraseMatchingTests
{
    [Fact]
    public void Multi_word_entry_is_matched_as_one_unit()
    {
        const string text = "The profit warning came late.";

        ScorerHarness.Score(text, out var evidence);

        var item = Assert.Single(evidence);
        Assert.Equal("profit warning", item.Text);
        Assert.Equal(-0.8, item.BaseValence);
        Assert.Equal(text.IndexOf("profit warning", StringComparison.Ordinal), item.Start);
    }

    [Fact]
    public void Longest_match_wins_over_its_shorter_parts()
    {
        var shortOnly = ScorerHarness.Score("The warning came late.");
        var phrase = ScorerHarness.Score("The profit warning came late.");

        Assert.True(phrase < shortOnly, $"phrase {phrase} should be more negative than the single word {shortOnly}");
    }

    [Fact]
    public void Neutral_phrase_masks_the_sentiment_of_its_words()
    {
        Assert.True(ScorerHarness.Score("Crude demand is high.") < 0);

        var score = ScorerHarness.Score("Crude oil demand is high.", out var evidence);

        Assert.Equal(0, score);
        Assert.Empty(evidence);
    }

    [Fact]
    public void Phrase_of_words_also_matches_them_joined_by_hyphens()
    {
        ScorerHarness.Score("The profit-warning came late.", out var evidence);

        var item = Assert.Single(evidence);
        Assert.Equal("profit-warning", item.Text);
        Assert.Equal(-0.8, item.BaseValence);
    }

    [Fact]
    public void Own_entry_for_the_hyphenated_form_wins_over_the_phrase()
    {
        var lexicon = SentimentLexicon.CreateBuilder()
            .Add("profit warning", -0.8, LexiconCategory.Sentiment)
            .Add("profit-warning", -0.2, LexiconCategory.Sentiment)
            .Build();

        var score = ScorerHarness.Score(new LexiconScorer(lexicon), "The profit-warning came late.", out var evidence);

        Assert.Equal(-0.2, Assert.Single(evidence).BaseValence);
        Assert.True(score < 0);
    }

    [Theory]
    [InlineData("Acme beat analysts' estimates on Monday")]
    [InlineData("Acme beat analysts’ estimates on Monday")]
    public void Quotation_mark_inside_a_term_is_skipped_like_in_text(string text)
    {
        var lexicon = SentimentLexicon.CreateBuilder().Add("beat analysts' estimates", 0.5, LexiconCategory.Sentiment).Build();

        ScorerHarness.Score(new LexiconScorer(lexicon), text, out var evidence);

        Assert.Equal(0.5, Assert.Single(evidence).BaseValence);
    }

    [Fact]
    public void Phrase_split_by_other_words_is_not_matched()
    {
        ScorerHarness.Score("Profit and warning.", out var evidence);

        Assert.DoesNotContain(evidence, e => e.Text.Contains("profit warning", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(evidence, e => e.Text == "warning");
    }

    [Theory]
    [InlineData("The results were GOOD.")]
    [InlineData("The results were Good.")]
    [InlineData("The results were good.")]
    public void Terms_match_case_insensitively(string text)
    {
        var score = ScorerHarness.Score(text, out var evidence);

        Assert.True(score > 0);
        Assert.Equal(0.5, Assert.Single(evidence).BaseValence);
    }

    [Fact]
    public void Phrase_terms_match_case_insensitively()
    {
        ScorerHarness.Score("A PROFIT WARNING came late.", out var evidence);

        Assert.Equal("PROFIT WARNING", Assert.Single(evidence).Text);
    }

    [Theory]
    [InlineData("It won't recover.")]
    [InlineData("It won’t recover.")]
    public void Typographic_apostrophe_matches_a_term_written_with_a_plain_one(string text)
    {
        var scorer = new LexiconScorer(SentimentLexicon.CreateBuilder().Add("won't recover", -0.6).Build());

        var score = ScorerHarness.Score(scorer, text, out var evidence);

        Assert.True(score < 0);
        Assert.Equal(-0.6, Assert.Single(evidence).BaseValence);
    }

    [Theory]
    [InlineData("It won't recover.")]
    [InlineData("It won’t recover.")]
    public void Plain_apostrophe_matches_a_term_written_with_a_typographic_one(string text)
    {
        var scorer = new LexiconScorer(SentimentLexicon.CreateBuilder().Add("won’t recover", -0.6).Build());

        var score = ScorerHarness.Score(scorer, text, out _);

        Assert.True(score < 0);
    }

    [Fact]
    public void Lookup_by_term_ignores_case_and_surrounding_spaces()
    {
        Assert.True(ScorerHarness.Lexicon.TryGetEntry("  Profit Warning ", out var entry));
        Assert.Equal("profit warning", entry.Term);
    }
}
