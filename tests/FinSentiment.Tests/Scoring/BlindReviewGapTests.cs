namespace FinSentiment.Tests.Scoring;

/// <summary>
/// Wording of orders, patents, legal outcomes, capital raising, deals, broker calls, resolved troubles, posts and
/// company reports that blind reviewers found the built-in lexicon missing; each sentence is invented.
/// </summary>
public sealed class BlindReviewGapTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Acme has received an order to supply 30 locomotives to a rail operator.")]
    [InlineData("Globex attracted orders for nine tankers in the quarter.")]
    [InlineData("An airline firmed up an order for 20 Globex jets.")]
    [InlineData("Initech was granted a US patent for its cooling system.")]
    public void Orders_and_patents_won_are_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("A court found that Acme infringed two of Globex's patents.")]
    [InlineData("Globex was found liable for the faulty brakes.")]
    [InlineData("Initech's key patents were held invalid on appeal.")]
    [InlineData("The auditor refused to sign off on Acme's annual accounts.")]
    [InlineData("An internal review uncovered missing cash at Globex's Asian unit.")]
    [InlineData("The carrier was forced to ground aircraft for engine checks.")]
    [InlineData("Initech was ordered to repay fees charged to pension savers.")]
    public void Legal_and_audit_outcomes_against_a_company_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);
}
