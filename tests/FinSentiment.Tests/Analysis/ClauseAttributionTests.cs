namespace FinSentiment.Tests.Analysis;

/// <summary>
/// A company named alone in a sentence takes its score from its own clauses: a clause with a subject of its own ("as Globex
/// shares slump") speaks of that subject, and a clause with none ("…; shares jump") goes on about the company.
/// </summary>
public sealed class ClauseAttributionTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    private static TargetSentiment Target(string text, string target) => Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0];

    [Theory]
    [InlineData("Widget makers rally as steel prices slump", "Widget makers", Polarity.Positive)]
    [InlineData("Widget makers rally as steel prices slump", "steel prices", Polarity.Negative)]
    [InlineData("Copper slumps on weak demand, zinc climbs", "zinc", Polarity.Positive)]
    [InlineData("Copper slumps on weak demand, zinc climbs", "Copper", Polarity.Negative)]
    [InlineData("Acme Widgets slumps while rival makers rally", "Acme Widgets", Polarity.Negative)]
    [InlineData("The index slips on weak banks, Acme Widgets outperforms", "Acme Widgets", Polarity.Positive)] // the market is a subject
    [InlineData("Stocks slide on rate fears; Globex Tools climbs", "Globex Tools", Polarity.Positive)]
    public void A_clause_with_its_own_subject_speaks_of_that_subject(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets' output rose, but earnings missed estimates on weaker steel prices", "Acme Widgets", Polarity.Negative)] // its own figures
    [InlineData("Acme Widgets raised prices. Its shares rose even as Globex Tools warned of weaker sales.", "Globex Tools", Polarity.Negative)] // "Its" goes back
    [InlineData("Acme Widgets missed its sales goal. The shares sank 20%, while rival Globex Tools gained 4%.", "Globex Tools", Polarity.Positive)] // so do "The shares"
    [InlineData("Acme Widgets missed its sales goal. Shares slumped 9% even as Globex Tools rose 2%.", "Globex Tools", Polarity.Positive)]
    [InlineData("Acme Widgets earnings beat, but automaker warns of a $1 billion tariff hit", "Acme Widgets", Polarity.Negative)] // a word for the company
    [InlineData("Acme Widgets revenue beats, but margins disappoint investors", "Acme Widgets", Polarity.Negative)] // its margins
    [InlineData("Acme Widgets stock dips as group lifts postage rates", "Acme Widgets", Polarity.Negative)] // a cause stays the cause
    public void A_clause_of_the_companys_figures_or_of_a_pronoun_for_another_is_read_as_such(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Fact]
    public void Shares_after_a_comma_are_the_sentences_subjects()
    {
        // "…, shares rise" goes on about the company the sentence opens with, not the customer named last.
        var result = Analyzer.Analyze(
            "Acme Widgets to supply chips to Globex Tools through 2027, shares rise", [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Neutral, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets shares rose 6% after rival Globex Tools warned on profits.", "Globex Tools", Polarity.Negative)]
    [InlineData("Acme Widgets shares rose 6% after rival Globex Tools warned on profits.", "Acme Widgets", Polarity.Positive)]
    [InlineData("Acme Widgets jumped after Globex Tools posted record tractor sales.", "Globex Tools", Polarity.Positive)]
    [InlineData("Acme Widgets shares rose 6% after rival Globex Tools slashed its forecast.", "Globex Tools", Polarity.Negative)] // at full weight
    public void A_cause_with_a_subject_of_its_own_is_that_subjects_news(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Long $KO, short $PEP into the summer", "KO", Polarity.Positive)]
    [InlineData("Long $KO, short $PEP into the summer", "PEP", Polarity.Negative)]
    [InlineData("Trimmed $AMD today, shorting $INTC here", "INTC", Polarity.Negative)]
    [InlineData("Grabbed $F calls, loading $GM puts", "GM", Polarity.Negative)]
    public void A_position_falls_on_the_stock_named_after_it(string text, string symbol, Polarity expected)
    {
        var ticker = Assert.Single(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol);
        Assert.Equal(expected, ticker.Polarity);
    }

    [Theory]
    [InlineData("As long $SPY holds 500 nothing changes")] // a length, not a position
    [InlineData("Short interest in $XYZ hit a year high")]
    [InlineData("Bought $XYZ shares for my kids")] // stock, not an option
    public void Long_short_and_options_without_a_position_are_no_view(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Explanation.StartsWith("Long", StringComparison.OrdinalIgnoreCase) ||
            e.Text.Equals("short", StringComparison.OrdinalIgnoreCase) || e.Text.Equals("bought", StringComparison.OrdinalIgnoreCase) && e.Contribution > 0.2);

    [Theory]
    [InlineData("Widget exporters lose as much as 4% on strong rupee", "rupee", Polarity.Positive)]
    [InlineData("Silver slips under $25 on a stronger dollar, rate fears", "dollar", Polarity.Positive)]
    [InlineData("Refiners climb on weaker crude", "crude", Polarity.Negative)]
    [InlineData("Widget exporters lose as much as 4% on strong rupee", "Widget exporters", Polarity.Negative)]
    public void A_name_described_in_the_cause_of_another_move_takes_that_description(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets misses a deadline as rival makers rally; shares soar 10%")]
    [InlineData("Acme Widgets posts record sales, raises its outlook")]
    public void A_clause_without_a_subject_goes_on_about_the_company(string text)
    {
        Assert.Equal(Polarity.Positive, Target(text, "Acme Widgets").Polarity);
    }

    [Fact]
    public void Names_listed_with_commas_share_the_clause_that_follows()
    {
        const string text = "Acme Widgets, Globex Tools, Initech Gears rally on upbeat orders";

        Assert.Equal(Polarity.Positive, Target(text, "Globex Tools").Polarity);
    }

    [Fact]
    public void A_company_named_in_two_clauses_reads_the_whole_sentence()
    {
        var inOne = Target("Acme Widgets rallies as widget orders slump", "Acme Widgets").Score;
        var inBoth = Target("Acme Widgets rallies as Acme Widgets orders slump", "Acme Widgets").Score;

        Assert.True(inBoth < inOne, $"named in both clauses {inBoth} should count the slump that {inOne} leaves out");
    }

    [Theory]
    [InlineData("Rupee falls 30 paise against the US dollar", "US dollar")]
    [InlineData("Sterling climbs vs euro on diverging policy outlooks", "euro")]
    [InlineData("Peso hits a three-month high versus the dollar", "dollar")]
    [InlineData("Widget makers soar 40% this year and outshine the Globex index", "Globex index")]
    [InlineData("Acme draws more shoppers in June but still lags Globex", "Globex")]
    [InlineData("Acme outperforms rivals Globex and Initech in the quarter", "Initech")] // rival words and a list between
    public void The_yardstick_of_a_move_is_not_what_moved(string text, string target)
    {
        Assert.Equal(Polarity.Neutral, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets signs a supply deal with Microsoft; Acme shares jump 8% to a record", "MSFT")] // counterparty
    [InlineData("Widget makers soar 40% this year and outshine Microsoft", "MSFT")] // yardstick
    public void A_directory_company_in_a_role_is_neutral_like_a_target(string text, string symbol)
    {
        var result = Analyzer.Analyze(text);

        var ticker = Assert.Single(result.Tickers, t => t.Symbol == symbol);
        Assert.Equal(Polarity.Neutral, ticker.Polarity);
        Assert.Equal(Polarity.Positive, result.Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets sues Globex Tools over its patents", Polarity.Neutral, Polarity.Negative)] // the one it falls on
    [InlineData("Initech Capital dumps Globex Tools", Polarity.Neutral, Polarity.Negative)]
    [InlineData("Acme Widgets ousts Globex Tools as its chip supplier", Polarity.Neutral, Polarity.Negative)]
    [InlineData("Acme Widgets ousts chip supplier Globex Tools", Polarity.Neutral, Polarity.Negative)] // over a label
    [InlineData("Acme Widgets gains as a court invalidates rival Globex Tools' patent", Polarity.Positive, Polarity.Negative)]
    [InlineData("Acme Widgets cuts orders, a blow to supplier Globex Tools", Polarity.Negative, Polarity.Negative)]
    [InlineData("Acme Widgets cuts Globex Tools orders", Polarity.Neutral, Polarity.Negative)] // the orders are Globex's
    [InlineData("Acme Widgets owns 43% of Globex Tools, which wants its shares to fall sharply.", Polarity.Neutral, Polarity.Negative)] // a relative clause's own
    [InlineData("Acme Widgets praises Globex Tools", Polarity.Neutral, Polarity.Positive)]
    [InlineData("Globex Tools slumps, Acme Widgets climbs", Polarity.Positive, Polarity.Negative)] // each its own move
    [InlineData("Acme Widgets outperforms Globex Tools", Polarity.Positive, Polarity.Neutral)] // the subject's news, a yardstick
    [InlineData("Acme Widgets wins Globex Tools contract", Polarity.Positive, Polarity.Neutral)]
    [InlineData("Acme Widgets overtakes Globex Tools as the top seller", Polarity.Positive, Polarity.Negative)] // displaced
    public void A_judgement_falls_on_the_company_named_right_after_it(string text, Polarity first, Polarity second)
    {
        var names = text.Contains("Acme", StringComparison.Ordinal) ? "Acme Widgets" : "Initech Capital";
        var result = Analyzer.Analyze(text, [new SentimentTarget(names), new SentimentTarget("Globex Tools")]);

        Assert.Equal(first, result.Targets[0].Polarity);
        Assert.Equal(second, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Acme loses market share to Globex", "Globex", Polarity.Positive)]
    [InlineData("Acme lost key customers to its rival Globex", "Globex", Polarity.Positive)]
    [InlineData("Acme lost the patent case to Globex", "Globex", Polarity.Positive)]
    [InlineData("Acme loses market share to Globex", "Acme", Polarity.Negative)]
    [InlineData("Acme lost 5% in Tokyo, while Globex fell too", "Globex", Polarity.Negative)] // no "to": not a gain
    [InlineData("Acme lost the fighter jet contract to Globex", "Globex", Polarity.Positive)] // "to" five words on
    [InlineData("Acme lost a large European widget customer to Globex", "Globex", Polarity.Positive)] // "to" six words on
    [InlineData("Acme won a $2bn rail contract from the city, beating a rival bid from Globex.", "Globex", Polarity.Negative)]
    [InlineData("Acme won the widget tender, beating rival bidder Globex.", "Globex", Polarity.Negative)]
    [InlineData("Acme shares rose after a glowing report from Globex.", "Globex", Polarity.Neutral)] // "from" after no bid beaten
    [InlineData("Acme gains market share from Globex", "Globex", Polarity.Negative)] // what the subject takes, the rival loses
    [InlineData("Acme is taking market share from Globex in the south", "Globex", Polarity.Negative)]
    [InlineData("Acme gains 5% after a glowing upgrade from Globex", "Globex", Polarity.Neutral)] // no share taken: the broker's upgrade
    [InlineData("Acme is winning market share at the expense of Globex", "Globex", Polarity.Negative)]
    [InlineData("Acme's widget sales soared at the expense of its rival Globex", "Globex", Polarity.Negative)] // any phrase: the one displaced
    [InlineData("Acme's widget sales soared at the expense of its rival Globex", "Acme", Polarity.Positive)]
    public void A_rival_gains_what_the_subject_loses_to_it(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Initech picks Acme over Globex for its widget fleet", "Acme", Polarity.Positive)]
    [InlineData("Initech picks Acme over Globex for its widget fleet", "Globex", Polarity.Negative)]
    [InlineData("Initech picks Acme over Globex for its widget fleet", "Initech", Polarity.Neutral)] // the one choosing
    [InlineData("Initech selects Acme to replace Globex gear in its network", "Acme", Polarity.Positive)]
    [InlineData("Initech selects Acme to replace Globex gear in its network", "Globex", Polarity.Negative)]
    [InlineData("Acme replaces Globex as Initech's main widget supplier", "Acme", Polarity.Positive)]
    [InlineData("Acme replaces Globex as Initech's main widget supplier", "Globex", Polarity.Negative)]
    [InlineData("Globex to be replaced by Acme in the widget index", "Globex", Polarity.Negative)] // the passive
    [InlineData("Globex to be replaced by Acme in the widget index", "Acme", Polarity.Positive)]
    [InlineData("Acme overtakes Globex as the largest widget seller", "Globex", Polarity.Negative)]
    [InlineData("Acme edges past Globex in holiday-quarter widget sales", "Globex", Polarity.Negative)] // "past" after a verb of passing
    [InlineData("Acme edges past Globex in holiday-quarter widget sales", "Acme", Polarity.Positive)]
    [InlineData("Initech wins the widget tender, beating Acme and Globex", "Globex", Polarity.Negative)] // a list beaten
    [InlineData("Acme widens its lead over Globex in widget sales", "Globex", Polarity.Negative)]
    [InlineData("Acme gains ground on Globex in widget chips", "Globex", Polarity.Negative)] // the one caught up with
    [InlineData("Acme gains widget share at Globex's expense", "Globex", Polarity.Negative)]
    [InlineData("Acme tops Globex's Widget Works in a customer survey", "Globex", Polarity.Negative)] // its business, named
    [InlineData("Acme to beat the Globex estimate, says Jane Doe", "Globex", Polarity.Neutral)] // a figure beaten, not Globex
    [InlineData("Initech CFO Jane Doe to replace Globex CEO John Roe", "Globex", Polarity.Neutral)] // a person replaced
    [InlineData("Acme Widgets ousts CEO, scraps dividend after a profit warning", "Acme Widgets", Polarity.Negative)] // a role, not a rival
    [InlineData("Initech replaces Acme rival Globex as its widget vendor", "Acme", Polarity.Neutral)] // Acme only names the rival
    public void The_company_another_takes_the_place_of_loses_it(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Fact]
    public void A_company_that_replaces_a_person_takes_no_rival_s_place()
    {
        // "Sir John Roe" is a person (a title first): Acme displaces no company, whatever the rest of the sentence says.
        Assert.NotEqual(Polarity.Positive, Target("Acme Widgets set to replace Sir John Roe as he heads for the exit", "Acme Widgets").Polarity);
    }

    [Fact]
    public void A_verb_that_acts_on_a_list_falls_on_a_company_after_names_the_directory_does_not_know()
    {
        // "Zorbex" is no company the analyzer knows; the list it opens still ends with the target, which the verb falls on.
        var result = Analyzer.Analyze("Tesla cuts prices again in China, pressuring Zorbex and Globex Tools", [new SentimentTarget("Globex Tools")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Weaker yen boosts Acme Widgets, squeezes furniture importer Globex", "Acme Widgets", Polarity.Positive)]
    [InlineData("Weaker yen boosts Acme Widgets, squeezes furniture importer Globex", "Globex", Polarity.Negative)]
    [InlineData("Lower oil prices help Acme Widgets, drag Globex", "Acme Widgets", Polarity.Positive)]
    [InlineData("Acme Widgets wins a big order, lifts its outlook for FY26", "Acme Widgets", Polarity.Positive)] // a period is no object
    [InlineData("Weaker peso lifts Acme Widgets' dollar earnings, raises import costs for Globex", "Acme Widgets", Polarity.Positive)] // costs for another
    [InlineData("Sugar price spike lifts Acme Widgets, squeezes Coca-Cola", "Acme Widgets", Polarity.Positive)] // the object among rivals
    [InlineData("Sugar price spike lifts Acme Widgets, squeezes Coca-Cola", "Coca-Cola", Polarity.Negative)]
    public void A_clause_whose_verb_acts_on_a_name_of_its_own_is_about_that_name(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Tribunal upholds penalty against Acme Widgets", "Acme Widgets")]
    [InlineData("Regulator orders action against Acme Widgets for ignoring norms", "Acme Widgets")]
    public void A_step_taken_against_a_company_is_about_it(string text, string target)
    {
        Assert.Equal(Polarity.Negative, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Prefer Acme Widgets over Globex in the widget space: Rahul Verma", "Globex", Polarity.Negative)]
    [InlineData("Prefer Acme Widgets over Globex in the widget space: Rahul Verma", "Acme Widgets", Polarity.Positive)]
    [InlineData("Acme Widgets a better bet than Globex: Rahul Verma", "Globex", Polarity.Negative)]
    [InlineData("Buy Acme Widgets over Globex: Rahul Verma", "Globex", Polarity.Negative)] // a buy call that names the one passed over
    [InlineData("Acme Widgets upgraded to buy; Globex shares rise to a record", "Globex", Polarity.Positive)]
    public void The_company_a_preference_passes_over_takes_the_opposite_view(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Morgan Stanley prefers large caps, with a tilt to Nvidia.")] // a comma ends the preference
    [InlineData("Fund managers favoured chipmakers, adding to Nvidia.")]
    public void A_name_after_to_in_another_phrase_is_not_passed_over(string text)
    {
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "NVDA").Polarity);
    }

    [Fact]
    public void A_blow_falls_on_the_company_hit()
    {
        var result = Analyzer.Analyze("Intel hits Nvidia's China sales with a cheaper chip.");

        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "NVDA").Polarity);
        Assert.NotEqual(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "INTC").Polarity);
    }

    [Theory]
    [InlineData("We prefer Microsoft over Nvidia for 2026.")] // both companies known: the one passed over is not neutral
    [InlineData("Prefer Microsoft over Nvidia in tech: Rahul Verma")]
    [InlineData("Analysts prefer Microsoft to Nvidia this year.")] // "to" as well as "over"
    [InlineData("We prefer Microsoft rather than Nvidia.")]
    [InlineData("Analysts prefer Microsoft instead of Nvidia.")]
    public void A_known_company_a_preference_passes_over_is_negative(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "MSFT").Polarity);
        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "NVDA").Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets rises on an order win from Globex", "Globex", Polarity.Neutral)]
    [InlineData("Acme Widgets shares gain 9% on merger with Globex", "Globex", Polarity.Neutral)]
    [InlineData("Acme Widgets ties up with Globex; stock gains", "Globex", Polarity.Neutral)]
    [InlineData("Acme Widgets rises on an order win from Globex", "Acme Widgets", Polarity.Positive)]
    [InlineData("Acme Widgets rallies; orders pour in from the Globex unit", "Globex unit", Polarity.Positive)]
    [InlineData("Acme Widgets wins seat-systems contract for Globex's next-generation pickups; shares up 4%", "Globex", Polarity.Neutral)]
    [InlineData("Acme Widgets landed a $2 billion order for Globex's new plant", "Globex", Polarity.Neutral)]
    [InlineData("Acme Widgets wins seat-systems contract for Globex's next-generation pickups; shares up 4%", "Acme Widgets", Polarity.Positive)]
    public void The_counterparty_of_an_order_or_a_deal_is_not_what_the_news_is_about(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Shares of Acme Widgets surge 10% on BSE", "BSE", Polarity.Neutral)]
    [InlineData("Technical snag at NSE; exchange looking into it", "NSE", Polarity.Neutral)]
    [InlineData("Acme Widgets lists on Nasdaq, raises $325 million", "Nasdaq", Polarity.Neutral)]
    [InlineData("NSE turnover soars to a record on heavy trading", "NSE", Polarity.Positive)]
    public void An_exchange_named_as_the_venue_is_not_what_the_news_is_about(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("Alibaba sues former partner for breach of contract", Polarity.Neutral)] // the one suing acts on someone else
    [InlineData("Alibaba accuses a former supplier of fraud.", Polarity.Neutral)]
    [InlineData("Alibaba sued over data leak", Polarity.Negative)] // a headline's passive: the one sued
    [InlineData("Alibaba was sued by investors.", Polarity.Negative)]
    [InlineData("Alibaba rejects $50 billion bid from a rival", Polarity.Neutral)] // over the amount
    [InlineData("Alibaba's appeal rejected by EU court", Polarity.Negative)]
    public void A_company_acting_against_someone_no_directory_knows_does_not_take_what_falls_on_them(string text, Polarity expected) =>
        AssertOnlyTicker(text, "BABA", expected);

    [Theory]
    [InlineData("Nvidia's results were a blow to AMD.", "AMD", Polarity.Negative, "NVDA")]
    [InlineData("Amazon cut prices on thousands of items, piling pressure on Walmart and Target.", "TGT", Polarity.Negative, null)]
    [InlineData("Nvidia's strong forecast is bad news for AMD.", "AMD", Polarity.Negative, null)]
    [InlineData("Intel's new chips are good news for Dell and HP.", "HPQ", Polarity.Positive, "INTC")]
    [InlineData("Top gainers on the Nasdaq included Nvidia, Broadcom and Micron.", "MU", Polarity.Positive, null)] // past a venue
    [InlineData("The biggest losers were Intel and AMD.", "AMD", Polarity.Negative, null)]
    [InlineData("AMD took share from Intel.", "INTC", Polarity.Negative, null)]
    [InlineData("Amazon is stealing share from Walmart.", "WMT", Polarity.Negative, null)] // "stealing" is no crime here
    [InlineData("Amazon is stealing share from Walmart.", "AMZN", Polarity.Positive, null)]
    [InlineData("Netflix steals subscribers from Disney.", "DIS", Polarity.Negative, null)]
    [InlineData("BYD's new battery is a threat to rival Tesla.", "TSLA", Polarity.Negative, null)] // the kind named before
    [InlineData("The biggest losers were energy stocks, led by Exxon and Chevron.", "CVX", Polarity.Negative, null)]
    public void News_for_a_company_named_after_it_is_that_companys(string text, string symbol, Polarity expected, string? untouched)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Equal(expected, tickers.Single(t => t.Symbol == symbol).Polarity);
        if (untouched is not null)
        {
            Assert.Equal(Polarity.Neutral, tickers.Single(t => t.Symbol == untouched).Polarity);
        }
    }

    [Theory]
    [InlineData("Berkshire Hathaway cuts Apple stake, posts record profit", "BRK.B", "AAPL")]
    [InlineData("Microsoft sues Google, raises its outlook", "MSFT", "GOOGL")]
    public void A_clause_opening_with_a_verb_after_a_comma_goes_on_about_the_subject(string text, string subject, string other)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Equal(Polarity.Positive, tickers.Single(t => t.Symbol == subject).Polarity);
        Assert.NotEqual(Polarity.Positive, tickers.Single(t => t.Symbol == other).Polarity);
    }

    [Theory]
    [InlineData("Initech ends buyout talks with Arkhouse and Brigade; shares tumble 13%.", "Initech", Polarity.Negative)]
    [InlineData("Initech drops its bid for Globex Freight, its shares rally 6%.", "Initech", Polarity.Positive)]
    [InlineData("Initech completes the spin-off of its lab unit Globex Freight and cuts its quarterly dividend in half.", "Initech", Polarity.Negative)]
    [InlineData("Initech's profit dropped 12%, but that was less than the 20% decline analysts had forecast.", "Initech", Polarity.Positive)]
    public void Shares_that_name_no_owner_and_a_second_verb_after_the_first_clause_are_the_subjects(string text, string target, Polarity expected) =>
        Assert.Equal(expected, Target(text, target).Polarity);

    [Theory]
    [InlineData("Apple sues Microsoft, posts record profit", "Apple")] // a target named like the subject, a twin span at its place
    [InlineData("Apple Inc. sues Microsoft, posts record profit", "Apple Inc.")]
    public void A_target_named_like_the_subject_takes_the_clause_after_the_comma(string text, string target) =>
        Assert.Equal(Polarity.Positive, Target(text, target).Polarity);

    [Theory]
    [InlineData("Goldman Sachs cuts Tesla target, sees weak deliveries.", "TSLA", Polarity.Negative)]
    [InlineData("Goldman Sachs raises Nvidia target, sees strong demand.", "NVDA", Polarity.Positive)]
    [InlineData("Apple agrees to buy Globex Corp, raises its outlook", "AAPL", Polarity.Positive)] // a deal, not a broker's call
    public void A_brokers_view_after_its_call_is_on_the_company_it_rates(string text, string rated, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == rated).Polarity);

    [Fact]
    public void A_brokers_next_call_after_a_comma_stays_on_the_company_it_rates()
    {
        var tickers = Analyzer.Analyze("Goldman Sachs downgrades Apple to neutral, raises its price target").Tickers;

        var apple = Assert.Single(tickers); // the broker is a source, not tagged
        Assert.Equal("AAPL", apple.Symbol);
        Assert.Equal(Polarity.Positive, apple.Polarity); // the target raise (+0.6) with the downgrade (-0.5)
    }

    [Theory]
    [InlineData("$CAT upgraded, $DE downgraded", "CAT", "DE")]
    [InlineData("Caterpillar upgraded, Deere downgraded", "CAT", "DE")]
    [InlineData("Barclays raises Ford target, lowers GM target", "F", "GM")] // each its own target
    [InlineData("Citi raises Apple to buy and cuts Intel price target", "AAPL", "INTC")]
    [InlineData("Citi analysts raise Apple to buy and cut Intel to hold", "AAPL", "INTC")] // a verb of rating falls on the one rated
    [InlineData("Barclays upgrades Nvidia to overweight, cuts Intel to equal-weight", "NVDA", "INTC")]
    public void A_rating_in_the_passive_before_a_comma_is_the_company_rated(string text, string upgraded, string downgraded) =>
        AssertGoodAndBad(text, upgraded, downgraded);

    [Theory]
    [InlineData("Broadcom won a patent lawsuit against Intel.", "AVGO", "INTC")]
    [InlineData("Broadcom wins arbitration against Intel over royalties", "AVGO", "INTC")]
    [InlineData("Broadcom wins lawsuit brought by Intel", "AVGO", "INTC")]
    [InlineData("Intel lost a patent lawsuit against Broadcom.", "AVGO", "INTC")]
    [InlineData("Intel loses its appeal against Broadcom in a chip patent case", "AVGO", "INTC")]
    [InlineData("Broadcom wins trial against Intel", "AVGO", "INTC")] // a trial, not a yardstick, before "against"
    [InlineData("Broadcom wins patent case against Pfizer and Intel", "AVGO", "INTC")] // every side listed
    [InlineData("Broadcom wins patent ruling against Intel", "AVGO", "INTC")] // the phrase ends with "against"
    [InlineData("Broadcom won a jury verdict against Intel", "AVGO", "INTC")]
    public void The_other_side_of_a_dispute_someone_won_lost_it(string text, string winner, string loser) =>
        AssertGoodAndBad(text, winner, loser);

    [Fact]
    public void Its_after_a_company_named_as_an_object_is_the_subjects()
    {
        // "its shares" are Acme's: Globex is named after a preposition, as one of the carriers.
        var result = Analyzer.Analyze("Acme Widgets signed up carriers such as Globex Tools, and its shares fell 6%.",
            [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
        Assert.NotEqual(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Fact]
    public void The_other_side_of_a_dispute_won_by_a_company_no_directory_knows_lost_it() =>
        AssertOnlyTicker("A small start-up won a patent lawsuit against Intel.", "INTC", Polarity.Negative);

    [Fact]
    public void A_lawsuit_filed_against_a_company_is_still_its_trouble()
    {
        var tickers = Analyzer.Analyze("Intel files lawsuit against Broadcom").Tickers;

        Assert.Equal(Polarity.Negative, tickers.Single(t => t.Symbol == "AVGO").Polarity);
        Assert.Equal(Polarity.Neutral, tickers.Single(t => t.Symbol == "INTC").Polarity);
    }

    [Theory]
    [InlineData("Initech names Globex Audit as its auditor after a billing scandal", "Globex Audit")]
    [InlineData("Acme hires Globex Security to look into a data breach", "Globex Security")]
    [InlineData("Acme Pharma plans to delist its unit; likely to appoint Globex Capital as manager for the delisting", "Globex Capital")]
    public void A_company_hired_for_a_task_does_not_take_the_clients_trouble(string text, string hired)
    {
        var target = Target(text, hired);

        Assert.True(target.Found);
        Assert.Equal(Polarity.Neutral, target.Polarity);
    }

    [Theory]
    [InlineData("Disney names Goldman Sachs and Morgan Stanley as advisers on the sale of its struggling TV networks")]
    [InlineData("Disney hires Goldman Sachs to explore options for its loss-making cable unit")]
    public void The_clients_trouble_named_after_the_company_it_hires_stays_the_clients(string text)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Equal(Polarity.Negative, tickers.Single(t => t.Symbol == "DIS").Polarity);
        Assert.Equal(Polarity.Neutral, tickers.Single(t => t.Symbol == "GS").Polarity);
    }

    [Theory]
    [InlineData("Unilever profit dips slightly but underlying sales growth beats expectations")]
    [InlineData("Unilever's core profit fell, but organic sales beat forecasts and adjusted margins widened")]
    public void A_clause_about_the_companys_own_qualified_figure_is_its_own(string text) =>
        AssertOnlyTicker(text, "UL", Polarity.Positive);

    [Theory]
    [InlineData("Markets rallied on Tuesday, while Intel fell.", Polarity.Negative)] // its own clause says the opposite
    [InlineData("Tech stocks slumped on Tuesday, but Intel rose 5%.", Polarity.Positive)]
    [InlineData("Chip stocks rallied on Tuesday, and Intel rose 2%.", Polarity.Positive)]
    [InlineData("Intel's sales in China fell, but data center revenue hit a record.", Polarity.Positive)] // both clauses its own
    [InlineData("Oil prices surged on Monday, while Intel shares fell 4%.", Polarity.Negative)] // a commodity's clause
    [InlineData("The economy grew strongly, while Intel's profit slumped 40%.", Polarity.Negative)]
    public void A_company_alone_in_a_clause_that_opposes_its_sentence_takes_its_own_clause(string text, Polarity expected) =>
        AssertOnlyTicker(text, "INTC", expected);

    /// <summary>Asserts that the text is good news for <paramref name="good"/> and bad news for <paramref name="bad"/>.</summary>
    private static void AssertGoodAndBad(string text, string good, string bad)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Equal(Polarity.Positive, tickers.Single(t => t.Symbol == good).Polarity);
        Assert.Equal(Polarity.Negative, tickers.Single(t => t.Symbol == bad).Polarity);
    }

    private static void AssertOnlyTicker(string text, string symbol, Polarity expected)
    {
        var ticker = Assert.Single(Analyzer.Analyze(text).Tickers);

        Assert.Equal(symbol, ticker.Symbol);
        Assert.Equal(expected, ticker.Polarity);
    }

    [Theory]
    [InlineData("Amazon sued to block the Pentagon's cloud contract award.", "AMZN", Polarity.Neutral)] // active, past
    [InlineData("Tesla accused short sellers of spreading lies as its shares crashed 20%.", "TSLA", Polarity.Negative)] // its own clause after
    [InlineData("Boeing sued yesterday by families of crash victims.", "BA", Polarity.Negative)] // a headline's passive
    [InlineData("Tesla dumps 8% after deliveries miss estimates.", "TSLA", Polarity.Negative)] // a fall, not an act
    [InlineData("Meta, Google and Amazon sue the state over a new social media law.", "AMZN", Polarity.Neutral)] // every suer listed
    [InlineData("Meta, Google and Amazon sue the state over a new social media law.", "META", Polarity.Neutral)]
    [InlineData("Amazon chooses AMD to power its new cloud servers, boosting AMD shares 5%.", "AMD", Polarity.Positive)] // a supplier, not a hire
    [InlineData("Goldman Sachs names Nvidia as its top pick for 2025.", "NVDA", Polarity.Positive)]
    [InlineData("Prosecutors named Boeing as a defendant in the fraud case.", "BA", Polarity.Negative)]
    [InlineData("A former Barclays currency dealer was jailed for fraud", "BCS", Polarity.Negative)] // a former employee's trouble is the employer's
    public void Acting_and_hiring_verbs_leave_a_companys_own_news_alone(string text, string symbol, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets' results lifted Globex Tools.", "Acme Widgets|Globex Tools", "Globex Tools", Polarity.Positive)]
    [InlineData("Acme Widgets' strong bookings boosted Globex Tools and Initech Labs.", "Acme Widgets|Globex Tools|Initech Labs", "Initech Labs", Polarity.Positive)]
    [InlineData("Acme Widgets' strong bookings boosted Globex Tools and Initech Labs.", "Acme Widgets|Globex Tools|Initech Labs", "Acme Widgets", Polarity.Positive)]
    [InlineData("Zinc fell to a two-year low as demand weakened, dragging down Norsk, Vedra and Kalmet.", "Norsk|Vedra|Kalmet", "Vedra", Polarity.Negative)]
    [InlineData("Cobalt hit a record high, boosting Kalmet and Vedra.", "Kalmet|Vedra", "Vedra", Polarity.Positive)]
    public void A_company_lifted_or_dragged_down_by_other_news_takes_the_move(string text, string targets, string target, Polarity expected)
    {
        var asked = targets.Split('|').Select(static name => new SentimentTarget(name)).ToArray();

        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(text, asked).Targets, t => t.Target == target).Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets said it is winning customers, a worrying sign for Globex Tools, which has struggled with falling sales.", "Acme Widgets", Polarity.Positive)]
    [InlineData("Acme Widgets said it is winning customers, a worrying sign for Globex Tools, which has struggled with falling sales.", "Globex Tools", Polarity.Negative)]
    [InlineData("Acme Widgets was fined, but its shares rose while Globex Tools, which faces a similar inquiry, slipped.", "Globex Tools", Polarity.Negative)]
    public void A_sign_for_a_company_and_a_relative_clause_after_it_are_that_companys(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(text, [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools")]).Targets, t => t.Target == target).Polarity);
    }

    [Theory]
    [InlineData("Acme Widgets' British arm Globex clocked record quarterly revenue.", Polarity.Positive)] // its part's news is its own
    [InlineData("Acme Widgets upgraded its full-year outlook on Tuesday.", Polarity.Positive)] // its own outlook, not a broker's call
    [InlineData("Acme Widgets lowered its annual forecast on Monday.", Polarity.Negative)]
    public void A_companys_part_and_its_own_outlook_are_its_news(string text, Polarity expected)
    {
        Assert.Equal(expected, Target(text, "Acme Widgets").Polarity);
    }

    [Theory]
    [InlineData("Globex Tools reshuffled its calls, upgrading Acme Widgets to buy and downgrading Initech Labs to hold.", "Acme Widgets", Polarity.Positive)]
    [InlineData("Globex Tools reshuffled its calls, upgrading Acme Widgets to buy and downgrading Initech Labs to hold.", "Initech Labs", Polarity.Negative)]
    [InlineData("A judge allowed thousands of lawsuits to proceed against Initech Labs.", "Initech Labs", Polarity.Negative)]
    public void The_company_rated_and_the_one_sued_take_the_call_and_the_suits(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Target(text, target).Polarity);
    }

    [Theory]
    [InlineData("$ACME never misses lol. another beat")]
    [InlineData("$ACME didn't disappoint. up big again")]
    public void A_stop_before_a_lower_case_word_ends_a_negations_reach(string text)
    {
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Globex Tools lowered its fair value estimate for Acme Widgets after a weak quarter.", Polarity.Negative)]
    [InlineData("Globex Tools cut its earnings forecasts on Acme Widgets.", Polarity.Negative)]
    [InlineData("Globex Tools raised its estimates for Acme Widgets.", Polarity.Positive)]
    [InlineData("Globex Tools warned that Acme Widgets' delivery goals look too optimistic.", Polarity.Negative)]
    public void A_houses_estimate_or_warning_falls_on_the_company_it_is_about(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Tools"), new SentimentTarget("Acme Widgets")]);

        Assert.Equal(expected, result.Targets[1].Polarity);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity); // the house only speaks
    }

    [Theory]
    [InlineData("A rally in Acme Widgets offset weakness in Globex Tools.")]
    [InlineData("Gains at Acme Widgets offset losses at Globex Tools.")]
    public void Trouble_made_up_for_by_another_is_still_its_companys(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Fact]
    public void Orders_fall_on_the_maker_not_on_the_customers()
    {
        var placed = Analyzer.Analyze("Globex Tools placed a firm order for 160 Acme Widgets turbines.",
            [new SentimentTarget("Globex Tools"), new SentimentTarget("Acme Widgets")]);
        var won = Analyzer.Analyze("Acme Widgets raised its sales forecast after winning orders from Globex Tools and Initech Labs.",
            [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools"), new SentimentTarget("Initech Labs")]);

        Assert.Equal(Polarity.Neutral, placed.Targets[0].Polarity); // the buyer
        Assert.Equal(Polarity.Positive, placed.Targets[1].Polarity); // the maker of what is ordered
        Assert.Equal(Polarity.Positive, won.Targets[0].Polarity);
        Assert.Equal(Polarity.Neutral, won.Targets[1].Polarity); // customers, not rivals the orders were taken from
        Assert.Equal(Polarity.Neutral, won.Targets[2].Polarity);
    }

    [Fact]
    public void A_short_sellers_attack_is_its_targets_news()
    {
        var result = Analyzer.Analyze("Short seller Globex Research questioned Acme Widgets' accounting.",
            [new SentimentTarget("Globex Research"), new SentimentTarget("Acme Widgets")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Shares of Acme Widgets and Globex Tools, which both build servers, climbed on Tuesday.")]
    [InlineData("Acme Widgets and Globex Tools, who supply the big cloud providers, rallied.")]
    public void A_relative_clause_after_a_list_of_subjects_leaves_the_list_whole(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools")]);

        Assert.All(result.Targets, t => Assert.Equal(Polarity.Positive, t.Polarity));
    }

    [Theory]
    [InlineData("Boeing rose 3.2% and Caterpillar 2.8% on Tuesday.", Polarity.Positive)]
    [InlineData("Industrials slumped: Honeywell fell 8%, Boeing 7% and Caterpillar 6%.", Polarity.Negative)]
    [InlineData("Boeing fell 3 percent and Caterpillar 2.5 percent in New York.", Polarity.Negative)]
    [InlineData("Boeing shares rose 4%, Honeywell 3% and Caterpillar 1%.", Polarity.Positive)] // a move of shares
    [InlineData("Shares of Boeing fell 4% and Caterpillar 3%.", Polarity.Negative)]
    public void A_name_with_a_percentage_after_a_measured_move_takes_the_move_left_out(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "CAT").Polarity);
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget("Caterpillar")]).Targets[0].Polarity); // also as a target
    }

    [Fact]
    public void A_signed_percentage_after_a_name_is_its_own_move()
    {
        var result = Analyzer.Analyze("Acme Widgets comps +4.5%, Globex Tools -3%. Not even close.",
            [new SentimentTarget("Acme Widgets"), new SentimentTarget("Globex Tools")]);

        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Chevron agrees to buy Hess; both stocks fall")]
    [InlineData("Chevron agreed to buy Hess, and shares of both fell.")]
    [InlineData("Higher cotton costs forced Chevron and Hess to cut output, which both warned could dent profit.")]
    public void A_move_said_of_both_companies_is_each_ones(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Chevron"), new SentimentTarget("Hess")]);

        Assert.All(result.Targets, t => Assert.Equal(Polarity.Negative, t.Polarity));
    }

    [Fact]
    public void Both_after_names_is_theirs_alone() =>
        // "both" right after two names is said of them, not of a third company in the sentence.
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze(
            "Chevron and Exxon both gained share in the quarter, while Hess saw output fall 20%.", [new SentimentTarget("Hess")]).Targets[0].Polarity);
}
