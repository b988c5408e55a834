namespace FinSentiment.Tests.Scoring;

/// <summary>
/// Trader slang of stock posts the built-in lexicon scores, and news sentences where the same words have another sense
/// and must not be read as slang.
/// </summary>
public sealed class SlangLexiconTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    // chart patterns and levels
    [InlineData("$XYZ cup and handle, ready to pop", Polarity.Positive)]
    [InlineData("$XYZ forming a cup-and-handle on the daily", Polarity.Positive)]
    [InlineData("$XYZ head and shoulders top", Polarity.Negative)]
    [InlineData("$XYZ inverse head and shoulders on the weekly", Polarity.Positive)]
    [InlineData("$XYZ bear flag on the 4h, careful", Polarity.Negative)]
    [InlineData("$XYZ double top at 150, I'm out", Polarity.Negative)]
    [InlineData("$XYZ making higher lows every week", Polarity.Positive)] // not "lows"
    [InlineData("$XYZ lower highs since March", Polarity.Negative)] // not "highs"
    [InlineData("$XYZ rejected at resistance again", Polarity.Negative)]
    [InlineData("$XYZ lost support at 50", Polarity.Negative)]
    [InlineData("$XYZ breaking down below the 200 day", Polarity.Negative)]
    [InlineData("$XYZ new ATH", Polarity.Positive)]
    [InlineData("$XYZ can't catch a bid", Polarity.Negative)]
    // idioms of posts and commentary
    [InlineData("$XYZ volumes through the roof", Polarity.Positive)]
    [InlineData("$XYZ demand still in the gutter", Polarity.Negative)]
    [InlineData("$XYZ guided up again", Polarity.Positive)]
    [InlineData("$XYZ this move is just getting started", Polarity.Positive)]
    [InlineData("$XYZ bears got wrecked today", Polarity.Positive)] // bad for bears, good for the stock
    [InlineData("$XYZ revenue growth is reaccelerating", Polarity.Positive)]
    [InlineData("$XYZ stays the default search engine on Globex phones", Polarity.Neutral)] // a setting, not a failure to pay
    [InlineData("$XYZ splitting up into three companies", Polarity.Neutral)] // a verb's particle, not a rise
    [InlineData("You can't make this up, $XYZ", Polarity.Neutral)]
    // sarcasm marked by an emoji of mockery
    [InlineData("Sure, $XYZ is totally going to be profitable next year \U0001F644", Polarity.Negative)]
    [InlineData("Great, another beat and raise from $XYZ and the stock is down 12% \U0001F643", Polarity.Negative)]
    [InlineData("$XYZ beat and raise, love it \U0001F680", Polarity.Positive)] // a rocket is meant
    [InlineData("$XYZ missed badly again \U0001F644", Polarity.Negative)] // bad news meant as it reads
    // tops, bottoms, rips and pops
    [InlineData("$XYZ looks toppy", Polarity.Negative)]
    [InlineData("$XYZ bottoming here", Polarity.Positive)]
    [InlineData("$XYZ about to rip", Polarity.Positive)]
    [InlineData("$XYZ is unstoppable", Polarity.Positive)]
    // buying, selling and positions
    [InlineData("$XYZ loading more", Polarity.Positive)]
    [InlineData("$XYZ so cheap here, buying more", Polarity.Positive)]
    [InlineData("$XYZ dip bought", Polarity.Positive)]
    [InlineData("$XYZ sell the rip", Polarity.Negative)]
    [InlineData("Went long $XYZ", Polarity.Positive)]
    [InlineData("$XYZ dead money for years", Polarity.Negative)]
    [InlineData("$XYZ selling like crazy", Polarity.Positive)] // the hotcakes idiom
    [InlineData("$XYZ selling off like crazy", Polarity.Negative)] // a stock sold off
    [InlineData("$XYZ red again", Polarity.Negative)]
    [InlineData("$XYZ green again", Polarity.Positive)]
    // bears, shorts and longs
    [InlineData("$XYZ bears got liquidated", Polarity.Positive)] // not "liquidated"
    [InlineData("$XYZ longs got liquidated", Polarity.Negative)]
    [InlineData("$XYZ shorts winning again", Polarity.Negative)] // not "winning"
    [InlineData("$XYZ shorts getting squeezed", Polarity.Positive)]
    [InlineData("$XYZ shorts covering", Polarity.Positive)]
    [InlineData("$XYZ blew up my account, crying 😭", Polarity.Negative)]
    // the same words in news, in other senses
    [InlineData("Wage talks are breaking down at the Ford plant.", Polarity.Negative)]
    [InlineData("Analysts are breaking down Acme's quarterly results.", Polarity.Neutral)] // an explainer
    [InlineData("The bank offered a cheap loan to small businesses.", Polarity.Neutral)]
    [InlineData("The company took a long time to respond to the regulator.", Polarity.Neutral)]
    [InlineData("The long-term outlook for Acme is unchanged.", Polarity.Neutral)]
    [InlineData("The city is going green with a new solar program.", Polarity.Neutral)]
    [InlineData("Its new phone stands head and shoulders above rivals, reviewers said.", Polarity.Positive)]
    [InlineData("Strategists fear the bubble is about to pop.", Polarity.Negative)]
    [InlineData("The company is buying more time to repay its bonds.", Polarity.Neutral)]
    [InlineData("The firm has been loading up on debt.", Polarity.Negative)]
    [InlineData("The new Acme phone is selling like hotcakes in China.", Polarity.Positive)]
    [InlineData("Customers said they were ripped off by the hidden charges.", Polarity.Negative)] // not "ripping"
    [InlineData("The region is crying out for investment in infrastructure.", Polarity.Neutral)]
    [InlineData("Investors were taking profits in tech stocks on Tuesday.", Polarity.Neutral)] // a fall says so itself
    [InlineData("Shares caught a bid after the Fed decision.", Polarity.Positive)]
    [InlineData("Bonds can't catch a bid as inflation fears mount.", Polarity.Negative)]
    [InlineData("The SEC charged three men over a pump-and-dump scheme.", Polarity.Negative)]
    public void Trader_slang_is_scored_and_its_look_alikes_in_news_are_not(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
}
