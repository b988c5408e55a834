namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A company score set by the company's role rather than by phrases about it names its rule (<see cref="CompanyRules"/>), so
/// that a ticker's score with no evidence behind it can still be explained.
/// </summary>
public sealed class CompanyRuleTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("BT awarded Acme the bulk of its network upgrade.", "Acme", CompanyRules.ContractWon, Polarity.Positive)]
    [InlineData("BT awarded Acme the bulk of its network upgrade.", "BT", CompanyRules.Customer, Polarity.Neutral)]
    [InlineData("The port authority awarded Acme Cranes the bulk of its terminal refit.", "port authority", CompanyRules.Institution, Polarity.Neutral)]
    [InlineData("Globex Motors will replace Initech Parts as its battery supplier.", "Initech Parts", CompanyRules.Displaced, Polarity.Negative)]
    [InlineData("Prefer Acme over Globex after the quarter's strong orders.", "Globex", CompanyRules.Displaced, Polarity.Negative)]
    [InlineData("A jury ordered Globex to pay Initech $300 million for infringing its patents.", "Globex", CompanyRules.MadeToPay, Polarity.Negative)]
    [InlineData("A jury ordered Globex to pay Initech $300 million for infringing its patents.", "Initech", CompanyRules.Paid, Polarity.Positive)]
    [InlineData("Initech terminates its last-mile delivery contract with Globex", "Initech", CompanyRules.Customer, Polarity.Neutral)]
    [InlineData("Initech terminates its last-mile delivery contract with Globex", "Globex", CompanyRules.ContractLost, Polarity.Negative)]
    [InlineData("Acme outperformed Globex after strong orders.", "Globex", CompanyRules.Yardstick, Polarity.Neutral)]
    [InlineData("Acme Motors flat despite sector turmoil", "Acme Motors", CompanyRules.HeldStill, Polarity.Neutral)]
    [InlineData("Globex jumped 9% on strong orders. Acme Motors, which has struggled with weak demand, was little changed.", "Acme Motors", CompanyRules.HeldStill, Polarity.Neutral)]
    [InlineData("Globex fell 9% after an outage. Shares of Acme Motors and Initech, whose networks were not affected, were little changed.", "Acme Motors", CompanyRules.HeldStill, Polarity.Neutral)]
    public void A_score_set_by_a_role_names_its_rule(string text, string target, string rule, Polarity polarity)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.Equal(rule, result.Targets[0].Rule);
        Assert.Equal(polarity, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_traders_position_names_its_rule_on_the_ticker()
    {
        var result = Analyzer.Analyze("Long $ANET, sold my $CSCO. Rough day for everyone.");

        var arista = Assert.Single(result.Tickers, t => t.Symbol == "ANET");
        var cisco = Assert.Single(result.Tickers, t => t.Symbol == "CSCO");
        Assert.Equal((CompanyRules.TraderPosition, Polarity.Positive), (arista.Rule, arista.Polarity));
        Assert.Equal((CompanyRules.TraderPosition, Polarity.Negative), (cisco.Rule, cisco.Polarity));
    }

    [Fact]
    public void A_score_from_the_phrases_about_the_company_names_no_rule()
    {
        var result = Analyzer.Analyze("Microsoft shares fell after it cut its cloud forecast.", [new SentimentTarget("Microsoft"), new SentimentTarget("Absent Ltd")]);

        Assert.Null(Assert.Single(result.Tickers).Rule);
        Assert.Null(result.Targets[0].Rule);
        Assert.Null(result.Targets[1].Rule); // not found: the overall score, no rule
        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
    }
}
