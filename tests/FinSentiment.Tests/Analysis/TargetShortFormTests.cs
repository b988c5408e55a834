namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A target's short form, its first word ("Spirit" for "Spirit Airlines"), names the target only when no other target asked
/// about starts with it and the text does not go on with another company's name.
/// </summary>
public sealed class TargetShortFormTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Fact]
    public void A_first_word_two_targets_share_names_neither()
    {
        var result = Analyzer.Analyze(
            "Acme Energy shares jumped 8% after a record order. Acme said demand was strong.",
            [new SentimentTarget("Acme Energy"), new SentimentTarget("Acme Wind")]);

        Assert.True(result.Targets[0].Found);
        Assert.False(result.Targets[1].Found); // "Acme" is Acme Energy's as much as Acme Wind's
    }

    [Theory]
    [InlineData("Acme Energy shares jumped 8% after a record order.", "Acme Wind")]
    [InlineData("Spirit Aerosystems shares plunged after the audit.", "Spirit Airlines")] // a directory namesake too
    public void A_first_word_that_starts_another_name_is_not_the_target(string text, string target) =>
        Assert.False(Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Found);

    [Theory]
    [InlineData("Acme shares jumped 8% after a record order.", "Acme Wind")]
    [InlineData("Ackman says he supports Acme CEO Jane Doe.", "Acme Wind")] // a title, not another name
    [InlineData("Acme Wind Shares Jump After Record Order", "Acme Wind")]
    public void A_first_word_alone_still_names_the_target(string text, string target) =>
        Assert.True(Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Found);
}
