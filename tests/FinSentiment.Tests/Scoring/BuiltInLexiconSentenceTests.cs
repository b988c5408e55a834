namespace FinSentiment.Tests.Scoring;

/// <summary>Clear-cut financial sentences the built-in lexicon and rules must get right, whatever the tuning.</summary>
public sealed class BuiltInLexiconSentenceTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Operating profit rose to EUR 13.1 mn from EUR 8.7 mn.")]
    [InlineData("Net sales increased to EUR 131m from EUR 76m.")]
    [InlineData("Operating loss narrowed.")]
    [InlineData("Costs fell.")]
    [InlineData("The stock hit a 4-month high.")]
    [InlineData("$TSLA jumps after the delivery report")]
    [InlineData("Cash flow from operations totalled EUR 7.4 mn, compared to a negative EUR 68.6 mn a year earlier.")]
    [InlineData("Globex says this widget maker is a Buy")]
    [InlineData("Rubber rises from a 3-year low")]
    [InlineData("Add IT and pharma names to the portfolio; Mastek, Aurobindo Pharma top bets")]
    [InlineData("Acme Widgets bounces back from a three-day losing run")]
    [InlineData("Acme shares jump 12% after the finance chief quits")]
    [InlineData("The worst may be over for widget makers")]
    [InlineData("Analysts say Acme may appreciate 30% from here")]
    [InlineData("The new order book bodes well for Globex")]
    [InlineData("Initech is a value buy at these levels")]
    [InlineData("Widget sales quadruple in a year")]
    [InlineData("Judge dismisses lawsuit against Acme")]
    [InlineData("Regulator drops probe into Globex accounting")]
    [InlineData("Widget stocks rally ahead of a sanctions review")] // the awaited event is no news
    [InlineData("The slump in widget stocks ends")] // a bad state that ends
    [InlineData("Acme shrugs off the widget slowdown")] // a setback the company gets past
    [InlineData("Globex escapes relegation from the index")]
    [InlineData("Initech defies the downturn in chip demand")]
    [InlineData("Acme chief rejects fears over widget demand")]
    [InlineData("Globex posts its first profit since the financial crisis")] // a past crisis as a point in time
    [InlineData("Fund managers have never been this bullish on Acme")] // "never" stresses, it does not deny
    [InlineData("Demand for Globex widgets has never been stronger")]
    [InlineData("The widget index hits record as buyers return")]
    [InlineData("Acme rides high on big orders")]
    [InlineData("Globex is the stock to be in this year")]
    [InlineData("Acme snaps a three-day losing streak")] // a bad run that ends
    [InlineData("The lawsuit against Acme was dismissed")] // legal trouble undone after it is named
    [InlineData("Ban on Globex drones lifted")]
    [InlineData("Acme and Globex strike a $2 billion supply deal")] // a strike that makes a deal is no walkout
    [InlineData("Acme profit offsets swap losses")] // what is offset does not count
    [InlineData("Globex will resume share buybacks")]
    [InlineData("Initech reports estimate-beating results")]
    [InlineData("Globex shares rose 1%, ending a four-session run of losses.")]
    [InlineData("The dollar rises on rate hike bets")] // the move, not its cause
    [InlineData("Widget futures climb on supply shortage fears")]
    [InlineData("Widget stocks rise amid a deepening crisis")]
    [InlineData("Snap stock climbs 4% in early trade")] // a negating verb before "stock" is a name
    [InlineData("Snap Inc posts record revenue")] // and so is one before a legal designator
    [InlineData("Acme settles the class action lawsuit over its fees")] // trouble settled, and what it was over
    [InlineData("The regulator closes its investigation into Initech accounting")]
    [InlineData("The EU eases sanctions on Globex")]
    [InlineData("A court clears Acme of fraud charges")] // what the charges were of turns with them
    [InlineData("Acme's quarterly losses were smaller than feared")]
    [InlineData("Defying stock losses elsewhere, Acme rose 3%.")] // a verb in -ing is no name
    [InlineData("Acme shares rose on Monday on weak volume.")] // "on Monday" is a time, the cause comes after it
    [InlineData("Jobless claims hit a seven-month low")] // a low of a bad quantity
    [InlineData("Unemployment falls to a record low")]
    [InlineData("A federal judge dismissed the shareholder lawsuit against Acme.")] // a verb of dismissing before the trouble
    [InlineData("An appeals court overturned the penalties imposed on Globex.")]
    [InlineData("A court overturned Acme's $1bn EU antitrust fine.")] // over the amount
    [InlineData("Acme settles $50 million lawsuit over emissions")]
    [InlineData("China lifted its ban on Acme chips.")]
    [InlineData("Acme wins arbitration against Globex")] // a dispute won
    [InlineData("Acme won a patent lawsuit against Globex.")]
    [InlineData("The EU drops Acme, Globex, Initech from its chip cartel investigation.")] // the kind of probe after "from"
    [InlineData("Acme settled with the SEC on fraud charges.")] // the party settled with, then the trouble
    [InlineData("Globex settles with shareholders over accounting fraud claims")]
    [InlineData("Acme settled both lawsuits.")]
    [InlineData("The charges against Initech were dismissed.")] // trouble named by its target, undone after it
    [InlineData("A judge dismissed all charges against Initech.")]
    [InlineData("The shareholder lawsuit against Acme was dismissed.")]
    [InlineData("The judge dismissed the shareholder lawsuit as moot.")] // a court's dismissal, whatever it is called
    [InlineData("A judge granted Acme's motion to dismiss the lawsuit.")] // a request granted is done
    [InlineData("Regulators clear Acme of wrongdoing")] // a base form after a plural subject that settles trouble
    [InlineData("Prosecutors drop charges against Acme")]
    [InlineData("EU drops Acme, Globex and Initech from antitrust investigation")] // a list of names is one object
    [InlineData("Acme cleared in bribery probe")] // cleared in its trouble
    [InlineData("Acme removed from sanctions list")]
    [InlineData("Acme exempted from tariffs")]
    [InlineData("The EU suspended sanctions on Acme")] // a restriction suspended
    [InlineData("Washington scraps tariffs on Acme's widgets")] // a levy scrapped
    [InlineData("The EU suspends retaliatory tariffs on Acme's widgets")]
    [InlineData("Acme could be a buy for the long term, says a strategist")] // a call behind a hedge
    [InlineData("Acme and Globex are the pick among mid caps")]
    [InlineData("Acme has huge potential, says a fund manager")]
    [InlineData("The court dismissed all charges against Acme.")] // legal trouble dismissed
    [InlineData("Acme reports a loss for the period of EUR 0.6 mn compared to a loss of EUR 2.3 mn a year earlier.")] // a narrower loss
    [InlineData("Regulators cleared Acme of wrongdoing in the bribery probe")] // the probe it was cleared in
    [InlineData("Prosecutors dropped fraud charges against Initech.")] // a verb right before a phrase of trouble
    [InlineData("The court dismissed the class action against Acme.")] // an action at law is trouble too
    [InlineData("The antitrust probe into Globex was closed without any penalty.")] // closed after the trouble undoes it
    [InlineData("Fears of a recession receded after strong payroll data.")] // what recedes ends
    [InlineData("Acme's drug helps fight obesity and drove revenue up 45%.")] // an aim's reach ends at "and"
    [InlineData("Operating profit, before interest and taxes, was $900 million, versus $700 million.")] // an aside between commas
    [InlineData("Gross margin was 45.2%, compared with 42.1% for Fiscal 2024.")] // a period, not another company
    [InlineData("Acme stock is a screaming buy.")]
    [InlineData("Globex guides higher after a strong quarter.")]
    [InlineData("Initech Announces Record Third Quarter Results")] // a record named with its period
    [InlineData("Acme is adding capacity to tackle surging demand.")] // an aim damps, it does not flip
    [InlineData("Gross margin of 61.5%, compared to 58.0% in the prior-year period.")] // percentages against percentages
    [InlineData("The jobless rate came in at 3.7% vs 3.8% expected.")]
    [InlineData("Net income was $5.2 million, or $0.12 per diluted share, compared to a net loss of $1.4 million.")] // past the aside
    [InlineData("Operating loss was EUR 2.1 mn (EUR 9.3 mn loss).")] // the bracketed loss is the year before's
    [InlineData("Operating loss amounted to EUR 1.3 mn (loss of EUR 3.8 mn).")]
    [InlineData("Operating profit was EUR 2.1 mn (EUR 0.4 mn loss).")]
    [InlineData("Net loss was EUR 2.0 mn, against a net loss of EUR 5.0 mn a year ago.")]
    [InlineData("Acme Oyj reported a net loss of EUR 1.2 mn (EUR 3.1 mn loss).")] // a reported result in brackets
    [InlineData("Acme posted a net loss of $15 million, against a net loss of $60 million a year ago.")]
    [InlineData("Net loss came to EUR 3.0 mn (2024: EUR 7.5 mn loss).")] // the period first
    [InlineData("Pre-tax loss was EUR 0.7 mn (EUR 4.0 mn loss in 2023).")] // the period after
    [InlineData("Net sales were EUR 30 mn (2024: EUR 25 mn).")]
    [InlineData("EBIT was EUR -1.5 mn (EUR -4.2 mn).")] // signed amounts
    [InlineData("Operating profit was EUR 0.6 mn (EUR -1.3 mn).")]
    [InlineData("The insurer's combined ratio fell to 91% from 95%.")] // a ratio where lower is better
    [InlineData("Days sales outstanding decreased to 45 days.")]
    [InlineData("Defect rates were cut in half.")]
    [InlineData("The company exceeded its own targets.")]
    [InlineData("The project came in under budget.")]
    [InlineData("A recession is unlikely.")] // a negator said of the state before it
    [InlineData("$ACME just got added to the S&P 500!")]
    [InlineData("$ACME 💎🙌")]
    [InlineData("Layoffs are unlikely.")] // a quantity denied
    [InlineData("A sharp slowdown is highly unlikely.")] // over an adverb
    [InlineData("Intel wins appeal against EU antitrust fine")]
    [InlineData("Acme won its appeal against a $1 billion EU antitrust fine")]
    [InlineData("Acme wins dismissal of talc lawsuits")] // the dismissal won
    [InlineData("$ACME record trading volumes. Retail is back")]
    [InlineData("Acme posts its first annual operating profit")]
    [InlineData("Acme prevails in court fight with a former supplier")]
    [InlineData("Acme avoids a big hit from the motor finance scandal")] // what is escaped reaches over its source
    [InlineData("Acme Telecom raises mobile tariffs by 15%")] // an operator's prices, not a trade barrier
    [InlineData("Boeing lifted its hiring freeze.")]
    [InlineData("Goldman Sachs settled with the SEC for $550 million over fraud charges")]
    [InlineData("S&P raised its outlook on Acme from stable to positive.")] // an outlook moved up
    [InlineData("Cash flow turned to positive from negative.")]
    [InlineData("Sensex, Nifty end in green; banks lead.")]
    [InlineData("Analysts see limited downside for the shares.")]
    [InlineData("We see no reason to sell the shares.")]
    [InlineData("The company turned a profit of EUR 1.7 mn after a loss of EUR 2.6 mn a year earlier.")] // the earlier period's loss
    [InlineData("Traders should use any dip in Acme to accumulate the stock.")] // a dip to buy on
    [InlineData("Use any pullback in widget stocks to buy: analyst")]
    [InlineData("Airlines will use the fall in fuel costs to add capacity.")] // a plan, not a trade: the fall stays good news
    [InlineData("Acme's stock got harder to ignore after the results.")]
    public void Clear_good_news_is_positive(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.True(result.Score > 0, $"{text} scored {result.Score}");
        Assert.NotEmpty(result.Evidence);
    }

    [Theory]
    [InlineData("The company filed for bankruptcy.")]
    [InlineData("Profit fell.")]
    [InlineData("Operating loss widened.")]
    [InlineData("Costs rose.")]
    [InlineData("The shares closed at a seven-year low.")]
    [InlineData("Sun Pharma slides as regulator rescinds drug approval")]
    [InlineData("Initech downgraded to hold from strong buy at Globex Securities")]
    [InlineData("Initech cut from Conviction Buy at Globex on valuation")]
    [InlineData("Hedge funds are dumping the stock")]
    [InlineData("Diageo falls as the FTSE backs off from a record high")]
    [InlineData("Exit Bajaj Auto on rallies")]
    [InlineData("The index slips after a record high")]
    [InlineData("Acme shares slide 6% after upbeat results")]
    [InlineData("Acme Mining slides 12 pct as debt worries mount")]
    [InlineData("Acme Funds shares slide as net outflows grow")]
    [InlineData("Acme shares pull back from their record")]
    [InlineData("The rally in widget stocks stalls")] // a good state that ends
    [InlineData("Widget boom is coming to an end.")]
    [InlineData("Gloomy widget index ends below 5,250")] // "ends" closing a session ends no state
    [InlineData("Fund managers have never been less bullish on Initech")] // the least of a good thing
    [InlineData("Initech shares hit a record low")] // "hits record" reads on to the low
    [InlineData("Acme's appeal dismissed")] // an appeal is not trouble, its dismissal is
    [InlineData("Acme workers strike over a pay deal")] // the deal is the walkout's cause
    [InlineData("Acme suspends its buyback")]
    [InlineData("Gold falls on strong jobs data")] // the move, not its cause
    [InlineData("Initech shares drop 4% following record quarterly profit")]
    [InlineData("Acme drops 5% on the probe")] // a fall, not a probe dropped
    [InlineData("Acme ends the year with a lawsuit")]
    [InlineData("The case was closed but a second lawsuit looms")]
    [InlineData("Acme's clearing unit faces a probe over risk controls.")] // no verb of settling
    [InlineData("Settled lawsuits cost Acme $2 billion last year.")]
    [InlineData("Regulators refused to lift the ban on Acme.")]
    [InlineData("Acme did not settle the lawsuit.")]
    [InlineData("The report shows clear misconduct at Acme.")] // an adjective, not a verb of clearing
    [InlineData("Acme added to the entity list")]
    [InlineData("Acme suspended production after a fire.")] // what is suspended is no trouble
    [InlineData("Washington ended tariff exemptions for Acme's widgets.")] // an exemption ended
    [InlineData("Acme's merger cleared in EU, UK probe continues.")] // places after "cleared in", then another clause
    [InlineData("Acme plunged to a 2024 loss.")]
    [InlineData("Acme fell to a Q3 loss.")]
    [InlineData("Acme posted a loss of EUR 2.8 mn, compared to a loss of EUR 2.3 mn a year earlier.")] // a wider loss
    [InlineData("Acme's brand took a serious beating this year.")] // a beating taken, not estimates beaten
    [InlineData("Acme plans to cut costs after a profit collapse.")] // a response to bad news keeps the bad news
    [InlineData("Acme has the potential to lose millions of subscribers after the price hike.")] // potential is no good news
    [InlineData("The regulator seeks a $2 billion penalty from Acme.")] // a penalty sought is still bad news
    [InlineData("Acme and Globex strike deals with the SEC.")] // a deal with a regulator is a settlement, and no walkout
    [InlineData("New safety rules hit Acme's drilling plans.")] // a blow to a named company
    [InlineData("Tariffs hit Acme Corp shares on Monday.")]
    [InlineData("Acme and Globex to exit Sensex on Monday.")] // dropped from an index
    [InlineData("Weak data hits Asian stocks.")]
    [InlineData("Acme Lawsuit Shares Drop 4%")] // news of the company before its shares
    [InlineData("Oil Slumps -5% As Supply Swells")] // a move after the first word of a headline is no name
    [InlineData("Acme Losses +20% In The Quarter")]
    [InlineData("Acme tumbled to a half-year loss.")] // the state reached, with its period
    [InlineData("Acme fell to a first-quarter net loss of $5 million.")]
    [InlineData("Acme shares jumped on their debut then plunged to a record low.")] // "then" ends the cause
    [InlineData("Not Acme Inc's best quarter.")] // a plain negator is no part of a name
    [InlineData("Utilities lead the day's losses, sliding over 3%.")] // the losses led are not what fell
    [InlineData("Acme fell 6% to lead losses on the index.")] // what it led is the market's move
    [InlineData("Acme dropped 4%, leading losses among chipmakers.")]
    [InlineData("Inflation hits a 30-year high")] // a high of a bad quantity
    [InlineData("Widget costs hit a record high")]
    [InlineData("Worries send the peso to a 10-month low")] // the low is the peso's, not the worries'
    [InlineData("Acme dismissed its chief executive.")] // dismissing a person is no trouble undone
    [InlineData("Acme filed a motion to dismiss the lawsuit.")] // asked for, not done: the lawsuit stands
    [InlineData("Acme asked the court to dismiss the lawsuit.")]
    [InlineData("The court has not granted Acme's motion to dismiss the lawsuit.")] // a grant denied
    [InlineData("Acme dismissed the allegations as baseless.")] // a denial, not trouble ended
    [InlineData("Acme beat expectations but guided lower for the next quarter.")]
    [InlineData("Acme posted its slowest sales growth in a decade.")] // the slowest growth is growth that slowed
    [InlineData("Operating margin was 8.1% (10.4%).")]
    [InlineData("Acme is working to combat a sharp slowdown in widget sales.")]
    [InlineData("Acme cut prices to fight inflation and lost money.")] // "and" + another verb ends the aim
    [InlineData("Net income was $5.2 million, or $0.12 per share, compared with $6.1 million, or $0.15 per share, a year earlier.")]
    [InlineData("Acme pulls its guidance for the year")] // in every tense
    [InlineData("Acme pulled its full-year guidance")] // "its" inside a phrase listed with and without it
    [InlineData("Globex is suspending its outlook")]
    [InlineData("Brokers keep trimming their forecasts for Acme")] // every tense of an established phrase
    [InlineData("Globex may have to lower its full-year guidance")]
    [InlineData("Operating loss was EUR 9.3 mn (EUR 2.1 mn loss).")]
    [InlineData("The cost-to-income ratio rose to 62% from 55%.")]
    [InlineData("Acme failed to win the appeal.")]
    [InlineData("Acme fails to find a buyer for its unit.")] // a failure of something that scores nothing
    [InlineData("Acme was unable to sell the unit.")]
    [InlineData("The unit failed to break even.")]
    [InlineData("The company fell short of its targets.")]
    [InlineData("Costs overran the budget by 20%.")]
    [InlineData("A recovery is unlikely this year.")]
    [InlineData("A recovery is unlikely to come soon.")]
    [InlineData("$ACME is going to zero")]
    [InlineData("$ACME is toast")]
    [InlineData("$ACME free cash flow guide light")]
    [InlineData("$ACME another share offering. Holders diluted again")]
    [InlineData("Acme and Globex grounded all flights after the outage")]
    [InlineData("lost my shirt on $ACME")]
    [InlineData("Boeing is unable to pay its debts.")] // the debts are no better for it
    [InlineData("Sterling fails to hold Monday's gains")] // a failure to keep what the object names
    [InlineData("Nvidia, an unlikely laggard this year, fell 2%.")] // "unlikely" as an adjective negates nothing
    [InlineData("Fitch revised its outlook on Acme to negative from stable.")]
    [InlineData("Net cash flow from operating activities was EUR -2.2 million (EUR 4.5 million).")] // a flow, not net cash
    [InlineData("Operating result weakened to a loss of EUR 2.4 mn from a profit of EUR 0.5 mn.")] // the figures are the state's
    [InlineData("Shares fell after a loss of EUR 2 mn last year.")] // a cause, not a reference
    [InlineData("The winning streak ended for Acme on Tuesday.")] // a state ended for its holder
    [InlineData("Use any rally in Acme to book profits.")] // a rally to sell into
    [InlineData("The company failed to see any recovery in demand.")] // a good thing not reached
    [InlineData("Wise to avoid airline stocks for a few months: analyst")] // advice to keep away
    [InlineData("Selling cars in China just got harder for Acme.")] // a task that got harder
    [InlineData("The bank failed to detect fraud in its trading unit.")] // a bad thing not dealt with stays bad
    [InlineData("Acme failed to pass the stress test.")]
    public void Clear_bad_news_is_negative(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.True(result.Score < 0, $"{text} scored {result.Score}");
        Assert.NotEmpty(result.Evidence);
    }

    [Theory]
    [InlineData("Quarterly sales were EUR 30 mn, a 25 pct increase from a year earlier.", "increase", Polarity.Positive)]
    [InlineData("That was a 40% drop in a single day.", "drop", Polarity.Negative)]
    public void A_percentage_before_a_move_measures_it(string text, string move, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        var evidence = Assert.Single(result.Evidence, e => e.Text.StartsWith(move, StringComparison.Ordinal));
        Assert.Equal("measured-move", evidence.Rules[0]);
        Assert.Equal(expected, result.Polarity);
    }

    [Theory]
    [InlineData("Costs are forecast to rise sharply.", Polarity.Negative)] // not the forecast rising
    [InlineData("Sales were forecast to fall 5% this year.", Polarity.Negative)]
    [InlineData("Revenue is forecast to grow 8%.", Polarity.Positive)]
    public void Forecast_after_a_form_of_be_hedges_the_quantity_before_it(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Polarity);
        Assert.Contains("hedge", Assert.Single(result.Evidence).Rules);
    }

    [Theory]
    [InlineData("Acme raises its margin target to 12%-14%.")]
    [InlineData("Acme expects revenue growth of 4%-6% next year.")]
    public void A_range_written_with_two_percent_signs_is_no_fall(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.NotEmpty(result.Evidence);
        Assert.All(result.Evidence, e => Assert.True(e.Contribution > 0, e.Explanation));
    }

    [Theory]
    [InlineData("Acme's obesity drug shows 20% weight loss in a trial", Polarity.Neutral)] // a body's loss, not a company's
    [InlineData("A jet fuel price surge squeezes Acme's margins", Polarity.Negative)]
    [InlineData("Acme launches a share sale to shore up its finances", Polarity.Neutral)] // no rise
    [InlineData("Inflation squeezes household budgets", Polarity.Negative)] // a squeeze, not a fall of inflation
    [InlineData("Acme narrows revenue guidance, keeps its margin band unchanged", Polarity.Neutral)] // a range narrowed
    [InlineData("A tax tribunal ruled in favour of Acme", Polarity.Positive)]
    public void Words_that_look_like_figures_of_a_company_may_not_be(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's forecast for the coming year fell short of Wall Street expectations")]
    [InlineData("Acme's revenue falls short of analysts' estimates")]
    public void Falling_short_of_expectations_is_bad_in_every_tense(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_move_after_with_and_a_subject_of_its_own_is_that_subjects()
    {
        var result = Analyzer.Analyze("Oil stocks rose in early trading with Acme and Globex climbing 3% and 4%.");

        var climbing = Assert.Single(result.Evidence, e => e.Text.EndsWith("climbing", StringComparison.Ordinal));
        Assert.Equal("climbing", climbing.Text); // not paired with the stocks before "with"
    }

    [Theory]
    [InlineData("Costs rose 4% in the quarter with Europe climbing 6%.")] // a part of the quantity before "with"
    [InlineData("Debt rose to $50 billion with interest payments climbing sharply.")]
    public void A_move_after_with_may_still_be_the_quantitys_before_it(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.All(result.Evidence, e => Assert.True(e.Contribution < 0, e.Explanation));
    }

    [Theory]
    [InlineData("Acme Select Income Opportunities Fund declares $0.12 dividend", "Opportunities")]
    [InlineData("Globex U.S. Preferred Stock ETF declares $0.07 dividend", "Preferred")]
    [InlineData("$GBC - Great Birch Capital Group, Inc. CEO on Q2 2020 results", "Great")]
    [InlineData("Initech Midstream Renaissance Fund declares $0.09 dividend", "Renaissance")]
    [InlineData("Investors are keen on Acme & Struggles Partners, Inc. this week", "Struggles")] // a comma before the designator
    public void Words_inside_a_fund_or_company_name_are_not_sentiment(string text, string word)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains(word, StringComparison.Ordinal));
        Assert.Equal(Polarity.Neutral, result.Polarity);
    }

    [Theory]
    [InlineData("Harbor Liquidators +4% After Court Ruling")] // a headline that opens with a name and its stock's move
    [InlineData("Harbor Liquidators' Stock Jumps After Court Ruling")]
    public void A_name_opening_a_headline_with_its_move_is_no_opinion(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains("Liquidators", StringComparison.Ordinal));
        Assert.Equal(Polarity.Positive, result.Polarity);
    }

    [Theory]
    [InlineData("Hedge Funds Are Dumping Initech Inc.", Polarity.Negative)] // title case: where the name starts cannot be told
    [InlineData("Strong Buy For Tesla Inc", Polarity.Positive)]
    [InlineData("Hedge Funds Piling Into Globex Ltd.", Polarity.Positive)]
    [InlineData("Funds Dumping Their Globex Widgets, Inc. Shares", Polarity.Negative)] // "Their" is no part of a name
    public void A_name_masks_nothing_when_its_start_cannot_be_told(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Operating profit rose to EUR 13.1 mn from EUR 8.7 mn.", "Operating profit fell to EUR 8.7 mn from EUR 13.1 mn.")]
    [InlineData("Profit rose.", "Profit fell.")]
    [InlineData("Costs fell.", "Costs rose.")]
    public void Reversing_the_direction_reverses_the_sign(string up, string down)
    {
        Assert.Equal(-Math.Sign(Analyzer.Analyze(up).Score), Math.Sign(Analyzer.Analyze(down).Score));
    }

    [Fact]
    public void Comparison_without_a_direction_word_reads_the_figures()
    {
        var up = Analyzer.Analyze("Operating profit totalled EUR 13.1 mn, compared with EUR 8.7 mn.");
        var down = Analyzer.Analyze("Operating profit totalled EUR 8.7 mn, compared with EUR 13.1 mn.");

        Assert.True(up.Score > 0, $"up scored {up.Score}");
        Assert.True(down.Score < 0, $"down scored {down.Score}");
    }

    [Theory]
    [InlineData("Q3 revenue $3.32 bln vs. $3.22 bln a year ago", "Q3 revenue $3.12 bln vs. $3.22 bln a year ago")]
    [InlineData("Q2 adj. EPS 83 cents; FactSet consensus 70 cents", "Q2 adj. EPS 61 cents; FactSet consensus 70 cents")]
    [InlineData("Q2 sales $1.79 bln vs. $1.80 bln a year ago; consensus $1.75 bln", "Q2 sales $1.82 bln vs. $1.80 bln a year ago; consensus $1.85 bln")]
    [InlineData("Q3 EPS $1.12 vs. 94 cents in the prior-year quarter", "Q3 EPS 94 cents vs. $1.12 in the prior-year quarter")] // cents against dollars
    [InlineData("Q2 adj. EPS $1.00; consensus 97 cents", "Q1 profit between 40 and 45 cents per share, under the estimate of 58 cents")]
    [InlineData("Profit was $6.5 billion, ahead of the $5.8 billion analysts had expected", "Revenue was $13.3 billion, well short of the $14.4 billion analysts had forecast")] // the expectation after its figure
    [InlineData("Orders of 5.2 billion euros far exceeded the 3.9 billion expected", "Orders of 3.2 billion euros trailed the 3.9 billion expected")]
    public void Figures_are_read_against_the_year_before_and_against_expectations(string beat, string miss)
    {
        var good = Analyzer.Analyze(beat);
        var bad = Analyzer.Analyze(miss);

        Assert.True(good.Score > 0, $"{beat} scored {good.Score}");
        Assert.True(bad.Score < 0, $"{miss} scored {bad.Score}");
        Assert.Single(good.Sentences);
    }

    [Fact]
    public void An_amount_converted_into_another_currency_is_no_change()
    {
        var result = Analyzer.Analyze("Exports made up a fifth of Acme's sales, or EUR 95.2 mn ( USD 120.6 mn ) in 2024 .");

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.True(Analyzer.Analyze("Acme's sales were EUR 95.2 mn ( EUR 120.6 mn ) in 2024 .").Score < 0);
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Globex posted an operating profit of 3.1 mln euro ( $ 4.0 mln ) in 2024 .").Polarity);
    }

    [Theory]
    [InlineData("Acme valves come in volume ranges from 5 litres to 50 litres .")]
    [InlineData("Globex will pay up to EUR 5 m , from its own funds .")]
    [InlineData("The cost of the Globex deal could range from 60 million to 80 million euros .")]
    public void A_span_of_values_is_no_change(string text)
    {
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);
    }

    [Fact]
    public void A_quantity_up_to_a_figure_from_a_lower_one_rose()
    {
        Assert.True(Analyzer.Analyze("Acme's profit after taxes was up to EUR 1.4 m , from EUR 0.3 m a year earlier .").Score > 0);
    }

    [Fact]
    public void Figures_in_line_with_the_consensus_are_no_surprise()
    {
        var result = Analyzer.Analyze("Q1 EPS 62 cents vs. 55 cents last year; consensus 62 cents");

        Assert.DoesNotContain(result.Evidence, e => e.Contribution < 0);
    }

    [Fact]
    public void A_move_after_a_name_counts_more_than_one_after_a_pronoun()
    {
        var named = Analyzer.Analyze("Vodafone falls after the central bank minutes");
        var pronoun = Analyzer.Analyze("It falls after the central bank minutes");

        Assert.Equal(Polarity.Negative, named.Polarity);
        Assert.True(named.Score < pronoun.Score, $"named {named.Score}, pronoun {pronoun.Score}");
    }

    [Theory]
    [InlineData("3 Best Dividend Stocks to Own in December")]
    [InlineData("The 10 Top Picks for 2020")]
    public void A_listicle_headline_ranks_without_judging(string text)
    {
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's share of revenue from China was 17%, compared with 19% a year ago.")] // a part of revenue, not revenue
    [InlineData("Acme's market share was 20%, compared with 25% for Globex.")] // another company's figure
    [InlineData("Acme's EBITDA margin was minus 4%, versus minus 1% a year ago.")] // signs given by words are not read
    public void Percentages_that_are_no_levels_of_the_quantity_are_not_compared(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Evidence, e => e.Explanation.Contains("figures", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The annual general meeting will be held on Tuesday.")]
    [InlineData("The finance chief is departing this month to pursue other opportunities.")] // a departure's formula, no gain
    [InlineData("The central bank will buy bonds to fight the next recession.")] // a bad thing set out to be fought
    [InlineData("Acme sells gold bars to retail buyers.")] // bars that are things, not a ban
    [InlineData("Acme sells fishing reels and rods to retailers.")] // reels that are things
    [InlineData("Acme has a lot of potential buyers for its European unit.")] // potential buyers, not potential
    [InlineData("Kevin Warsh is the pick for Fed chair.")] // a person picked
    [InlineData("Acme shares hit Globex's $500 target.")] // a level reached, not a blow
    [InlineData("The strike will not affect production at the plant.")] // a bad thing's effect denied
    [InlineData("The restructuring will not impact deliveries.")]
    [InlineData("The outage did not disrupt deliveries.")]
    [InlineData("The recall will not hurt demand, the company said.")]
    [InlineData("Acme downplays the threat from tariffs.")] // a threat played down counts for little
    [InlineData("Representatives for Acme were unable to be reached on Sunday.")] // a wire story's boilerplate
    [InlineData("Acme failed to respond to requests for comment.")]
    [InlineData("The Fed is printing money again.")]
    [InlineData("Acme plans to use the proceeds to buy new equipment.")] // no move to trade on (a buyback of shares is a return of capital)
    [InlineData("Most analysts avoid predictions in this market.")] // no stocks to avoid
    public void Sentence_without_opinion_is_neutral(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Neutral, result.Polarity);
    }

    [Theory]
    [InlineData("Acme's sales fell at the slowest pace in two years.", -0.35, -0.15)] // the pace is no second fall
    [InlineData("Shares slipped 1%.", -0.35, -0.15)]
    [InlineData("The company filed for bankruptcy.", -1.0, -0.35)]
    [InlineData("The company moved to an operating profit of EUR 10.9m versus an operating loss of EUR 15.3m.", 0.15, 1.0)]
    [InlineData("Operating loss came to EUR 3.1 mn, compared to a profit of EUR 5.2 mn.", -1.0, -0.15)]
    [InlineData("Operating loss totalled EUR 0.9 mn, down from a profit of EUR 2.7 mn.", -1.0, -0.15)]
    [InlineData("Revenues totalled EUR 1.3 mn, up from EUR 0.3 mn loss in 2008.", 0.15, 1.0)]
    [InlineData("Acme booked an operating loss of 31.2 million euros in the first half of 2023, versus a loss of 24.8 million a year ago.", -1.0, -0.15)] // the year is the period's
    [InlineData("Acme's net sales came to EUR 410 million in January-September 2024, compared with EUR 365 million.", 0.15, 1.0)]
    [InlineData("Acme's operating profit came in at EUR 6.7 mn in the second quarter of 2021, compared to EUR 8.9 mn.", -1.0, -0.15)] // "quarter" is an entry
    [InlineData("Acme's revenue reached $5.3 billion in the quarter ended June 2025, compared with $4.7 billion.", 0.15, 1.0)]
    [InlineData("Acme's net sales were $2,019 million in the quarter, compared with $2,240 million.", -1.0, -0.15)] // no year
    [InlineData("Shares of Acme hit as much as $48 in early trading.", -0.15, 1.0)] // a level reached, not a blow
    [InlineData("Should you buy this strong stock now?", -0.15, 0.15)]
    [InlineData("The agency downgraded the notes to junk status.", -1.0, -0.45)]
    [InlineData("Lenders' ratings were cut to junk.", -1.0, -0.35)]
    public void Scores_use_the_range_with_meaning(string text, double low, double high)
    {
        var score = Analyzer.Analyze(text).Score;

        Assert.InRange(score, low, high);
    }

    [Fact]
    public void Opposite_companies_in_one_sentence_get_opposite_scores()
    {
        var result = Analyzer.Analyze("Apple beat estimates, while Target cut its outlook.");

        Assert.True(result.Tickers.Single(t => t.Symbol == "AAPL").Score > 0);
        Assert.True(result.Tickers.Single(t => t.Symbol == "TGT").Score < 0);
    }

    [Theory]
    [InlineData("Prospect Capital declares a quarterly dividend of $0.06 per share.", "Prospect")]
    [InlineData("The company said shares of Magic Leap were not listed on any exchange.", "Leap")]
    public void Sentiment_words_inside_names_do_not_count(string text, string word)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Acme plans to raise Rs 500 crore through a rights issue", "raise")]
    [InlineData("Globex to hike fares next month", "hike")]
    [InlineData("Initech to drop the old logo", "drop")]
    public void A_direction_with_nothing_to_move_names_an_act(string text, string word)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Evidence, e => e.Text.Equals(word, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Polarity.Neutral, result.Polarity);
    }

    [Fact]
    public void A_direction_that_moves_a_quantity_still_counts_in_the_base_form()
    {
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme to raise its dividend").Polarity);
    }

    [Theory]
    [InlineData("Initech lines up a new chief executive")]
    [InlineData("Globex is set to speed up the review")]
    [InlineData("The company declined comment.")]
    public void A_particle_is_not_a_move(string text)
    {
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme posts its first loss in a decade, cuts more jobs")]
    [InlineData("Acme reports a loss and cuts 370 jobs")]
    public void A_verb_after_a_comma_moves_its_own_object(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Contains(result.Evidence, e => e.Explanation.StartsWith("jobs (good when up) × cuts", StringComparison.Ordinal));
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Theory]
    [InlineData("An Acme director jailed for insider trading")]
    [InlineData("Lawmakers raise concerns over the Acme takeover")]
    [InlineData("Acme pulls the plug on its streaming unit")]
    public void Trouble_in_court_and_idioms_of_failure_are_negative(string text)
    {
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("$ACME - Acme: Buy This Leader In Cloud Payroll", Polarity.Positive)]
    [InlineData("Acme IPO: Skip it and wait for the listing", Polarity.Negative)]
    [InlineData("Like Globex: an analyst at a brokerage", Polarity.Positive)]
    public void A_recommendation_may_follow_a_headline_lead_that_ends_with_a_colon(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Polarity);
        Assert.Contains(result.Evidence, e => e.Rules.Contains("recommendation"));
    }

    [Theory]
    [InlineData("Copper futures set fresh intraday highs", Polarity.Positive)]
    [InlineData("Nickel prices sink to new multi-year lows", Polarity.Negative)]
    [InlineData("Airline stocks bounce off the lows", Polarity.Positive)]
    [InlineData("Hedge funds are snapping up the shares", Polarity.Positive)]
    [InlineData("Acme hit with a $50 million investor suit", Polarity.Negative)]
    [InlineData("Retailers are forced to close stores as sales slump", Polarity.Negative)]
    public void Highs_lows_buying_interest_and_trouble_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Did Investors Drop The Ball On Acme Corp (ACME)")]
    [InlineData("Should Shareholders Be Pleased With The Globex Plan")]
    public void A_headline_that_opens_with_an_auxiliary_asks_without_a_question_mark(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.All(result.Evidence, e => Assert.Contains("question", e.Rules));
    }

    [Theory]
    [InlineData("Acme profit falls 25%: should investors buy now?", "falls")]
    [InlineData("Acme, Globex drop 12% since April; is it time to look again at chip stocks?", "drop")]
    public void A_statement_before_a_colon_or_semicolon_is_not_asked(string text, string stated)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.DoesNotContain("question", Assert.Single(result.Evidence, e => e.Text.Contains(stated, StringComparison.Ordinal)).Rules);
    }

    [Theory]
    [InlineData("The fire did not just disrupt production at Acme; it halted it", Polarity.Negative)] // "not just" adds
    [InlineData("Not only did the tariffs hurt Acme, they hit Globex too", Polarity.Negative)]
    [InlineData("Results were not just good, they were excellent", Polarity.Positive)]
    public void Not_just_and_not_only_add_rather_than_deny(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme failed to settle the lawsuit")] // a failed aim leaves the trouble
    [InlineData("Acme fails to win dismissal of the lawsuit")]
    public void Trouble_not_ended_stays_bad(string text) => Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Good morning traders!")]
    [InlineData("Good evening, everyone.")]
    public void Greetings_are_no_opinion(string text) => Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme prices $200 million of preferred stock")]
    [InlineData("Globex grants restricted stock units to directors")]
    [InlineData("The SoftBank-backed startup, backed by two funds, opens an office")]
    public void Securities_and_descriptors_that_hold_a_sentiment_word_are_neutral(string text)
    {
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Globex Growth Alliance : Notice of Annual Meeting", "Alliance")]
    [InlineData("Acme Grown Foods : Results of Meeting", "Grown")]
    public void The_issuer_that_opens_a_notice_before_a_spaced_colon_is_a_name(string text, string word)
    {
        var result = Analyzer.Analyze(text);

        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Silver climbs to a 5-week peak", Polarity.Positive)]
    [InlineData("Copper sinks to a two-year trough", Polarity.Negative)]
    [InlineData("Acme closes the quarter on a high note", Polarity.Positive)]
    public void Peaks_troughs_and_closing_notes_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Fact]
    public void A_comparative_before_the_state_reached_does_not_hide_it()
    {
        var result = Analyzer.Analyze("Acme said it slid to a larger-than-expected net loss.");

        Assert.Contains(result.Evidence, e => e.Rules.Contains("state-reached"));
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Theory]
    [InlineData("Acme has signed a contract to deliver its software to a hospital group .", Polarity.Positive)]
    [InlineData("The plant will reline its blast furnace next year .", Polarity.Neutral)]
    public void Report_language_contracts_and_industrial_terms(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The Riksbank holds its policy rate at -0.25%")]
    [InlineData("Acme : Statement of Beneficial Ownership")]
    [InlineData("U.S. junk bonds are priced for 2020")]
    [InlineData("Utilities now spend more on wind farms than on fossil fuels")]
    [InlineData("Don't miss the webinar on Tuesday")]
    public void Levels_filings_asset_classes_and_advice_are_not_news(string text)
    {
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);
    }

    [Fact]
    public void A_long_fund_name_before_its_designator_is_a_name()
    {
        var result = Analyzer.Analyze("$XYZ - Acme Capital Advantage Global Income Opportunity Fund declares $0.12 dividend");

        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains("Opportunity", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Go short on cement stocks: an analyst")]
    [InlineData("Switch out of Acme: a broker")]
    [InlineData("Tea exports at a two-decade low")]
    [InlineData("There is a lot of negativity in bank stocks")]
    public void Trading_calls_exits_and_gloomy_moods_are_negative(string text)
    {
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Analysts do not see much of a recovery at Acme", Polarity.Negative)] // articles do not use up the negation's reach
    [InlineData("Brokers see little upside in Globex shares", Polarity.Negative)]
    [InlineData("Initech sees few signs of a recovery", Polarity.Negative)]
    [InlineData("A few brokers upgrade Acme", Polarity.Positive)] // "a few" is some
    [InlineData("Widget makers have yet to return to profit", Polarity.Negative)]
    [InlineData("Acme's chief executive is freed early from jail", Polarity.Positive)] // what is left behind
    [InlineData("Regulator frees up Globex to expand", Polarity.Positive)]
    [InlineData("The upside in Globex is limited from here", Polarity.Negative)]
    [InlineData("The downside for Acme shares is limited", Polarity.Positive)]
    public void Scarcity_delay_and_limits_deny_what_they_qualify(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme Limited gains on strong orders", Polarity.Positive)] // the "Limited" of a name ends nothing
    [InlineData("The penalty for Globex is capped at $2 billion", Polarity.Negative)] // a limit with its figure is a measure
    public void A_name_or_a_figure_after_limited_is_not_a_denial(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Why I'd buy Acme shares today", Polarity.Positive)]
    [InlineData("I would sell Globex before the results", Polarity.Negative)]
    [InlineData("Why income investors should not buy Acme", Polarity.Negative)]
    [InlineData("Don't buy into Globex's rich valuation", Polarity.Negative)] // the advice, not a denied valuation
    [InlineData("Widget demand couldn't be worse for Initech", Polarity.Negative)]
    [InlineData("Acme sales rise 0.2%, short of analyst estimates", Polarity.Negative)]
    [InlineData("Globex quarterly profit comes in ahead of analyst estimates", Polarity.Positive)]
    [InlineData("Initech's widget orders exceed expectations", Polarity.Positive)]
    [InlineData("Globex will reduce its headcount by a tenth", Polarity.Negative)]
    [InlineData("Acme narrowed its guidance to the upper end of the range", Polarity.Positive)] // a narrower range is no cut
    [InlineData("Initech sees sales at the low end of its range", Polarity.Negative)]
    [InlineData("Globex pulled its IPO after a weak week for listings", Polarity.Negative)] // "its" inside a listed phrase
    [InlineData("Widget makers won their appeal in court", Polarity.Positive)]
    [InlineData("Globex margins compressed in the quarter", Polarity.Negative)]
    [InlineData("Initech returned to growth in the third quarter", Polarity.Positive)]
    [InlineData("Factory activity expanded for a second month", Polarity.Positive)]
    [InlineData("Acme's bet on widgets paid off", Polarity.Positive)]
    [InlineData("Globex finished the plant ahead of schedule", Polarity.Positive)]
    [InlineData("Initech stock touches a 52 week high", Polarity.Positive)] // the period apart from its number
    [InlineData("Acme stock near 3-yr high", Polarity.Positive)] // a period written short
    [InlineData("Globex slides to a 52 wk low", Polarity.Negative)]
    [InlineData("The peso touches four week low against the dollar", Polarity.Negative)] // a count written as a word
    [InlineData("Acme is a clear sell", Polarity.Negative)]
    [InlineData("Regulators crack down on Globex", Polarity.Negative)]
    [InlineData("Initech under CBI lens", Polarity.Negative)]
    [InlineData("Recommend wait and watch on Acme", Polarity.Neutral)] // a call to hold off, not to buy
    [InlineData("Data rules are the newest bugbear for Acme shareholders", Polarity.Negative)]
    [InlineData("Acme braces for the holiday season", Polarity.Negative)]
    [InlineData("Globex's 2026 outlook landed on the light side", Polarity.Negative)]
    [InlineData("Analysts question Initech's margin outlook", Polarity.Negative)]
    [InlineData("Acme will make 120 staff redundant", Polarity.Negative)]
    [InlineData("Some 450 jobs at the Globex plant are under threat", Polarity.Negative)]
    [InlineData("The pipeline is strong.", Polarity.Positive)] // a pipeline is business context
    [InlineData("Jane Roe will succeed John Doe as Acme's CFO", Polarity.Neutral)] // taking over an office
    [InlineData("Acme CEO departs, succeeded by Jane Roe", Polarity.Neutral)]
    [InlineData("Acme succeeded in cutting its debt", Polarity.Positive)]
    [InlineData("Globex makes clothing, bags and other accessories", Polarity.Neutral)] // goods, not the verb of winning
    [InlineData("Initech amends and restates its credit agreement", Polarity.Neutral)] // routine legal wording
    [InlineData("Initech restates its earnings for 2024", Polarity.Negative)]
    [InlineData("Acme is off to a flying start in 2026", Polarity.Neutral)] // "off" that is no fall
    [InlineData("The Acme rally was kicked off by strong earnings", Polarity.Positive)]
    [InlineData("Acme shares cracked $100 for the first time", Polarity.Neutral)]
    [InlineData("Favour shifts away from Acme stock", Polarity.Neutral)] // a noun, not a call
    [InlineData("Acme profit hit by a strong dollar", Polarity.Negative)]
    [InlineData("The widget index held a narrow range all day", Polarity.Neutral)] // where it trades, not a fall
    [InlineData("Acme and Globex plan to break up their venture", Polarity.Neutral)] // "up" as a particle
    [InlineData("Acme fights back against its rivals", Polarity.Positive)]
    [InlineData("Globex Bank faces a fresh mis-selling bill", Polarity.Negative)]
    [InlineData("The holdings of Acme's shareholders are described below", Polarity.Neutral)] // "below" that points in a document
    [InlineData("Globex will deliver six storage tanks to a chemical plant", Polarity.Neutral)]
    [InlineData("Acme's order intake was an all time record.", Polarity.Positive)]
    [InlineData("The rupee slides under rates pressure", Polarity.Negative)] // what comes after "under" is the cause
    [InlineData("Widget prices slide to a 9 month low", Polarity.Negative)]
    [InlineData("Housing starts plunged in the spring", Polarity.Negative)]
    [InlineData("Acme's credit spreads widened sharply", Polarity.Negative)]
    [InlineData("Acme is the top riser on the FTSE 100", Polarity.Positive)]
    [InlineData("Widget stocks trade in record territory", Polarity.Positive)]
    [InlineData("Globex quarterly profit shoots threefold", Polarity.Positive)]
    [InlineData("Globex was the biggest faller in the index", Polarity.Negative)]
    [InlineData("Acme sees a better half on a lower fuel bill", Polarity.Positive)]
    [InlineData("Globex's wage bill jumps 20%", Polarity.Negative)]
    [InlineData("Acme's turnaround is an awesome feat", Polarity.Positive)]
    [InlineData("Globex managers are blamed for the plight of its stores", Polarity.Negative)]
    public void Own_calls_market_leaders_bills_and_everyday_words_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Regulators granted priority review to Acme's lead drug")]
    [InlineData("Globex's trial met all secondary endpoints")]
    [InlineData("Acme says orders are pouring in for its new truck")]
    [InlineData("Initech shakes off a broker's bear call")] // the bear call shaken off
    [InlineData("The widget rally has more room to run, Acme's strategist says")]
    public void Drug_milestones_orders_and_room_to_run_are_good_news(string text)
    {
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Prefer Acme among mid-cap steel names")] // an opening rating verb is no part of a name
    [InlineData("Midcap names finding favour among investors")]
    [InlineData("Small caps turn into market darlings")]
    public void Preference_and_favour_are_good_news(string text)
    {
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme shares gave 80% returns in a year", Polarity.Positive)]
    [InlineData("Globex funds deliver returns of 20-30% over six months", Polarity.Positive)]
    [InlineData("The Acme fund posted returns of -12% this year", Polarity.Negative)]
    [InlineData("Acme's return on equity was 14% for the year", Polarity.Neutral)]
    [InlineData("Product returns of 12% were reported by Acme", Polarity.Neutral)] // goods sent back
    [InlineData("Acme returns 10% of its workforce to the office", Polarity.Neutral)] // a share of something
    public void Returns_stated_as_a_percentage_are_a_gain_or_a_loss(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's April sales were off by nearly 6% from a year earlier")]
    [InlineData("Globex sales were off sharply in the quarter")]
    public void Off_is_a_fall_after_a_form_of_be_or_before_by(string text)
    {
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme will close factories in Ohio and Texas")]
    [InlineData("Globex is closing restaurants across the region")]
    [InlineData("Initech closed offices in three cities")]
    [InlineData("Acme faces a record fine from regulators")]
    [InlineData("Brussels imposed an antitrust fine against Globex")]
    [InlineData("Globex to close 150 stores next year")] // a count between the verb and the sites
    [InlineData("Initech is closing all its China factories")]
    public void Closing_sites_and_fines_are_bad_news(string text)
    {
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme cuts its profit goal for 2026 and 450 jobs")]
    [InlineData("Acme cuts its outlook and 500 jobs")]
    [InlineData("Globex lowered its sales forecast and its profit goal")]
    public void A_quantity_joined_to_a_cut_goes_with_it(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.All(result.Evidence, evidence => Assert.True(evidence.Contribution < 0, evidence.Explanation));
    }

    [Fact]
    public void A_quantity_joined_to_bad_news_that_is_no_cut_is_news_of_its_own()
    {
        var result = Analyzer.Analyze("Acme posted a loss and profit growth of 20%.");

        Assert.Contains(result.Evidence, evidence => evidence.Contribution > 0);
    }

    [Theory]
    [InlineData("Rising rates derail the widget recovery", Polarity.Negative)] // the good word after the verb is lost
    [InlineData("Cheap imports threaten the rally in Acme shares", Polarity.Negative)]
    [InlineData("A strike at the plant spoils Globex's strong quarter", Polarity.Negative)]
    [InlineData("Acme loses its banking licence", Polarity.Negative)] // a good thing lost
    [InlineData("The index erased its gains in late trade", Polarity.Negative)]
    [InlineData("The widget index gave up a 600-point rally by the close", Polarity.Negative)]
    [InlineData("Initech will not pay a dividend this year", Polarity.Negative)]
    [InlineData("Acme skipped its dividend", Polarity.Negative)]
    [InlineData("Acme profit hit by strong dollar", Polarity.Negative)] // the good word is the harm's cause
    [InlineData("Globex margins hurt by robust demand for rival widgets", Polarity.Negative)]
    public void A_verb_that_stops_a_good_thing_turns_it(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The widget rally turns sour", Polarity.Negative)] // a state that turns into its opposite
    [InlineData("The slump in widget orders may be over", Polarity.Positive)] // "may be over" ends it like "is over"
    [InlineData("The worst of the downturn could be over for chip makers", Polarity.Positive)] // its qualifier ends with it
    [InlineData("Globex's strong start to the year goes sour", Polarity.Negative)]
    [InlineData("The recovery in Acme orders isn't enough", Polarity.Negative)] // not enough denies what came before
    [InlineData("Initech is strong enough to ride out the slump", Polarity.Positive)] // "enough" alone denies nothing
    public void A_state_that_turns_or_falls_short_is_denied(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme expects lower sales costs next year", Polarity.Positive)] // the head of "sales costs" is the costs
    [InlineData("Globex reports higher sales costs", Polarity.Negative)]
    [InlineData("Widget stocks close lower on margin worries", Polarity.Negative)] // a cause after "on", not a compound
    [InlineData("Acme shares slide on costs", Polarity.Negative)] // the cause after "on" is not what slid
    [InlineData("Globex stock jumps on debt relief plans", Polarity.Positive)]
    public void A_direction_moves_the_head_of_the_quantities_after_it(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Over the past few days Acme rallied 10%", Polarity.Positive)] // a time phrase counts nothing down
    [InlineData("There is little doubt Globex will beat estimates", Polarity.Positive)]
    [InlineData("Acme does not threaten the recovery", Polarity.Positive)] // a negated breaker spares the good word
    [InlineData("Higher rates won't dent Globex's strong profit", Polarity.Positive)]
    [InlineData("The rally may not be over for Acme", Polarity.Positive)] // a negated ender leaves the state
    [InlineData("The worst of the downturn may not be over for Initech", Polarity.Negative)]
    [InlineData("Globex's recovery has not stalled", Polarity.Positive)]
    [InlineData("The gains weren't enough for Acme", Polarity.Negative)]
    [InlineData("The recovery won't be enough for Globex", Polarity.Negative)]
    [InlineData("Acme's record profit capped a strong year", Polarity.Positive)] // "capped" with an object is a verb
    [InlineData("Globex halts the slump in its shares", Polarity.Positive)] // a bad thing stopped
    [InlineData("The widget slump eased in the spring", Polarity.Positive)] // a state that eases or abates wanes
    [InlineData("Worries about Acme's debt have abated", Polarity.Positive)]
    [InlineData("Initech dampened fears of a slowdown", Polarity.Positive)]
    [InlineData("Acme halts production at its plant", Polarity.Negative)]
    public void Negated_breakers_and_enders_and_stopped_setbacks_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme sees record demand for its cloud services", Polarity.Positive)]
    [InlineData("Globex reports record deliveries in the quarter", Polarity.Positive)]
    [InlineData("Initech warns of record write-downs", Polarity.Negative)]
    [InlineData("Widget makers face record layoffs", Polarity.Negative)]
    [InlineData("The agency has kept the record date unchanged", Polarity.Neutral)]
    public void A_record_level_is_good_or_bad_as_its_quantity(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("$ACME to the moon", Polarity.Positive)]
    [InlineData("$GLBX 🚀🚀", Polarity.Positive)] // an emoji is a term like a word
    [InlineData("$ACME 📉 again", Polarity.Negative)]
    [InlineData("$GLBX 📈\uFE0F", Polarity.Positive)] // with the variation selector
    [InlineData("$INTC puts printing today", Polarity.Negative)]
    [InlineData("Bought the dip on $ACME", Polarity.Positive)]
    [InlineData("$GLBX bagholders everywhere", Polarity.Negative)]
    [InlineData("Widget stocks, a sea of red", Polarity.Negative)]
    [InlineData("Good data stopped the bleeding in Acme shares", Polarity.Positive)]
    public void Traders_slang_and_emoji_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme could not avoid a loss in the quarter", Polarity.Negative)] // two negations cancel
    [InlineData("Globex did not fail to beat estimates", Polarity.Positive)]
    [InlineData("Widget makers are not immune to the downturn", Polarity.Negative)]
    [InlineData("Widget makers are immune to the downturn", Polarity.Positive)]
    [InlineData("Initech's quarter was anything but impressive", Polarity.Negative)]
    [InlineData("Acme will not and cannot cut its dividend", Polarity.Positive)] // joined negations, not one inside the other
    [InlineData("Globex not only avoided a loss but posted a record profit", Polarity.Positive)]
    public void A_negation_of_a_negation_cancels(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's backlog stood at a record $12 billion", Polarity.Positive)]
    [InlineData("Unemployment reached a record 10%", Polarity.Negative)]
    [InlineData("Globex booked a record $3 billion of orders", Polarity.Positive)]
    [InlineData("Initech's costs hit a record $2 billion", Polarity.Negative)]
    [InlineData("Jobless claims hit a record", Polarity.Negative)]
    [InlineData("Acme's shares hit a record", Polarity.Positive)] // no quantity: the phrase's own sense
    [InlineData("Globex's debt shows a strong track record of growth", Polarity.Positive)] // a track record is no level
    public void A_quantity_at_a_record_figure_is_at_its_high(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's costs improved in the quarter", Polarity.Positive)] // bad when up: improved is down
    [InlineData("The bank's bad-loan ratio improved to 2.1%", Polarity.Positive)]
    [InlineData("Globex's losses deteriorated", Polarity.Negative)]
    [InlineData("Initech's margins deteriorated", Polarity.Negative)]
    [InlineData("Acme reported an improvement in costs", Polarity.Positive)]
    [InlineData("Globex's Swedish operations improved in the quarter", Polarity.Positive)] // no quantity: a move made, judged good
    [InlineData("Initech plans to improve its call centre services", Polarity.Neutral)] // an aim, not a move made
    [InlineData("Acme sold its deteriorating assets", Polarity.Neutral)] // an adjective after a determiner
    public void A_judging_direction_is_good_or_bad_whichever_way_the_quantity_moved(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme carried 9% more passengers in October", Polarity.Positive)]
    [InlineData("Globex sold 12 percent more homes than a year earlier", Polarity.Positive)]
    [InlineData("Initech shipped 20% fewer units", Polarity.Negative)]
    [InlineData("Acme shares fell 5% more than the market", Polarity.Negative)] // the percentage measures the fall
    [InlineData("Globex homes are now 20% more expensive than a year ago", Polarity.Negative)] // no rise of homes sold
    [InlineData("Initech needs 40% more cash to survive", Polarity.Neutral)] // only after a verb of volume
    public void More_after_a_percentage_is_a_measured_rise(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's net debt fell to 1.2 times EBITDA", Polarity.Positive)] // EBITDA is the ratio's base, not what fell
    [InlineData("Globex trades at 15 times earnings", Polarity.Neutral)]
    [InlineData("At times Acme's deficit widened sharply", Polarity.Negative)] // no figure before "times"
    public void The_base_of_a_ratio_is_no_quantity(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The miner resumed production on Monday after a two-month strike", Polarity.Positive)]
    [InlineData("Trading in Acme shares resumed after a halt", Polarity.Neutral)]
    [InlineData("Production resumed after the strike", Polarity.Positive)] // a lexicon phrase that ends in the verb
    [InlineData("The Globex plant reopens after a fire that forced a costly recall", Polarity.Negative)] // the relative clause is news
    [InlineData("The Initech plant was shut after a fire", Polarity.Negative)] // nothing started again
    [InlineData("Selling resumed after the Fed warned of a recession", Polarity.Negative)] // the warning is news of its own
    [InlineData("Globex shares resumed their slide after a weak forecast", Polarity.Negative)]
    [InlineData("Initech resumes operations after a hurricane destroyed its main plant", Polarity.Negative)] // only the first word after "after"
    public void What_stopped_a_thing_that_starts_again_is_over(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Banks rally after the regulator eases lending rules", Polarity.Positive)] // the easing has its own subject
    [InlineData("The rally in Acme shares eased", Polarity.Negative)]
    [InlineData("The slump in Globex shares since March is over", Polarity.Positive)] // over a connector, an ender closing the clause
    [InlineData("$ACME strike finally over, lines restart next week", Polarity.Positive)] // an adverb of completion before "over"
    [InlineData("Globex shares rose as the strike at its plants is finally over.", Polarity.Positive)]
    [InlineData("The Initech rally after the election has faded", Polarity.Negative)]
    [InlineData("Acme cuts jobs as sales growth fades", Polarity.Negative)] // the growth fades, not the job cuts
    [InlineData("Globex cuts its copper production forecast as demand falters", Polarity.Negative)]
    [InlineData("Initech resumes production after the strike ends", Polarity.Positive)] // the strike ends
    public void A_state_ends_only_in_its_own_clause(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme posted its first annual profit since 2019", Polarity.Positive)]
    [InlineData("Acme's first quarterly profit fell 20%", Polarity.Negative)] // the profit is a quantity that moves
    [InlineData("Globex reported its first quarterly loss in a decade", Polarity.Negative)]
    [InlineData("Initech rolls out facial recognition at its stores", Polarity.Neutral)] // a technology, not praise
    public void Firsts_and_false_friends_of_praise_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The write-down wiped out the company's quarterly profit", Polarity.Negative)] // the object moved, not the write-down
    [InlineData("Higher costs slashed Acme's earnings", Polarity.Negative)]
    [InlineData("Globex's price targets cut on memory headwinds", Polarity.Negative)] // "on" names a cause, not an object
    [InlineData("Initech reduced its dividend", Polarity.Negative)]
    public void A_transitive_move_acts_on_its_object(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's catastrophe losses were lower than last year", Polarity.Positive)] // the bad word names the losses
    [InlineData("Globex's fraud losses rose 20%", Polarity.Negative)]
    [InlineData("Initech warns costs will rise", Polarity.Negative)] // a verb before the quantity is no part of it
    public void A_bad_word_naming_a_bad_quantity_that_moves_is_part_of_it(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Initech delays its product launch to next year", Polarity.Negative)] // a good thing put off
    [InlineData("Acme postpones its expansion plans", Polarity.Negative)]
    [InlineData("Globex delays job cuts", Polarity.Negative)] // a bad word first is what the verb brings
    [InlineData("Delayed shipments boosted Acme's fourth-quarter revenue", Polarity.Neutral)] // an adjective: the revenue is not spoilt
    [InlineData("Globex delays a decision on the buyback", Polarity.Neutral)] // the buyback is not what is put off
    public void A_good_thing_delayed_is_lost(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's rally looks overdone", Polarity.Negative)]
    [InlineData("The selloff in Globex shares looks overdone", Polarity.Positive)]
    [InlineData("$TSLA getting crushed today", Polarity.Negative)]
    [InlineData("$TSLA bears are getting crushed", Polarity.Positive)]
    [InlineData("Acme crushed estimates", Polarity.Positive)]
    public void Overdone_states_and_crushed_stocks_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Mid-cap widget shares can return 20% this year, analysts say", Polarity.Positive)]
    [InlineData("The Acme fund returned 12% last year", Polarity.Positive)]
    [InlineData("Globex returned 10% of its staff to the office", Polarity.Neutral)] // a share of something
    [InlineData("Initech shares returned to their old range", Polarity.Neutral)]
    public void A_return_of_a_percentage_is_a_gain(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme will close the deal next week", Polarity.Neutral)] // a deal is no site
    [InlineData("Globex closed the sale of two stores", Polarity.Neutral)] // a preposition before the sites
    [InlineData("Initech closed its hotel portfolio sale", Polarity.Neutral)] // a site in a deal's name
    [InlineData("Acme closed the quarter with 300 stores in Ohio", Polarity.Neutral)] // a period, not a site, is closed
    [InlineData("Globex scrapped plans to close 100 stores", Polarity.Positive)] // a plan abandoned
    public void Closing_anything_but_sites_is_no_bad_news(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme will stop share buybacks", Polarity.Negative)] // a good thing stopped
    [InlineData("Globex stopped the slump in its shares", Polarity.Positive)] // a bad thing stopped
    [InlineData("Stop above 142 on Initech", Polarity.Neutral)] // a stop-loss level: a move is no object of "stop"
    [InlineData("The Acme rally stopped at resistance", Polarity.Neutral)] // "at" names where, not what was stopped
    [InlineData("Globex stopped short of raising guidance", Polarity.Negative)] // what stopped short of happening did not
    public void Stopping_turns_what_it_stops(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The euro zone economy skirts recession", Polarity.Positive)]
    [InlineData("Demand for skirts surged 20% at Acme", Polarity.Positive)] // a skirt is no negator
    [InlineData("Globex opened 40 new branches in Texas", Polarity.Positive)]
    public void Skirted_recessions_and_opened_sites_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's operating profit fell short of its 2023 level", Polarity.Negative)] // a quantity that falls short moves down
    [InlineData("Globex's costs fell short of the budget", Polarity.Positive)]
    [InlineData("Initech's sales fell short of expectations", Polarity.Negative)]
    public void A_quantity_that_falls_short_moves_down(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme's quarterly earnings per share came in at $1.12, ahead of the $1.05 consensus", Polarity.Positive)]
    [InlineData("Globex's revenue missed the $3.4 billion estimate", Polarity.Negative)]
    [InlineData("Initech reaffirmed its full-year outlook", Polarity.Neutral)] // a restated outlook is mild: no news alone
    [InlineData("Initech reaffirmed its full-year outlook as demand held up", Polarity.Positive)]
    public void Expected_amounts_and_reaffirmed_outlooks_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme won the patent case against Globex", Polarity.Positive)]
    [InlineData("Acme is unlikely to need fresh capital", Polarity.Positive)] // a need denied
    [InlineData("The lender needs a bailout", Polarity.Negative)]
    [InlineData("Acme may have to write down the value of its stake", Polarity.Negative)]
    [InlineData("Higher fuel costs hit profits at the carrier", Polarity.Negative)]
    [InlineData("Acme shares have never been higher", Polarity.Positive)]
    [InlineData("Inflation has never been higher", Polarity.Negative)]
    [InlineData("Gold funds saw inflows for a fifth week", Polarity.Positive)]
    [InlineData("Initech gets a Street-low price target", Polarity.Negative)]
    [InlineData("$ACME rug pulled again", Polarity.Negative)]
    [InlineData("The new app sucks", Polarity.Negative)]
    [InlineData("Net sales dipped 2% to EUR 40.1 mn", Polarity.Negative)] // a small move leaves the neutral band
    [InlineData("Inflation eased to 2.1% in October", Polarity.Positive)]
    public void Legal_wins_needs_write_downs_small_moves_and_slang_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Rising rates pressured bank margins", Polarity.Negative)] // "rising" moves the rates, not the margins
    [InlineData("Soaring cocoa prices may become a bugbear for chocolate makers", Polarity.Negative)] // an -ing word before a plain noun is no move of its own
    [InlineData("The company reported rising sales", Polarity.Positive)]
    [InlineData("Acme shares rose, rising for a third day", Polarity.Positive)] // a verb with its complement still moves
    [InlineData("Surging bond yields pressured tech stocks", Polarity.Negative)] // a noun the lexicon holds as neutral is a plain noun
    [InlineData("Weak demand could adversely affect margins", Polarity.Negative)]
    public void A_direction_before_a_noun_moves_only_that_noun(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Inflation rose to 6.2% in October, the highest in two decades.", Polarity.Negative)]
    [InlineData("The jobless rate fell to 3.5%, a 50-year low.", Polarity.Positive)]
    [InlineData("Jobless claims rose to 250,000, a three-month high.", Polarity.Negative)]
    [InlineData("Net debt fell to EUR 20 mn, the lowest in a decade.", Polarity.Positive)]
    [InlineData("Acme shares rose 5% to $120, the highest since March.", Polarity.Positive)]
    public void An_extreme_after_a_comma_is_the_level_the_quantity_reached(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme does not expect revenue to grow this year.", Polarity.Negative)] // a denied expectation is stated, not hedged
    [InlineData("Acme is not expected to return to profit.", Polarity.Negative)]
    [InlineData("Acme no longer expects a loss this year.", Polarity.Positive)]
    public void A_denied_expectation_is_not_damped_as_a_hedge(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Fact]
    public void Support_from_a_panel_is_good_for_the_company_it_backs()
    {
        var result = Analyzer.Analyze("FDA panel backs Acme Widgets asthma drug", [new SentimentTarget("Acme Widgets")]);
        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Acme and Globex hit as exports slow.", Polarity.Negative)] // "hit" with no "by": the subjects took the blow
    [InlineData("Regulators say Acme must do more on its controls.", Polarity.Negative)] // a demand, not an improvement
    [InlineData("Acme is not cooperating with the inquiry.", Polarity.Negative)]
    [InlineData("Growth worries drag on regional lenders.", Polarity.Negative)] // the worry's topic is no good news
    [InlineData("Demand concerns weigh on widget makers.", Polarity.Negative)]
    [InlineData("Stocks rose as easing inflation worries lifted sentiment.", Polarity.Positive)] // a worry that eases
    [InlineData("Acme backs away from its margin target.", Polarity.Negative)]
    public void Blows_demands_and_support_read_as_news(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The downturn was milder than feared.", Polarity.Positive)] // how the downturn turned out is the news
    [InlineData("Results were less bad than feared.", Polarity.Positive)]
    [InlineData("The recovery was weaker than hoped.", Polarity.Negative)]
    [InlineData("The rebound has been slower than hoped for.", Polarity.Negative)]
    [InlineData("Sales were not as good as expected.", Polarity.Negative)]
    [InlineData("Acme refinery leak smaller than feared", Polarity.Positive)] // a headline: no linking verb
    [InlineData("The damage from the fire was larger than feared.", Polarity.Negative)]
    public void A_thing_judged_against_expectations_is_read_as_judged(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Fears of a recession fade", Polarity.Positive)] // the worry fades, and its topic with it
    [InlineData("Layoff fears recede at Acme", Polarity.Positive)]
    [InlineData("Worries about a strike at Globex subside", Polarity.Positive)]
    [InlineData("Fears about job cuts grow at Acme", Polarity.Negative)]
    [InlineData("Initech's rally was fading into the close", Polarity.Negative)] // "-ing" after a form of "be"
    [InlineData("The planned staff cuts concern some 80 workers at Acme", Polarity.Negative)] // "concern" a verb: no worry
    [InlineData("Strikes could ease supply for Globex rivals", Polarity.Negative)] // an object after "ease": no state ended
    public void A_worry_that_fades_takes_its_topic_with_it(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme does not expect its operating margins to recover this year.", -1)] // reaches over the expected thing
    [InlineData("Acme does not expect its widget sales in Asia to grow this year.", -1)]
    [InlineData("Globex does not anticipate widget demand in Asia to improve.", -1)]
    [InlineData("Acme does not expect any job cuts.", 1)]
    public void A_denied_expectation_reaches_what_is_expected_to_happen(string text, int sign)
    {
        Assert.Equal(sign, Math.Sign(Analyzer.Analyze(text).Score));
    }

    [Theory]
    [InlineData("Fears of a slowdown send Acme lower", Polarity.Negative)] // the object's move, not the fears'
    [InlineData("Worries over debt drag Globex down", Polarity.Negative)]
    [InlineData("Falling banks pull the widget index lower", Polarity.Negative)] // a quantity object moves as before
    public void A_sending_verb_moves_its_object(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme reports smaller-than-expected fall in earnings", Polarity.Positive)] // a smaller fall than expected
    [InlineData("Acme profit falls less than expected", Polarity.Positive)]
    [InlineData("Widget orders fell less than expected in May", Polarity.Positive)]
    [InlineData("The decline in Globex sales was smaller than analysts had feared", Polarity.Positive)]
    [InlineData("Initech posts narrower-than-expected quarterly loss", Polarity.Positive)]
    [InlineData("Acme shares rose less than expected after the listing", Polarity.Negative)] // a smaller rise
    [InlineData("Globex costs rose more than expected", Polarity.Negative)]
    [InlineData("Acme reports lower-than-expected profit", Polarity.Negative)] // the quantity itself compared
    [InlineData("Widget sales fell less than feared", Polarity.Positive)]
    public void A_move_compared_with_what_was_expected_is_judged_by_the_comparison(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme hits sales record", Polarity.Positive)]
    [InlineData("Globex's drug meets main goal in late-stage trial", Polarity.Positive)]
    [InlineData("Initech did not meet its target", Polarity.Negative)]
    [InlineData("Acme faces charges over emissions", Polarity.Negative)]
    [InlineData("Court overturns ruling against Globex", Polarity.Positive)] // a ruling undone
    [InlineData("EU court annuls fine against Acme", Polarity.Positive)]
    [InlineData("Jury returns verdict against Initech", Polarity.Negative)]
    [InlineData("Acme appoints Pat Reyes as president, effective April", Polarity.Neutral)] // a date, not effectiveness
    public void Targets_goals_charges_and_rulings_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The plant will run at reduced capacity until market conditions improve.", Polarity.Negative)] // a condition, not news
    [InlineData("Without a rescue deal, the company could be placed in special administration.", Polarity.Negative)] // an opening "without" too
    [InlineData("Without doubt, profit rose sharply.", Polarity.Positive)]
    [InlineData("Globex cuts kiln runs until widget demand improves", Polarity.Neutral)]
    [InlineData("Acme's profit in the half until June 30 rose to EUR 41 mn.", Polarity.Positive)] // a time, not a condition
    [InlineData("Net sales were SEK 980 m (SEK 1,150 m).", Polarity.Negative)] // "m" after a currency is millions
    [InlineData("Operating profit came to SEK 318 m (402).", Polarity.Negative)] // the bare earlier figure takes the amount's scale
    [InlineData("Order intake was NOK 2.6 bn (1.9).", Polarity.Positive)]
    [InlineData("EBIT came to EUR 3,4 million, against EUR 5,1 million a year ago.", Polarity.Negative)] // decimal commas
    [InlineData("The period's result came to EUR 2,75 million (EUR 1,8 million).", Polarity.Positive)]
    [InlineData("Operating loss amounted to EUR -5.7 million (EUR -1.6 million).", Polarity.Negative)] // a loss written with a minus grows with its size
    [InlineData("Net loss was EUR -0.8 million (EUR -2.4 million).", Polarity.Positive)]
    [InlineData("Third-quarter EBIT was MEUR 4.1 (MEUR 7.7).", Polarity.Negative)] // millions of euros as a code
    [InlineData("The board proposes a dividend of SEK 4.20 per share (SEK 5.20).", Polarity.Negative)] // over "per share" to the bracket
    [InlineData("The order book stood at SEK 3.1 bn at the end of the quarter (SEK 2.4 bn).", Polarity.Positive)] // over the period
    [InlineData("Market share dropped from 24% to 19%.", Polarity.Negative)] // a quantity that dropped from one level to another
    [InlineData("Net sales reached TEUR 980, compared with EUR 0.7 million a year earlier.", Polarity.Positive)] // thousands against millions
    public void Conditions_and_times_after_until_and_scales_apart_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("A weaker dollar boosted Acme's overseas sales.", Polarity.Positive)] // the verb carries the news, not the currency's strength
    [InlineData("A stronger yen weighed on Globex's export margins.", Polarity.Negative)]
    [InlineData("The strong Swiss franc eroded margins at the watchmaker.", Polarity.Negative)]
    [InlineData("Widget stocks fall on a strong rupee.", Polarity.Negative)] // alone, in a cause, it stays as it was
    public void A_currencys_strength_before_what_it_does_is_no_news_of_its_own(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The smelter returned to full production after the fire.", Polarity.Positive)] // what stopped it is over
    [InlineData("Acme targets higher returns after a weak year.", Polarity.Neutral)] // returns are a quantity, not a return
    [InlineData("Globex launched a deeply discounted rights issue to repair its balance sheet.", Polarity.Negative)]
    [InlineData("Initech is selling new shares at a steep discount to repay its lenders.", Polarity.Negative)]
    public void Returns_after_an_interruption_and_discounted_share_issues_are_read(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Full-year EBIT will fall short of the previous guidance.", Polarity.Negative)] // an article and a word of reference passed over
    [InlineData("Sales for the year exceeded the earlier guidance.", Polarity.Positive)]
    [InlineData("Globex expects to fall short of its guidance.", Polarity.Negative)] // one word past the owner's word, what was expected
    [InlineData("The tribunal dismissed all claims against the widget maker.", Polarity.Positive)]
    [InlineData("The planned lay-offs have been cancelled.", Polarity.Positive)] // a bad plan undone
    [InlineData("Acme cancelled the job cuts it had planned for May.", Polarity.Positive)]
    [InlineData("The distributor terminated its supply agreement with Acme.", Polarity.Negative)] // a good thing stopped
    [InlineData("The treasury shares will be cancelled.", Polarity.Neutral)] // a formality
    [InlineData("Higher freight costs rose further, burdening profitability.", Polarity.Negative)]
    [InlineData("Operating profit margin stood at 8 % of sales, against 11 % a year ago.", Polarity.Negative)] // the base of a percentage
    [InlineData("Operating profit (EBIT) fell 12 percent.", Polarity.Negative)] // a name in brackets
    public void Report_phrases_read_over_articles_brackets_and_bases(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Cheaper copper prices lifted margins at the cable maker", Polarity.Positive)] // the comparative is the copper's
    [InlineData("Widget margins came under pressure from rising resin prices", Polarity.Negative)]
    [InlineData("Higher resin costs squeezed margins at the widget maker", Polarity.Negative)] // a quantity right after still moves
    [InlineData("Acme shares closed lower on Tuesday", Polarity.Negative)] // a move, not a description
    [InlineData("The merger talks fell apart", Polarity.Negative)]
    public void A_direction_before_a_plain_noun_describes_that_noun(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex posted record holiday-season sales", Polarity.Positive)] // a record of the quantity named after a word or two
    [InlineData("Initech reports record monthly tractor bookings", Polarity.Positive)]
    [InlineData("Acme booked record first-half costs", Polarity.Negative)]
    [InlineData("Globex secured a $450 million contract to build the bridge", Polarity.Positive)] // a contract over the words between
    [InlineData("Initech won a seven-year supply deal with the navy", Polarity.Positive)]
    [InlineData("Acme lost a key defence contract", Polarity.Negative)]
    [InlineData("Globex chief was cleared of any wrongdoing", Polarity.Positive)]
    public void Records_and_contracts_reach_over_a_few_words(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$XYZ floor is in, adding here", Polarity.Positive)]
    [InlineData("$XYZ looks cheap for a reason, stay away", Polarity.Negative)]
    [InlineData("Honestly $XYZ is a garbage company", Polarity.Negative)]
    [InlineData("$XYZ and $QRS crushed after the drug pricing ruling", Polarity.Negative)]
    [InlineData("$XYZ crushing earnings again", Polarity.Positive)]
    [InlineData("$XYZ blew out estimates", Polarity.Positive)]
    [InlineData("Credit spreads blew out overnight", Polarity.Negative)]
    [InlineData("$XYZ at ATH again", Polarity.Positive)]
    [InlineData("$XYZ can't stop falling", Polarity.Negative)]
    [InlineData("$XYZ can't stop going up", Polarity.Positive)]
    [InlineData("$XYZ regulatory fears overblown, adding", Polarity.Positive)]
    [InlineData("$XYZ shorts in shambles", Polarity.Positive)]
    [InlineData("$XYZ buying every dip", Polarity.Positive)]
    [InlineData("$XYZ rally fading into the close", Polarity.Negative)]
    public void Post_slang_for_a_stocks_fate_is_read(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Solvency weakened to 28 % from 34 %.", Polarity.Negative)] // a ratio weakened (gearing and solvency both)
    [InlineData("Net gearing weakened to 64 % (41 %).", Polarity.Negative)]
    [InlineData("Net gearing strengthened to 22 % from 38 %.", Polarity.Positive)]
    [InlineData("The group will close two of its five sawmills.", Polarity.Negative)]
    [InlineData("Acme is shutting down three production lines at its Turku site.", Polarity.Negative)]
    [InlineData("The lender will cut 180 positions in Norway.", Polarity.Negative)]
    [InlineData("Prepaid subscriptions fell by 35,000 in the quarter.", Polarity.Negative)]
    [InlineData("Liquid assets rose to NOK 412 million.", Polarity.Positive)]
    [InlineData("The new press cuts energy consumption by a fifth.", Polarity.Positive)]
    [InlineData("The carrier won the tender for two regional routes.", Polarity.Positive)]
    public void Nordic_report_language_is_read(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_strengthened_currency_after_a_cost_is_the_currencys_way_not_a_judgement()
    {
        var result = Analyzer.Analyze("Operating profit declined due to higher costs of pulp and the strengthened krona.");
        var strengthened = Assert.Single(result.Evidence, e => e.Text.Contains("strengthened", StringComparison.Ordinal));
        Assert.True(strengthened.Contribution < 0, strengthened.Explanation);
    }

    [Theory]
    [InlineData("The Acme plant will be closed.", Polarity.Negative)] // a site closed, in the passive
    [InlineData("Two Globex mills are to be shut down next year.", Polarity.Negative)]
    [InlineData("Acme said the deal will be closed in May.", Polarity.Neutral)] // no site
    [InlineData("The Acme plant will be closed for two weeks of maintenance.", Polarity.Neutral)] // closed for a time
    [InlineData("The comparison figures have been restated.", Polarity.Neutral)] // made comparable, no scandal
    [InlineData("The competition authority approved the Acme deal.", Polarity.Positive)] // a regulator, not rivals
    [InlineData("Initech will pay an extra dividend.", Polarity.Positive)]
    [InlineData("Globex reported a record operating profit.", Polarity.Positive)]
    [InlineData("Acme faces a claim of EUR 4 mn.", Polarity.Negative)]
    public void Sites_closed_dividends_records_and_claims_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme customer satisfaction dropped.", Polarity.Negative)] // a good thing that fell
    [InlineData("Widget makers' optimism plummets", Polarity.Negative)]
    [InlineData("Customer satisfaction at Globex is high.", Polarity.Positive)] // still good on its own
    [InlineData("Regulator orders Acme to cut prices", Polarity.Negative)] // an authority's verb, not orders
    [InlineData("Court orders Initech to pay damages", Polarity.Negative)]
    [InlineData("Widget Orders Rise To A Record", Polarity.Positive)] // title case: the orders
    public void Good_things_that_fall_and_orders_given_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme Lines raised its guidance on strong demand in the Red Sea region.", Polarity.Positive)] // a sea, no loss
    [InlineData("Acme is in the red this year.", Polarity.Negative)]
    [InlineData("Higher freight costs hurt Acme's margins.", Polarity.Negative)] // a shipper's costs
    [InlineData("Rising freight rates hit retailer Acme's margins", Polarity.Negative)] // rates alone: a cost
    [InlineData("Globex Shipping increased its freight rates by 6% from March.", Polarity.Positive)] // its own rates: its prices
    public void Seas_are_places(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Fact]
    public void What_is_escaped_is_a_things_fate_not_what_the_thing_is()
    {
        // "avoid a collapse of the troubled lender": the collapse is avoided; the lender is still troubled (an epithet of the
        // lender, which is no news and is not turned into good news by the avoiding).
        var evidence = Analyzer.Analyze("Acme agreed to buy Globex to avoid a collapse of the troubled lender.").Evidence;

        Assert.Contains(evidence, e => e.Text == "collapse of" && e.Contribution > 0);
        Assert.DoesNotContain(evidence, e => e.Text == "troubled" && e.Contribution > 0);
    }

    [Theory]
    [InlineData("Acme added 9 million subscribers in the quarter.", Polarity.Positive)] // a count gained
    [InlineData("Globex to add 1,200 new jobs at its plants", Polarity.Positive)]
    [InlineData("Initech shares added 2% in early trade", Polarity.Positive)] // a measured gain
    [InlineData("\"We are careful,\" he added.", Polarity.Neutral)] // a quote's verb
    [InlineData("Acme added 2% of its shares to the plan", Polarity.Neutral)] // a share of something
    public void Counts_and_percentages_added_are_gains(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme decides against paying extra dividends", Polarity.Negative)] // a decision against denies
    [InlineData("Globex skips extra dividend", Polarity.Negative)]
    [InlineData("Court throws out the verdict against Initech", Polarity.Positive)] // a phrasal verb that undoes a ruling
    [InlineData("Court sets aside ruling against Acme", Polarity.Positive)]
    [InlineData("Banks set aside more money for bad loans", Polarity.Negative)] // no ruling set aside
    public void Decisions_against_and_rulings_undone_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("A strong won squeezes Acme's export margins", Polarity.Negative)] // the currency, not a win; what it does carries the news
    [InlineData("The won fell 1% against the dollar", Polarity.Negative)]
    [InlineData("Higher input costs crimp Globex's margins", Polarity.Negative)]
    [InlineData("The currency's surge eats into Initech's profit", Polarity.Negative)]
    [InlineData("Acme to shutter 300 stores over two years", Polarity.Negative)]
    [InlineData("Acme steals grocery shoppers' loyalty from Globex", Polarity.Neutral)] // no theft: a rival's business taken
    [InlineData("Globex to eliminate 7% of jobs", Polarity.Negative)] // a cut to a good thing
    [InlineData("Initech shares recover losses after the sell-off", Polarity.Positive)] // losses won back, not losses rising
    [InlineData("Acme's drug showed 90% efficacy in the late-stage trial", Polarity.Positive)]
    [InlineData("We expect customers' destocking to continue into next year", Polarity.Negative)]
    [InlineData("An oil spike hurts widget makers", Polarity.Negative)] // the cause's move is no news; the verb's is
    [InlineData("The currency's surge hurts widget makers", Polarity.Negative)]
    [InlineData("Oil jumps 5%, lifting widget makers", Polarity.Positive)] // a measured move stays
    [InlineData("Acme takes an impairment, trims its game pipeline", Polarity.Negative)] // a new verb with an object: no pairing over the comma
    [InlineData("Acme's operating profit climbed to SEK 57.9 mn, up from SEK 34.6 mn", Polarity.Positive)] // the measured move after a comma still pairs
    public void Causes_that_squeeze_and_losses_recovered_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The feared headwinds did not materialise.", Polarity.Positive)] // a bad thing that did not come about
    [InlineData("The slowdown never happened.", Polarity.Positive)]
    [InlineData("The headwinds we flagged last quarter did not materialise.", Polarity.Positive)] // over a relative clause
    [InlineData("The expected recovery in the construction market did not materialise.", Polarity.Negative)] // a good thing that did not come
    [InlineData("Supply chain disruptions are now largely behind us.", Polarity.Positive)] // a state left behind
    [InlineData("The strike has ended and production is back at full rates.", Polarity.Positive)] // ended before "and"
    [InlineData("The rally happened on thin volume.", Polarity.Positive)] // no denial: the rally stands
    [InlineData("The headwinds from raw materials have turned into tailwinds.", Polarity.Positive)] // turned into its opposite
    [InlineData("The claim against the company was dismissed.", Polarity.Neutral)] // trouble undone: no dismissal of staff
    [InlineData("Acme dismissed 300 workers.", Polarity.Negative)]
    [InlineData("We are initiating a dividend for the first time.", Polarity.Positive)]
    [InlineData("We lost a key customer in the data centre segment.", Polarity.Negative)]
    [InlineData("Softness in Europe was only partly offset by strength in the Americas.", Polarity.Negative)] // what is partly offset weighs more
    [InlineData("Net sales fell 5%, partially offset by strong growth in Asia.", Polarity.Negative)]
    [InlineData("Price increases only partly offset the effect of lower volumes, and EBITDA decreased.", Polarity.Negative)] // still counts, at less weight
    public void Bad_things_that_did_not_come_about_or_are_behind_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("The strike at Acme's plant ended after workers accepted a new contract.", Polarity.Positive)] // ended before a clause of its own
    [InlineData("The walkout at the port ends as dockers accept a pay offer.", Polarity.Positive)]
    [InlineData("Acme cancels its planned layoffs.", Polarity.Positive)] // a bad plan called off
    [InlineData("Acme has shelved the plant closure.", Polarity.Positive)]
    [InlineData("Acme skips its final dividend.", Polarity.Negative)] // a payout skipped or omitted
    [InlineData("Acme omitted the interim dividend to preserve cash.", Polarity.Negative)]
    [InlineData("Acme cancels its order for 20 jets.", Polarity.Neutral)] // guard: no bad plan to call off, and the customer's news is no loss
    [InlineData("The index ended below 5,250 after a late sell-off.", Polarity.Negative)] // guard: "ended" with its level is a close
    public void Trouble_that_ends_or_is_called_off_and_payouts_skipped_are_read(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Acme posted a quarterly loss and said it would cut 9,000 jobs.", Polarity.Negative)] // no cut of the loss over "said it"
    [InlineData("Acme reported a quarterly loss on falling lithium prices.", Polarity.Negative)] // the prices fell, not the loss
    [InlineData("Acme's margins narrowed amid rising input costs.", Polarity.Negative)] // guard: right before too
    [InlineData("Revenue, the company said, rose 5%.", Polarity.Positive)] // guard: a verb of saying set off by commas
    [InlineData("Revenue rose on strong chip demand.", Polarity.Positive)] // guard
    [InlineData("Management declined to give volume guidance.", Polarity.Negative)] // a forecast withheld (right before only as a fall of volume)
    [InlineData("Acme declined to give details of the review.", Polarity.Neutral)] // a refusal of anything else is no news
    [InlineData("Revenue declined to $3 billion.", Polarity.Negative)] // guard: a fall to a level
    [InlineData("Acme posted operating profit of 9.1 trillion won.", Polarity.Neutral)] // the currency, no win (the tokenizer tests hold the cause)
    [InlineData("Truist bumps its Acme target to $1,000.", Polarity.Positive)] // a target bumped up
    public void Moves_pair_within_their_own_clause_and_refusals_are_no_falls(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Neither Acme nor Globex will be hurt by the new rule.", Polarity.Positive)] // "nor" goes on with the negation
    [InlineData("Neither the bank nor its auditors flagged the losses.", Polarity.Positive)] // guard: right before too
    [InlineData("Acme will not be hurt by the new rule.", Polarity.Positive)] // guard: as "not" reads it
    public void Neither_and_nor_are_one_negation(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Theory]
    [InlineData("Fears of a dividend cut proved unfounded.", Polarity.Positive)] // a fear found to have no ground
    [InlineData("Talk of a recession has been overblown.", Polarity.Positive)]
    [InlineData("Acme said the allegations were baseless.", Polarity.Positive)] // after "were"
    [InlineData("Analysts say the optimism is misplaced.", Polarity.Negative)] // hope without ground
    [InlineData("A recovery this year is unlikely.", Polarity.Negative)] // guard: as before
    public void What_proves_unfounded_is_denied(string text, Polarity expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
    }

    [Fact]
    public void Companies_joined_by_nor_share_their_clause()
    {
        var result = Analyzer.Analyze("Neither Acme Corp nor Globex Inc will be hurt by the new rule.", [new SentimentTarget("Acme Corp"), new SentimentTarget("Globex Inc")]);

        Assert.Equal(result.Targets[0].Score, result.Targets[1].Score);
        Assert.True(result.Targets[0].Score > 0);
    }

    [Fact]
    public void A_companys_capitalised_name_is_no_quantity_but_a_markets_is()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();

        var result = analyzer.Analyze("Analysts said Target and Costco look less compelling after the run.");

        Assert.DoesNotContain(result.Evidence, e => e.Text.StartsWith("Target", StringComparison.Ordinal));
        Assert.Contains(analyzer.Analyze("The Nasdaq climbed 2% on Friday.").Evidence, e => e.Text.Contains("Nasdaq", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Demand has exceeded our expectations.", Polarity.Positive)] // "our" between a phrase's words, as "its"
    [InlineData("We cut our dividend.", Polarity.Negative)]
    [InlineData("Orders fell in April and May.", Polarity.Negative)] // the month: no hedge
    [InlineData("Sales in May rose 5%.", Polarity.Positive)]
    [InlineData("Acme expects a decision on May 5.", Polarity.Neutral)]
    public void The_month_of_may_is_no_hedge_and_our_is_an_owners_word(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Explanation.Contains("hedged by 'May'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_may_in_a_title_still_hedges()
    {
        Assert.Contains(Analyzer.Analyze("Shares May Rise On Strong Results").Evidence, e => e.Explanation.Contains("hedged by 'May'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Initech tops sales estimates despite a strike, weaker pricing", "weaker", true)] // a list of what is conceded
    [InlineData("Initech tops sales estimates despite a strike, weak demand in Asia", "weak demand", true)]
    [InlineData("Initech profit rises despite weak sales, shares fall", "shares fall", false)] // a clause of its own
    [InlineData("Initech kept its outlook despite a strong quarter, a cautious stance that disappointed investors", "disappointed", false)] // a comment
    [InlineData("Despite weak sales, Initech profit rises, and shares fall", "shares fall", false)] // a concession before the main clause ends at its comma
    public void A_concession_after_the_main_clause_runs_on_over_a_list(string text, string phrase, bool conceded)
    {
        var evidence = Analyzer.Analyze(text).Evidence;

        var unit = Assert.Single(evidence, e => e.Text.Contains(phrase, StringComparison.Ordinal));
        Assert.Equal(conceded, unit.Rules.Contains("contrast-conceded"));
    }

    [Theory]
    [InlineData("Initech's loss was narrower than feared.", Polarity.Positive)]
    [InlineData("Globex said card losses were lower than it had feared.", Polarity.Positive)]
    [InlineData("Initech's profit was lower than analysts had expected.", Polarity.Negative)]
    [InlineData("The sales decline at Initech was not as steep as analysts had predicted.", Polarity.Positive)]
    [InlineData("The drop in Globex's orders was not as deep as analysts had feared.", Polarity.Positive)]
    [InlineData("Initech's results were not as strong as investors had hoped.", Polarity.Negative)]
    [InlineData("Globex profit rose, though not by as much as analysts had expected.", Polarity.Negative)]
    [InlineData("Initech sales rose, but not as much as expected.", Polarity.Negative)]
    [InlineData("Globex said same-store sales slipped 0.3% in the quarter, better than the 2.2% fall analysts had expected.", Polarity.Positive)]
    [InlineData("Initech's margin came in at 31%, worse than the company had forecast.", Polarity.Negative)]
    [InlineData("Globex's profit fell 9%, but that was less than the 15% decline analysts had forecast.", Polarity.Positive)]
    [InlineData("Initech's decline in orders was smaller than the 30% slump analysts had predicted.", Polarity.Positive)]
    public void A_thing_judged_against_what_was_feared_or_expected_is_news_by_the_comparison(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_move_someone_expected_is_the_yardstick_not_the_news()
    {
        var evidence = Analyzer.Analyze("Globex sales slipped 1%, better than the 4% fall analysts had expected.").Evidence;

        Assert.DoesNotContain(evidence, e => e.Text == "fall");
        Assert.DoesNotContain(evidence, e => e.Text.Contains("slipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_guided_range_names_no_one_who_expected_a_move() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Initech's full-year margin came in at the upper end of the guided range.").Polarity);

    [Theory]
    [InlineData("Analysts called Initech's sales goals too optimistic.")]
    [InlineData("Analysts said Initech's demand forecast was overly rosy.")]
    [InlineData("Globex still looks too rich at 40 times earnings.")]
    public void Too_much_of_a_good_view_is_a_doubt(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Pilots at Globex call off strike after reaching a pay deal.")]
    [InlineData("The union called off its planned walkout at Initech's plants.")]
    [InlineData("$ACME fears overdone imo")]
    [InlineData("Analysts said concerns were exaggerated.")]
    [InlineData("Globex resumed production after a cyber attack shutdown.")] // the bad words of one noun, all over
    [InlineData("Initech fired up its new blast furnace ahead of schedule.")] // started, not staff fired
    public void Trouble_called_off_dismissed_or_over_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("weak dollar = $MCD $KO $PG overseas beats incoming")] // names between the currency and its effect
    [InlineData("A weak dollar means McDonald's, Coca-Cola and P&G will beat")]
    public void A_currencys_strength_is_no_news_when_its_effect_on_the_names_after_it_follows(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.All(result.Tickers, t => Assert.Equal(Polarity.Positive, t.Polarity));
    }

    [Theory]
    [InlineData("Globex returned to profit, snapping a streak of four straight losses.", Polarity.Positive)] // a run passed over
    [InlineData("Initech's orders did not fall, ending a run of six consecutive declines.", Polarity.Positive)]
    [InlineData("Globex revenue edged past consensus.", Polarity.Positive)]
    [InlineData("Initech added more subscribers than expected in the quarter.", Polarity.Positive)]
    [InlineData("Globex delivered fewer vehicles than expected.", Polarity.Negative)]
    [InlineData("Initech burns more cash than expected.", Polarity.Negative)]
    [InlineData("Globex will pay its first dividend in six years.", Polarity.Positive)]
    [InlineData("Initech plans to return $10 billion to shareholders through buybacks.", Polarity.Positive)]
    [InlineData("Globex raises its profit forecast on a weak yen.", Polarity.Positive)] // the currency is the cause of the news before
    public void Earnings_idioms_and_causes_read_as_their_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_currency_after_a_bare_price_move_keeps_its_strength() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Gold slips below $1,300 on a stronger dollar", [new SentimentTarget("dollar")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Globex's Ohio-made parts granted tariff exemption")]
    [InlineData("Tariff truce: Washington and Beijing pause duties, Initech leads gains")]
    [InlineData("The ruling removes the final regulatory hurdle for Globex's merger.")]
    public void Relief_from_a_policy_burden_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex halts production on safety concerns.")]
    [InlineData("$ACME halted on the dam leak news")]
    public void The_cause_of_a_halt_is_not_what_it_stops(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Initech and Globex end their distribution partnership")]
    [InlineData("Acme dissolves joint venture with Globex")]
    [InlineData("The Acme-Initech alliance was dissolved last week.")]
    [InlineData("Globex walks away from supply agreement with Initech")]
    public void A_business_tie_ended_is_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex shares break issue price on their second day of trading", Polarity.Negative)]
    [InlineData("Initech traded well above its IPO price all week.", Polarity.Positive)]
    [InlineData("Completions are well ahead of the previous year.", Polarity.Positive)]
    [InlineData("Globex expects profit at the lower end of market expectations.", Polarity.Negative)]
    public void Shares_against_their_issue_price_and_results_against_the_year_before_read_as_their_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Workers at Acme's plant went on strike, but management said production lines were running normally.")]
    [InlineData("Globex recalled 40,000 heaters, but analysts called the cost immaterial.")]
    [InlineData("A flood destroyed stock at an Initech warehouse, but the company is fully insured.")]
    public void An_event_whose_effect_is_said_to_be_immaterial_is_no_bad_news(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Regulators are ending an import alert that had blocked Globex's shipments.")]
    [InlineData("The ruling removes a long-running overhang on Initech shares.")]
    [InlineData("The decision lifts an overhang on Acme stock.")]
    public void Trouble_ended_or_an_overhang_lifted_with_an_article_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME gets smoked after the print", Polarity.Negative)]
    [InlineData("$GLBX whiffs on revenue again", Polarity.Negative)]
    [InlineData("Globex posted its second-best quarter on record.", Polarity.Positive)]
    public void Posters_words_and_near_records_read_as_their_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The regulator recommended a fine against Globex.", Polarity.Negative)]
    [InlineData("Initech's replacement cost profit fell to $2.1 billion from $2.9 billion.", Polarity.Negative)]
    public void Penalties_sought_and_metrics_named_by_a_cost_read_as_their_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Record_as_a_verb_of_booking_is_no_best_ever() =>
        // "to record a charge" books it; "record" heightens only a best-ever ("record highs").
        Assert.DoesNotContain("intensifier", Assert.Single(Analyzer.Analyze("Acme expects to record an impairment this quarter.").Evidence).Rules);

    [Theory]
    [InlineData("Globex swung to a pretax profit of £3m from a loss a year earlier.", Polarity.Positive)]
    [InlineData("Initech set a dividend of 80 cents a share, its 12th consecutive annual increase.", Polarity.Positive)]
    public void Swings_to_a_named_result_and_dividend_streaks_read_as_their_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_good_thing_pulled_out_of_is_lost() =>
        // "joint venture" is good news alone; pulled out of, it is lost, not a gain that outweighs the pulling out.
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme pulls out of battery joint venture with Globex").Polarity);

    [Theory]
    [InlineData("An advisory panel found that the drug's benefits outweigh its risks.", Polarity.Positive)]
    [InlineData("Globex said its flu shot will not be approved this year.", Polarity.Negative)]
    [InlineData("Advisers voted against approval of Initech's pill.", Polarity.Negative)]
    public void A_regulators_verdict_on_a_product_reads_as_its_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_pain_a_drug_treats_is_no_bad_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Globex said its painkiller met the main goal in a late-stage trial in acute pain.").Polarity);

    [Fact]
    public void An_event_that_is_a_gift_to_a_company_is_good_news_for_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The new import quota is a gift to Globex Steel.", [new SentimentTarget("Globex Steel")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Globex and Initech each moved less than 0.3% on Tuesday.")]
    [InlineData("Initech shares slipped less than 1% in quiet trade.", Polarity.Negative)]
    [InlineData("Fewer than 200 jobs are covered by the agreement.")]
    public void Less_or_fewer_than_a_figure_bounds_it_and_is_no_move(string text, Polarity expected = Polarity.Neutral) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex's results were dragged down by restructuring charges.", Polarity.Negative)]
    [InlineData("Profit was dragged down by restructuring charges.", Polarity.Negative)]
    [InlineData("Sales were boosted by strong demand in Asia.", Polarity.Positive)]
    public void A_passive_move_is_its_subjects_not_its_agents(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex slashed its dividend by half to reduce debt.")]
    [InlineData("Initech scrapped its dividend and launched a rights issue to cut debt.")]
    public void A_good_aim_of_a_bad_step_does_not_undo_the_step(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_good_aim_without_a_bad_step_counts() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Globex used the proceeds to reduce debt.").Polarity);

    [Theory]
    [InlineData("Shares in Globex Bancorp were unchanged despite sector-wide turmoil.")]
    [InlineData("Initech stock little changed despite new regulatory scrutiny.")]
    public void News_that_did_not_move_a_stock_standing_still_weighs_little(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex appointed Jane Roe as chief financial officer, effective 1 May, succeeding John Doe.")]
    [InlineData("Initech named its head of retail banking chief executive, succeeding Peter King, who retires in December.")]
    public void Succeeding_a_person_is_no_success(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex said its new headset is slated for the third quarter.", Polarity.Neutral)]
    [InlineData("Initech's refinery will be shut for scheduled maintenance in March.", Polarity.Neutral)]
    [InlineData("Northgate Bank said two large loans were placed on non-accrual status.", Polarity.Negative)]
    [InlineData("Barclays drops coverage of Globex.", Polarity.Neutral)]
    [InlineData("Hedge funds pile into short bets against Globex.", Polarity.Negative)]
    [InlineData("Jefferies ends its buy call on Initech.", Polarity.Negative)]
    [InlineData("The EU's top court annuls fine on Globex over chip rebates.", Polarity.Positive)]
    [InlineData("An appeals court upheld the fine on Initech.", Polarity.Negative)]
    [InlineData("The government eased import curbs on gold, lifting jewellers.", Polarity.Positive)]
    [InlineData("Peel Hunt initiates coverage of Globex at add.", Polarity.Positive)]
    [InlineData("A broker calls Initech 'uninvestable' after the accounting scandal.", Polarity.Negative)]
    [InlineData("Short sellers cover bets against Globex as cruise stocks rebound.", Polarity.Positive)]
    [InlineData("A short seller discloses short position in Initech.", Polarity.Negative)]
    [InlineData("The Loss Prevention unit of Globex provides guarding to retailers.", Polarity.Neutral)]
    [InlineData("Battery maker Globex said its raw material bill had risen sharply.", Polarity.Negative)]
    [InlineData("Initech's sales growth was flat in the quarter.", Polarity.Negative)]
    [InlineData("Trading in Globex shares halted pending news.", Polarity.Neutral)]
    [InlineData("Regulators halted trading in Initech after fraud claims.", Polarity.Negative)]
    public void Scheduling_coverage_short_bets_penalties_and_curbs_read_in_their_financial_sense(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Revenue grew 11%, short of the 16% analysts had projected.", Polarity.Negative)]
    [InlineData("Globex forecast a 9% increase in operating profit, short of analysts' average estimate of a 15% rise.", Polarity.Negative)]
    [InlineData("Initech's sales growth slowed to 2.9%, well short of the 3.4% analysts had pencilled in.", Polarity.Negative)] // the level reached
    [InlineData("Revenue fell 5%, short of the 8% drop analysts had feared.", Polarity.Positive)] // a fall smaller than feared
    [InlineData("Costs rose 3%, short of the 6% increase the company had guided.", Polarity.Positive)] // a bad quantity
    public void A_move_short_of_what_was_expected_is_judged_against_it(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);
}
