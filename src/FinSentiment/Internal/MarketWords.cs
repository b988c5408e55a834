namespace FinSentiment.Internal;

/// <summary>
/// Words that put a text in the world of markets, trading and business without carrying sentiment or moving a quantity, so
/// the lexicon does not hold them: "investor", "economy", "oil", "dollar", "chief executive". With the lexicon's financial
/// entries, the amounts and the companies found, they decide whether a text has financial context
/// (<see cref="FinSentimentOptions.OffTopicWeight"/>).
/// </summary>
internal static class MarketWords
{
    private static readonly WordSet Words = new(
        // markets and instruments
        "investor", "investing", "investment", "investments", "invest", "invests", "invested", "trader", "traders", "traded",
        "trades", "bourse", "equity", "equities", "treasury", "treasuries", "bund", "bunds", "gilt",
        "gilts", "securities", "portfolio", "portfolios", "etf", "etfs", "derivatives", "commodity",
        "commodities", "oil", "brent", "wti", "gold", "silver", "copper", "wheat", "bitcoin", "crypto", "cryptocurrency",
        "dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "sterling", "rupee", "rupees", "ruble", "rouble", "peso",
        "franc", "currency", "currencies", "forex", "fx", "price", "prices", "priced", "pricing", "rates", "mortgage",
        "mortgages", "loan", "loans", "lending", "credit", "bailout", "stimulus", "tariff", "budget", "monetary",
        // the economy
        "economy", "economies", "economic", "economics", "economist", "economists", "recession", "fed", "ecb", "imf",
        "s&p", "ftse", "nikkei", "dax", "sensex", "nifty",
        // business
        "firm", "firms", "business", "businesses", "industry", "industries", "sector", "sectors", "corporate", "corp", "inc",
        "ltd", "plc", "lender", "lenders", "insurer", "insurers", "retailer", "retailers", "automaker", "automakers",
        "carmaker", "carmakers", "chipmaker", "chipmakers", "airline", "airlines", "startup", "startups", "brand", "brands",
        "ceo", "cfo", "coo", "executive", "executives", "chairman", "chairwoman", "boardroom", "contract", "contracts",
        "client", "clients", "consumer", "consumers", "supplier", "suppliers", "factory", "factories", "manufacturer",
        "manufacturers", "manufacturing", "merger", "mergers", "takeover", "takeovers", "buyout", "stake", "stakes", "bid",
        "bids", "valuation", "analyst", "quarter", "quarterly", "fiscal", "guidance", "forecast", "forecasts", "outlook",
        "company", "companies", "customer", "customers", "commercial", "negotiations", "shareholder", "shareholders",
        "employees", "workforce", "subsidiary", "subsidiaries", "vendor", "vendors", "products", "marketing",
        "headquarters", "wholesale", "procurement", "pipeline", "pipelines", "segment", "segments", "backlog", "orders",
        "operations", "deliveries", "production");

    /// <summary>Whether a word (any case) is a word of markets, trading or business.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
