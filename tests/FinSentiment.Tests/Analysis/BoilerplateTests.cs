namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A press release's note on forward-looking statements, its company profile and a disclaimer of advice (and what follows
/// them) are boilerplate: their risks, "adverse conditions" and praise are in every release and must not weigh on the news.
/// </summary>
public sealed class BoilerplateTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private const string News =
        "Initech Announces Third Quarter Results\n\n" +
        "Initech today announced results for the third quarter. Revenue rose 32% from a year earlier to $48.2 million. " +
        "\"We are pleased with our strong performance,\" the chief executive said.\n\n";

    private const string Risks =
        "These statements are forward-looking, and actual results may differ materially due to risks and uncertainties, " +
        "including competition, supply chain disruptions, litigation and adverse economic conditions.";

    [Theory]
    [InlineData("Forward-Looking Statements\n")]
    [InlineData("Cautionary Note Regarding Forward-Looking Statements\n")]
    [InlineData("SAFE HARBOR STATEMENT\n")] // the note below it names forward-looking statements
    [InlineData("This press release contains forward-looking statements within the meaning of the securities laws. ")]
    [InlineData("Statements in this news release that are not historical facts are forward looking statements. ")]
    [InlineData("Today's call will contain forward-looking statements within the meaning of the safe harbor provisions. ")]
    [InlineData("Safe Harbor\n")]
    [InlineData("All statements other than statements of historical fact are forward-looking statements. ")]
    [InlineData("About Initech\n")] // the company profile
    [InlineData("About the Company\n")]
    [InlineData("ABOUT INITECH\n")]
    [InlineData("About the company\n")]
    [InlineData("About Initech Systems: ")] // a profile's heading ending in a colon, the profile on the same line
    [InlineData("This article is for informational purposes only and does not constitute investment advice. ")]
    [InlineData("FORWARD-LOOKING STATEMENTS\n")] // the cue words in any case
    [InlineData("This article is for INFORMATIONAL purposes only. Nothing in it is ADVICE. ")]
    public void The_note_on_forward_looking_statements_weighs_nothing(string opening)
    {
        var withNote = Analyzer.Analyze(News + opening + Risks);
        var without = Analyzer.Analyze(News);

        Assert.Equal(without.Score, withNote.Score, 6);
        Assert.DoesNotContain(withNote.Evidence, e => e.Text.Contains("disruptions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Risks to our rating include faster AI adoption and a strong recovery in enterprise spending.")]
    [InlineData("Key risks include a weaker dollar and a sharp fall in steel prices.")]
    [InlineData("Risk factors include fierce competition, weak demand and currency losses.")] // a prospectus's risk factors
    public void An_analysts_list_of_risks_to_the_call_weighs_nothing(string risks)
    {
        const string Note = "Globex Research cuts Initech to underweight.\nWe see slowing seat growth and weaker pricing ahead.\n";

        var result = Analyzer.Analyze(Note + risks);

        Assert.Equal(0, result.Sentences[^1].Weight);
        Assert.Equal(Analyzer.Analyze(Note).Score, result.Score, 6);
    }

    [Fact]
    public void A_company_named_only_in_the_note_takes_none_of_the_news()
    {
        const string Note = "These statements are forward-looking; actual results may differ because of risks such as the loss of key " +
                            "customers such as Globex Stores, competition and adverse economic conditions.";

        var result = Analyzer.Analyze(News + "Forward-Looking Statements\n" + Note, [new SentimentTarget("Globex Stores")]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(0, result.Targets[0].Score);
    }

    [Fact]
    public void Risks_named_outside_the_note_still_count()
    {
        var result = Analyzer.Analyze(News + "The company warned that supply chain disruptions would hurt margins next quarter. " + Risks);

        Assert.Contains(result.Evidence, e => e.Text.Contains("disruptions", StringComparison.Ordinal));
        Assert.True(result.Score < Analyzer.Analyze(News).Score);
    }

    [Theory]
    [InlineData("The agency said the company's forward-looking statements misled investors. ")]
    [InlineData("The SEC said the press release contained misleading forward-looking statements. ")] // someone else's release
    [InlineData("Forward-looking statements in the release proved wildly optimistic, analysts said. ")]
    [InlineData("Safe harbor protections shield Initech from some lawsuits. ")] // no "Statement" heading
    [InlineData("The SEC charged a rival with giving unlicensed investment advice. ")] // news about advice, not a disclaimer
    [InlineData("Initech's financial advice unit lost clients last year. ")]
    [InlineData("Investors said its forward-looking statements were misleading within the meaning of securities law. ")]
    [InlineData("Initech's guidance consists of forward-looking statements, meaning they may not come true. ")]
    public void News_about_forward_looking_statements_is_not_a_note(string sentence)
    {
        // No heading of its own and nothing ties the statements to this very text: a story about them, read as any other.
        var result = Analyzer.Analyze("Regulators questioned Initech. " + sentence + "Initech shares plunged 8%.");

        Assert.Contains(result.Evidence, e => e.Text.Contains("plunged", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("About 200 staff will lose their jobs. ")] // a number, not a heading
    [InlineData("About Initech's plans, analysts were gloomy. ")] // a sentence with a full stop
    public void Sentences_that_open_with_about_are_read(string sentence)
    {
        var result = Analyzer.Analyze("Regulators questioned Initech. " + sentence + "Initech shares plunged 8%.");

        Assert.Contains(result.Evidence, e => e.Text.Contains("plunged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_or_lead_that_names_the_statements_is_read()
    {
        var result = Analyzer.Analyze("Forward-looking statements: Initech warns of a sharp loss. Initech shares plunged 20%.");

        Assert.True(result.Score < 0, $"scored {result.Score}");
    }
}
