namespace FinSentiment.Tests.Analysis;

/// <summary>The overall score of a text mainly about one company among others leans toward that company's news.</summary>
public sealed class LeadCompanyTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Fact]
    public void The_lead_company_s_news_is_the_text_s_news()
    {
        var result = Analyzer.Analyze(
            "Lockheed Martin shares tumbled 11% on Tuesday after the defense contractor booked $1.6 billion in charges on a classified program. " +
            "The Bethesda, Maryland-based company cut its annual profit forecast. Lockheed said the review of its programs was complete. " +
            "Rival Northrop Grumman jumped 9% after it raised its annual profit forecast on stronger margins, and General Dynamics rose 2%.");

        Assert.Equal("LMT", result.Tickers[0].Symbol);
        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.Contains(result.Tickers, t => t.Symbol == "NOC" && t.Polarity == Polarity.Positive);
    }

    [Fact]
    public void Guard_two_companies_of_equal_relevance_leave_the_overall_score_to_the_text()
    {
        var result = Analyzer.Analyze("Apple beat estimates and raised its outlook, while Target cut its forecast and missed estimates.");

        Assert.Equal(Polarity.Neutral, result.Polarity);
    }
}
