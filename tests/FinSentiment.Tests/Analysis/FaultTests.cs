using FinSentiment.Internal;

namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A customer's trouble caused by a supplier's fault is bad news for the supplier too, though it is named last: the maker of a
/// faulty part and the company blamed.
/// </summary>
public sealed class FaultTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static TargetSentiment Target(string text, string target) => Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0];

    [Theory]
    [InlineData("Initech Motors is recalling 40,000 vans because of faulty brake hoses supplied by Globex Rubber.", "Globex Rubber")]
    [InlineData("Acme Air grounded six jets after inspectors found defective wing panels made by its supplier Globex Aero.", "Globex Aero")]
    [InlineData("Acme Air blamed Globex Systems for the outage that stranded 20,000 passengers.", "Globex Systems")]
    [InlineData("A jury found that Globex Devices had infringed Acme Labs' sensor patents.", "Globex Devices")] // the infringer
    [InlineData("The court ruled that the patents were valid and had been infringed by Globex Devices and Initech.", "Globex Devices")]
    public void The_company_at_fault_has_bad_news(string text, string target)
    {
        Assert.Equal(Polarity.Negative, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Acme Air ordered 40 jets built by Globex Aero, its largest order in a decade.", "Globex Aero")] // nothing faulty
    [InlineData("Sales of widgets made by Globex Tools rose 12% in the quarter.", "Globex Tools")]
    public void A_maker_of_nothing_faulty_is_not_at_fault(string text, string target)
    {
        Assert.NotEqual(Polarity.Negative, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("A jury found that Globex Devices infringed Acme Labs's sensor patents.", "Acme Labs")] // the holder
    [InlineData("The judge found that the Globex turbine infringed an Acme Labs patent.", "Acme Labs")]
    [InlineData("A jury found that Globex had misappropriated trade secrets from Acme Labs.", "Acme Labs")]
    public void The_holder_of_a_right_infringed_has_good_news(string text, string target)
    {
        Assert.Equal(Polarity.Positive, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("faulty brake hoses supplied by ", true)]
    [InlineData("defective parts made by its supplier ", true)]
    [InlineData("faulty hoses and a recall, all made by ", false)] // a clause break between
    [InlineData("new parts made by ", false)]
    [InlineData("The airline blamed ", true)]
    [InlineData("The airline thanked ", false)]
    public void Fault_is_read_from_the_words_before_the_name(string before, bool atFault)
    {
        Assert.Equal(atFault, FaultText.IsAtFault(before, " for the delays."));
    }
}
