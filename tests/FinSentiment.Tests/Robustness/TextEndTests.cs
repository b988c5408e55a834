namespace FinSentiment.Tests.Robustness;

/// <summary>
/// Texts that end where a rule looks ahead (a hyphenated comparison, a comparison marker, a verb of losing, a charge, a handle):
/// the analyzer reads past nothing and the invariants hold.
/// </summary>
public sealed class TextEndTests
{
    [Theory]
    [InlineData("Profit was smaller-than-expected")]
    [InlineData("smaller-than-feared")]
    [InlineData("Acme comps -1.1% vs")]
    [InlineData("-2% vs")]
    [InlineData("Globex loses another")]
    [InlineData("Initech expects a charge of")]
    [InlineData("Acme narrows")]
    [InlineData("sales rose 3%, below")]
    [InlineData("dividend cut fears are")]
    [InlineData("@")]
    [InlineData("@Tesla")]
    public void A_text_ending_where_a_rule_looks_ahead_is_analysed(string text) =>
        ResultInvariants.Hold(text, ResultInvariants.Analyzer.Analyze(text));
}
