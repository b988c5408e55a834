using FinSentiment.Lexicon;
using FinSentiment.Scoring;

namespace FinSentiment.Tests.Scoring;

/// <summary>
/// Each rule of <see cref="LexiconScorer"/>, checked with the small lexicon of <see cref="ScorerHarness"/>:
/// signs and orderings only, so re-tuning the weights does not break these tests.
/// </summary>
public sealed class LexiconScorerRuleTests
{
    [Theory]
    [InlineData("Profit rose.", 1)]
    [InlineData("Profit fell.", -1)]
    [InlineData("Costs rose.", -1)]
    [InlineData("Costs fell.", 1)]
    [InlineData("The loss narrowed.", 1)]
    [InlineData("Sales rose sharply in the quarter.", 1)]
    public void Direction_times_quantity_gives_the_sign(string text, int sign)
    {
        var score = ScorerHarness.Score(text, out var evidence);

        Assert.Equal(sign, Math.Sign(score));
        Assert.Contains("direction", Assert.Single(evidence).Rules);
    }

    [Fact]
    public void Direction_evidence_spans_the_quantity_and_the_direction_word()
    {
        const string text = "Last year the loss narrowed.";

        ScorerHarness.Score(text, out var evidence);

        var item = Assert.Single(evidence);
        Assert.Equal("loss narrowed", item.Text);
        Assert.Equal(text.IndexOf("loss", StringComparison.Ordinal), item.Start);
        Assert.Equal(item.Text, text.Substring(item.Start, item.Length));
        Assert.Equal(-1, item.BaseValence);
        Assert.Contains("bad when up", item.Explanation, StringComparison.Ordinal);
        Assert.Contains("narrowed", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Paired_quantity_does_not_also_count_its_own_valence()
    {
        ScorerHarness.Score("The loss narrowed.", out var evidence);

        Assert.DoesNotContain(evidence, e => e.Rules.Contains("quantity"));
    }

    [Fact]
    public void Quantity_without_a_direction_counts_its_own_valence()
    {
        var score = ScorerHarness.Score("The company reported a loss.", out var evidence);

        Assert.True(score < 0);
        Assert.Contains("quantity", Assert.Single(evidence).Rules);
    }

    [Fact]
    public void Direction_without_a_quantity_counts_weaker_than_a_paired_direction()
    {
        var unpaired = ScorerHarness.Score("It rose.", out var evidence);
        var paired = ScorerHarness.Score("Profit rose.");

        Assert.True(unpaired > 0);
        Assert.True(unpaired < paired, $"unpaired {unpaired} should be weaker than paired {paired}");
        Assert.Contains("direction-unpaired", Assert.Single(evidence).Rules);
    }

    [Theory]
    [InlineData("Profit fell as the widget prices rose.")]
    [InlineData("Profit fell while the tariff rose.")]
    public void Direction_after_a_connector_and_a_subject_of_its_own_does_not_move_the_earlier_quantity(string text)
    {
        ScorerHarness.Score(text, out var evidence);

        var moved = Assert.Single(evidence, e => e.Text.Contains("rose", StringComparison.Ordinal));
        Assert.Equal("rose", moved.Text);
        Assert.Contains("direction-unpaired", moved.Rules);
    }

    [Fact]
    public void Direction_does_not_move_the_quantity_of_the_cause_after_on()
    {
        var score = ScorerHarness.Score("Acme fell on the loss.", out var evidence);

        Assert.True(score < 0, $"a fall on a loss should be bad, got {score}");
        Assert.DoesNotContain(evidence, e => e.Text == "fell" && e.Explanation.Contains("loss", StringComparison.Ordinal));
    }

    [Fact]
    public void Direction_right_after_a_connector_still_moves_the_earlier_quantity()
    {
        ScorerHarness.Score("Profit rose as expected and sales fell after profit rose.", out var evidence);

        Assert.All(evidence, e => Assert.DoesNotContain("direction-unpaired", e.Rules));
    }

    [Theory]
    [InlineData("Profit came to EUR 13.1 mn from EUR 8.7 mn.", 1)]
    [InlineData("Profit came to EUR 8.7 mn from EUR 13.1 mn.", -1)]
    [InlineData("Profit went from EUR 8.7 mn to EUR 13.1 mn.", 1)]
    [InlineData("The loss came to EUR 2.0 mn from EUR 5.5 mn.", 1)]
    [InlineData("The loss came to EUR 5.5 mn from EUR 2.0 mn.", -1)]
    public void Number_comparison_gives_the_direction_when_no_direction_word_does(string text, int sign)
    {
        var score = ScorerHarness.Score(text, out var evidence);

        Assert.Equal(sign, Math.Sign(score));
        var item = Assert.Single(evidence);
        Assert.Contains("comparison", item.Rules);
        Assert.Contains("figures", item.Explanation, StringComparison.Ordinal);
        Assert.Equal(item.Text, text.Substring(item.Start, item.Length));
    }

    [Fact]
    public void Comparison_of_equal_figures_says_nothing()
    {
        var score = ScorerHarness.Score("Profit came to EUR 8.7 mn from EUR 8.7 mn.", out var evidence);

        Assert.Equal(0, score);
        Assert.Empty(evidence);
    }

    [Fact]
    public void Comparison_of_two_years_is_not_a_change_in_figures()
    {
        var score = ScorerHarness.Score("Profit data is given for 2024 to 2025 from 2023 reports.", out var evidence);

        Assert.DoesNotContain(evidence, e => e.Rules.Contains("comparison"));
        Assert.Equal(0, score);
    }

    [Theory]
    [InlineData("The results were good.", "The results were not good.")]
    [InlineData("The results were bad.", "The results were not bad.")]
    public void Negation_flips_the_sign(string plain, string negated)
    {
        var plainScore = ScorerHarness.Score(plain);
        var negatedScore = ScorerHarness.Score(negated, out var evidence);

        Assert.Equal(-Math.Sign(plainScore), Math.Sign(negatedScore));
        var item = Assert.Single(evidence);
        Assert.Contains("negation", item.Rules);
        Assert.Contains("negated by 'not'", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Negation_flips_a_direction_applied_to_a_quantity()
    {
        Assert.True(ScorerHarness.Score("Profit not rose.") < 0);
        Assert.True(ScorerHarness.Score("Costs not fell.") < 0);
    }

    [Fact]
    public void Negation_stops_at_a_clause_boundary()
    {
        var score = ScorerHarness.Score("Not so, the results were good.", out var evidence);

        Assert.True(score > 0);
        Assert.DoesNotContain("negation", Assert.Single(evidence).Rules);
    }

    [Fact]
    public void Negation_reaches_only_a_few_words()
    {
        var score = ScorerHarness.Score("Not one of the many analysts expected such good results.", out var evidence);

        Assert.True(score > 0);
        Assert.DoesNotContain("negation", Assert.Single(evidence).Rules);
    }

    [Fact]
    public void Intensifiers_order_the_magnitude_without_changing_the_sign()
    {
        var very = ScorerHarness.Score("Results were very good.", out var evidence);
        var plain = ScorerHarness.Score("Results were good.");
        var slightly = ScorerHarness.Score("Results were slightly good.");

        Assert.True(very > plain && plain > slightly && slightly > 0, $"very {very}, plain {plain}, slightly {slightly}");
        Assert.Contains("intensifier", Assert.Single(evidence).Rules);
        Assert.Contains("'very'", evidence[0].Explanation, StringComparison.Ordinal);
        Assert.True(ScorerHarness.Score("Results were very bad.") < ScorerHarness.Score("Results were bad."));
    }

    [Theory]
    [InlineData("Results are good.", "Results may be good.")]
    [InlineData("Results are bad.", "Results may be bad.")]
    [InlineData("Profit fell.", "Profit may have fell.")]
    public void Hedge_reduces_the_magnitude_without_flipping(string plain, string hedged)
    {
        var plainScore = ScorerHarness.Score(plain);
        var hedgedScore = ScorerHarness.Score(hedged, out var evidence);

        Assert.Equal(Math.Sign(plainScore), Math.Sign(hedgedScore));
        Assert.True(Math.Abs(hedgedScore) < Math.Abs(plainScore), $"hedged {hedgedScore} vs plain {plainScore}");
        var item = Assert.Single(evidence);
        Assert.Contains("hedge", item.Rules);
        Assert.Contains("hedged by 'may'", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Hedge_ends_at_the_next_clause()
    {
        ScorerHarness.Score("Results may improve, and the outlook is good.", out var evidence);

        Assert.DoesNotContain("hedge", Assert.Single(evidence).Rules);
    }

    [Theory]
    [InlineData("Results were bad but the outlook is good.", 1)]
    [InlineData("Results were good but the outlook is bad.", -1)]
    [InlineData("Although results were bad, the outlook is good.", 1)]
    [InlineData("Although results were good, the outlook is bad.", -1)]
    [InlineData("The outlook is good, although results were bad.", 1)]
    public void Contrast_weights_the_main_clause_more_than_the_conceded_one(string text, int sign)
    {
        var score = ScorerHarness.Score(text, out var evidence);

        Assert.Equal(sign, Math.Sign(score));
        Assert.Equal(2, evidence.Count);
        var main = Assert.Single(evidence, e => e.Rules.Contains("contrast-main"));
        var conceded = Assert.Single(evidence, e => e.Rules.Contains("contrast-conceded"));
        Assert.True(Math.Abs(main.Contribution) > Math.Abs(conceded.Contribution));
        Assert.Contains("main clause", main.Explanation, StringComparison.Ordinal);
        Assert.Contains("conceded clause", conceded.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("American Airlines cut its profit forecast, while Delta Air Lines raised its own.", "American Airlines", "Delta Air Lines")]
    [InlineData("Morgan Stanley's trading revenue rose 15%, but Goldman Sachs reported a 10% drop in fixed income.", "Morgan Stanley", "Goldman Sachs")]
    public void A_contrast_between_two_companies_concedes_neither_and_the_mix_is_neutral(string text, string first, string second)
    {
        var result = SentimentAnalyzer.CreateDefault().Analyze(text, [new SentimentTarget(first), new SentimentTarget(second)]);

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.NotEqual(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.NotEqual(result.Targets[0].Polarity, result.Targets[1].Polarity);
        Assert.All(result.Evidence, e => Assert.Equal("contrast-companies", e.Rules[^1]));
        Assert.All(result.Evidence, e => Assert.Contains("set against another company", e.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void A_companys_own_contrast_before_another_companys_clause_still_concedes() =>
        Assert.Equal(
            Polarity.Negative,
            SentimentAnalyzer.CreateDefault().Analyze(
                "Advanced Micro Devices had been up 3% shortly after the open but closed 1.8% lower, while Intel ended down 2.5%.",
                [new SentimentTarget("Advanced Micro Devices")]).Targets[0].Polarity);

    [Fact]
    public void A_contrast_within_one_companys_news_still_concedes() =>
        Assert.Contains(SentimentAnalyzer.CreateDefault().Analyze("Acme's profit rose 15%, but its sales fell 10%.").Evidence, e => e.Rules.Contains("contrast-main"));

    [Theory]
    [InlineData("But the outlook is good.")]
    [InlineData("The outlook is good, but.")] // a contrast word closing the sentence looks back to the one before
    public void Contrast_word_opening_or_closing_a_sentence_does_not_weigh_within_it(string sentence)
    {
        ScorerHarness.Score(sentence, out var evidence);

        Assert.DoesNotContain(Assert.Single(evidence).Rules, r => r.StartsWith("contrast", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_compose_negation_then_hedge_then_contrast_in_order()
    {
        ScorerHarness.Score("Costs rose but results may not be bad.", out var evidence);

        var item = Assert.Single(evidence, e => e.Text == "bad");
        Assert.Equal(["lexicon", "negation", "hedge", "contrast-main"], item.Rules);
        Assert.True(item.Contribution > 0);
    }

    [Fact]
    public void Sentence_score_is_the_squashed_sum_of_the_evidence()
    {
        var score = ScorerHarness.Score("Results were good, costs fell and the outlook is bad.", out var evidence);

        // Contributions are reported rounded to 4 decimals; the squash uses the default gain.
        Assert.Equal(Math.Tanh(new LexiconScorerOptions().Gain * evidence.Sum(e => e.Contribution)), score, 3);
    }

    [Fact]
    public void Score_stays_in_range_however_much_sentiment_a_sentence_holds()
    {
        var text = string.Join(" ", Enumerable.Repeat("very good", 200)) + ".";

        var score = ScorerHarness.Score(text, out var evidence);

        Assert.InRange(score, 0.99, 1.0);
        Assert.Equal(200, evidence.Count);
    }

    [Fact]
    public void Every_evidence_item_points_at_its_text_and_names_at_least_one_rule()
    {
        const string text = "Although costs fell, profit may not rise to EUR 5 mn from EUR 4 mn but the very bad loss narrowed (crude oil).";

        ScorerHarness.Score(text, out var evidence);

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.InRange(e.Start, 0, text.Length - e.Length);
            Assert.Equal(e.Text, text.Substring(e.Start, e.Length));
            Assert.NotEmpty(e.Rules);
            Assert.EndsWith(e.Contribution.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture), e.Explanation, StringComparison.Ordinal);
        });
        Assert.Equal(evidence.OrderBy(e => e.Start).Select(e => e.Start), evidence.Select(e => e.Start));
    }

    [Fact]
    public void Sentence_without_lexicon_terms_scores_zero_with_no_evidence()
    {
        var score = ScorerHarness.Score("The meeting is on Tuesday.", out var evidence);

        Assert.Equal(0, score);
        Assert.Empty(evidence);
    }

    [Fact]
    public void Empty_sentence_scores_zero()
    {
        var evidence = new List<Evidence>();

        Assert.Equal(0, ScorerHarness.Scorer.ScoreSentence("", [], evidence));
        Assert.Empty(evidence);
    }

    [Fact]
    public void Cause_that_pulls_against_the_move_weighs_little()
    {
        var score = ScorerHarness.Score("Sales rose on bad weather.", out var evidence);
        var unweighted = ScorerHarness.Score(
            new LexiconScorer(ScorerHarness.Lexicon, new LexiconScorerOptions { OpposingCauseWeight = 1 }), "Sales rose on bad weather.", out _);

        var cause = Assert.Single(evidence, e => e.Text == "bad");
        Assert.Equal(["lexicon", "cause"], cause.Rules);
        Assert.Contains("cause of the move", cause.Explanation, StringComparison.Ordinal);
        Assert.Equal(-0.5 * 0.25, cause.Contribution, 6);
        Assert.True(score > 0 && unweighted < score);
    }

    [Fact]
    public void Opposing_cause_weight_of_one_turns_the_rule_off_and_out_of_range_is_refused()
    {
        var off = new LexiconScorer(ScorerHarness.Lexicon, new LexiconScorerOptions { OpposingCauseWeight = 1 });
        ScorerHarness.Score(off, "Sales rose on bad weather.", out var evidence);

        Assert.All(evidence, e => Assert.DoesNotContain("cause", e.Rules));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LexiconScorer(ScorerHarness.Lexicon, new LexiconScorerOptions { OpposingCauseWeight = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LexiconScorer(ScorerHarness.Lexicon, new LexiconScorerOptions { OpposingCauseWeight = double.NaN }));
    }

    [Theory]
    [InlineData("Sales fell after bad weather.")] // a cause that agrees counts in full
    [InlineData("Results were good on the whole, bad in parts.")] // no move before "on"
    [InlineData("Sales rose, and on bad days fell.")] // the move is in another clause
    public void Cause_rule_leaves_other_phrases_alone(string sentence)
    {
        ScorerHarness.Score(sentence, out var evidence);

        Assert.All(evidence, e => Assert.DoesNotContain("cause", e.Rules));
    }

    [Fact]
    public void Rule_weights_come_from_the_options()
    {
        var strongNegation = new LexiconScorer(ScorerHarness.Lexicon, new LexiconScorerOptions { NegationFactor = -1 });
        var weakNegation = new LexiconScorer(ScorerHarness.Lexicon, new LexiconScorerOptions { NegationFactor = -0.25 });

        var strong = ScorerHarness.Score(strongNegation, "Results were not good.", out _);
        var weak = ScorerHarness.Score(weakNegation, "Results were not good.", out _);

        Assert.True(strong < weak && weak < 0);
    }

    [Fact]
    public void Scorer_over_a_null_lexicon_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new LexiconScorer(null!));
        Assert.Throws<ArgumentNullException>(() => new LexiconScorer(SentimentLexicon.CreateBuilder().Add("good", 0.5).Build(), null!));
    }

    [Theory]
    [InlineData("EUR 13.1 mn", 13.1e6)]
    [InlineData("$1.2bn", 1.2e9)]
    [InlineData("1,234", 1234)]
    [InlineData("USD 250 million", 250e6)]
    [InlineData("EUR0 .9 m", 0.9e6)] // a decimal point set off by a space
    public void Amounts_parse_with_their_scale(string token, double expected)
    {
        Assert.True(LexiconScorer.TryParseAmount(token, out var value));
        Assert.Equal(expected, value, 6);
    }
}
