using FinSentiment.Internal;

namespace FinSentiment.Tests.Analysis;

/// <summary>A trader's position in a cashtag is the post's view of the company: long is good, short or sold is bad.</summary>
public sealed class PositionTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static Polarity TickerPolarity(string text, string symbol) => Assert.Single(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol).Polarity;

    [Theory]
    [InlineData("Long $AMD short $INTC into the print. Data center is the whole story.", "AMD", Polarity.Positive)]
    [InlineData("Long $AMD short $INTC into the print. Data center is the whole story.", "INTC", Polarity.Negative)]
    [InlineData("Sold my $DIS to buy $NFLX. Parks are not the future.", "DIS", Polarity.Negative)]
    [InlineData("Puts on $KO, calls on $PEP. Volumes tell the story.", "PEP", Polarity.Positive)]
    [InlineData("Puts on $KO, calls on $PEP. Volumes tell the story.", "KO", Polarity.Negative)]
    [InlineData("$AMD calls printing while $INTC puts also printing, what a day", "INTC", Polarity.Negative)]
    public void A_position_is_the_posts_view(string text, string symbol, Polarity expected)
    {
        Assert.Equal(expected, TickerPolarity(text, symbol));
    }

    [Theory]
    [InlineData("Closed my $AMZN short at breakeven.", 0)] // a short closed is no position
    [InlineData("Whoever bought $WBA this year, sorry.", 0)] // someone else's trade
    [InlineData("I think $AAPL looks fine here.", 0)]
    [InlineData("Sold all my $PFE this morning.", -1)]
    [InlineData("Loading $NVDA on this dip.", 1)]
    [InlineData("sold my $AMD calls this morning", 0)] // an option sold is a position closed
    [InlineData("dumped all my $ZM puts", 0)]
    [InlineData("imagine buying $SNAP at the IPO", 0)] // a trade only imagined
    public void A_position_is_read_from_the_words_around_the_cashtag(string text, int expected)
    {
        var start = text.IndexOf('$', StringComparison.Ordinal);
        var end = text.IndexOf(' ', start);
        Assert.Equal(expected, PositionText.Position(text.AsSpan(0, start), text.AsSpan(end)));
    }

    [Theory]
    [InlineData("killing my $AAPL calls smh", Polarity.Negative)] // calls that lose: the stock fell
    [InlineData("my $AAPL puts got crushed today", Polarity.Positive)] // puts that lose: the stock rose
    [InlineData("$AAPL calls printing today", Polarity.Positive)]
    [InlineData("$AAPL puts printed", Polarity.Negative)]
    [InlineData("loading $AAPL puts\n", Polarity.Negative)] // the buying verb is the position, not the option's fate
    [InlineData("bought $AAPL puts after a terrible quarter", Polarity.Negative)]
    public void An_options_fate_is_the_stocks_move_times_its_side(string text, Polarity expected) =>
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(text).Tickers, t => t.Symbol == "AAPL").Polarity);
}
