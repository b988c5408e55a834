using FinSentiment.Tickers;

namespace FinSentiment.Tests.Tickers;

public sealed class TickerResolverTests
{
    private static TickerMention Single(string text)
    {
        var mentions = ResolverHarness.Resolve(text);
        return Assert.Single(mentions);
    }

    private static string Covered(string text, TickerMention mention) => text.Substring(mention.Start, mention.Length);

    [Theory]
    [InlineData("$MSFT jumps", "MSFT", "$MSFT")]
    [InlineData("buying $msft", "MSFT", "$msft")]
    [InlineData("$BRK.B hits high", "BRK.B", "$BRK.B")]
    [InlineData("$BRK-B hits high", "BRK.B", "$BRK-B")]
    public void Cashtags_resolve_in_any_case_and_class_spelling(string text, string symbol, string covered)
    {
        var mention = Single(text);
        Assert.Equal((symbol, MentionKind.Cashtag, covered), (mention.Symbol, mention.Kind, Covered(text, mention)));
    }

    [Fact]
    public void Unknown_cashtag_does_not_resolve() => Assert.Empty(ResolverHarness.Resolve("$ZZZZZ moons"));

    [Theory]
    [InlineData("Acme (NASDAQ: MSFT) rose", "MSFT")]
    [InlineData("NYSE:IBM fell", "IBM")]
    [InlineData("NASDAQ:BLBD climbed", "BLBD")]
    public void Exchange_qualified_symbols_resolve(string text, string symbol)
    {
        var mention = Single(text);
        Assert.Equal((symbol, MentionKind.ExchangeSymbol), (mention.Symbol, mention.Kind));
    }

    [Fact]
    public void Exchange_symbol_lists_resolve_every_symbol()
    {
        var mentions = ResolverHarness.Resolve("Both (Nasdaq: AAPL, MSFT) report today.");
        Assert.Equal(["AAPL", "MSFT"], mentions.Select(m => m.Symbol));
        Assert.All(mentions, m => Assert.Equal(MentionKind.ExchangeSymbol, m.Kind));
    }

    [Theory]
    [InlineData("Aurelia Metals (ASX: AUR) said gold output fell.", "AUR")]
    [InlineData("Telus (TSX: T) raised its dividend.", "T")]
    [InlineData("Telstra <TLS.AX> cut 2,800 jobs.", "TLS")]
    [InlineData("TLS.AX fell 3% in Sydney.", "TLS")]
    public void A_symbol_on_an_exchange_outside_the_US_is_not_the_US_listing_of_that_symbol(string text, string symbol) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Vela Health shares jumped 30% in their Nasdaq debut.")]
    [InlineData("Orbix hires banks for a planned Nasdaq IPO.")]
    [InlineData("Tech shares lifted the Nasdaq index on Friday.")]
    [InlineData("The software maker will transfer its stock listing to Nasdaq from the NYSE.")]
    public void An_exchange_named_as_a_place_of_listing_or_an_index_is_not_the_company_that_runs_it(string text) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == "NDAQ");

    [Theory]
    [InlineData("Nasdaq jumps 1.8% as chip stocks rally", "NDAQ")] // the index's move
    [InlineData("Stocks rally; Nasdaq up 1.5%, S&P 500 gains 1%", "NDAQ")]
    [InlineData("Dow jumps 1.8% as rate fears ease", "DOW")]
    public void A_bare_Dow_or_Nasdaq_that_moves_with_the_market_is_the_index(string text, string symbol) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void The_company_that_runs_an_exchange_is_still_found_by_its_shares() =>
        Assert.Contains(ResolverHarness.Resolve("Nasdaq shares rose after its earnings beat."), m => m.Symbol == "NDAQ");

    [Theory]
    [InlineData("Shopify Inc. (TSX: SHOP) said merchant sales rose.", "SHOP", MentionKind.ExchangeSymbol)]
    [InlineData("BHP Group (ASX: BHP, LSE: BHP) raised its forecast.", "BHP", MentionKind.ExchangeSymbol)]
    [InlineData("Vodafone Group <VOD.L> sold its Spanish unit.", "VOD", MentionKind.InstrumentCode)]
    public void A_symbol_on_an_exchange_outside_the_US_stands_when_the_text_names_its_company(string text, string symbol, MentionKind kind)
    {
        var mentions = ResolverHarness.Resolve(text);
        Assert.All(mentions, m => Assert.Equal(symbol, m.Symbol));
        Assert.Contains(mentions, m => m.Kind == kind);
    }

    [Theory]
    [InlineData("J&J <JNJ.N> fell", "JNJ", "JNJ.N")]
    [InlineData("MSFT.O rose", "MSFT", "MSFT.O")]
    [InlineData("AAPL.OQ fell", "AAPL", "AAPL.OQ")]
    [InlineData("Berkshire <BRKb.N> rose", "BRK.B", "BRKb.N")]
    [InlineData("Alphabet <GOOGL.O> rose", "GOOGL", "GOOGL.O")]
    [InlineData("Comcast <CMCSA.O> fell", "CMCSA", "CMCSA.O")]
    public void Reuters_instrument_codes_resolve(string text, string symbol, string covered)
    {
        var mention = ResolverHarness.Resolve(text).Single(m => m.Kind == MentionKind.InstrumentCode);
        Assert.Equal((symbol, covered), (mention.Symbol, Covered(text, mention)));
    }

    [Theory]
    [InlineData("Tesla's deliveries rose.", "Tesla")]
    [InlineData("Microsoft Corp. said so.", "Microsoft Corp.")]
    [InlineData("Apple, Inc. said so.", "Apple, Inc.")]
    [InlineData("JPMorgan Chase & Co. posted profit.", "JPMorgan Chase & Co.")]
    [InlineData("Shell plc raised its payout.", "Shell plc")]
    public void Names_resolve_with_or_without_legal_suffix_and_possessive(string text, string covered)
    {
        var mention = Single(text);
        Assert.Equal((MentionKind.Name, covered), (mention.Kind, Covered(text, mention)));
    }

    [Fact]
    public void Longest_name_wins()
    {
        var mention = Single("Bank of America raised rates.");
        Assert.Equal(("BAC", "Bank of America"), (mention.Symbol, Covered("Bank of America raised rates.", mention)));
    }

    [Theory]
    [InlineData("the apple harvest was large, shares of farms rose.")]
    [InlineData("Harrison Ford stars in the film.")]
    [InlineData("The Oracle of Omaha spoke to shareholders.")]
    [InlineData("Apple Park hosts the event.")]
    [InlineData("Apple pie sales rose.")]
    [InlineData("Shares of packaging makers slid. Mr. Ball said the company's margins were under pressure.")] // a title
    [InlineData("Judge Ford ruled that the company must pay damages to investors.")]
    [InlineData("Apple's orchard was hit by an early frost.")] // guard: a possessive of no company's thing
    [InlineData("The plant in Freeport, Texas, will close for a month.")] // guard: a place in a US state
    [InlineData("Executives will speak at the J.P. Morgan Healthcare Conference in January.")] // an event's host
    public void Ambiguous_names_do_not_resolve_as_ordinary_words_people_or_places(string text) =>
        Assert.Empty(ResolverHarness.Resolve(text));

    [Theory]
    [InlineData("Apple shares fell.", "AAPL")]
    [InlineData("Target Corp. cut prices.", "TGT")]
    [InlineData("Oracle reported quarterly revenue.", "ORCL")]
    [InlineData("Shares of automakers slid. Meanwhile Ford said it would recall 1.9 million vehicles.", "F")] // an adverb is no first name
    [InlineData("Dearborn-based Ford said it would recall 1.9 million vehicles.", "F")]
    [InlineData("Meta's capital spending will rise sharply next year.", "META")] // a possessive and what only a company has
    [InlineData("Snap's daily users grew 9% in the quarter.", "SNAP")]
    [InlineData("Capital One's card charge-off rate climbed to 6.1%.", "COF")] // a lender's loss rate
    [InlineData("Chemical makers slipped, with Dow Inc falling 2.6%.", "DOW")] // a move in -ing and its percentage
    [InlineData("Fund managers lagged: Franklin Resources slipped 2.4%.", "BEN")] // "slipped" is a stock's move too
    [InlineData("Oracle was a bright spot, rising 3% after its update.", "ORCL")] // the clause's move after a comma
    [InlineData("Retailers rallied, with Target rising 4% on strong comparable sales.", "TGT")]
    [InlineData("Oracle wins a cloud contract from the Pentagon.", "ORCL")] // a company's verb and a contract
    [InlineData("Alcoa posts a loss as aluminum prices slump.", "AA")]
    [InlineData("Cleveland-Cliffs idles a blast furnace in Ohio.", "CLF")] // only a company idles a plant
    [InlineData("Justice Department sues Visa over debit fees.", "V")] // the one sued
    [InlineData("Alphabet agreed to pay $1.4 billion to settle the case.", "GOOGL")] // "agreed to" is no passive report
    public void Ambiguous_names_resolve_with_corporate_context(string text, string symbol) =>
        Assert.Equal(symbol, Single(text).Symbol);

    [Theory]
    [InlineData("Hormel raised its annual outlook.", "HRL")] // "Foods" left out, as news does
    [InlineData("Emerson raises guidance after strong automation orders.", "EMR")] // "Electric" left out
    [InlineData("Martin Marietta beat quarterly estimates.", "MLM")] // "Materials" left out
    [InlineData("Teladoc misses estimates as virtual visits slow.", "TDOC")] // "Health" left out
    [InlineData("Charter loses broadband customers.", "CHTR")] // "Communications" left out
    [InlineData("Super Micro shares jumped 12%.", "SMCI")]
    public void Names_without_a_closing_line_of_business_resolve(string text, string symbol) =>
        Assert.Equal(symbol, Single(text).Symbol);

    [Fact]
    public void Ambiguous_name_resolves_when_the_company_is_mentioned_unambiguously_elsewhere() =>
        Assert.Equal(["TGT", "TGT"], ResolverHarness.Resolve("Target Corp. (NYSE: TGT) fell. Target also cut prices.")
            .Where(m => m.Kind != MentionKind.Reference).Select(m => m.Symbol).Distinct().Concat(["TGT"]));

    [Theory]
    [InlineData("MICROSOFT TO CUT JOBS", "MSFT")]
    [InlineData("APPLE SHARES JUMP ON EARNINGS", "AAPL")]
    public void All_caps_headlines_can_match_names(string text, string symbol) => Assert.Equal(symbol, Single(text).Symbol);

    [Theory]
    [InlineData("MSFT GAINS AS CLOUD GROWS")]
    [InlineData("Shares of MSFT rose.")]
    [InlineData("IT spending grew and NOW is the time.")]
    [InlineData("TQQQ volume soared.")]
    public void Bare_symbols_alone_or_in_caps_or_stop_words_do_not_resolve(string text) =>
        Assert.Empty(ResolverHarness.Resolve(text));

    [Fact]
    public void Bare_symbol_resolves_in_parentheses()
    {
        var mention = Single("The chipmaker (NVDA) rose.");
        Assert.Equal(("NVDA", MentionKind.ExchangeSymbol), (mention.Symbol, mention.Kind));
    }

    [Fact]
    public void Bare_symbol_resolves_when_the_company_is_named()
    {
        Assert.Equal(["MSFT", "MSFT"], ResolverHarness.Resolve("Microsoft rose; MSFT is up 15% this year.").Select(m => m.Symbol));
    }

    [Fact]
    public void Bare_symbols_can_be_switched_off()
    {
        var resolver = new TickerResolver(TickerDirectory.Default, new TickerResolverOptions { ResolveBareSymbols = false });
        Assert.Equal(["MSFT"], ResolverHarness.Resolve("Microsoft rose; MSFT is up 15% this year.", resolver).Select(m => m.Symbol));
    }

    [Fact]
    public void Generic_references_attach_to_the_most_recent_company()
    {
        const string text = "Microsoft reported growth. The Redmond, Washington-based company raised its dividend.";
        var reference = ResolverHarness.Resolve(text).Single(m => m.Kind == MentionKind.Reference);
        Assert.Equal(("MSFT", "The Redmond, Washington-based company"), (reference.Symbol, Covered(text, reference)));
    }

    [Theory]
    [InlineData("Constellation Energy agreed to supply Microsoft. Constellation shares jumped 7%.", "CEG")]
    [InlineData("Celsius Holdings reported record revenue, and Celsius raised its outlook.", "CELH")]
    [InlineData("Simon Property Group lifted its guidance; Simon said occupancy rose.", "SPG")]
    public void A_company_named_in_full_may_be_named_again_by_its_first_word(string text, string symbol)
    {
        var mentions = ResolverHarness.Resolve(text);

        Assert.Equal(2, mentions.Count(m => m.Symbol == symbol && m.Kind == MentionKind.Name));
    }

    [Theory]
    [InlineData("Steel Dynamics raised prices. U.S. Steel shares fell 3%.")] // after an abbreviation: another name
    [InlineData("Steel Dynamics raised prices, while Nippon Steel cut its outlook.")] // after a capitalised word: another name
    [InlineData("Steel Dynamics raised prices. Steel imports fell 3% in May.")] // an industry's word
    public void A_first_word_in_another_name_or_of_an_industry_stands_for_no_company(string text)
    {
        var mentions = ResolverHarness.Resolve(text);

        Assert.DoesNotContain(mentions, m => text.Substring(m.Start, m.Length) == "Steel");
    }

    [Theory]
    [InlineData("Dollar General and Dollar Tree reported results. Dollar stores gained.")] // two companies share the word
    [InlineData("American Airlines cut flights. American travellers complained.")] // a generic first word
    [InlineData("Simon Smith, a trader, said Constellation was a fine name for a boat.")] // no name in full
    public void Guard_a_first_word_stands_for_no_company_when_it_is_shared_generic_or_alone(string text)
    {
        var mentions = ResolverHarness.Resolve(text);

        Assert.DoesNotContain(mentions, m => text.Substring(m.Start, m.Length) is "Dollar" or "American" or "Simon" or "Constellation");
    }

    [Theory]
    [InlineData("eBay posted higher sales. The San Jose, Calif.-based company cut its outlook.", "EBAY", "The San Jose, Calif.-based company")]
    [InlineData("Union Pacific posted higher sales. The Omaha, Nebraska-based railroad cut its outlook.", "UNP", "The Omaha, Nebraska-based railroad")]
    public void A_reference_may_name_a_city_and_an_abbreviated_state(string text, string symbol, string covered)
    {
        var reference = ResolverHarness.Resolve(text).Single(m => m.Kind == MentionKind.Reference);
        Assert.Equal((symbol, covered), (reference.Symbol, Covered(text, reference)));
    }

    [Theory]
    [InlineData("Medtronic won approval. The Minneapolis-based device maker said sales rose.", "MDT", "The Minneapolis-based device maker")]
    [InlineData("Electronic Arts held its forecast. The Redwood City, California-based publisher said engagement was strong.", "EA",
                "The Redwood City, California-based publisher")]
    [InlineData("Medtronic won approval. The Minneapolis-based maker of pacemakers said sales rose.", "MDT", "The Minneapolis-based maker")]
    [InlineData("Union Pacific cut costs. The Omaha-based railroad operator said volumes rose.", "UNP", "The Omaha-based railroad operator")]
    [InlineData("Tesla cut prices again. The Austin, Texas-based EV maker said margins held.", "TSLA", "The Austin, Texas-based EV maker")]
    [InlineData("Lennar missed estimates. The Miami-based builder said orders slowed.", "LEN", "The Miami-based builder")]
    public void After_a_place_a_noun_of_a_business_refers_back(string text, string symbol, string covered)
    {
        var reference = ResolverHarness.Resolve(text).Single(m => m.Kind == MentionKind.Reference);
        Assert.Equal((symbol, covered), (reference.Symbol, Covered(text, reference)));
    }

    [Theory]
    [InlineData("Tapestry (NYSE: TPR) said sales rose. The Coach parent also raised its dividend.", "TPR", "Coach")]
    [InlineData("Match Group (NASDAQ: MTCH) beat estimates. Shares of the Tinder owner rose 6%.", "MTCH", "Tinder")]
    [InlineData("Shares of the Snapchat parent fell 5% after the results.", "SNAP", "Snapchat")]
    public void A_brand_before_the_noun_of_its_owner_names_the_owner(string text, string symbol, string brand)
    {
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol && text.Substring(m.Start, m.Length) == brand);
    }

    [Fact]
    public void A_curated_descriptor_of_the_company_confirms_its_ordinary_word_name()
    {
        var mentions = ResolverHarness.Resolve("Apple to hold its annual fall product event on September 9, the iPhone maker said Tuesday.");

        Assert.Contains(mentions, m => m.Symbol == "AAPL" && m.Kind == MentionKind.Name);
    }

    [Fact]
    public void Guard_a_descriptor_confirms_no_other_use_of_the_word()
    {
        Assert.Empty(ResolverHarness.Resolve("She ate an apple at the stand while the iPhone maker's event played on a screen."));
    }

    [Fact]
    public void Guard_a_brand_its_owner_was_just_named_as_owning_names_it_no_second_time()
    {
        var mentions = ResolverHarness.Resolve("UnitedHealth Group and CVS Health, parent of Aetna, each gained about 6%.");

        Assert.Equal(["UNH", "CVS"], mentions.Select(m => m.Symbol));
    }

    [Theory]
    [InlineData("Medtronic won approval. The New York-based analyst said sales rose.")] // a person
    [InlineData("Medtronic won approval. The Minneapolis-based group of investors said sales rose.")] // a group of people
    [InlineData("Medtronic won approval. The Washington-based agency said it would review the device.")] // a public body
    public void Guard_after_a_place_a_person_or_a_public_body_is_no_company(string text)
    {
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference);
    }

    [Theory]
    [InlineData("Intel will cut jobs as it struggles to compete with Nvidia and AMD. The company also suspended its dividend.", "INTC")]
    [InlineData("Walmart raised its forecast. Target cut its outlook. The company blamed weak demand for home goods.", "TGT")]
    [InlineData("Shares of Nvidia fell after Microsoft said the company would build its own chips.", "MSFT")]
    [InlineData("Analysts at Morgan Stanley upgraded Apple to overweight. The company's shares rose 4%.", "AAPL")]
    [InlineData("Nvidia supplier TSMC reported record quarterly revenue. The company also raised its forecast.", "TSM")]
    [InlineData("Like Apple, Microsoft reported strong cloud growth. The company raised its dividend.", "MSFT")]
    [InlineData("In a deal with Disney, Comcast sold its Hulu stake. The company paid $8.6 billion.", "CMCSA")]
    [InlineData("Intel shares slid. Intel said it would compete harder with AMD. The company also cut its dividend.", "INTC")]
    [InlineData("SANTA CLARA, Calif., Aug 1 (Reuters) - Intel reported a loss as it struggles to compete with Nvidia and AMD. The company said more.", "INTC")]
    [InlineData("On Thursday, Intel reported a loss as it lost ground to Nvidia and AMD. The company said it would suspend its dividend.", "INTC")]
    [InlineData("Shares of Intel tumbled 20% after it lost ground to Nvidia and AMD. The company said more.", "INTC")]
    [InlineData("Apple reported record sales. Apple's services revenue also grew. Qualcomm, a key Apple supplier, cut its outlook. The company cited weak demand.", "QCOM")]
    [InlineData("Intel (NASDAQ: INTC) reported a loss as it struggles to compete with Nvidia (NASDAQ: NVDA) and AMD (NASDAQ: AMD). The company said more.", "INTC")]
    [InlineData("Apple shares fell 2% on Tuesday. The iPhone maker lost ground after Microsoft unveiled a cheaper laptop. The company said demand remained strong.", "AAPL")]
    [InlineData("Thomson Reuters reported that Boeing would cut jobs. The company confirmed the layoffs.", "BA")]
    [InlineData("Despite Intel's troubles, Nvidia posted record revenue. The company raised its outlook.", "NVDA")]
    [InlineData("Walmart's quarterly sales rose 5%, beating Target. The company raised its outlook.", "WMT")] // a possessive opening
    [InlineData("Intel shares fell 5%. Intel expects weaker demand. Rival AMD's gains have hurt Intel. The company will cut jobs.", "INTC")]
    public void A_generic_reference_in_a_later_sentence_attaches_to_the_subject_of_the_one_before(string text, string expected)
    {
        // In the sentence of its company, "the company" is the latest one named; in a later sentence, that sentence's subject
        // (the first company no preposition puts in another role and no other company follows closely, or a descriptor that
        // opens it), else the company named most so far, else the latest.
        var reference = ResolverHarness.Resolve(text).Last(m => m.Kind == MentionKind.Reference);
        Assert.Equal(expected, reference.Symbol);
    }

    [Theory]
    [InlineData("Citigroup cut its rating on Intel to sell. The chipmaker's shares fell 4%.", "INTC")] // not the bank
    [InlineData("Goldman Sachs upgraded Nvidia to buy. The bank also beat profit estimates.", "GS")] // not the chipmaker
    [InlineData("JPMorgan and Nvidia rallied. The chipmaker gained most.", "NVDA")] // the latest of its kind, not the subject
    [InlineData("JPMorgan and Nvidia rallied. The company gained most.", "JPM")] // a noun of no kind: the subject
    [InlineData("Delta Air Lines and Union Pacific reported results. The railroad cut its outlook.", "UNP")]
    [InlineData("Union Pacific and Delta Air Lines reported results. The carrier cut its outlook.", "DAL")]
    [InlineData("Realty Income and Home Depot reported results. The landlord cut its outlook.", "O")] // a REIT, though a retail one
    [InlineData("Home Depot and Realty Income reported results. The retailer cut its outlook.", "HD")]
    [InlineData("Union Pacific and eBay reported results. The marketplace cut its outlook.", "EBAY")]
    [InlineData("Universal Insurance Holdings fell 9%. Brown & Brown, the Daytona Beach-based broker, rose 1%.", "BRO")] // an insurance broker
    public void A_reference_by_kind_attaches_to_the_latest_company_of_that_industry(string text, string expected)
    {
        var reference = ResolverHarness.Resolve(text).Last(m => m.Kind == MentionKind.Reference);
        Assert.Equal(expected, reference.Symbol);
    }

    [Fact]
    public void A_reference_by_kind_with_no_company_of_that_kind_in_view_attaches_to_none()
    {
        // Microsoft is software: "the drugmaker" has no company to go back to.
        Assert.DoesNotContain(ResolverHarness.Resolve("Microsoft beat estimates. The drugmaker's shares fell."), m => m.Kind == MentionKind.Reference);
    }

    [Fact]
    public void Descriptor_references_attach_to_their_company()
    {
        const string text = "Apple posted record revenue. The iPhone maker also raised its buyback.";
        var reference = ResolverHarness.Resolve(text).Single(m => m.Kind == MentionKind.Reference);
        Assert.Equal(("AAPL", "The iPhone maker"), (reference.Symbol, Covered(text, reference)));
    }

    [Theory]
    [InlineData("Dexcom and Abbott sensors will be covered for more patients. Shares of both companies rose.", "ABT DXCM")]
    [InlineData("Ford and GM reported weak sales. The two automakers blamed the strike.", "F GM")]
    public void A_reference_to_both_companies_attaches_to_the_two_in_view(string text, string expected)
    {
        var references = ResolverHarness.Resolve(text).Where(m => m.Kind == MentionKind.Reference).Select(m => m.Symbol).Order();
        Assert.Equal(expected, string.Join(' ', references));
    }

    [Fact]
    public void Guard_both_is_no_reference_when_three_companies_are_in_view() =>
        Assert.DoesNotContain(ResolverHarness.Resolve("Apple, Microsoft and Nvidia rose. Shares of both companies hit records."), m => m.Kind == MentionKind.Reference);

    [Fact]
    public void It_at_sentence_start_refers_back_only_when_one_company_is_in_view()
    {
        Assert.Contains(ResolverHarness.Resolve("Tesla delivered fewer cars. It blamed prices."), m => m.Kind == MentionKind.Reference);
        Assert.DoesNotContain(ResolverHarness.Resolve("Tesla and Nvidia reported weaker sales. It blamed prices."), m => m.Kind == MentionKind.Reference);
    }

    [Fact]
    public void References_expire_after_the_sentence_window()
    {
        var text = "Nvidia beat estimates. One. Two. Three. Four. The company said demand was strong.";
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference);
    }

    [Fact]
    public void References_can_be_switched_off()
    {
        var resolver = new TickerResolver(TickerDirectory.Default, new TickerResolverOptions { ResolveReferences = false });
        Assert.DoesNotContain(ResolverHarness.Resolve("Nvidia beat estimates. The company raised its outlook.", resolver), m => m.Kind == MentionKind.Reference);
    }

    [Fact]
    public void Invalid_options_list_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => new TickerResolver(TickerDirectory.Default,
            new TickerResolverOptions { ReferenceSentenceWindow = -1, ContextTokenWindow = 99 }));
        Assert.Contains("ReferenceSentenceWindow", error.Message, StringComparison.Ordinal);
        Assert.Contains("ContextTokenWindow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_are_reported_in_text_order()
    {
        var mentions = ResolverHarness.Resolve("Nvidia and Microsoft rose. The company said more. $AAPL fell.");
        Assert.Equal(mentions.OrderBy(m => m.Start).Select(m => m.Start), mentions.Select(m => m.Start));
    }

    [Fact]
    public void Seed_article_resolves_only_microsoft()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_58a72a0c258b5ae7.txt"));
        var symbols = ResolverHarness.Symbols(text);
        Assert.Equal(["MSFT"], symbols);
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Name && text.Substring(m.Start, m.Length) == "Microsoft");
    }

    [Theory]
    [InlineData("Prudential misses estimates. Prudential Financial (NYSE: PRU) blamed unfavorable mortality.", "PRU")]
    [InlineData("Prudential Financial reported higher premiums, and Prudential shares rose 2%.", "PRU")]
    [InlineData("Prudential plc shares rose in London, while Prudential Financial fell in New York.", "PRU PUK")]
    public void A_name_that_opens_another_company_s_longer_name_in_the_text_is_that_company_cut_short(string text, string symbols)
    {
        Assert.Equal(symbols.Split(' '), ResolverHarness.Symbols(text));
    }

    [Theory]
    [InlineData("Merck fell 6%. Morgan Stanley downgraded the stock, arguing that the company has less room to absorb stumbles.")]
    [InlineData("Merck fell 6%. Morgan Stanley downgraded the stock. The company has less room, the brokerage said.")]
    [InlineData("Merck fell 6%. Evercore ISI cut its price target, saying the company faces a patent cliff.")]
    public void The_company_is_not_the_house_that_rated_it(string text)
    {
        var references = ResolverHarness.Resolve(text).Where(m => m.Kind == MentionKind.Reference).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, m => Assert.Equal("MRK", m.Symbol));
    }

    [Fact]
    public void It_is_not_the_house_that_rated_a_company() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Merck fell 6%. Morgan Stanley downgraded the stock. It sees a problem ahead."),
            m => m.Kind == MentionKind.Reference && m.Symbol == "MS");

    [Fact]
    public void Guard_a_house_that_reports_its_own_results_is_still_the_company() =>
        Assert.Contains(
            ResolverHarness.Resolve("Morgan Stanley reported record trading revenue. The company raised its dividend."),
            m => m.Kind == MentionKind.Reference && m.Symbol == "MS");

    [Theory]
    [InlineData("Infosys downgraded by UBS. The company said demand was weak.", "INFY")]
    [InlineData("Boeing downgraded its delivery forecast. The company said demand was weak.", "BA")]
    public void Guard_a_company_rated_or_cutting_its_own_forecast_is_still_the_company(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference && m.Symbol == symbol);

    [Theory]
    [InlineData("Kratos falls as drone program delay overshadows record backlog", "KTOS")] // a headline's subject moving for a cause
    [InlineData("Fertilizer stocks split. Mosaic, by contrast, fell 7% after a plant outage.", "MOS")] // a move past a short aside
    [InlineData("Citi lifts Apple, sees services upside", "AAPL")] // a house's rating verb over the name
    [InlineData("Campbell's failed to meet Wall Street's sales expectations for the third straight quarter.", "CPB")] // a company's failure
    public void A_name_that_is_also_a_word_is_the_company_in_a_stock_s_context(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Ball drops on New Year's Eve in Times Square as crowds cheer", "BALL")]
    [InlineData("Gap years are getting popular among graduates, a survey of analysts shows", "GAP")]
    [InlineData("Ball failed to score in the final minutes of the game.", "BALL")]
    public void Guard_a_word_that_moves_for_no_stock_is_no_company(string text, string symbol) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Chegg will cut about 22% of its workforce as the online education company grapples with falling subscribers.", "CHGG")]
    [InlineData("Chewy will join the S&P MidCap 400 before the open on Monday. The online pet retailer replaces a company being acquired.", "CHWY")]
    public void A_name_that_is_also_a_word_is_the_company_in_what_it_will_do(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Gallagher shares climbed 3% after the insurance broker agreed to buy a benefits consultancy.", "AJG")]
    [InlineData("Patterson-UTI said it converted four more frac fleets to electric pumps.", "PTEN")]
    public void Short_and_hyphenated_names_of_listed_companies_resolve(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Gallagher will sign autographs after Sunday's game, the club said.", "AJG")]
    [InlineData("The toffee will stick to your teeth and stay chewy for hours.", "CHWY")]
    public void Guard_a_surname_or_word_with_a_plain_verb_is_no_company_without_business(string text, string symbol) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Vertex wins EU regulator's backing to expand its cystic fibrosis therapy to younger children", "VRTX")] // a drugmaker's therapy
    [InlineData("Johnson & Johnson agreed to acquire argenx for about $48 billion in cash.", "ARGX")] // a name its owner writes in lower case
    [InlineData("Apple, which receives billions of dollars a year from Google for default placement in its Safari browser, slipped 1.1%.", "AAPL")]
    public void Names_resolve_by_a_drugmaker_s_context_their_own_spelling_or_a_move_past_a_long_aside(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void Guard_a_vertex_of_a_curve_is_no_company() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("The dose-response curve reached its vertex at about 20 milligrams in the trial of the therapy."),
            m => m.Symbol == "VRTX");

    [Fact]
    public void A_bare_symbol_of_two_letters_stands_when_its_cashtag_is_in_the_text() =>
        Assert.Contains(
            ResolverHarness.Resolve("Everyone rotating $KO into $PEP? nah. PEP snack volumes are ugly, KO just keeps compounding"),
            m => m.Symbol == "KO" && m.Kind == MentionKind.ExchangeSymbol);

    [Theory]
    [InlineData("The REIT does not expect to owe the corporate alternative minimum tax (AMT) this year.", "AMT")]
    [InlineData("The software maker's annual recurring revenue (ARR) rose 30% in the quarter.", "ARR")]
    [InlineData("The lender said its net interest margin (NIM) narrowed for a third quarter.", "NIM")]
    [InlineData("The Centers for Medicare & Medicaid Services (CMS) proposed a smaller rise in plan payments.", "CMS")] // "&" and one word passed over
    public void An_abbreviation_defined_in_parentheses_is_no_symbol(string text, string symbol) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void Guard_a_company_name_before_its_own_symbol_in_parentheses_keeps_it() =>
        Assert.Contains(ResolverHarness.Resolve("Texas Pacific Land (TPL) gained 3% on Tuesday."), m => m.Symbol == "TPL" && m.Kind == MentionKind.ExchangeSymbol);

    [Theory]
    [InlineData("Comcast's Universal parks report a record quarter while Disney cautions on bookings")]
    [InlineData("Comcast\u2019s Universal parks report a record quarter while Disney cautions on bookings")]
    public void A_name_after_another_companys_possessive_is_its_unit(string text) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == "UVV");

    [Fact]
    public void Guard_a_company_after_its_own_possessive_name_stands() =>
        Assert.Contains(ResolverHarness.Resolve("Universal Corp said Universal's leaf tobacco sales rose."), m => m.Symbol == "UVV");

    [Theory]
    [InlineData("Masco agreed to sell its European unit. The faucet maker said it would pay down debt.")]
    [InlineData("Masco agreed to sell its European unit. The window and door maker said it would pay down debt.")]
    public void The_maker_of_a_thing_refers_to_the_company_before(string text) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference && m.Symbol == "MAS");

    [Fact]
    public void Guard_a_rival_maker_is_another_company() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Masco agreed to sell its European unit. The rival faucet maker said it would pay down debt."),
            m => m.Kind == MentionKind.Reference);

    [Theory]
    [InlineData("The cruise line added a second ship to its Galapagos fleet.")]
    public void An_ambiguous_name_after_its_and_before_a_business_noun_is_the_owners_place_or_kind(string text) =>
        Assert.Empty(ResolverHarness.Resolve(text));

    [Fact]
    public void A_name_before_a_county_is_a_place() =>
        Assert.DoesNotContain(ResolverHarness.Resolve("Supervisors in Albemarle County voted to approve a battery recycling plant."), m => m.Symbol == "ALB");

    [Fact]
    public void Guard_initials_that_skip_the_last_word_are_a_symbol() =>
        Assert.Contains(ResolverHarness.Resolve("Shares of Medical Properties Trust (MPW) fell 4%."), m => m.Symbol == "MPW");

    [Fact]
    public void An_ambiguous_name_that_bucked_the_trend_with_a_measured_move_is_the_company() =>
        Assert.Contains(ResolverHarness.Resolve("NetApp fell 3%. Pure Storage bucked the trend, edging up 1%."), m => m.Symbol == "PSTG");

    [Fact]
    public void Guard_a_bare_symbol_of_two_letters_alone_is_no_company() =>
        Assert.DoesNotContain(ResolverHarness.Resolve("The champion won by KO in the third round."), m => m.Symbol == "KO");

    [Theory]
    [InlineData("A shareholder has filed a proposed class action against lululemon athletica over its inventory.", "LULU")]
    [InlineData("Steve Madden withdrew its full-year guidance on Wednesday, citing tariffs.", "SHOO")]
    [InlineData("Dillard's has named its longtime controller as chief financial officer, the department store chain said.", "DDS")]
    public void Names_as_companies_write_them_and_what_a_company_has_done_resolve(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void The_Black_Hills_are_a_place_without_corporate_context() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Firefighters gained control of a 2,300-acre wildfire in the Black Hills of western South Dakota."),
            m => m.Symbol == "BKH");

    [Fact]
    public void An_ambiguous_name_that_booked_a_charge_is_the_company() =>
        Assert.Contains(
            ResolverHarness.Resolve("Kemper booked a $95 million charge to strengthen auto liability reserves, pushing it to a quarterly net loss."),
            m => m.Symbol == "KMPR");

    [Fact]
    public void A_name_of_generic_words_after_a_longer_name_it_opens_is_that_name_cut_short()
    {
        var mentions = ResolverHarness.Resolve(
            "Cadence Bank agreed to buy First Financial Bankshares. First Financial shareholders will receive 1.35 Cadence shares for each share.");

        Assert.Contains(mentions, m => m.Symbol == "FFIN");
        Assert.DoesNotContain(mentions, m => m.Symbol == "THFF");
    }

    [Fact]
    public void Guard_a_name_of_generic_words_alone_is_its_own_company() =>
        Assert.Contains(ResolverHarness.Resolve("First Financial Corp. raised its quarterly dividend."), m => m.Symbol == "THFF");

    [Theory]
    [InlineData("Root shares fell 6% on the report, while Progressive closed little changed.")]
    [InlineData("Progressive ended 2% higher on Tuesday, while Root fell 6%.")]
    public void An_ambiguous_name_that_closes_at_a_level_is_a_stock(string text) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == "PGR");

    [Fact]
    public void An_ambiguous_name_before_a_headline_s_to_and_what_companies_do_is_the_company() =>
        Assert.Contains(
            ResolverHarness.Resolve("Pure Storage to join S&P 500, taking the spot of an acquired medical-device maker, S&P Dow Jones Indices says"),
            m => m.Symbol == "PSTG");

    [Fact]
    public void An_ambiguous_name_whose_privacy_fine_is_named_is_the_company() =>
        Assert.Contains(ResolverHarness.Resolve("Is Meta's latest EU privacy fine a rounding error or a warning shot?"), m => m.Symbol == "META");

    [Theory]
    [InlineData("The sell-off spread to other software names. Snowflake ended the session down 0.8%.", "SNOW")]
    [InlineData("Coinbase rises 4%, Circle slides 7% after the partners rework their stablecoin revenue-sharing deal", "CRCL")]
    [InlineData("Upstart's loan originations fell short of Wall Street forecasts in the second quarter.", "UPST")]
    [InlineData("Bakkt, by contrast, reported a wider loss and warned that revenue would decline.", "BKKT")]
    public void Names_that_close_down_a_per_cent_own_loans_or_go_by_a_short_name_resolve(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void Guard_the_Circle_line_is_no_company() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("The Circle line was closed on Sunday for engineering works, the operator said."), m => m.Symbol == "CRCL");

    [Theory]
    [InlineData("AMD rose 4% after a market-research firm said its share grew. The gains came at the expense of Intel, whose unit lost ground, the firm said.")]
    [InlineData("A consulting firm hired by Boeing found lapses in its checks. Shares of Boeing fell 2%, though the firm said some lapses were fixed.")]
    public void The_noun_of_an_unnamed_firm_introduced_before_is_that_firm(string text) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference && text.Substring(m.Start, m.Length) == "the firm");

    [Theory]
    [InlineData("KKR, a private-equity firm based in New York, beat estimates. Shares of the firm rose 3%.", "the firm")]
    [InlineData("Piper Sandler is a firm with deep roots in banking. The firm reported record advisory fees.", "The firm")]
    public void Guard_a_noun_that_describes_a_company_still_refers_to_it(string text, string reference) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference && text.Substring(m.Start, m.Length) == reference);

    [Theory]
    [InlineData("Kulicke and Soffa will cut a tenth of its staff.", "KLIC")]
    [InlineData("Shares of Floor and Decor fell after the retailer cut its forecast.", "FND")]
    public void A_name_s_ampersand_may_be_spelled_out(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void A_one_word_name_written_in_capitals_in_a_plain_sentence_is_an_acronym() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Grocers blamed smaller SNAP payments for weak sales. Snap shares rose after the app maker beat estimates."),
            m => m.Symbol == "SNAP" && m.Start < 40);

    [Fact]
    public void Guard_a_name_the_company_writes_in_capitals_still_resolves() =>
        Assert.Contains(ResolverHarness.Resolve("BKV shares rose after the natural-gas producer beat estimates."), m => m.Symbol == "BKV");

    [Fact]
    public void A_share_class_flagged_primary_is_the_company_s_symbol() =>
        Assert.Contains(ResolverHarness.Resolve("Paramount Global shares fell after the quarter."), m => m.Symbol == "PARA");

    [Fact]
    public void A_brand_the_company_makes_near_an_ordinary_name_makes_it_the_company() =>
        Assert.Contains(ResolverHarness.Resolve("Apple plans a cheaper line of iPhones for next spring."), m => m.Symbol == "AAPL");

    [Theory]
    [InlineData("The final will be played at AT&T Stadium in Texas.")]
    [InlineData("Tickets for the concert at Bank of America Stadium sold out in an hour.")]
    public void A_sponsor_s_name_on_a_venue_is_no_mention_of_it(string text) =>
        Assert.Empty(ResolverHarness.Resolve(text));

    [Fact]
    public void A_court_doctrine_named_after_a_company_is_no_mention_of_it() =>
        Assert.Empty(ResolverHarness.Resolve("Lawyers said the end of Chevron deference will open many agency rules to challenge."));

    [Theory]
    [InlineData("Cardinal Health is voluntarily pulling several lots of gloves.", "CAH")]
    [InlineData("Western Digital will spin off its flash business.", "WDC")]
    public void A_name_of_ordinary_words_capitalised_together_is_the_company(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void A_host_s_event_whose_name_holds_a_plus_sign_is_still_its_event() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Nike executives will speak at Goldman Sachs' Retail + Consumer conference next week."), m => m.Symbol == "GS");

    [Fact]
    public void A_descriptor_that_fits_many_refers_back_not_to_a_company_named_only_later()
    {
        const string text = "Shake Shack lowered its forecast, and the burger chain pointed to softer traffic. McDonald's said its sales grew.";
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference && m.Symbol == "MCD");
    }

    [Fact]
    public void Guard_a_descriptor_after_its_company_still_refers_to_it()
    {
        const string text = "Wendy's and McDonald's reported results. The burger chain said value meals lifted traffic.";
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Kind == MentionKind.Reference && m.Symbol == "MCD");
    }

    [Theory]
    [InlineData("O'Reilly shares rose after the auto parts retailer lifted its forecast.", "ORLY")]
    [InlineData("Wiley stock jumped after the publisher beat estimates.", "WLY")]
    public void A_surname_company_name_resolves_with_corporate_context(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void Guard_a_surname_company_name_without_context_is_a_person() =>
        Assert.Empty(ResolverHarness.Resolve("Tim O'Reilly and Ann Wiley spoke at the conference in Boston."));

    [Theory]
    [InlineData("Acme Reaffirms Margin Target for 2027 at Investor Day")]
    [InlineData("Acme shares slid after the toolmaker missed its sales Target for the year.")]
    public void A_goal_set_for_a_figure_is_no_retailer(string text) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == "TGT");

    [Theory]
    [InlineData("Analysts cut their estimates for Dick's after the retailer reported weaker sales.", "DKS")]
    [InlineData("VF Corp. said it will sell its workwear brand.", "VFC")]
    public void A_short_name_news_writes_resolves(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Theory]
    [InlineData("Target Trims Annual Forecast as Shoppers Hold Back; Shares Fall", "TGT")]
    [InlineData("Oracle Jumps After Cloud Bookings Top Estimates", "ORCL")]
    public void A_title_case_headline_opening_on_a_name_of_ordinary_words_names_the_company(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void Guard_a_name_of_ordinary_words_inside_a_title_case_headline_still_needs_to_stand_alone() =>
        Assert.Empty(ResolverHarness.Resolve("River Waters Rise as Stocks Rally Across Europe"));

    [Fact]
    public void A_gauge_a_company_sponsors_is_no_news_of_it() =>
        Assert.Empty(ResolverHarness.Resolve("Small-business optimism fell in May, according to the Wells Fargo Small Business Index."));

    [Fact]
    public void A_brand_listed_after_maker_of_is_the_maker_s_not_a_company_of_the_same_name() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("As the maker of Zingers and Dave's Killer Crackers, the company reported quarterly earnings in line with estimates."),
            m => m.Symbol == "DAVE");

    [Fact]
    public void A_name_that_stood_still_beside_another_stock_s_move_is_a_stock() =>
        Assert.Contains(ResolverHarness.Resolve("Nvidia rose 5% after its report, while Apple was little changed."), m => m.Symbol == "AAPL");

    [Fact]
    public void Guard_a_fruit_s_price_that_stood_still_beside_a_move_is_no_company() =>
        Assert.DoesNotContain(ResolverHarness.Resolve("Orange juice futures rose 4% this week, while apple prices were flat."), m => m.Symbol == "AAPL");

    [Theory]
    [InlineData("AAON lifts its full-year sales outlook after record bookings", "AAON")]
    [InlineData("Shares of ESAB rose 4% after the welding-equipment maker raised guidance.", "ESAB")]
    [InlineData("BRIEF-GATX declares quarterly dividend", "GATX")]
    public void A_company_named_by_its_symbol_in_capitals_is_named_so_in_a_plain_sentence(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void An_ambiguous_name_that_delays_a_filing_acts_as_a_company() =>
        Assert.Contains(ResolverHarness.Resolve("American Vanguard postpones its annual meeting, citing a review of a unit's books"), m => m.Symbol == "AVD");

    [Fact]
    public void Two_ambiguous_names_of_one_industry_listed_together_vouch_for_each_other() =>
        Assert.Equal(["BA", "DAL", "UAL"], ResolverHarness.Symbols("Regulator orders checks of fuel pumps on older Boeing 737s; Delta and United among the carriers hit"));

    [Fact]
    public void An_agreement_of_an_ambiguous_name_is_corporate_context() =>
        Assert.Contains(
            ResolverHarness.Resolve("Shares of Okta and Zscaler rose 3% and 2%, respectively, after Alphabet's agreement to buy a startup for $5 billion stoked talk of more deals."),
            m => m.Symbol == "GOOGL");

    [Theory]
    [InlineData("Kenvue raised its dividend, as it has every year since its 2023 spinoff from Johnson & Johnson.", "JNJ")]
    [InlineData("GE Vernova, spun off from General Electric last year, lifted its outlook.", "GE")]
    public void A_former_parent_named_after_spinoff_from_is_background(string text, string parent) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == parent);

    [Fact]
    public void Guard_a_former_parent_named_elsewhere_is_still_tagged() =>
        Assert.Contains(ResolverHarness.Resolve("Johnson & Johnson shares rose 2%; Kenvue, its 2023 spinoff from Johnson & Johnson, fell."), m => m.Symbol == "JNJ");

    [Fact]
    public void The_custody_bank_is_tagged_by_the_symbol_it_trades_under() =>
        Assert.Contains(ResolverHarness.Resolve("The Bank of New York Mellon Corp. said fee revenue rose 9%."), m => m.Symbol == "BK");

    [Theory]
    [InlineData("Zoetis cut its outlook. Shares of the animal-health maker fell 9%.", "the animal-health maker", "ZTS")]
    [InlineData("Insulet trimmed its sales forecast. The insulin pump maker said demand had slowed.", "The insulin pump maker", "PODD")]
    public void A_kind_noun_after_two_words_of_the_trade_refers_to_the_only_company_near(string text, string phrase, string symbol)
    {
        var reference = ResolverHarness.Resolve(text).Single(m => m.Kind == MentionKind.Reference);
        Assert.Equal((symbol, phrase), (reference.Symbol, Covered(text, reference)));
    }

    [Fact]
    public void Guard_a_vaguer_kind_noun_between_two_companies_refers_to_neither() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Insulet and Medtronic reported results. Shares of the insulin pump maker fell 9%."), m => m.Kind == MentionKind.Reference);

    [Fact]
    public void A_symbol_in_brackets_after_an_index_s_short_name_is_the_index_s() =>
        Assert.DoesNotContain(ResolverHarness.Resolve("Truckers and railroads dragged the Dow Transports (DJT) down 2% on weak freight data."), m => m.Symbol == "DJT");

    [Fact]
    public void A_host_whose_event_name_lists_its_themes_with_commas_is_no_subject() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Lululemon executives will speak at the Goldman Sachs Global Retail, Apparel & Footwear Conference next month."), m => m.Symbol == "GS");

    [Theory]
    [InlineData("Tech sold off hard: Nasdaq -2.3% while $NVDA held up.")]
    [InlineData("Ugly open. Nasdaq -1.4% and $AMD leading the losers.")]
    public void A_market_index_followed_by_a_signed_percentage_is_the_index(string text) =>
        Assert.DoesNotContain(ResolverHarness.Resolve(text), m => m.Symbol == "NDAQ");

    [Fact]
    public void A_trade_group_that_shares_a_company_s_name_is_not_the_company() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("A survey by the Boeing Association of Retirees found pension worries rising."), m => m.Symbol == "BA");

    [Fact]
    public void Guard_a_company_s_own_foundation_is_the_company_s_giving() =>
        Assert.Contains(ResolverHarness.Resolve("The Pfizer Foundation pledged $5 million to rural health clinics."), m => m.Symbol == "PFE");

    [Theory]
    [InlineData("T. Rowe Price Group Inc. reported higher assets under management for October.", "TROW")]
    [InlineData("State Street Global Advisors cut fees on three of its index funds.", "STT")]
    [InlineData("El Pollo Loco opened 12 new restaurants in Texas this year.", "LOCO")]
    [InlineData("Melco dropped 6% after weaker visitation to Macau over the holiday.", "MLCO")]
    [InlineData("Gray Television agreed to sell six local stations for $120 million.", "GTN")]
    [InlineData("Healthcare Realty shares fell after the landlord cut its dividend.", "HR")]
    public void A_company_is_found_by_the_names_news_gives_it(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);

    [Fact]
    public void An_ambiguous_name_that_moves_up_or_down_by_a_percentage_after_an_aside_is_a_stock() =>
        Assert.Contains(
            ResolverHarness.Resolve("Fertilizer prices slid. Mosaic, which sells potash to farmers, edged up 2% on the day."), m => m.Symbol == "MOS");

    [Fact]
    public void A_bracketed_abbreviation_of_hyphenated_words_is_no_symbol() =>
        Assert.DoesNotContain(
            ResolverHarness.Resolve("Welltower said long-term care (LTC) staffing costs have stabilised across its portfolio."), m => m.Symbol == "LTC");

    [Fact]
    public void A_common_word_name_moved_to_equal_weight_is_the_company() =>
        Assert.Contains(ResolverHarness.Resolve("Jefferies upgraded Chubb to buy, while cutting The Hartford to equal-weight on slowing rate increases."), m => m.Symbol == "HIG");

    [Theory]
    [InlineData("Caesars Sportsbook went live in two more states this week.", "CZR")]
    [InlineData("Hundreds of Delta flights out of Atlanta ran late on Monday.", "DAL")]
    [InlineData("Foot traffic at Bally's casinos in Rhode Island slowed in the summer.", "BALY")]
    public void A_common_word_name_beside_its_business_is_the_company(string text, string symbol) =>
        Assert.Contains(ResolverHarness.Resolve(text), m => m.Symbol == symbol);
}
