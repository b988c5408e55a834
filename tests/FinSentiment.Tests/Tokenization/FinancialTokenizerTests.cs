using FinSentiment.Tokenization;
using static FinSentiment.Tests.Tokenization.TokenAssert;

namespace FinSentiment.Tests.Tokenization;

public sealed class FinancialTokenizerTests
{
    [Theory]
    [InlineData("Société Générale stürzt", "Word:Société", "Word:Générale", "Word:stürzt")]
    [InlineData("Сбербанк вырос на 5%", "Word:Сбербанк", "Word:вырос", "Word:на", "Percent:5%")]
    [InlineData("丰田汽车 利润 增长", "Word:丰田汽车", "Word:利润", "Word:增长")]
    [InlineData("Cafe\u0301 Müller", "Word:Cafe\u0301", "Word:Müller")]
    [InlineData("रिलायंस का मुनाफा", "Word:रिलायंस", "Word:का", "Word:मुनाफा")]
    [InlineData("𝐁𝐔𝐘 now", "Word:𝐁𝐔𝐘", "Word:now")]
    [InlineData("Q2 2020s Abc123def", "Word:Q2", "Word:2020s", "Word:Abc123def")]
    [InlineData("٢٠٢٤ sales", "Word:٢٠٢٤", "Word:sales")]
    public void Unicode_letters_and_digits_form_words(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("didn't fall", "Word:didn't", "Word:fall")]
    [InlineData("didn’t fall", "Word:didn’t", "Word:fall")]
    [InlineData("Tesla's shares", "Word:Tesla", "Word:'s", "Word:shares")]
    [InlineData("Tesla’s shares", "Word:Tesla", "Word:’s", "Word:shares")]
    [InlineData("McDonald's", "Word:McDonald", "Word:'s")]
    [InlineData("O'Neil won't", "Word:O'Neil", "Word:won't")]
    [InlineData("investors' fears", "Word:investors", "Punctuation:'", "Word:fears")]
    [InlineData("'Buy' rating", "Punctuation:'", "Word:Buy", "Punctuation:'", "Word:rating")]
    [InlineData("Apple's", "Word:Apple", "Word:'s")]
    [InlineData("AT&T's results", "Word:AT&T", "Word:'s", "Word:results")]
    public void Apostrophes_keep_contractions_and_split_possessives(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("year-on-year growth", "Word:year-on-year", "Word:growth")]
    [InlineData("better-than-expected results", "Word:better-than-expected", "Word:results")]
    [InlineData("COVID-19 hit", "Word:COVID-19", "Word:hit")]
    [InlineData("M&A and R&D at S&P", "Word:M&A", "Word:and", "Word:R&D", "Word:at", "Word:S&P")]
    [InlineData("AT&T and m&a deals", "Word:AT&T", "Word:and", "Word:m&a", "Word:deals")]
    [InlineData("Johnson & Johnson", "Word:Johnson", "Punctuation:&", "Word:Johnson")]
    [InlineData("Procter&Gamble", "Word:Procter", "Punctuation:&", "Word:Gamble")]
    [InlineData("pre- and post-", "Word:pre", "Punctuation:-", "Word:and", "Word:post", "Punctuation:-")]
    public void Hyphenated_words_and_ampersand_initialisms_stay_whole(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("EXCLUSIVE-Intel weighs", "Word:EXCLUSIVE", "Punctuation:-", "Word:Intel", "Word:weighs")]
    [InlineData("BRIEF-Teradyne raises", "Word:BRIEF", "Punctuation:-", "Word:Teradyne", "Word:raises")]
    [InlineData("UPDATE 2-Microsoft beats", "Word:UPDATE", "Number:2", "Punctuation:-", "Word:Microsoft", "Word:beats")]
    [InlineData("Focus-Group results", "Word:Focus-Group", "Word:results")] // guard: a label's word in lower case is no label
    [InlineData("COVID-Era rules", "Word:COVID-Era", "Word:rules")] // guard: capitals that are no wire's label
    [InlineData("files its 10-K", "Word:files", "Word:its", "Word:10-K")] // guard: no update number
    [InlineData("a 3-Day rally", "Word:a", "Word:3-Day", "Word:rally")] // guard: a number not after "UPDATE"
    public void A_wires_label_ends_before_the_headline_it_opens(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("UPDATE 3-H&R Block cuts", "Word:UPDATE", "Number:3", "Punctuation:-", "Word:H&R", "Word:Block", "Word:cuts")]
    [InlineData("UPDATE 1-AT&T adds", "Word:UPDATE", "Number:1", "Punctuation:-", "Word:AT&T", "Word:adds")]
    [InlineData("a 3-D&E plan", "Word:a", "Word:3-D&E", "Word:plan")] // guard: a number not after a wire's label
    public void A_wires_count_ends_before_a_name_with_an_ampersand(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("UPDATE 2-3M cuts", "Word:UPDATE", "Number:2", "Punctuation:-", "Word:3M", "Word:cuts")]
    [InlineData("UPDATE 1-7-Eleven owner", "Word:UPDATE", "Number:1", "Punctuation:-", "Word:7-Eleven", "Word:owner")]
    [InlineData("costs 2-3M euros", "Word:costs", "Currency:2-3M euros")] // guard: a range not after a wire's label
    public void A_wires_count_ends_before_a_name_that_opens_with_digits(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("CompaniesTesco sheds shops", "Word:Companies", "Word:Tesco", "Word:sheds", "Word:shops")]
    [InlineData("MarketsBP slips", "Word:Markets", "Word:BP", "Word:slips")]
    [InlineData("Industry NewsWood Group wins", "Word:Industry", "Word:News", "Word:Wood", "Word:Group", "Word:wins")]
    [InlineData("Marketside opens", "Word:Marketside", "Word:opens")] // guard: no capital after the label
    [InlineData("the CompaniesAct rules", "Word:the", "Word:CompaniesAct", "Word:rules")] // guard: not at a line's start
    [InlineData("NewsCorp rose", "Word:NewsCorp", "Word:rose")] // guard: "News" not after "Industry"
    public void A_section_label_glued_to_a_headline_is_a_word_of_its_own(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("BRIEF-NXP declares dividend", "Word:BRIEF", "Punctuation:-", "Word:NXP", "Word:declares", "Word:dividend")]
    [InlineData("Note.\nEXCLUSIVE-KLA weighs sale", "Word:Note", "SentenceEnd:.", "Word:EXCLUSIVE", "Punctuation:-", "Word:KLA", "Word:weighs", "Word:sale")]
    public void A_wire_label_that_opens_a_line_ends_before_a_name_in_capitals(string text, params string[] expected) => Tokens(text, expected);

    [Fact]
    public void Guard_capitals_after_a_label_word_inside_a_line_stay_one_word() =>
        Tokens("run the UPDATE-ALL job", "Word:run", "Word:the", "Word:UPDATE-ALL", "Word:job");

    [Theory]
    [InlineData("Apple Inc. said", "Word:Apple", "Word:Inc.", "Word:said")]
    [InlineData("Apple Inc. Shares rose", "Word:Apple", "Word:Inc.", "Word:Shares", "Word:rose")]
    [InlineData("Acme Corp. Chief", "Word:Acme", "Word:Corp.", "Word:Chief")]
    [InlineData("U.S. stocks", "Word:U.S.", "Word:stocks")]
    [InlineData("the U.S. Treasury", "Word:the", "Word:U.S.", "Word:Treasury")]
    [InlineData("e.g. Banks", "Word:e.g.", "Word:Banks")]
    [InlineData("No. 1 bank", "Word:No.", "Number:1", "Word:bank")]
    [InlineData("John F. Kennedy", "Word:John", "Word:F.", "Word:Kennedy")]
    [InlineData("Ph.D. holders", "Word:Ph.D.", "Word:holders")]
    [InlineData("J.P. Morgan", "Word:J.P.", "Word:Morgan")]
    [InlineData("on Jan. 5", "Word:on", "Word:Jan.", "Number:5")]
    [InlineData("SANTA CLARA, Calif. -- Intel", "Word:SANTA", "Word:CLARA", "Punctuation:,", "Word:Calif.", "Punctuation:-", "Punctuation:-", "Word:Intel")] // a dateline's state
    [InlineData("iron ore. Prices", "Word:iron", "Word:ore", "SentenceEnd:.", "Word:Prices")] // a state that is a word too ends a sentence
    [InlineData("REDMOND, Wash. -- Microsoft", "Word:REDMOND", "Punctuation:,", "Word:Wash.", "Punctuation:-", "Punctuation:-", "Word:Microsoft")] // … but in a dateline
    public void Abbreviations_and_initialisms_keep_their_stop_and_do_not_end_sentences(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("1,234.56", "Number:1,234.56")]
    [InlineData("13.1 and -4.2", "Number:13.1", "Word:and", "Number:-4.2")]
    [InlineData("1,234,567 units", "Number:1,234,567", "Word:units")]
    [InlineData("1,23", "Number:1", "Punctuation:,", "Number:23")]
    [InlineData("(-4.2)", "Punctuation:(", "Number:-4.2", "Punctuation:)")]
    [InlineData("+3.5 and −2", "Number:+3.5", "Word:and", "Number:−2")]
    [InlineData("fiscal 2023-24", "Word:fiscal", "Number:2023-24")]
    [InlineData("rose 5.", "Word:rose", "Number:5", "SentenceEnd:.")]
    [InlineData("a .5 gain", "Word:a", "Number:.5", "Word:gain")]
    [InlineData("5 million", "Number:5 million")]
    [InlineData("3M and 10-K", "Word:3M", "Word:and", "Word:10-K")]
    [InlineData("3-for-1 split", "Word:3-for-1", "Word:split")]
    public void Numbers_take_separators_decimals_signs_and_ranges(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("up 4%", "Word:up", "Percent:4%")]
    [InlineData("up 4 %", "Word:up", "Percent:4 %")]
    [InlineData("4 percent", "Percent:4 percent")]
    [InlineData("4 pct", "Percent:4 pct")]
    [InlineData("up 8pc on", "Word:up", "Percent:8pc", "Word:on")] // "pc", as Indian and British papers write it, in lower case
    [InlineData("soars 10 pc", "Word:soars", "Percent:10 pc")]
    [InlineData("5 PC makers", "Number:5", "Word:PC", "Word:makers")]
    [InlineData("4 per cent", "Percent:4 per cent")]
    [InlineData("-4.2%", "Percent:-4.2%")]
    [InlineData("25 bps", "Percent:25 bps")]
    [InlineData("+350bps margin", "Percent:+350bps", "Word:margin")] // basis points written onto the number
    [InlineData("-25bp", "Percent:-25bp")]
    [InlineData("5BP shares", "Word:5BP", "Word:shares")] // in capitals, a name
    [InlineData("2 percentage points", "Percent:2 percentage points")]
    [InlineData("5-7% range", "Percent:5-7%", "Word:range")]
    [InlineData("12%-14% range", "Percent:12%-14%", "Word:range")] // the top of a range, not a fall of 14%
    [InlineData("1.5%–3.5%", "Percent:1.5%–3.5%")]
    [InlineData("4%-a", "Percent:4%", "Punctuation:-", "Word:a")]
    [InlineData("4 per share", "Number:4", "Word:per", "Word:share")]
    public void Percentages_span_the_number_and_its_unit(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("EUR 13.1 mn", "Currency:EUR 13.1 mn")]
    [InlineData("EUR -1.1 mn", "Currency:EUR -1.1 mn")] // a loss written with its sign
    [InlineData("EUR - 1.1", "Word:EUR", "Punctuation:-", "Number:1.1")] // a dash apart is no sign
    [InlineData("$1.2bn", "Currency:$1.2bn")]
    [InlineData("€5m", "Currency:€5m")]
    [InlineData("USD 3 billion", "Currency:USD 3 billion")]
    [InlineData("Rs 10.4 crore", "Currency:Rs 10.4 crore")]
    [InlineData("Rs. 500 crore", "Currency:Rs. 500 crore")]
    [InlineData("₹500 crore", "Currency:₹500 crore")]
    [InlineData("USD3bn", "Currency:USD3bn")]
    [InlineData("US$ 5 million", "Currency:US$ 5 million")]
    [InlineData("HK$3.2 billion", "Currency:HK$3.2 billion")]
    [InlineData("$5M deal", "Currency:$5M", "Word:deal")]
    [InlineData("13 million euros", "Currency:13 million euros")]
    [InlineData("500 EUR", "Currency:500 EUR")]
    [InlineData("£ 20", "Currency:£ 20")]
    [InlineData("SEK 980 m (SEK 1,150 m)", "Currency:SEK 980 m", "Punctuation:(", "Currency:SEK 1,150 m", "Punctuation:)")] // a scale apart after a currency
    [InlineData("a 5 m drop", "Word:a", "Number:5", "Word:m", "Word:drop")] // apart without one: metres?
    [InlineData("EUR 6,8 million", "Currency:EUR 6,8 million")] // a decimal comma in an amount
    [InlineData("MEUR 8.8 (MEUR -6.0)", "Currency:MEUR 8.8", "Punctuation:(", "Currency:MEUR -6.0", "Punctuation:)")] // millions of euros
    [InlineData("TSEK 640", "Currency:TSEK 640")]
    [InlineData("MEGA 5", "Word:MEGA", "Number:5")]
    [InlineData("up 4,55 % on", "Word:up", "Percent:4,55 %", "Word:on")]
    [InlineData("3,7 mn euros", "Currency:3,7 mn euros")]
    [InlineData("items 1,2 and 3", "Word:items", "Number:1", "Punctuation:,", "Number:2", "Word:and", "Number:3")] // bare figures: a list
    [InlineData("in 2024,25 stores", "Word:in", "Number:2024", "Punctuation:,", "Number:25", "Word:stores")]
    [InlineData("EUR 1,2,3", "Currency:EUR 1", "Punctuation:,", "Number:2", "Punctuation:,", "Number:3")]
    [InlineData("$ sign", "Symbol:$", "Word:sign")]
    [InlineData("9.1 trillion won", "Currency:9.1 trillion won")] // a short currency name after a scale
    [InlineData("2 billion yen", "Currency:2 billion yen")]
    [InlineData("in 2019 won the award", "Word:in", "Number:2019", "Word:won", "Word:the", "Word:award")] // no scale: the verb
    [InlineData("up to EUR0 .9 m , from", "Word:up", "Word:to", "Currency:EUR0 .9 m", "Punctuation:,", "Word:from")] // a decimal point set off
    [InlineData("SEK6 .745 bn in 2010", "Currency:SEK6 .745 bn", "Word:in", "Number:2010")]
    [InlineData("rose 5 . 9 more", "Word:rose", "Number:5", "SentenceEnd:.", "Number:9", "Word:more")] // a full stop, then a figure
    public void Currency_amounts_are_one_token(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("$MSFT up", "Cashtag:$MSFT", "Word:up")]
    [InlineData("$msft", "Cashtag:$msft")]
    [InlineData("$BRK.B and $BRK-B", "Cashtag:$BRK.B", "Word:and", "Cashtag:$BRK-B")]
    [InlineData("Buy $AAPL.", "Word:Buy", "Cashtag:$AAPL", "SentenceEnd:.")]
    [InlineData("$AAPL's", "Cashtag:$AAPL", "Word:'s")]
    [InlineData("NYSE:IBM", "ExchangeSymbol:NYSE:IBM")]
    [InlineData("(NASDAQ: MSFT)", "Punctuation:(", "ExchangeSymbol:NASDAQ: MSFT", "Punctuation:)")]
    [InlineData("NYSE American: XYZ", "ExchangeSymbol:NYSE American: XYZ")]
    [InlineData("NYSE:BRK.B", "ExchangeSymbol:NYSE:BRK.B")]
    [InlineData("Euronext: ABC", "ExchangeSymbol:Euronext: ABC")]
    [InlineData("Nasdaq: The index", "Word:Nasdaq", "Punctuation::", "Word:The", "Word:index")]
    [InlineData("<JNJ.N>", "Symbol:<", "Word:JNJ.N", "Symbol:>")]
    [InlineData("<GOOGL.O>", "Symbol:<", "Word:GOOGL.O", "Symbol:>")] // a root of five capitals
    [InlineData("CMCSA.OQ fell", "Word:CMCSA.OQ", "Word:fell")]
    [InlineData("RALLY.The end", "Word:RALLY", "SentenceEnd:.", "Word:The", "Word:end")] // a capitalised word after the stop
    [InlineData("STOCKS SLUMP.US YIELDS RISE", "Word:STOCKS", "Word:SLUMP", "SentenceEnd:.", "Word:US", "Word:YIELDS", "Word:RISE")] // no exchange's suffix
    public void Cashtags_and_exchange_symbols_are_one_token(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("see https://example.com/a?b=1.", "Word:see", "Url:https://example.com/a?b=1", "SentenceEnd:.")]
    [InlineData("(www.reuters.com)", "Punctuation:(", "Url:www.reuters.com", "Punctuation:)")]
    [InlineData("mail ir@company.com.", "Word:mail", "Email:ir@company.com", "SentenceEnd:.")]
    [InlineData("john.doe@example.co.uk", "Email:john.doe@example.co.uk")]
    [InlineData("first_last+ir@bank.de", "Email:first_last+ir@bank.de")]
    [InlineData("@Reuters: #earnings #Q2", "Handle:@Reuters", "Punctuation::", "Hashtag:#earnings", "Hashtag:#Q2")]
    [InlineData("@user_name", "Handle:@user_name")]
    [InlineData("#1 pick", "Punctuation:#", "Number:1", "Word:pick")]
    public void Urls_emails_handles_and_hashtags(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("stocks 📈", "Word:stocks", "Emoji:📈")]
    [InlineData("👍🏽 ok", "Emoji:👍🏽", "Word:ok")]
    [InlineData("👨‍👩‍👧", "Emoji:👨‍👩‍👧")]
    [InlineData("👩‍❤️‍👨", "Emoji:👩‍❤️‍👨")]
    [InlineData("🏳️‍🌈", "Emoji:🏳️‍🌈")]
    [InlineData("❤️ it", "Emoji:❤️", "Word:it")]
    [InlineData("✊🏽", "Emoji:✊🏽")]
    [InlineData("🇺🇸🇨🇳", "Emoji:🇺🇸", "Emoji:🇨🇳")]
    [InlineData("🚀🚀", "Emoji:🚀", "Emoji:🚀")]
    public void Emoji_sequences_are_one_token(string text, params string[] expected) => Tokens(text, expected);

    [Theory]
    [InlineData("Alphabet <GOOGL.O> gained", "Word:Alphabet", "Symbol:<", "Word:GOOGL.O", "Symbol:>", "Word:gained")]
    [InlineData("Samsung <005930.KS> fell", "Word:Samsung", "Symbol:<", "Number:005930", "Punctuation:.", "Word:KS", "Symbol:>", "Word:fell")]
    [InlineData("Abbott <ABT.> fell", "Word:Abbott", "Symbol:<", "Word:ABT", "Punctuation:.", "Symbol:>", "Word:fell")]
    [InlineData("Banks <.SPXBK> gained", "Word:Banks", "Symbol:<", "Punctuation:.", "Word:SPXBK", "Symbol:>", "Word:gained")] // an index code
    [InlineData("index (.SOX) fell", "Word:index", "Punctuation:(", "Punctuation:.", "Word:SOX", "Punctuation:)", "Word:fell")]
    [InlineData("STOXX futures <.STXEc1> slipped", "Word:STOXX", "Word:futures", "Symbol:<", "Punctuation:.", "Word:STXEc1", "Symbol:>", "Word:slipped")]
    [InlineData("rose (. Shares", "Word:rose", "Punctuation:(", "SentenceEnd:.", "Word:Shares")] // no code: the stop ends the sentence
    [InlineData("Shares fell. [Reuters]", "Word:Shares", "Word:fell", "SentenceEnd:.", "Punctuation:[", "Word:Reuters", "Punctuation:]")]
    [InlineData("Shares rose. Profit fell!", "Word:Shares", "Word:rose", "SentenceEnd:.", "Word:Profit", "Word:fell", "SentenceEnd:!")]
    [InlineData("Really?! Yes", "Word:Really", "SentenceEnd:?!", "Word:Yes")]
    [InlineData("Wait… Then", "Word:Wait", "SentenceEnd:…", "Word:Then")]
    [InlineData("fell... but recovered", "Word:fell", "Punctuation:...", "Word:but", "Word:recovered")]
    [InlineData("rose 4.5. Shares", "Word:rose", "Number:4.5", "SentenceEnd:.", "Word:Shares")]
    [InlineData("approx. five", "Word:approx.", "Word:five")]
    [InlineData("end. \"but\" then", "Word:end", "Punctuation:.", "Punctuation:\"", "Word:but", "Punctuation:\"", "Word:then")]
    [InlineData("Title\nBody text", "Word:Title", "SentenceEnd:\n", "Word:Body", "Word:text")]
    [InlineData("rose\nsharply", "Word:rose", "Word:sharply")]
    [InlineData("rose\n\nsharply", "Word:rose", "SentenceEnd:\n", "Word:sharply")]
    [InlineData("rose.\nShares", "Word:rose", "SentenceEnd:.", "Word:Shares")]
    [InlineData("rose\r\n2024", "Word:rose", "SentenceEnd:\n", "Number:2024")]
    [InlineData("Apple Inc.\nNext", "Word:Apple", "Word:Inc.", "SentenceEnd:\n", "Word:Next")]
    [InlineData("was strong.\" Shares", "Word:was", "Word:strong", "SentenceEnd:.\"", "Word:Shares")] // the closing quote ends it too
    [InlineData("was strong.\u201D\nShares", "Word:was", "Word:strong", "SentenceEnd:.\u201D", "Word:Shares")] // not a sentence of its own
    [InlineData("was strong?')", "Word:was", "Word:strong", "SentenceEnd:?')")]
    [InlineData("rose.\"The next", "Word:rose", "SentenceEnd:.", "Punctuation:\"", "Word:The", "Word:next")] // an opening quote
    [InlineData("Acme Pte. Ltd. rose", "Word:Acme", "Word:Pte.", "Word:Ltd.", "Word:rose")]
    [InlineData("was flat. eBay rose", "Word:was", "Word:flat", "SentenceEnd:.", "Word:eBay", "Word:rose")] // a name with a capital after its first letter
    [InlineData("gained 2%. iQiyi slid", "Word:gained", "Percent:2%", "SentenceEnd:.", "Word:iQiyi", "Word:slid")]
    [InlineData("sales rose\niPhone demand", "Word:sales", "Word:rose", "SentenceEnd:\n", "Word:iPhone", "Word:demand")]
    [InlineData("fell. ebay later", "Word:fell", "Punctuation:.", "Word:ebay", "Word:later")] // all lower case goes on the sentence
    public void Sentence_ends(string text, params string[] expected) => Tokens(text, expected);

    [Fact]
    public void Offsets_point_at_the_token_characters()
    {
        var tokens = Tokenize("  Tesla's EUR 13.1 mn\nUp 4%.");
        Assert.Equal(
            [
                new Token(2, 5, TokenKind.Word),
                new Token(7, 2, TokenKind.Word),
                new Token(10, 11, TokenKind.Currency),
                new Token(21, 1, TokenKind.SentenceEnd),
                new Token(22, 2, TokenKind.Word),
                new Token(25, 2, TokenKind.Percent),
                new Token(27, 1, TokenKind.SentenceEnd),
            ],
            tokens);
    }

    [Fact]
    public void Empty_and_white_space_texts_give_no_tokens()
    {
        Assert.Empty(Tokenize(string.Empty));
        Assert.Empty(Tokenize("   \t "));
        Assert.Empty(Tokenize("\u200B\uFEFF \u202E"));
    }

    [Theory]
    [InlineData("a \u00C2\u00A36m stake", "Word:a", "Currency:\u00A36m", "Word:stake")] // "£" whose UTF-8 was read as Latin-1
    [InlineData("costs \u00C2\u00A0rise", "Word:costs", "Word:rise")] // a no-break space so read
    [InlineData("\u00C2ngstr\u00F6m", "Word:\u00C2ngstr\u00F6m")] // a word that begins with the letter
    public void A_stray_lead_of_a_misdecoded_symbol_is_skipped(string text, params string[] expected) => Tokens(text, expected);

    [Fact]
    public void An_empty_destination_consumes_nothing_before_a_token()
    {
        var status = FinancialTokenizer.Instance.Tokenize("  word", Span<Token>.Empty, out var written, out var consumed);
        Assert.Equal(System.Buffers.OperationStatus.DestinationTooSmall, status);
        Assert.Equal(0, written);
        Assert.Equal(2, consumed);
    }
}
