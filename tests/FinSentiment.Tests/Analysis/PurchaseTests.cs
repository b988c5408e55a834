using FinSentiment.Internal;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A company named as the thing bought (a takeover, an offer, a stake, a price paid for it) has demand and a premium behind
/// it: good news for it, whatever the deal means for the buyer; a deal called off or a question about buying is not.
/// </summary>
public sealed class PurchaseTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static TargetSentiment Target(string text, string target) => Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0];

    [Theory]
    [InlineData("Globex Tools to buy Acme Widgets for $2 billion", "Acme Widgets")]
    [InlineData("Globex Tools agreed to acquire Acme Widgets for $2 billion in cash.", "Acme Widgets")]
    [InlineData("Globex Tools raises its offer for rival Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools agrees to buy cancer biotech Acme Widgets for $6 billion in cash", "Acme Widgets")] // a describing noun with its own modifier
    [InlineData("Globex Tools renews pursuit of Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools buys a 20% stake in Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools in talks to buy the remaining shares of Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools paid a high price for Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools completes takeover of US drugmaker Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools takes a 10% stake in Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools raises its stake in Acme Widgets to 15%", "Acme Widgets")]
    [InlineData("Globex Tools is buying a 4% stake in Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools buys Acme Widgets' shares in the open market", "Acme Widgets")]
    [InlineData("Globex Fund buys 12.5 lakh Acme Widgets shares through a block deal", "Acme Widgets")] // a number of shares
    [InlineData("Globex Tools made an approach for Acme Widgets on Friday.", "Acme Widgets")]
    [InlineData("Investors can buy Acme Widgets on dips, says Rahul Verma", "Acme Widgets")] // a modal makes the call
    [InlineData("Globex Tools bought shares of Initech Systems and Acme Widgets last quarter.", "Acme Widgets")] // listed after another
    [InlineData("Globex Tools agreed to buy Intel, Micron and Acme Widgets.", "Acme Widgets")]
    [InlineData("Globex Tools agreed to buy Intel, Micron and Nvidia.", "Micron")] // inside the list
    [InlineData("Acme Widgets agreed to be bought by Globex Tools for 1.2 billion pounds.", "Acme Widgets")] // in the passive
    [InlineData("Acme Widgets to be acquired by Globex Tools for $2 billion", "Acme Widgets")]
    [InlineData("Acme Widgets agreed to be taken over by a Canadian pension fund for 300p a share.", "Acme Widgets")]
    [InlineData("Acme Widgets agreed to a £900m all-cash takeover by a private equity group.", "Acme Widgets")] // the purchase accepted
    [InlineData("Acme Widgets accepted a buyout offer from Globex Tools.", "Acme Widgets")]
    [InlineData("Globex Tools agreed to buy lithium producer Acme Widgets for $6.7 billion", "Acme Widgets")] // over its trade
    [InlineData("Globex Tools agreed to buy gene therapy developer Acme Widgets", "Acme Widgets")]
    [InlineData("Private equity consortium offers 52% premium for Acme Widgets", "Acme Widgets")] // a premium for it
    [InlineData("Acme Widgets accepts $15 billion buyout", "Acme Widgets")] // the headline ends with the purchase
    [InlineData("Acme Widgets approached by two rival suitors, sources say", "Acme Widgets")] // a headline's participle
    [InlineData("Acme Widgets acquired by Globex Tools for $2 billion", "Acme Widgets")]
    [InlineData("Globex Tools agrees to take Acme Widgets private", "Acme Widgets")]
    [InlineData("Globex Tools has taken a 6% stake in Acme Widgets", "Acme Widgets")] // the participle of taking
    [InlineData("Globex Tools builds Acme Widgets stake", "Acme Widgets")] // the stake right after the name
    [InlineData("Globex Tools has taken an Acme Widgets stake", "Acme Widgets")]
    [InlineData("Globex Tools adds to its stake in Acme Widgets", "Acme Widgets")] // adding to a stake
    [InlineData("Globex Tools added to its Acme Widgets holding", "Acme Widgets")]
    [InlineData("Acme Widgets agreed to be taken private at a 46% premium", "Acme Widgets")] // a buyout with no buyer named
    public void The_company_bought_has_good_news(string text, string target)
    {
        Assert.Equal(Polarity.Positive, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Globex Tools drops its bid for Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools won't buy Acme Widgets after all", "Acme Widgets")]
    [InlineData("Regulators blocked the takeover of Acme Widgets", "Acme Widgets")]
    [InlineData("Should you buy Acme Widgets now?", "Acme Widgets")]
    [InlineData("Is it too early to buy Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools sold its unit to Acme Widgets last year.", "Globex Tools")] // the seller gains no buyer's premium (a headline's deal is DealTests')
    [InlineData("Globex Tools' bid for Acme Widgets fell apart over financing.", "Acme Widgets")] // called off after the name
    [InlineData("The takeover of Acme Widgets by Globex Tools was abandoned after due diligence.", "Acme Widgets")]
    [InlineData("Globex Tools declined to buy Acme Widgets after reviewing its books.", "Acme Widgets")]
    [InlineData("Globex Tools writes down $3 billion on its acquisition of Acme Widgets.", "Acme Widgets")] // bad news of the purchase
    [InlineData("Shareholders file lawsuit over Globex Tools' acquisition of Acme Widgets.", "Acme Widgets")]
    [InlineData("Globex Tools buys Acme Widgets' bonds at a steep discount.", "Acme Widgets")] // what it owns, not itself
    [InlineData("It is too risky to buy Acme Widgets until the regulator lifts the cap.", "Acme Widgets")]
    [InlineData("Investors would not buy Acme Widgets at these levels.", "Acme Widgets")]
    [InlineData("It is a bad deal for Acme Widgets shareholders, the proxy adviser said.", "Acme Widgets")]
    [InlineData("Globex Tools agrees to buy Initech, Acme Widgets shares little changed", "Acme Widgets")] // a comma that starts a clause
    public void A_purchase_called_off_asked_about_or_made_adds_nothing(string text, string target)
    {
        Assert.NotEqual(Polarity.Positive, Target(text, target).Polarity);
    }

    [Fact]
    public void The_buyer_is_not_the_one_bought()
    {
        var result = Analyzer.Analyze(
            "Globex Tools to buy Acme Widgets for $2 billion",
            [new SentimentTarget("Globex Tools"), new SentimentTarget("Acme Widgets")]);

        Assert.True(result.Targets[1].Score > result.Targets[0].Score);
    }

    [Theory]
    [InlineData("Globex to buy ", true)]
    [InlineData("Globex buys ", true)]
    [InlineData("Globex bought more ", true)]
    [InlineData("Globex swoop on ", true)]
    [InlineData("Globex makes an offer for Dutch rival ", true)]
    [InlineData("Globex to pay ", true)]
    [InlineData("Buy ", false)] // advice, not a deal
    [InlineData("Globex says buy ", false)]
    [InlineData("Globex deal of the year: ", false)]
    [InlineData("Globex walks away from its offer for ", false)]
    [InlineData("Globex, which failed to buy Initech, now eyes ", false)] // another clause
    [InlineData("Steps paying off for ", false)]
    [InlineData("Globex blocks the acquisition of ", false)]
    public void A_cue_of_buying_must_end_the_text_before_the_name(string before, bool expected)
    {
        Assert.Equal(expected, PurchaseText.IsBought(before, " for $2 billion."));
    }

    [Theory]
    [InlineData("Northern Fund sells Acme Widgets shares worth $84 million", "Acme Widgets")]
    [InlineData("Globex Fund sells 12.6 lakh Acme Widgets shares for Rs 5 crore", "Acme Widgets")]
    [InlineData("Britain cuts its Acme Widgets stake to below 14 pct", "Acme Widgets")]
    [InlineData("Globex Tools sells a 7% stake in Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools offloads 0.6% of Acme Widgets in a block trade", "Acme Widgets")] // a share of the company
    [InlineData("Promoters plan to sell $250 million of shares in Acme Widgets", "Acme Widgets")]
    public void The_company_whose_stock_a_holder_sells_has_bad_news(string text, string target)
    {
        Assert.Equal(Polarity.Negative, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Globex Tools won't sell Acme Widgets shares this year", "Acme Widgets", Polarity.Neutral)] // called off
    [InlineData("Acme Widgets shares rise 5% after Globex Tools sells its stake", "Acme Widgets", Polarity.Positive)] // the sentence says otherwise
    [InlineData("Globex Tools sells its Acme Widgets unit to Initech", "Acme Widgets", Polarity.Neutral)] // a business, not a stock
    [InlineData("Should Globex Tools sell its Acme Widgets shares?", "Acme Widgets", Polarity.Neutral)] // a question
    [InlineData("The government will sell a 3.5% stake in Acme Widgets through an IPO", "Acme Widgets", Polarity.Neutral)] // a listing
    public void A_sale_called_off_outweighed_asked_about_or_of_a_business_adds_no_bad_news(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Globex sells ", " shares worth $84 million", true)]
    [InlineData("Globex sells ", " and Initech shares worth $9 billion", true)] // listed before another name and the shares
    [InlineData("Globex sells ", ", Globex said on Monday", false)]
    [InlineData("Globex Sells ", " And Initech Shares To Fund Expansion", true)] // a title-case headline
    [InlineData("Buybacks reduced ", " shares outstanding by 3%", false)] // a count of shares, not a sale
    [InlineData("Globex cuts its ", " stake to 12%", true)]
    [InlineData("Globex sells a 7% stake in ", " for $2 billion", true)]
    [InlineData("The ", " stake sale raised $750 million", true)]
    [InlineData("Globex sells ", " to Initech", false)] // the company itself: a purchase, read as such
    [InlineData("Globex cuts ", " share price target to $40", false)]
    [InlineData("Globex has no plan to sell ", " shares", false)]
    [InlineData("", " shares fell", false)]
    public void A_sale_of_the_stock_is_read_around_the_name(string before, string after, bool expected)
    {
        Assert.Equal(expected, SaleText.IsSoldStock(before, after));
    }

    [Theory]
    [InlineData("Globex Tools abandons talks to buy Acme Widgets", "Acme Widgets")]
    [InlineData("Globex Tools drops pursuit of Acme Widgets after its final proposal is rebuffed", "Acme Widgets")]
    [InlineData("Globex Tools withdrew its offer for Acme Widgets after the board refused to engage.", "Acme Widgets")]
    [InlineData("The regulator sued to block Globex Tools' $9 billion acquisition of Acme Widgets.", "Acme Widgets")]
    [InlineData("Chevron walks away from Hess, says it will focus on buybacks instead", "Hess")] // a suitor gone
    [InlineData("Chevron opted not to bid for Hess", "Hess")] // a decision not to buy
    [InlineData("Chevron pulls out of the race for Hess", "Hess")]
    public void The_company_a_purchase_called_off_would_have_bought_loses_the_premium(string text, string target)
    {
        Assert.Equal(Polarity.Negative, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Globex Tools abandons talks to buy ", "", true)]
    [InlineData("Globex Tools is reluctant to buy ", "", false)] // doubted, not called off
    [InlineData("Globex Tools agreed to buy ", "", false)]
    [InlineData("The offer for ", " collapsed on Friday", true)]
    [InlineData("Globex Tools walked away from ", "", true)]
    [InlineData("Globex Tools decided against a bid for ", "", true)]
    [InlineData("Globex Tools may not bid for ", "", false)] // doubted, not decided
    public void A_purchase_called_off_is_read_around_the_name(string before, string after, bool expected)
    {
        Assert.Equal(expected, PurchaseText.IsPurchaseCalledOff(before, after));
    }
}
