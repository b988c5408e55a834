namespace FinSentiment.Tests.Analysis;

/// <summary>A cashtag the directory does not know is another company: it keeps its own news, and it is not reported.</summary>
public sealed class UnknownCashtagTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("$ZQXW up 12% premarket after FDA nod. $AAPL flat.", "AAPL", Polarity.Neutral)]
    [InlineData("Apple beat estimates; $ZQXW plunged 30% on the miss.", "AAPL", Polarity.Positive)]
    [InlineData("$QRVX files for bankruptcy, while $NVDA just keeps going", "NVDA", Polarity.Neutral)]
    public void A_known_company_does_not_take_an_unknown_cashtags_news(string text, string symbol, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        var ticker = Assert.Single(result.Tickers);
        Assert.Equal(symbol, ticker.Symbol);
        Assert.Equal(expected, ticker.Polarity);
    }

    [Theory]
    [InlineData("$ACMQ soars 40% after FDA approval. Acme ($ACMQ) said its trial met every goal.")]
    [InlineData("$ACMQ soars 40% after FDA approval. Acme $ACMQ said its trial met every goal.")]
    public void A_cashtag_once_beside_a_targets_name_is_the_targets_own(string text)
    {
        var target = Assert.Single(Analyzer.Analyze(text, [new SentimentTarget("Acme")]).Targets);

        Assert.Equal(Polarity.Positive, target.Polarity);
    }
}
