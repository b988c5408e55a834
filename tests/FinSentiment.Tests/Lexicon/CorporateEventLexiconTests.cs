namespace FinSentiment.Tests.Lexicon;

/// <summary>
/// Corporate, legal and market events the built-in lexicon scores (gaps found by blind review, lex24): figures set against a
/// forecast, takeover and placing prices against the market price, legal and regulatory outcomes, and a few read with the
/// wrong sign before; and (lex25) executive departures, closures, pay freezes, buyback cuts, bidders opting out and weak
/// outlook wording.
/// </summary>
public sealed class CorporateEventLexiconTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    // a figure against a forecast moves what it names, not the forecast
    [InlineData("Norvale Mining's first-half loss was narrower than forecast.", Polarity.Positive)]
    [InlineData("Brisbay Foods said input costs were lower than estimated.", Polarity.Positive)]
    [InlineData("Tandem Retail shares recouped early losses to end the day higher.", Polarity.Positive)]
    // takeover and share-sale prices
    [InlineData("Ostler Group agreed to be bought for 410p a share, a 38% premium to Thursday's close.", Polarity.Positive)]
    [InlineData("Halcyon Media agreed to be taken private in a take-under that wipes out most of the equity.", Polarity.Negative)]
    [InlineData("Acme completed a reverse stock split to meet the exchange's minimum bid price.", Polarity.Negative)]
    [InlineData("Dalby Bank bought back 2 million shares for cancellation.", Polarity.Neutral)] // a buyback, not a cancellation
    // legal, regulatory and operational events
    [InlineData("Perrin Air said regulators ordered its fleet grounded after an engine fire.", Polarity.Negative)]
    [InlineData("A judge threw out the patent lawsuit against Corbel Devices.", Polarity.Positive)]
    [InlineData("Lantern Energy struck oil at its second exploration well.", Polarity.Positive)]
    // payouts and warnings
    [InlineData("Wexcombe Homes returned to the dividend list after three years.", Polarity.Positive)]
    [InlineData("Acme issued its first profit warning since 2019.", Polarity.Negative)] // not a "first profit"
    public void Corporate_event_is_scored_with_its_sign(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    // lex25: executive departures and management shake-ups
    [InlineData("Harlow Foods' finance chief departs after eight months.", Polarity.Negative)]
    [InlineData("Brackley Bank's chief executive stepped down unexpectedly on Monday.", Polarity.Negative)]
    [InlineData("Ormsby Retail shakes up top management.", Polarity.Negative)]
    // closures, pay freezes and buyback cuts
    [InlineData("Penrose Steel will close its plant in Ohio.", Polarity.Negative)]
    [InlineData("Kestwick Airlines freezes pay for ground staff.", Polarity.Negative)]
    [InlineData("Castmoor Energy trims its buyback.", Polarity.Negative)]
    // a bidder that opts out, deals blocked, plans shelved, products pulled
    [InlineData("Dunmere Capital opts not to bid, leaving Farrow Insurance to its rivals.", Polarity.Negative)]
    [InlineData("Regulators block Elstow Media's takeover of Pinmark Radio.", Polarity.Negative)]
    [InlineData("Fenwood Labs postpones its IPO.", Polarity.Negative)]
    [InlineData("Renwick Toys' new doll was pulled from shelves.", Polarity.Negative)]
    // weak outlook wording
    [InlineData("Gresby Homes faces a slow recovery.", Polarity.Negative)] // not a "recovery"
    public void Departure_closure_and_weak_outlook_read_negative(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme lands order for 150 jets from a Gulf carrier", Polarity.Positive)] // an order landed, snagged or booked
    [InlineData("Acme snagged a contract to supply the navy", Polarity.Positive)] // guard: right before too, through "contract to supply"
    [InlineData("Acme keeps taking share as rivals take share from Globex", Polarity.Positive)] // share taken or ceded (guard: "taking share" was read before)
    [InlineData("Acme ceded ground to cheaper rivals in Europe", Polarity.Negative)]
    [InlineData("Regulator caps output at Acme's main plant", Polarity.Negative)] // output capped
    [InlineData("Acme CEO buys $2 million of shares in the open market", Polarity.Positive)] // an officer buys or sells
    [InlineData("Acme CFO sells 60% of his stake weeks after joining", Polarity.Negative)]
    [InlineData("Critics pan Acme's new pickup as underpowered", Polarity.Negative)] // a product panned
    [InlineData("Acme to speed up buybacks to $3.5bn a quarter", Polarity.Positive)] // buybacks sped up
    [InlineData("Acme's wealth unit pulled in $36bn of net new assets", Polarity.Positive)]
    [InlineData("Acme said its contract with the state will not be renewed", Polarity.Negative)] // not renewed (passive)
    [InlineData("Acme posted another record operating margin", Polarity.Positive)] // "record" before any quantity
    [InlineData("Acme faces record input costs this winter", Polarity.Negative)]
    [InlineData("Acme will record operating expenses of about $2 billion", Polarity.Neutral)] // guard: the verb "record" before a quantity
    public void Orders_share_insider_trades_and_records_are_read(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
}
