namespace FinSentiment.Internal;

/// <summary>
/// Whether a company is named as the one paid damages, compensation or royalties ("a jury ordered Samsung to pay Netlist $303
/// million", "agreed to pay EUR 2.4 bn to Vattenfall and RWE", "royalty payments to Nokia", "Air New Zealand received compensation
/// from Rolls-Royce"), or as the one made to pay ("ordered Samsung to pay", "Skanska must pay", "compensation from Rolls-Royce").
/// The words of a dispute around them ("damages", "infringing", "dispute") weigh against both sides alike; who pays whom
/// tells them apart.
/// </summary>
internal static class PaymentText
{
    /// <summary>The most words read back from the "to" before a payee to the verb or noun of paying ("pay AED 120 mn to").</summary>
    private const int MaxWordsToPayee = 8;

    /// <summary>The most words read after a payee's verb of receiving for the thing received ("received a $2 bn settlement").</summary>
    private const int MaxWordsToPayment = 5;

    private static readonly WordSet PayVerbs = new("pay", "pays", "paid", "paying", "repay", "repays", "repaid", "repaying");

    // What is paid to a company over a dispute or a licence: "payments to Nokia", "compensation from Rolls-Royce".
    private static readonly WordSet PaymentNouns = new(
        "payment", "payments", "compensation", "damages", "royalties", "royalty", "restitution", "reimbursement", "indemnity",
        "award", "settlement", "fees", "costs");

    // Verbs that make the company after them pay: "ordered Samsung to pay", "forcing Apple to pay".
    private static readonly WordSet CompellingVerbs = new(
        "order", "orders", "ordered", "ordering", "force", "forces", "forced", "forcing", "require", "requires", "required",
        "requiring", "compel", "compels", "compelled", "compelling", "told", "directed");

    // Verbs by which a company receives a payment: "received compensation from", "will receive royalties", "won damages".
    private static readonly WordSet ReceivingVerbs = new(
        "receive", "receives", "received", "receiving", "win", "wins", "won", "winning", "collect", "collects", "collected",
        "collecting", "secure", "secures", "secured", "securing", "get", "gets", "got", "obtain", "obtains", "obtained");

    // Words between a payer and "pay" that say it has no choice: "Skanska must pay", "Acme was ordered to pay", "had to pay".
    private static readonly string[] CompelledPayments =
    [
        "must pay", "must repay", "was ordered to pay", "were ordered to pay", "is ordered to pay", "has been ordered to pay",
        "have been ordered to pay", "had been ordered to pay", "will have to pay", "would have to pay", "had to pay", "has to pay",
        "was told to pay", "was forced to pay", "is required to pay", "was required to pay", "must now pay", "will be required to pay",
        "was ordered to repay", "must compensate", "was ordered to compensate",
    ];

    // A compelled payment in the passive with the one ordering it named: "was ordered by a jury to pay".
    private static readonly string[] PaymentInfinitives = ["to pay ", "to repay ", "to compensate "];

    private static readonly string[] OrderedBy = ["was ordered by ", "were ordered by ", "is ordered by ", "has been ordered by ", "had been ordered by "];

    /// <summary>The most chars of the one ordering a payment ("a federal jury in Marshall, Texas" is 33).</summary>
    private const int MaxOrderingParty = 64;

    /// <summary>
    /// The stems every cue of a payment holds: each way to be paid or made to pay (<see cref="IsPaid"/>, <see cref="IsMadeToPay"/>)
    /// needs a verb of paying ("pay", "repaid"), "compensate" or a payment's noun (<see cref="PaymentNouns"/>: "royalties",
    /// "damages"), so a text with none of them names no one paid or made to pay, and its names are not read.
    /// </summary>
    public static readonly Stems CueStems = new(
        "pay", "paid", "compensat", "damages", "royalt", "restitution", "reimbursement", "indemnity", "award", "settlement", "fees", "costs");

    // Words before a payee's verb of receiving: "will receive", "is to receive", "has received".
    private static readonly WordSet Auxiliaries = new("will", "would", "is", "to", "has", "have", "had", "also", "now", "should", "could");

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is paid: the object of a verb of paying
    /// ("to pay Netlist", "must pay SRV"), the one a payment goes "to" ("pay AED 120 mn to Arabtec", "royalty payments to Nokia"),
    /// or the subject of a verb of receiving a payment ("received compensation from").
    /// </summary>
    public static bool IsPaid(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (AsksQuestion(after))
        {
            return false; // "Are the royalty payments to Suzuki too high?" reports no payment
        }

        var words = AttributionText.WithoutListedNamesAtEnd(before.TrimEnd());
        var last = PhraseText.LastWord(words);
        if (PayVerbs.Contains(last))
        {
            return !after.TrimStart().StartsWith("to ", StringComparison.Ordinal); // "pay Acme to…" makes no payee of a hired firm
        }

        if (last.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            var rest = PhraseText.WithoutLastWord(words);
            for (var i = 0; i < MaxWordsToPayee && !rest.IsEmpty; i++)
            {
                var word = PhraseText.LastWord(rest);
                if (word.IsEmpty || word[^1] is ',' or ';' or ':')
                {
                    return false;
                }

                if (PayVerbs.Contains(word) || PaymentNouns.Contains(word))
                {
                    return true;
                }

                rest = PhraseText.WithoutLastWord(rest);
            }

            return false;
        }

        return ReceivesPayment(after);
    }

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is made to pay: the object of a verb that
    /// compels it to ("ordered Samsung to pay"), the subject of a payment it has no choice in ("Skanska must pay", "was ordered to
    /// pay"), or the one compensation or damages come "from".
    /// </summary>
    public static bool IsMadeToPay(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var next = after.TrimStart();
        if (PhraseText.StartsWithAny(next, PaymentInfinitives) >= 0)
        {
            return CompellingVerbs.Contains(PhraseText.LastWord(before.TrimEnd()));
        }

        if (PhraseText.StartsWithAny(next, CompelledPayments) is var payment and >= 0 &&
            (next.Length == CompelledPayments[payment].Length || next[CompelledPayments[payment].Length] == ' '))
        {
            return true;
        }

        // "was ordered by a Texas jury to pay": the one ordering named before the payment, within a few words and no comma.
        if (PhraseText.StartsWithAny(next, OrderedBy) is var ordered and >= 0)
        {
            var rest = next[OrderedBy[ordered].Length..];
            var to = rest[..Math.Min(rest.Length, MaxOrderingParty)].IndexOf(" to pay ", StringComparison.OrdinalIgnoreCase);
            return to >= 0 && rest[..to].IndexOfAny(',', ';') < 0;
        }

        // "received compensation from Rolls-Royce", "damages from Acme".
        var words = AttributionText.WithoutListedNamesAtEnd(before.TrimEnd());
        if (!PhraseText.LastWord(words).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = PhraseText.LastWord(PhraseText.WithoutLastWord(words));
        return PaymentNouns.Contains(noun) && !noun.Equals("fees", StringComparison.OrdinalIgnoreCase) && !noun.Equals("costs", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the words after a name start with a verb of receiving and a payment within a few words ("will receive royalties").</summary>
    private static bool ReceivesPayment(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        var word = PhraseText.FirstWord(rest);
        for (var i = 0; i < 2 && Auxiliaries.Contains(word); i++)
        {
            rest = rest[word.Length..].TrimStart();
            word = PhraseText.FirstWord(rest);
        }

        if (!ReceivingVerbs.Contains(word))
        {
            return false;
        }

        rest = rest[word.Length..].TrimStart();
        for (var i = 0; i < MaxWordsToPayment && !rest.IsEmpty; i++)
        {
            word = PhraseText.FirstWord(rest);
            var bare = word.TrimEnd(".,;:");
            if (PaymentNouns.Contains(bare) && !bare.Equals("award", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (bare.Length < word.Length)
            {
                return false; // the clause ends first
            }

            rest = rest[word.Length..].TrimStart();
        }

        return false;
    }

    /// <summary>Whether the sentence the words after a name go on in ends with a question mark.</summary>
    private static bool AsksQuestion(ReadOnlySpan<char> after)
    {
        var end = after.IndexOfAny(".!?\n");
        return end >= 0 && after[end] == '?';
    }
}
