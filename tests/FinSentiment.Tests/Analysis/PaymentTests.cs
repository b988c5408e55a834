using FinSentiment.Internal;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// The words of a dispute ("damages", "infringing", "arbitration") weigh against both sides alike; who pays whom tells them
/// apart: the company paid gains, the one made to pay loses.
/// </summary>
public sealed class PaymentTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static TargetSentiment Target(string text, string target) => Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0];

    [Theory]
    [InlineData("An arbitration panel ordered Globex Tools to pay Acme Widgets $40 million in damages over a cancelled supply deal.", "Acme Widgets")]
    [InlineData("The High Court ruled that Globex Tools must pay Acme Widgets EUR 12 mn in their long-running dispute.", "Acme Widgets")]
    [InlineData("A Paris court ordered Globex Tools to pay EUR 30 mn to Acme Widgets over delays on a metro contract.", "Acme Widgets")]
    [InlineData("The state agreed to pay EUR 900 mn to Acme Widgets and Initech Power as compensation for the early closure of their plants.", "Initech Power")]
    [InlineData("Under the licence, Globex Tools will make royalty payments to Acme Widgets for ten years.", "Acme Widgets")]
    [InlineData("Acme Widgets will receive compensation from Globex Tools for the grounding of its fleet.", "Acme Widgets")]
    public void The_company_paid_gains(string text, string target)
    {
        Assert.Equal(Polarity.Positive, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("An arbitration panel ordered Globex Tools to pay Acme Widgets $40 million in damages over a cancelled supply deal.", "Globex Tools")]
    [InlineData("The High Court ruled that Globex Tools must pay Acme Widgets EUR 12 mn in their long-running dispute.", "Globex Tools")]
    [InlineData("A jury ordered Globex Tools to pay $80 million to a former distributor.", "Globex Tools")]
    [InlineData("Acme Widgets will receive compensation from Globex Tools for the grounding of its fleet.", "Globex Tools")]
    [InlineData("A court in Munich ruled that Globex Tools must repay fees it had charged its customers.", "Globex Tools")]
    public void The_company_made_to_pay_loses(string text, string target)
    {
        Assert.Equal(Polarity.Negative, Target(text, target).Polarity);
    }

    [Fact]
    public void A_question_reports_no_payment()
    {
        Assert.Equal(Polarity.Neutral, Target("Are the royalty payments to Acme Widgets too high?", "Acme Widgets").Polarity);
    }

    [Theory]
    [InlineData("A jury ordered Globex to pay ", " $5 mn.", true)]
    [InlineData("Globex must pay ", " EUR 8 mn.", true)]
    [InlineData("Globex agreed to pay EUR 5 mn to Initech and ", " as compensation.", true)] // the second of a list
    [InlineData("Globex made royalty payments to ", " for years.", true)]
    [InlineData("Globex signed an agreement to ", " for years.", false)] // "to" after no payment
    [InlineData("Globex paid EUR 5 mn, and then sold its stake to ", ".", false)] // a clause break between
    [InlineData("Globex will pay ", " to run its data centres.", false)] // hired for a task
    [InlineData("", " will receive compensation from Globex.", true)]
    [InlineData("", " received a EUR 2 mn settlement.", true)]
    [InlineData("", " received an order.", false)]
    public void A_payee_is_read_from_the_words_around_it(string before, string after, bool paid)
    {
        Assert.Equal(paid, PaymentText.IsPaid(before, after));
    }

    [Theory]
    [InlineData("A jury ordered ", " to pay Globex $5 mn.", true)]
    [InlineData("The court told ", " to pay damages.", true)]
    [InlineData("", " was ordered to pay $5 mn.", true)]
    [InlineData("", " must repay the fees.", true)]
    [InlineData("Acme received compensation from ", ".", true)]
    [InlineData("Acme recovered its legal costs from ", ".", false)] // costs recovered name no payer of damages
    [InlineData("Acme asked ", " to pay its invoices on time.", false)] // asking compels nothing
    [InlineData("", " will pay a dividend.", false)]
    public void A_payer_is_read_from_the_words_around_it(string before, string after, bool madeToPay)
    {
        Assert.Equal(madeToPay, PaymentText.IsMadeToPay(before, after));
    }

    [Theory]
    [InlineData("Globex Tools was ordered by a Texas jury to pay $303 million for infringing memory patents.")]
    [InlineData("Globex Tools has been ordered by the High Court to pay EUR 12 mn.")]
    public void A_company_ordered_by_someone_to_pay_loses(string text) =>
        Assert.Equal(Polarity.Negative, Target(text, "Globex Tools").Polarity);

    [Theory]
    [InlineData("Acme Widgets won dismissal of a false-advertising class action over its labels.")]
    [InlineData("Acme Widgets secured dismissal of thousands of product-liability lawsuits.")] // the suits too far to reach
    public void A_dismissal_won_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Target(text, "Acme Widgets").Polarity);
}
