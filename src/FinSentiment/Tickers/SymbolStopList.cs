using FinSentiment.Internal;

namespace FinSentiment.Tickers;

/// <summary>
/// Upper-case words that are English words, acronyms or abbreviations as often as they are ticker symbols, so they never
/// resolve as bare symbols (<c>IT</c>, <c>NOW</c>, <c>CEO</c>, <c>GDP</c>).
/// </summary>
internal static class SymbolStopList
{
    private static readonly SpanLookup<bool> Words = Create(
        "A", "I", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF", "OK", "ON", "OR",
        "SO", "TO", "UP", "US", "WE", "AM", "PM", "TV", "PC", "AI", "UK", "EU", "UN", "HR", "IP", "PR", "QA", "VR", "AR", "EV", "ID",
        "ALL", "AND", "ANY", "ARE", "BIG", "BUY", "CAN", "CAR", "CAT", "DAY", "DID", "FOR", "FUN", "GET", "GOT", "HAS", "HER",
        "HIM", "HIS", "HOT", "HOW", "KEY", "LOW", "MAN", "NEW", "NOT", "NOW", "ONE", "OUR", "OUT", "OWN", "RUN", "SAY", "SEE",
        "SHE", "SIX", "TEN", "THE", "TOP", "TWO", "USE", "WAS", "WAY", "WHO", "WHY", "WIN", "YES", "YOU", "AGO", "AIR", "ART",
        "BIO", "BOX", "EAT", "FLY", "GAS", "JOB", "JOE", "LIFE", "LOVE", "MAIN", "PLAY", "REAL", "SAFE", "TRUE", "WELL", "WORK",
        "CEO", "CFO", "COO", "CTO", "CIO", "EPS", "SEC", "FED", "FDA", "FTC", "DOJ", "IRS", "ECB", "BOE", "BOJ", "IMF", "WHO",
        "OPEC", "NATO", "USD", "EUR", "GBP", "JPY", "CNY", "GDP", "CPI", "PPI", "PMI", "ETF", "ETFS", "IPO", "IPOS", "ESG",
        "USA", "UAE", "API", "APP", "APPS", "CEOS", "LLC", "INC", "LTD", "PLC", "CORP", "NYSE", "AMEX", "NASDAQ", "YOY", "QOQ",
        "EST", "EDT", "PST", "GMT", "UTC", "ATM", "FAQ", "CRM", "ERP", "SAAS", "CLOUD", "COST", "FAST", "GOOD", "HOPE",
        "NICE", "OPEN", "PEAK", "RARE", "RIDE", "SAVE", "SNOW", "STAY", "TEAM", "TECH", "WISH", "ZONE", "BEST", "EVER", "FREE",
        "LOAN", "BANK", "CASH", "FUND", "GOLD", "OIL", "EARN", "HEAR", "HAIL", "HOME", "INFO", "JOBS", "MOVE", "NEXT", "PLUS",
        "POST", "RENT", "SELL", "SHOP", "SITE", "STEP", "TALK", "TELL", "TRIP", "VERY", "WIRE", "NET", "EDU", "NEWS", "IRA",
        "LNG", "EVS", "GPU", "CPU", "LLM", "AGI", "API", "SUV", "R&D", "M&A", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", "YTD",
        "MAPP", "COVID", "NFT", "DNA", "RNA", "FBI", "CIA", "NSA", "NHS", "BBC", "CNN", "CNBC", "WSJ", "NYT", "AP", "AFP",
        "OTC", "IMO", "LOL", "OMG", "ASAP", "DIY", "VIP", "MVP", "BRICS", "ASEAN", "G7", "G20", "PE", "VC", "RE", "CO", "II", "III",
        "ICE", "FOX", "DOW", "SPY", "ARM", "BILL", "FIVE", "NINE", "ELSE", "FORM", "FORD", "FIRE", "FLEX", "HUGE", "RACE", "ROOT",
        "SAND", "SONY", "TRIP", "UBER", "WAVE", "WOLF");

    public static bool Contains(ReadOnlySpan<char> word) => Words.TryGetValue(word, out _);

    private static SpanLookup<bool> Create(params string[] words)
    {
        var unique = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            unique[word] = true;
        }

        return new SpanLookup<bool>([.. unique]);
    }
}
