namespace FinSentiment.Tests.Analysis;

/// <summary>
/// The document score of prose (two or more sentences that weigh in the score, of 300 characters or more together) is the
/// weighted mean of its sentences read at 1.25 times the strength; a short text's is the mean itself.
/// </summary>
public sealed class ProseGainTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    // The weight of a sentence that scores nothing, relative to its own (FinSentimentOptions.UnopinionatedSentenceWeight).
    private const double UnopinionatedWeight = 0.3;

    private const string Prose =
        "The regional carrier said passenger numbers edged up in the spring as business travel slowly returned to its routes. " +
        "It added two daily flights between its two largest hubs and kept its schedule for the summer unchanged from last year. " +
        "Fuel costs were broadly in line with the budget it set in January, the carrier said in a statement on Tuesday.";

    [Fact]
    public void Prose_reads_the_weighted_mean_of_its_sentences_at_a_gain()
    {
        var result = Analyzer.Analyze(Prose);

        var mean = WeightedMean(result);
        Assert.NotEqual(0, mean);
        Assert.Equal(Math.Tanh(1.25 * Math.Atanh(mean)), result.Score, 3);
        Assert.True(Math.Abs(result.Score) > Math.Abs(mean));
    }

    [Theory]
    [InlineData("Passenger numbers edged up in the spring. The carrier kept its summer schedule.")]
    [InlineData("Passenger numbers edged up in the spring.")]
    public void Guard_a_short_text_reads_the_weighted_mean_itself(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.NotEqual(0, result.Score);
        Assert.Equal(WeightedMean(result), result.Score, 3);
    }

    private static double WeightedMean(SentimentResult result)
    {
        double numerator = 0, denominator = 0;
        foreach (var sentence in result.Sentences)
        {
            numerator += sentence.Score * sentence.Weight;
            denominator += sentence.Score == 0 ? sentence.Weight * UnopinionatedWeight : sentence.Weight;
        }

        return numerator / denominator;
    }
}
