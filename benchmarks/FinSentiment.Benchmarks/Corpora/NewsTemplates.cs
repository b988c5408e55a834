using System.Globalization;
using System.Text;

namespace FinSentiment.Benchmarks.Corpora;

/// <summary>
/// Hand-written templates and vocabulary for synthetic financial news. A slot such as <c>{Company}</c> is filled with
/// a random choice from its vocabulary; <c>{Pct}</c>, <c>{Num}</c> and <c>{Money}</c> draw numbers. Seeded, so every run
/// sees the same text.
/// </summary>
internal static class NewsTemplates
{
    public static readonly string[] HeadlineTemplates =
    [
        "{Company} shares {Up} {Pct} after {Quarter} earnings beat estimates",
        "{Company} cuts full-year outlook as {Cause}; stock {Down} {Pct}",
        "UPDATE 2-{Company} profit {Up} to {Money}, tops forecasts",
        "{Company} to buy {Company2} for {Money} in all-cash deal",
        "{Company}'s CEO steps down amid {Cause}",
        "Wall Street ends {Mixed} as investors weigh {Macro}",
        "{Company} (NYSE: {Ticker}) misses revenue expectations, shares {Down} {Pct}",
        "BRIEF-{Company} says Q{Q} revenue {Money} vs. {Money} a year earlier",
        "{Company} downgraded to 'sell' at {Broker}; price target cut to ${Num}",
        "{Company} raises dividend by {Pct}, announces {Money} buyback",
        "Fed's {Official} says rates may stay higher for longer; Treasury yields {Up}",
        "{Company} wins {Money} contract from U.S. Department of Defense",
        "{Company} recalls {Num},000 vehicles over {Cause}",
        "Oil {Up} {Pct} as OPEC+ extends output cuts; Brent at ${Num}.{D} a barrel",
        "{Company} didn't meet guidance, sees weaker demand in H2",
    ];

    public static readonly string[] SentenceTemplates =
    [
        "{Company} said on {Day} that net income {Up} {Pct} to {Money} in the {Quarter}, beating analysts' estimates of {Money}.",
        "Revenue {Down} to {Money} from {Money} a year earlier, hurt by {Cause}.",
        "Shares of {Company} (NASDAQ: {Ticker}) {Up} {Pct} in early trading, their best day since {Month}.",
        "The company cut its full-year forecast and now expects earnings per share of ${Num}.{D} to ${Num}.{D}, below the consensus of ${Num}.{D}.",
        "\"We delivered record results despite a challenging environment,\" Chief Executive {Person} said in a statement.",
        "Analysts at {Broker} raised their price target to ${Num} from ${Num}, citing stronger-than-expected demand for {Product}.",
        "{Company} Inc. also announced a {Money} share buyback and raised its quarterly dividend by {Pct}.",
        "Operating margin narrowed to {Num}.{D}% from {Num}.{D}% as costs for {Cause} rose year-on-year.",
        "The U.S. Securities and Exchange Commission is investigating the company's accounting, according to a filing.",
        "Investors worry that {Macro} could weigh on demand; the S&P 500 {Down} {Pct} and the Nasdaq slipped.",
        "The deal, valued at about {Money}, is expected to close in the second half of 2025, subject to regulatory approval.",
        "{Company} did not immediately respond to a request for comment.",
        "Free cash flow was {Money}, compared with {Money} in the prior-year period, and net debt stood at {Money}.",
        "Guidance for the fourth quarter implies sales growth of {Num}-{Num}%, short of the {Num}% growth Wall Street had modelled.",
        "The stock has {Up} {Pct} so far this year, outperforming the broader market's {Num}.{D}% gain.",
    ];

    public static readonly string[] SocialTemplates =
    [
        "${Ticker} breaking out 🚀🚀 target ${Num} #stocks #trading",
        "Loading up on ${Ticker} and ${Ticker2} before earnings 📈 @{Handle} thoughts?",
        "${Ticker} down {Pct} premarket on {Cause}... not selling 💎🙌",
        "Bearish on ${Ticker}: guidance cut, margins shrinking 📉 https://example.com/{Ticker}/analysis",
        "${Ticker} beat EPS by $0.{D}{D}, revenue ${Num}.{D}B vs ${Num}.{D}B est. Stock {Up} {Pct} AH",
        "RT @{Handle}: ${Ticker} $BRK.B ${Ticker2} are my top picks for 2025 👍🏽 #investing",
        "Why is ${Ticker} {Down} {Pct} today?? 🤔 someone explain",
        "${Ticker} puts printing 💰💰 #wallstreetbets",
        "Just sold half my ${Ticker} position, up {Pct} 🎉 thanks @{Handle}",
        "NYSE:{Ticker} looks weak below the 200-day MA, watching ${Num} support 👀",
    ];

    public static readonly string[] NonAsciiTemplates =
    [
        "Die Aktie von {DeCompany} stieg um {Num},{D} Prozent auf {Num},{D} €, nachdem der Umsatz im {DeQuarter} überraschend kräftig zulegte.",
        "Der Vorstand senkte die Prognose für das Geschäftsjahr; der Gewinn dürfte auf {Num} Mio. € fallen.",
        "Analysten der {DeBank} äußerten sich skeptisch über die Margenentwicklung in Südeuropa.",
        "L'action {FrCompany} a bondi de {Num},{D} % à la Bourse de Paris après des résultats supérieurs aux prévisions.",
        "Le chiffre d'affaires a progressé de {Num} % sur un an, à {Num},{D} milliards d'euros, porté par la demande en Amérique.",
        "La société a relevé son objectif de marge opérationnelle malgré la hausse des coûts énergétiques.",
        "{InCompany} ka shuddh munafa {Num}% badhkar ₹{Num} crore ho gaya, jo bazaar ke anumaan se behtar hai.",
        "Sensex mein {Num} ank ki tezi aayi aur Nifty {Num},{D}{D}{D} ke upar band hua.",
        "{InCompany} shares rose {Pct} to ₹{Num}.{D} on the NSE after the company reported Rs {Num}.{D} crore in quarterly profit.",
        "Ökonomen erwarten, dass die EZB die Zinsen senkt — für Exporteure wie {DeCompany} wäre das eine Entlastung.",
    ];

    private static readonly Dictionary<string, string[]> Vocabulary = new()
    {
        ["Company"] = ["Apple", "Microsoft", "Tesla", "Nvidia", "Boeing", "Ford Motor", "Exxon Mobil", "Pfizer", "JPMorgan Chase", "Walmart", "Intel", "Netflix", "AT&T", "Procter & Gamble", "Johnson & Johnson", "Alphabet", "Amazon.com", "Meta Platforms"],
        ["Company2"] = ["a cloud software rival", "Acme Robotics", "a European chipmaker", "Globex Corp.", "Initech Holdings", "a regional lender"],
        ["Ticker"] = ["AAPL", "MSFT", "TSLA", "NVDA", "BA", "F", "XOM", "PFE", "JPM", "WMT", "INTC", "NFLX", "T", "PG", "JNJ", "GOOGL", "AMZN", "META"],
        ["Ticker2"] = ["AMD", "PLTR", "SOFI", "COIN", "RIVN", "SNOW", "UBER", "SHOP"],
        ["Up"] = ["rose", "jumped", "climbed", "surged", "gained", "rallied", "soared", "edged up"],
        ["Down"] = ["fell", "dropped", "slid", "tumbled", "declined", "sank", "plunged", "slipped"],
        ["Mixed"] = ["higher", "lower", "mixed", "flat"],
        ["Cause"] = ["weak demand in China", "supply-chain disruptions", "higher interest rates", "a costly recall", "an accounting probe", "soft consumer spending", "rising labour costs", "currency headwinds"],
        ["Macro"] = ["inflation data", "the Fed's next move", "tariff threats", "a slowing economy", "weak jobs numbers", "bond-market turmoil"],
        ["Quarter"] = ["first quarter", "second quarter", "third quarter", "fourth quarter", "fiscal second quarter"],
        ["Q"] = ["1", "2", "3", "4"],
        ["Day"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        ["Month"] = ["January", "March", "May", "August", "October", "December"],
        ["Person"] = ["Jane Smith", "John F. Miller", "Maria Gonzalez", "Wei Chen", "Ahmed Khan"],
        ["Broker"] = ["Goldman Sachs", "Morgan Stanley", "J.P. Morgan", "Barclays", "UBS", "Jefferies"],
        ["Product"] = ["AI servers", "electric vehicles", "cloud services", "weight-loss drugs", "smartphones"],
        ["Official"] = ["Powell", "Waller", "Williams", "Bowman"],
        ["Handle"] = ["DeItaone", "unusual_whales", "zerohedge", "markets", "CNBC", "TraderJoe42"],
        ["DeCompany"] = ["Siemens", "Volkswagen", "BASF", "Münchener Rück", "Deutsche Börse", "Bayer"],
        ["DeQuarter"] = ["ersten Quartal", "zweiten Quartal", "dritten Quartal", "Schlussquartal"],
        ["DeBank"] = ["Deutschen Bank", "Commerzbank", "DZ Bank", "Berenberg"],
        ["FrCompany"] = ["LVMH", "TotalEnergies", "Société Générale", "L'Oréal", "Hermès", "Crédit Agricole"],
        ["InCompany"] = ["Reliance Industries", "Tata Motors", "Infosys", "HDFC Bank", "Bajaj Finance"],
    };

    public static string[] Generate(string[] templates, int seed, int count)
    {
        var random = new Random(seed);
        var documents = new string[count];
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            Fill(builder, templates[random.Next(templates.Length)], random);
            documents[i] = builder.ToString();
        }

        return documents;
    }

    public static string[] GenerateParagraphs(int seed, int count, int sentences) =>
        GenerateParagraphs(seed, count, sentences, SentenceTemplates);

    public static string[] GenerateParagraphs(int seed, int count, int sentences, string[] templates)
    {
        var random = new Random(seed);
        var documents = new string[count];
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    builder.Append(' ');
                }

                Fill(builder, templates[random.Next(templates.Length)], random);
            }

            documents[i] = builder.ToString();
        }

        return documents;
    }

    /// <summary>One article: a headline, a dateline, then paragraphs separated by blank lines, until it reaches <paramref name="minChars"/>.</summary>
    public static string GenerateArticle(int seed, int minChars)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        Fill(builder, HeadlineTemplates[random.Next(HeadlineTemplates.Length)], random);
        builder.Append("\n\nNEW YORK, Oct 24 (Reuters) - ");
        while (builder.Length < minChars)
        {
            var sentences = random.Next(2, 6);
            for (var s = 0; s < sentences; s++)
            {
                Fill(builder, SentenceTemplates[random.Next(SentenceTemplates.Length)], random);
                builder.Append(' ');
            }

            builder.Append("\n\n");
        }

        return builder.ToString().TrimEnd();
    }

    private static void Fill(StringBuilder builder, string template, Random random)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(template, position, template.Length - position);
                return;
            }

            var close = template.IndexOf('}', open);
            builder.Append(template, position, open - position);
            builder.Append(Slot(template[(open + 1)..close], random));
            position = close + 1;
        }
    }

    private static string Slot(string name, Random random) => name switch
    {
        "Pct" => string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 30)}.{random.Next(10)}%"),
        "Num" => random.Next(2, 950).ToString(CultureInfo.InvariantCulture),
        "D" => random.Next(10).ToString(CultureInfo.InvariantCulture),
        "Money" => Money(random),
        _ => Vocabulary[name][random.Next(Vocabulary[name].Length)],
    };

    private static string Money(Random random)
    {
        var amount = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 99)}.{random.Next(10)}");
        return random.Next(5) switch
        {
            0 => $"${amount} billion",
            1 => $"${amount}bn",
            2 => $"EUR {amount} mn",
            3 => $"{amount} million euros",
            _ => $"${amount} million",
        };
    }
}
