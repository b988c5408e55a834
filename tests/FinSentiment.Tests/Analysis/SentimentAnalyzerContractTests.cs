using System.Text.Json;
using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Serialization;
using FinSentiment.Tests.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Analysis;

/// <summary>The contracts of <see cref="SentimentAnalyzer"/>, checked with the small test lexicon unless a test says otherwise.</summary>
public sealed class SentimentAnalyzerContractTests
{
    private static readonly SentimentAnalyzer Analyzer = ScorerHarness.Analyzer;

    [Fact]
    public void Null_text_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("text", () => Analyzer.Analyze((string)null!));
        Assert.Throws<ArgumentNullException>("text", () => Analyzer.Analyze((string)null!, []));
        Assert.Throws<ArgumentNullException>("article", () => Analyzer.Analyze((NewsArticle)null!, []));
        Assert.Throws<ArgumentNullException>("targets", () => Analyzer.Analyze(new NewsArticle("Title", "Body."), null!));
        Assert.Throws<ArgumentNullException>("targets", () => Analyzer.Analyze("Results were good.", null!));
        Assert.Throws<ArgumentNullException>("article", () => Analyzer.Analyze((NewsArticle)null!));
        Assert.Throws<ArgumentNullException>(() => new NewsArticle(null!, "body"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \n")]
    public void Empty_or_white_space_text_is_neutral_with_no_tickers(string text)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text);

        Assert.Equal(0, result.Score);
        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.Equal("neutral", result.Label);
        Assert.Empty(result.Tickers);
        Assert.Empty(result.Evidence);
        Assert.Empty(result.Sentences);
        Assert.Empty(result.Targets);
    }

    [Fact]
    public void Empty_text_with_targets_reports_each_target_as_not_found()
    {
        var result = Analyzer.Analyze(" ", [new SentimentTarget("Acme"), new SentimentTarget("Globex")]);

        Assert.Equal(["Acme", "Globex"], result.Targets.Select(t => t.Target));
        Assert.All(result.Targets, t => Assert.False(t.Found));
    }

    [Fact]
    public void Text_longer_than_MaxTextLength_throws_ArgumentException_and_text_at_the_limit_does_not()
    {
        var analyzer = ScorerHarness.CreateAnalyzer(ScorerHarness.Scorer, new FinSentimentOptions { MaxTextLength = 20 });

        var ex = Assert.Throws<ArgumentException>("text", () => analyzer.Analyze(new string('a', 21)));
        Assert.Contains("MaxTextLength", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => analyzer.Analyze(new NewsArticle("Results were good", "Results were good.")));
        Assert.Throws<ArgumentException>(() => analyzer.AnalyzeBatch(["ok", new string('b', 21)]));
        _ = analyzer.Analyze(new string('a', 20));
    }

    [Fact]
    public void Positive_and_negative_sentences_give_matching_polarity_and_label()
    {
        var good = Analyzer.Analyze("Results were very good.");
        var bad = Analyzer.Analyze("Results were very bad.");

        Assert.True(good.Score > 0);
        Assert.Equal(Polarity.Positive, good.Polarity);
        Assert.EndsWith("positive", good.Label, StringComparison.Ordinal);
        Assert.True(bad.Score < 0);
        Assert.Equal(Polarity.Negative, bad.Polarity);
        Assert.EndsWith("negative", bad.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_closed_after_its_full_stop_ends_its_sentence()
    {
        const string text = "She said: \u201CDemand was strong.\u201D\nCosts rose.";

        var result = Analyzer.Analyze(text);

        Assert.Equal(2, result.Sentences.Count); // the closing quote is no sentence of its own, weighing in at zero
        Assert.EndsWith("\u201D", text.Substring(result.Sentences[0].Start, result.Sentences[0].Length), StringComparison.Ordinal);
        Assert.StartsWith("Costs rose", text.Substring(result.Sentences[1].Start, result.Sentences[1].Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_are_reported_in_text_order_with_offsets_inside_the_text()
    {
        const string text = "Results were good. The meeting is on Tuesday. Costs rose.";

        var result = Analyzer.Analyze(text);

        Assert.Equal(3, result.Sentences.Count);
        Assert.True(result.Sentences[0].Score > 0);
        Assert.Equal(0, result.Sentences[1].Score);
        Assert.True(result.Sentences[2].Score < 0);
        Assert.StartsWith("Results were good", text.Substring(result.Sentences[0].Start, result.Sentences[0].Length), StringComparison.Ordinal);
        Assert.StartsWith("Costs rose", text.Substring(result.Sentences[2].Start, result.Sentences[2].Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_is_strongest_first_and_capped_by_MaxEvidence()
    {
        const string text = "Results were slightly good. Costs rose. The outlook is very bad.";
        var capped = ScorerHarness.CreateAnalyzer(ScorerHarness.Scorer, new FinSentimentOptions { MaxEvidence = 2 });

        var all = Analyzer.Analyze(text).Evidence;
        var top = capped.Analyze(text).Evidence;

        Assert.Equal(3, all.Count);
        Assert.Equal(all.OrderByDescending(e => Math.Abs(e.Contribution)).Select(e => e.Start), all.Select(e => e.Start));
        Assert.Equal(all.Take(2).Select(e => e.Start), top.Select(e => e.Start));
    }

    [Fact]
    public void Unopinionated_sentences_dilute_the_score_but_do_not_flip_it()
    {
        var alone = Analyzer.Analyze("Results were good.").Score;
        var diluted = Analyzer.Analyze("Results were good. The meeting is on Tuesday. It starts at noon.").Score;

        Assert.True(diluted > 0 && diluted < alone, $"diluted {diluted} vs alone {alone}");
    }

    [Fact]
    public void Article_title_weighs_more_than_the_same_sentence_in_the_body()
    {
        var asTitle = Analyzer.Analyze(new NewsArticle("Results were very good", "The meeting is on Tuesday. It starts at noon."));
        var asBody = Analyzer.Analyze(new NewsArticle("Company update", "The meeting is on Tuesday. It starts at noon. Results were very good."));

        Assert.True(asBody.Score > 0);
        Assert.True(asTitle.Score > asBody.Score, $"title {asTitle.Score} vs body {asBody.Score}");
    }

    [Fact]
    public void An_article_with_targets_weighs_its_title_for_the_targets_too()
    {
        var article = new NewsArticle("Acme results were very good", "The meeting is on Tuesday. Acme costs rose a little.");

        var weighed = Analyzer.Analyze(article, [new SentimentTarget("Acme")]);
        var flat = Analyzer.Analyze(article.Text, [new SentimentTarget("Acme")]);

        Assert.Equal(Analyzer.Analyze(article).Score, weighed.Score);
        Assert.True(weighed.Targets[0].Found);
        Assert.True(weighed.Targets[0].Score > flat.Targets[0].Score, $"weighed {weighed.Targets[0].Score} vs flat {flat.Targets[0].Score}");
    }

    [Fact]
    public void An_analyzer_written_before_article_targets_existed_analyses_the_article_text()
    {
        ISentimentAnalyzer older = new TextOnlyAnalyzer(Analyzer);
        var article = new NewsArticle("Acme results were very good", "Acme costs rose a little.");

        var result = older.Analyze(article, [new SentimentTarget("Acme")]);

        Assert.Equal(Analyzer.Analyze(article.Text, [new SentimentTarget("Acme")]).Targets[0], result.Targets[0]);
    }

    [Fact]
    public void Article_title_without_a_full_stop_is_its_own_sentence()
    {
        var article = new NewsArticle("Results were very good", "Costs rose.");

        var result = Analyzer.Analyze(article);

        Assert.Equal(2, result.Sentences.Count);
        Assert.Equal(article.Title, article.Text.Substring(result.Sentences[0].Start, result.Sentences[0].Length).TrimEnd());
        Assert.True(result.Sentences[0].Weight > result.Sentences[1].Weight);
    }

    [Fact]
    public void Article_offsets_refer_to_the_article_text()
    {
        var article = new NewsArticle("Costs rose", "Results were good.");

        var result = Analyzer.Analyze(article);

        Assert.Equal("Costs rose\n\nResults were good.", article.Text);
        Assert.All(result.Evidence, e => Assert.Equal(e.Text, article.Text.Substring(e.Start, e.Length)));
        Assert.Contains(result.Evidence, e => e.Text == "good" && e.Start == article.Text.IndexOf("good", StringComparison.Ordinal));
    }

    [Fact]
    public void Article_with_only_a_body_scores_like_its_text()
    {
        var article = new NewsArticle("", "Results were good. Costs rose.");

        Assert.Equal(Analyzer.Analyze(article.Body).Score, Analyzer.Analyze(article).Score);
    }

    [Fact]
    public void Targets_found_get_their_own_sentiment_and_targets_not_found_get_the_overall_score()
    {
        const string text = "Acme results were good but Globex results were bad.";

        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Corp"), new SentimentTarget("Initech"), new SentimentTarget("Acme Inc.")]);

        Assert.Equal(["Globex Corp", "Initech", "Acme Inc."], result.Targets.Select(t => t.Target));
        var globex = result.Targets[0];
        var initech = result.Targets[1];
        var acme = result.Targets[2];
        Assert.True(globex.Found);
        Assert.True(globex.Score < 0);
        Assert.Equal(Polarity.Negative, globex.Polarity);
        Assert.True(acme.Found);
        Assert.True(acme.Score > 0);
        Assert.False(initech.Found);
        Assert.Equal(result.Score, initech.Score);
    }

    [Theory]
    [InlineData("UPDATE 1-Acme results good", "Acme")]
    [InlineData("CompaniesAcme results good", "Acme")]
    [InlineData("Acme-Globex deal: results good", "Globex")]
    [InlineData("UPDATE 2-AWW results good", "Acme Widget Works Group plc")] // its initials
    [InlineData("CompaniesAWW results good", "Acme Widget Works Group plc")]
    public void Targets_are_found_inside_hyphenated_or_glued_words(string text, string target)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.True(result.Targets[0].Score > 0);
    }

    [Theory]
    [InlineData(0.15)]
    [InlineData(-0.15)]
    [InlineData(0.35)]
    public void Labels_and_polarities_agree_with_the_rounded_score_shown(double edge)
    {
        // The smallest valence of a made-up word whose score rounds to the band's edge: its unrounded score is just short of it.
        double low = 0, high = Math.Sign(edge);
        for (var i = 0; i < 40; i++)
        {
            var middle = (low + high) / 2;
            if (Math.Abs(AnalyzeWithValence(middle).Score) >= Math.Abs(edge))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        var result = AnalyzeWithValence(high);

        Assert.Equal(edge, result.Score);
        Assert.Equal(LabelScale.Default.GetLabel(result.Score), result.Label);
        Assert.Equal(LabelScale.Default.GetPolarity(result.Score), result.Polarity);
        var ticker = Assert.Single(result.Tickers);
        Assert.Equal(LabelScale.Default.GetLabel(ticker.Score), ticker.Label);
        Assert.Equal(LabelScale.Default.GetLabel(result.Targets[0].Score), result.Targets[0].Label);
        Assert.Equal(LabelScale.AlphaVantage.GetLabel(result.Score), AlphaVantageSentiment.FromResult(result).OverallSentimentLabel);

        static SentimentResult AnalyzeWithValence(double valence)
        {
            var lexicon = SentimentLexicon.CreateBuilder().AddDefaults().Add("zorp", valence).Build();
            var analyzer = new SentimentAnalyzer(FinancialTokenizer.Instance, new LexiconScorer(lexicon), TickerResolver.Default);
            return analyzer.Analyze("$MSFT zorp", [new SentimentTarget("Globex")]);
        }
    }

    [Fact]
    public void A_score_that_rounds_to_zero_is_positive_zero()
    {
        var lexicon = SentimentLexicon.CreateBuilder().AddDefaults().Add("blip", -0.00005).Build();
        var analyzer = new SentimentAnalyzer(FinancialTokenizer.Instance, new LexiconScorer(lexicon), TickerResolver.Default);

        var result = analyzer.Analyze("blip");

        Assert.False(double.IsNegative(result.Score), $"score {result.Score}");
        Assert.Contains("\"score\":0,", JsonSerializer.Serialize(result, FinSentimentJsonContext.Default.SentimentResult), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acmes quarterly results good", "Acme")] // a possessive that lost its apostrophe
    [InlineData("Acme Widgets results good", "Acme Widget")]
    [InlineData("Acme results good", "Acme's")]
    [InlineData("Widgetco results good", "Widgteco")] // one letter off in a longer word
    [InlineData("Widgetco results good", "Widgetcoo")]
    [InlineData("AWW results good", "Acme Widget Works Group plc")] // initials of three capitalised words
    [InlineData("RBW results good", "Royal Bank of Widgets")]
    [InlineData("StanWid results good", "Standard Widgets plc")] // a contraction of its first words
    [InlineData("StanWidgets results good", "Standard Widgets Group")]
    [InlineData("JPWidget results good", "JP Widget Bank")]
    [InlineData("QXR results good", "QXR Minerals")] // an acronym as its first word
    [InlineData("Q&W results good", "Q&W Investments")]
    [InlineData("Globex results good", "Globex, Inc.")] // the comma before a legal suffix
    [InlineData("Globex Holdings results good", "Globex Holdings, Corp.")]
    public void A_target_not_found_as_written_is_found_in_a_looser_form(string text, string target)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.True(result.Targets[0].Score > 0);
    }

    [Theory]
    // Guards: these passed before contractions and acronyms were read too.
    [InlineData("Stanley results good", "Standard Widgets plc")] // not a contraction: no part of its second word
    [InlineData("StandardWidgetsX results good", "Standard Widgets plc")]
    [InlineData("StWid results good", "Standard Widgets plc")] // two letters of a longer word
    [InlineData("Standard results good", "Standard Widgets plc")] // one word is a short form only as its own word
    [InlineData("USA results good", "USA Widgets")] // a place's acronym
    [InlineData("EPS results good", "EPS Widgets")] // a measure's acronym
    [InlineData("QX results good", "QX Minerals")] // two letters are too often another company's symbol
    public void A_word_that_only_resembles_a_target_does_not_find_it(string text, string target)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.Equal(text.StartsWith("Standard ", StringComparison.Ordinal), result.Targets[0].Found);
    }

    [Theory]
    [InlineData("International Business Machines results good; the quarter was its best in years", "IBM")]
    [InlineData("$MSFT results good; the quarter was its best in years", "Microsoft Corporation")]
    public void A_target_the_directory_knows_is_found_by_the_directory_names(string text, string target)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.True(result.Targets[0].Score > 0);
    }

    [Fact]
    public void A_target_found_by_its_own_words_takes_the_directory_companys_other_names()
    {
        // The caller asks about "Alphabet"; the text goes on about "Google", which the directory knows as the same company.
        const string text = "Alphabet held its annual meeting on Tuesday in Mountain View.\n" +
                            "Google's advertising revenue fell 12% in the quarter, and Google cut its full-year forecast.";

        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget("Alphabet")]);
        var ticker = Assert.Single(result.Tickers, t => t.Symbol == "GOOGL");

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
        Assert.Equal(ticker.Score, result.Targets[0].Score, 3);
    }

    [Theory]
    [InlineData("$ENPH guided down again and cut 10% of staff. Rough quarter.", "Enphase", Polarity.Negative)] // Enphase Energy
    [InlineData("$NCLH raised its outlook on record bookings.", "Norwegian", Polarity.Positive)] // Norwegian Cruise Line Holdings
    [InlineData("$SMCI shares plunged after the auditor resigned.", "Super Micro", Polarity.Negative)] // alias Super Micro Computer
    public void A_target_named_by_the_first_words_of_a_company_the_text_names_is_that_company(string text, string target, Polarity expected)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_target_found_by_its_own_words_takes_the_companys_cashtags_too()
    {
        // The news is on the cashtag; the name comes back only in a closing line with nothing to say.
        const string text = "$HOOD crypto revenue tripled and net deposits hit a record. Everyone I know is on Robinhood now.";

        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget("Robinhood")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_symbol_beside_the_targets_name_is_the_same_mention()
    {
        // "Medtronic <MDT.N> and Stryker <SYK.N>" is a list of two subjects, the symbol inside its first item.
        const string text = "Medtronic <MDT.N> and Stryker <SYK.N> both warned that a stronger dollar would cut their sales this year.";

        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget("Medtronic")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
    }

    [Fact]
    public void Two_companies_starting_with_the_targets_words_leave_it_to_the_text()
    {
        // "American" starts both American Airlines and American Express: the directory cannot tell which the caller means.
        const string text = "$AAL cut its outlook, while $AXP beat estimates.";

        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget("American")]);

        Assert.False(result.Targets[0].Found);
    }

    [Theory]
    [InlineData("Acmeville results good", "Acme")]
    [InlineData("Subacme results good", "Acme")]
    [InlineData("Acne results good", "Acme")] // too short to be read as a misspelling
    [InlineData("Widgetco results good", "Wigdetcx")] // two letters off
    [InlineData("Apply now: results good", "Apple")] // a short word at a sentence's start is any word
    [InlineData("We see widgetco results good", "Widgteco")] // a name is capitalised
    [InlineData("AW results good", "Acme Widgets plc")] // two initials are too often another symbol
    public void A_target_is_not_found_inside_another_word(string text, string target)
    {
        Assert.False(Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Found);
    }

    [Fact]
    public void A_view_on_a_company_belongs_to_that_company_not_to_the_one_holding_it()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();

        var result = analyzer.Analyze("Globex overweight on Initech, target Rs 1,065.", [new SentimentTarget("Globex"), new SentimentTarget("Initech")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Positive, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Umbrella")]
    [InlineData("Initech")]
    public void A_view_on_a_list_of_companies_reaches_each_of_them(string target)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(
            "Chip stocks slide after the Globex ruling; brokers positive on Acme, Umbrella, Initech",
            [new SentimentTarget("Globex"), new SentimentTarget(target)]);

        Assert.Equal(Polarity.Positive, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Globex 'Underweight' on Initech")]
    [InlineData("Globex sees 20% downside in Initech, cuts it to 'sell'")]
    public void A_quoted_view_or_a_view_in_a_company_reaches_it(string text)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget("Globex"), new SentimentTarget("Initech")]);

        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Fact]
    public void An_upgrade_belongs_to_the_company_upgraded_not_to_the_broker()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze("Brokers' call: Globex upgrades Initech", [new SentimentTarget("Globex"), new SentimentTarget("Initech")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Positive, result.Targets[1].Polarity);
    }

    [Fact]
    public void A_phrase_before_a_list_of_companies_belongs_to_every_company_in_the_list()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(
            "Tuesday's strong gains were led by Globex <GLBX.O>, Initech <INIT.N> and Hooli, while Acme slumped.",
            [new SentimentTarget("Globex"), new SentimentTarget("Initech"), new SentimentTarget("Hooli"), new SentimentTarget("Acme")]);

        Assert.All(result.Targets.Take(3), t => Assert.Equal(Polarity.Positive, t.Polarity));
        Assert.Equal(Polarity.Negative, result.Targets[3].Polarity);
    }

    [Fact]
    public void A_move_of_shares_of_other_companies_belongs_to_them()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(
            "Globex gave an upbeat forecast that also lifted shares of its peers Initech and Hooli.",
            [new SentimentTarget("Initech"), new SentimentTarget("Hooli")]);

        Assert.All(result.Targets, t => Assert.Equal(Polarity.Positive, t.Polarity));
    }

    [Fact]
    public void A_move_of_another_companys_quantity_belongs_to_it()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(
            "Globex's price war wiped out Initech's quarterly profit.",
            [new SentimentTarget("Globex"), new SentimentTarget("Initech")]);

        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity); // its profit was wiped out: the move is Initech's, not Globex's
    }

    [Fact]
    public void A_company_named_in_a_comparison_after_the_move_does_not_take_it()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(
            "Globex grew faster than Initech's revenue, gaining share.", [new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Fact]
    public void Other_names_in_a_sentence_of_prose_take_their_own_phrases_even_when_unknown_to_the_directory()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();
        const string text = "Shares of Globex rose sharply, while Initech slashed its profit forecast and warned of weak demand.";

        var globex = analyzer.Analyze(text, [new SentimentTarget("Globex")]).Targets[0];
        var initech = analyzer.Analyze(text, [new SentimentTarget("Initech")]).Targets[0];

        Assert.Equal(Polarity.Positive, globex.Polarity);
        Assert.Equal(Polarity.Negative, initech.Polarity);
        Assert.Empty(analyzer.Analyze(text, [new SentimentTarget("Globex")]).Tickers);
    }

    [Theory]
    [InlineData("Peso flat after a three-month low fixing; bonds slump", "Peso")] // the cause of a stasis weighs a quarter; the bonds move
    [InlineData("Globex little changed as weak markets slump", "Globex")]
    [InlineData("Copper slumps to a five-month low; zinc barely changed", "zinc")]
    [InlineData("Globex largely unchanged as weak markets slump", "Globex")]
    [InlineData("Widget stocks end flat, Globex jumps", "Widget stocks")] // a session's verb before the stasis word
    public void A_headline_target_that_did_not_move_is_neutral(string text, string target)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.NotEqual(Polarity.Neutral, result.Polarity);
    }

    [Fact]
    public void A_headline_target_that_closed_mixed_is_neutral_as_is_the_mixed_headline()
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze("Widget stocks close mixed on a reform plan", [new SentimentTarget("Widget stocks")]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Neutral, result.Polarity); // the stocks went different ways: mixed news on the whole
    }

    [Theory]
    [InlineData("Widget stocks open flat, then tumble 8% on weak guidance", "Widget stocks", Polarity.Negative)] // a later move
    [InlineData("Globex holds steady output while rivals cut, shares rise 3%", "Globex", Polarity.Positive)] // an object, not stasis
    [InlineData("Globex remains mixed bag for investors after sales miss", "Globex", Polarity.Negative)]
    public void A_word_of_stasis_that_is_no_stasis_leaves_the_move(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("The euro hovers near 6-week highs ahead of the vote", "euro", Polarity.Positive)]
    [InlineData("Rupee hovers near a two-year low against the dollar", "Rupee", Polarity.Negative)]
    public void A_target_hovering_near_a_level_takes_the_level_as_news(string text, string target, Polarity expected)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget(target)]);

        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_headline_speaks_more_strongly_about_its_company_than_the_same_words_in_prose()
    {
        var headline = Analyzer.Analyze("Acme results slightly good", [new SentimentTarget("Acme")]).Targets[0];
        var prose = Analyzer.Analyze("Acme results slightly good.", [new SentimentTarget("Acme")]).Targets[0];

        Assert.True(prose.Score > 0, $"prose scored {prose.Score}");
        Assert.Equal(Math.Round(Math.Tanh(2.3 * Math.Atanh(prose.Score)), 2), Math.Round(headline.Score, 2));
        Assert.Equal(
            Analyzer.Analyze("Acme results slightly good").Score,
            Analyzer.Analyze("Acme results slightly good.").Score);
    }

    [Fact]
    public void Passing_a_target_does_not_change_the_score_of_a_ticker_at_the_same_place()
    {
        const string text = "Acme results were good. Globex results were very bad.";
        var analyzer = new SentimentAnalyzer(
            FinSentiment.Tokenization.FinancialTokenizer.Instance,
            ScorerHarness.Scorer,
            new FinSentiment.Tickers.TickerResolver(FinSentiment.Tickers.TickerDirectory.CreateBuilder()
                .Add(new FinSentiment.Tickers.CompanyInfo { Symbol = "ACME", Name = "Acme Corporation", Aliases = ["Acme"] })
                .Add(new FinSentiment.Tickers.CompanyInfo { Symbol = "GBX", Name = "Globex", Aliases = ["Globex"] })
                .Build()));

        var without = analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "GBX");
        var with = analyzer.Analyze(text, [new SentimentTarget("Globex")]).Tickers.Single(t => t.Symbol == "GBX");

        Assert.True(without.Score < 0);
        Assert.Equal(without.Score, with.Score);
    }

    [Fact]
    public void A_null_alias_is_refused_and_the_aliases_are_a_read_only_copy()
    {
        Assert.Throws<ArgumentException>("aliases", () => new SentimentTarget("Morrisons", "Wm Morrison", null!));
        Assert.Throws<ArgumentException>("aliases", () => new SentimentTarget("Morrisons", new List<string> { null! }));
        Assert.Throws<ArgumentNullException>("aliases", () => new SentimentTarget("Morrisons", (string[])null!));

        var aliases = new List<string> { "Wm Morrison" };
        var target = new SentimentTarget("Morrisons", aliases);
        aliases[0] = "Other";

        Assert.Equal(["Wm Morrison"], target.Aliases);
        Assert.IsNotType<string[]>(target.Aliases);
        Assert.Empty(new SentimentTarget("Morrisons").Aliases);
    }

    [Theory]
    [InlineData("All stocks fell sharply on recession fears.", "ALL", false)] // a symbol given as the target is matched in capitals
    [InlineData("It was a terrible quarter, with losses widening.", "IT", false)]
    [InlineData("Analysts raised their price target on Acme after profit soared.", "Target", false)] // a capitalised name not in lower case
    [InlineData("Regulators cracked down on shell companies, and losses mounted.", "Shell", false)]
    [InlineData("ALL shares fell 5% after the insurer cut its outlook.", "ALL", true)]
    [InlineData("Target cut its outlook.", "Target", true)]
    [InlineData("globex stock soars after earnings beat", "Globex", true)] // no capitalised words: case says nothing
    [InlineData("globex shares jump 10% after Q3 delivery beat", "Globex", true)] // "Q3" is no capitalised word
    [InlineData("Zyx shares rallied on strong chip demand.", "ZYX Holdings plc", true)] // a word of the name, not a symbol
    public void Target_case_is_read_where_the_text_uses_case(string text, string target, bool found)
    {
        Assert.Equal(found, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Found);
    }

    [Fact]
    public void Targets_with_the_same_name_and_aliases_are_equal_and_hash_alike()
    {
        var target = new SentimentTarget("Morrisons", "Wm Morrison", "Morrison");
        var same = new SentimentTarget("Morrisons", new List<string> { "Wm Morrison", "Morrison" });

        Assert.Equal(target, same);
        Assert.Equal(target.GetHashCode(), same.GetHashCode());
        Assert.True(target == same);
        Assert.Single(new HashSet<SentimentTarget> { target, same });
        Assert.NotEqual(target, new SentimentTarget("Morrisons", "Morrison", "Wm Morrison"));
        Assert.NotEqual(target, new SentimentTarget("Morrisons", "Wm Morrison"));
        Assert.NotEqual(target, new SentimentTarget("morrisons", "Wm Morrison", "Morrison"));
        Assert.Equal("SentimentTarget { Name = Morrisons, Aliases = [Wm Morrison, Morrison] }", target.ToString());
    }

    [Fact]
    public void Target_is_found_by_alias()
    {
        var result = Analyzer.Analyze("Big Blue results were bad.", [new SentimentTarget("International Business Machines", "Big Blue")]);

        var target = Assert.Single(result.Targets);
        Assert.True(target.Found);
        Assert.True(target.Score < 0);
    }

    [Fact]
    public void Target_match_is_a_whole_word_match()
    {
        var result = Analyzer.Analyze("Acmeville results were bad.", [new SentimentTarget("Acme")]);

        Assert.False(Assert.Single(result.Targets).Found);
    }

    [Fact]
    public void Label_scale_chosen_by_name_labels_the_results()
    {
        var analyzer = ScorerHarness.CreateAnalyzer(ScorerHarness.Scorer, new FinSentimentOptions { LabelScaleName = "AlphaVantage" });

        var result = analyzer.Analyze("Results were very good. Profit rose.");

        Assert.Same(LabelScale.AlphaVantage, analyzer.LabelScale);
        Assert.Contains(result.Label, new[] { "Somewhat-Bullish", "Bullish" });
    }

    [Fact]
    public void AnalyzeBatch_throws_the_exception_Analyze_throws_when_several_items_fail_at_once()
    {
        var analyzer = ScorerHarness.CreateAnalyzer(new ThrowingScorer(), new FinSentimentOptions { MaxDegreeOfParallelism = 4 });
        string[] texts = ["One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight."];

        for (var run = 0; run < 5; run++)
        {
            Assert.Throws<InvalidOperationException>(() => analyzer.AnalyzeBatch(texts));
            Assert.Throws<ArgumentNullException>("texts", () => Analyzer.AnalyzeBatch(new string[64]));
        }
    }

    [Fact]
    public void A_null_target_is_refused_whatever_the_text()
    {
        Assert.Throws<ArgumentNullException>("targets", () => Analyzer.Analyze(string.Empty, new SentimentTarget[] { null! }));
        Assert.Throws<ArgumentNullException>("targets", () => Analyzer.Analyze("Acme rose.", new SentimentTarget[] { new("Acme"), null! }));
        Assert.Throws<ArgumentNullException>("targets", () => Analyzer.Analyze(new NewsArticle(string.Empty, string.Empty), new SentimentTarget[] { null! }));
    }

    private sealed class ThrowingScorer : FinSentiment.Scoring.ISentimentScorer
    {
        public double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<FinSentiment.Tokenization.Token> sentence, ICollection<Evidence> evidence)
        {
            Thread.Sleep(20); // long enough for the other threads to fail too
            throw new InvalidOperationException("scorer failed");
        }
    }

    [Fact]
    public void AnalyzeBatch_keeps_the_input_order_and_equals_sequential_results()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();
        var texts = Corpus.Texts(300);

        var batch = analyzer.AnalyzeBatch(texts);

        Assert.Equal(texts.Count, batch.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(Json(analyzer.Analyze(texts[i])), Json(batch[i]));
        }
    }

    [Fact]
    public void AnalyzeBatch_of_articles_keeps_the_input_order()
    {
        var articles = Corpus.Texts(40).Select((t, i) => new NewsArticle($"Headline {i}", t)).ToArray();

        var batch = Analyzer.AnalyzeBatch(articles);

        Assert.Equal(articles.Select(a => Json(Analyzer.Analyze(a))), batch.Select(Json));
    }

    [Fact]
    public void AnalyzeBatch_with_a_null_item_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeBatch(["Results were good.", null!]));
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeBatch((IReadOnlyList<string>)null!));
    }

    [Fact]
    public void AnalyzeBatch_of_nothing_is_empty()
    {
        Assert.Empty(Analyzer.AnalyzeBatch(Array.Empty<string>()));
    }

    [Fact]
    public void AnalyzeBatch_with_a_cancelled_token_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.AnalyzeBatch(Corpus.Texts(100), cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.AnalyzeBatch(Corpus.Texts(10).Select(t => new NewsArticle("t", t)).ToArray(), cts.Token));
    }

    [Fact]
    public void AnalyzeBatch_cancelled_midway_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var scorer = new CancellingScorer(cts, after: 50);
        var analyzer = ScorerHarness.CreateAnalyzer(scorer, new FinSentimentOptions { MaxDegreeOfParallelism = 2 });

        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.AnalyzeBatch(Corpus.Texts(5_000), cts.Token));
    }

    [Fact]
    public void One_analyzer_shared_by_8_threads_gives_the_same_results_as_sequential()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();
        var texts = Corpus.Texts(2_000);
        var expected = texts.Select(t => Json(analyzer.Analyze(t))).ToArray();
        var actual = new string[8][];
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            var mine = new string[texts.Count];
            start.SignalAndWait();
            for (var k = 0; k < texts.Count; k++)
            {
                var i = (k + (t * 250)) % texts.Count;
                mine[i] = Json(analyzer.Analyze(texts[i]));
            }

            actual[t] = mine;
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        for (var t = 0; t < 8; t++)
        {
            Assert.NotNull(actual[t]);
            for (var i = 0; i < texts.Count; i++)
            {
                Assert.True(expected[i] == actual[t][i], $"thread {t}, document {i}: results differ");
            }
        }
    }

    [Fact]
    public void Scores_relevance_and_offsets_stay_in_range_on_varied_news()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();

        foreach (var text in Corpus.Texts(400))
        {
            var result = analyzer.Analyze(text);

            Assert.InRange(result.Score, -1, 1);
            Assert.Equal(result.Polarity, analyzer.LabelScale.GetPolarity(result.Score));
            Assert.All(result.Sentences, s =>
            {
                Assert.InRange(s.Score, -1, 1);
                Assert.InRange(s.Start, 0, text.Length - s.Length);
                Assert.True(s.Weight > 0);
            });
            Assert.All(result.Evidence, e =>
            {
                Assert.InRange(e.Start, 0, text.Length - e.Length);
                Assert.Equal(e.Text, text.Substring(e.Start, e.Length));
                Assert.NotEmpty(e.Rules);
            });
            Assert.All(result.Tickers, t =>
            {
                Assert.InRange(t.Score, -1, 1);
                Assert.True(t.Relevance > 0 && t.Relevance <= 1, $"relevance {t.Relevance}");
                Assert.NotEmpty(t.Mentions);
                Assert.All(t.Mentions, m => Assert.InRange(m.Start, 0, text.Length - m.Length));
            });
            Assert.Equal(result.Tickers.OrderByDescending(t => t.Relevance).Select(t => t.Relevance), result.Tickers.Select(t => t.Relevance));
            Assert.Equal(result.Tickers.Count, result.Tickers.Select(t => t.Symbol).Distinct().Count());
        }
    }

    [Fact]
    public void Analyzer_from_parts_refuses_null_parts()
    {
        var tokenizer = FinSentiment.Tokenization.FinancialTokenizer.Instance;
        Assert.Throws<ArgumentNullException>(() => new SentimentAnalyzer(null!, ScorerHarness.Scorer, ScorerHarness.NoTickers.Instance));
        Assert.Throws<ArgumentNullException>(() => new SentimentAnalyzer(tokenizer, null!, ScorerHarness.NoTickers.Instance));
        Assert.Throws<ArgumentNullException>(() => new SentimentAnalyzer(tokenizer, ScorerHarness.Scorer, null!));
        Assert.Throws<ArgumentNullException>(() => new SentimentAnalyzer(tokenizer, ScorerHarness.Scorer, ScorerHarness.NoTickers.Instance, null!));
    }

    [Fact]
    public void Analyzer_uses_its_scorer_for_every_sentence()
    {
        var scorer = new FixedScorer(-0.5);
        var analyzer = ScorerHarness.CreateAnalyzer(scorer);

        var result = analyzer.Analyze("One. Two. Three.");

        Assert.Equal(3, scorer.Calls);
        Assert.Equal(-0.5, result.Score, 6);
        Assert.Equal("moderately negative", result.Label);
    }

    internal static string Json(SentimentResult result) => JsonSerializer.Serialize(result, FinSentimentJsonContext.Default.SentimentResult);

    private sealed class CancellingScorer(CancellationTokenSource cts, int after) : FinSentiment.Scoring.ISentimentScorer
    {
        private int _calls;

        public double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<FinSentiment.Tokenization.Token> sentence, ICollection<Evidence> evidence)
        {
            if (Interlocked.Increment(ref _calls) == after)
            {
                cts.Cancel();
            }

            return 0.1;
        }
    }

    /// <summary>An <see cref="ISentimentAnalyzer"/> that implements only the members that have no default.</summary>
    private sealed class TextOnlyAnalyzer(ISentimentAnalyzer inner) : ISentimentAnalyzer
    {
        public SentimentResult Analyze(string text) => inner.Analyze(text);

        public SentimentResult Analyze(NewsArticle article) => inner.Analyze(article);

        public SentimentResult Analyze(string text, IReadOnlyList<SentimentTarget> targets) => inner.Analyze(text, targets);

        public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            inner.AnalyzeBatch(texts, cancellationToken);

        public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<NewsArticle> articles, CancellationToken cancellationToken = default) =>
            inner.AnalyzeBatch(articles, cancellationToken);
    }
}
