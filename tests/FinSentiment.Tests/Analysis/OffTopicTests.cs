using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// Everyday-English sentiment (<see cref="LexiconDomain.General"/>) counts at <see cref="FinSentimentOptions.OffTopicWeight"/> in a
/// text with no financial context, and in full as soon as anything in the text is financial.
/// </summary>
public sealed class OffTopicTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Protesters gather outside parliament")]
    [InlineData("Officials detain bloggers in a new crackdown, says a rights group")]
    [InlineData("Celebrate the holidays with these wonderful family recipes")]
    public void A_text_with_no_financial_context_keeps_its_everyday_sentiment_weak(string text)
    {
        var damped = Analyzer.Analyze(text);
        var full = SentimentAnalyzer.Create(new FinSentimentOptions { OffTopicWeight = 1 }).Analyze(text);

        Assert.NotEqual(Polarity.Neutral, full.Polarity);
        Assert.Equal(Polarity.Neutral, damped.Polarity);
        Assert.True(Math.Abs(damped.Score) < Math.Abs(full.Score));
        Assert.All(damped.Evidence, e => Assert.Contains("off-topic", e.Rules));
        Assert.All(damped.Evidence, e => Assert.Contains("× no financial context", e.Explanation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Protesters clash with police as violence spreads; investors shrug")] // a word of markets
    [InlineData("Protesters clash with police as violence spreads, 3% of the capital affected")] // a percentage
    [InlineData("Protesters clash with police as violence spreads near $TSLA plant")] // a cashtag
    [InlineData("Protesters clash with police as violence spreads near Microsoft's campus")] // a company
    [InlineData("Violence spreads and the strike hits exports")] // a financial term
    [InlineData("Protesters clash with police as violence spreads; the company's employees stay home")] // a business word
    public void Anything_financial_in_the_text_gives_everyday_sentiment_its_full_weight(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Rules.Contains("off-topic"));
    }

    [Fact]
    public void A_financial_term_is_never_weighed_down()
    {
        var result = Analyzer.Analyze("The retailer filed for bankruptcy");

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Rules.Contains("off-topic"));
    }

    [Fact]
    public void A_found_target_is_financial_context()
    {
        const string text = "Protesters clash with police as violence spreads near Morrisons stores";

        var result = Analyzer.Analyze(text, [new SentimentTarget("Morrisons")]);

        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Fact]
    public void The_sentence_scores_follow_the_weighed_evidence()
    {
        const string text = "Violence spreads. Protesters clash with police.";

        var damped = Analyzer.Analyze(text);
        var full = SentimentAnalyzer.Create(new FinSentimentOptions { OffTopicWeight = 1 }).Analyze(text);

        Assert.Equal(full.Sentences.Count, damped.Sentences.Count);
        for (var i = 0; i < full.Sentences.Count; i++)
        {
            Assert.True(Math.Abs(damped.Sentences[i].Score) < Math.Abs(full.Sentences[i].Score), $"sentence {i}");
        }

        Assert.True(Math.Abs(damped.Score) < Math.Abs(full.Score));
    }

    [Fact]
    public void A_custom_lexicon_can_mark_its_own_everyday_words()
    {
        var lexicon = SentimentLexicon.CreateBuilder().AddDefaults().Add("gloriously", 0.8, LexiconCategory.Sentiment, LexiconDomain.General).Build();
        var analyzer = new SentimentAnalyzer(FinancialTokenizer.Instance, new LexiconScorer(lexicon), TickerResolver.Default);

        var result = analyzer.Analyze("The garden bloomed gloriously");

        Assert.Contains(result.Evidence, e => e.Text == "gloriously" && e.Rules.Contains("off-topic"));
    }
}
