namespace FinSentiment.Tickers;

/// <summary>
/// Which companies a noun of a kind can refer back to ("the chipmaker", "the bank", "the retailer"), by the words of their
/// <see cref="CompanyInfo.Industry"/>. A company of no known industry fits every noun, and so does every company a noun of
/// no kind ("the company", "the firm", "the group").
/// </summary>
internal static class CompanyKinds
{
    // Each kind noun and the words of the industries it fits (GICS sub-industry names, matched as substrings, ignoring case).
    // Some thirty kinds, asked only when a reference by kind is found: a plain scan, no hashing of the noun.
    private static readonly (string Kind, string[] Words)[] IndustryWords =
    [
        ("bank", ["Bank", "Consumer Finance"]),
        ("lender", ["Bank", "Consumer Finance", "Mortgage"]),
        ("chipmaker", ["Semiconductor"]),
        ("retailer", ["Retail", "Distributors"]),
        ("carmaker", ["Automobile"]),
        ("automaker", ["Automobile"]),
        ("automaker's", ["Automobile"]),
        ("insurer", ["Insurance", "Managed Health Care", "Health Care Services", "Multi-Sector Holdings"]),
        ("airline", ["Airlines"]),
        ("drugmaker", ["Pharmaceutical", "Biotechnology"]),
        ("miner", ["Mining", "Gold", "Copper", "Steel", "Metals", "Coal"]),
        ("utility", ["Utilities"]),
        ("brewer", ["Brewers", "Distillers"]),
        ("broker", ["Brokerage", "Brokers", "Financial Exchanges"]),
        ("streamer", ["Entertainment", "Interactive Media", "Broadcasting"]),
        ("planemaker", ["Aerospace"]),
        ("chain", ["Retail", "Restaurants", "Hotels", "Leisure", "Food Distributors"]),
        ("carrier", ["Airlines", "Air Freight", "Cargo Ground", "Trucking", "Marine", "Telecom", "Wireless", "Insurance"]),
        ("railroad", ["Rail"]),
        ("railway", ["Rail"]),
        ("trucker", ["Cargo Ground", "Trucking"]),
        ("marketplace", ["Broadline Retail", "Interactive Media", "Hotels"]),
        ("landlord", ["REIT", "Real Estate"]),
        ("grocer", ["Food Retail", "Consumer Staples Merchandise Retail"]),
        ("supermarket", ["Food Retail", "Consumer Staples Merchandise Retail"]),
        ("homebuilder", ["Homebuilding"]),
        ("refiner", ["Refining"]),
        ("telco", ["Telecom", "Wireless"]),
    ];

    /// <summary>Whether <paramref name="noun"/> can refer to <paramref name="company"/>.</summary>
    public static bool Fits(ReadOnlySpan<char> noun, CompanyInfo company)
    {
        var industry = company.Industry;
        if (industry is null)
        {
            return true;
        }

        foreach (var (kind, words) in IndustryWords)
        {
            if (!noun.Equals(kind, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var word in words)
            {
                // Retail REITs own shops; they do not run them (only "the landlord" is one).
                if (industry.Contains(word, StringComparison.OrdinalIgnoreCase) && (word == "REIT" || !industry.Contains("REIT", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        return true; // "the company", "the firm": a noun of no kind
    }
}
