namespace FinSentiment.Tests.Analysis;

/// <summary>What a credit rating agency says of a company is the company's news, not the agency's.</summary>
public sealed class RatingAgencyTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Moody's downgraded Acme Homes to Caa1 and said further cuts were possible.", "Moody's", Polarity.Negative)]
    [InlineData("Fitch Ratings revised its outlook on Acme Homes to stable from negative and affirmed its BBB rating.", "Fitch Ratings", Polarity.Positive)]
    [InlineData("Acme Homes bonds slid after S&P cut the builder deeper into junk.", "S&P", Polarity.Negative)] // a bare "S&P" acting
    public void An_agency_that_rates_a_company_scores_neutral_and_the_company_takes_the_news(string text, string agency, Polarity company)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(agency), new SentimentTarget("Acme Homes")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(company, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Moody's cuts Carnival outlook to negative", "CCL")] // a listed agency named first: the outlook is the rated company's
    [InlineData("Moody's Investors Service lowers Nvidia outlook to stable", "NVDA")]
    public void An_outlook_a_rating_verb_acts_on_is_the_rated_company_news(string text, string symbol) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("Moody's upgrades Oracle outlook", "ORCL", Polarity.Positive)] // "upgrades" changes the rating: not a house's own outlook
    [InlineData("Moody's downgraded Carnival outlook to negative", "CCL", Polarity.Negative)]
    public void An_outlook_an_upgrade_or_downgrade_acts_on_is_the_rated_company_news(string text, string symbol, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("Moody's shares fell 6% after the ratings firm reported weaker quarterly revenue.", "MCO")] // its own results
    public void An_agency_reporting_results_of_its_own_keeps_them(string text, string symbol) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("Moody's raises full-year revenue outlook on surge in corporate bond issuance")]
    [InlineData("Moody's raised its full-year earnings guidance after ratings revenue jumped.")]
    public void An_agency_raising_its_own_forecast_keeps_the_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "MCO").Polarity);

    [Fact] // alone in the text: with a rated company named, the agency is not tagged (BlindReviewGapTests)
    public void Guard_an_agency_lowering_a_country_outlook_only_rates() =>
        Assert.Equal(CompanyRules.RatingAgency, Analyzer.Analyze("Moody's lowers Italy's outlook to negative").Tickers.Single(t => t.Symbol == "MCO").Rule);

    [Theory]
    [InlineData("S&P hits record as rate worries abate")] // the index, not the agency
    [InlineData("S&P rallies to a record close")]
    public void A_bare_SP_that_moves_is_the_index(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text, [new SentimentTarget("S&P")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Globex Securities cut Acme Homes to market perform, citing rising costs.")] // a rating of two words
    [InlineData("Globex Securities cut Acme Homes to sector perform.")]
    public void A_house_giving_a_rating_of_two_words_only_speaks(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Securities"), new SentimentTarget("Acme Homes")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Moody's withdrew all ratings of Acme Homes for business reasons.", "Moody's")]
    [InlineData("Fitch downgraded the builder after Acme Homes missed a coupon.", "Fitch")] // a later reference rated
    public void An_agency_is_never_tagged_with_what_it_does_to_ratings(string text, string agency) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text, [new SentimentTarget(agency), new SentimentTarget("Acme Homes")]).Targets[0].Polarity);

    [Theory]
    [InlineData("S&P Global Ratings cut Macy's to BB from BB+ on Tuesday.")]
    [InlineData("Moody's Ratings cut Macy's to Ba2 from Ba1 on Tuesday.")]
    public void An_agency_s_full_name_is_one_name_and_its_cut_is_the_rated_company_s_news_is_the_rated_company_s_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "M").Polarity);
}
