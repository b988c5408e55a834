namespace FinSentiment.Tests.Analysis;

public sealed class LabelScaleTests
{
    [Theory]
    [InlineData(-1.0, "strongly negative")]
    [InlineData(-0.60, "strongly negative")]
    [InlineData(-0.5999, "moderately negative")]
    [InlineData(-0.50, "moderately negative")]
    [InlineData(-0.35, "moderately negative")]
    [InlineData(-0.3499, "mildly negative")]
    [InlineData(-0.15, "mildly negative")]
    [InlineData(-0.1499, "neutral")]
    [InlineData(0.0, "neutral")]
    [InlineData(0.1499, "neutral")]
    [InlineData(0.15, "mildly positive")]
    [InlineData(0.3499, "mildly positive")]
    [InlineData(0.35, "moderately positive")]
    [InlineData(0.5999, "moderately positive")]
    [InlineData(0.60, "strongly positive")]
    [InlineData(1.0, "strongly positive")]
    public void Default_scale_labels_each_band_with_edges_inclusive(double score, string label)
    {
        Assert.Equal(label, LabelScale.Default.GetLabel(score));
    }

    [Theory]
    [InlineData(-1.0, "Bearish")]
    [InlineData(-0.35, "Bearish")]
    [InlineData(-0.3499, "Somewhat-Bearish")]
    [InlineData(-0.15, "Somewhat-Bearish")]
    [InlineData(-0.1499, "Neutral")]
    [InlineData(0.0, "Neutral")]
    [InlineData(0.1499, "Neutral")]
    [InlineData(0.15, "Somewhat-Bullish")]
    [InlineData(0.3499, "Somewhat-Bullish")]
    [InlineData(0.35, "Bullish")]
    [InlineData(1.0, "Bullish")]
    public void AlphaVantage_scale_labels_each_band_with_edges_inclusive(double score, string label)
    {
        Assert.Equal(label, LabelScale.AlphaVantage.GetLabel(score));
    }

    [Theory]
    [InlineData(-0.15, Polarity.Negative)]
    [InlineData(-0.1499, Polarity.Neutral)]
    [InlineData(0.1499, Polarity.Neutral)]
    [InlineData(0.15, Polarity.Positive)]
    public void Polarity_changes_where_the_neutral_band_ends(double score, Polarity polarity)
    {
        Assert.Equal(polarity, LabelScale.Default.GetPolarity(score));
        Assert.Equal(polarity, LabelScale.AlphaVantage.GetPolarity(score));
    }

    [Fact]
    public void Label_and_polarity_agree_on_every_score()
    {
        foreach (var scale in new[] { LabelScale.Default, LabelScale.AlphaVantage })
        {
            for (var i = -1000; i <= 1000; i++)
            {
                var score = i / 1000.0;
                var polarity = scale.GetPolarity(score);
                var label = scale.GetLabel(score);
                Assert.Equal(polarity == Polarity.Neutral, label == scale.NeutralLabel);
            }
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("DEFAULT")]
    [InlineData(" alphavantage ")]
    [InlineData("Alpha-Vantage")]
    public void Built_in_scales_are_found_by_name_ignoring_case(string name)
    {
        Assert.True(LabelScale.TryGetBuiltIn(name, out var scale));
        Assert.NotNull(scale);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bloomberg")]
    public void Unknown_scale_name_is_not_found(string? name)
    {
        Assert.False(LabelScale.TryGetBuiltIn(name, out _));
    }

    [Fact]
    public void Custom_scale_needs_a_band_on_each_side_and_distinct_non_zero_thresholds()
    {
        Assert.Throws<ArgumentException>(() => new LabelScale("s", "meh", [new(0.2, "up")]));
        Assert.Throws<ArgumentException>(() => new LabelScale("s", "meh", [new(0, "flat"), new(-0.2, "down"), new(0.2, "up")]));
        Assert.Throws<ArgumentException>(() => new LabelScale("s", "meh", [new(1.5, "up"), new(-0.2, "down")]));
        Assert.Throws<ArgumentException>(() => new LabelScale("s", "meh", [new(0.2, "up"), new(0.2, "up again"), new(-0.2, "down")]));
        Assert.Throws<ArgumentException>(() => new LabelScale("s", "meh", [new(0.2, " "), new(-0.2, "down")]));
        Assert.Throws<ArgumentException>(() => new LabelScale(" ", "meh", [new(0.2, "up"), new(-0.2, "down")]));
    }

    [Fact]
    public void Custom_scale_labels_scores_by_its_own_bands()
    {
        var scale = new LabelScale("two", "flat", [new(0.5, "up"), new(-0.5, "down")]);

        Assert.Equal("up", scale.GetLabel(0.5));
        Assert.Equal("flat", scale.GetLabel(0.49));
        Assert.Equal("down", scale.GetLabel(-0.5));
        Assert.Equal(Polarity.Neutral, scale.GetPolarity(0.3));
    }
}
