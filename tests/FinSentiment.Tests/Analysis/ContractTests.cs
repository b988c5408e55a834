using FinSentiment.Internal;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A customer's business won or lost is news for the suppliers, whatever words of sentiment the sentence holds: the one the
/// contract goes to gains, the one it leaves loses, and the customer that decides has no news of its own.
/// </summary>
public sealed class ContractTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static Polarity Polarity(string text, string target) =>
        Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity;

    [Theory]
    [InlineData("The port authority awarded Acme Cranes the bulk of its terminal refit.", "Acme Cranes")]
    [InlineData("The state rail operator handed Acme Cranes a $400 million signalling order.", "Acme Cranes")]
    [InlineData("The signalling contract went to Acme Cranes after a two-year tender.", "Acme Cranes")]
    [InlineData("Three firms bid for the catering tender, which went to newcomer Acme Cranes.", "Acme Cranes")]
    [InlineData("The council awarded the maintenance work to Acme Cranes and Initech Services.", "Initech Services")]
    [InlineData("Globex Freight lost the five-year parcel contract for the northern region to a team of Acme Cranes and Initech Services.", "Acme Cranes")]
    [InlineData("The airline is switching its engine maintenance from Globex Freight to Acme Cranes.", "Acme Cranes")]
    [InlineData("The grocer will stop stocking Globex Freight snacks in favour of Acme Cranes brands.", "Acme Cranes")]
    [InlineData("The rail operator picked Acme Cranes over Globex Freight for its next 40 trains, a deal worth about $900 million.", "Acme Cranes")]
    [InlineData("The retailer is moving its parcel volumes to rival Acme Cranes from March.", "Acme Cranes")]
    [InlineData("The rail operator drops Globex Freight, picks Acme Cranes for 50 regional trains", "Acme Cranes")]
    [InlineData("Globex Freight loses a $2 bn order as the airline opts for Acme Cranes jets", "Acme Cranes")]
    [InlineData("An arbitration panel sides with Acme Cranes in its dispute with Globex Freight", "Acme Cranes")]
    [InlineData("The grocer pulls its bakery supply deal from Globex Freight and hands it to Acme Cranes", "Acme Cranes")]
    [InlineData("Globex Freight cedes market share to Acme Cranes as the price war bites", "Acme Cranes")]
    public void The_company_the_business_goes_to_gains(string text, string target)
    {
        Assert.Equal(FinSentiment.Polarity.Positive, Polarity(text, target));
    }

    [Theory]
    [InlineData("The airline is switching its engine maintenance from Globex Freight to Acme Cranes.", "Globex Freight")]
    [InlineData("The bottler is moving production away from Globex Freight after repeated quality lapses.", "Globex Freight")]
    [InlineData("The carmaker will drop Globex Freight from its supplier list next year.", "Globex Freight")]
    [InlineData("The phone maker will stop using Globex Freight chips in its next handset.", "Globex Freight")]
    [InlineData("Globex Freight and Initech Services were passed over for the harbour dredging job.", "Initech Services")]
    [InlineData("Globex Freight and Initech Services both missed out on the warehouse contract.", "Globex Freight")]
    [InlineData("The hospital chain chose Acme Cranes over bids from Globex Freight and Initech Services.", "Initech Services")]
    [InlineData("The navy cancelled a $300 million patrol boat order from Globex Freight.", "Globex Freight")]
    [InlineData("The utility said it would not renew its metering contract with Globex Freight.", "Globex Freight")]
    [InlineData("Acme Cranes kept its cleaning contract at the airport, fending off a challenge from Globex Freight.", "Globex Freight")]
    [InlineData("The grocer pulls its bakery supply deal from Globex Freight and hands it to Acme Cranes", "Globex Freight")]
    [InlineData("Acme Cranes takes the stadium catering business, ending Globex Freight's 20-year run", "Globex Freight")]
    [InlineData("Acme Cranes lands the league kit deal, ending Globex Freight partnership", "Globex Freight")]
    [InlineData("Acme Cranes wrests the harbour supply deal from Globex Freight", "Globex Freight")]
    [InlineData("The airline orders 120 Acme Cranes jets, snubbing Globex Freight", "Globex Freight")]
    [InlineData("The transit agency cancelled the rest of its order for 40 buses from Globex Freight.", "Globex Freight")] // guard: what was ordered between (the cancellation alone scored it)
    [InlineData("Initech Services has halted purchases of copper concentrate from Globex Freight.", "Globex Freight")]
    public void The_company_the_business_leaves_loses(string text, string target)
    {
        Assert.Equal(FinSentiment.Polarity.Negative, Polarity(text, target));
    }

    [Theory]
    [InlineData("Globex Freight lost its contract to supply ready meals to Acme Cranes, which switched to a cheaper kitchen.", "Acme Cranes")] // the customer supplied
    [InlineData("The Pentagon cancelled the cloud contract awarded to Acme Cranes.", "Acme Cranes")] // an award taken back is no gain
    [InlineData("Initech Mobile picks Acme Cranes' Jane Roe as its new chief executive", "Acme Cranes")] // someone of the company picked
    [InlineData("Initech Mobile taps Acme Cranes as adviser on the sale of its towers", "Acme Cranes")] // a firm hired to advise
    public void A_customer_supplied_or_an_award_taken_back_gains_nothing(string text, string target)
    {
        Assert.NotEqual(FinSentiment.Polarity.Positive, Polarity(text, target));
    }

    [Theory]
    [InlineData("Initech Services cancelled the rest of its order for 40 buses from Globex Freight.", "Initech Services")]
    [InlineData("Initech Services has halted purchases of copper concentrate from Globex Freight.", "Initech Services")]
    public void A_customer_that_ends_an_order_has_no_news_of_its_own(string text, string target) =>
        Assert.Equal(FinSentiment.Polarity.Neutral, Polarity(text, target));

    [Theory]
    [InlineData("The regulator dropped Acme Cranes from its cartel probe.", "Acme Cranes")] // dropped from an accusation
    [InlineData("Acme Cranes raised its offer for Initech Services to see off a rival bid from Globex Freight.", "Globex Freight")] // a bidder for a company
    public void A_company_dropped_from_a_probe_or_a_bidder_seen_off_loses_nothing(string text, string target)
    {
        Assert.NotEqual(FinSentiment.Polarity.Negative, Polarity(text, target));
    }

    [Theory]
    [InlineData("The phone network Initech Mobile awarded Acme Cranes the bulk of its radio upgrade.", "Initech Mobile")]
    [InlineData("Initech Mobile will drop Globex Freight drinks from its cafes.", "Initech Mobile")]
    [InlineData("Initech Mobile dropped Globex Freight as its main courier.", "Initech Mobile")]
    [InlineData("Initech Mobile picked Acme Cranes over Globex Freight for its tower work, a deal worth about $90 million.", "Initech Mobile")]
    [InlineData("Initech Mobile drops Globex Freight as its modem supplier", "Initech Mobile")] // a name after the present tense too
    public void The_customer_that_decides_has_no_news_of_its_own(string text, string target)
    {
        Assert.Equal(FinSentiment.Polarity.Neutral, Polarity(text, target));
    }

    [Theory]
    [InlineData("Initech Air defers Globex Freight 900X deliveries")] // deliveries put off: the maker's loss
    [InlineData("Initech Air delays Globex Freight orders until 2028")]
    public void The_maker_whose_deliveries_a_customer_puts_off_loses(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Initech Air"), new SentimentTarget("Globex Freight")]);

        Assert.Equal(FinSentiment.Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("BT awarded ", " the radio work.", true)]
    [InlineData("The council handed ", " a $5 mn contract.", true)]
    [InlineData("The council handed ", " a fine.", false)] // no contract handed
    [InlineData("The tender, which went to ", ".", true)]
    [InlineData("The chief executive went to ", " in 2019.", false)] // no contract goes
    [InlineData("Walmart moved its account from Globex to ", ".", true)]
    [InlineData("Globex lost the contract to ", ".", true)]
    [InlineData("Globex lost ground to ", ".", false)] // no contract lost
    [InlineData("The judge ruled in favour of ", ".", true)]
    [InlineData("The terms are not in favour of ", ".", false)]
    public void A_winner_is_read_from_the_words_around_it(string before, string after, bool wins)
    {
        Assert.Equal(wins, ContractText.Wins(before, after));
    }

    [Theory]
    [InlineData("Walmart moved its account from ", " to Initech.", true)]
    [InlineData("Walmart bought the land from ", " to build a store.", false)] // no business moved
    [InlineData("Costco will drop ", " drinks.", true)]
    [InlineData("Globex was dropped by ", ".", false)] // the one that drops
    [InlineData("", " were passed over for the job.", true)]
    [InlineData("", " passed over the offer.", false)] // the one that passes over
    [InlineData("", " and Globex lost out to Initech.", true)]
    [InlineData("The bank cut ties with ", ".", true)]
    [InlineData("The bank signed a deal with ", ".", false)]
    [InlineData("Acme renewed its contract with ", ".", false)]
    [InlineData("Acme declined to renew its contract with ", ".", true)]
    [InlineData("", " was removed from the project.", true)]
    [InlineData("The bank excluded ", " from the final round.", true)]
    public void A_loser_is_read_from_the_words_around_it(string before, string after, bool loses)
    {
        Assert.Equal(loses, ContractText.Loses(before, after));
    }

    [Theory]
    [InlineData("A London court rules for Acme Cranes in its long patent fight with Globex Freight", "Acme Cranes", FinSentiment.Polarity.Positive)]
    [InlineData("An arbitration panel sides with Acme Cranes against Globex Freight over the port lease", "Globex Freight", FinSentiment.Polarity.Negative)]
    [InlineData("The tribunal ruled for Acme Cranes against Globex Freight in a row over royalties.", "Globex Freight", FinSentiment.Polarity.Negative)]
    [InlineData("The tribunal ruled for Acme Cranes against Globex Freight in a row over royalties.", "Acme Cranes", FinSentiment.Polarity.Positive)]
    public void A_ruling_for_one_side_is_against_the_other(string text, string target, Polarity polarity)
    {
        Assert.Equal(polarity, Polarity(text, target));
    }

    [Fact]
    public void The_supplier_a_customer_stops_buying_from_loses() =>
        Assert.Equal(FinSentiment.Polarity.Negative, Polarity("The carmaker will stop buying seat frames from Globex Freight next year.", "Globex Freight"));
}
