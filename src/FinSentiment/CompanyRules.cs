namespace FinSentiment;

/// <summary>
/// The names of the rules that set a company's score from the company's role in the text rather than from the phrases
/// about it: the value of <see cref="TickerSentiment.Rule"/> and <see cref="TargetSentiment.Rule"/>. Phrases explain the rest
/// of a score (<see cref="SentimentResult.Evidence"/>); a rule is named only where it decided the company's score.
/// </summary>
public static class CompanyRules
{
    /// <summary>Quoted only as a source or an adviser ("…, Goldman Sachs said"): scored 0, and not tagged as a ticker.</summary>
    public const string Source = "source";

    /// <summary>A credit rating agency acting on others' ratings ("Moody's cut Acme to junk"): scored 0.</summary>
    public const string RatingAgency = "rating-agency";

    /// <summary>A regulator, government or central bank named as a target, with no results of its own: scored 0.</summary>
    public const string Institution = "institution";

    /// <summary>A headline says the company held still ("Acme flat despite…"): scored 0 whatever happened around it.</summary>
    public const string HeldStill = "held-still";

    /// <summary>
    /// Named only as a person's former employer ("a former Acme executive"): scored 0. Only a target carries it: such a company
    /// is not listed among the tickers, as a source is not.
    /// </summary>
    public const string FormerEmployer = "former-employer";

    /// <summary>The customer that awards or drops a contract ("BT awarded Nokia the deal"): scored 0; the supplier has the news.</summary>
    public const string Customer = "customer";

    /// <summary>What a move is measured against ("Acme outperforms Globex", "rupee falls against the dollar"): scored 0.</summary>
    public const string Yardstick = "yardstick";

    /// <summary>The other party of an order or a deal ("wins an order from Globex"): scored 0.</summary>
    public const string Counterparty = "counterparty";

    /// <summary>An exchange named only as the venue of a move ("surges 10% on BSE"): scored 0.</summary>
    public const string Venue = "venue";

    /// <summary>Replaced, beaten or passed over by another company ("Nvidia replaces Intel in the Dow"): bad news for it.</summary>
    public const string Displaced = "displaced";

    /// <summary>Takes another's place or is picked over it ("Walmart picks Nvidia over AMD" for Nvidia): good news for it.</summary>
    public const string Displaces = "displaces";

    /// <summary>Ordered or agreed to pay the other side of a dispute ("a jury ordered Samsung to pay Netlist"): bad news for it.</summary>
    public const string MadeToPay = "made-to-pay";

    /// <summary>Paid by the other side of a dispute (Netlist in the example of <see cref="MadeToPay"/>): good news for it.</summary>
    public const string Paid = "paid";

    /// <summary>Blamed for a customer's trouble ("faulty parts supplied by Globex"): bad news for it.</summary>
    public const string AtFault = "at-fault";

    /// <summary>Holds the patent or right another infringed ("Globex infringed Acme's patents", for Acme): good news for it.</summary>
    public const string Wronged = "wronged";

    /// <summary>Named as the one the news is good for ("a boost for producers Nutrien and Mosaic", "in a win for Affirm").</summary>
    public const string Favoured = "favoured";

    /// <summary>Named as the one the news is bad for ("a blow to Globex", "a setback for Acme").</summary>
    public const string Harmed = "harmed";

    /// <summary>A supplier a customer drops or moves away from ("will drop Globex"): bad news for it.</summary>
    public const string ContractLost = "contract-lost";

    /// <summary>A supplier a customer picks or awards ("BT awarded Nokia the bulk of its network"): good news for it.</summary>
    public const string ContractWon = "contract-won";

    /// <summary>A party to a deal in a headline that says nothing else about it ("Acme sells its paint unit"): mildly good news.</summary>
    public const string DealParty = "deal-party";

    /// <summary>The company another bids for in a headline ("Globex mulls takeover of Initech", for Initech): good news for it.</summary>
    public const string TakeoverTarget = "takeover-target";

    /// <summary>A post's trade in the company's cashtag ("long $ANET", "sold my $NKE", "$TSLA puts got crushed"): its view of the stock.</summary>
    public const string TraderPosition = "trader-position";

    /// <summary>The one not picked by a preference ("prefer Acme over Globex", for Globex): its news counts against it.</summary>
    public const string PassedOver = "passed-over";
}
