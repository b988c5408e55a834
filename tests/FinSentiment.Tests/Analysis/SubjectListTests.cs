namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A phrase belongs to the company named last before it in its clause and to the companies listed with it, not to a company
/// that only labels it ("Apple supplier Foxconn"), one in another part of the clause, one set aside between commas or one
/// after a preposition when a subject comes before.
/// </summary>
public sealed class SubjectListTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static double Ticker(string text, string symbol) =>
        Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Score;

    private static Polarity Target(string text, string target) => Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity;

    [Theory]
    [InlineData("$AAPL $MSFT doing nothing today, $TSLA getting crushed", "AAPL", "TSLA")]
    [InlineData("Rivian, a Tesla rival backed by Amazon, cut its production forecast.", "TSLA", "RIVN")]
    [InlineData("Rivian, a Tesla rival backed by Amazon, cut its production forecast.", "AMZN", "RIVN")]
    [InlineData("TSMC, which makes chips for Apple and Nvidia, reported a 40% jump in profit.", "AAPL", "TSM")]
    [InlineData("Nvidia (NASDAQ: NVDA), a key supplier to Microsoft (NASDAQ: MSFT), reported record revenue.", "MSFT", "NVDA")]
    [InlineData("Tesla rival Rivian beat estimates.", "TSLA", "RIVN")]
    [InlineData("Nvidia supplier TSMC cut its forecast.", "NVDA", "TSM")]
    [InlineData("Unlike Coca-Cola, PepsiCo cut its forecast.", "KO", "PEP")] // a phrase put before the subject is no list
    [InlineData("Microsoft, Amazon's main cloud rival, grew Azure revenue 33%.", "AMZN", "MSFT")] // an aside opened by a possessive
    public void A_company_outside_the_subject_does_not_take_the_phrase(string text, string outside, string subject)
    {
        Assert.Equal(0, Ticker(text, outside));
        Assert.NotEqual(0, Ticker(text, subject));
    }

    [Theory]
    [InlineData("Shares of Apple Inc, Microsoft and Nvidia fell sharply.")]
    [InlineData("Apple (NASDAQ: AAPL) and Microsoft (NASDAQ: MSFT) fell sharply.")]
    [InlineData("Chip and software names Nvidia Corp <NVDA.OQ>, Apple Inc <AAPL.OQ> and Microsoft <MSFT.OQ> fell sharply.")]
    [InlineData("Heavyweights Nvidia <NVDA.O>  Apple <AAPL.O> and Microsoft <MSFT.O> fell sharply.")] // a comma left out after a code
    [InlineData("Apple Inc, chip firms Nvidia and Microsoft fell sharply.")] // descriptive words after a connector
    [InlineData("Apple Inc, Microsoft and YouTube owner-Alphabet fell sharply, along with Nvidia.")] // the list goes on before a label
    public void Every_company_listed_in_the_subject_takes_the_phrase(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.All(result.Tickers.Where(t => t.Symbol is "AAPL" or "MSFT"), t => Assert.Equal(Polarity.Negative, t.Polarity));
        Assert.Equal(2, result.Tickers.Count(t => t.Symbol is "AAPL" or "MSFT"));
    }

    [Theory]
    [InlineData("Chip stocks surge; Intel and Microsoft tank.")]
    [InlineData("Bank stocks rally; Intel <INTC.O> and Microsoft <MSFT.O> slide.")]
    public void A_phrase_before_a_semicolon_is_not_the_next_clauses_subjects(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.All(result.Tickers, t => Assert.Equal(Polarity.Negative, t.Polarity));
        Assert.Equal(2, result.Tickers.Count);
    }

    [Theory]
    [InlineData("Globex & Initech Holdings beat estimates by a wide margin.", "Globex")] // an ampersand joins two companies
    [InlineData("Shares of Globex Stores, Initech and Umbrella Motors fell sharply.", "Initech")] // names the directory does not know
    [InlineData("Globex's AI Research team delivered strong results.", "Globex")] // the owner of what is named
    [InlineData("Globex's retirement division Initech Financial raised $1.7 billion in a hugely successful listing.", "Globex")]
    [InlineData("Globex's new plants in Ohio and Lyon were struggling.", "Globex")] // a place after a preposition is no subject
    [InlineData("Shares in Globex Homes, Britain's second-largest builder, dropped sharply.", "Globex Homes")] // alone after a preposition, it is
    public void A_target_listed_with_or_owning_the_subject_takes_the_phrase(string text, string target)
    {
        Assert.NotEqual(Polarity.Neutral, Target(text, target));
    }

    [Theory]
    [InlineData("Globex returned to profit. Initech cut its guidance.", "Initech", Polarity.Negative)] // each sentence its subject's
    [InlineData("Initech lowered its forecast. Rival Globex reported robust deal wins.", "Initech", Polarity.Negative)]
    [InlineData("Initech lowered its forecast. Rival Globex reported robust deal wins.", "Globex", Polarity.Positive)]
    [InlineData("Big rally ahead! Widget index seen at 26,000 by year-end", "Widget index", Polarity.Positive)] // a headline in pieces
    [InlineData("Zephyr Industries beat forecasts. Its shares rose 4%.", "Zephyr", Polarity.Positive)] // the rest of the target's own name
    [InlineData("Zephyr shares slumped after the German industrial group scrapped its dividend.", "Zephyr", Polarity.Negative)] // a nation's adjective
    [InlineData("Zephyr cut its forecast as customers in the United States cut back. The coffee chain's shares fell.", "Zephyr", Polarity.Negative)] // a place
    [InlineData("Zephyr Tools held its annual meeting. Its shares soared 12 percent to a record high.", "Zephyr Tools", Polarity.Positive)] // a pronoun opening a sentence
    [InlineData("Zephyr disclosed that the Department of Justice had opened a probe into its billing.", "Zephyr", Polarity.Negative)] // a public body's whole name
    [InlineData("Zephyr reports Christmas like-for-like sales growth of 4%.", "Zephyr", Polarity.Positive)] // a holiday, not a name
    [InlineData("Zephyr opened a new plant. Shareholders cheered the strong results and the upbeat outlook.", "Zephyr", Polarity.Positive)] // a word the lexicon knows opening any sentence
    public void Names_the_directory_does_not_know_own_their_sentences_in_short_prose(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target));
    }

    [Theory]
    [InlineData("Zephyr Air said summer bookings were strong and raised its outlook. Airline stocks were mixed on Tuesday. " +
        "Corvina Airlines cut its forecast and warned of weak demand. Corvina shares slumped 9 percent. Analysts expect more turbulence.",
        "Zephyr Air", Polarity.Positive)] // another company's sentences are not the target's context, however long the text
    [InlineData("Acme ended flat. The FTSE 100 rose 1% to a record high.", "Acme", Polarity.Neutral)] // the market's news
    [InlineData("Acme shares were unchanged on Friday. The benchmark index fell 1.2%.", "Acme", Polarity.Neutral)]
    [InlineData("Markets rallied strongly on Monday. The Nikkei rose with them.", "Nikkei", Polarity.Positive)] // a market's own context
    public void A_sentence_about_the_market_is_no_context_for_a_company(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target));
    }

    [Theory]
    [InlineData("Globex shares rose after a judge blocked its takeover of Acme Airways. Acme shares plunged 47%.", "Acme Airways", Polarity.Negative)]
    [InlineData("Globex walked away from Acme Mining. Acme's profit fell sharply in the quarter.", "Acme Mining", Polarity.Negative)]
    public void A_target_found_by_its_full_name_is_also_found_by_its_short_form_before_its_stock(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target));
    }

    [Fact]
    public void A_target_that_labels_another_keeps_apart()
    {
        Assert.Equal(Polarity.Neutral, Target("Globex supplier Initech cut its forecast sharply.", "Globex"));
    }

    [Fact]
    public void A_but_after_a_comma_is_no_list_connector()
    {
        // "but" after the comma opens another clause: the dark horse is Initech, not Globex.
        Assert.NotEqual(Polarity.Negative, Target("Market bets on Globex, but Initech seen as the dark horse of the pack.", "Globex"));
    }

    [Theory]
    [InlineData("$AAPL $MSFT $NVDA ripping today", "AAPL", Polarity.Positive)] // cashtags with nothing between them are a list
    [InlineData("JPMorgan Chase as well as Bank of America posted sharply higher profits.", "JPM", Polarity.Positive)]
    [InlineData("Along with Caterpillar, Deere slashed its outlook.", "CAT", Polarity.Negative)]
    [InlineData("Tesla CEO Elon Musk said demand was strong and the shares soared.", "TSLA", Polarity.Positive)] // a person after a role
    [InlineData("The Justice Department opened an investigation into UnitedHealth.", "UNH", Polarity.Negative)] // a public body
    [InlineData("Growing competition from BYD hurt Tesla.", "TSLA", Polarity.Negative)] // a name after "from" is no subject
    [InlineData("Weak guidance from Intel weighed on AMD and Qualcomm.", "QCOM", Polarity.Negative)] // what weighs on a company falls on it
    public void Lists_people_bodies_and_places_are_read_with_or_without_targets(string text, string symbol, Polarity expected)
    {
        // With a target, names the directory does not know take part in attribution (AddOtherNames); the reading must not change.
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget("Unmentioned Holdings")]).Tickers.Single(t => t.Symbol == symbol).Polarity);
    }

    [Theory]
    [InlineData("Volkswagen cut guidance, while Ferrari raised its outlook.", "RACE", Polarity.Positive)] // Volkswagen is not in the directory
    [InlineData("Intel said Gaudi accelerator sales surged.", "INTC", Polarity.Positive)] // a product is no other company
    [InlineData("Pfizer won dismissal of thousands of Zantolex lawsuits in Delaware.", "PFE", Polarity.Positive)] // a product's lawsuits
    [InlineData("Walmart said Sam's Club sales surged.", "WMT", Polarity.Positive)]
    [InlineData("Boeing said its chief financial officer Brian West expects cash flow to improve sharply.", "BA", Polarity.Positive)]
    [InlineData("Gilead's twice-yearly HIV prevention shot won FDA approval.", "GILD", Polarity.Positive)] // the owner's thing
    [InlineData("Gilead Sciences' twice-yearly HIV prevention shot won FDA approval.", "GILD", Polarity.Positive)] // an apostrophe alone
    [InlineData("Novo Nordisk's sales of Wegovy nearly doubled in the quarter.", "NVO", Polarity.Positive)] // what the owner sells
    [InlineData("Rio Tinto said output at its Kestrel mine fell 8% after flooding.", "RIO", Polarity.Negative)] // after "its"
    [InlineData("BHP said NPAT rose 12% to A$4 billion in the half.", "BHP", Polarity.Positive)] // a measure in capitals
    [InlineData("Pfizer's shipments of Paxlovid fell sharply as demand faded.", "PFE", Polarity.Negative)]
    [InlineData("Microsoft's Azure cloud business grew 33%, and the company said capacity constraints would ease.", "MSFT", Polarity.Positive)]
    public void Names_the_directory_does_not_know_are_read_the_same_without_targets(string text, string symbol, Polarity expected)
    {
        var plain = Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol);
        var targeted = Analyzer.Analyze(text, [new SentimentTarget("Unmentioned Holdings")]).Tickers.Single(t => t.Symbol == symbol);

        Assert.Equal(expected, plain.Polarity);
        Assert.Equal(targeted.Score, plain.Score);
    }

    [Fact]
    public void A_name_after_an_owner_and_a_word_of_another_party_is_a_company_of_its_own() =>
        // "Globex" is the owner's rival, not a thing of the owner's (as "Acme's new once-daily Zorvex heart pill" is): its price
        // cut is its own.
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme's rival Globex cut its prices sharply.", [new SentimentTarget("Acme")]).Targets[0].Polarity);

    [Fact]
    public void A_name_after_an_owner_is_the_owner_s_thing() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme's new once-daily Zorvex heart pill won FDA approval.", [new SentimentTarget("Acme")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Quorvex Airways reported flat profit. Quorvex also announced a large share buyback.", Polarity.Positive)] // the subject of a verb
    [InlineData("Quorvex Airways reported flat profit. Quorvex shares slumped 9% in Sydney.", Polarity.Negative)] // its stock
    [InlineData("Quorvex Airways reported flat profit. Quorvex consumers cut spending sharply.", Polarity.Neutral)] // a word it describes
    public void A_targets_short_form_later_in_the_text_is_the_target_where_it_acts_or_owns(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget("Quorvex Airways")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Microsoft's decision to pause data-center projects weighed on shares of power-equipment maker Vertiv and chip designer Broadcom.", "Vertiv")]
    [InlineData("Microsoft's decision to pause data-center projects weighed on shares of power-equipment maker Vertiv and chip designer Broadcom.", "Broadcom")]
    [InlineData("Apple plans to cut iPhone production, a move analysts said would hurt suppliers such as Foxconn and Cirrus Logic.", "Cirrus Logic")]
    public void The_company_a_verb_acts_on_is_its_object_after_a_label_or_its_shares(string text, string target) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text, [new SentimentTarget("Microsoft"), new SentimentTarget("Apple"), new SentimentTarget(target)]).Targets[2].Polarity);

    [Fact]
    public void A_clause_word_after_a_comma_is_no_label_of_a_listed_company() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze(
                "Copper's slide to a two-year low weighed on Freeport-McMoRan, though cable maker Nexans should benefit from cheaper raw materials.",
                [new SentimentTarget("Freeport-McMoRan"), new SentimentTarget("Nexans")]).Targets[1].Polarity);
}
