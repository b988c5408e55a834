namespace FinSentiment.Tests.Analysis;

/// <summary>Central banks, regulators, governments and trade bodies are not investments: no investor sentiment toward them.</summary>
public sealed class PublicInstitutionTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Bank of Japan")]
    [InlineData("ECB")]
    [InlineData("Labor Department")]
    [InlineData("the Federal Reserve")]
    [InlineData("Reserve Bank of Australia")]
    [InlineData("European Automobile Manufacturers' Association")]
    [InlineData("Competition Commission of India")]
    public void Institutions_are_recognised(string name) => Assert.True(FinSentiment.Internal.PublicInstitutions.IsInstitution(name));

    [Theory]
    [InlineData("Bank of America")]
    [InlineData("Federal Bank")]
    [InlineData("Union Pacific")]
    [InlineData("Treasury Wine Estates")]
    [InlineData("Globex")]
    public void Companies_are_not_institutions(string name) => Assert.False(FinSentiment.Internal.PublicInstitutions.IsInstitution(name));

    [Fact]
    public void An_institution_target_scores_neutral_and_a_company_in_the_same_text_keeps_its_sentiment()
    {
        const string text = "The Labor Department said inflation soared, and Globex shares slumped sharply.";

        var result = Analyzer.Analyze(text, [new SentimentTarget("Labor Department"), new SentimentTarget("Globex")]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Central Bank of Globex Q3 net dips 13%", "Central Bank of Globex")]
    [InlineData("Central Bank of Globex October-December net dips 13%", "Central Bank of Globex")] // after the period it is for
    [InlineData("Central Bank of Globex fourth-quarter profit falls 9%", "Central Bank of Globex")]
    [InlineData("Globex Development Authority shares slump on weak results", "Globex Development Authority")]
    public void A_listed_company_whose_name_looks_like_an_institution_reports_its_own_results(string text, string target)
    {
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);
    }
}
