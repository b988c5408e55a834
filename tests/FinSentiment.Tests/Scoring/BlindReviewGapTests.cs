namespace FinSentiment.Tests.Scoring;

/// <summary>
/// Wording of orders, patents, legal outcomes, capital raising, deals, broker calls, resolved troubles, posts and
/// company reports that blind reviewers found the built-in lexicon missing; each sentence is invented.
/// </summary>
public sealed class BlindReviewGapTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Acme has received an order to supply 30 locomotives to a rail operator.")]
    [InlineData("Globex attracted orders for nine tankers in the quarter.")]
    [InlineData("An airline firmed up an order for 20 Globex jets.")]
    [InlineData("Initech was granted a US patent for its cooling system.")]
    public void Orders_and_patents_won_are_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("A court found that Acme infringed two of Globex's patents.")]
    [InlineData("Globex was found liable for the faulty brakes.")]
    [InlineData("Initech's key patents were held invalid on appeal.")]
    [InlineData("The auditor refused to sign off on Acme's annual accounts.")]
    [InlineData("An internal review uncovered missing cash at Globex's Asian unit.")]
    [InlineData("The carrier was forced to ground aircraft for engine checks.")]
    [InlineData("Initech was ordered to repay fees charged to pension savers.")]
    public void Legal_and_audit_outcomes_against_a_company_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme is planning a third capital raise in 18 months.")]
    [InlineData("The placing of new shares was priced at a deep discount.")]
    [InlineData("Critics say the share issue means heavy dilution for small holders.")]
    [InlineData("$XYZ raising capital again, what a joke")]
    public void Capital_raised_at_a_discount_or_again_and_again_is_bad_for_holders(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex agreed to be taken over by a private equity group.")]
    [InlineData("Initech has received a takeover approach from a rival.")]
    [InlineData("The board backs a recommended cash offer for Globex.")]
    [InlineData("Two directors bought shares in Acme after the results.")]
    public void A_company_agreeing_to_be_bought_or_its_directors_buying_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("An activist investor has taken a stake in Globex.")] // activists tend to lift the shares
    [InlineData("Acme will overhaul its billing system to save costs.")]
    public void Activists_and_overhauls_are_not_bad_news(string text) =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("A broker moved Initech to hold from buy.", Polarity.Negative)]
    [InlineData("The broker removed Acme from its conviction list.", Polarity.Negative)]
    [InlineData("Globex was removed from the top picks of a big bank.", Polarity.Negative)]
    [InlineData("The broker added Globex to its conviction list.", Polarity.Positive)]
    [InlineData("The bank upgraded Initech to buy from hold.", Polarity.Positive)]
    [InlineData("A broker retained a buy on Acme after the results.", Polarity.Positive)]
    public void Broker_calls_moved_between_ratings_and_lists_score_their_direction(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex was cleared of breaching market rules by the watchdog.")]
    [InlineData("An appeals court annulled the fine on Initech.")]
    [InlineData("Dockworkers called off the strike at Acme's main port.")]
    [InlineData("A strike was averted after Globex raised its pay offer.")]
    [InlineData("The new licence removes the risk of a shutdown at Acme's mine.")]
    [InlineData("Analysts say the buyback is not yet priced in.")]
    [InlineData("With the lawsuit behind it, Initech can focus on growth.")]
    public void Trouble_resolved_or_averted_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$XYZ guidance was trash, selling", Polarity.Negative)]
    [InlineData("$XYZ cloud growth decel for the third quarter", Polarity.Negative)]
    [InlineData("$XYZ longs getting cooked again", Polarity.Negative)]
    [InlineData("$XYZ shorts getting cooked, squeeze city", Polarity.Positive)]
    [InlineData("$XYZ flopping after the product event", Polarity.Negative)]
    [InlineData("Still bag holding $XYZ since the spring", Polarity.Negative)]
    [InlineData("$XYZ bookings came in at half of expectations", Polarity.Negative)]
    [InlineData("$XYZ guided below the street for Q3", Polarity.Negative)]
    [InlineData("$XYZ guided above consensus, nice", Polarity.Positive)]
    [InlineData("Time to buckle up, $XYZ reports tomorrow", Polarity.Neutral)] // its "up" is no rise
    [InlineData("The network upgrade of the chain goes live on Tuesday.", Polarity.Neutral)] // software, not a broker
    [InlineData("Bitcoin dominance stands at 55%.", Polarity.Neutral)] // a coin's share of crypto value
    public void Post_slang_and_crypto_words_read_as_traders_mean_them(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Spot ether funds saw net inflows of $300 million last week.", Polarity.Positive)]
    [InlineData("Gold funds saw net outflows of $1.2 billion in May.", Polarity.Negative)]
    [InlineData("Globex's assets under management surpassed $40 billion.", Polarity.Positive)]
    [InlineData("Acme's losses surpassed $2 billion.", Polarity.Negative)] // surpassing is a rise of what it names
    public void Fund_flows_and_figures_surpassed_take_the_sign_of_the_quantity(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex will start co-operation negotiations at its two sawmills.", Polarity.Negative)] // Finnish layoff talks
    [InlineData("Acme began change negotiations covering its logistics staff.", Polarity.Negative)]
    [InlineData("The negotiations concern about 80 office workers.", Polarity.Neutral)] // a verb, not a worry
    [InlineData("Tighter cost control lifted Initech's margin.", Polarity.Positive)]
    [InlineData("The mill will stop for a maintenance shutdown in August.", Polarity.Neutral)] // no closure
    [InlineData("Acme's best-selling product is a garden hose.", Polarity.Neutral)]
    [InlineData("These forward-looking statements involve known and unknown risks and uncertainties.", Polarity.Neutral)]
    [InlineData("The purchase is subject to regulatory approvals.", Polarity.Neutral)]
    [InlineData("Working capital decreased by EUR 3 mn.", Polarity.Positive)] // cash released
    [InlineData("Overdue receivables increased in the quarter.", Polarity.Negative)]
    [InlineData("Globex returned to volume growth in the second quarter.", Polarity.Positive)]
    [InlineData("The expected synergies were delayed by a year.", Polarity.Negative)]
    public void Company_report_wording_reads_in_its_business_sense(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex slashed its interim dividend after a weak half.", Polarity.Negative)] // the verb moves the dividend
    [InlineData("Initech cut its final dividend by a third.", Polarity.Negative)]
    [InlineData("Acme raised its special dividend.", Polarity.Positive)]
    [InlineData("Acme will pay an interim dividend of 4p a share.", Polarity.Positive)]
    public void A_named_dividend_is_moved_by_its_verb(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The Commission fined Initech €900m for abusing its dominant position in app stores.", Polarity.Negative)]
    [InlineData("Globex faces antitrust scrutiny over its ad business.", Polarity.Negative)]
    [InlineData("A regulator issued a business improvement order to Globex over leaked client data.", Polarity.Negative)]
    public void Antitrust_names_trouble_only_with_it(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Antitrust_regulators_approving_a_merger_are_no_antitrust_trouble() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Antitrust regulators approve Initech's merger with Globex without conditions.").Polarity);

    [Fact]
    public void An_effort_weighs_less_than_what_was_done()
    {
        var effort = Analyzer.Analyze("Globex slashed its dividend as it tries to reduce debt.");

        Assert.Equal(Polarity.Negative, effort.Polarity);
    }

    [Theory]
    [InlineData("Initech said orders were unaffected by the strike at its main plant.")]
    [InlineData("Globex shares were unfazed by the downgrade.")]
    [InlineData("Initech's order book is insulated from the slump in housing.")]
    public void A_company_spared_a_blow_has_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("An advisory panel recommended against approving Initech's new arthritis drug.", Polarity.Negative)]
    [InlineData("A final approval for Globex's pipeline came through, clearing the last obstacle to construction.", Polarity.Positive)]
    [InlineData("A jury returned a verdict clearing it of fraud, Initech said.", Polarity.Positive)]
    [InlineData("Globex won the reversal of a $90 million royalty verdict on appeal.", Polarity.Positive)]
    public void Advice_against_the_last_obstacle_cleared_and_verdicts_won(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Kepler moved Globex to reduce from hold.", Polarity.Negative)]
    [InlineData("Barclays moved Initech to sector perform from outperform.", Polarity.Negative)]
    [InlineData("A broker lifted Globex to add from underweight.", Polarity.Positive)]
    public void A_brokers_move_between_any_two_ratings_is_read_by_their_places(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex Holdings ordered to liquidate by a Singapore court")]
    [InlineData("Initech flagged fresh quality issues at its engine plant.")]
    [InlineData("Globex expects quarterly profit well short of market forecasts.")]
    [InlineData("Initech's first factory will open two years later than originally planned.")]
    public void Liquidation_quality_trouble_missed_forecasts_and_delays_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The update calmed worries about demand for the group's chips.", Polarity.Positive)]
    [InlineData("Cloud growth picked up again, easing worries over Globex's spending.", Polarity.Positive)]
    [InlineData("Strong orders soothed fears of a slowdown.", Polarity.Positive)]
    [InlineData("No dividend cut at Acme, its chair said.", Polarity.Positive)]
    [InlineData("Globex declared an extraordinary dividend.", Polarity.Positive)]
    [InlineData("Initech put its nickel mine on care and maintenance.", Polarity.Negative)]
    [InlineData("paying 40x sales for this is a joke", Polarity.Negative)]
    [InlineData("Acme plans to buy back up to 8% of its own shares.", Polarity.Positive)]
    [InlineData("Globex authorised another $5 billion in buybacks.", Polarity.Positive)]
    [InlineData("The new labour deal ends the threat of strikes at Acme's ports.", Polarity.Positive)]
    [InlineData("The ruling removed the threat of a ban on Globex's drug.", Polarity.Positive)]
    public void Worries_eased_dividends_kept_or_paid_mines_idled_and_derision(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme added automated threat detection to its firewall.")]
    [InlineData("Globex moved its earnings call because of a scheduling conflict.")]
    [InlineData("Globex's chief risk officer will also chair its risk committee.")]
    [InlineData("The plant will close for a week for an equipment upgrade.")]
    [InlineData("Acme will build its electric pickup at the Ohio plant.")]
    public void Products_plant_work_and_job_titles_that_look_polar_are_neutral(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme will exit the FTSE 100 after the quarterly review.", Polarity.Negative)]
    [InlineData("Globex is set to join the S&P 500 next week.", Polarity.Positive)]
    [InlineData("Initech's addition to the Nasdaq-100 takes effect on Monday.", Polarity.Positive)]
    [InlineData("Acme's IPO was pulled after it failed to find anchor investors.", Polarity.Negative)]
    [InlineData("Globex shares held steady after an in-line quarter.", Polarity.Neutral)]
    [InlineData("The CAC 40 joins the DAX in the red after the jobs data.", Polarity.Negative)] // an index in a wrap, no membership
    public void Index_membership_listings_called_off_and_steady_shares(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex shares reversed early losses after the trading update.", Polarity.Positive)]
    [InlineData("The Nikkei recovered from earlier declines to end the session higher.", Polarity.Positive)]
    [InlineData("Initech stock erased its early gains by the close.", Polarity.Negative)]
    [InlineData("A strong balance sheet shields Acme from the downturn in housing.", Polarity.Positive)]
    [InlineData("Its insurance cover cushioned Globex from heavy losses.", Polarity.Positive)]
    [InlineData("Initech's long-term contracts protect it from a slump in prices.", Polarity.Positive)]
    public void Losses_reversed_and_harm_shielded_against_are_good_news(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme lost its liability shield in the opioid lawsuit.", Polarity.Negative)]
    [InlineData("Initech's cushion of cash shrank after the write-down.", Polarity.Negative)]
    [InlineData("Globex ripped up its guidance after weak orders.", Polarity.Negative)]
    public void A_shield_or_a_cushion_as_a_noun_negates_nothing(string text, Polarity polarity) =>
        // Guards of the verbs above: the nouns protect nothing that follows them.
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex received competing bids from two private equity firms.", Polarity.Positive)]
    [InlineData("Initech declared its first-ever quarterly dividend.", Polarity.Positive)]
    [InlineData("Acme faces a shareholder revolt over the chief executive's bonus.", Polarity.Negative)]
    [InlineData("The SEC sent Globex a Wells notice on Friday.", Polarity.Negative)]
    [InlineData("The ruling removes a big overhang for Initech.", Polarity.Positive)]
    [InlineData("Acme's IPO priced in the middle of its marketed range.", Polarity.Neutral)]
    [InlineData("Globex terminated its buyback program.", Polarity.Negative)]
    [InlineData("Initech needs to raise more capital before the summer.", Polarity.Negative)]
    [InlineData("Acme was granted a mining licence for the northern deposit.", Polarity.Positive)]
    [InlineData("$GLBX had a monster quarter, no notes", Polarity.Positive)]
    [InlineData("Initech crushed it this quarter", Polarity.Positive)]
    [InlineData("Acme bulls are toast after that guide", Polarity.Negative)]
    public void Takeover_interest_dividends_started_revolts_and_posters_slang(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Brutal day for the shorts in $GLBX", Polarity.Positive)]
    [InlineData("Rough day for the bulls, $ACME -9% after the print", Polarity.Negative)]
    [InlineData("$INTC killing my short position, up 11% this week", Polarity.Positive)]
    [InlineData("No strong view on $GLBX into earnings, could go either way", Polarity.Neutral)]
    [InlineData("Good luck to everyone holding $ACME through the print", Polarity.Neutral)]
    public void Posters_bears_shorts_and_no_view(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Initech's eczema drug was approved by U.S. regulators on Friday.")]
    [InlineData("Globex was granted marketing authorisation for its RSV vaccine in the EU.")]
    [InlineData("Acme Medical received CE mark approval for its insulin pump.")]
    [InlineData("Initech's lupus drug gets FDA nod")]
    [InlineData("Globex won breakthrough therapy designation for its liver drug.")]
    public void A_drug_or_device_approved_by_a_regulator_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The sale ends years of losses at Globex's steel unit.", Polarity.Positive)]
    [InlineData("Initech was less fortunate in the tender.", Polarity.Negative)]
    [InlineData("Acme was passed over for the navy contract.", Polarity.Negative)]
    public void Trouble_ended_and_the_one_left_worse_off(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The Initech plant passed its inspection last month.")]
    [InlineData("Regulators closed the inquiry into Globex without taking any action.")] // guard: the inquiry closed already scored
    [InlineData("The agency ended its review of Acme's contracts without bringing charges.")]
    [InlineData("Prosecutors declined to prosecute Initech.")]
    [InlineData("A judge refused to block Globex's plan to spin off its chip unit.")]
    [InlineData("The watchdog approved the takeover of Acme with no conditions.")]
    [InlineData("Globex beat back an antitrust lawsuit from rival grocers.")]
    [InlineData("The FDA lifted the clinical hold on Globex's gene therapy.")]
    public void Legal_and_regulatory_trouble_that_ends_or_never_comes_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Washington added Initech to its entity list.")]
    [InlineData("Globex Air was grounded by the aviation authority after two incidents.")]
    [InlineData("An advisory committee recommended rejection of Acme's migraine drug.")]
    [InlineData("The high court declined to hear Initech's appeal over the fine.")]
    [InlineData("Acme received a civil investigative demand from the FTC.")]
    [InlineData("A judge certified a class of former Globex franchisees.")]
    [InlineData("The merger is tied up in court for another year.")]
    public void Regulatory_actions_against_a_company_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("A judge tossed a lawsuit accusing Globex of misleading investors.", Polarity.Positive)] // what the suit claimed falls with it
    [InlineData("Initech agreed to settle a lawsuit accusing it of overcharging patients.", Polarity.Negative)] // guard: a settlement denies nothing
    [InlineData("Acme was cleared of fraud by the appeals court.", Polarity.Positive)]
    [InlineData("Acme Corp and Initech Inc settle trademark spat.", Polarity.Positive)] // a spat settled in a headline's present tense
    [InlineData("Initech wins $300 million in patent dispute with Globex.", Polarity.Positive)] // the contest is where the win came
    [InlineData("Initech was fined in a bribery case.", Polarity.Negative)] // guard: a bad outcome keeps its contest
    [InlineData("Acme was named in a bribery probe.", Polarity.Negative)] // guard: no outcome before the contest
    public void Suits_dismissed_charges_cleared_and_contests_won(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The board of Acme is reviewing the level of its dividend.", Polarity.Negative)]
    [InlineData("Globex said it was not appropriate to declare a dividend this year.", Polarity.Negative)]
    [InlineData("Initech does not intend to make an offer for Acme.", Polarity.Negative)]
    [InlineData("Globex's bid for Initech lapsed.", Polarity.Negative)]
    [InlineData("Acme will pay down $200m of its credit line with the proceeds.", Polarity.Positive)] // debt paid down, no fall
    public void Dividends_put_under_review_offers_that_lapse_and_debt_paid_down(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Huge call sweep in $ACME this morning, 5k contracts", Polarity.Positive)]
    [InlineData("Heavy put buying in $GLBX ahead of the verdict", Polarity.Negative)]
    [InlineData("Bears loading up on $INTC puts into the print", Polarity.Negative)]
    [InlineData("Watching the $AAPL 200 strike for Friday", Polarity.Neutral)] // an option's strike price, no walkout
    [InlineData("The 2023 strike cost Acme $1.7 billion.", Polarity.Negative)] // guard: a year before "strike" keeps the walkout
    public void Options_flow_and_strike_prices(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("A status conference in the Globex patent litigation was moved to Friday.", Polarity.Neutral)]
    [InlineData("The hearing on the lawsuit against Initech was adjourned until June.", Polarity.Neutral)]
    [InlineData("Acme shareholders will vote on the settlement of the class action in May.", Polarity.Neutral)]
    [InlineData("Globex was fined 5 million euros in the case; a hearing on its appeal is scheduled for May.", Polarity.Negative)] // guard: an outcome stays news
    public void A_step_in_a_proceedings_timetable_is_no_news_of_the_trouble(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme recalls nearly 90,000 SUVs sold last year.", Polarity.Negative)]
    [InlineData("Globex recalls some frozen pizzas sold in Canada.", Polarity.Negative)]
    [InlineData("Product recalls rose sharply at Initech last year.", Polarity.Negative)] // guard: the noun, a count bad when up
    public void A_company_that_recalls_its_products(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme passed the regulator's annual stress test.", Polarity.Positive)]
    [InlineData("Initech sailed through the stress test.", Polarity.Positive)]
    [InlineData("Globex struggled to pass the qualification tests for its new chip.", Polarity.Neutral)] // guard: an aim, no pass (and no good news)
    [InlineData("Globex's cloud unit turned an operating profit last quarter.", Polarity.Positive)]
    [InlineData("Acme Bank's bad-loan provisions fell sharply.", Polarity.Positive)]
    [InlineData("The table below shows revenue by segment for Acme.", Polarity.Neutral)]
    public void Tests_passed_first_profits_bad_loan_provisions_and_tables_below(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's turnaround is proving harder than expected.", Polarity.Negative)]
    [InlineData("The integration has been tougher than expected, Globex said.", Polarity.Negative)]
    public void A_task_harder_than_expected_is_bad_news(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void One_companys_loss_is_anothers_gain()
    {
        var result = Analyzer.Analyze("Globex's loss is Acme's gain.", [new SentimentTarget("Acme"), new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Positive, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Acme shipped 84,000 scooters, short of the roughly 95,000 analysts had expected.", Polarity.Negative)] // a figure, no move
    [InlineData("Globex booked $2.3 billion of orders, well short of the $2.8 billion consensus.", Polarity.Negative)] // guard: an amount
    [InlineData("Acme's charge was smaller than analysts had feared.", Polarity.Positive)] // what was feared is bad, whatever its word
    [InlineData("The turnout for Globex's share sale was lower than bankers had hoped.", Polarity.Negative)]
    [InlineData("Acme's revenue came in at $620 million, ahead of the $590 million analysts had forecast.", Polarity.Positive)] // guard: a figure beaten (read before as a beat of revenue)
    [InlineData("Globex revenue rose 2%, well short of the 9% growth management had targeted.", Polarity.Negative)]
    [InlineData("Initech shares rose 3% ahead of earnings expected on Thursday.", Polarity.Positive)] // guard: a time, no figure beaten
    public void Figures_and_charges_against_what_was_expected_feared_or_hoped(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Fitch removes Acme Telecom from Rating Watch Negative.", "Acme Telecom", Polarity.Positive)] // not a contract lost
    [InlineData("Acme's going-concern warning was dropped after the refinancing.", "Acme", Polarity.Positive)]
    [InlineData("A judge dismissed the involuntary bankruptcy petition against Globex.", "Globex", Polarity.Positive)]
    [InlineData("Initech was spared a downgrade after it sold the unit.", "Initech", Polarity.Positive)]
    [InlineData("Instead of defaulting, Acme made the coupon payment on time.", "Acme", Polarity.Positive)]
    [InlineData("Spreads on Globex bonds widened 40 basis points.", "Globex", Polarity.Negative)]
    [InlineData("Credit default swaps on Initech jumped to a record.", "Initech", Polarity.Negative)]
    [InlineData("Globex's downgrade to B- by Fitch reflects weaker sales.", "Globex", Polarity.Negative)] // the rated company, no source
    [InlineData("Initech Paper cut to CCC+ by S&P", "Initech Paper", Polarity.Negative)]
    public void Credit_distress_lifted_and_credit_costs_rising(string text, string target, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);

    [Theory]
    [InlineData("Globex off 4% in early trade.", Polarity.Negative)] // "off" before a percentage
    [InlineData("Acme ended talks with Globex about a merger.", Polarity.Negative)]
    [InlineData("A batch of Initech's baby formula tested positive for a bacterial toxin.", Polarity.Negative)]
    [InlineData("Landing the Navy order is a coup for Acme.", Polarity.Positive)]
    [InlineData("The $38-a-share offer is a 45% premium to Globex's closing price on Friday.", Polarity.Positive)]
    [InlineData("Shoppers can take 20% off at Acme stores this weekend.", Polarity.Neutral)] // guard: a discount, not a fall
    public void Falls_by_off_ended_talks_contaminants_coups_and_premiums(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's lung cancer drug extends survival by nine months.", Polarity.Positive)]
    [InlineData("The vaccine from Globex cut infections by 96% in the late-stage trial.", Polarity.Positive)] // a bad thing reduced
    [InlineData("Initech's pill delivered a 38% reduction in cardiac events.", Polarity.Positive)]
    [InlineData("Regulators flagged a safety signal for Acme's arthritis drug.", Polarity.Negative)]
    [InlineData("Globex won approval for its migraine drug in Japan.", Polarity.Positive)]
    [InlineData("The flu data from Initech was a dud.", Polarity.Negative)]
    [InlineData("$ACME now down 70% from my cost basis.", Polarity.Negative)] // a poster's own price, no cost that fell
    public void Healthcare_outcomes_and_posters_verdicts(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The results did little to ease investor concerns about Acme's patent expiry.", Polarity.Negative)]
    [InlineData("Globex management declined to forecast a recovery in demand.", Polarity.Negative)] // the recovery is denied
    [InlineData("Initech will receive up to $2 billion in federal grants for its new fab.", Polarity.Positive)]
    [InlineData("Depositors pulled $4 billion from Acme Bank in a single week.", Polarity.Negative)]
    [InlineData("Globex expects the deal to add to earnings in its first full year.", Polarity.Positive)]
    [InlineData("My $ACME shares finally green after 3 years", Polarity.Positive)]
    public void Worries_not_eased_forecasts_declined_grants_and_deposit_flight(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Others_buying_a_stock_is_no_position_of_the_poster() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Can't believe people are still buying $RIVN. Cash burn is insane.").Tickers.Single(t => t.Symbol == "RIVN").Polarity);

    [Fact]
    public void SP_Global_Ratings_is_the_agency_not_the_listed_company()
    {
        var result = Analyzer.Analyze("S&P Global Ratings upgraded Ford to investment grade.");

        // The agency acting on another's rating is a source (not tagged) or, where tagged, scored by its rule: never the listed company's news.
        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "SPGI" && t.Rule != CompanyRules.RatingAgency);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "F").Polarity);
    }

    [Theory]
    [InlineData("Globex Securities lifts PT on Acme to $120")] // "PT", a price target
    [InlineData("Globex Securities double-upgrades Acme to buy")] // guard: passed before the word was in the lexicon
    public void A_house_that_lifts_a_PT_or_double_upgrades_only_speaks(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Globex Securities"), new SentimentTarget("Acme")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Positive, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Credit losses at Acme Bank remained benign in the quarter.", Polarity.Positive)]
    [InlineData("Initech posted its first quarterly profit.", Polarity.Positive)]
    public void Benign_bad_things_adjectives_that_deny_first_profits_and_causes(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void An_adjective_that_denies_a_thing_does_not_deny_what_is_said_of_it() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Overblown fears hurt Globex shares.").Polarity); // the fears, not the hurt

    [Fact]
    public void Down_to_a_cause_is_no_fall()
    {
        var result = Analyzer.Analyze("The fall in Acme's margin was entirely down to currency effects.");

        Assert.Single(result.Evidence);
    }

    [Theory]
    [InlineData("Acme's bondholders formed an ad hoc group and hired restructuring advisers.", Polarity.Negative)]
    [InlineData("The plan hands control to creditors and wipes out existing shareholders of Globex.", Polarity.Negative)]
    [InlineData("Initech's bonds trade at 40 cents on the dollar.", Polarity.Negative)]
    [InlineData("Acme extended its revolver by three years.", Polarity.Positive)]
    public void Steps_of_a_borrowers_restructuring(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme added more wireless subscribers than expected.", Polarity.Positive)] // a quantity between "more" and "than"
    [InlineData("Globex booked fewer new orders than analysts had forecast.", Polarity.Negative)]
    [InlineData("Initech reported higher quarterly costs than expected.", Polarity.Negative)]
    [InlineData("The bank was freed from its asset cap.", Polarity.Positive)]
    [InlineData("Acme's forecast fails to impress investors.", Polarity.Negative)]
    public void Quantities_compared_with_expectations_asset_caps_and_failing_to_impress(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void An_option_that_got_absolutely_torched_lost() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("my $SNOW calls got absolutely torched after that guide").Tickers.Single().Polarity);

    [Fact]
    public void A_company_forecasting_a_drop_in_its_own_results_is_no_source()
    {
        var result = Analyzer.Analyze(
            "Micron forecast a 20% drop in quarterly revenue as Nvidia orders slowed.", [new SentimentTarget("Samsung Electronics")]);
        var samsung = Analyzer.Analyze(
            "Samsung Electronics forecast a 56% drop in second-quarter operating profit, missing estimates, as it struggled to win Nvidia's approval.",
            [new SentimentTarget("Samsung Electronics")]);

        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "MU").Polarity);
        Assert.Null(samsung.Targets[0].Rule);
        Assert.Equal(Polarity.Negative, samsung.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("A judge tossed a shareholder suit accusing Acme of misleading investors.", Polarity.Positive)] // the suit and its claims
    [InlineData("The FTC abandoned its challenge to Globex's merger.", Polarity.Positive)]
    [InlineData("The union ended its six-week strike at Acme.", Polarity.Positive)] // a duration inside the phrase
    [InlineData("Regulators hit Globex with a $350 million fine.", Polarity.Negative)] // "fine" after an amount
    [InlineData("The court cut Initech's $1 billion fine to $400 million.", Polarity.Positive)]
    [InlineData("Globex stock touches a nine-month high.", Polarity.Positive)] // guard: a period's high stays a phrase of its own
    [InlineData("Acme ends in-store partnership with Globex.", Polarity.Negative)] // a hyphenated modifier inside the phrase
    [InlineData("Globex was not selected for the Navy's drone program.", Polarity.Negative)]
    [InlineData("Initech is not among the finalists for the contract.", Polarity.Negative)]
    [InlineData("Acme clears final antitrust hurdle for its buyout.", Polarity.Positive)]
    public void Suits_tossed_challenges_abandoned_ties_and_strikes_ended_fines_and_contests(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_large_move_of_the_shares_weighs_more_than_a_small_one()
    {
        var large = Analyzer.Analyze("Globex shares fell 18%.").Evidence.Single();
        var small = Analyzer.Analyze("Globex shares fell 2%.").Evidence.Single();

        Assert.True(large.Contribution < 1.9 * small.Contribution, $"{large.Contribution} against {small.Contribution}");
        Assert.Contains("(down, 1.2", large.Explanation, StringComparison.Ordinal); // the size shows in the move's valence
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(
            "Globex said it would not pursue a sale after its review drew no acceptable bids. The shares fell 18%.").Polarity);
    }

    [Theory]
    [InlineData("Acme dealer inventories shrank, easing worries about an order slowdown.", Polarity.Positive)] // the worry's topic
    [InlineData("Globex disclosed a quality escape on engine parts.", Polarity.Negative)]
    [InlineData("Globex posted a surprise quarterly profit.", Polarity.Positive)]
    [InlineData("Initech swung to a surprise quarterly loss.", Polarity.Negative)] // guard: "swung to a loss" read it before
    [InlineData("$ACME $GLBX $INTC all green today", Polarity.Positive)]
    public void Worries_eased_quality_escapes_surprise_results_and_all_green(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_bird_strike_is_no_labour_strike() =>
        Assert.Empty(Analyzer.Analyze("A Globex jet was diverted after a bird strike.").Evidence);

    [Fact]
    public void A_cashtag_moving_by_a_large_percentage_weighs_more() =>
        Assert.Contains("(down, 1.2", Analyzer.Analyze("$ACME down 15% on the quarter.").Evidence.Single().Explanation, StringComparison.Ordinal);

    [Theory]
    [InlineData("Acme beats on profit but PC revenue slides")] // a segment's figure right before the move
    [InlineData("Acme beats on earnings but cloud revenue misses")] // a segment and its figure before the phrase
    public void A_clause_about_a_segments_figure_goes_on_about_the_company(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text, [new SentimentTarget("Acme")]).Targets[0].Polarity);

    [Fact]
    public void Its_after_an_infinitives_object_stands_for_the_sentences_subject()
    {
        var result = Analyzer.Analyze(
            "Acme said its chief executive would leave to run Globex, sending its shares down 7.5%. Globex shares surged 24%.",
            [new SentimentTarget("Acme"), new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Positive, result.Targets[1].Polarity);
    }

    [Fact]
    public void A_figure_that_would_come_in_lower_than_forecast_is_judged_against_the_forecast()
    {
        var evidence = Analyzer.Analyze("Globex said expenses would come in lower than it previously forecast.").Evidence.Single();

        Assert.EndsWith("than it previously forecast", evidence.Text, StringComparison.Ordinal);
        Assert.True(evidence.Contribution > 0);
    }

    [Theory]
    [InlineData("Acme forecast fails to impress investors after 40% rally")]
    [InlineData("Globex shares fell 8% as investors fretted about its valuation after a 300% rally this year.")]
    public void A_run_measured_after_after_is_background_to_news_the_other_way(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Doubled_question_marks_after_a_statement_say_disbelief_not_a_question()
    {
        Assert.DoesNotContain(Analyzer.Analyze("$ACME down 6% on losing its biggest customer??").Evidence, e => e.Rules.Contains("question"));
        Assert.Contains(Analyzer.Analyze("Is $ACME down 6% for good??").Evidence, e => e.Rules.Contains("question")); // guard: asks
        Assert.Contains(Analyzer.Analyze("Shares fell 6% .... why did they fall??").Evidence, e => e.Rules.Contains("question")); // guard
    }

    [Fact]
    public void A_trial_date_set_is_a_procedural_step() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Trial date set in the Globex antitrust case").Polarity);

    [Fact]
    public void A_clause_after_as_that_pulls_against_a_move_is_its_cause()
    {
        var evidence = Analyzer.Analyze("Globex stock jumps as embattled CEO steps down").Evidence;

        Assert.Contains("cause", evidence.Single(e => e.Text == "embattled").Rules);
    }

    [Theory]
    [InlineData("Acme walks away from approach for Globex, sources say")]
    [InlineData("Acme Corp said on Tuesday it had withdrawn its $5.3 billion proposal to buy Globex after the board refused to engage.")]
    [InlineData("Globex shares tumble 12% after Acme abandons merger pursuit")]
    [InlineData("Acme drops its hostile bid for Globex")]
    public void A_bidder_that_withdraws_its_bid_is_neutral_and_the_target_loses(string text)
    {
        var result = Analyzer.Analyze(text, [new SentimentTarget("Acme"), new SentimentTarget("Globex")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Theory]
    [InlineData("Acme drops 5% after its bid for Globex is rejected")]
    [InlineData("Acme's bid for Globex was withdrawn after a board revolt at Acme")]
    public void A_bidders_fall_or_possessive_is_no_withdrawal(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text, [new SentimentTarget("Acme")]).Targets[0].Polarity); // guards

    [Theory]
    [InlineData("not selling my $XOM, the yield alone is worth it", "XOM", Polarity.Positive)]
    [InlineData("NOT selling $KO no matter what the chart says", "KO", Polarity.Positive)]
    [InlineData("I won't sell $MSFT before 2030", "MSFT", Polarity.Positive)]
    [InlineData("not buying $RIVN at these levels", "RIVN", Polarity.Negative)]
    [InlineData("Sold my $NKE. Done with it.", "NKE", Polarity.Negative)] // guard: a sale stays a short position
    public void A_refused_trade_takes_the_opposite_position_and_sets_a_neutral_posts_overall(string text, string symbol, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Tickers.Single(t => t.Symbol == symbol).Polarity);
        Assert.Equal(expected, result.Polarity);
    }

    [Fact]
    public void Positions_both_ways_leave_a_posts_overall_neutral() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Sold my $NKE to buy $ONON").Polarity); // guard

    [Theory]
    [InlineData("Acme quarterly profit flat as higher fees offset weaker interest income")]
    [InlineData("Globex said revenue per room was flat, as softer demand from business travelers offset stronger leisure bookings.")]
    public void An_offset_that_explains_a_flat_figure_balances_and_denies_nothing(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Rules.Contains("negation"));
    }

    [Fact]
    public void An_offset_with_no_flat_figure_still_denies_what_it_offsets() =>
        Assert.Contains(Analyzer.Analyze("Acme profit offsets swap losses").Evidence, e => e.Rules.Contains("negation")); // guard

    [Theory]
    [InlineData("Globex raised its capex forecast for the year to $40 billion", Polarity.Negative)]
    [InlineData("Acme trimmed its spending outlook for the year", Polarity.Positive)]
    [InlineData("Initech will take a $1.6 billion charge on its electric vehicle unit", Polarity.Negative)]
    [InlineData("Globex booked a $300 million pre-tax charge in the quarter", Polarity.Negative)]
    [InlineData("Acme now sees a larger hit this quarter", Polarity.Negative)]
    [InlineData("Loan growth is recovering, slowly, the lender said", Polarity.Positive)]
    public void Spending_forecasts_charges_and_hits_are_costs(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_charge_without_an_amount_is_no_cost() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme will charge customers for the new service").Polarity); // guard

    [Theory]
    [InlineData("Globex's turnaround is taking longer than management hoped")]
    [InlineData("A rebound in handset demand took longer than the company had planned")]
    [InlineData("Acme said the recovery in advertising has been delayed")]
    [InlineData("The turnaround at Initech is taking forever")]
    public void A_good_thing_slow_in_coming_is_put_off(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_bad_thing_taking_longer_is_not_turned() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The slump in orders is taking longer to clear").Polarity); // guard

    [Theory]
    [InlineData("Globex said same-store sales fell 3%, a smaller decline than analysts had pencilled in", Polarity.Positive)]
    [InlineData("Acme reported a bigger drop than analysts had modelled", Polarity.Negative)]
    [InlineData("Initech lost more broadband subscribers than expected", Polarity.Negative)]
    [InlineData("The carrier shed fewer customers than analysts had feared", Polarity.Positive)]
    public void A_move_or_a_loss_compared_with_what_was_expected_is_judged_by_the_comparison(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The regulator lifted the production cap on Acme's jets", Polarity.Positive)]
    [InlineData("The Fed removed the asset cap on Globex", Polarity.Positive)]
    [InlineData("Initech's pill hits goal in a late-stage trial", Polarity.Positive)]
    [InlineData("Patients lost 19% of their body weight on Globex's drug", Polarity.Positive)]
    [InlineData("$ACME stores around here are ghost towns", Polarity.Negative)]
    [InlineData("Acme completes spin-off of its advanced materials unit", Polarity.Neutral)]
    public void Limits_lifted_trial_goals_hit_weight_lost_and_empty_stores(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_companys_name_that_is_a_direction_word_moves_nothing()
    {
        var result = Analyzer.Analyze("Zoom trims annual forecast; stock slides");

        Assert.Equal("ZM", Assert.Single(result.Tickers).Symbol);
        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains("Zoom", StringComparison.Ordinal));
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Fact]
    public void Crushing_forecasts_in_the_base_form_is_a_beat() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme's subscriber additions crush forecasts").Polarity);

    [Theory]
    [InlineData("didn't expect $ACME to beat this hard, wow", Polarity.Positive)]
    [InlineData("Never expected Globex to rally like this after the recall", Polarity.Positive)]
    [InlineData("Initech is not expected to beat estimates this quarter", Polarity.Negative)] // guard: a forecast, still denied
    public void A_denied_past_expectation_is_a_surprise_not_a_denial(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME results solid but the CEO warned on demand again. net neutral for me", "ACME")]
    [InlineData("$GLBX trading beat but the consumer unit is still a mess. net-net I'd call it a wash", "GLBX")]
    [InlineData("$INTC down 2% today. nothing burger, whole market is red", "INTC")]
    [InlineData("$ACME results in line, guide in line, stock flat. yawn", "ACME")]
    [InlineData("$GLBX reaffirmed, nothing changed, next catalyst is Q3", "GLBX")]
    public void A_writers_verdict_that_the_news_balances_out_tempers_every_score(string text, string symbol)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.All(result.Tickers.Where(t => t.Symbol == symbol), t => Assert.Equal(Polarity.Neutral, t.Polarity));
    }

    [Theory]
    [InlineData("Globex could face a fine over its data practices, regulators said", Polarity.Negative)]
    [InlineData("Acme is not expected to face a fine in the SEC's crypto probe, sources say", Polarity.Positive)]
    public void A_fine_a_company_faces_is_bad_news_and_a_denied_one_good(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex said its depreciation per vehicle fell to $260 a month from $330", Polarity.Positive)]
    [InlineData("$ACME fares up, planes full. what's not to like", Polarity.Positive)]
    public void Depreciation_is_a_cost_and_a_rhetorical_question_approves(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME guide wasn't as bad as I feared, honestly")]
    [InlineData("Globex's margins were less damaged than analysts had feared")]
    public void A_bad_thing_smaller_than_feared_in_other_words_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex's flagship property fund limits withdrawals again")]
    [InlineData("Acme said nonperforming office loans rose to 9% of the book")]
    public void A_fund_limiting_withdrawals_and_more_bad_loans_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme says the worst of its pharmacy headwinds is behind it", Polarity.Positive)]
    [InlineData("The worst of the destocking is behind the company, Globex said", Polarity.Positive)]
    [InlineData("Globex sales in China down double digits", Polarity.Negative)] // a count of digits, not a doubling
    [InlineData("$ACME cannot catch a break", Polarity.Negative)]
    [InlineData("Initech's drug did not meet its primary endpoint", Polarity.Negative)]
    [InlineData("Takeover chatter swirls around Globex", Polarity.Positive)]
    [InlineData("Acme said its net charge-off rate rose to 6%.", Polarity.Negative)]
    [InlineData("Globex said diluted shares outstanding rose 2% in the quarter", Polarity.Negative)] // dilution
    [InlineData("Initech's share count fell 3% on buybacks", Polarity.Positive)]
    [InlineData("$ACME they're lighting money on fire with the metaverse", Polarity.Negative)] // not a stock on fire
    [InlineData("Globex's revenue growth of 3% was its slowest ever", Polarity.Negative)]
    [InlineData("Initech now expects to complete the listing in 2026, later than it had previously planned", Polarity.Negative)]
    public void Troubles_left_behind_sizes_missed_endpoints_and_charge_off_rates(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex sticks with annual forecast", "Globex")]
    [InlineData("Acme sticks to its full-year outlook", "Acme")]
    public void Guidance_a_company_sticks_to_is_held(string text, string target) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);

    [Fact]
    public void Harm_that_did_not_happen_does_not_offset_a_recall() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme recalled 2 million space heaters. No injuries have been reported.").Polarity);

    [Theory]
    [InlineData("$ACME cannot get off the mat 📉", Polarity.Negative)]
    [InlineData("$ACME can't get off the mat 📉", Polarity.Negative)]
    public void A_negation_does_not_reach_the_writers_emoji(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Costco's net sales for the five weeks ended Jan. 5 rose 9.9%.", "COST")]
    [InlineData("Walmart's comparable sales for the quarter ended Oct 31 rose 4%.", "WMT")]
    public void A_months_short_name_is_no_other_company(string text, string symbol) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("Globex's sales decline slowed in the fourth quarter", Polarity.Positive)] // a bad thing slowing
    [InlineData("The slump in Acme's orders moderated", Polarity.Positive)]
    [InlineData("Initech's revenue growth slows to 3%", Polarity.Negative)] // guard: a good thing slowing
    [InlineData("Acme's revenue fell 10%, better than the 15% decline analysts had braced for.", Polarity.Positive)]
    [InlineData("Globex denies report that it plans to sell its China unit", Polarity.Neutral)]
    public void A_slowing_decline_a_fall_braced_for_and_a_denied_report(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_stocks_move_after_the_story_weighs_as_its_lead_does() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(
            "Globex said it had received no acceptable buyout proposals after a months-long auction and would instead focus on cutting costs. Shares dropped 9%.").Polarity);

    [Theory]
    [InlineData("Globex fuel costs fall 12% but non-fuel unit costs climb 6%", "Globex")] // a headline: the later clause's costs are Globex's
    [InlineData("Acme's fuel costs fell 12% but its unit costs climbed 6%", "Acme")]
    public void A_companys_own_figure_after_a_contrast_goes_on_about_it(string text, string target) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text, [new SentimentTarget(target)]).Targets[0].Polarity);

    [Theory]
    [InlineData("Globex shares snap five-day losing streak after upbeat forecast", Polarity.Positive)]
    [InlineData("Acme ends its losing streak following a raised outlook", Polarity.Positive)]
    public void A_negation_ends_where_a_cause_or_a_time_opens(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex margins under pressure as component costs outpace sales", Polarity.Negative)] // the costs rose
    [InlineData("Acme's sales outpace costs for a third quarter", Polarity.Positive)] // guard: the sales rose
    [InlineData("Initech returns to revenue growth after five quarters of declines", Polarity.Positive)]
    public void What_outpaces_is_what_rose_and_growth_regained_is_good_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME guidance was fine. shorts gonna have a rough morning", Polarity.Positive)]
    [InlineData("$GLBX shorts getting killed today", Polarity.Positive)]
    [InlineData("Acme shorts stick to positions after a record wipeout", Polarity.Negative)] // guard: the wipeout is the stock's
    public void What_befalls_short_sellers_is_good_news_for_the_stock(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_contrast_between_two_sentences_about_the_company_weighs_for_it()
    {
        var result = Analyzer.Analyze(
            "Advanced Micro Devices reported third-quarter revenue of $6.8 billion, up 18% from a year earlier. However, the company " +
            "forecast fourth-quarter sales of about $7.5 billion, below the consensus of $7.6 billion.");

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "AMD").Polarity);
    }

    [Fact]
    public void The_stocks_move_after_the_story_is_the_only_companys()
    {
        var result = Analyzer.Analyze(
            "Meta Platforms said capital expenditures this year would be $35 billion to $40 billion, up from a prior forecast. " +
            "Revenue guidance for the current quarter also came in below analysts' expectations. The stock fell 15% after hours.");

        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "META").Polarity);
    }

    [Theory]
    [InlineData("$ACME holders from the IPO still underwater years later", Polarity.Negative)]
    [InlineData("$GLBX buying another biotech. fine by me, they print cash", Polarity.Positive)]
    [InlineData("$INIT sold stock through the ATM again. just printing shares at this point", Polarity.Negative)]
    [InlineData("$ACME lockup ends tuesday. watch out below", Polarity.Negative)]
    public void Posts_words_for_holdings_under_water_and_cash_or_shares_printed(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME finally profitable and people are still bearish?? ok", Polarity.Positive)]
    [InlineData("everyone is bullish on $GLBX, I am not", Polarity.Neutral)]
    [InlineData("Analysts are bearish on Initech after the warning", Polarity.Negative)] // guard: an analyst's view counts
    public void The_crowds_view_is_not_the_writers(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The lawsuit against Acme over fee increases was dropped", Polarity.Positive)]
    [InlineData("The probe into Globex over accounting losses was closed", Polarity.Positive)]
    [InlineData("The lawsuit over price increases continues", Polarity.Negative)] // guard: nothing undoes it
    public void Trouble_is_undone_past_its_topic(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme denied any wrongdoing in the matter", Polarity.Neutral)]
    [InlineData("Globex was fined $3 million, a sliver of its quarterly profit", Polarity.Neutral)]
    [InlineData("Initech said the settlement is covered by existing reserves", Polarity.Neutral)]
    [InlineData("The recall was less extensive than feared", Polarity.Positive)]
    [InlineData("Regulators lifted a warning letter on Acme's main plant", Polarity.Positive)]
    [InlineData("The consent order on Globex was terminated", Polarity.Positive)]
    [InlineData("In case the deal is terminated, Acme would be required to pay Globex a termination fee", Polarity.Negative)] // guard: "in case" names no case
    public void Trouble_denied_immaterial_or_lifted(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_company_named_alone_after_by_in_a_passive_suit_is_the_plaintiff() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze("A former engineer was sued by Tesla over stolen trade secrets.").Tickers.Single(t => t.Symbol == "TSLA").Polarity);

    [Fact]
    public void The_one_named_after_by_in_a_passive_suit_is_the_plaintiff()
    {
        var result = Analyzer.Analyze("CrowdStrike was sued by Delta Air Lines over the outage that grounded thousands of flights.");

        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "CRWD").Polarity);
        Assert.Equal(Polarity.Neutral, result.Tickers.Single(t => t.Symbol == "DAL").Polarity);
    }

    [Theory]
    [InlineData("Acme's drug met the study's main goal in a late-stage trial", Polarity.Positive)]
    [InlineData("The Globex study did not reach statistical significance", Polarity.Negative)]
    [InlineData("Initech's drug failed to beat placebo", Polarity.Negative)] // guard: negative before, now from the whole phrase
    [InlineData("FDA advisers back Acme's heart drug", Polarity.Positive)]
    [InlineData("Globex halts trial for futility", Polarity.Negative)]
    [InlineData("Acme's drug lowered the rate of death by 20%", Polarity.Positive)]
    [InlineData("Globex updates its vaccine for the new strain", Polarity.Neutral)]
    public void Trial_results_in_other_words(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme has not yet seen a recovery in orders", Polarity.Negative)]
    [InlineData("Globex has seen no sign yet of a recovery in freight demand", Polarity.Negative)]
    [InlineData("Initech has yet to see a recovery", Polarity.Negative)] // guard: "yet to" was a negator already
    [InlineData("Acme won a $7.8 billion contract for precision strike missiles", Polarity.Positive)]
    [InlineData("Globex warranty charges fell to $38 million from $152 million", Polarity.Positive)]
    [InlineData("Initech failed the stress test", Polarity.Negative)] // guard: "failed" said so before the phrase
    [InlineData("$ACME loan originations went backwards again this quarter", Polarity.Negative)]
    public void Yet_after_a_negator_and_words_of_industry(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Shares in Acme rose after a judge upheld its patents, allowing the company to press ahead with lawsuits against rivals", Polarity.Positive)]
    [InlineData("Globex is not a target of the DOJ antitrust subpoena, the company said", Polarity.Positive)]
    public void What_a_cause_allows_goes_with_it_and_no_target_of_a_probe(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's quarter was not nearly as bad as analysts feared", Polarity.Positive)]
    [InlineData("Regulators on Tuesday terminated a 2016 consent order against Globex", Polarity.Positive)]
    public void Degree_before_as_and_a_year_before_the_trouble(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME at these levels is a gift. 10 yr hold", Polarity.Positive)]
    [InlineData("not touching $GLBX ever again. fool me once", Polarity.Negative)]
    [InlineData("$INIT is a melting ice cube", Polarity.Negative)]
    [InlineData("$ACME is the best run company in the sector", Polarity.Positive)]
    public void Posts_words_for_a_stock_bought_cheap_or_shunned(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme reported a backlog of $21.1 billion, its highest in seven years", Polarity.Positive)]
    [InlineData("Globex reported net debt of $4 billion, its highest in a decade", Polarity.Negative)]
    public void An_extreme_after_a_comma_names_the_level_of_the_quantity_before(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$GLBX finally got the FAA ok. about time", Polarity.Positive)]
    [InlineData("$INIT running like a swiss watch this year", Polarity.Positive)]
    public void A_regulators_ok_and_a_business_run_like_clockwork(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_contract_extended_by_years_is_no_contraction() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze("Nike's board extends chief executive Elliott Hill's contract by three years").Tickers.Single(t => t.Symbol == "NKE").Polarity);

    [Theory]
    [InlineData("Acme's inventory destocking proves milder than analysts feared", Polarity.Positive)]
    [InlineData("The Globex downturn was milder than many had feared", Polarity.Positive)]
    [InlineData("Initech says the slowdown was harsher than it had expected", Polarity.Negative)] // guard: bad either way
    public void Milder_or_harsher_than_someone_feared(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_figure_double_its_own_guidance_is_no_guidance_doubled() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme's unit costs rise 6%, double its own guidance").Polarity);

    [Fact]
    public void A_name_in_full_past_its_short_form_keeps_the_sentence() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("J.B. Hunt Transport Services reported a 20% decline in quarterly operating income.").Tickers.Single(t => t.Symbol == "JBHT").Polarity);

    [Theory]
    [InlineData("Acme said office loans make up 2% of its book, giving it little exposure to the troubled property segment", Polarity.Positive)] // guard: "little" reached it before
    [InlineData("Globex said its stress capital buffer will stay at 2.5%", Polarity.Neutral)]
    public void Little_exposure_to_trouble_and_a_stress_capital_buffer(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's catastrophe losses came in below estimates for the quarter", Polarity.Positive)]
    [InlineData("Globex said its claims costs were above expectations", Polarity.Negative)]
    [InlineData("Initech's revenue came in below estimates", Polarity.Negative)] // guard: a good quantity below estimates
    public void A_bad_quantity_below_or_above_what_was_expected(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme said costs fell faster than revenue", Polarity.Positive)]
    [InlineData("Globex said quake claims came in lighter than feared", Polarity.Positive)]
    [InlineData("Initech Lowers Operating Ratio To 58.9%, Best In Company History", Polarity.Positive)]
    public void A_bad_quantity_falling_faster_lighter_or_lower(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact] // guard: "guide" as a quantity joined the judgement, which "not" then reached
    public void Not_gonna_lie_negates_nothing() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("not gonna lie $ACME guide wasn't as bad as I feared").Polarity);

    [Theory]
    [InlineData("$ACME raised the guide, stock up after hours", Polarity.Positive)] // guard
    [InlineData("$GLBX took another charge this quarter", Polarity.Negative)]
    [InlineData("$INIT deliveries resumed after the FAA hold", Polarity.Positive)]
    public void Posts_words_for_guidance_charges_and_deliveries(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_rating_agency_reporting_its_own_results_is_scored() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Moody's said ratings revenue declined 5% and trimmed its full-year forecast.").Tickers.Single(t => t.Symbol == "MCO").Polarity);

    [Fact]
    public void A_trade_asked_about_is_no_position() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("short $KO? nah.").Tickers.Single(t => t.Symbol == "KO").Polarity);

    [Fact]
    public void A_question_after_a_full_stop_before_lower_case_asks_only_what_follows() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("$KO just raised the divvy for the 63rd year in a row. boring? sure.").Polarity);

    [Theory]
    [InlineData("Acme's annuity unit sees record $20 billion in retirement inflows", Polarity.Positive)]
    [InlineData("Globex pulls in record $161 billion of client cash", Polarity.Positive)]
    public void A_record_amount_of_a_quantity_named_a_word_or_two_later(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Hail_in_an_insurers_news_is_weather() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme pegs April catastrophe losses at $1.17 billion after Midwest hail").Evidence, e => e.Contribution > 0);

    [Fact]
    public void A_posts_other_capitals_are_no_companies() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("$MU said DRAM pricing is no longer falling. Bottom is in imo").Tickers.Single(t => t.Symbol == "MU").Polarity);

    [Theory]
    [InlineData("Acme said the recovery was pushed back to next year.")]
    [InlineData("Analog recovery keeps getting pushed to the right.")]
    [InlineData("The rebound in Globex's orders was pushed out again.")]
    public void A_good_thing_pushed_back_or_out_is_put_off(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme sees wireless churn flat in the second quarter")]
    [InlineData("Globex said churn was unchanged from a year earlier.")]
    [InlineData("Initech's churn remained little changed at 1.1%.")]
    public void A_figure_with_a_valence_said_to_hold_still_is_no_news(string text) =>
        Assert.Equal(0, Analyzer.Analyze(text).Score);

    [Fact]
    public void A_figure_with_a_valence_named_alone_keeps_it() => // guard
        Assert.True(Analyzer.Analyze("Acme reports churn of 2% among wireless customers").Score < 0);

    [Theory]
    [InlineData("$ACME strike over!!! finally. production restarts next week", Polarity.Positive)]
    [InlineData("Acme rallies over 6% as management raises guidance", Polarity.Positive)] // guard
    public void A_trouble_over_at_its_clauses_end_has_ended(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The Acme and Globex rocket venture names an interim chief executive", 0.0)]
    [InlineData("$ACME lander touched down upright this time", 0.0)]
    public void A_rocket_and_a_landing_move_nothing(string text, double expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Score);

    [Fact]
    public void A_strike_over_pay_is_no_strike_ended() => // guard
        Assert.True(Analyzer.Analyze("Workers strike over pay at Acme's main plant").Score < 0);

    [Fact]
    public void Shares_that_rocket_still_rise() => // guard
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme shares rocket 20% after the results").Polarity);

    [Theory]
    [InlineData("Acme gets $90 million order for drones")]
    [InlineData("Globex receives a $34 million LNG contract")]
    [InlineData("Initech books a $200 million order from the Navy")]
    public void An_order_got_received_or_booked_is_won(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_trouble_a_moved_cost_is_tied_to_is_its_topic() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme lowers its estimate of costs tied to the engine recall").Polarity);

    [Theory]
    [InlineData("Acme's quarterly loss widens on Taiwan expansion costs", Polarity.Negative)]
    [InlineData("Globex posted a net profit of $91 million for the quarter, reversing a loss of $265 million a year earlier.", Polarity.Positive)]
    [InlineData("still bag-holding $ACME from $150. lesson learned", Polarity.Negative)]
    [InlineData("$ACME event was all talk. selling my shares tmrw", Polarity.Negative)]
    [InlineData("$ACME insiders at it again. we're just exit liquidity", Polarity.Negative)]
    public void Costs_of_growth_a_loss_reversed_and_posts_selling_out(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void After_but_and_linking_verbs_a_move_is_the_subjects_before_but() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme's quarterly loss narrows but is still wider than analysts expected").Polarity);

    [Fact]
    public void A_plants_planned_turnaround_is_upkeep() =>
        Assert.Equal(0, Analyzer.Analyze("Acme said a planned turnaround at its ammonia complex began on Monday.").Score);

    [Theory]
    [InlineData("Potash prices rose for a fourth month, a boost for producers Nutrien and Mosaic.", "MOS", Polarity.Positive)]
    [InlineData("Credit Card Competition Act stalls in Senate, a relief for Visa and Mastercard", "V", Polarity.Positive)]
    [InlineData("The ruling is a blow to Boeing.", "BA", Polarity.Negative)]
    [InlineData("The election is not good news for Infosys and Wipro.", "WIT", Polarity.Negative)]
    public void A_writers_verdict_names_whom_the_news_favours_or_harms(string text, string symbol, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void A_company_whose_shares_the_text_says_held_still_is_neutral() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze("Celsius Holdings shares slumped 20% after the drink maker said its largest distributor, PepsiCo, had cut back on orders. PepsiCo shares were little changed.")
                .Tickers.Single(t => t.Symbol == "PEP").Polarity);

    [Theory]
    [InlineData("Acme's smelter in Spain restarts after blackout")]
    [InlineData("Globex's Texas plant restarted after a three-week outage")]
    public void A_plant_that_starts_again_after_a_stop_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme shares fall after security unit growth slows", Polarity.Negative)]
    [InlineData("Globex sees revenue decline easing next quarter", Polarity.Positive)]
    [InlineData("Initech's theft losses narrowed in the quarter", Polarity.Positive)]
    public void A_verb_that_moves_its_own_quantity_ends_no_earlier_state_and_a_bad_thing_easing_is_good(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme posts smaller-than-feared comp decline; stock rises")]
    [InlineData("Globex's customer relationships declined by 60,000 in the quarter, fewer than the 95,000 analysts had forecast.")]
    [InlineData("$ACME comps -1.1% vs -2% expected")]
    [InlineData("Initech comps -2% vs. -4% whisper. not bad")]
    public void A_decline_smaller_than_expected_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Not selling a single share of $ACME.", Polarity.Positive)]
    [InlineData("$ACME $GLBX both red today for no reason", Polarity.Negative)]
    [InlineData("$ACME off-price is eating everyone's lunch this year", Polarity.Positive)]
    [InlineData("$ACME dividend gone. ouch.", Polarity.Negative)]
    [InlineData("Globex agrees to be taken private at $16.75 a share", Polarity.Positive)]
    [InlineData("$ACME inventory clearing, distributors are reordering", Polarity.Positive)]
    public void Posts_holding_on_a_red_day_a_rival_outsold_and_a_buyout_agreed(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's sales rose 3%, below the 5% analysts had forecast.", Polarity.Negative)]
    [InlineData("Globex added 5.1 million subscribers in the quarter, well below the 7 million expected by analysts.", Polarity.Negative)]
    [InlineData("Initech delivered 384,000 vehicles in the quarter, well below the roughly 430,000 analysts had expected and down 13% from a year earlier.", Polarity.Negative)]
    [InlineData("Acme unlikely to reach margin goal this year, CEO concedes", Polarity.Negative)]
    [InlineData("Globex has signed a manufacturing agreement with a new customer.", Polarity.Positive)]
    public void A_figure_below_or_above_what_was_expected_and_goals_out_of_reach(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("tariffs delayed 90 days")]
    [InlineData("The tariffs on imported toys were delayed until March.")]
    [InlineData("The strike at Globex's plant was postponed.")]
    public void A_bad_thing_put_off_is_a_reprieve(string text) =>
        Assert.True(Analyzer.Analyze(text).Score > 0);

    [Fact]
    public void A_bad_thing_that_delays_its_object_is_no_reprieve() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Tariffs delayed shipments at the port.").Polarity);

    [Fact]
    public void What_is_conceded_to_a_forecast_kept_weighs_little() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme keeps profit outlook despite weak French market").Polarity);

    [Theory]
    [InlineData("Globex's foundry unit loses another $2.3 billion in quarter")]
    [InlineData("Acme expects to take a charge of up to $5.5 billion in its first quarter.")]
    public void Money_lost_and_a_charge_of_an_amount_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Someone_in_charge_of_a_unit_is_no_charge() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme named a new executive in charge of its $2 billion cloud unit.").Polarity);

    [Theory]
    [InlineData("Acme said U.S. regulators approved its weight-loss drug for sleep apnea.", Polarity.Positive)]
    [InlineData("Globex's comparable EBITA was EUR 1.9 million, down from EUR 3.4 million a year earlier.", Polarity.Negative)]
    public void A_regulators_approval_and_ebita_that_fell(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void No_increase_in_customer_defections_is_good() =>
        Assert.True(Analyzer.Analyze("Initech said it had not seen any increase in customer defections.").Score > 0);

    [Theory]
    [InlineData("$ACME dividend cut rumors are nonsense")]
    [InlineData("Globex dividend cut fears are overblown")]
    [InlineData("recession worries are overdone")]
    public void A_worry_judged_baseless_stands_for_its_topic(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme narrows annual revenue forecast range", Polarity.Neutral)]
    [InlineData("Globex narrowed its annual profit forecast to a range of $2.10 to $2.20 a share", Polarity.Neutral)]
    public void A_forecast_narrowed_is_a_tighter_range_not_a_cut(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_loss_narrower_than_forecast_is_still_judged() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Initech now expects a net loss of $0.12 a share, narrower than the loss of $0.30 it forecast in February, helped by lower costs.").Polarity);

    [Theory]
    [InlineData("Shares of the struggling retailer rose 12% after the results.")]
    [InlineData("The embattled carmaker posted a surprise profit.")]
    [InlineData("The announcement sent shares of the heavily indebted telecom company up more than 30%.")]
    public void An_epithet_in_a_later_reference_is_who_the_company_is_not_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME is the best run company in medtech. not even close", Polarity.Positive)] // a ranking, what the text says it is
    [InlineData("Globex remains the most troubled lender in the region.", Polarity.Negative)]
    public void Guard_a_ranking_or_a_predicate_keeps_its_word(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's medical care ratio rose to 89.4% from 85.2%.", Polarity.Negative)] // an insurer's cost ratio
    [InlineData("Globex MBR down 260bps y/y", Polarity.Positive)]
    [InlineData("Initech increased its provision for uncollectible accounts.", Polarity.Negative)]
    [InlineData("Acme bad debt expense falls", Polarity.Positive)]
    public void A_health_insurers_cost_ratio_and_a_providers_bad_debts_are_costs(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme posts its first GAAP profit")]
    [InlineData("Globex reported its first full-year net profit.")]
    public void A_first_profit_of_a_period_is_a_milestone(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme bought two skilled nursing facilities for $40 million.")]
    [InlineData("Chief Executive Jane Roe will step down in February; the board named operating chief John Doe as her successor.")]
    [InlineData("Globex CFO to step down, will become executive chairman")]
    public void Names_of_services_and_a_planned_handover_are_no_opinion(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("$ACME CEO stepping down and no successor named. not the vibe")]
    [InlineData("Globex CEO steps down abruptly; successor named")]
    public void Guard_a_departure_with_no_successor_or_an_abrupt_one_stays_bad(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex launches new fraud prevention tools")]
    [InlineData("Initech plans to restart a shuttered reactor in Pennsylvania")]
    [InlineData("Acme will reopen an idled plant in Ohio")]
    [InlineData("Globex came in ahead of sharply reduced analyst forecasts.")]
    public void A_remedys_topic_a_restarted_plant_and_a_revised_yardstick_are_no_bad_news(string text) =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme beat lowered estimates")]
    [InlineData("Globex topped lowered analyst forecasts")]
    public void A_beat_of_lowered_estimates_is_still_a_beat(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Analysts lowered estimates for Acme after the warning.")] // the revision itself is news
    [InlineData("Wildfire destroyed two of Globex's substations.")]
    public void Guard_a_revision_or_a_risk_that_is_itself_the_news_stays_bad(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("trading desks killing it this quarter $ACME", Polarity.Positive)]
    [InlineData("$ACME red on the day despite the beat", Polarity.Negative)]
    [InlineData("Economists cut U.S. recession odds to 15%", Polarity.Positive)] // the odds of a recession are a risk
    [InlineData("Cruise lines were hit hardest on Tuesday", Polarity.Negative)]
    [InlineData("Economists cut the odds of a U.S. recession to 15%", Polarity.Positive)] // the place between "a" and "recession"
    [InlineData("Forecasters raise the probability of a global recession", Polarity.Negative)]
    public void Market_wrap_and_post_idioms_of_a_move(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Judge rejects FTC monopoly case against Acme", Polarity.Positive)] // the case aimed at the company is ended
    [InlineData("The clearance removes the last major regulatory hurdle for the deal", Polarity.Positive)]
    [InlineData("A federal judge rules against Globex in ad tech case", Polarity.Negative)]
    public void A_case_rejected_a_hurdle_removed_and_a_ruling_against(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_rejecting_allegations_denies_them_and_does_not_end_them() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Acme chairman rejects Globex's allegations of union bribery").Polarity);

    [Fact]
    public void A_plural_outlook_raised_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme and Globex both raise outlooks").Polarity);

    [Theory]
    [InlineData("States approve Medicaid rate hikes", Polarity.Positive)] // a payer's rates: the provider's price
    [InlineData("Regulators approved a rate hike for Acme Power", Polarity.Positive)]
    public void A_rate_hike_granted_to_a_company_is_its_price_rising(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Regulators trim Acme Power's requested rate hike by nearly half")] // asked for, then cut
    [InlineData("The central bank signalled more rate hikes this year")]
    public void Guard_a_rate_hike_cut_or_a_central_banks_stays_bad(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Q3 new equipment orders down 8%, service sales up 6%")] // a segment's figure after a comma is the company's too
    [InlineData("Acme Q3 service sales up 6%, new equipment orders down 8%")]
    public void A_segments_figure_after_a_comma_goes_on_about_the_company(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text, [new SentimentTarget("Acme")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Globex said May catastrophe losses were less severe than analysts had feared.", Polarity.Positive)] // the month, and what analysts feared
    [InlineData("Globex to buy back up to $40 billion of stock", Polarity.Positive)] // a buyback after "to"
    [InlineData("The board authorized a new program to repurchase up to $3.5 billion of its shares.", Polarity.Positive)]
    public void Capital_returns_and_fears_in_an_insurers_words(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex to buy back up to $2 billion of debt")] // a debt buyback returns nothing to shareholders
    [InlineData("Globex repurchased $500 million of its senior notes.")]
    public void Guard_a_debt_buyback_is_no_capital_return(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme's costs went through the roof this quarter", Polarity.Negative)] // a steep rise of a cost
    [InlineData("Acme's orders went through the roof this quarter", Polarity.Positive)]
    public void A_steep_rise_takes_its_figures_direction(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_jobs_report_is_an_event_not_jobs_added() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme shares trade flat ahead of U.S. jobs report", [new SentimentTarget("Acme")]).Targets[0].Polarity);

    [Theory]
    [InlineData("The destocking is done and orders are recovering.", Polarity.Positive)] // trouble done with
    [InlineData("$ACME litigation overhang finally gone", Polarity.Positive)]
    [InlineData("No surprise $ACME beat again", Polarity.Positive)] // expected news, no denial
    public void Trouble_done_or_gone_is_over(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The damage is done, and shares fell 10%.", Polarity.Negative)] // the damage has happened
    [InlineData("The deal is done.", Polarity.Neutral)] // only trouble is done with
    public void Guard_done_ends_only_trouble(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Cat losses came in light for Globex this month", Polarity.Positive)] // a cost that came in light
    [InlineData("Globex revenue came in light in the quarter", Polarity.Negative)]
    [InlineData("Globex reported an acceleration in cross-border volumes", Polarity.Positive)] // a rise named as a noun
    public void A_figure_that_came_in_light_or_sped_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The drug failed to significantly reduce symptoms in the trial.", Polarity.Negative)] // symptoms are bad when up
    [InlineData("Discontinuation rates fell to 5% in the extension study.", Polarity.Positive)]
    [InlineData("A lower dropout rate strengthens the case for the drug.", Polarity.Positive)]
    public void A_trials_symptoms_and_dropouts_are_bad_when_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_reviewer_that_raised_no_concerns_denies_nothing_after_them() =>
        Assert.All(Analyzer.Analyze("The FDA raised no concerns about the drug's efficacy.").Evidence, e => Assert.True(e.Contribution > 0, e.Explanation));

    [Theory]
    [InlineData("Globex returned about $600 million to its shareholders in the quarter.", Polarity.Positive)] // capital returned
    [InlineData("Globex will return $2 billion to shareholders over two years.", Polarity.Positive)]
    public void Money_returned_to_shareholders_is_a_capital_return(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_money_returned_to_investors_after_a_fraud_is_no_capital_return() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("The fund will return $5 million to investors after the fraud.").Polarity);

    [Theory]
    [InlineData("Pentagon delays contract award for Globex", Polarity.Negative)] // the award is not had yet
    [InlineData("Globex delays F-35 lot award again", Polarity.Negative)] // over the words that name the award
    public void A_good_thing_delayed_does_not_count(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text, [new SentimentTarget("Globex")]).Targets[0].Polarity);

    [Fact]
    public void Guard_what_follows_to_after_a_delay_is_not_delayed() =>
        Assert.Contains(Analyzer.Analyze("Delayed rains to help fertiliser sales, Globex says").Evidence, e => e.Contribution > 0);

    [Theory]
    [InlineData("Globex reports 30 new orders for the troubled Zephyr 9 jet in November", Polarity.Positive)] // the plight names the jet
    [InlineData("Orders for Globex's embattled Z9 airplanes rose last month", Polarity.Positive)]
    [InlineData("Initech sold its troubled Ohio refinery for $200 million", Polarity.Neutral)]
    public void A_plight_epithet_names_a_product_or_unit(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Its struggling sales weighed on Globex's results")] // a figure that struggles is news
    [InlineData("Globex is a troubled company")]
    public void Guard_a_plight_of_a_figure_or_a_predicate_is_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex said easing supply constraints helped deliveries")] // a bottleneck eased is good news
    [InlineData("Initech cleared a bottleneck at its Ohio plant")]
    [InlineData("The new terminal resolves a shortage of container slots for Globex")]
    public void A_bottleneck_or_shortage_eased_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_close_under_pressure_is_no_pressure_eased() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Globex shares closed under pressure").Polarity);

    [Theory]
    [InlineData("Analysts expect the new fees to add about $1.5 billion in annual revenue for Globex.", Polarity.Positive)]
    [InlineData("The purchase is expected to add modestly to Globex's earnings next year.", Polarity.Positive)]
    [InlineData("The writedown added $2 billion to Globex's losses.", Polarity.Negative)] // a cost added to is bad news
    public void Money_added_to_a_figure_moves_it(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_money_a_central_bank_adds_to_markets_is_no_company_figure() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("The central bank adds $72 billion to markets in overnight repo").Polarity);

    [Theory]
    [InlineData("Globex had a record summer at its parks", Polarity.Positive)] // a record period, like "record quarter"
    [InlineData("Initech had a record first half", Polarity.Positive)]
    [InlineData("Record summer heat settles over the Midwest", Polarity.Neutral)] // weather, not a period of trade
    public void A_record_period_is_a_record(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex is reducing its reliance on outside carriers.", Polarity.Positive)] // a dependence is bad when up
    [InlineData("Initech's dependence on a single customer grew last year.", Polarity.Negative)]
    public void A_dependence_is_bad_when_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Weekly jobless claims dropped below consensus", Polarity.Positive)] // a bad quantity's level below what was expected
    [InlineData("Globex said freight costs rose above expectations in the quarter", Polarity.Negative)]
    public void A_bad_quantity_moved_past_expectations_is_judged_by_the_level(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Economists say the probability of a recession is pretty low", Polarity.Positive)] // a risk at a low level
    [InlineData("Inflation will remain subdued for some time, the central bank said", Polarity.Positive)]
    [InlineData("Unemployment remains low", Polarity.Positive)]
    [InlineData("Globex said input costs stayed stubbornly high", Polarity.Negative)]
    [InlineData("Initech's sales remained subdued in Europe", Polarity.Negative)] // a good quantity low is bad news
    public void A_quantity_stated_at_a_level_is_read_as_moved_there(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_level_before_a_noun_is_a_figure_not_a_level() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Globex said margins were high teens").Polarity);

    [Theory]
    [InlineData("Risk of recession drops to 20%, economists say", Polarity.Positive)] // a risk is bad when up
    [InlineData("Recession risk falls as hiring picks up", Polarity.Positive)]
    [InlineData("Economists see rising recession risk", Polarity.Negative)]
    [InlineData("The financial stress index declined for a third week", Polarity.Positive)] // a measure of stress is bad when up
    public void The_risk_of_a_recession_is_bad_when_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Globex kept its guidance, easing investor concern that a data breach would hurt demand.", Polarity.Positive)] // the worry eased is the news
    [InlineData("Globex sales rose, easing concern that the recall had damaged its brand.", Polarity.Positive)]
    public void What_an_eased_worry_was_about_is_counted_in_the_worry(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_worry_that_stands_keeps_what_it_is_about() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Investors worry that a data breach at Globex would hurt demand.").Polarity);

    [Theory]
    [InlineData("Shell challenges Exxon dominance with a bid for BG", "XOM", Polarity.Negative)] // a standing challenged is at risk
    [InlineData("Medtronic won FDA clearance for its robot, setting up a challenge to Intuitive Surgical's dominance.", "ISRG", Polarity.Negative)]
    [InlineData("Medtronic won FDA clearance for its robot, setting up a challenge to Intuitive Surgical's dominance.", "MDT", Polarity.Positive)]
    public void A_challenge_to_a_companys_dominance_is_bad_news_for_the_holder(string text, string symbol, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void Guard_the_challenger_does_not_take_the_threat_it_poses() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Shell challenges Exxon dominance with a bid for BG", [new SentimentTarget("Shell")]).Targets[0].Polarity);

    [Fact]
    public void Guard_dominance_unchallenged_stays_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Nvidia extends its dominance in AI chips").Polarity);

    [Theory]
    [InlineData("Globex sales jumped 8% in a soft economy", Polarity.Positive)] // hard times as the setting are conceded
    [InlineData("Initech shares rallied in a tough market", Polarity.Positive)]
    public void Hard_times_named_as_the_setting_of_other_news_are_conceded(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_hard_times_alone_stay_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Retailers struggle in a tough market").Polarity);

    [Theory]
    [InlineData("Globex's return to profitability is not sustainable, analysts say", Polarity.Negative)] // a good state that will not last
    [InlineData("The rally in Initech shares won't last", Polarity.Negative)]
    public void A_good_state_that_will_not_last_is_denied(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_last_before_a_period_is_a_time() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Globex did not cut jobs and its sales grew last year").Polarity);

    [Theory]
    [InlineData("Globex failed to stop the sell-off in its shares", Polarity.Negative)] // a stopper denied stops nothing
    [InlineData("Regulators did not halt the slide in Initech shares", Polarity.Negative)]
    [InlineData("Initech said it will not stop its buyback", Polarity.Positive)]
    public void A_stopper_that_is_denied_leaves_what_it_would_stop(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_move_not_seen_is_denied_over_its_subject() => // "does not see X falling": the negation reaches the move
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Globex does not see orders from carmakers in Europe falling this year").Polarity);

    [Fact]
    public void A_company_added_to_a_move_takes_the_move() // "Chevron also advanced": the name is the subject over "also"
    {
        var result = Analyzer.Analyze("Exxon Mobil rose 2% on higher crude prices. Chevron also advanced.");

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "CVX").Polarity);
    }

    [Theory]
    [InlineData("Acme Memory wins $303 million jury verdict against Globex", Polarity.Positive)] // a ruling won as a contract is
    [InlineData("Initech secured a $1.2 billion arbitration judgment against a former supplier", Polarity.Positive)]
    public void A_court_ruling_won_is_good_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_ruling_received_is_no_win() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Acme Memory received an adverse jury verdict in Texas").Polarity);

    [Theory]
    [InlineData("Sales boost for Globex Stores as Acme Foods turnaround stalls")] // the clause before says whom it is for
    [InlineData("Sales boost for new Globex Stores chief Jane Doe as Acme Foods turnaround stalls")]
    public void A_clause_for_another_company_is_not_the_next_ones(string text) => // asked about one company only
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text, [new SentimentTarget("Acme Foods")]).Targets[0].Polarity);

    [Theory]
    [InlineData("Meta Platforms rejects the attorney general's request to stop encryption plans")] // the company acts; it is not harmed
    [InlineData("Marriott International denies exploring a sale or merger")]
    [InlineData("Walmart CEO dismisses calls to raise prices")]
    [InlineData("FedEx slams newspaper's tax story, proposes debate")]
    public void A_company_that_turns_something_down_is_not_harmed(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_company_turned_down_by_another_takes_the_rejection()
    {
        var result = Analyzer.Analyze("Acme Airlines dismisses Globex Air low-cost plan", [new SentimentTarget("Acme Airlines"), new SentimentTarget("Globex Air")]);

        Assert.Equal(Polarity.Neutral, result.Targets[0].Polarity);
        Assert.Equal(Polarity.Negative, result.Targets[1].Polarity);
    }

    [Fact]
    public void Guard_a_rejection_by_a_court_stays_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Appeals court rejects the Acme Foods appeal over pricing").Polarity);

    [Theory]
    [InlineData("Globex same-store sales rose 1.2%, below analysts' estimates of 2.1%.", Polarity.Negative)] // the verdict judges the move
    [InlineData("Acme revenue grew 3%, missing estimates.", Polarity.Negative)]
    [InlineData("Acme revenue grew 9%, above estimates.", Polarity.Positive)]
    public void A_verdict_against_estimates_after_a_comma_judges_the_move(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Polarity);
        Assert.All(result.Evidence, e => Assert.Equal((int)expected, Math.Sign(e.Contribution)));
    }

    [Fact]
    public void A_cause_after_respectively_is_still_the_cause_of_the_move() // ", respectively," between the move and "as"
    {
        var result = Analyzer.Analyze("Acme Oil and Globex Energy climbed 3.7% and 4.9%, respectively, as the attack exacerbated worries about supplies.",
            [new SentimentTarget("Acme Oil"), new SentimentTarget("Globex Energy")]);

        Assert.All(result.Targets, t => Assert.True(t.Score > 0, $"{t.Target}: {t.Score}")); // the worries explain the climb
    }

    [Theory]
    [InlineData("Globex Media adds more subscribers in Asia", Polarity.Positive)] // "more" before a quantity after a verb is a rise
    [InlineData("Acme Retail takes on more debt to fund stores", Polarity.Negative)]
    public void More_of_a_quantity_after_a_verb_is_a_rise(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_more_shares_sold_is_no_rise() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Acme Retail sold more shares to fund stores").Polarity);

    [Fact]
    public void The_employment_report_is_an_event_not_employment_up() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Futures slip from record highs in front of the January employment report").Polarity);

    [Fact]
    public void The_size_of_a_rival_in_a_description_is_no_move() => // "its larger rival" describes, the rival moved nothing
        Assert.Empty(Analyzer.Analyze("CVS Health, its larger rival, was little changed.").Evidence);

    [Fact]
    public void Without_after_a_quantity_excludes_and_denies_nothing() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Foods said identical sales without fuel would rise 3%.").Polarity);

    [Fact]
    public void On_track_for_a_bad_thing_is_no_good_news()
    {
        var result = Analyzer.Analyze("Acme Apparel shares fell 12%, on track for their worst day in four years.");

        Assert.All(result.Evidence, e => Assert.True(e.Contribution < 0, e.Text));
    }

    [Fact]
    public void Guard_on_track_for_a_good_thing_stays_good() =>
        Assert.Contains(Analyzer.Analyze("Acme Apparel is on track for a record quarter.").Evidence, e => e.Text.StartsWith("on track", StringComparison.Ordinal));

    [Fact]
    public void A_comparative_after_a_preposition_describes_its_noun() => // "in larger projects" moves nothing
        Assert.DoesNotContain(Analyzer.Analyze("We are seeing continued softness in larger discretionary projects, the chief executive said.").Evidence,
            e => e.Contribution > 0);

    [Theory]
    [InlineData("Acme Tools kept its annual sales forecast unchanged.")] // a forecast kept is mild good news, as one reiterated is
    [InlineData("Acme Tools left its outlook unchanged.")]
    [InlineData("Acme Tools held its full-year forecast steady.")]
    [InlineData("Acme Tools kept its 2025 earnings guidance unchanged.")] // over the forecast's year
    [InlineData("Acme Apartments kept its full-year core FFO guidance unchanged.")] // over five words
    public void A_forecast_kept_is_mild_good_news(string text) =>
        Assert.True(Analyzer.Analyze(text).Score > 0);

    [Fact]
    public void Guard_rates_kept_unchanged_are_no_forecast() =>
        Assert.Equal(0, Analyzer.Analyze("The central bank kept rates unchanged.").Score);

    [Theory]
    [InlineData("Acme Motors said it was not aware of any crashes or injuries related to the issue.")] // "or" adds to what is denied
    [InlineData("There were no injuries or deaths at the Acme Chemicals plant.")]
    public void A_bad_thing_added_by_or_to_a_denied_one_is_denied(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution < 0);

    [Fact]
    public void A_count_bound_neither_intensifies_nor_hides_what_is_settled() // "more than 300,000 lawsuits" are lawsuits settled
    {
        var result = Analyzer.Analyze("Acme Industrial agreed to settle more than 300,000 lawsuits claiming its earplugs caused hearing loss.");

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Contribution < 0);
    }

    [Fact]
    public void What_analysts_had_expected_is_a_yardstick() =>
        Assert.Equal(0, Analyzer.Analyze("Analysts had expected a loss of 10 cents a share.").Score);

    [Fact]
    public void A_profit_against_an_expected_loss_beats_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Tools reported a profit of 5 cents a share; analysts had expected a loss of 10 cents.").Polarity);

    [Fact]
    public void Guard_a_company_that_expects_a_loss_forecasts_it() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Tools expects a loss in the fourth quarter.").Polarity);

    [Fact]
    public void Cash_burn_no_longer_expected_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Aero no longer expects to burn cash this year.").Polarity);

    [Theory]
    [InlineData("Acme Mining reaffirmed its goal for iron ore output.")] // a goal reaffirmed is a forecast kept
    [InlineData("Acme Tools affirmed its annual sales targets.")]
    public void A_forecast_reaffirmed_or_confirmed_is_mild_good_news(string text) =>
        Assert.True(Analyzer.Analyze(text).Score > 0);

    [Theory]
    [InlineData("Pricier beers lift Acme Brewing's quarterly sales", "sales")] // the possessed quantity is what the verb moves
    [InlineData("Cheaper fares lift Acme Air's passenger revenue", "revenue")]
    [InlineData("Strong demand boosts Acme Bank of Ohio's profit", "profit")]
    [InlineData("Rate hikes boost Acme Holdings' lending margins", "margins")]
    public void A_verb_of_effect_moves_the_quantity_a_company_owns_after_it(string text, string quantity) =>
        Assert.Contains(Analyzer.Analyze(text).Evidence, e => e.Contribution > 0 && e.Text.Contains(quantity, StringComparison.Ordinal));

    [Theory]
    [InlineData("Acme Minerals : Trading Halt")] // a halt of trading pending news is a notice
    [InlineData("Acme Minerals : Extension of voluntary suspension")]
    [InlineData("Acme Biotech shares halted premarket")]
    public void A_trading_halt_notice_is_neutral(string text) =>
        Assert.Equal(0, Analyzer.Analyze(text).Score);

    [Fact]
    public void Guard_a_regulator_suspending_trading_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The SEC suspended trading in Acme Biotech shares.").Polarity);

    [Theory]
    [InlineData("Acme Bio earns drug approval in Canada")] // a product's approval by its regulator is good news, not a routine approval
    [InlineData("Acme Crop Science secures EPA approval for its new herbicide")]
    [InlineData("Acme Pharma obtained marketing approval in Japan")]
    public void A_products_approval_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Forex losses trim 8% of Acme Motors' profits")] // the verb moves the object it takes a share of
    [InlineData("The strike wiped out 20% of Acme Steel's quarterly profit")]
    public void A_verb_moves_the_object_it_takes_a_share_of(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Motors delivered 384,000 vehicles, down 5% from a year earlier but well above the roughly 360,000 Wall Street had braced for.")]
    [InlineData("Acme Motors delivered 384,000 vehicles; analysts had feared a drop to 360,000.")] // the yardstick, no news
    public void What_the_street_had_feared_is_a_yardstick(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution < 0 && (e.Text.Contains("braced", StringComparison.Ordinal) || e.Text.Contains("drop", StringComparison.Ordinal)));

    [Fact]
    public void Guard_what_investors_fear_now_is_the_markets_mood() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Stocks fell as investors feared a recession.").Polarity);

    [Theory]
    [InlineData("Walmart keeps its headquarters in Arkansas, rejects move to Texas")] // the opening name's second predicate
    [InlineData("Marriott International names a new chief, denies exploring a sale")]
    public void A_company_that_turns_something_down_in_a_second_predicate_is_not_harmed(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_head_of_risk_is_a_job_title() =>
        Assert.Equal(0, Analyzer.Analyze("Acme Bank CEO poaches risk head from Globex Capital").Score);

    [Theory]
    [InlineData("Shares of Acme Utilities recovered most of last week's losses.")] // a fall won back is over
    [InlineData("Acme Utilities shares recouped some of the 5% drop.")]
    public void A_fall_won_back_is_no_bad_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_losses_erased_have_fallen() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Utilities shares erased their losses.").Polarity);

    [Fact]
    public void A_title_before_a_name_is_no_news() // "telehealth leader Acme" says who the company is
    {
        var result = Analyzer.Analyze("Shares of telehealth leader Acme Health fell 8% in morning trading.", [new SentimentTarget("Acme Health")]);

        Assert.DoesNotContain(result.Evidence, e => e.Contribution > 0);
    }

    [Theory]
    [InlineData("Acme Media was not alone in missing estimates.")] // a negation of being alone denies nothing else
    [InlineData("Acme Social is hardly the only platform spreading misinformation.")]
    public void Denying_that_a_company_is_alone_denies_nothing_else(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Demand was offset by softer rent growth in coastal markets.")] // the growth of a measure is a quantity, not a rise
    [InlineData("Acme Social reported slower user growth in Europe.")]
    public void The_growth_of_a_measure_moves_with_its_comparative(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Washington tightened curbs on advanced semiconductor exports to China.")] // the adjective, no rise
    [InlineData("Acme Holdings is in advanced discussions to sell its shipping unit.")]
    public void Advanced_after_a_preposition_is_an_adjective(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.Contains("advanced", StringComparison.Ordinal));

    [Fact]
    public void Guard_a_company_that_advanced_moved_up() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Shares of Acme Holdings advanced 2% on Friday.").Polarity);

    [Theory]
    [InlineData("Acme Semiconductor cut its outlook, citing slow industrial chip recovery.")] // a weak recovery is no good news
    [InlineData("Orders at Acme Machinery showed a tepid rebound in March.")]
    public void A_recovery_said_to_be_weak_is_no_good_news(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution > 0);

    [Fact]
    public void Guard_a_strong_recovery_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Machinery reported a strong recovery in orders.").Polarity);

    [Theory]
    [InlineData("Delayed monsoon to benefit Acme Fertilizers", 1)] // the cause before a verb of effect explains it
    [InlineData("Price cuts lift Acme Brewing's quarterly sales", 1)]
    [InlineData("Strong demand to hurt Acme Airlines as fuel costs climb", -1)]
    public void A_cause_before_a_verb_of_effect_that_pulls_the_other_way_explains_it(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Analyzer.Analyze(text).Score));

    [Fact]
    public void Guard_what_was_hit_by_a_cause_is_no_cause() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Steel hit by weak demand").Polarity);

    [Theory]
    [InlineData("OPEC+ agreed to deeper oil production cuts to support prices.")] // a cartel's supply cut holds prices up
    [InlineData("Kuwait to cut oil output by 50,000 bpd under the new OPEC deal.")]
    public void A_cartels_supply_cut_is_good_news_for_oil(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_companys_own_output_cut_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Oil cuts production after weak prices.").Polarity);

    [Fact]
    public void A_participle_after_a_preposition_of_cause_describes_its_noun() => // "from narrowed focus" moves nothing
        Assert.True(Analyzer.Analyze("Acme Pharma expects further profit growth from narrowed focus.").Score > 0);

    [Fact]
    public void Guard_a_participle_before_a_quantity_moves_it() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Pharma shares fell on reduced demand.").Polarity);

    [Theory]
    [InlineData("Better to avoid sugar stocks for now: a fund manager")] // the lead of a piece of advice is no opinion
    [InlineData("Recommend to stay cautious on Acme Travel: a fund manager")]
    [InlineData("Best to avoid the banking space for the next six months")]
    public void Advice_to_keep_away_is_bad_news_whatever_its_lead(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Kestrel Bank profit slips despite record loan growth", -1)] // what is conceded does not outweigh what is asserted
    [InlineData("Helix Motors revenue edged up despite a record quarterly loss", 1)]
    public void A_contrast_leans_the_way_of_its_main_clause(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Analyzer.Analyze(text).Score));

    [Fact]
    public void Two_companies_in_one_reference_stay_rivals()
    {
        // "Both companies" names both: each keeps its own news, not the text's mean.
        var result = Analyzer.Analyze(
            "Dell beat estimates and raised its forecast. HP missed on profit. Dell shares rose 11%, while HP's slid 7%. Both companies said PC demand was improving.");

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "DELL").Polarity);
        Assert.True(result.Tickers.Single(t => t.Symbol == "HPQ").Score < 0);
    }

    [Theory]
    [InlineData("Higher rates come back to bite Acme Homes")]
    [InlineData("Strong dollar bites into Acme Tools' overseas sales")] // a burden that bites is no strength
    public void What_bites_hurts(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Foods expects a second-quarter hit of $40 million from tariffs", Polarity.Negative)] // "hit" as a noun of loss
    [InlineData("Acme Foods no longer expects a second-quarter hit from tariffs", Polarity.Positive)]
    public void A_quarter_s_hit_is_a_loss(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Companies_that_diverge_take_nothing_from_the_sentence_that_says_so()
    {
        // Which of the two the "AI demand" favours is told elsewhere: HP's own sentence decides its score.
        var result = Analyzer.Analyze("Dell and HP diverge as AI demand lifts server sales. HP missed profit estimates, and its shares slid 7%.");

        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "HPQ").Polarity);
    }

    [Fact]
    public void An_index_code_does_not_end_its_sentence()
    {
        // "<.SPLRCU>" once ended a sentence at its full stop: "Utilities <" stood alone, and the target's sentence said nothing.
        var result = Analyzer.Analyze(
            "Utilities <.SPLRCU>, usually a haven, slipped 1.2%. Technology stocks rose after Microsoft <MSFT.O> beat estimates.",
            [new SentimentTarget("Utilities")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("$HRL cut to Neutral from Overweight at Globex Securities, which flags slowing growth", Polarity.Negative)] // the old rating is no opinion
    [InlineData("Hormel Foods raised to Buy from Underweight at Globex Securities", Polarity.Positive)]
    public void The_rating_a_change_comes_from_is_not_an_opinion(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single().Polarity);

    [Theory]
    [InlineData("Acme Tools said its treasurer will become chief financial officer, succeeding the current CFO, who is retiring.")]
    [InlineData("Acme Tools named a new chief executive, who succeeds its founder on March 1.")]
    public void Succeeding_an_officer_is_no_success(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Bank said its stress capital buffer will increase to 3.2% from 2.5%.", Polarity.Negative)] // less left for payouts
    [InlineData("Acme Bank's capital requirement will fall next year, freeing cash for buybacks.", Polarity.Positive)]
    public void Capital_a_bank_must_hold_is_bad_when_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_loss_narrower_than_the_feared_one_is_good_news()
    {
        // "Than the $0.71 loss Wall Street had feared": five words to the yardstick's verb.
        var result = Analyzer.Analyze("Acme Refining posted a loss of 24 cents a share, far narrower than the $0.71 loss Wall Street had feared.");

        Assert.Equal(Polarity.Positive, result.Polarity);
    }

    [Theory]
    [InlineData("Acme Bio obesity data fall short of high hopes", Polarity.Negative)] // the words between do not matter
    [InlineData("Acme Tools results fell short of investors' lofty expectations", Polarity.Negative)]
    [InlineData("ACME BIO OBESITY DATA FALL SHORT OF HIGH HOPES; SHARES SLIDE", Polarity.Negative)] // "hopes" is then no hedge
    public void Falling_short_of_what_was_expected_is_a_miss(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_stopping_short_of_a_step_denies_the_step() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Tools stopped short of raising its forecast").Polarity);

    [Theory]
    [InlineData("Acme Health was roughly flat after reaffirming guidance, while the broader S&P 500 edged up 0.2%.")] // the news moved nothing
    [InlineData("Acme Health shares ended little changed after it reaffirmed its strong guidance.")]
    [InlineData("Copper set to end week flat on US rate hike worries")]
    public void The_cause_of_a_thing_that_stood_still_weighs_little(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_cause_after_a_move_still_counts() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Health rose 4% after reaffirming guidance.").Polarity);

    [Theory]
    [InlineData("Acme Bio's vaccine cut the risk of melanoma returning or death by 44% in a mid-stage study.", Polarity.Positive)] // the risk's topic is no news
    [InlineData("Acme Bio's drug reduced the risk of heart attack or stroke by 20%.", Polarity.Positive)]
    [InlineData("Acme Bio's drug raised the risk of liver damage in the trial.", Polarity.Negative)]
    public void A_risk_that_moves_is_a_quantity_bad_when_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_cause_of_a_move_made_by_a_list_is_each_listed_company_s()
    {
        var result = Analyzer.Analyze(
            "HCA Healthcare rose 4%. UnitedHealth Group and Humana each fell about 3% as investors worried that rising costs would squeeze their margins.");

        var unitedHealth = result.Tickers.Single(t => t.Symbol == "UNH").Score;
        var humana = result.Tickers.Single(t => t.Symbol == "HUM").Score;
        Assert.Equal(humana, unitedHealth, 3); // the worry is about both, not only the one named last
    }

    [Fact]
    public void Guard_a_phrase_after_a_list_not_in_a_cause_stays_with_the_company_named_last() =>
        Assert.True(Analyzer.Analyze("Pfizer and Merck reported results; Merck shares slid 5% on weak vaccine sales.")
            .Tickers.Single(t => t.Symbol == "PFE").Score > Analyzer.Analyze("Pfizer and Merck reported results; Merck shares slid 5% on weak vaccine sales.")
            .Tickers.Single(t => t.Symbol == "MRK").Score);

    [Fact]
    public void Guard_a_phrase_whose_span_starts_before_the_one_listed_ahead_of_it_is_read_safely()
    {
        // "Down more than 28%" pairs with the index before it: its span starts before the phrase listed ahead of it.
        var result = Analyzer.Analyze(
            "Stocks dipped into bear territory in June: the S&P 500 <.SPX> is down more than 19% year-to-date as of Wednesday, and the Nasdaq <.IXIC> is down more than 28% over that time.",
            [new SentimentTarget("Nasdaq")]);

        Assert.Equal(Polarity.Negative, result.Targets[0].Polarity);
    }

    [Theory]
    [InlineData("Acme Bank said deposit costs were falling more slowly than it had hoped.", Polarity.Negative)] // a good fall, slower than hoped
    [InlineData("Acme Tools sales grew less quickly than analysts had expected.", Polarity.Negative)]
    [InlineData("Acme Tools costs rose less quickly than feared.", Polarity.Positive)]
    public void A_move_s_pace_is_judged_against_what_was_expected(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Property Trust redemption requests fall to lowest since 2022", Polarity.Positive)] // what investors take out
    [InlineData("Acme Telecom slipped 1.6% as investors fretted about rising promotional spending.", Polarity.Negative)] // a cost, not an investment
    public void Redemptions_asked_for_and_promotions_paid_for_are_bad_when_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Lending said loan losses ran ahead of forecasts.", Polarity.Negative)] // a bad thing ahead of what was expected
    [InlineData("Acme Tools costs ran ahead of forecasts.", Polarity.Negative)]
    [InlineData("Acme Tools sales ran ahead of forecasts.", Polarity.Positive)]
    public void A_bad_thing_ahead_of_forecasts_is_a_disappointment(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_concession_within_one_company_s_clause_still_concedes()
    {
        // "While" sets Kroger against Albertsons; "despite" still concedes Albertsons' better sales to its fall.
        var result = Analyzer.Analyze("Kroger edged up 1% after its update, while Albertsons fell 3% despite reporting better-than-expected sales.");

        Assert.True(result.Tickers.Single(t => t.Symbol == "ACI").Score < -0.1);
        Assert.True(result.Tickers.Single(t => t.Symbol == "KR").Score > 0);
    }

    [Fact]
    public void What_investors_focus_on_is_a_topic() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme Tools' chief executive said she is very focused on getting an agreement with the union.").Polarity);

    [Fact]
    public void Each_company_a_move_lifts_by_its_own_percentage_is_lifted()
    {
        var result = Analyzer.Analyze("Oracle surged 9% on a new AI contract, lifting Super Micro Computer 4% and Arista Networks 3%.");

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "SMCI").Polarity);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "ANET").Polarity); // past "4% and"
    }

    [Fact]
    public void A_loss_no_longer_expected_of_a_long_named_unit_is_denied() =>
        Assert.Equal(Polarity.Positive,
            Analyzer.Analyze("Acme Resorts no longer expects its digital sports-betting and iGaming unit to post a loss this year.").Polarity);

    [Fact]
    public void A_clause_of_a_name_the_directory_does_not_know_is_no_listed_company_s()
    {
        // Huawei is no US-listed company: its gain is neither Apple's nor Micron's.
        var result = Analyzer.Analyze("Apple's iPhone sales slip in China as Huawei gains; Micron rides AI memory boom");

        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "AAPL").Polarity);
    }

    [Fact]
    public void Guard_a_market_after_as_is_still_the_cause_of_the_move()
    {
        var result = Analyzer.Analyze("$XOM and $CVX edge higher in premarket trade as Brent crude tops $90 after OPEC+ extends supply cuts");

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "XOM").Polarity);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "CVX").Polarity);
    }

    [Fact]
    public void A_quantity_after_and_is_the_subject_of_the_verb_that_follows_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Cruises said onboard spending held up and fuel costs eased.").Polarity); // costs eased, not the spending

    [Theory]
    [InlineData("Elliott Management has built a stake of roughly 5% in Southwest Airlines.", "LUV")] // the stake's size after it
    [InlineData("Berkshire Hathaway took a stake of about 2% in Chubb.", "CB")]
    public void A_stake_sized_after_it_is_bought(string text, string symbol) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("The FTC issued a second request for information on Acme Foods' proposed acquisition of Globex Snacks.")] // a deeper review
    [InlineData("The European Commission opened an in-depth investigation into Acme Foods' purchase of Globex Snacks.")]
    public void A_regulator_s_deeper_review_of_a_deal_is_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Health says its computer systems were fully restored after a ransomware attack.")] // where the recovery started
    [InlineData("Acme Bank said online banking was restored after an outage.")]
    public void The_trouble_a_recovery_comes_after_is_its_starting_point(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_title_s_last_word_does_not_reach_over_its_line_break()
    {
        // "PayPal lags" closes the title: Visa, opening the body, is no yardstick of the lag.
        var result = Analyzer.Analyze("Card networks shine, PayPal lags\n\nVisa and Mastercard (NYSE: MA) each rose about 2%.");

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "V").Polarity);
    }

    [Theory]
    [InlineData("Acme Corp wins bid to throw out antitrust suit")] // the aim won is done
    [InlineData("Acme Corp won its motion to dismiss the shareholder lawsuit.")]
    public void An_aim_won_against_trouble_ends_it(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Corp did not win its bid to throw out the antitrust suit.")]
    [InlineData("Acme Corp lost its bid to throw out the antitrust suit.")]
    [InlineData("Acme Corp asked the court to throw out the antitrust suit.")]
    public void Guard_an_aim_not_won_leaves_the_trouble(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Airlines said capacity will be trimmed in the fall.", Polarity.Negative)] // the trim, not the season
    [InlineData("Acme Corp's sales rose last fall.", Polarity.Positive)]
    [InlineData("Acme Corp plans to open the store this fall.", Polarity.Neutral)]
    [InlineData("Acme Corp's sales suffered a sharp fall in the quarter.", Polarity.Negative)] // a fall, not a season
    public void The_fall_after_this_last_next_or_in_the_is_a_season(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The deal removes a lingering labor overhang for Acme Rail.")] // two words before the trouble name its kind
    [InlineData("Acme Rail said rerouted traffic was largely back to normal.")]
    [InlineData("Acme Airlines sees black ink for the year.")]
    public void Trouble_removed_and_operations_back_to_normal_are_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Airlines raised its forecast for costs.", Polarity.Negative)] // the forecast of a bad thing
    [InlineData("Acme Bank lowered its forecast for credit losses.", Polarity.Positive)]
    [InlineData("Acme Airlines raised its estimate for non-fuel unit costs because of new contracts.", Polarity.Negative)]
    [InlineData("Acme Airlines lowered its estimate for big new costs.", Polarity.Positive)]
    [InlineData("Acme Corp raised its forecast for revenue.", Polarity.Positive)] // a good thing's forecast
    public void A_forecast_raised_or_cut_for_a_bad_quantity_moves_that_quantity(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Stores named a new president of its online business, part of a previously announced leadership transition.")]
    [InlineData("Acme Corp announced changes to its leadership team.")]
    public void The_leaders_a_company_names_are_no_leadership_it_holds(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The rally in Acme Corp shares is running out of steam.")] // the rally ends; no second count of the phrase
    [InlineData("The boom in Acme Corp's orders lost momentum.")]
    public void A_good_state_running_out_of_steam_ends(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.Single(result.Evidence);
    }

    [Theory]
    [InlineData("Hedge funds are souring on Acme Corp.", Polarity.Negative)]
    [InlineData("Teens could be a saving grace for Acme Malls.", Polarity.Positive)]
    public void Investors_souring_and_a_saving_grace(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_hedge_before_a_comma_does_not_reach_a_clause_of_result()
    {
        // "Had sought" hedges nothing after its comma: the doubts are raised, not sought.
        var result = Analyzer.Analyze("Lenders gave Acme Corp far less time than it had sought, raising fresh doubts about its ability to refinance.");

        Assert.DoesNotContain(result.Evidence, e => e.Rules.Contains("hedge"));
    }

    [Theory]
    [InlineData("Acme Oil posted a record-breaking quarter profit.", Polarity.Positive)] // "record-breaking" reads as "record"
    [InlineData("Acme Oil posted record-breaking costs.", Polarity.Negative)]
    [InlineData("Acme Oil reported its second-highest ever quarterly profit.", Polarity.Positive)]
    public void A_record_breaking_or_second_highest_level_is_a_level_of_its_quantity(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Foods said its own products were not affected.")] // spared by a recall that hit others
    [InlineData("Acme Foods said its operations were not affected by the outage.")] // the outage did not reach it
    [InlineData("Acme Foods said sales were not impacted by the strike.")]
    public void A_company_not_affected_is_spared(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void What_an_eased_concern_was_about_scores_nothing_of_its_own()
    {
        // The slower hiring and the weight on sales are what investors had feared; the news is that the fear eased.
        var result = Analyzer.Analyze(
            "Acme Software did not cut its revenue guidance, easing concerns that slower hiring at its customers would weigh on sales.");

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.All(result.Evidence, e => Assert.True(e.Contribution > 0, e.Text));
    }

    [Theory]
    [InlineData("Acme Power said it no longer expects to record additional losses tied to the wildfire litigation.", Polarity.Positive)]
    [InlineData("Acme Power expects losses tied to the wildfire litigation.", Polarity.Negative)] // a loss not denied keeps its topic
    public void The_trouble_a_denied_loss_is_tied_to_is_denied_with_it(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The freight recession is ending, Acme Trucking said.")]
    [InlineData("Acme Trucking said the freight recession looks like it's ending.")] // "'s" after "it" is "is"
    public void A_bad_state_that_is_ending_is_denied(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Brinker keeps busy as casual-dining peers lag", Polarity.Neutral)] // the peers' lag is theirs
    [InlineData("Brinker shares fell while larger rivals gained.", Polarity.Negative)]
    public void A_clause_about_unnamed_peers_is_not_the_company_s_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "EAT").Polarity);

    [Fact]
    public void A_clause_about_unnamed_peers_no_longer_offsets_the_company_s_own_clause()
    {
        var ticker = Analyzer.Analyze("Brinker shares fell while larger rivals gained.").Tickers.Single(t => t.Symbol == "EAT");

        Assert.True(ticker.Score < -0.3, $"{ticker.Score}"); // the fall, no longer offset by the rivals' gain
    }

    [Theory]
    [InlineData("Acme Media lost $180 million in the quarter, down from $430 million a year earlier.", Polarity.Positive)] // narrowed
    [InlineData("Acme Media lost $480 million in the quarter, up from $130 million a year earlier.", Polarity.Negative)] // widened
    [InlineData("Acme Media lost $180 million in the quarter, compared with $430 million a year earlier.", Polarity.Negative)] // no move told
    public void A_lost_amount_a_move_compares_is_the_loss_that_moved(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Healthcare stocks got a boost from strong hospital volumes.")]
    [InlineData("Acme Retail receives a boost as holiday traffic picks up")]
    public void A_boost_received_is_good_news(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.Contains(result.Evidence, e => e.Text.Contains("boost", StringComparison.Ordinal) && e.Contribution >= 0.4);
    }

    [Theory]
    [InlineData("Acme Games said daily active users grew at their slowest pace in two years.", Polarity.Negative)]
    [InlineData("Acme Games said revenue rose 3%, the slowest in six quarters.", Polarity.Negative)]
    [InlineData("Acme Foods said input costs rose at the slowest rate since 2021.", Polarity.Positive)] // a bad quantity slowing
    [InlineData("Acme Games said revenue rose 3%, the fastest in six quarters.", Polarity.Positive)] // only the slowest turns
    [InlineData("Acme Games said sales fell at the slowest pace in two years.", Polarity.Negative)] // a fall is still a fall
    public void A_rise_at_its_slowest_is_news_of_its_slowing(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Energy kept its production guidance, defying expectations that it would idle rigs.", Polarity.Positive)]
    [InlineData("Acme Energy said sales fell, defying predictions that they would rise.", Polarity.Negative)]
    public void What_a_defied_expectation_said_would_happen_did_not(string text, Polarity expected)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(expected, result.Polarity);
        Assert.All(result.Evidence, e => Assert.Equal(expected == Polarity.Positive, e.Contribution > 0));
    }

    [Theory]
    [InlineData("Acme Chemicals reported a net loss of $0.21 a share, well narrower than the $0.58 loss analysts had braced for.")]
    [InlineData("Acme Chemicals lost $18 million in the quarter, far smaller than the $43 million loss a year earlier.")]
    [InlineData("Acme Chemicals lost $18 million in the quarter, sharply down from $43 million a year earlier.")]
    public void A_degree_word_before_a_loss_s_comparison_keeps_it_paired(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Contribution < 0);
    }

    [Theory]
    [InlineData("Apple to hold its annual fall product event on September 9.")]
    [InlineData("Retailers are stocking up for the fall season.")]
    public void The_season_before_what_happens_in_it_is_no_fall(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.Contains("fall", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Acme Energy wins right to appeal some oil spill damages claims")]
    [InlineData("Acme Energy won the right to challenge the $2 billion fraud verdict.")]
    public void What_a_company_wins_the_right_to_appeal_is_the_appeal_s_topic(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.All(result.Evidence, e => Assert.True(e.Contribution > 0, e.Text));
    }

    [Fact]
    public void Guard_a_right_to_appeal_lost_keeps_its_topic()
    {
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Energy lost the right to appeal the fraud verdict.").Polarity);
    }

    [Theory]
    [InlineData("Acme Pharma said its pill worked in a late-stage trial, meeting the study's main goal.", 1)]
    [InlineData("Acme Pharma said its pill missed the trial's primary endpoint.", -1)]
    public void A_phrase_passes_over_an_owner_in_the_possessive(string text, int sign)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(sign, Math.Sign(result.Score));
        Assert.Contains(result.Evidence, e => e.Text.Contains("'s", StringComparison.Ordinal) && Math.Sign(e.Contribution) == sign);
    }

    [Fact]
    public void Guard_a_possessive_that_opens_a_phrase_of_its_own_is_not_passed_over()
    {
        var evidence = Analyzer.Analyze("Acme Pharma met the trial's main goal.").Evidence;

        Assert.Contains(evidence, e => e.Text.StartsWith("met", StringComparison.Ordinal) && e.Contribution > 0);
    }

    [Theory]
    [InlineData("Acme Insurance estimated second-quarter catastrophe losses of $2.1 billion, well below the $2.6 billion some analysts had pencilled in.")]
    [InlineData("Acme Insurance reported catastrophe losses of $800 million, below the $1 billion analysts had expected.")]
    public void A_figure_of_a_bad_quantity_below_what_was_expected_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_figure_of_a_good_quantity_below_what_was_expected_is_a_miss() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Corp reported revenue of $90 billion, well below the $95 billion analysts had expected.").Polarity);

    [Theory]
    [InlineData("Baird said dealer inventories would rise heading into the fall.", "fall (")]
    [InlineData("Demand for heaters will rise through the fall.", "fall (")]
    [InlineData("Retailers worked down inventory they built ahead of its systems upgrade.", "upgrade (")]
    public void The_fall_season_and_a_systems_upgrade_are_no_moves(string text, string word) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Explanation.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Acme Pharma said its experimental pill cut levels of \"bad\" LDL cholesterol by about 58% in a late-stage trial.")]
    [InlineData("Acme Pharma's drug lowered blood pressure by 12 points in a mid-stage study.")]
    public void What_a_treatment_lowers_is_bad_when_up(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_clause_that_opens_with_says_after_a_comma_is_still_the_company_s_own()
    {
        var ticker = Assert.Single(Analyzer.Analyze("Merck sticks with 2025 outlook despite tariff threat, says no dent to results expected").Tickers);

        Assert.Equal(Polarity.Positive, ticker.Polarity);
    }

    [Theory]
    [InlineData("Property and casualty insurers reported results on Tuesday.")]
    [InlineData("Acme Chips extended its gains at the expense of Globex.")]
    public void An_insurer_s_line_and_who_pays_for_a_gain_are_no_bad_news(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution < 0);

    [Theory]
    [InlineData("Acme Chips captured a record share of the server processor market in the quarter.", 1)]
    [InlineData("A large customer would push back orders into next year, Acme Chips said.", -1)]
    public void A_record_share_of_a_market_and_orders_pushed_back_are_news(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Analyzer.Analyze(text).Score));

    [Fact]
    public void Guard_pushing_back_against_something_is_no_delay() =>
        Assert.DoesNotContain(Analyzer.Analyze("The investor pushed back against a newspaper article.").Evidence, e => e.Contribution < 0);

    [Theory]
    [InlineData("Acme Aerospace said delivery delays mount.", -1)]
    [InlineData("Supply problems grew at Acme Aerospace.", -1)]
    [InlineData("Acme Aerospace said supply worries eased.", 1)]
    public void A_bad_thing_in_the_plural_before_a_verb_that_moves_it_is_bad_when_up(string text, int sign)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(sign, Math.Sign(result.Score));
        Assert.All(result.Evidence, e => Assert.Equal(sign, Math.Sign(e.Contribution)));
    }

    [Fact]
    public void Guard_a_verb_of_the_company_before_a_participle_moves_nothing_of_it() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme warns falling demand will hurt sales.").Polarity);

    [Theory]
    [InlineData("Globex pulls buy rating on Acme Aerospace")]
    [InlineData("Globex withdrew its outperform rating on Acme Aerospace.")]
    public void A_good_rating_taken_away_is_a_downgrade(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Walmart shares unmoved by $10 million FTC settlement over money-transfer scams")]
    [InlineData("Walmart unmoved by FTC settlement over scams")]
    public void A_headline_company_whose_shares_did_not_move_held_still(string text) =>
        Assert.Equal(CompanyRules.HeldStill, Assert.Single(Analyzer.Analyze(text).Tickers).Rule);

    [Theory]
    [InlineData("Acme Chemicals agreed to pay $450 million to settle the claims, a sum well below what many investors had feared.", 1)]
    [InlineData("Acme Chemicals took a charge well above what analysts had feared.", -1)]
    public void A_thing_below_what_was_feared_is_a_relief_and_above_it_a_blow(string text, int sign) =>
        Assert.Contains(Analyzer.Analyze(text).Evidence, e => e.Text.Contains("feared", StringComparison.Ordinal) && Math.Sign(e.Contribution) == sign);

    [Fact]
    public void Admitting_no_wrongdoing_is_no_good_news() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme Stores agreed to settle the claims. The company did not admit wrongdoing.").Evidence, e => e.Text.Contains("wrongdoing", StringComparison.Ordinal) && e.Contribution > 0);

    [Theory]
    [InlineData("The decision frees the lender to grow its balance sheet.")]
    [InlineData("The ruling freed the bank to expand its lending.")]
    public void Freeing_someone_to_act_enables_the_act(string text) =>
        Assert.All(Analyzer.Analyze(text).Evidence, e => Assert.True(e.Contribution > 0, e.Explanation));

    [Fact]
    public void Guard_being_freed_from_a_thing_still_denies_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The ruling freed the company from the lawsuit.").Polarity);

    [Theory]
    [InlineData("Globex Securities cuts Acme Corp to equal-weight", -1)]
    [InlineData("Globex Securities lifts Acme Corp to buy", 1)]
    [InlineData("Globex Securities cuts Acme Corp to buy from strong buy", -1)]
    public void A_rating_moved_over_the_name_rated_is_a_downgrade_or_an_upgrade(string text, int sign)
    {
        var evidence = Assert.Single(Analyzer.Analyze(text).Evidence);

        Assert.Equal(sign * 0.5, evidence.BaseValence, 3);
    }

    [Fact]
    public void Guard_a_verb_of_moving_before_a_name_and_to_something_else_is_still_a_move() =>
        Assert.Contains(Analyzer.Analyze("Acme Corp cuts Globex Foods to size.").Evidence, e => e.Explanation.Contains("(down", StringComparison.Ordinal));

    [Theory]
    [InlineData("Acme Corp appoints new chief financial officer, effective Sept. 1")]
    [InlineData("Acme Corp names new chief operating officer in leadership reshuffle")]
    public void A_date_of_effect_and_a_reshuffle_of_leaders_are_no_praise(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.Contains("effective", StringComparison.Ordinal) || e.Text.Contains("leadership", StringComparison.Ordinal));

    [Theory]
    [InlineData("The film opened to $152 million, comfortably ahead of the $120 million projected by industry trackers.", 1)]
    [InlineData("Sales rose 3%, badly short of the 8% analysts had expected.", -1)]
    public void An_adverb_before_ahead_of_or_short_of_a_figure_expected_keeps_the_judgement(string text, int sign)
    {
        var evidence = Assert.Single(Analyzer.Analyze(text).Evidence);

        Assert.Equal(sign * 0.5, evidence.BaseValence, 3);
    }

    [Theory]
    [InlineData("The studio's horror sequel opened on Friday.")]
    [InlineData("Globex halted production of its full-size pickup.")]
    public void A_genre_and_a_kind_of_truck_are_no_sentiment_or_move(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.Contains("horror", StringComparison.Ordinal) || e.Text.Contains("pickup", StringComparison.Ordinal));

    [Theory]
    [InlineData("The animated feature gives the studio a much-needed hit.", Polarity.Positive)]
    [InlineData("The rival film came in a distant second.", Polarity.Negative)]
    public void A_hit_film_and_a_distant_second_place(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The note did little to stem a selloff in the shares.")]
    [InlineData("The statement failed to curb the selloff.")]
    [InlineData("Management's comments failed to quell the selloff.")]
    public void A_remedy_that_did_not_work_leaves_the_bad_thing_bad(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Corp stands by full-year outlook")]
    [InlineData("Globex stood by its annual forecast on Tuesday.")]
    [InlineData("Investors shrugged off the hit.")]
    public void A_forecast_stood_by_and_a_hit_shrugged_off_are_mild_good_news(string text) =>
        Assert.True(Analyzer.Analyze(text).Score > 0);

    [Fact]
    public void Data_that_diverge_in_a_clause_of_cause_leave_each_company_its_own_move()
    {
        var tickers = Analyzer.Analyze("Eli Lilly jumps, Pfizer slips as rival obesity-drug data diverge").Tickers;

        Assert.Equal(Polarity.Positive, tickers.Single(t => t.Symbol == "LLY").Polarity);
        Assert.Equal(Polarity.Negative, tickers.Single(t => t.Symbol == "PFE").Polarity);
    }

    [Theory]
    [InlineData("Gilead agreed to resolve a group of lawsuits over its older HIV drugs.")]
    [InlineData("Acme Corp resolved a number of probes into its accounting.")]
    public void Trouble_settled_after_a_word_of_a_part_or_a_count_is_ended(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution < 0);

    [Fact]
    public void Trouble_not_settled_after_a_word_of_a_count_stays() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Gilead did not settle a group of lawsuits.").Polarity);

    [Theory]
    [InlineData("Sales grew faster than expected.", 1)]
    [InlineData("Costs rose faster than expected.", -1)]
    [InlineData("Globex margins recover faster than feared.", 1)]
    public void A_move_faster_than_expected_is_judged_by_its_pace(string text, int sign)
    {
        var evidence = Assert.Single(Analyzer.Analyze(text).Evidence);

        Assert.Equal(sign * 0.5, evidence.BaseValence, 3);
    }

    [Fact]
    public void The_cause_of_a_move_judged_against_what_was_expected_is_discounted_when_it_opposes_it() =>
        Assert.True(Analyzer.Analyze("Profit fell less than expected after the cyberattack disruption.").Score > 0);

    [Fact]
    public void Investors_reaction_and_the_move_it_sent_the_stock_is_the_markets_verdict()
    {
        var result = Analyzer.Analyze(
            "Microchip Technology will close its wafer fab in Tempe, Arizona, and eliminate about 2,000 jobs, booking charges of up " +
            "to $90 million. Investors cheered the expected savings, sending the stock up 3%.");

        Assert.True(result.Tickers.Single(t => t.Symbol == "MCHP").Score > 0);
    }

    [Fact]
    public void Failing_to_hit_a_companys_target_is_no_blow_denied() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Corp failed to hit Wall Street's sales target for a third quarter.").Polarity);

    [Theory]
    [InlineData("Acme Corp pauses its share buybacks to preserve cash.")]
    [InlineData("Stocks paused their record run on Friday.")]
    public void A_good_thing_paused_is_lost(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_costs_of_a_turnaround_are_costs() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Corp's turnaround costs mount.").Polarity);

    [Theory]
    [InlineData("EU regulators fine Globex Corp over its app store rules.")]
    [InlineData("The watchdog could fine the lender next month.")]
    public void The_verb_fine_after_those_who_impose_fines_is_a_penalty(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_The_adjective_fine_is_no_penalty() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Acme Corp said demand was fine in the quarter.").Polarity);

    [Fact]
    public void Trouble_welcomed_by_investors_is_what_they_welcome() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Shareholders welcomed the job cuts.").Polarity);

    [Fact]
    public void Guard_Trouble_after_a_preposition_is_not_what_is_welcomed() =>
        Assert.Contains(Analyzer.Analyze("Investors welcomed the plan despite the loss.").Evidence, e => e.Contribution < 0);

    [Fact]
    public void Safety_that_failed_is_trouble() =>
        Assert.DoesNotContain(Analyzer.Analyze("The airline faces scrutiny after safety lapses.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void A_move_told_next_naming_no_one_is_the_only_companys_beside_a_person()
    {
        var result = Analyzer.Analyze("Nike named Jane Doe as chief executive. Shares jumped 8% in late trading.");

        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "NKE").Polarity);
    }

    [Fact]
    public void Guard_A_move_told_next_naming_no_one_is_not_given_to_two_companies()
    {
        var result = Analyzer.Analyze("Mondelez approached Hershey about a takeover. Shares jumped 8% in late trading.");

        Assert.All(result.Tickers, t => Assert.NotEqual(Polarity.Positive, t.Polarity));
    }

    [Fact]
    public void Not_every_denies_nothing_either_way() =>
        Assert.DoesNotContain(Analyzer.Analyze("Not every retailer suffered in the quarter.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void Guard_Not_before_a_verb_still_negates_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The retailer did not suffer in the quarter.").Polarity);

    [Fact]
    public void In_advance_is_no_advance() =>
        Assert.Empty(Analyzer.Analyze("The robots are sold on budgets set years in advance.").Evidence);

    [Fact]
    public void A_charge_that_cuts_into_income_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("A one-time charge also cut into the company's net income.").Polarity);

    [Theory]
    [InlineData("Acme Corp raised its forecast for this year's capital expenditures.")]
    [InlineData("Acme Corp lowered its outlook for capital spending.")]
    public void A_forecast_for_spending_is_neither_good_nor_bad(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_A_forecast_for_costs_is_still_read_as_costs() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Corp raised its forecast for operating expenses.").Polarity);

    [Fact]
    public void A_cushion_against_trouble_keeps_it_off() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Its hotels in Las Vegas give it a cushion against Macau softness.").Polarity);

    [Theory]
    [InlineData("Higher fuel prices would wipe about 10 cents a share off its full-year adjusted profit.", Polarity.Negative)]
    [InlineData("The airline shaved costs.", Polarity.Positive)]
    [InlineData("Acme Corp cut $2 billion from its costs.", Polarity.Positive)]
    public void An_amount_taken_off_a_quantity_moves_that_quantity(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Agreeing_to_pay_is_a_cost_in_every_form() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Several lenders agree to pay $1 billion to settle rate-rigging claims").Polarity);

    [Fact]
    public void Trouble_a_hedged_modal_verb_would_lift_is_ended() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("The Fed said it would lift the $1.95 trillion asset cap imposed on the bank in 2018.").Evidence, e => e.Contribution < 0);

    [Fact]
    public void A_stock_that_did_not_move_after_the_story_is_the_markets_verdict_that_the_news_nets_out()
    {
        var result = Analyzer.Analyze(
            "Acme Corp reported a fourth straight decline in sales, though the 2% drop was smaller than the 3.5% slide analysts had " +
            "braced for. The shares were little changed in extended trading.");

        Assert.Equal(Polarity.Neutral, result.Polarity);
    }

    [Fact]
    public void Guard_A_stock_that_did_not_move_weighs_nothing_when_its_sentence_says_more() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Acme Corp cut its outlook and warned of layoffs. Shares were flat after the company warned of more job cuts.").Polarity);

    [Theory]
    [InlineData("The filing showed no material changes to its supply contracts or its expansion timeline.")]
    [InlineData("The board made no change to its generous dividend policy.")]
    public void What_no_change_is_to_stays_as_it_was(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Evidence);

    [Fact]
    public void Guard_A_clause_after_no_change_still_scores() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("There was no change to the plan, but profit growth was strong.").Polarity);

    [Theory]
    [InlineData("Investors in the refiner missed out on the strong rally.")]
    [InlineData("The outage means the refiner will miss out on some of the most profitable months in years.")]
    public void A_good_thing_missed_out_on_is_lost(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Mizuho upgrades Intel on aggressive price cuts")]
    [InlineData("Mizuho raises Intel on aggressive price cuts")]
    public void A_reason_for_a_house_call_that_pulls_the_other_way_weighs_as_a_cause(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Baird returns to the bull camp on the restaurant chain", Polarity.Positive)]
    [InlineData("The chipmaker gains a bear on margin worries", Polarity.Negative)]
    [InlineData("Needham leaves the sidelines on the cloud company", Polarity.Positive)]
    public void An_analyst_who_takes_a_side_is_read_as_a_call(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("JPMorgan likes Bausch Health in premarket analyst action")]
    [InlineData("Citi prefers Visa as spending holds up")]
    public void A_house_that_likes_a_stock_makes_a_call(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_Liking_without_a_house_stays_a_mild_word() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("The chef likes Italian food on weekends").Polarity);

    [Theory]
    [InlineData("Morgan Stanley adds the retailer to its list of favorite stocks")]
    [InlineData("The analyst called the chipmaker one of her top ideas for next year")]
    [InlineData("The broker singles out the crane maker as its preferred stock in the sector")]
    public void A_stock_among_a_house_s_favourites_is_a_call(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The streaming service added the most subscribers ever in the quarter", Polarity.Positive)]
    [InlineData("The planemaker booked the most orders on record last year", Polarity.Positive)]
    [InlineData("The insurer paid out the most claims ever after the storms", Polarity.Negative)]
    public void The_most_of_a_quantity_ever_is_a_record(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The phone maker moved production abroad to dodge the new levy on imported handsets", Polarity.Positive)]
    [InlineData("The retailer dodged the levy by moving production early", Polarity.Positive)]
    [InlineData("The chief executive dodged questions about the accounting probe", Polarity.Negative)]
    public void A_thing_dodged_is_avoided(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_The_car_brand_Dodge_negates_nothing() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Dodge recalls 100,000 trucks over faulty airbags").Polarity);

    [Theory]
    [InlineData("Mall owners' shares face a retail apocalypse", Polarity.Negative)]
    [InlineData("Bond traders are on edge ahead of the jobs report", Polarity.Negative)]
    public void A_collapse_and_nerves_are_bad_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The charges raised fresh questions about the contractor's fixed-price programs")]
    [InlineData("The write-down raised new concerns about its debt")]
    public void A_worry_raised_with_a_word_of_degree_is_raised(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_Raising_new_capital_is_no_worry() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("The startup raised new capital from investors").Polarity);

    [Theory]
    [InlineData("The snack maker lost less money on its bakery unit than analysts had feared", Polarity.Positive)]
    [InlineData("The carrier lost more money in the quarter than analysts had expected", Polarity.Negative)]
    public void Money_lost_is_judged_against_what_was_expected(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The ruling puts an end to the costly legal battle", Polarity.Positive)]
    [InlineData("The strike marked an end to the rally", Polarity.Negative)]
    public void An_end_put_to_a_thing_undoes_it(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Flat_shares_while_investors_weighed_the_news_are_a_verdict_that_it_nets_out() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze(
                "Acme Corp reported a profit that beat estimates. The stock was flat in afternoon trading, as investors weighed a large " +
                "write-down against the strong earnings beat and the upbeat outlook.").Polarity);

    [Fact]
    public void A_temporary_setback_weighs_less_than_the_gain_beside_it() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("The cosmetics maker expects to outperform rivals amid a temporary setback in China").Polarity);

    [Fact]
    public void A_trend_bucked_by_a_fall_is_the_fall() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Defense stocks rallied, but the parts supplier bucked the trend, falling 1.5% in late trading").Polarity);

    [Fact]
    public void Guard_A_trend_bucked_alone_is_still_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The state-owned lender bucked the trend in the quarter").Polarity);

    [Theory]
    [InlineData("The insurer pointed to the loss of a large client and slower renewals.")]
    [InlineData("Revenue missed, citing the loss of a key customer and slower awards from agencies.")]
    public void A_comparative_after_and_describes_the_noun_after_it(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_A_comparative_after_and_still_moves_the_quantity_after_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Margins widened on cheaper freight and higher sales").Polarity);

    [Theory]
    [InlineData("The week's selloff turned out to be a windfall for the exchange operator.", Polarity.Positive)]
    [InlineData("The market rally has been a headache for short sellers.", Polarity.Negative)]
    [InlineData("The worst quarter in a decade proved a boon for the options exchange.", Polarity.Positive)]
    public void A_subject_called_a_boon_or_a_blow_is_the_topic_of_the_verdict(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_Words_that_agree_with_a_verdict_still_count() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Strong sales were a boost for the retailer.").Polarity);

    [Fact]
    public void A_beat_judged_low_quality_is_no_good_news() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Some analysts said the beat was low quality.").Polarity);

    [Theory]
    [InlineData("The paint maker's quarterly profit matched estimates, as higher prices offset weaker volumes in Europe.")]
    [InlineData("Quarterly revenue was in line with forecasts, as stronger service sales offset a dip in equipment orders.")]
    [InlineData("The lender's profit came in line with expectations as a rise in loan income was offset by higher credit provisions.")]
    public void A_result_in_line_because_one_thing_offset_another_nets_out(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_An_offset_without_a_steady_result_still_counts() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The cosmetics maker rallied as strong sales offset worries about China.").Polarity);

    [Theory]
    [InlineData("The chemical maker does not expect the fire at its Baytown, Texas, plant to affect its annual output.")]
    [InlineData("Acme disclosed a subpoena from regulators over its billing. It does not expect the matter to have a material effect on its results.")]
    [InlineData("The stock was unmoved by the weak guidance.")]
    public void A_thing_denied_any_effect_weighs_nothing(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Citi downgraded the lender to neutral, saying the stock's 35% rally left little room for more.", Polarity.Negative)]
    [InlineData("The broker upgraded the retailer to buy from hold after a 40% slide since January.", Polarity.Positive)]
    public void A_run_of_the_stock_behind_a_rating_move_is_its_reason(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Upside_the_price_already_reflects_is_no_good_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Needham downgraded the chipmaker, saying the valuation now reflects most of the upside from memory demand.").Polarity);

    [Fact]
    public void Guard_A_rally_without_a_rating_move_is_still_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The stock's rally continued after strong results.").Polarity);

    [Fact]
    public void The_markets_verdict_outweighs_the_story_it_judges() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze(
                "The chipmaker will close a plant in Oregon and cut 2,000 jobs, booking charges of up to $80 million. " +
                "Investors cheered the expected savings, sending the stock up 4%.").Polarity);

    [Theory]
    [InlineData("The miner kept its dividend despite a slump in copper prices.")]
    [InlineData("The casino operator did not cut its payout despite weaker results in Macau.")]
    [InlineData("The broker kept its forecast for organic growth, even as it flagged softer reinsurance pricing.")]
    public void A_course_kept_despite_trouble_nets_out(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Retailer shares gain as the chain holds its annual forecast despite softer spending")]
    [InlineData("The chipmaker raised its outlook despite weak demand in China.")]
    public void Guard_A_move_or_a_raise_beside_trouble_is_still_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_figure_a_penny_off_the_estimate_weighs_less() =>
        Assert.True(
            Math.Abs(Analyzer.Analyze("Earnings per share were a penny short of forecasts.").Score) <
            Math.Abs(Analyzer.Analyze("Earnings per share were short of forecasts.").Score));

    [Theory]
    [InlineData("The chain's pricing strategy is working, the chief executive said.", Polarity.Positive)]
    [InlineData("The chain's pricing strategy isn't working, analysts say.", Polarity.Negative)]
    public void A_plan_said_to_be_working_or_not_is_good_or_bad_news(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void But_that_means_except_opens_no_contrast() =>
        // Read as a contrast, "but" conceded the whole clause before it and the score stayed near -0.5.
        Assert.True(
            Analyzer.Analyze(
                "Shares of the discount chain slid 9% after it cut its sales forecast, warning that shoppers were pulling back on " +
                "everything but essentials.").Score < -0.7);

    [Fact]
    public void The_companys_own_named_stock_move_is_the_verdict() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze(
                "Oracle said it would book a $300 million impairment on its advertising unit and lay off about 4% of staff. " +
                "Quarterly revenue came in above forecasts. Oracle shares jumped 8% in after-hours trading.").Polarity);

    [Fact]
    public void A_move_of_less_than_one_percent_is_no_verdict() =>
        // Weighed as a verdict, a 0.2% rise outweighed the rest of the story.
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze(
                "Hershey said it will hold an investor day in New York in June. The company will report results on Feb. 4. " +
                "The stock closed up 0.2% at $171.").Polarity);

    [Fact]
    public void Guard_A_rivals_named_move_is_not_the_stories_verdict() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze(
                "Ford cut its annual profit forecast and recalled 200,000 pickups over faulty brakes. " +
                "The automaker also warned of higher warranty costs. General Motors shares rose 2% on the day.").Polarity);

    [Theory]
    [InlineData("Investors are looking past the write-down, analysts said.")]
    [InlineData("The market looked past the recall.")]
    public void News_investors_look_past_weighs_nothing(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void What_a_kept_course_brought_about_after_the_concession_is_the_main_clauses() =>
        // Read as one more item of what was conceded, "easing investor fears" was damped with the trouble.
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("The insurer did not cut its outlook despite heavier storm losses, easing investor fears.").Polarity);

    [Fact]
    public void A_lead_that_ends_on_the_stocks_move_carries_the_verdict() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze(
                "Autodesk beat quarterly profit estimates but issued a sales forecast below expectations, sending its shares down 7%. " +
                "The company earned $2.10 a share, above the $2.02 analysts had expected. Revenue rose 9%. " +
                "It also raised its buyback authorization.").Polarity);

    [Fact]
    public void Guard_A_rivals_move_sent_by_its_own_news_is_not_the_verdict() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze(
                "Ulta Beauty raised its annual forecast after quarterly sales topped estimates. " +
                "The retailer also lifted its buyback. Revenue rose 6%. " +
                "Elsewhere, Bath & Body Works withdrew its guidance, sending its shares down 9%.").Polarity);

    [Fact]
    public void A_rating_cut_after_a_record_run_is_bad_news() =>
        // The run is what the cut answers, not good news of its own.
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Vistra cut to neutral at UBS after record run; shares slip").Polarity);

    [Fact]
    public void The_upgrade_of_a_grid_is_spending_not_a_rating() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("The insurer priced a $1.2 billion stock offering to pay for grid upgrades.").Polarity);

    [Fact]
    public void A_source_of_uncertainty_removed_is_good_news() =>
        Assert.True(Analyzer.Analyze("Analysts said the ruling removed a source of uncertainty for the company.").Score > 0);

    [Fact]
    public void Gains_given_back_are_a_fall() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Bank stocks have given back most of their gains since March.").Polarity);

    [Fact]
    public void May_after_a_possessive_is_the_month_not_a_hedge() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Progressive's May policies in force rose 12%.").Polarity);

    [Fact]
    public void Less_exposure_to_trouble_is_exposure_denied() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Humana, which has far less exposure to the troubled plans, rose 3%.").Polarity);

    [Theory]
    [InlineData("An unauthorized party accessed the insurer's files.")]
    [InlineData("The bank detected an intrusion on its network.")]
    public void Unauthorized_access_and_intrusions_are_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_headline_of_two_companies_opposite_news_is_mixed_overall_and_each_keeps_its_own()
    {
        var result = Analyzer.Analyze("Wingstop slumps as same-store sales stall; Chipotle jumps on new menu");
        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "WING").Polarity);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "CMG").Polarity);
    }

    [Fact]
    public void Guard_A_headline_of_two_companies_same_news_keeps_its_direction() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Ford cuts annual outlook on tariffs; General Motors slides on weak demand").Polarity);

    [Fact]
    public void What_a_recovery_comes_after_is_its_starting_point() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("The paint maker's margins recovered faster than expected after a ransomware disruption.").Polarity);

    [Theory]
    [InlineData("Expedia fails to reassure investors despite higher bookings")]
    [InlineData("The cruise operator's record quarter failed to win over investors.")]
    public void News_that_fails_to_win_over_or_reassure_investors_is_bad_news(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_turn_to_the_lead_companys_share_move_is_the_markets_verdict() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze(
                "Wyndham beat estimates for quarterly profit on Tuesday, helped by lower costs, but its shares fell 4% after the company " +
                "trimmed its annual forecast. The company said its pipeline remained on track and it still expected to return cash to " +
                "shareholders through buybacks.").Polarity);

    [Fact]
    public void A_new_subject_after_and_owns_the_verb_that_ends_it() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Hotel demand cools and international inbound travel slows.").Polarity);

    [Theory]
    [InlineData("Record quarterly revenue fails to impress investors.")]
    [InlineData("Strong holiday sales disappoint investors.")]
    [InlineData("Higher bookings underwhelm investors.")]
    public void Good_news_that_fails_to_please_is_the_letdown(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_bad_news_that_fails_to_reassure_keeps_its_weight() =>
        Assert.True(Analyzer.Analyze("A weak outlook fails to reassure investors.").Score < Analyzer.Analyze("The update fails to reassure investors.").Score);

    [Theory]
    [InlineData("Hilton raised its annual forecast and its shares jumped 6%. Rival Hyatt Hotels, which has struggled with weak leisure demand, was little changed.", "H")]
    [InlineData("Airline stocks slumped as oil prices jumped, while hotel operators held up better, with Hilton Worldwide essentially flat.", "HLT")]
    public void A_company_whose_stock_stood_still_past_an_aside_is_neutral(string text, string symbol) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void Guard_a_standstill_that_goes_on_to_other_things_is_no_verdict() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Hyatt Hotels, which has struggled with weak leisure demand, was flat to down in revenue as bookings slumped.")
                .Tickers.Single(t => t.Symbol == "H").Polarity);

    [Theory]
    [InlineData("Expedia agreed to pay $90 million to settle a class-action lawsuit over hotel booking fees, according to a court filing. The company did not admit wrongdoing. Despite the headline cost, the stock rose 4% as analysts called the payment manageable.")]
    [InlineData("Expedia agreed to pay $90 million to settle a class-action lawsuit over hotel booking fees. Still, the shares rose 3% in afternoon trading.")]
    public void A_share_move_after_an_opening_concession_is_the_markets_verdict(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Record_before_its_objects_determiner_is_the_verb_not_a_degree()
    {
        var charge = Analyzer.Analyze("Air Products will exit several hydrogen projects and record a pretax charge of about $3 billion.")
            .Evidence.Single(e => e.Explanation.StartsWith("charge", StringComparison.Ordinal));

        Assert.DoesNotContain("'record'", charge.Explanation, StringComparison.Ordinal);
        Assert.Equal(-0.4, charge.Contribution, 3);
    }

    [Fact]
    public void A_share_move_after_and_that_ends_the_sentence_is_the_markets_verdict()
    {
        var result = Analyzer.Analyze(
            "United Parcel Service said it would close 12 sorting buildings and cut 4,000 jobs. The shipper said the steps would save " +
            "about $1 billion a year, and its shares rose 3% in premarket trading.");

        Assert.Equal(4.0, result.Sentences[1].Weight);
    }

    [Theory]
    [InlineData("The retailer does not see the membership fee hike denting renewals, its chief executive said.")]
    [InlineData("The broker does not expect further cash sweep outflows this year.")]
    public void A_setback_not_seen_or_not_expected_is_denied(string text) =>
        Assert.True(Analyzer.Analyze(text).Score > 0);

    [Theory]
    [InlineData("Revenue missed analysts' expectations.", Polarity.Negative)]
    [InlineData("Quarterly profit beat analysts’ expectations.", Polarity.Positive)]
    [InlineData("Payments volume growth failed to meet analysts' estimates.", Polarity.Negative)]
    [InlineData("The card issuer beat investors' forecasts.", Polarity.Positive)]
    public void A_result_measured_against_analysts_expectations_is_news_not_a_yardstick(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_the_move_analysts_had_expected_is_still_a_yardstick() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Sales fell less than analysts had expected.").Polarity);

    [Theory]
    [InlineData("The steps will save about $1 billion a year.")]
    [InlineData("The shipper expects $400 million in savings from the plan.")]
    public void Money_a_plan_will_save_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Supply constraints on its newest processors were easing faster than expected.", Polarity.Positive)]
    [InlineData("The chip shortage eased faster than expected.", Polarity.Positive)]
    [InlineData("The rally faded faster than expected.", Polarity.Negative)]
    public void A_bad_thing_that_eases_faster_than_expected_is_good_news(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Settled_after_a_perfect_auxiliary_is_the_verb_that_ends_the_trouble() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Biogen said it had settled patent litigation with two generic drugmakers.").Polarity);

    [Fact]
    public void Shares_of_the_described_company_moving_is_the_markets_verdict() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze(
                "Fleetcor agreed to pay $35 million to settle a lawsuit over fees, without admitting wrongdoing. Shares of the " +
                "Atlanta-based payments company rose 2% as investors welcomed the news.").Polarity);

    [Theory]
    [InlineData("S&P Dow Jones Indices said Globex will move from the S&P SmallCap 600 to the S&P MidCap 400 in its rebalance.")]
    public void Numbers_of_index_names_are_no_levels_then_and_now(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_count_that_went_from_one_level_to_another_is_still_compared() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Net sales rose from 120 million to 150 million.").Polarity);

    [Fact]
    public void A_new_contract_signed_is_one_too() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme signed a new contract with the Navy.").Polarity);

    [Theory]
    [InlineData("The company guided first-quarter operating expenses well above expectations.", Polarity.Negative)]
    [InlineData("Catastrophe losses came in slightly below estimates.", Polarity.Positive)]
    public void A_bad_quantity_far_from_what_was_expected_is_judged_past_the_word_of_degree(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Growth in its license-based products could slow in the second half.")]
    [InlineData("Growth in subscriptions is expected to slow.")]
    public void Growth_in_a_thing_that_may_slow_is_no_growth(string text) =>
        Assert.True(Analyzer.Analyze(text).Score < 0);

    [Fact]
    public void A_pause_in_deliveries_is_a_fall_in_them() =>
        Assert.Contains(
            Analyzer.Analyze("Fuselage defects forced a fresh pause in 737 deliveries.").Evidence,
            e => e.Explanation.Contains("pause in (down", StringComparison.Ordinal));

    [Fact]
    public void Guard_a_pause_in_rate_hikes_keeps_its_own_phrase() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The Fed signalled a pause in rate hikes.").Polarity);

    [Fact]
    public void A_denied_material_impact_stops_at_a_clause_a_conjunction_opens()
    {
        var result = Analyzer.Analyze(
            "The refiner did not expect the issue to have a material financial impact, though analysts said the recall could hurt sales.");

        var reassurance = result.Evidence.Single(e => e.Explanation.StartsWith("not expect", StringComparison.Ordinal));
        Assert.DoesNotContain("though", reassurance.Explanation, StringComparison.Ordinal);
        Assert.Contains(result.Evidence, e => e.Contribution < 0);
    }

    [Fact]
    public void A_sentence_with_however_set_off_by_commas_is_all_the_point()
    {
        var result = Analyzer.Analyze(
            "Globex agreed to buy Initech at a 28% premium. Globex shares fell 5%, however, as some investors questioned the price.");

        Assert.DoesNotContain(result.Evidence, e => e.Explanation.Contains("conceded clause", StringComparison.Ordinal) && e.Contribution < 0);
        Assert.Equal(Polarity.Negative, result.Polarity);
    }

    [Theory]
    [InlineData("The deal still requires regulatory approval and a vote by shareholders.")]
    [InlineData("The merger is pending regulatory approval.")]
    public void An_approval_still_required_is_none_won(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Explanation.Contains("approval", StringComparison.Ordinal));

    [Theory]
    [InlineData("Whoever keeps buying this up here... the cash burn is brutal.", Polarity.Negative)]
    [InlineData("The side effect profile looked way cleaner than expected.", Polarity.Positive)]
    [InlineData("Globex said the contract began contributing to revenue in the quarter.", Polarity.Positive)]
    public void Plain_words_of_a_showing_and_of_a_contract_paying_off_score(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Meh_is_a_poor_showing() => Assert.True(Analyzer.Analyze("Quarterly results were meh.").Score < 0);

    [Fact]
    public void Up_here_is_a_price_not_a_move() =>
        Assert.DoesNotContain(Analyzer.Analyze("Still buying more up here.").Evidence, e => e.Explanation.StartsWith("up (up", StringComparison.Ordinal));

    [Fact]
    public void A_headline_of_mixed_news_ending_on_shares_that_stood_still_nets_out()
    {
        var result = Analyzer.Analyze("Netflix subscriber growth slows but price increases widen margins; shares little changed");

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.Equal(Polarity.Neutral, result.Tickers.Single(t => t.Symbol == "NFLX").Polarity);
    }

    [Fact]
    public void Guard_a_headline_of_one_sided_news_ending_on_flat_shares_keeps_its_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Ashoka Buildcon's net profit slips; stock flat").Polarity);

    [Theory]
    [InlineData("Nvidia, Broadcom lead S&P 500 gainers as chip stocks extend their run", Polarity.Positive)]
    [InlineData("Globex was among the Nasdaq's biggest decliners.", Polarity.Negative)]
    [InlineData("Regulators ordered fresh inspections of the carrier's fleet.", Polarity.Negative)]
    [InlineData("The changes are meant to save about $500 million a year.", Polarity.Positive)]
    public void Index_movers_ordered_inspections_and_savings_of_an_amount_score(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_sector_s_movers_list_is_left_to_the_rest_of_the_text() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Capstone Turbine leads industrial gainers; Tutor Perini and Briggs & Stratton among losers").Polarity);

    [Fact]
    public void A_regulator_s_safety_review_is_trouble_and_its_committee_no_good_news()
    {
        var result = Analyzer.Analyze("The agency's safety committee has opened a review of reports of a rare disorder in patients who received the vaccine.");

        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Contribution > 0);
    }

    [Fact]
    public void A_writer_curious_how_a_thing_turned_out_asks() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("No position, just curious how refining margins held up this quarter.").Polarity);

    [Fact]
    public void A_real_profit_turned_is_a_profit_turned() =>
        Assert.Contains(Analyzer.Analyze("Streaming finally turned a real profit.").Evidence, e => e.Explanation.StartsWith("turned a real profit", StringComparison.Ordinal));

    [Fact]
    public void A_post_with_a_full_stop_inside_is_no_headline_and_its_company_takes_all_of_it() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("$DIS parks were weak but streaming finally turned a profit. not mad at this one").Tickers.Single(t => t.Symbol == "DIS").Polarity);

    [Fact]
    public void A_company_replaced_in_an_index_because_it_is_being_bought_is_not_pushed_out() =>
        Assert.NotEqual(
            CompanyRules.Displaced,
            Analyzer.Analyze("Pure Storage will join the S&P 500 on March 23, replacing Hologic, whose take-private deal is expected to close that week.")
                .Tickers.Single(t => t.Symbol == "HOLX").Rule);

    [Fact]
    public void Guard_a_company_replaced_in_an_index_is_still_displaced() =>
        Assert.Equal(
            CompanyRules.Displaced,
            Analyzer.Analyze("Nvidia will replace Intel in the Dow Jones Industrial Average next week.").Tickers.Single(t => t.Symbol == "INTC").Rule);

    [Fact]
    public void A_pair_trade_says_nothing_of_the_market_as_a_whole()
    {
        var result = Analyzer.Analyze("Long $COST, short $TGT. one has members lining up out the door, the other has empty aisles and a shrink problem");

        Assert.Equal(Polarity.Neutral, result.Polarity);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "COST").Polarity);
        Assert.Equal(Polarity.Negative, result.Tickers.Single(t => t.Symbol == "TGT").Polarity);
    }

    [Theory]
    [InlineData("Its electric-vehicle unit turned a gross profit for the first time.")]
    [InlineData("The retailer expects to turn a net profit next year.")]
    public void A_gross_or_net_profit_turned_is_a_profit_turned(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Labor costs would run above plan.", Polarity.Negative)]
    [InlineData("Costs were well above guidance.", Polarity.Negative)]
    public void A_thing_judged_against_plan_or_guidance_is_judged_by_its_kind(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_good_thing_above_plan_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Sales came in above plan.").Polarity);

    [Fact]
    public void A_phrase_that_runs_on_into_a_place_s_name_is_no_phrase() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Firefighters gained control of a wildfire in the Black Hills of South Dakota.").Evidence,
            e => e.Explanation.StartsWith("in the Black", StringComparison.Ordinal));

    [Fact]
    public void Guard_a_phrase_ending_on_its_own_capital_stays() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme beat the Street on revenue.").Polarity);

    [Theory]
    [InlineData("A judge dismissed a lawsuit against Acme Holdings that accused the company of misleading investors.")]
    [InlineData("A federal judge dismissed a class action that had alleged fraud in its lending unit.")]
    public void What_a_dismissed_suit_claimed_in_a_relative_clause_falls_with_it(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_settled_suit_s_claims_stay() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme settled a lawsuit that accused it of overcharging patients.").Evidence,
            e => e.Explanation.Contains("overcharging", StringComparison.Ordinal) && e.Contribution > 0);

    [Theory]
    [InlineData("The bank expects charge-offs to stay at or below its guidance.", Polarity.Positive)]
    [InlineData("Costs stayed below plan.", Polarity.Positive)]
    [InlineData("Costs remained above expectations.", Polarity.Negative)]
    public void A_bad_thing_that_stays_below_what_was_expected_is_a_relief(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Dow closes at record high and Treasury yields ease")]
    [InlineData("Stocks end at a record high and oil prices ease.")]
    public void A_move_after_and_a_subject_of_its_own_ends_no_state_before_it(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_state_that_is_its_clause_s_subject_still_fades() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The rally faded.").Polarity);

    [Theory]
    [InlineData("The ruling eased the threat of fines for carmakers.", Polarity.Positive)]
    [InlineData("The agreement lowers the threat of a strike at its plants.", Polarity.Positive)]
    public void A_threat_moves_as_a_quantity(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_rising_threat_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Rising threats from cheaper rivals weigh on the outlook.").Polarity);

    [Fact]
    public void Shares_that_swing_between_gains_and_losses_go_nowhere() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme shares swung between gains and losses in early trading.").Polarity);

    [Fact]
    public void A_breakdown_of_figures_is_no_failure() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Executives gave a line-by-line breakdown of the company's tariff exposure.").Evidence,
            e => e.Explanation.StartsWith("breakdown", StringComparison.Ordinal));

    [Fact]
    public void Credit_harder_to_come_by_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Small businesses are finding credit harder to come by.").Polarity);

    [Fact]
    public void What_a_yes_or_no_question_is_asked_after_has_happened() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Is Acme's dividend still safe after a second profit warning in six months?").Polarity);

    [Fact]
    public void Guard_a_question_of_how_a_figure_compares_after_a_move_stays_asked() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("How Does Acme's P/E Compare To Its Industry, After The Share Price Drop?").Polarity);

    [Fact]
    public void A_level_above_target_is_no_move_of_a_price_target() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("The Fed held rates steady and said inflation was still running above target.").Evidence,
            e => e.Explanation.StartsWith("target", StringComparison.Ordinal));

    [Theory]
    [InlineData("Acme drops pursuit of Globex after a rival tops its offer")]
    [InlineData("Acme dropped its bid for Globex on Tuesday.")]
    public void A_bidder_that_drops_its_pursuit_does_not_fall(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Explanation.Contains("(down", StringComparison.Ordinal));

    [Fact]
    public void Brands_named_after_the_maker_of_are_its_products_not_rivals()
    {
        const string text = "Acme Corp. said it will cut 7% of its workforce and close two plants as part of a restructuring. The maker of " +
            "Zapix markers and Blorb containers reaffirmed its forecast. Investors cheered the cost push, sending the shares up 6%.";

        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text, [new SentimentTarget("Acme")]).Targets[0].Polarity);
    }

    [Theory]
    [InlineData("The court struck down the cap on late fees, a setback for the agency.")]
    [InlineData("The ruling is a blow to antitrust enforcers.")]
    public void A_setback_for_a_regulator_is_no_company_s_bad_news(string text) =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_town_and_its_state_are_a_place_not_a_rival_company() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Canadian Solar said production at its Mesquite, Texas, module plant was halted on Wednesday.")
                .Tickers.Single(t => t.Symbol == "CSIQ").Polarity);

    [Fact]
    public void A_forecast_revised_down_from_an_earlier_one_is_a_cut_whatever_growth_it_names() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("The company now expects revenue to grow about 13%, down from its earlier forecast of 14%.").Polarity);

    [Fact]
    public void Guard_a_move_compared_with_a_year_earlier_keeps_both_moves() =>
        Assert.Equal(2, Analyzer.Analyze("Revenue rose 5%, down from 8% a year earlier.").Evidence.Count);

    [Theory]
    [InlineData("Acme signed a two-year maintenance contract for the escalators.")]
    [InlineData("Acme signed a supply contract with a Nordic retailer.")]
    public void A_kind_of_contract_before_the_word_is_passed_over(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_pound_sign_misdecoded_from_utf8_still_reads_as_an_amount() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Carl Icahn has taken a \u00C2\u00A340m stake in Kroger.").Tickers.Single(t => t.Symbol == "KR").Polarity);

    [Theory]
    [InlineData("Pershing Square builds Hilton stake, dumps Chipotle", "HLT")]
    [InlineData("AbbVie agrees to buy Ionis for $12 billion, but AbbVie shares fall 4%", "IONS")]
    public void A_purchase_lifts_the_company_bought_when_the_bad_news_is_another_s(string text, string symbol) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("General Dynamics shares fall despite Gulfstream beat and dividend increase")]
    [InlineData("Alphabet shares slip despite YouTube ad beat and new buyback")]
    public void A_brand_of_the_company_after_despite_is_conceded_news_not_another_company_s(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single().Polarity);

    [Fact]
    public void A_catalyst_is_an_event_to_come_not_good_news() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Analysts see the trial readout as the main catalyst for the shares this year.").Polarity);

    [Theory]
    [InlineData("Tenable said bookings for its vulnerability management suite rose 15%.")]
    [InlineData("Acme sells breach and attack simulation software.")]
    public void What_a_security_vendor_sells_is_no_harm(string text) =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Nike's sales in China blow past forecasts")]
    [InlineData("Deere is cruising past consensus this year.")]
    public void Every_form_of_speeding_past_what_was_expected_is_a_beat(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_figures_after_a_raised_price_target_are_the_target_s_not_an_earlier_quantity_s() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("The broker noted the company's operating costs and raised its price target to $170 from $135.").Polarity);

    [Fact]
    public void A_superlative_before_a_quantity_nothing_moves_is_its_rank_not_a_degree_of_later_news() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("The analyst cited usage among its largest customers and raising the price target to $170 from $135.").Evidence,
            e => e.Explanation.Contains("'largest'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The SEC proposed extending its cyber incident disclosure rules to cloud providers.")]
    [InlineData("Congress passed a federal breach notification law.")]
    public void A_rule_of_reporting_harm_is_no_harm(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Nucor buys ferrous scrap from dealers across the Midwest.")]
    [InlineData("Steel Dynamics melts shredded scrap and pig iron at its mills.")]
    public void Scrap_as_a_commodity_is_no_plan_scrapped(string text) =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_result_ahead_of_the_company_s_own_plan_is_judged_with_its_determiner() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Orders ran well ahead of its internal plan.").Polarity);

    [Fact]
    public void A_hedge_ends_at_a_comma_and_a_new_clause() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme detailed the plan, and shares rose 3%.").Evidence,
            e => e.Explanation.Contains("hedged", StringComparison.Ordinal));

    [Theory]
    [InlineData("Whirlpool passed higher steel costs through to retailers.")]
    [InlineData("Delta will pass on lower jet fuel costs to travellers.")]
    [InlineData("The carmakers are passing rising battery costs on to buyers.")]
    public void A_move_of_a_cost_passed_on_to_customers_is_theirs(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Orders were helped by demand for smaller homes.", Polarity.Positive)]
    [InlineData("Dealers reported appetite for smaller SUVs.", Polarity.Neutral)]
    public void A_comparative_after_demand_for_describes_what_is_wanted(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_premium_the_buyer_pays_is_no_good_news_for_the_buyer() =>
        Assert.NotEqual(
            Polarity.Positive,
            Analyzer.Analyze("Juniper shares jumped 20% after Hewlett Packard Enterprise agreed to buy the network-gear maker for $40 a share, a 32% premium to its last close.")
                .Tickers.Single(t => t.Symbol == "HPE").Polarity);

    [Fact]
    public void An_agreement_to_pay_for_rights_is_a_purchase_not_a_settlement() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Merck agreed to pay Moderna $250 million upfront for rights to the vaccine.").Polarity);

    [Fact]
    public void Guard_an_agreement_to_pay_to_settle_claims_stays_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Merck agreed to pay $250 million to settle the claims.").Polarity);

    [Fact]
    public void Money_withdrawn_from_a_manager_is_that_manager_s_bad_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("BlackRock slipped after pension clients withdrew $4 billion in assets from Invesco.")
                .Tickers.Single(t => t.Symbol == "IVZ").Polarity);

    [Theory]
    [InlineData(" ...")]
    [InlineData("…")]
    public void A_headline_cut_short_by_an_ellipsis_is_still_a_headline(string ellipsis)
    {
        const string Headline = "Kroger director departs as management cull deepens";
        Assert.Equal(
            Analyzer.Analyze(Headline).Tickers.Single().Score,
            Analyzer.Analyze(Headline + ellipsis).Tickers.Single().Score);
    }

    [Fact]
    public void Guard_a_sentence_ended_by_a_full_stop_is_prose_not_a_headline() =>
        Assert.NotEqual(
            Analyzer.Analyze("Kroger director departs as management cull deepens").Tickers.Single().Score,
            Analyzer.Analyze("Kroger director departs as management cull deepens.").Tickers.Single().Score);

    [Fact]
    public void Clients_who_pull_money_out_of_a_manager_are_its_bad_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Franklin Resources said clients pulled a net $7 billion from its funds in the quarter.").Polarity);

    [Fact]
    public void A_plan_as_a_thing_hedges_nothing() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Centene's regional plan was not selected and will wind down next summer.").Evidence,
            e => e.Explanation.Contains("hedged", StringComparison.Ordinal));

    [Fact]
    public void Guard_a_plan_to_act_still_hedges() =>
        Assert.Contains(
            Analyzer.Analyze("Acme unveiled a plan to cut 500 jobs.").Evidence,
            e => e.Explanation.Contains("hedged by 'plan", StringComparison.Ordinal));

    [Fact]
    public void An_advance_notice_is_early_not_a_gain() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Insurers await the advance notice of 2027 rates.").Polarity);

    [Theory]
    [InlineData("Analysts say the breakup won't fix shrinking margins.", Polarity.Negative)]
    [InlineData("The new plant should solve the supply shortages.", Polarity.Positive)]
    public void A_remedy_ends_the_trouble_after_it_and_its_denial_keeps_it(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void The_stars_aligning_is_conditions_falling_into_place() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Bankers say the stars have aligned for a wave of regional bank mergers.").Polarity);

    [Theory]
    [InlineData("A parts shortage slowed its production lines in March.")]
    [InlineData("The outage at the refinery slowed the company's shipments.")]
    public void A_bad_thing_that_slows_an_object_is_not_ended(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_bad_thing_that_slows_on_its_own_is_ending() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The decline in orders slowed in March.").Polarity);

    [Fact]
    public void What_was_expected_after_than_hedges_nothing() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme shipped fewer engines than expected after a strike at its plant.").Evidence,
            e => e.Explanation.Contains("hedged", StringComparison.Ordinal));

    [Fact]
    public void A_noun_of_a_kind_after_a_word_of_its_trade_refers_back() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Chipotle reported strong traffic. Wendy's had a harder quarter. The burger chain said same-store sales fell 3%.")
                .Tickers.Single(t => t.Symbol == "WEN").Polarity);

    [Theory]
    [InlineData("JPMorgan posted record profit. The central bank said inflation fell sharply.")]
    [InlineData("JPMorgan posted record profit. The rival lender said its profit fell sharply.")]
    public void Guard_a_modifier_that_makes_another_institution_refers_to_none(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "JPM").Polarity);

    [Fact]
    public void A_premium_paid_in_a_buyers_shares_is_not_the_buyers_gain() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze("Hess holders will receive 1.025 Chevron shares for each share they own, a 10% premium to Friday's close.")
                .Tickers.Single(t => t.Symbol == "CVX").Polarity);

    [Theory]
    [InlineData("Acme will join the index effective before the open on Friday.")]
    [InlineData("The new fee schedule takes hold effective Monday.")]
    public void A_changes_effective_date_is_no_praise(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.StartsWith("effective", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_verb_that_moves_a_quantity_after_it_ends_no_state_before_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The partnership eases funding worries for the lender.").Polarity);

    [Fact]
    public void The_removal_of_a_bad_thing_turns_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Carriers welcomed the removal of the strike threat.").Polarity);

    [Theory]
    [InlineData("The absence of a buyback hit the shares.")]
    [InlineData("The lack of new orders hit the shares.")]
    public void A_nouns_negation_stops_before_the_verb_after_it(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Its_at_a_sentence_start_keeps_its_clause_before_another_company_named_later() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Target, by contrast, cut its forecast. Its shares sank 8%, while Costco gained 2%.")
                .Tickers.Single(t => t.Symbol == "COST").Polarity);

    [Theory]
    [InlineData("Storm claims for the period would be roughly $450 million, below analysts' estimates.")]
    [InlineData("The insurer said storm claims would be below estimates.")]
    public void A_bad_quantity_that_came_to_a_figure_below_estimates_is_a_relief(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The insurer expects the storm to fall within its quarterly catastrophe budget.")]
    [InlineData("Hail and high winds swept across Kansas overnight.")]
    public void A_result_within_budget_and_hail_as_weather_score_nothing(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Evidence);

    [Fact]
    public void A_change_of_leaders_is_no_trouble_in_itself() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Hilton names a new head of its Americas unit in an executive shake-up.").Polarity);

    [Fact]
    public void Workers_who_walk_off_the_job_are_a_strike() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Nurses at the hospital chain walked off the job on Monday.").Polarity);

    [Theory]
    [InlineData("The console sold 2 million units in its first week. That was ahead of the 1.5 million analysts had forecast.", Polarity.Positive)]
    [InlineData("The carmaker delivered 90,000 vehicles. That was short of the 110,000 analysts had expected.", Polarity.Negative)]
    public void A_result_taken_up_by_a_pronoun_is_judged_against_what_was_expected(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("The retailer earned 4 cents a share, beating analyst expectations for a small loss.", Polarity.Positive)]
    [InlineData("The chipmaker missed estimates of a 12% rise in revenue.", Polarity.Negative)]
    public void What_a_beat_or_a_miss_says_was_expected_is_its_yardstick(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_forecast_cut_for_a_thing_is_no_yardstick() =>
        Assert.Contains(
            Analyzer.Analyze("The bank cut its forecasts for growth and raised its outlook for inflation.").Evidence,
            e => e.Text.Contains("raised", StringComparison.Ordinal));

    [Fact]
    public void A_place_before_based_or_listed_is_no_other_company() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Waste Connections agreed to sell a unit. The company said it would buy back shares. Its Toronto-listed shares jumped 9%.")
                .Tickers.Single(t => t.Symbol == "WCN").Polarity);

    [Fact]
    public void A_rivals_share_move_is_not_the_verdict_on_a_story_about_one_company()
    {
        var result = Analyzer.Analyze(
            "Talos Energy sinks 11% after buying deepwater fields.\nTalos Energy agreed to buy fields from ConocoPhillips, doubling its debt. " +
            "Brokers downgraded the stock. For ConocoPhillips, the sale beats its divestment target. Its shares rose 1%.");
        Assert.Equal(1.0, result.Sentences[^1].Weight);
    }

    [Fact]
    public void Guard_a_story_that_opens_on_two_companies_keeps_both_moves_as_verdicts()
    {
        var result = Analyzer.Analyze(
            "Palo Alto Networks shines as Fortinet stumbles.\nPalo Alto Networks raised its forecast. Its shares rose 7%. " +
            "Fortinet cut its billings guidance. Its shares fell 10%.");
        Assert.Equal(4.0, result.Sentences[^1].Weight);
    }

    [Fact]
    public void A_short_name_in_capitals_names_its_company_again_even_when_another_company_trades_under_it()
    {
        var result = Analyzer.Analyze("LPL Financial posts a record recruiting month.\nLPL shares rose 3%, while Stifel slipped 1%.");
        Assert.Equal(2, result.Tickers.Single(t => t.Symbol == "LPLA").Mentions.Count);
        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "LPL");
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "LPLA").Polarity);
    }

    [Fact]
    public void Guard_a_common_acronym_is_no_short_name() =>
        Assert.Single(Analyzer.Analyze("USA Compression Partners raised its distribution. Demand in the USA stayed firm.")
            .Tickers.Single(t => t.Symbol == "USAC").Mentions);

    [Theory]
    [InlineData("The drug slowed disability progression in a mid-stage trial.")]
    [InlineData("The drug cut cardiovascular deaths by 28% versus placebo.")]
    public void Slowing_a_disease_or_cutting_its_deaths_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Neither_admitting_nor_denying_findings_says_nothing() =>
        Assert.Empty(Analyzer.Analyze("The company neither admitted nor denied the findings.").Evidence);

    [Fact]
    public void A_word_in_capitals_right_after_a_number_is_its_unit_not_a_company() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Patterson-UTI unveiled a fleet of 5,000 HP electric frac pumps.").Tickers, t => t.Symbol == "HPQ");

    [Fact]
    public void Guard_the_company_in_capitals_still_resolves() =>
        Assert.Contains(Analyzer.Analyze("HP shares fell 4% after the PC maker cut its outlook.").Tickers, t => t.Symbol == "HPQ");

    [Fact]
    public void A_noun_of_a_kind_does_not_go_back_to_the_house_that_rates_a_stock() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Stifel upgraded C.H. Robinson to buy from hold, arguing that the broker's cost cuts will widen margins.").Tickers,
            t => t.Symbol == "SF");

    [Fact]
    public void A_charge_to_be_recorded_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The carrier said it would record a charge in the third quarter.").Polarity);

    [Theory]
    [InlineData("The company warned that advertising growth would slow.")]
    [InlineData("The company warned that growth would slow in the back half.")]
    public void A_warning_that_growth_will_slow_is_no_end_of_the_warning(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Investors_left_unconvinced_is_a_doubt() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Investors were unconvinced.").Polarity);

    [Theory]
    [InlineData("The new chief operating officer succeeds a company veteran who is retiring.")]
    [InlineData("Jane Doe, who succeeds the retiring finance chief, starts in March.")]
    public void Succeeding_someone_in_a_post_is_no_success(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_company_named_after_noted_that_is_what_was_said_not_who_said_it() =>
        Assert.Contains(
            Analyzer.Analyze("Some analysts noted that Palo Alto Networks and Cisco could pick up business.").Tickers, t => t.Symbol == "PANW");

    [Fact]
    public void Guard_a_house_after_noted_is_still_the_messenger() =>
        Assert.DoesNotContain(Analyzer.Analyze("The rally was broad, noted Citi analysts.").Tickers, t => t.Symbol == "C");

    [Fact]
    public void A_company_after_an_opening_clause_that_says_its_own_news_is_no_source() =>
        Assert.Contains(
            Analyzer.Analyze("Despite a rise in revenue, Stitch Fix said its client count fell. The service trimmed its outlook.").Tickers,
            t => t.Symbol == "SFIX" && t.Polarity == Polarity.Negative);

    [Fact]
    public void Guard_a_house_credited_after_a_comma_is_still_a_source() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Demand for widgets will slow next year, Goldman Sachs said. Acme cut its outlook on Tuesday.").Tickers,
            t => t.Symbol == "GS");

    [Theory]
    [InlineData("Catastrophe losses from spring storms would reduce its second-quarter net income by about $180 million.")]
    [InlineData("Catastrophe losses reduced the insurer's quarterly profit.")]
    [InlineData("Higher funding costs lowered its net interest income.")]
    public void What_a_bad_quantity_reduces_is_what_fell(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_reduced_cost_is_still_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The chipmaker reduced its operating costs by 12%.").Polarity);

    [Fact]
    public void Yet_after_without_is_no_contrast() =>
        Assert.Contains(
            Analyzer.Analyze("Management said bookings had stabilized without yet improving.").Evidence,
            e => e.Text.EndsWith("improving", StringComparison.Ordinal) && e.Contribution < 0);

    [Fact]
    public void A_next_generation_product_is_no_news_in_itself() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("The company is ramping its next-generation platform.").Polarity);

    [Theory]
    [InlineData("Spire, by contrast, beat estimates despite weaker volumes.")]
    [InlineData("Spire, however, beat estimates despite weaker volumes.")]
    [InlineData("Volumes slipped, but Spire beat estimates despite the warm weather.")]
    public void A_subordinate_clause_after_a_contrast_adverb_is_still_conceded(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Commerce Department widens curbs on advanced AI chip exports.")]
    [InlineData("The agency expands its restrictions on chip exports.")]
    public void A_bad_thing_widened_is_no_rise(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_outpacing_a_bad_thing_still_compares() =>
        Assert.Contains(Analyzer.Analyze("New highs (116) outpacing new lows (12).").Evidence, e => e.Text == "outpacing");

    [Fact]
    public void Customer_inquiries_are_no_probe() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("The company uses automated agents to handle routine customer inquiries.").Polarity);

    [Fact]
    public void Leaving_to_pursue_another_opportunity_is_no_opportunity_of_the_company() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Its finance chief will leave at the end of the year to pursue another opportunity.").Evidence,
            e => e.Contribution > 0);

    [Fact]
    public void What_a_company_would_cushion_is_softened() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Its recurring payroll fees would cushion a slowdown.").Polarity);

    [Fact]
    public void Guard_a_cushion_of_cash_negates_nothing() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("A cushion of cash did not stop the slump.").Polarity);

    [Fact]
    public void An_inspection_tool_that_spots_defects_has_none() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("The new inspection system can spot defects on advanced packaging substrates.").Evidence, e => e.Contribution < 0);

    [Theory]
    [InlineData("Investors worry that easing rates could slow the broker's growth.")]
    [InlineData("Bank profits fell as rising rates squeezed borrowers.")]
    [InlineData("The plant reopened on Monday, though higher wages will trim margins.")]
    public void A_move_word_after_a_clause_opener_describes_the_next_subject(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution > 0);

    [Fact]
    public void Vacancies_are_bad_when_up() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Office vacancies hit a record as tenants shrink their footprints.").Polarity);

    [Fact]
    public void Guard_job_vacancies_are_no_landlord_figure() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Job vacancies rose to 7.2 million in March.").Polarity);

    [Fact]
    public void A_casualty_line_of_business_is_no_casualty() =>
        Assert.DoesNotContain(Analyzer.Analyze("Firmer casualty pricing keeps lifting the broker's commissions.").Evidence, e => e.Contribution < 0);

    [Theory]
    [InlineData("Enrollment came in ahead of its own targets.", Polarity.Positive)]
    [InlineData("Enrollment is running behind target.", Polarity.Negative)]
    [InlineData("The new line will start production later than scheduled.", Polarity.Negative)]
    public void A_result_set_against_a_target_or_schedule(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void An_agreement_to_supply_is_a_supply_deal() =>
        Assert.Contains(Analyzer.Analyze("The mill has a three-year agreement to supply a truck maker.").Evidence, e => e.Text == "agreement to supply");

    [Fact]
    public void A_signed_agreement_to_supply_is_read_as_the_longer_signing() =>
        Assert.Contains(Analyzer.Analyze("The mill signed a three-year agreement to supply a truck maker.").Evidence, e => e.Text == "signed a three-year agreement");

    [Fact]
    public void A_toll_without_its_article_still_tolls() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Airline ends sponsorship as fuel bill takes toll").Polarity);

    [Theory]
    [InlineData("Operating costs were $5 billion, above the $4.6 billion analysts had expected.", Polarity.Negative)]
    [InlineData("Expenses totaled $3 million, below the $4 million analysts had forecast.", Polarity.Positive)]
    public void A_figure_set_against_expectations_is_judged_by_what_it_measures(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_rocket_as_a_launch_vehicle_is_no_move() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Revenue missed expectations and it delayed the first flight of its new rocket.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void A_pharmacy_benefit_business_is_no_benefit() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("The insurer named a new head of its pharmacy benefit business.").Polarity);

    [Fact]
    public void Lawmakers_introducing_a_bill_launch_nothing() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Two senators introduced a bill that would cap the fees card networks charge merchants.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void Being_forced_to_close_stores_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The chain could be forced to close or sell dozens of its stores in the state.").Polarity);

    [Fact]
    public void A_verb_joined_to_its_particle_before_a_noun_is_an_adjective() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Regulator orders stepped-up inspections of older engine blades").Polarity);

    [Theory]
    [InlineData("Analysts said customer churn from past increases had been small.", "increases")]
    [InlineData("Margins held up better than after previous cuts to list prices.", "cuts")]
    public void A_move_of_earlier_times_named_as_a_noun_is_no_move_now(string text, string move) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.Contains(move, StringComparison.Ordinal));

    [Fact]
    public void A_payment_ordered_in_the_lead_is_not_undone_by_a_later_mention()
    {
        var result = Analyzer.Analyze(
            "An arbitration panel ordered Hasbro to pay Mattel $45 million for breaching a licensing agreement. Hasbro said it was " +
            "reviewing the decision. Mattel did not comment.");
        Assert.Equal(CompanyRules.MadeToPay, result.Tickers.Single(t => t.Symbol == "HAS").Rule);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "MAT").Polarity);
    }

    [Fact]
    public void Guard_a_lead_role_gives_way_to_a_later_clear_score_the_other_way() =>
        Assert.NotEqual(
            CompanyRules.ContractWon,
            Analyzer.Analyze(
                    "The Army awarded the radio contract to L3Harris. L3Harris shares plunged 9% after it slashed its forecast and " +
                    "warned of a loss.")
                .Tickers.Single(t => t.Symbol == "LHX").Rule);

    [Fact]
    public void A_verb_with_its_own_object_after_a_comma_sends_no_contract_before_the_comma() =>
        Assert.Null(
            Analyzer.Analyze(
                    "Regulators weighed how to treat foreign accounts, given the importance of China to Ford Motor.")
                .Tickers.Single(t => t.Symbol == "F").Rule);

    [Fact]
    public void Business_only_expected_to_go_to_a_company_is_no_win() =>
        Assert.NotEqual(
            CompanyRules.ContractWon,
            Analyzer.Analyze("Workday won the payroll contract, a deal analysts had expected to go to Oracle.")
                .Tickers.Single(t => t.Symbol == "ORCL").Rule);

    [Fact]
    public void Plants_scheduled_turnarounds_are_upkeep() =>
        Assert.Equal(0, Analyzer.Analyze("Acme said scheduled turnarounds at two of its refineries would finish in May.").Score);

    [Theory]
    [InlineData("Acme said fleet utilization reached a record in the quarter.", Polarity.Positive)]
    [InlineData("Acme said warranty claims reached a record in the quarter.", Polarity.Negative)]
    public void A_quantity_that_reached_a_record_moves_up(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Stores_taken_over_from_a_bankrupt_chain_are_no_failure_of_the_buyer() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Acme Stores agreed to take over 40 leases from a bankrupt home-goods chain.").Polarity);

    [Fact]
    public void A_warning_that_demand_slowed_is_no_warning_ended() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme warned that demand had slowed sharply in recent weeks.").Polarity);

    [Fact]
    public void Harm_a_company_is_not_aware_of_is_no_good_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Acme Marine is recalling 900 boats. The company said it was not aware of any injuries or fires.").Polarity);

    [Theory]
    [InlineData("Union leaders said the talks would resume in March.")]
    [InlineData("Acme makes protein bars and shakes.")]
    public void Union_leaders_and_bars_of_food_score_nothing(string text) =>
        Assert.Equal(0, Analyzer.Analyze(text).Score);

    [Theory]
    [InlineData("Acme Aviation signed lease agreements with two Asian carriers.")]
    [InlineData("Acme Aviation signs supply deals with two Asian carriers.")]
    public void Agreements_signed_in_the_plural_are_good_news(string text) =>
        Assert.True(Analyzer.Analyze(text).Score > 0.1); // as "signed an agreement" is, not a bare word of agreement

    [Fact]
    public void Pressure_on_margins_eased_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Analysts said the tariff pause eases pressure on margins for importers.").Polarity);

    [Fact]
    public void Guard_pressure_on_margins_increased_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Rising wages increased pressure on margins at the chain.").Polarity);

    [Fact]
    public void A_board_that_authorized_the_repurchase_of_shares_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme's board authorized the repurchase of up to 10% of its stock.").Polarity);

    [Fact]
    public void A_charge_after_lowering_expected_recoveries_is_bad_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Acme Assurance booked a $40 million charge after it cut its expected recoveries on municipal bonds.").Polarity);

    [Fact]
    public void A_company_that_disagreed_with_the_verdict_lost_it() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme said it disagreed with the verdict.").Polarity);

    [Fact]
    public void Reviving_uncomfortable_questions_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The filing revives uncomfortable questions about its accounting.").Polarity);

    [Theory]
    [InlineData("Acme, the Florida alarm company, opened a new office.")]
    [InlineData("Acme makes smoke alarms and fire alarms.")]
    public void An_alarm_sold_as_a_product_raises_no_alarm(string text) =>
        Assert.Equal(0, Analyzer.Analyze(text).Score);

    [Fact]
    public void A_partnership_s_units_that_slip_after_but_are_its_own() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Black Stone Minerals raises its payout, but units fall 3% on a weaker production outlook").Tickers.Single(t => t.Symbol == "BSM").Polarity);

    [Fact]
    public void A_later_clause_that_sends_shares_down_goes_on_about_the_company() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("U-Haul beats forecasts on storage, but a moving slowdown sends shares down 5%").Tickers.Single(t => t.Symbol == "UHAL").Polarity);

    [Theory]
    [InlineData("Toolmakers diverge as factory orders slump")]
    [InlineData("Asian stocks mixed as investors weigh weak factory data")]
    [InlineData("Ad agencies split as client budgets tighten\nAcme Media said organic growth slowed to 3%, missing forecasts, and " +
                "its shares fell 8%. Globex Creative said organic growth held at 7% and kept its outlook.")]
    public void A_text_that_opens_on_companies_going_different_ways_is_mixed_news(string text) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Acme Pharma plunges after mixed trial results")]
    [InlineData("Storm losses split the island's insurers")]
    public void Guard_a_move_told_before_a_split_word_keeps_its_weight(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_company_that_parts_ways_with_its_chief_is_no_mixed_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme parts ways with its CEO as losses mount").Polarity);

    [Theory]
    [InlineData("Acme Energy signed a five-year agreement with a Japanese utility.")]
    [InlineData("Acme Energy signed an eight-year deal with a Japanese utility.")]
    public void A_modifier_that_changes_the_article_keeps_the_phrase(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity); // as "signed an agreement" and "signed a deal" are

    [Fact]
    public void A_rival_s_news_after_however_is_set_beside_the_story_not_against_it() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(
            "Brunswick raised its annual forecast, citing strong engine demand. Its shares rose 4%. " +
            "Malibu Boats, however, slashed its outlook in May, and its stock has plunged 12% since.").Polarity);

    [Fact]
    public void Guard_however_about_the_same_company_still_carries_the_point() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("MarineMax beat profit estimates on Thursday. However, the dealer cut its full-year forecast as yacht demand cooled.").Polarity);

    [Fact]
    public void A_limited_hit_is_still_a_small_hit_not_good_news()
    {
        var result = Analyzer.Analyze("The hit to sales was limited, the retailer said.");

        Assert.True(result.Score < 0);
        Assert.Contains(result.Evidence, e => e.Text == "hit to" && e.Explanation.Contains("× 'limited'", StringComparison.Ordinal));
    }

    [Fact]
    public void Guard_limited_gains_are_bad_news() =>
        Assert.True(Analyzer.Analyze("Analysts said gains would likely be limited.").Score < 0);

    [Fact]
    public void Crashes_that_did_not_happen_are_no_good_news_after_a_recall() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme Coach is recalling 3,000 buses over a faulty brake line. It said it was aware of no crashes or injuries.").Evidence,
            e => e.Contribution > 0);

    [Fact]
    public void A_mislabeled_product_is_a_fault() =>
        Assert.True(Analyzer.Analyze("Acme Cannabis pulled a batch of edibles over mislabeled THC content.").Evidence.Single(e => e.Text == "mislabeled").Contribution < 0);

    [Fact]
    public void A_brokerage_s_agent_count_is_good_when_up() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Realty's agent count shrank again in the spring.").Polarity);

    [Fact]
    public void A_verdict_of_nothing_to_see_about_a_second_company_leaves_the_first_company_s_news_standing()
    {
        var result = Analyzer.Analyze("$HD had a great quarter, a clear beat and a raised outlook. As for $LOW, nothing to see there.");

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.Equal(Polarity.Positive, result.Tickers.Single(t => t.Symbol == "HD").Polarity);
    }

    [Fact]
    public void Guard_a_verdict_of_nothing_to_see_about_the_text_s_own_company_still_tempers_it() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("$HD beat on comps and raised its outlook. Honestly, $HD is nothing to see here.").Polarity);

    [Fact]
    public void Shares_getting_hit_are_falling() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("$ON is getting hit after the open.").Tickers.Single(t => t.Symbol == "ON").Polarity);

    [Fact]
    public void A_trip_s_departure_dates_are_a_schedule_not_an_executive_leaving() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("The airline published departure times for its new routes to Lisbon.").Evidence,
            e => e.Contribution < 0);

    [Fact]
    public void Activist_pressure_is_a_campaign_not_a_cost() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme Corp is weighing a sale of its pet-food unit under activist pressure.").Evidence, e => e.Contribution < 0);

    [Theory]
    [InlineData("Acme Bank said its delinquencies remain near record lows.")]
    [InlineData("Acme Bank's charge-offs stayed near lows through the summer.")]
    public void A_bad_quantity_that_stays_near_its_lows_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_move_measured_by_its_figure_ends_before_the_next_clause_s_quantity() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Card spending rose 6% and delinquencies declined.").Evidence,
            e => e.Contribution < 0);

    [Fact]
    public void A_step_called_credit_positive_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Foods will repay its term loan early, which the rating agency called credit-positive.").Polarity);

    [Fact]
    public void Clean_results_with_their_period_between_are_good_news()
    {
        var result = Analyzer.Analyze("The insurer put up clean quarterly results again.");

        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Text == "up");
    }

    [Fact]
    public void Guard_a_regular_quarterly_dividend_declared_stays_neutral() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme Tools declares quarterly dividend of $0.12 per share.").Polarity);

    [Fact]
    public void A_later_sentence_about_other_companies_only_weighs_less_than_the_lead_company_s_news() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze(
                "Hasbro shares fell 4% after the toymaker trimmed its forecast. Mattel jumped 6% after it raised its outlook.").Polarity);

    [Fact]
    public void Guard_a_later_sentence_that_names_the_lead_company_weighs_in_full() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Hasbro said it would move its annual meeting online. Later, Hasbro shares soared 12% after it raised its forecast.").Polarity);

    [Fact]
    public void A_company_s_own_expenses_are_not_news_at_its_expense() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Citi's expenses fell more than expected in the quarter.").Tickers.Single(t => t.Symbol == "C").Polarity);

    [Fact]
    public void A_slide_that_snaps_is_a_turn_up() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Corp shares snapped a three-day slide on Tuesday.").Polarity);

    [Fact]
    public void Guard_a_winning_streak_that_snaps_is_a_turn_down() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Corp snaps six-session winning streak").Polarity);

    [Theory]
    [InlineData("Analysts sounded less upbeat about Acme Foods after the call.", Polarity.Negative)]
    [InlineData("Analysts grew less pessimistic about Acme Foods after the quarter.", Polarity.Positive)]
    public void A_view_that_turns_less_hopeful_or_less_gloomy_moves_the_other_way(string text, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_new_hire_s_former_employer_named_with_a_department_is_not_tagged()
    {
        var result = Analyzer.Analyze("Uber hired a former Microsoft engineering executive as its chief technology officer.");

        Assert.Contains(result.Tickers, t => t.Symbol == "UBER");
        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "MSFT");
    }

    [Fact]
    public void Equipment_out_of_service_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme Drilling said one of its rigs will be out of service for a month.").Polarity);

    [Fact]
    public void Hard_questions_pressed_on_managers_are_bad_news() =>
        Assert.Contains(Analyzer.Analyze("Investors pressed the chief executive with hard questions about the writedown.").Evidence, e => e.Text == "hard questions" && e.Contribution < 0);

    [Fact]
    public void Lustre_lost_is_bad_news_in_either_spelling() =>
        Assert.Contains(Analyzer.Analyze("The brand has lost lustre with younger shoppers.").Evidence, e => e.Text == "lost lustre" && e.Contribution < 0);

    [Fact]
    public void A_fastest_growing_business_written_as_one_word_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Foods said snacks are now its fastest-growing business.").Polarity);

    [Fact]
    public void A_departing_officer_who_stays_on_as_an_adviser_leaves_the_company_tagged()
    {
        var result = Analyzer.Analyze(
            "Deere said Monday that its treasurer will become finance chief. He replaces Jane Roe, who will remain with the company as an adviser.");

        Assert.Contains(result.Tickers, t => t.Symbol == "DE");
    }

    [Fact]
    public void A_house_s_note_is_its_research_and_the_house_is_not_tagged()
    {
        var result = Analyzer.Analyze("McKesson gained on Friday after a Jefferies note said the group would ride out the tariff fight.");

        Assert.Contains(result.Tickers, t => t.Symbol == "MCK");
        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "JEF");
    }

    [Fact]
    public void A_house_that_gives_its_call_after_what_it_said_is_not_tagged()
    {
        var result = Analyzer.Analyze(
            "Solar names have run too far, and First Solar's valuation is rich, Jefferies said on Monday, cutting the stock to hold. The broker sees panel prices easing.");

        Assert.Contains(result.Tickers, t => t.Symbol == "FSLR");
        Assert.DoesNotContain(result.Tickers, t => t.Symbol == "JEF");
    }

    [Fact]
    public void Bad_news_a_company_only_tries_to_offset_still_counts() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme Stores is closing branches as it works to offset a drop in orders.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void Guard_bad_news_offset_by_good_news_is_denied() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Higher fees offset weaker trading income at Acme Bank.").Polarity);

    [Fact]
    public void A_forecast_above_the_Street_is_good_news() =>
        Assert.Contains(Analyzer.Analyze("Acme's new outlook sits above the Street.").Evidence, e => e.Text == "above the Street" && e.Contribution > 0);

    [Fact]
    public void Bagged_goods_are_no_contract_won() =>
        Assert.DoesNotContain(Analyzer.Analyze("Grocers pulled bagged lettuce from shelves after a supplier warned of contamination.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void A_rating_agency_whose_own_shares_move_is_scored_as_a_company()
    {
        var result = Analyzer.Analyze("Financial-data stocks climbed on Monday. Moody's added 3% after bond issuance hit a record.");

        Assert.Contains(result.Tickers, t => t.Symbol == "MCO" && t.Polarity == Polarity.Positive);
    }

    [Fact]
    public void Guard_a_rating_agency_s_action_leaves_it_neutral() =>
        Assert.Contains(Analyzer.Analyze("Moody's cut Ford to junk, citing weak cash flow.").Tickers, t => t.Symbol != "MCO" || t.Score == 0);

    [Fact]
    public void A_victory_handed_to_a_regulator_is_the_company_s_defeat() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(
            "The appeals court sided with the Federal Trade Commission against Meta, handing the agency a clear victory.").Polarity);

    [Fact]
    public void Guard_a_victory_handed_to_the_company_is_its_own() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("The court sided with Nike, handing the company a major victory.").Polarity);

    [Fact]
    public void A_sentence_on_the_companies_named_before_counted_as_a_group_is_each_one_s()
    {
        var result = Analyzer.Analyze(
            "Regulators closed a review of pricing at Delta Air Lines, United Airlines and American Airlines. The decision ends a long wait for the three carriers, whose shares jumped 4%.");

        Assert.All(["DAL", "UAL", "AAL"], symbol => Assert.Contains(result.Tickers, t => t.Symbol == symbol && t.Polarity == Polarity.Positive));
    }

    [Fact]
    public void A_group_named_by_one_reference_shares_its_news() =>
        Assert.All(
            Analyzer.Analyze("A judge dropped the fines against Delta Air Lines and United Airlines. Shares of the two carriers rose 3% on the news.").Tickers,
            t => Assert.Equal(Polarity.Positive, t.Polarity));

    [Fact]
    public void A_bad_figure_given_and_said_to_be_little_changed_is_no_news() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Acme Bank reported a card net charge-off rate of 4.1%, little changed from last year.").Polarity);

    [Fact]
    public void An_insurer_s_claims_offices_are_no_claims_against_it() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme Insurance will merge three claims offices into its headquarters next year.").Evidence, e => e.Contribution < 0);

    [Fact]
    public void A_cause_against_the_move_does_not_cancel_the_clause_a_concession_is_held_below() =>
        Assert.True(Analyzer.Analyze(
            "The Dow lost 1.6% and the S&P 500 fell 1.2% on Friday, but shares of Intercontinental Exchange rose 3% as the panic sent traders to hedge.").Score > 0);

    [Fact]
    public void A_variable_dividend_on_top_of_the_regular_one_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Shipping declared a variable dividend of $1.10 a share for the quarter.").Polarity);

    [Fact]
    public void A_quantity_running_at_a_record_pace_is_rising() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme said bookings this quarter are running at a record pace.").Polarity);

    [Fact]
    public void Guard_a_bad_quantity_running_at_a_record_pace_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme said customer defaults are running at a record pace.").Polarity);

    [Fact]
    public void Revenue_under_contract_is_no_revenue_that_shrank() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme signed a ten-year lease worth about $900 million in contracted revenue.").Evidence, e => e.Contribution < 0);

    [Fact]
    public void Subs_are_subscribers_and_a_single_company_post_carries_their_fall()
    {
        var result = Analyzer.Analyze("$NFLX reported after the bell. Subs fell 4% q/q, and guidance came in below the Street.");

        Assert.Contains(result.Tickers, t => t.Symbol == "NFLX" && t.Polarity == Polarity.Negative);
    }

    [Fact]
    public void A_turnaround_still_a_work_in_progress_is_not_progress_made() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("The chairman said the turnaround remains a work in progress.").Polarity);

    [Fact]
    public void The_brands_a_parent_is_named_for_do_not_take_its_news()
    {
        var result = Analyzer.Analyze("Brinker International Inc., parent of Chili's and Maggiano's, cut its sales forecast.");

        Assert.Contains(result.Tickers, t => t.Symbol == "EAT" && t.Polarity == Polarity.Negative);
    }

    [Fact]
    public void The_reopening_of_an_idled_plant_ends_its_shutdown() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme Steel will pay for the reopening of an idled mill in Ohio.").Evidence, e => e.Contribution < 0);

    [Fact]
    public void Succeeding_an_interim_or_outgoing_officer_is_no_success() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme named Dana Cole finance chief; Cole succeeds acting CFO Luis Ortega.").Evidence, e => e.Text == "succeeds");

    [Fact]
    public void Guard_a_plan_that_succeeds_is_a_success() =>
        Assert.Contains(Analyzer.Analyze("Acme's cost plan succeeds in lifting margins.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void A_rival_set_against_the_move_told_before_takes_its_own_clause()
    {
        var result = Analyzer.Analyze(
            "Shares of Lowe's rose 5% after the retailer raised its outlook. The rally came even as rival Home Depot lost 2% on weaker store traffic.");

        Assert.Contains(result.Tickers, t => t.Symbol == "HD" && t.Polarity == Polarity.Negative);
    }

    [Fact]
    public void A_company_named_after_a_shared_descriptor_keeps_its_own_news()
    {
        var result = Analyzer.Analyze(
            "Shake Shack Inc. lowered its sales forecast after same-store sales slid 3%, and the burger chain pointed to softer traffic. McDonald's Corp. said on the same day that its U.S. comparable sales grew 2%.");

        Assert.Contains(result.Tickers, t => t.Symbol == "MCD" && t.Polarity == Polarity.Positive);
    }

    [Fact]
    public void A_deferred_prosecution_is_a_settlement_not_a_thing_put_off() =>
        Assert.DoesNotContain(Analyzer.Analyze("Acme Bank said prosecutors have not offered it a deferred prosecution agreement.").Evidence, e => e.Contribution > 0);

    [Fact]
    public void A_cashtag_s_move_over_a_word_of_trading_is_its_stock_s() =>
        Assert.Contains(Analyzer.Analyze("$NKE is trading down after the report.").Evidence, e => e.Text == "down" && e.Contribution < -0.3);

    [Fact]
    public void The_lead_company_s_stock_move_told_with_a_possessive_is_the_market_s_verdict() =>
        Assert.Contains(
            Analyzer.Analyze("Netflix agreed to buy a film studio for $2 billion in cash, its largest deal yet. Netflix's stock fell 3% in late trading.").Tickers,
            t => t.Symbol == "NFLX" && t.Score < -0.1);

    [Fact]
    public void A_move_told_beside_a_rival_s_is_no_verdict() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(
            "Comcast reported higher quarterly profit, beating estimates. Comcast shares gained 4%, while Charter slid 3% after losing broadband customers.").Polarity);

    [Fact]
    public void A_move_each_company_made_is_each_one_s()
    {
        var tickers = Analyzer.Analyze("Retail stocks climbed; Costco and Walmart topped the list, each gaining about 2%.").Tickers;

        Assert.Equal(tickers.Single(t => t.Symbol == "WMT").Score, tickers.Single(t => t.Symbol == "COST").Score);
    }

    [Fact]
    public void Bets_pared_back_on_good_news_deny_it() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Investors trimmed bets on rate cuts this year.").Polarity);

    [Fact]
    public void Guard_bets_made_on_good_news_stay_a_bet_on_it() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Investors raised bets on rate cuts this year.").Polarity);

    [Fact]
    public void Succeeding_an_officer_named_by_title_is_no_success() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme Corp.'s longtime controller will succeed the company's chief operating officer next year, the chipmaker said.").Evidence,
            e => e.Contribution > 0);

    [Fact]
    public void Guard_succeeding_in_a_task_is_still_success() =>
        Assert.Contains(Analyzer.Analyze("Acme Corp. said it will succeed in cutting the cost of its new plant.").Evidence, e => e.Contribution > 0);

    [Theory]
    [InlineData("Acme said its new software shortens the time it takes to close a loan by half.")]
    [InlineData("Acme said cycle times at its plants fell 20% last quarter.")]
    public void A_time_cut_short_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_stock_green_before_the_open_is_up() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("$ACME is green premarket, volume light.").Polarity);

    [Fact]
    public void An_aside_about_the_subject_that_pulls_against_its_move_is_background() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Corp., whose lending arm was the hardest hit by the new rule, rose 4% on Tuesday.").Polarity);

    [Fact]
    public void Guard_an_aside_that_agrees_with_the_move_counts_in_full() =>
        Assert.Contains(Analyzer.Analyze("Acme Corp., which had warned of weak demand, fell 5% on Tuesday.").Evidence, e => e.Text == "warned" && e.Contribution <= -0.4);

    [Fact]
    public void What_investors_look_for_signs_of_has_not_happened_yet() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Traders are scanning Acme Corp.'s filing for signs that orders have recovered.").Polarity);

    [Fact]
    public void A_stock_that_stood_still_while_a_market_moved_is_no_news() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Acme Corp. stock ended little changed even as the VIX surged to its highest level since March.").Evidence,
            e => e.Contribution < -0.1);

    [Theory]
    [InlineData("KO", Polarity.Positive)]
    [InlineData("PEP", Polarity.Negative)]
    public void A_heading_that_says_stocks_diverged_leaves_each_company_its_own_clause(string symbol, Polarity expected) =>
        Assert.Equal(expected, Analyzer.Analyze("Beverage stocks diverged on Friday: Coca-Cola rose 4% after raising its sales outlook, while PepsiCo fell 3% as volumes shrank.")
            .Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void Guard_companies_that_diverge_without_saying_how_stay_unscored() =>
        Assert.All(Analyzer.Analyze("Coca-Cola and PepsiCo diverged as sugar costs climbed.").Tickers, t => Assert.Equal(Polarity.Neutral, t.Polarity));

    [Fact]
    public void A_cashtag_s_move_set_against_another_cashtag_s_is_its_own_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("PepsiCo agrees to buy a juice maker; $KO jumps 9% while $PEP slips 2%").Tickers.Single(t => t.Symbol == "PEP").Polarity);

    [Fact]
    public void A_mill_s_spread_is_good_when_it_widens_whatever_day_follows() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Acme Steel raised its forecast for North American steel spreads on Tuesday.").Polarity);

    [Fact]
    public void A_move_shared_out_among_named_subjects_is_their_stocks_move() =>
        Assert.Contains(
            Analyzer.Analyze("Nucor Corp. and Steel Dynamics Inc. both rose more than 3% on Monday.").Evidence,
            e => e.Text == "rose" && e.Contribution > 0.3);

    [Fact]
    public void A_deal_accretive_to_a_named_per_share_figure_is_good_news() =>
        Assert.Contains(
            Analyzer.Analyze("Acme Corp. agreed to buy a regional rival and said the purchase should be accretive to adjusted earnings per share next year.").Evidence,
            e => e.Text.StartsWith("accretive to", StringComparison.Ordinal) && e.Contribution > 0.4);

    [Fact]
    public void A_headline_whose_second_company_only_edges_the_other_way_keeps_its_lead_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Hasbro plunges 12% as toy orders slump; Mattel edges higher").Polarity);

    [Fact]
    public void Guard_a_headline_of_two_companies_news_in_balance_stays_mixed() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Hasbro jumps 8% on strong holiday orders; Mattel falls 7% after guidance cut").Polarity);

    [Fact]
    public void A_gauge_s_symbol_in_brackets_is_no_company() =>
        Assert.DoesNotContain(Analyzer.Analyze("The Dow Jones Transportation Average (DJT) fell 2% as railroads slid.").Tickers, t => t.Symbol == "DJT");

    [Fact]
    public void A_name_whose_last_words_are_a_neutral_entry_is_still_the_subject_of_its_move() =>
        Assert.Contains(Analyzer.Analyze("United Airlines edged higher on Tuesday.").Evidence, e => e.Text == "edged higher" && e.Contribution > 0.2);

    [Theory]
    [InlineData("Acme Corp. declared a special cash dividend of $5 per share.")]
    [InlineData("Acme Corp. will pay a one-time dividend of $2 a share.")]
    public void A_special_dividend_named_by_its_form_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Failing_to_file_a_compliance_report_is_no_denied_suspicion() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Regulators said Acme Bank failed to file suspicious activity reports for two years.").Polarity);

    [Fact]
    public void A_rival_named_after_described_shares_keeps_its_own_small_move() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Insulet trimmed its sales forecast. Shares of the insulin pump maker dropped 9%, while rival Tandem Diabetes Care inched up 1%.")
                .Tickers.Single(t => t.Symbol == "TNDM").Polarity);

    [Theory]
    [InlineData("Rivian opened 120 fast-charging stalls along interstate routes this quarter.")]
    [InlineData("The retailer leases parking stalls and market stalls at its outlet centers.")]
    public void A_stall_to_park_charge_or_sell_at_is_no_stalling(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text.Contains("stall", StringComparison.Ordinal) && e.Contribution < 0);

    [Fact]
    public void Guard_a_turnaround_that_stalls_is_still_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Acme's turnaround stalls as sales fall again.").Polarity);

    [Fact]
    public void What_a_thing_ended_had_done_ends_with_it_however_long_its_name() =>
        Assert.Contains(
            Analyzer.Analyze("Globex hired a chief operating officer, ending a drawn-out leadership vacuum that had weighed on the shares.").Evidence,
            e => e.Text == "weighed on" && e.Contribution > 0);

    [Fact]
    public void Ending_a_partnership_that_had_lifted_sales_is_no_good_news() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Acme ended a decade-old supply partnership that had boosted its sales.").Polarity);

    [Fact]
    public void A_rally_the_air_went_out_of_is_over() =>
        Assert.Contains(
            Analyzer.Analyze("The air went out of the rally in Globex shares after two weak quarters.").Evidence, e => e.Text == "rally" && e.Contribution < 0);

    [Fact]
    public void A_business_that_went_out_of_business_is_bad_news() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("The regional chain went out of business last spring.").Polarity);

    [Fact]
    public void A_relative_clause_opened_by_whose_after_a_name_in_an_aside_is_that_name_s() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Werner Enterprises lowered its guidance on weak freight demand, a sharp break from Knight-Swift, whose bookings climbed 8%.")
                .Tickers.Single(t => t.Symbol == "KNX").Polarity);

    [Fact]
    public void A_stock_dragged_higher_with_its_sector_went_up() =>
        Assert.Contains(
            Analyzer.Analyze("Baker Hughes was dragged higher with the group after the upbeat oil-demand forecast.").Evidence,
            e => e.Text.StartsWith("dragged higher", StringComparison.Ordinal) && e.Contribution > 0);

    [Theory]
    [InlineData("Globex agreed to pay $30 million to resolve allegations that it billed agencies for unused licences.")]
    [InlineData("Initech will pay $8 million in civil penalties to settle allegations that it overbilled hospital customers.")]
    public void Allegations_paid_off_are_a_cost_not_relief(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_a_lawsuit_settled_for_a_sum_is_not_read_as_bad_news() =>
        Assert.NotEqual(Polarity.Negative, Analyzer.Analyze("Acme to pay $26 million to settle a long-running wage lawsuit").Polarity);

    [Fact]
    public void A_hold_that_is_a_verb_makes_no_broker_of_the_company_before_it() =>
        Assert.Contains(Analyzer.Analyze("Ball raises dividend 10% as can volumes hold steady").Tickers, t => t.Symbol == "BALL");

    [Fact]
    public void The_house_after_a_price_target_changed_from_one_amount_to_another_is_a_source() =>
        Assert.DoesNotContain(Analyzer.Analyze("Deere Price Target Cut to $400 From $450 at Jefferies; Hold Rating Kept").Tickers, t => t.Symbol == "JEF");

    [Fact]
    public void The_routine_business_of_a_general_meeting_is_neutral() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze("Initech Holdings said stockholders approved all proposals at its annual meeting, including the reappointment of its auditor.").Polarity);

    [Fact]
    public void The_kind_of_a_weapon_a_contractor_builds_is_no_attack() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Textron won a $900 million Navy order for attack drones and light attack aircraft, a lift for its Wichita plant.").Polarity);

    [Fact]
    public void Deals_with_after_a_pronoun_is_coping_not_deals_signed() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Globex is trimming its office space as it deals with slower leasing in its largest markets.").Evidence,
            e => e.Text.Contains("deals", StringComparison.Ordinal) && e.Contribution > 0);

    [Theory]
    [InlineData("FedEx said it handled a record 41M parcels over the holiday week.")]
    [InlineData("Six Flags said its parks drew a record 2.4 million visitors in July.")]
    public void A_record_count_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("FedEx cut a record 5,000 jobs in the quarter.")]
    [InlineData("FedEx paid a record $2 billion in fines.")]
    public void Guard_a_record_count_of_bad_news_stays_bad(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void Guard_an_industry_s_record_count_is_no_company_s_news() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("A record 4.2 million drivers are expected on the roads this holiday weekend, the motor club said.").Polarity);

    [Fact]
    public void A_dismissal_won_takes_what_the_suit_alleged_with_it() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Globex Corp. won dismissal of a shareholder lawsuit that accused the freight carrier of misleading investors about its costs.").Polarity);

    [Fact]
    public void Most_claims_dismissed_are_claims_ended() =>
        Assert.Contains(
            Analyzer.Analyze("A judge dismissed most claims in a class action that accused Initech of hiding product defects.").Evidence,
            e => e.Text.StartsWith("claims", StringComparison.Ordinal) && e.Contribution > 0);

    [Fact]
    public void Troubles_that_have_eased_are_good_news() =>
        Assert.Contains(
            Analyzer.Analyze("The hospital operator said nurse shortages have eased in most of its markets.").Evidence,
            e => e.Text.StartsWith("shortages", StringComparison.Ordinal) && e.Contribution > 0);

    [Theory]
    [InlineData("Hotel occupancy at the chain reached its highest level since before the pandemic.")]
    [InlineData("Membership rose to 2 million, up from 1.5 million before the pandemic.")]
    public void The_pandemic_as_a_time_is_no_bad_news(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution < 0);

    [Fact]
    public void Assisted_living_is_a_kind_of_property_not_help() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Welltower bought 14 assisted living communities in Ohio for $310 million.").Evidence,
            e => e.Text.StartsWith("assisted", StringComparison.Ordinal));

    [Theory]
    [InlineData("PFAS disclosure laws")]
    [InlineData("ESG rules")]
    public void An_acronym_that_qualifies_a_rule_is_no_other_company(string subject) =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze($"Sherwin-Williams said new {subject} will add $20 million in compliance costs next year.").Tickers.Single(t => t.Symbol == "SHW").Polarity);

    [Fact]
    public void A_bookmaker_taking_bets_on_unapproved_events_is_no_bet_on_anything() =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze("Ohio regulators fined Penn Entertainment $250,000 for taking bets on unapproved college events").Polarity);

    [Fact]
    public void Visitation_is_a_quantity_good_when_up() =>
        Assert.Contains(
            Analyzer.Analyze("Caesars said visitation fell 4% at its regional casinos in October.").Evidence,
            e => e.Text.StartsWith("visitation", StringComparison.Ordinal) && e.Contribution < 0);

    [Theory]
    [InlineData("Chubb Takes $300 Million Reserve Charge on Older Liability Policies", Polarity.Negative)]
    [InlineData("Markel reported adverse development in its casualty lines.", Polarity.Negative)]
    [InlineData("Cincinnati Financial cited reserve strengthening in commercial auto.", Polarity.Negative)]
    public void How_an_insurer_s_old_claims_turn_out_is_news(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_post_s_tag_line_gives_its_companies_the_post_s_news()
    {
        var result = Analyzer.Analyze("Truckers having a strong month: spot rates +6% m/m, tender rejections climbing fast. $KNX $WERN");

        Assert.All(result.Tickers, t => Assert.Equal(Polarity.Positive, t.Polarity));
        Assert.Equal(2, result.Tickers.Count);
    }

    [Fact]
    public void Guard_a_tag_line_after_another_company_s_news_takes_none_of_it() =>
        Assert.Equal(
            Polarity.Neutral,
            Analyzer.Analyze("$NVDA crushed it again, data center revenue up 60%. $AMD $INTC").Tickers.Single(t => t.Symbol == "AMD").Polarity);

    [Theory]
    [InlineData("Travelers fell as Hurricane Rafael strengthened in the Caribbean.", false)]
    [InlineData("Kinsale Capital rose after Typhoon Yagi weakened before landfall.", true)]
    public void A_named_storm_is_news_and_its_strength_moves_it(string text, bool eased) =>
        Assert.Contains(
            Analyzer.Analyze(text).Evidence,
            e => (e.Text.StartsWith("Hurricane", StringComparison.Ordinal) || e.Text.StartsWith("Typhoon", StringComparison.Ordinal)) && e.Contribution > 0 == eased);

    [Fact]
    public void The_prospect_of_a_thing_is_as_good_or_bad_as_the_thing() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Hasbro faces the prospect of new tariffs on toys made in China.").Evidence,
            e => e.Text.StartsWith("prospect", StringComparison.Ordinal));

    [Theory]
    [InlineData("The EMA's drug committee recommended approval of Biogen Inc.'s (Nasdaq: BIIB) new multiple sclerosis drug.", "BIIB", Polarity.Positive)]
    [InlineData("The UK's NICE declined to back Vertex Pharmaceuticals' cystic fibrosis drugs for routine use, citing price concerns.", "VRTX", Polarity.Negative)]
    public void A_health_regulator_s_acronym_is_no_other_company_and_no_praise(string text, string symbol, Polarity polarity)
    {
        var result = Analyzer.Analyze(text);

        Assert.Equal(polarity, result.Tickers.Single(t => t.Symbol == symbol).Polarity);
        Assert.DoesNotContain(result.Evidence, e => e.Text.StartsWith("NICE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_abbreviated_after_its_words_is_no_other_company() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Equinix said it does not expect the global minimum tax, or GMT, to change its plans, and it raised its quarterly dividend 8%.")
                .Tickers.Single(t => t.Symbol == "EQIX").Polarity);

    [Theory]
    [InlineData("Enphase shares rose 9%, easing one of analysts' biggest worries about the company.")]
    [InlineData("The court ruling eased the lingering doubts about Moderna's vaccine patents.")]
    public void A_worry_eased_over_a_few_words_is_good_news(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Rivian said it may need additional financing to reach break-even.", Polarity.Negative)]
    [InlineData("$SMCI blew out the guide last night.", Polarity.Positive)]
    [InlineData("$PTON is getting squeezed on all sides.", Polarity.Negative)]
    public void Plain_words_for_money_needed_results_beaten_and_rivals_squeezing(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_trial_that_met_its_primary_and_secondary_endpoints_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Amgen said its asthma drug met all of its primary and secondary endpoints in a late-stage study.").Polarity);

    [Fact]
    public void A_holiday_schedule_is_no_fall_of_the_markets_it_shortens() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Cboe Global Markets said its U.S. options exchanges will follow a shortened trading schedule on Christmas Eve.").Polarity);

    [Fact]
    public void A_product_named_before_the_procedures_done_with_it_is_no_other_company() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Stryker said worldwide Mako procedures rose 25% in the second quarter, ahead of forecasts.").Tickers.Single(t => t.Symbol == "SYK").Polarity);

    [Theory]
    [InlineData("Dow Inc. scrapped several costly hydrogen projects in Europe, the chemical maker said.")]
    [InlineData("Shell shelved several uneconomical offshore wind projects.")]
    public void A_burden_ended_is_good_news(string text)
    {
        var result = Analyzer.Analyze(text);

        Assert.True(result.Score > 0);
        Assert.DoesNotContain(result.Evidence, e => e.Contribution < 0);
    }

    [Fact]
    public void Guard_a_costly_good_thing_ended_is_no_good_news() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Kellanova scrapped its costly buyback plan.").Polarity);

    [Fact]
    public void Guard_a_plural_trouble_that_strengthened_is_no_good_news() =>
        Assert.NotEqual(Polarity.Positive, Analyzer.Analyze("Shipping delays strengthened in the quarter, the retailer said.").Polarity);

    [Theory]
    [InlineData("Caterpillar lifted its 2026 profit outlook on Thursday.", "Caterpillar raised its outlook on Thursday.")]
    [InlineData("Whirlpool trimmed its annual sales forecast.", "Whirlpool cut its forecast.")]
    [InlineData("Nucor cut its full-year shipments guidance.", "Nucor cut its guidance.")]
    public void A_forecast_revised_with_words_inside_weighs_as_the_plain_revision(string text, string plain)
    {
        var revised = Analyzer.Analyze(text).Score;

        Assert.Equal(Analyzer.Analyze(plain).Score, revised, 3);
    }

    [Fact]
    public void Guard_a_figure_moved_is_no_forecast_revised() =>
        Assert.True(Analyzer.Analyze("Caterpillar lifted its profit by selling older plants.").Score < Analyzer.Analyze("Caterpillar raised its outlook.").Score);

    [Theory]
    [InlineData("Altria said the FDA authorized sales of two more of its heated-tobacco sticks.", Polarity.Positive)]
    [InlineData("$CROX stuck in the mud again after the guide.", Polarity.Negative)]
    [InlineData("$KO $PEP both red this morning.", Polarity.Negative)]
    [InlineData("Ventas used the proceeds of the sale to repurchase stock.", Polarity.Positive)]
    public void Plain_words_for_an_authorisation_a_stalled_stock_and_a_buyback(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Fact]
    public void A_capital_budget_raised_is_no_capital_raised() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Freeport-McMoRan raised the capital budget of its Grasberg smelter.").Evidence,
            e => e.Text.Contains("capital", StringComparison.OrdinalIgnoreCase) && e.Contribution > 0);

    [Fact]
    public void A_company_a_valuation_is_measured_against_is_a_yardstick() =>
        Assert.Equal(
            0,
            Analyzer.Analyze("$KGC is a cash machine. Record free cash flow this quarter, yet the shares sit at a discount to $AEM.")
                .Tickers.Single(t => t.Symbol == "AEM").Score);

    [Fact]
    public void Companies_that_report_results_in_a_title_are_no_house_reports() =>
        Assert.Contains(
            Analyzer.Analyze("Visa and Mastercard Report Fourth-Quarter Earnings").Tickers, t => t.Symbol == "MA");

    [Fact]
    public void A_mill_that_will_start_up_is_no_rise() =>
        Assert.Empty(Analyzer.Analyze("Nucor said its sheet mill will start up in the spring.").Evidence);

    [Fact]
    public void Stocks_that_drifted_sideways_held_still() =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze("Bank stocks drifted sideways ahead of the Fed decision.").Polarity);

    [Fact]
    public void A_figure_the_street_looks_for_is_its_yardstick() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("$T lost 40K postpaid phone subs, with the Street looking for modest growth.").Evidence, e => e.Contribution > 0);

    [Theory]
    [InlineData("Nucor said its new rebar mill in Kentucky is on schedule.", Polarity.Positive)]
    [InlineData("Nucor said its scrap costs were flat in the quarter.", Polarity.Neutral)]
    [InlineData("NHTSA has opened a preliminary evaluation of steering columns made by Aptiv.", Polarity.Negative)]
    public void A_mill_on_schedule_scrap_costs_held_and_a_defect_probe(string text, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Polarity);

    [Theory]
    [InlineData("Comcast hires Palantir to overhaul its billing systems", "PLTR")]
    [InlineData("Kroger engages Accenture to rebuild its loyalty data platform", "ACN")]
    [InlineData("Walmart becomes a Salesforce customer", "CRM")]
    public void A_company_hired_for_work_or_taken_up_as_a_supplier_wins_the_business(string text, string symbol) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Theory]
    [InlineData("Comcast hires Goldman Sachs to explore a sale of its cable networks", "GS")]
    [InlineData("Barclays hires JPMorgan banker as finance chief", "JPM")]
    public void Guard_a_bank_hired_for_a_deal_and_a_person_hired_away_win_no_business(string text, string symbol) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol && t.Polarity == Polarity.Positive);

    [Fact]
    public void Tensions_diffused_are_tensions_eased() =>
        Assert.True(Analyzer.Analyze("Boeing moved to diffuse tensions with its machinists.").Score >= 0);

    [Fact]
    public void A_name_after_a_wire_count_is_read_whole() =>
        Assert.Equal(["T"], Analyzer.Analyze("UPDATE 2-AT&T trims its subscriber forecast").Tickers.Select(t => t.Symbol));

    [Fact]
    public void A_later_bare_surname_is_the_person_named_before() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Xylem Inc. said finance chief Laura Ford takes over as chief executive in March. Ford, 51, joined the company in 2018.").Tickers,
            t => t.Symbol == "F");

    [Fact]
    public void Guard_a_company_named_before_its_chairman_stays_the_company() =>
        Assert.Contains(
            Analyzer.Analyze("Ford will recall 120,000 pickups. Executive chairman Bill Ford said the company would cover repairs.").Tickers,
            t => t.Symbol == "F");

    [Fact]
    public void A_concession_runs_over_the_comma_of_a_place_in_a_descriptor() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Shares of Xylem Inc. fell 4% even though the Rye Brook, New York-based company topped profit forecasts and reported record orders.").Polarity);

    [Fact]
    public void A_company_named_only_as_a_hired_persons_former_employer_is_not_tagged() =>
        Assert.Equal(
            ["LOW"],
            Analyzer.Analyze("Lowe's has named Karen Hill, a former Home Depot merchandising executive, as head of its pro business.").Tickers.Select(t => t.Symbol));

    [Fact]
    public void A_company_after_a_glued_section_label_is_found() =>
        Assert.Equal(["DEO"], Analyzer.Analyze("MarketsDiageo slides after it warns on US sales").Tickers.Select(t => t.Symbol));

    [Theory]
    [InlineData("Ecolab Raises 2026 Organic Sales Outlook on Strong Pricing", "ECL")]
    [InlineData("Hilton Raises 2026 RevPAR Outlook on Resilient Group Bookings", "HLT")]
    [InlineData("Royal Caribbean trims its yield forecast as Caribbean bookings soften", "RCL")]
    public void A_company_that_revises_its_own_figure_with_a_reason_or_a_measure_is_no_house(string text, string symbol) =>
        Assert.Contains(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol);

    [Fact]
    public void Guard_a_house_that_revises_its_bond_yield_forecast_speaks_of_the_market() =>
        Assert.DoesNotContain(Analyzer.Analyze("Goldman raises its 10-year yield forecast").Tickers, t => t.Symbol == "GS");

    [Fact]
    public void A_house_after_a_two_word_rating_is_the_source_of_the_rating() =>
        Assert.DoesNotContain(
            Analyzer.Analyze("Etsy was cut to sell from equal weight at Barclays. The bank also lowered its target to $50.").Tickers,
            t => t.Symbol == "BCS");

    [Fact]
    public void A_bid_described_before_a_name_is_made_for_it() =>
        Assert.Equal(
            CompanyRules.TakeoverTarget,
            Analyzer.Analyze("KKR weighs a sweetened Hologic offer").Tickers.Single(t => t.Symbol == "HOLX").Rule);

    [Fact]
    public void A_company_after_according_to_the_is_the_messenger() =>
        Assert.Empty(Analyzer.Analyze("Private employers added 95,000 jobs last month, according to the ADP Pay Insights Report.").Tickers);

    [Fact]
    public void Guard_a_company_after_per_the_is_its_own_news() =>
        Assert.Contains(Analyzer.Analyze("Xbox engagement jumped, per the $MSFT call.").Tickers, t => t.Symbol == "MSFT");

    [Theory]
    [InlineData("Comcast's board defended the chief executive's pay increase", "CMCSA")]
    [InlineData("Kroger chairman defends CEO's pay rise", "KR")]
    public void A_raise_in_pay_is_no_rise_of_the_company(string text, string symbol) =>
        Assert.Equal(Polarity.Neutral, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void A_holders_sale_of_its_stake_named_by_a_noun_weighs_on_the_stock() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("SoftBank plans the sale of half its T-Mobile stake").Tickers.Single(t => t.Symbol == "TMUS").Polarity);

    [Fact]
    public void A_list_of_names_does_not_reach_back_over_a_semicolon() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze("Regulators tighten export rules for China; Micron, Intel shares slip").Tickers.Single(t => t.Symbol == "INTC").Polarity);

    [Theory]
    [InlineData("Wayfair was sued by former warehouse staff. Wayfair does not comment on open lawsuits.")]
    [InlineData("Wayfair was sued by former warehouse staff; it would not comment on the lawsuit.")]
    public void A_company_that_does_not_comment_negates_nothing(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution > 0);

    [Theory]
    [InlineData("Capital One raises loss forecast for card loans", "COF", Polarity.Negative)]
    [InlineData("Ally Financial lowers its charge-off guidance", "ALLY", Polarity.Positive)]
    public void A_forecast_of_losses_is_bad_when_raised(string text, string symbol, Polarity polarity) =>
        Assert.Equal(polarity, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void A_company_named_with_digits_after_a_wire_count_is_found() =>
        Assert.Equal(["MMM"], Analyzer.Analyze("UPDATE 2-3M cuts its outlook").Tickers.Select(t => t.Symbol));

    [Theory]
    [InlineData("The dock strike cost them less than feared.")]
    [InlineData("The walkout's impact was milder than feared.")]
    public void A_bad_event_whose_cost_is_judged_is_no_bad_news_of_its_own(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Contribution < 0);

    [Fact]
    public void A_plural_kind_of_company_opening_a_sentence_is_no_other_company() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Textron will report results on May 5. Planemakers have grumbled all year about late engine deliveries. The shares rose 6%.")
                .Tickers.Single(t => t.Symbol == "TXT").Polarity);

    [Fact]
    public void The_holder_of_patents_another_infringed_is_wronged() =>
        Assert.Equal(
            CompanyRules.Wronged,
            Analyzer.Analyze("A jury found that Globex infringed three patents owned by Intuitive Surgical.").Tickers.Single(t => t.Symbol == "ISRG").Rule);

    [Fact]
    public void A_refusal_to_act_is_no_decline() =>
        Assert.DoesNotContain(Analyzer.Analyze("A judge declined to certify a class of merchants in the fee case.").Evidence, e => e.Text == "declined");

    [Fact]
    public void An_employer_that_strikes_a_deal_with_its_workers_is_no_counterparty() =>
        Assert.Equal(
            Polarity.Positive,
            Analyzer.Analyze("Pilots union reaches deal with United Airlines, ending two years of talks").Tickers.Single(t => t.Symbol == "UAL").Polarity);

    [Fact]
    public void A_house_only_quoted_as_a_source_leaves_the_company_alone_in_the_text() =>
        Assert.Equal(
            Polarity.Negative,
            Analyzer.Analyze(
                "Hormel Foods postponed its results after an audit review began. The audit is only beginning. Shares fell 6% to a " +
                "one-year low. Jefferies cut the shares to hold. Hormel said its dividend is not affected.")
                .Tickers.Single(t => t.Symbol == "HRL").Polarity);

    [Fact]
    public void A_bad_rate_near_its_lows_is_good_news() =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze("Synchrony reported a write-off rate near historic lows.").Polarity);

    [Theory]
    [InlineData("Kroger said the wage increases in the new contract fit its budget.")]
    [InlineData("Ford agreed terms with the union a day ahead of a strike deadline.")]
    public void A_raise_in_wages_or_a_strike_deadline_is_no_news_of_its_own(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Evidence, e => e.Text is "increases" or "strike");

    [Theory]
    [InlineData("$INFY + $WIT both up premarket")]
    [InlineData("$INFY/$WIT both up premarket")]
    public void Names_joined_by_a_plus_or_a_slash_are_a_list(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "INFY").Polarity);

    [Theory]
    [InlineData("Titan Machinery beat forecasts while the John Deere dealer sold more used tractors.", "DE")]
    [InlineData("Coca-Cola Consolidated, a Coca-Cola bottler based in Charlotte, raised prices.", "KO")]
    [InlineData("Penske Automotive, one of the biggest operators of Toyota dealerships, beat estimates.", "TM")]
    public void A_brand_named_only_for_the_company_that_sells_it_is_not_tagged(string text, string symbol) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol);

    [Fact]
    public void A_trader_who_trimmed_a_stock_left_part_of_a_long_position() =>
        Assert.Equal(
            CompanyRules.TraderPosition,
            Analyzer.Analyze("trimmed $COST this morning, valuation got silly").Tickers.Single(t => t.Symbol == "COST").Rule);

    [Theory]
    [InlineData("panic over the $DXCM recall headline is overdone, buying this dip")]
    [InlineData("$UVE holding up fine this hurricane season")]
    public void A_dip_bought_and_a_storm_season_read_as_a_trader_means_them(string text) =>
        Assert.Equal(Polarity.Positive, Analyzer.Analyze(text).Tickers.Single().Polarity);

    [Theory]
    [InlineData("Customers sued Oncor, the power delivery unit of Sempra, over billing errors.", "SRE")]
    [InlineData("A group of Orange County towns sued Southern California Edison, the utility unit of Edison International, over wildfire damage.", "EIX")]
    public void A_unit_described_as_the_companys_part_carries_the_companys_news(string text, string symbol) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == symbol).Polarity);

    [Fact]
    public void A_house_that_rates_a_name_with_its_instrument_code_is_the_source() =>
        Assert.DoesNotContain(Analyzer.Analyze("Jefferies cuts Etsy Inc <ETSY.O> to hold on slowing sales").Tickers, t => t.Symbol == "JEF");

    [Theory]
    [InlineData("Moody's affirmed Kroger's Baa1 rating on Monday and kept its outlook stable.", "MCO", "KR")]
    [InlineData("S&P Global Ratings affirmed Hasbro's BBB rating and lowered its outlook to negative.", "SPGI", "HAS")]
    [InlineData("Moody's placed Alcoa on review for upgrade after the aluminum maker cut its debt.", "MCO", "AA")]
    public void An_agency_that_only_rates_another_company_is_not_tagged(string text, string agency, string rated)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.DoesNotContain(tickers, t => t.Symbol == agency);
        Assert.Contains(tickers, t => t.Symbol == rated);
    }

    [Theory]
    [InlineData("Jefferies just trimmed the $NKE price target to $70, says China demand is still soft", "JEF", "NKE")] // an adverb before the verb
    [InlineData("Evercore slapped an Outperform on $PANW after the analyst day", "EVR", "PANW")]
    [InlineData("Barclays bumped its $ADBE target to $520 on better AI monetization", "BCS", "ADBE")]
    [InlineData("Wells Fargo bumped its Home Depot target to $430 ahead of earnings.", "WFC", "HD")]
    public void A_house_that_moves_a_rating_or_its_target_on_a_stock_only_speaks(string text, string house, string rated)
    {
        var tickers = Analyzer.Analyze(text).Tickers;

        Assert.DoesNotContain(tickers, t => t.Symbol == house);
        Assert.Contains(tickers, t => t.Symbol == rated);
    }

    [Theory]
    [InlineData("Biogen named Maria Ortiz, a former regulatory affairs executive at Merck, as its head of development.", "MRK")]
    [InlineData("Target hired a former supply chain chief of Walmart to run its logistics network.", "WMT")]
    public void A_role_held_at_a_former_employer_before_its_name_is_no_news_of_it(string text, string symbol) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol);

    [Theory]
    [InlineData("Agree Realty, whose tenants include Walgreens and several grocers, raised its monthly dividend.", "WBA")]
    [InlineData("Builders FirstSource, whose customers include big builders such as Lennar, lowered its outlook.", "LEN")]
    [InlineData("Equinix leased more space as demand from clients ranging from Microsoft to small banks grew.", "MSFT")]
    public void A_company_named_only_as_another_companys_customer_or_tenant_is_not_tagged(string text, string symbol) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Tickers, t => t.Symbol == symbol);

    [Theory]
    [InlineData("$WBA downgraded AGAIN, this chart is a crime scene")] // an adverb in capitals names no stock rated
    [InlineData("Walgreens downgraded TWICE in one week")]
    public void A_stock_downgraded_again_is_the_one_rated(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single(t => t.Symbol == "WBA").Polarity);

    [Theory]
    [InlineData("$KHC chopped its quarterly payout by a third")]
    [InlineData("$BXP occupancy keeps leaking quarter after quarter")]
    public void A_figure_chopped_or_leaking_away_falls(string text) =>
        Assert.Equal(Polarity.Negative, Analyzer.Analyze(text).Tickers.Single().Polarity);
}
