using System.Globalization;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A sentence that opens against the one before ("However, ...", "But ...") carries the text's point, as the clause after
/// "but" does within a sentence; the sentence before it is conceded.
/// </summary>
public sealed class SentenceContrastTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Acme reported weaker widget sales. {0} services revenue hit a record and the shares rose.", "However,", +1)]
    [InlineData("Acme reported record widget sales. {0} margins shrank sharply and the shares fell.", "But", -1)]
    [InlineData("Acme reported weaker widget sales. {0} services revenue hit a record and the shares rose.", "Nevertheless,", +1)]
    public void The_sentence_that_opens_against_the_one_before_weighs_more(string template, string opener, int direction)
    {
        var contrasted = Analyzer.Analyze(string.Format(CultureInfo.InvariantCulture, template, opener)).Score;
        var plain = Analyzer.Analyze(string.Format(CultureInfo.InvariantCulture, template, "Also,")).Score;

        Assert.True(direction * (contrasted - plain) > 0.05, $"with '{opener}' {contrasted}, without {plain}");
    }

    [Fact]
    public void A_still_that_is_no_contrast_changes_nothing()
    {
        var still = Analyzer.Analyze("Acme reported weaker widget sales. Still the shares rose.").Score;
        var plain = Analyzer.Analyze("Acme reported weaker widget sales. Then the shares rose.").Score;

        Assert.Equal(plain, still, 6);
    }

    [Fact]
    public void A_contrast_between_two_companies_concedes_neither_companys_news()
    {
        var result = Analyzer.Analyze("Apple cut its dividend, while Intel raised its payout.");
        var alone = Analyzer.Analyze("Intel raised its payout.");

        var intel = result.Tickers.Single(t => t.Symbol == "INTC");
        Assert.Equal(Polarity.Positive, intel.Polarity);
        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "AAPL").Polarity);
        var intelAlone = alone.Tickers.Single(t => t.Symbol == "INTC").Score;
        Assert.True(intel.Score > intelAlone / 2, $"{intel.Score} against {intelAlone} alone"); // not halved as conceded
    }
}
