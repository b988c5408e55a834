namespace FinSentiment.Tests.Analysis;

/// <summary>
/// The words of a company's name the resolver found are no opinion: "Advanced" in "Advanced Micro Devices" is no rise, while a
/// name that is also the market's quantity ("Nasdaq climbs") still moves.
/// </summary>
public sealed class NameWordTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Advanced Micro Devices stock slid 4% on Wednesday.", "AMD")]
    [InlineData("Advanced Micro Devices <AMD.O>, Micron <MU.O> and Nvidia <NVDA.O> all slipped between 1% and 2% in early trade.", "AMD")]
    public void A_word_of_a_name_does_not_move_the_company(string text, string symbol)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.Equal(Polarity.Negative, Assert.Single(result.Tickers, t => t.Symbol == symbol).Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Text.StartsWith("Advanced", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Target raised wages for store workers, the retailer said.", "raised")] // not the price-target phrase "target raised"
    [InlineData("Target cut its profit outlook, the retailer said.", "cut")]
    public void A_phrase_is_not_read_across_the_end_of_a_name(string text, string move)
    {
        var result = Analyzer.Analyze(text);

        Assert.Contains(result.Tickers, t => t.Symbol == "TGT");
        Assert.DoesNotContain(result.Evidence, e => e.Text.StartsWith("Target", StringComparison.Ordinal));
        Assert.Contains(result.Evidence, e => e.Text.Contains(move, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bearish on Great Plains Drilling: Rahul Verma", "Great Plains Drilling", Polarity.Negative)] // "Great" is no praise
    [InlineData("Great Plains Drilling quarter result review", "Great Plains Drilling", Polarity.Neutral)]
    [InlineData("Larger companies beat small ones in Q3 results", "Larger companies", Polarity.Positive)] // a description, not a name
    public void A_word_of_a_targets_proper_name_is_no_opinion(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Nice results from Nvidia.")] // "Nice" is also a company's ordinary-word name, and the only opinion here
    [InlineData("Perfect results from Nvidia.")]
    public void A_one_word_name_that_is_an_ordinary_word_keeps_its_meaning(string text)
    {
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Shares of Nvidia, the biggest and most admired chip designer, slid 6% this week.", Polarity.Negative)] // who it is, not news
    [InlineData("Microsoft, the most valuable and most profitable company, said cloud revenue fell 5%.", Polarity.Negative)]
    [InlineData("Boeing, the subject of a criminal investigation, said on Monday its CEO would retire.", Polarity.Negative)] // trouble is news
    [InlineData("Apart from Nvidia, a weak dollar hurt most chipmakers, analysts said.", Polarity.Negative)] // no description: not the subject
    [InlineData("Tesla, a week after a disastrous recall, unveiled a new model.", Polarity.Negative)] // a time, not a description
    public void A_description_between_commas_after_a_name_is_no_news(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Polarity);
        Assert.Equal(expected, Assert.Single(result.Tickers).Polarity);
    }

    [Theory]
    [InlineData("Snap reported a loss and weak user growth.", Polarity.Negative)] // "Snap" the company denies nothing
    [InlineData("Snap soars 15% after user growth beats estimates.", Polarity.Positive)]
    public void A_name_that_is_a_negator_negates_nothing(string text, Polarity expected)
    {
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(text).Tickers, t => t.Symbol == "SNAP").Polarity);
    }

    [Fact]
    public void A_name_that_is_the_market_quantity_still_moves()
    {
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Nasdaq climbs 0.8% in early trade").Polarity);
    }
}
