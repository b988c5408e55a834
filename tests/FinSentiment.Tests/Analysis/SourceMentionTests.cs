namespace FinSentiment.Tests.Analysis;

/// <summary>A company quoted as the source of a statement is not what the statement is about.</summary>
public sealed class SourceMentionTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Fact]
    public void A_company_that_speaks_after_the_others_are_named_speaks_of_itself()
    {
        // The other company is named first, in a contrast: what Globex Airways says is its own news, whichever targets are asked for.
        const string text = "Unlike Acme Air, which warned that bookings were softening, Globex Airways said demand remained robust.";
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme Air"), new SentimentTarget("Globex Airways")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Positive, result.Targets[1].Polarity);
    }

    [Fact]
    public void A_company_credited_after_a_quote_is_only_its_source()
    {
        const string text = "Acme Air \"failed to foresee the slump in bookings,\" added Globex News, which first reported the cuts.";
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme Air"), new SentimentTarget("Globex News")]);

        Assert.Equal(Polarity.Neutral, result.Targets[1].Polarity);
    }

    [Fact]
    public void A_company_only_quoted_as_a_source_in_a_story_about_others_is_neutral()
    {
        const string text = "Demand for gas would slump next week, Globex Research projected. Utilities fell sharply on the news.";

        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Research")]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Theory]
    [InlineData("Globex Research thinks widget stocks are poised for a strong rebound. Acme rallied sharply on the news.")]
    [InlineData("Globex Research believes widget makers will see strong gains. Acme rallied sharply on the news.")]
    public void A_company_whose_view_is_about_others_is_neutral(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Research")]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Positive, result.Polarity);
    }

    [Theory]
    [InlineData("Globex Capital sees 35% upside in 12-18 months")] // a time, not another stock
    [InlineData("Globex sees strong upside in its widget business")]
    [InlineData("Globex sees upside in cloud demand, shares rise 5%")] // a word of its own business, not a name
    public void A_company_seeing_room_in_itself_or_a_time_keeps_its_sentiment(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(text.StartsWith("Globex Capital", StringComparison.Ordinal) ? "Globex Capital" : "Globex")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Bearish on Globex Widgets: analyst", Polarity.Negative)] // the analyst after the colon is not Globex's
    [InlineData("Merger terms positive for Globex Widgets: Analysts", Polarity.Positive)]
    [InlineData("Globex Widgets: economist warns of recession in 2026", Polarity.Neutral)] // the house the economist speaks for
    public void A_view_quoted_after_a_colon_is_about_the_company_named_before_it(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget("Globex Widgets")]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Morgan Stanley cuts its own profit forecast")] // a rating verb on its own figures
    [InlineData("Morgan Stanley ups sales forecast after a strong quarter")] // no name between: its own forecast
    [InlineData("Morgan Stanley raises annual profit forecast")] // a company's profit forecast is its own, whatever comes between
    public void A_broker_revising_its_own_forecast_is_tagged_with_its_news(string text)
    {
        var ticker = Assert.Single(Analyzer.Analyze(text).Tickers);

        Assert.Equal("MS", ticker.Symbol);
        Assert.NotEqual(Polarity.Neutral, ticker.Polarity);
    }

    [Fact]
    public void A_headline_quoting_a_company_about_itself_keeps_its_sentiment()
    {
        var result = Analyzer.Analyze("Globex says profit rose sharply", [new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("\"Maybe prices have already discounted the slowdown,\" said Jane Doe, partner at Globex Investments.", "Globex Investments")]
    [InlineData("According to a Globex survey, expectations of a recession are sharply on the rise.", "Globex")]
    [InlineData("Growth stocks crashed, a strategist told Globex News.", "Globex News")]
    [InlineData("Welcome to live coverage of the markets by Globex News reporters.", "Globex News")]
    [InlineData("Most analysts polled by Globex said the dollar's strength has further to run.", "Globex")]
    [InlineData("Spot prices, assessed by Globex Metal, were up 40% from a year ago.", "Globex Metal")]
    [InlineData("Globex Capital sees 35% upside in Initech Motors after the rally.", "Globex Capital")]
    [InlineData("Globex Securities expects 20% downside for Initech Motors.", "Globex Securities")]
    [InlineData("Revenue beat the average estimate by 5%, per Globex data.", "Globex")]
    [InlineData("Defaults are expected to surge next year, per Globex Ratings.", "Globex Ratings")]
    [InlineData("Globex's Asia PMI survey showed factory activity contracted sharply.", "Globex")] // a titled finding it published
    [InlineData("Globex Sachs' Global Investment Research note says widget stocks will rally.", "Globex Sachs")]
    [InlineData("\"We remain firmly positive on lenders,\" analysts at Globex wrote in a note.", "Globex")] // a role before outweighs "wrote" after
    [InlineData("Earnings are expected to have jumped 9% in the quarter, Globex data shows.", "Globex")]
    [InlineData("Widget prices slumped in March, Globex figures showed.", "Globex")]
    [InlineData("The fund will mark its troubled stake down to nothing, a person close to Globex said.", "Globex")]
    [InlineData("The merger talks collapsed, people familiar with Globex said.", "Globex")]
    [InlineData("Globex cut Acme to \"equal weight\" from \"overweight\" and cut its price target.", "Globex")] // a quoted rating
    public void A_messenger_is_neutral_even_when_it_is_the_only_company_named(string text, string target)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.NotEqual(Polarity.Neutral, result.Polarity);
    }

    [Theory]
    [InlineData("Globex trims Acme earnings estimates.", Polarity.Negative)]
    [InlineData("Globex Securities cuts its price target on Acme shares.", Polarity.Negative)]
    [InlineData("Globex raises Acme price target to $500.", Polarity.Positive)]
    [InlineData("Globex slashes Acme price forecasts.", Polarity.Negative)] // forecasts of its prices, as estimates of its results are
    [InlineData("Globex analysts expect strong demand for Acme widgets.", Polarity.Positive)]
    public void A_broker_passes_its_call_to_the_company_named_after_it(string text, Polarity expected)
    {
        var broker = text.StartsWith("Globex Securities", StringComparison.Ordinal) ? "Globex Securities" : "Globex";
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme"), new SentimentTarget(broker)]);

        Assert.Equal(expected, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Neutral, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Globex downgrades Initech to neutral; prefers Acme", Polarity.Positive)]
    [InlineData("Globex strategists turned bullish while Acme slumped 8%.", Polarity.Negative)] // "while" opens a clause, comma or not
    [InlineData("A Globex survey shows robust demand even as Acme struggles.", Polarity.Negative)]
    public void A_broker_call_does_not_pass_over_a_clause_break(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme"), new SentimentTarget("Globex")]);

        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_company_whose_own_earnings_report_is_named_is_its_subject()
    {
        var result = Analyzer.Analyze("A gloomy earnings report from Globex Semiconductor set off selling across chip stocks.", [new SentimentTarget("Globex Semiconductor")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_company_forecasting_its_own_results_keeps_its_sentiment()
    {
        var result = Analyzer.Analyze("Globex forecast sharply higher sales.", [new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Globex's Model Y sales rose 20%.", Polarity.Positive)] // a titled product of its own is its news
    [InlineData("Globex's Q3 report showed subscriber growth beat forecasts.", Polarity.Positive)] // a period's report is its results
    [InlineData("Globex downgraded its sales outlook for the second half, citing fierce competition.", Polarity.Negative)] // its own, for a period
    [InlineData("Globex Downgrades Its Delivery Outlook For The Year", Polarity.Negative)] // capitals of a title say nothing
    [InlineData("Globex downgraded its 2025 profit forecast.", Polarity.Negative)] // a year is its own
    [InlineData("Globex raised its forecast for Azure growth.", Polarity.Positive)] // a product of its own after "for"
    [InlineData("Globex's AI Research team delivered strong results.", Polarity.Positive)] // its own people
    [InlineData("Globex upgrades its delivery forecast for the year.", Polarity.Positive)]
    [InlineData("Globex downgraded its delivery forecast.", Polarity.Negative)]
    [InlineData("Globex upgraded its mid-term targets after a strong year.", Polarity.Positive)] // its own goals, in the plural
    [InlineData("Globex downgraded its long-term margin goals.", Polarity.Negative)]
    [InlineData("Globex downgraded its FY guidance after a weak quarter.", Polarity.Negative)] // a period in capitals is its own
    [InlineData("Globex upgraded its 2024 core EPS growth guidance.", Polarity.Positive)] // so is a measure
    [InlineData("Globex upgraded its full-year adjusted core profit guidance.", Polarity.Positive)] // five words of kinds
    [InlineData("Globex raised its profit outlook on Thursday.", Polarity.Positive)] // a day after "on" names no company rated
    [InlineData("Globex cut its profit outlook on Monday, saying volumes had fallen.", Polarity.Negative)]
    [InlineData("Globex cuts outlook on China demand slowdown", Polarity.Negative)] // a place before a noun names a market, not a company rated
    [InlineData("Globex forecast profit above estimates, while a rival slipped.", Polarity.Positive)] // its own results foreseen
    [InlineData("Globex forecasts third-quarter revenue above estimates.", Polarity.Positive)]
    public void A_company_rating_its_own_figures_keeps_its_sentiment(string text, Polarity expected)
    {
        // A verb of rating on "its" figures is the company's own news, not a broker's call on another.
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex")]);

        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Goldman Sachs upgraded Apple to buy.", "AAPL")]
    [InlineData("According to Morgan Stanley, Apple will beat estimates.", "AAPL")]
    [InlineData("Apple sales beat estimates, JPMorgan said in a note.", "AAPL")]
    [InlineData("Apple rose 3% after Goldman Sachs upgraded the stock to buy.", "AAPL")]
    [InlineData("Morgan Stanley lifted its price target on Microsoft to $600.", "MSFT")] // more verbs of a rating action
    [InlineData("Morgan Stanley raised its target on Microsoft after strong cloud sales.", "MSFT")] // a target "on" a company
    [InlineData("Goldman Sachs also downgraded Apple to sell.", "AAPL")] // an adverb before the verb
    [InlineData("Goldman Sachs, Morgan Stanley and JPMorgan all cut their price targets on Tesla.", "TSLA")] // brokers listed together
    [InlineData("Goldman Sachs and Morgan Stanley raised their price targets on Nvidia.", "NVDA")]
    [InlineData("Goldman Sachs cut its rating on Intel.", "INTC")] // a rating or an outlook "on" a company
    [InlineData("S&P Global cut its outlook on General Motors to negative.", "GM")]
    [InlineData("Ford raised its outlook on strong truck demand.", "F")] // "on" a cause is its own outlook
    [InlineData("JPMorgan said profit rose 10%.", "JPM")] // a company reporting on itself
    [InlineData("Analyst Pat Reyes of Morgan Stanley said the valuation of Tesla looked stretched.", "TSLA")] // a house's analyst
    [InlineData("Tesla shares fell after analyst Pat Reyes of Morgan Stanley cut his target.", "TSLA")]
    [InlineData("The chief executive of Goldman Sachs said trading was strong.", "GS")] // its own people
    [InlineData("\"Demand remains robust,\" Nvidia said of its data center business, while AMD warned of weaker sales.", "NVDA AMD")] // "said of its"; equal relevance, in the order named
    [InlineData("JPMorgan, which reported record quarterly profit on Friday, downgraded Intel to underweight.", "JPM INTC")] // its own results in an aside
    [InlineData("Goldman Sachs upgraded Apple to buy. Goldman shares fell 2% after its trading revenue slumped.", "GS AAPL")] // news of its own too
    public void A_company_only_quoted_as_a_source_is_not_tagged(string text, string symbols)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(symbols.Split(' '), result.Tickers.Select(t => t.Symbol));
    }

    [Theory]
    [InlineData("Globex data center revenue jumped 40%.", Polarity.Positive)] // its business, not what its data shows
    [InlineData("Acme sold its struggling unit to Globex after talks with Globex collapsed.", Polarity.Negative)] // no informant before "to"/"with"
    public void A_company_named_before_data_or_after_to_is_no_messenger_by_those_words(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex")]);

        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_price_per_share_of_a_company_makes_it_no_messenger()
    {
        var result = Analyzer.Analyze("Globex agreed to pay $95 per Initech share in a deal hailed as a big win.", [new SentimentTarget("Initech")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Fact]
    public void A_company_credited_after_a_statement_about_others_is_neutral()
    {
        const string text = "Energy funds are still very underweight and inflows have lagged badly, Globex said. Initech shares fell.";

        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Profit fell sharply, Globex said.", [new SentimentTarget("Globex")]).Targets[0].Polarity);
    }

    [Fact]
    public void A_company_that_adds_a_figure_after_a_comma_moved()
    {
        // ", Globex adds 6%" is its stock's move, not "…, Globex added." after a statement.
        var result = Analyzer.Analyze("Initech jumps 4%, Globex adds 6%", [new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Globex maintains 'buy' on Acme Widgets", "Globex")]
    [InlineData("Acme Widgets gains; Globex starts at 'outperform'", "Globex")]
    [InlineData("Globex cuts target price for Acme Widgets by 20% after a weak quarter", "Globex")]
    [InlineData("Acme Widgets falls; Globex cuts to 'reduce'", "Globex")]
    [InlineData("Globex overweight on widget makers; Acme Widgets a top pick", "Globex")]
    [InlineData("Globex stays underweight on metals for the next 12 months", "Globex")] // a view after a linking verb
    [InlineData("Globex turns bullish on Indian equities", "Globex")]
    [InlineData("Globex raised the odds of a euro-zone downturn to 40% from 25%", "Globex")] // a house's odds of what the economy does
    [InlineData("Acme Widgets hits a 52-week high on Globex upgrade", "Globex")] // the rating named by its broker
    [InlineData("Acme Widgets slumps after Globex downgrade", "Globex")]
    [InlineData("Globex trims its Acme Widgets earnings estimates", "Globex")]
    [InlineData("Why Globex cut widget makers to 'neutral'", "Globex")] // the past tense too
    [InlineData("Globex reiterates its overweight rating on Acme Widgets, citing strong demand.", "Globex")] // "its" rating of another
    [InlineData("Globex downgrades their outlook on Acme Widgets.", "Globex")]
    [InlineData("Globex initiates its coverage of Acme Widgets with a buy rating.", "Globex")]
    [InlineData("Globex upgrades its S&P 500 earnings forecast.", "Globex")] // a market's forecast, named in capitals
    [InlineData("Globex downgraded its outlook for Acme Widgets to negative.", "Globex")] // its forecast for another
    [InlineData("Globex cuts US recession odds to 15%.", "Globex")] // a house's odds of the economy, before the odds
    [InlineData("Globex raises its Brent forecast to $85 a barrel.", "Globex")] // a market's forecast, the market before it
    [InlineData("Globex lifts its year-end S&P 500 target to 6,500.", "Globex")]
    [InlineData("Globex raises its 2026 GDP forecast for China.", "Globex")]
    [InlineData("Globex raises its forecast for oil prices, sees Brent at $90.", "Globex")] // the market after "for"
    public void A_broker_that_rates_is_a_messenger(string text, string broker)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(broker)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Globex raises Rs 500 crore to reduce debt, shares jump", "Globex", Polarity.Positive)]
    [InlineData("Globex puts its listing on hold after a weak debut", "Globex", Polarity.Negative)]
    [InlineData("Globex cuts its sales target for the year", "Globex", Polarity.Negative)]
    [InlineData("Globex is up 5% after a strong quarter", "Globex", Polarity.Positive)] // a linking verb before no view
    [InlineData("Globex remains confident on growth after a record quarter", "Globex", Polarity.Positive)] // its own outlook
    [InlineData("Globex remains bullish on the India market, lifts its sales target", "Globex", Polarity.Positive)] // its own market
    [InlineData("Globex raises the odds of a turnaround with its new foundry deal, and shares jump 6%", "Globex", Polarity.Positive)] // its own odds
    [InlineData("Globex raises its oil production forecast for the year", "Globex", Polarity.Positive)] // its own output, a market named first
    [InlineData("Globex raises its forecast for oil output after strong Permian wells", "Globex", Polarity.Positive)]
    public void A_company_acting_on_its_own_plans_is_not_a_broker(string text, string target, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Initech an attractive bet in the retail space: Vinay Khattar, Globex Financial", "Globex Financial", true)]
    [InlineData("Markets likely to stay weak for now: Globex", "Globex", true)]
    [InlineData("UPDATE: Globex Passenger Numbers Up Sharply In February", "Globex", false)]
    [InlineData("Q3 results: Globex beats estimates", "Globex", false)]
    [InlineData("Liquidity to stay comfortable: Rahul Verma, Member, Globex and Initech", "Initech", true)]
    [InlineData("Acme Widgets looks attractive: Rahul Verma, MD, Globex Securities Pvt. Ltd.", "Globex Securities", true)]
    [InlineData("Acme Widgets still has the momentum: Rahul Verma, globexwatch.com", "globexwatch.com", true)]
    [InlineData("Flight disruption hits carriers: Globex Air, Initech Air, Acme Air and ...", "Initech Air", false)]
    [InlineData("A strategist's hot stock picks: Globex, Initech, Acme", "Initech", false)]
    [InlineData("Top gainers: Globex, Initech", "Globex", false)]
    [InlineData("Acme Widgets is a good buy: Rahul Verma, Globex Securities", "Globex Securities", true)]
    public void A_company_in_the_byline_after_a_colon_is_a_messenger(string text, string target, bool messenger)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(messenger, result.Targets[0].Polarity == Polarity.Neutral);
    }

    [Theory]
    [InlineData("A new report from Globex predicting a recession will not be cheerful reading for investors.", "Globex")]
    [InlineData("Globex recommends buying Initech shares ahead of its strong analyst day.", "Globex")]
    [InlineData("Globex downgraded the company to underweight after a weak quarter.", "Globex")]
    public void A_company_publishing_research_or_a_rating_is_a_messenger(string text, string target)
    {
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Globex upgraded to buy at Initech Securities", "Globex", Polarity.Positive)]
    [InlineData("Globex downgraded by Initech on weak margins", "Globex", Polarity.Negative)]
    [InlineData("Initech downgraded Globex to hold", "Initech", Polarity.Neutral)]
    [InlineData("Globex downgraded by Initech on weak margins", "Initech", Polarity.Neutral)]
    [InlineData("Globex upgraded to buy by Initech Securities", "Initech Securities", Polarity.Neutral)]
    [InlineData("Globex cut to sell at Initech Securities", "Globex", Polarity.Negative)] // "cut" is a past tense too: the house follows
    [InlineData("Globex cut to sell from hold at Initech Securities", "Globex", Polarity.Negative)] // the rating it had names it rated
    [InlineData("Globex cut to underweight from neutral", "Globex", Polarity.Negative)]
    [InlineData("Globex cut to underperform as its CEO's sudden leave clouds the turnaround", "Globex", Polarity.Negative)] // no house: "cut" is passive
    [InlineData("Globex raised to overweight at Initech, which sees 40% upside", "Globex", Polarity.Positive)]
    [InlineData("Globex outlook cut to negative by Initech Ratings", "Globex", Polarity.Negative)]
    [InlineData("Globex starts at 'buy' on Initech", "Initech", Polarity.Positive)] // active: the house's call on Initech
    [InlineData("Initech shares fall; Globex cuts to 'underperform'", "Globex", Polarity.Neutral)]
    [InlineData("Globex upgrades net interest income guidance to $13 billion", "Globex", Polarity.Positive)] // its own figure without "its"
    [InlineData("Globex upgrades mid-term targets, sees higher operating profit", "Globex", Polarity.Positive)]
    public void A_rating_verb_in_the_passive_names_the_company_rated(string text, string target, Polarity expected)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Nike cut to sell at Citi", "NKE", "C")]
    [InlineData("Rio Tinto cut to sell from hold at Jefferies", "RIO", "JEF")]
    [InlineData("Barclays raised to overweight at Jefferies", "BCS", "JEF")]
    [InlineData("Commerzbank outlook cut to negative by Moody's; Ford outlook cut to negative by Moody's", "F", "MCO")]
    [InlineData("Intel price target lowered to $28 at Bank of America", "INTC", "BAC")]
    [InlineData("Fiserv was downgraded to Neutral from Buy at Mizuho", "FISV", "MFG")]
    [InlineData("Fiserv was downgraded at Mizuho, which cut its price target", "FISV", "MFG")]
    public void The_house_that_gives_a_rating_in_the_passive_is_not_tagged(string text, string rated, string house)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Contains(tickers, t => t.Symbol == rated && t.Polarity != Polarity.Neutral);
        Assert.DoesNotContain(tickers, t => t.Symbol == house);
    }

    [Theory]
    [InlineData("May 4 (Globex News) - Initech cut its full-year forecast, and its shares fell 6%.", "Globex News")]
    [InlineData("Initech will cut 900 jobs. The cuts hurt morale, Globex News reported.", "Globex News")]
    [InlineData("Initech will cut 900 jobs. Globex News, which first reported the cuts, said morale was poor.", "Globex News")]
    [InlineData("Initech will cut 900 jobs. Its shares fell after Globex News first reported the cuts.", "Globex News")]
    [InlineData("Initech will cut 900 jobs. The plan is a setback, Globex News reported, citing a memo.", "Globex News")]
    public void A_news_outlet_passing_news_on_is_neutral(string text, string outlet)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(outlet)]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Theory]
    [InlineData("Globex reported a sharp drop in quarterly profit. Its shares fell 6%.")]
    [InlineData("Globex reports record profit on strong demand. Its shares rose 6%.")]
    [InlineData("Globex reported last quarter a sharp drop in profit. Initech shares fell too.")]
    public void A_company_reporting_its_own_results_keeps_its_sentiment(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex")]);

        Assert.Equal(result.Polarity, result.Targets[0].Polarity);
        Assert.NotEqual(Polarity.Neutral, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Intel's mounting losses worried analysts, with Citi and Barclays saying the company must raise fresh capital.")]
    [InlineData("Intel's mounting losses alarmed investors, Barclays noting that the company must raise fresh capital.")]
    [InlineData("Intel fell 5%, with Morgan Stanley's Adam Jonas saying the company faces a tough year.")] // the house's analyst
    [InlineData("Intel shares slid, with JPMorgan warning that the company faces more delays.")]
    public void Companies_quoted_in_a_clause_after_with_or_a_comma_are_sources_and_the_company_they_name_is_the_subject(string text)
    {
        var result = Analyzer.Analyze(text);

        var ticker = Assert.Single(result.Tickers);
        Assert.Equal("INTC", ticker.Symbol);
        Assert.Equal(Polarity.Negative, ticker.Polarity);
        Assert.Contains(ticker.Mentions, mention => text.Substring(mention.Start, mention.Length) == "the company");
    }

    [Fact]
    public void A_company_saying_something_of_itself_keeps_its_news()
    {
        var ticker = Assert.Single(Analyzer.Analyze("Barclays shares fell after it cut its outlook, saying the company would shed 500 jobs.").Tickers);

        Assert.Equal("BCS", ticker.Symbol);
        Assert.Equal(Polarity.Negative, ticker.Polarity);
    }

    [Theory]
    [InlineData("$DHI outperformed, while $BLDR lagged on a downgrade at Barclays.", "BLDR DHI")] // the house that downgraded
    [InlineData("Boeing rose after an upgrade from Citi", "BA")]
    public void The_house_named_after_a_rating_change_noun_is_a_source(string text, string symbols) =>
        Assert.Equal(symbols.Split(' '), Analyzer.Analyze(text).Tickers.Select(t => t.Symbol).Order());

    [Theory]
    [InlineData("Cloudflare names former Google executive as chief financial officer", "NET")] // where the hire used to work
    [InlineData("Target's former security chief has joined Palo Alto Networks, the cybersecurity firm said.", "PANW")]
    [InlineData("Oracle's former cloud chief will join Snowflake as president", "SNOW")]
    [InlineData("Disney names former Morgan Stanley chief James Gorman as chairman, shares rise", "DIS")]
    public void A_new_hires_former_employer_is_biography_not_a_company_to_tag(string text, string symbol) =>
        Assert.Equal([symbol], Analyzer.Analyze(text).Tickers.Select(t => t.Symbol));

    [Theory]
    [InlineData("\"Demand was strong and the team was superb,\" the former Globex Widgets executive said.", Polarity.Neutral)] // a speaker who used to work there
    [InlineData("Two former Globex Widgets traders jailed over rate rigging", Polarity.Negative)] // what was done there reflects on it
    public void Former_staff_speak_for_themselves_but_what_they_did_there_is_the_companys(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Widgets")]);

        Assert.True(result.Targets[0].Found);
        Assert.Equal(expected, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Morgan Stanley put Unilever on its best ideas list for the second half.", "UL")] // a house's list of picks
    [InlineData("Bank of America dropped Diageo from its US 1 list after the profit warning.", "DEO")]
    [InlineData("JPMorgan said it remained neutral on Unilever after weak volumes.", "UL")] // the house's call, reported by it
    [InlineData("Barclays stays underweight on Diageo despite the rebound.", "DEO")] // a rating on a named company
    [InlineData("Citi moved Unilever to hold from buy after the results.", "UL")]
    [InlineData("UBS cut its target for Diageo to 2,600p on weaker spirits demand.", "DEO")] // "its target for" a company named
    [InlineData("Moody's lowered Ford to Ba1 from Baa3, citing weak margins.", "F")] // an agency's grade given
    [InlineData("Goldman Sachs was hired as financial adviser on the sale of the chemicals unit.", "")] // a bank on another's deal
    [InlineData("Unilever hired Morgan Stanley as adviser for the sale of its tea arm.", "UL")]
    public void A_broker_or_agency_making_a_call_on_another_company_is_not_tagged(string text, string symbols)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(symbols.Split(' ', StringSplitOptions.RemoveEmptyEntries), result.Tickers.Select(t => t.Symbol));
    }

    [Theory]
    [InlineData("Barclays cut Wizz Air to underweight, warning that fares will fall.")] // a rated company the directory does not know
    [InlineData("Moody's downgraded Evergrande to junk, citing a cash crunch.")]
    [InlineData("JPMorgan said it cut its rating on Wizz Air to sell.")]
    public void A_broker_does_not_take_the_sentiment_of_a_company_it_rates(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Empty(result.Tickers);
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Theory]
    [InlineData("Barclays added 400 jobs to its London trading floor.", "BCS")] // its own business: no list of picks
    [InlineData("JPMorgan said it remained confident on China growth.", "JPM")] // its own mood, no rating
    [InlineData("Morgan Stanley said it cut 2,000 jobs as dealmaking slowed.", "MS")]
    public void A_bank_acting_on_its_own_business_is_still_tagged(string text, string symbol)
    {
        var ticker = Assert.Single(Analyzer.Analyze(text).Tickers);

        Assert.Equal(symbol, ticker.Symbol);
    }

    [Theory]
    [InlineData("Acme Defence raises sales target on record ammunition orders", Polarity.Positive)]
    [InlineData("Acme Aero cuts delivery target on engine supply snags; shares fall 4%", Polarity.Negative)]
    public void A_company_changing_its_own_target_on_a_cause_is_no_broker(string text, Polarity expected)
    {
        // "target on" names a rated company only when a name follows: "raises target on Globex" is a broker's call.
        var target = text.StartsWith("Acme Defence", StringComparison.Ordinal) ? "Acme Defence" : "Acme Aero";
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Acme Chips forecast falls short of estimates, sending the stock down 7%; Globex Drives falls in sympathy", "Acme Chips", -1)] // its own forecast
    [InlineData("Acme Pay and Initech Cards report steady growth in payment volumes; Globex Express lags", "Acme Pay", 1)] // their own figures
    [InlineData("Acme Foxtron, formally known as Hon Widget Precision, posted record quarterly revenue on demand for servers.", "Acme Foxtron", 1)] // its other name
    [InlineData("Acme Search initiates first-ever dividend, announces $70 billion buyback", "Acme Search", 1)] // its own payout started
    [InlineData("Acme Health writes down $2.1bn on its Medsona unit, while Globex Express lags", "Acme Health", -1)] // its own write-down
    public void A_company_that_reports_or_forecasts_its_own_figures_is_no_source(string text, string target, int sign)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(target), new SentimentTarget(text.Contains("Globex Drives", StringComparison.Ordinal) ? "Globex Drives" : "Globex Express")]);

        Assert.Equal(sign, Math.Sign(result.Targets[0].Score));
        Assert.Null(result.Targets[0].Rule);
    }

    [Fact]
    public void A_houses_report_after_a_possessive_still_speaks()
    {
        // Guard: "Globex Research's report comes after …" is the house's report, whatever verb follows it.
        var result = Analyzer.Analyze("Globex Research's report comes after Acme Chips shares climbed for six weeks.", [new SentimentTarget("Globex Research"), new SentimentTarget("Acme Chips")]);

        Assert.Equal(0, result.Targets[0].Score);
    }

    [Theory]
    [InlineData("Acme Litho upgrade at Kepler Partners as chip demand firms", "Acme Litho", "Kepler Partners", 1)] // the noun of the rating before its house
    [InlineData("Acme Shoes downgrade by Globex Research on China worries", "Acme Shoes", "Globex Research", -1)]
    [InlineData("Globex Capital sets Street-high $300 price objective on Acme Motors, citing robotaxi optionality", "Acme Motors", "Globex Capital", 1)] // a price objective is a target
    [InlineData("Acme Oil and Initech Oil both lowered at Globex Research on weaker refining margins", "Acme Oil", "Globex Research", -1)] // the house after a rating change
    public void The_company_rated_takes_the_rating_and_the_house_none(string text, string rated, string house, int sign)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget(rated), new SentimentTarget(house)]);

        Assert.Equal(sign, Math.Sign(result.Targets[0].Score));
        Assert.Equal(0, result.Targets[1].Score);
    }

    [Fact]
    public void A_company_where_jobs_are_cut_is_no_house()
    {
        // Guard: "cut at" after a sentence's first capital is no rating change of a name.
        var result = Analyzer.Analyze("Jobs cut at Acme Motors as demand slumps", [new SentimentTarget("Acme Motors")]);

        Assert.True(result.Targets[0].Score < 0);
    }

    [Theory]
    [InlineData("Morgan Stanley said Nvidia was its top pick for next year", "MS", "NVDA")] // the house's pick, reported by the house
    [InlineData("Goldman Sachs named Eli Lilly as its top pick in healthcare", "GS", "LLY")]
    [InlineData("Citigroup said Exxon Mobil remains its top pick among the oil majors", "C", "XOM")]
    public void A_house_that_names_its_top_pick_is_no_company_in_the_news(string text, string house, string pick)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Tickers, t => t.Symbol == house);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == pick).Polarity);
    }

    [Fact]
    public void Guard_a_company_that_names_its_own_best_seller_is_still_the_news() =>
        Assert.Contains(Analyzer.Analyze("Microsoft said Azure was its top seller among cloud products").Tickers, t => t.Symbol == "MSFT");

    [Theory]
    [InlineData("JPMorgan warned of a recession in 2026.", "JPM")] // a house's warning about the economy
    [InlineData("Citigroup warned UK inflation could hit 18.6% in January.", "C")]
    public void A_house_that_warns_about_the_economy_is_no_company_in_the_news(string text, string house) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == house);

    [Theory]
    [InlineData("Boeing warns of a slowdown in deliveries.", "BA")] // its own slowdown
    [InlineData("Caterpillar warned of a weaker economy hurting its sales.", "CAT")]
    public void Guard_a_company_that_warns_about_its_own_business_is_the_news(string text, string symbol) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void A_data_house_credited_by_a_sentence_is_no_referent_of_the_next() // "the company" goes back to Verizon
    {
        var result = Analyzer.Analyze(
            "Verizon said on Tuesday it added 300,000 subscribers. The wireless operator also beat the 250,000 analysts polled by " +
            "FactSet had expected. The company said demand stayed strong.");

        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "FDS");
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "VZ").Polarity);
    }

    [Theory]
    [InlineData("Charter shares fell 3.1% to their lowest level in a year. Analysts at Citi said the probe could constrain the company's ability to raise prices.")]
    [InlineData("Charter shares fell 3.1% after the report, and analysts at Citi said the probe could constrain the company's ability to raise prices.")]
    public void The_company_in_a_quote_of_analysts_at_a_house_is_the_one_named_before(string text) // not Citigroup
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "C");
        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "CHTR").Polarity);
    }

    [Theory]
    [InlineData("Fiserv was downgraded at Mizuho. The broker said the payments processor's guidance looks stretched.")]
    [InlineData("Fiserv was downgraded at Mizuho. Mizuho said the payments processor's guidance looks stretched.")]
    [InlineData("Mizuho downgraded Fiserv to neutral. The broker said it sees limited upside until the guidance is reset.")] // "it", the house's view
    public void A_house_that_rated_a_company_and_then_speaks_is_still_only_a_source(string text)
    {
        var ticker = Assert.Single(Analyzer.Analyze(text).Tickers);

        Assert.Equal("FISV", ticker.Symbol);
        Assert.Equal(Polarity.Negative, ticker.Polarity);
    }

    [Fact]
    public void A_company_that_only_speaks_of_itself_is_still_tagged()
    {
        var ticker = Assert.Single(Analyzer.Analyze("Mizuho said quarterly profit rose 20% on stronger trading income.").Tickers);

        Assert.Equal("MFG", ticker.Symbol);
    }

    [Fact]
    public void Guard_a_house_that_rated_a_company_and_then_reports_its_own_results_by_name_is_tagged()
    {
        var tickers = Analyzer.Analyze("Mizuho downgraded Fiserv to neutral. Mizuho said its quarterly profit rose 20%.").Tickers;

        Assert.Contains(tickers, t => t.Symbol == "MFG");
    }

    [Fact]
    public void Guard_a_house_quoted_once_that_speaks_of_its_own_results_is_tagged()
    {
        var tickers = Analyzer.Analyze("According to Goldman Sachs, rates will fall. Goldman Sachs said its quarterly profit rose 20%.").Tickers;

        Assert.Contains(tickers, t => t.Symbol == "GS");
    }

    [Theory]
    [InlineData("McDonald's shares fell 3.5% in early trading, and Evercore ISI cut its price target to $295 from $320.", "MCD", "EVR")]
    [InlineData("Hershey shares fell 5% after the chocolate maker warned on margins, prompting Barclays to cut its price target to $160.", "HSY", "BCS")]
    [InlineData("Qualcomm shares rose 4.5%. Morgan Stanley, which rates Qualcomm \"equal-weight,\" said the handset outlook was better than feared.", "QCOM", "MS")]
    public void A_house_that_sets_a_price_target_or_rates_the_stock_is_only_a_source(string text, string company, string house)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Contains(tickers, t => t.Symbol == company);
        Assert.DoesNotContain(tickers, t => t.Symbol == house);
    }

    [Fact]
    public void Guard_a_company_that_cuts_its_own_target_is_tagged() =>
        Assert.Contains(Analyzer.Analyze("Morgan Stanley cut its profit target for the wealth unit.").Tickers, t => t.Symbol == "MS");

    [Theory]
    [InlineData("Exxon Mobil shares were little changed after RBC Capital Markets initiated coverage of the oil major with a sector perform rating.", "XOM", "RY")]
    [InlineData("Evercore ISI added Home Depot to its tactical outperform list ahead of the retailer's quarterly report.", "HD", "EVR")]
    [InlineData("UBS transferred coverage of Procter & Gamble to a new analyst and maintained its neutral rating on the consumer-goods maker.", "PG", "UBS")]
    [InlineData("Coca-Cola shares ended flat after the beverage maker posted mixed results and Deutsche Bank kept its hold rating on the stock.", "KO", "DB")]
    [InlineData("Piper Sandler stopped short of downgrading Lululemon Athletica after the yoga-wear maker cut its annual forecast.", "LULU", "PIPR")]
    [InlineData("Citi pulls buy rating on Boeing as delivery delays mount", "BA", "C")]
    public void A_house_that_keeps_hands_on_or_takes_away_its_view_is_only_a_source(string text, string company, string house)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Contains(tickers, t => t.Symbol == company);
        Assert.DoesNotContain(tickers, t => t.Symbol == house);
    }

    [Fact]
    public void A_house_that_rated_a_company_and_then_warns_about_it_is_only_a_source()
    {
        var tickers = Analyzer.Analyze(
            "United Parcel Service shares tumbled 6.2% after JPMorgan downgraded the package delivery company to underweight. " +
            "JPMorgan also warned that the Atlanta-based company's dividend could exceed free cash flow this year.").Tickers;

        Assert.DoesNotContain(tickers, t => t.Symbol == "JPM");
        Assert.Contains(tickers, t => t.Symbol == "UPS" && t.Mentions.Any(m => m.Kind == FinSentiment.Tickers.MentionKind.Reference));
    }

    [Theory]
    [InlineData("Infosys downgraded by UBS: old concern, late realisation", "INFY")]
    [InlineData("Netflix removes star ratings from its app.", "NFLX")]
    [InlineData("AT&T added coverage in rural areas.", "T")]
    public void Guard_a_company_rated_or_its_own_ratings_and_coverage_keep_it_tagged(string text, string company) =>
        Assert.Contains(Analyzer.Analyze(text).Tickers, t => t.Symbol == company);

    [Fact]
    public void A_house_named_in_an_aside_after_including_that_cuts_its_target_is_only_a_source()
    {
        var tickers = Analyzer.Analyze(
            "Workday shares fell 9% after the software provider trimmed its forecast. At least three brokerages, including RBC Capital Markets, " +
            "cut their price targets on the stock following the results.").Tickers;

        Assert.Contains(tickers, t => t.Symbol == "WDAY");
        Assert.DoesNotContain(tickers, t => t.Symbol == "RY");
    }

    [Fact]
    public void Guard_a_company_named_in_an_aside_that_cuts_its_prices_is_tagged() =>
        Assert.Contains(Analyzer.Analyze("Several retailers, including Walmart, cut their prices on Monday.").Tickers, t => t.Symbol == "WMT");

    [Theory]
    [InlineData("Lennar slid 2.7% after JPMorgan cut its rating on the Miami-based builder to neutral from overweight.", "JPM")]
    [InlineData("Delta Air Lines fell 3% after Citigroup cut its rating on the Atlanta-based carrier to sell.", "C")]
    public void A_house_that_moves_its_rating_on_a_company_is_only_a_source(string text, string house) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == house);

    [Fact]
    public void Guard_a_company_that_cuts_its_own_rating_of_a_product_is_tagged() =>
        Assert.Contains(Analyzer.Analyze("Ford cut its fuel-economy rating for the truck.").Tickers, t => t.Symbol == "F");

    [Theory]
    [InlineData("AbbVie shares climbed 5%, and Morgan Stanley said the guidance lift removes a key overhang on the stock.", "ABBV", "MS")]
    [InlineData("HP cut its forecast. Evercore ISI said HP's pricing actions had so far failed to offset rising component costs.", "HPQ", "EVR")]
    public void A_research_house_that_speaks_after_a_company_is_named_is_only_a_source(string text, string company, string house)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.Contains(tickers, t => t.Symbol == company);
        Assert.DoesNotContain(tickers, t => t.Symbol == house);
    }

    [Theory]
    [InlineData("Morgan Stanley said wealth management revenue rose 10%. Analysts had expected less.", "MS")]
    [InlineData("Pfizer shares rose. Goldman Sachs said its trading revenue fell in the quarter.", "GS")]
    [InlineData("Ford recalled trucks. Morgan Stanley reported quarterly profit that beat estimates.", "MS")]
    public void Guard_a_house_named_first_or_speaking_of_itself_is_tagged(string text, string house) =>
        Assert.Contains(Analyzer.Analyze(text).Tickers, t => t.Symbol == house);

    [Theory]
    [InlineData("\"The ruling clears the way for a stronger year across the industry,\" UBS wrote in a research note.", "UBS")]
    [InlineData("Apple shares rose after the launch, and Morgan Stanley said in a note to clients that demand looked strong.", "MS")]
    public void A_company_credited_with_a_note_is_only_a_source(string text, string house) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == house);

    [Fact]
    public void Guard_a_company_that_said_something_in_a_statement_is_tagged() =>
        Assert.Contains(Analyzer.Analyze("Ford Motor said in a statement that sales rose 5%.").Tickers, t => t.Symbol == "F");

    [Theory]
    [InlineData("Goldman's Jan Hatzius said a recession was now likely.", "Goldman Sachs")]
    [InlineData("Morgan Stanley's Mike Wilson said stocks look expensive and risks are rising.", "Morgan Stanley")]
    public void A_research_house_whose_person_speaks_is_only_a_source(string text, string house)
    {
        var target = Analyzer.Analyze(text, [new SentimentTarget(house)]).Targets.Single();

        Assert.Equal(0, target.Score);
    }

    [Fact]
    public void Guard_a_company_whose_chief_speaks_keeps_its_score() =>
        Assert.NotEqual(0, Analyzer.Analyze("Pfizer's Albert Bourla said sales would fall.").Tickers.Single(t => t.Symbol == "PFE").Score);

    [Fact]
    public void The_company_after_a_house_that_reiterated_its_rating_is_the_company_rated()
    {
        var result = Analyzer.Analyze(
            "Apple shares jumped 6%. Morgan Stanley reiterated its overweight rating, saying the worst was behind the company.");

        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "MS");
        Assert.Equal(2, result.Tickers.Single(t => t.Symbol == "AAPL").Mentions.Count);
    }

    [Fact]
    public void A_house_that_rates_both_stocks_is_none_of_the_two() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("ONEOK shares fell 3.9%. Barclays reiterated an overweight rating on both stocks.").Tickers, t => t.Symbol == "BCS");

    [Theory]
    [InlineData("Mizuho raises Intel on aggressive price cuts", "INTC", "MFG", 1)]
    [InlineData("Morgan Stanley cuts Nike on China worries", "NKE", "MS", -1)]
    [InlineData("Citi lifts Apple, sees iPhone upside", "AAPL", "C", 1)]
    [InlineData("JPMorgan lifts Procter & Gamble ahead of earnings", "PG", "JPM", 1)]
    [InlineData("Wells Fargo cut Hasbro Inc. (Nasdaq: HAS) to equal-weight from overweight, citing weak toy demand.", "HAS", "WFC", -1)]
    [InlineData("Barclays lifted Deckers Outdoor Corp. (NYSE: DECK) on strong Hoka sales.", "DECK", "BCS", 1)]
    [InlineData("BofA Securities cut Vodafone Group plc (Nasdaq: VOD) to underperform from neutral, citing price cuts in Germany.", "VOD", "BAC", -1)]
    [InlineData("Truist Securities lifted Kimberly-Clark to buy on cheaper pulp.", "KMB", "TFC", 1)]
    public void A_house_whose_rating_verb_passes_over_a_name_rates_that_company(string text, string rated, string house, int sign)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Tickers, t => t.Symbol == house);
        Assert.Equal(sign, Math.Sign(result.Tickers.Single(t => t.Symbol == rated).Score));
    }

    [Fact]
    public void Guard_a_house_that_cuts_its_own_jobs_is_the_news() =>
        Assert.True(Analyzer.Analyze("Goldman cuts Asia jobs as dealmaking slows").Tickers.Single(t => t.Symbol == "GS").Score < 0);

    [Fact]
    public void A_house_that_prefers_one_company_is_not_tagged()
    {
        var result = Analyzer.Analyze("Citi prefers Visa as spending holds up");

        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "C");
        Assert.True(result.Tickers.Single(t => t.Symbol == "V").Score > 0);
    }

    [Theory]
    [InlineData("Auditors found losses at Boeing.")]
    [InlineData("Lawmakers found safety lapses at Boeing.")]
    [InlineData("The Pentagon's inspector general opened a review of cost overruns on Boeing's tanker program.")]
    public void A_role_or_an_institution_opening_the_sentence_is_no_other_company(string text) =>
        Assert.True(Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "BA").Score < 0);

    [Fact]
    public void A_company_that_reported_earlier_in_the_season_is_no_news_outlet() =>
        Assert.Contains(
            Analyzer.Analyze("Farm stocks slid. CNH Industrial, which reported earlier in the month, kept its guidance intact.").Tickers,
            t => t.Symbol == "CNH");

    [Fact]
    public void A_company_that_reiterates_its_own_plan_speaks_for_itself_not_as_a_source() =>
        Assert.Contains(
            Analyzer.Analyze("Phillips 66 said throughput was in line with guidance. The company reiterated its spending budget.").Tickers,
            t => t.Symbol == "PSX");

    [Fact]
    public void Guard_an_outlet_that_reported_earlier_passes_news_on() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme shares fell. Talks had stalled, according to Comcast, which reported earlier that the deal was off.").Tickers,
            t => t.Symbol == "CMCSA");

    [Theory]
    [InlineData("Walmart cut to neutral", "WMT")]
    [InlineData("Dollar General cut to underperform as CEO's sudden medical leave clouds turnaround", "DG")]
    public void A_company_that_is_no_house_cut_to_a_rating_is_the_company_rated(string text, string symbol) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void Guard_a_house_cut_to_a_rating_without_a_house_after_is_the_house_s_call() =>
        Assert.DoesNotContain(Analyzer.Analyze("Jefferies cut to underperform").Tickers, t => t.Symbol == "JEF");

    [Fact]
    public void A_company_credited_with_a_view_as_it_raises_its_own_forecast_keeps_its_news() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Travelers are still paying up for summer trips, Booking Holdings said on Tuesday as it raised its full-year " +
                             "room-night forecast. The online travel company's shares rose 5%.").Tickers.Single(t => t.Symbol == "BKNG").Polarity);

    [Fact]
    public void Guard_a_house_credited_as_it_cuts_its_forecast_for_an_economy_is_a_source() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Consumers are pulling back, JPMorgan said on Tuesday as it cut its forecast for U.S. GDP. Retail stocks fell.").Tickers,
            t => t.Symbol == "JPM");

    [Fact]
    public void A_house_that_expects_upside_potential_for_another_is_its_source()
    {
        var result = Analyzer.Analyze("Globex Capital expects upside potential for Initech", [new SentimentTarget("Initech"), new SentimentTarget("Globex Capital")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Neutral, result.Targets[1].Polarity);
    }

    [Fact]
    public void A_house_that_cuts_two_named_stocks_is_their_source() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Morgan Stanley cuts Humana and Centene, upgrades Cigna. Humana shares fell 3%.").Tickers,
            t => t.Symbol == "MS");

    [Fact]
    public void A_company_that_reports_its_own_news_after_an_introductory_phrase_keeps_it() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Compass topped forecasts. By contrast, RE/MAX Holdings said royalty income slipped 4% as agent numbers shrank.")
                .Tickers.Single(t => t.Symbol == "RMAX").Polarity);

    [Fact]
    public void Guard_a_house_credited_after_a_clause_is_its_source() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Zillow's listing revenue fell 6% in the quarter, Morgan Stanley said.").Tickers,
            t => t.Symbol == "MS");

    [Fact]
    public void A_company_that_estimated_its_net_losses_reports_its_own_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Reinsurers counted the cost of the wildfires. RenaissanceRe estimated net losses of $410 million from the fires.")
                .Tickers.Single(t => t.Symbol == "RNR").Polarity);
}
