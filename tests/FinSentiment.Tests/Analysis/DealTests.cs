using FinSentiment.Internal;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// In a headline, a deal is mildly good news for the company that makes it and for its partner or buyer, when no word of the
/// headline scores them; an investor's trade in shares or a treasury's bond sale is no such deal.
/// </summary>
public sealed class DealTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static Polarity Polarity(string text, string target) =>
        Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity;

    [Theory]
    [InlineData("Acme Minerals sells its copper unit to Globex Holdings for $1.2 billion", "Acme Minerals")]
    [InlineData("Acme Minerals sells its copper unit to Globex Holdings for $1.2 billion", "Globex Holdings")] // the buyer
    [InlineData("Acme Minerals in talks to buy rival smelter Initech", "Acme Minerals")]
    [InlineData("Acme Minerals joins forces with Globex Holdings in Chile", "Globex Holdings")]
    [InlineData("Acme Minerals teams up with start-up Globex Holdings on battery recycling", "Globex Holdings")] // a describing word first
    [InlineData("UPDATE 2-Acme Minerals inks licensing deal with Globex Holdings", "Acme Minerals")]
    [InlineData("Miner Acme Minerals to buy smelter from Globex Holdings", "Globex Holdings")] // a describing word first; the seller
    [InlineData("Acme Minerals extends supply deals with Globex Holdings", "Acme Minerals")]
    [InlineData("UPDATE 1-Acme Minerals flags sale of some Chilean assets", "Acme Minerals")] // a deal planned
    [InlineData("Acme Minerals to sell Globex Holdings to Initech for $4 billion", "Globex Holdings")] // the company sold
    [InlineData("Acme Minerals and Globex Holdings form joint venture in Peru", "Globex Holdings")] // names listed first
    [InlineData("Acme Minerals does $770 mln copper deal", "Acme Minerals")] // "does" with the deal it does
    [InlineData("Acme Minerals does deal with Globex Holdings", "Globex Holdings")]
    [InlineData("Acme Fiber to buy Webpass for big city Internet service", "Acme")] // a unit named after its parent
    [InlineData("Acme's Quorra Labs Signs China Manufacturing Deal With Globex", "Acme")]
    public void A_party_to_a_deal_in_a_headline_has_mildly_good_news(string text, string target)
    {
        Assert.Equal(FinSentiment.Polarity.Positive, Polarity(text, target));
    }

    [Theory]
    [InlineData("Acme Fund buys 12 lakh shares of Globex Holdings", "Acme Fund")] // an investor's trade
    [InlineData("Acme Fund sells 9% in Globex Holdings for $40 million", "Acme Fund")]
    [InlineData("Acme Bank sells $500 million of green bonds to fund its solar loans", "Acme Bank")] // a treasury's funding
    [InlineData("Acme Minerals sells its copper unit to Globex Holdings for $1.2 billion.", "Acme Minerals")] // prose, not a headline
    [InlineData("Acme Minerals dispels talk of a sale to Globex Holdings", "Acme Minerals")]
    [InlineData("Acme Minerals joins rush of listings", "Acme Minerals")]
    [InlineData("$ACME sells more widgets than some countries lol", "$ACME")] // a post's cashtag sells goods
    [InlineData("Acme Minerals extends the deadline for its rights issue", "Acme Minerals")] // no deal extended
    [InlineData("Acme Minerals does not expect a deal this year", "Acme Minerals")] // "does" of a denial
    [InlineData("What should investors do with Acme Minerals ahead of Q2 results?", "Acme Minerals")] // no deal done with it
    [InlineData("Acme Chief Sells Stake In Globex", "Acme")] // a person's trade, not a unit's deal
    public void Trades_denials_and_prose_are_no_such_deal(string text, string target)
    {
        Assert.Equal(FinSentiment.Polarity.Neutral, Polarity(text, target));
    }

    [Fact]
    public void A_company_whose_stock_a_holder_sells_is_no_party_to_a_deal()
    {
        Assert.NotEqual(FinSentiment.Polarity.Positive, Polarity("Acme Fund sells Globex Holdings stock worth $40 million", "Globex Holdings"));
    }

    [Theory]
    [InlineData("", " to sell its unit", true)]
    [InlineData("Friday Papers: ", " sells its unit", true)] // a section label
    [InlineData("Shares of ", " sell off", false)] // not the headline's subject
    [InlineData("", " merge hearing adjourned", false)] // a base form nothing leads
    [InlineData("", "'s deal for Globex", false)]
    public void A_deal_maker_opens_its_headline(string before, string after, bool makesDeal)
    {
        Assert.Equal(makesDeal, DealText.MakesDeal(before, after));
    }

    [Theory]
    [InlineData("Globex Holdings mulls takeover of Peru's Initech Mining", "Initech Mining")] // over a place's possessive
    [InlineData("Globex Holdings proposes $12 bln all-share tie-up with Initech Mining", "Initech Mining")] // a priced tie-up
    [InlineData("Regulator clears Globex Holdings' $9 billion Initech Mining buyout plan", "Initech Mining")]
    public void The_company_bid_for_in_a_headline_has_good_news(string text, string target)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0];

        Assert.Equal(FinSentiment.Polarity.Positive, result.Polarity);
        Assert.Equal(CompanyRules.TakeoverTarget, result.Rule);
    }

    [Theory]
    [InlineData("Globex Holdings bid for Initech Mining runs into trouble", "Initech Mining")] // the headline scores it worse
    [InlineData("Globex Holdings strikes research tie-up with Initech Mining", "Initech Mining")] // a tie-up with no price
    public void Guard_a_bid_that_fails_or_a_tie_up_without_a_price_is_no_takeover(string text, string target) =>
        Assert.NotEqual(CompanyRules.TakeoverTarget, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Rule);
}
