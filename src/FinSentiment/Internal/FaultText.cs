namespace FinSentiment.Internal;

/// <summary>
/// Whether a company is named as the one at fault for another's trouble: the maker of a faulty part ("recalling 70,000 cars
/// because of faulty airbag inflators supplied by Globex", "faulty fuselage parts made by supplier Spirit AeroSystems") or the one
/// blamed ("Acme blamed Globex for the outage", "blamed a faulty Globex update"). The sentence is the customer's trouble, but
/// the news is bad for the company at fault too, though it is named last.
/// </summary>
internal static class FaultText
{
    /// <summary>The most words read back from the verb of making to the word of the fault ("faulty rear suspension part made by").</summary>
    private const int MaxWordsToFault = 5;

    // Verbs of making or supplying, before "by" and the maker: "made by", "supplied by".
    private static readonly WordSet MakingVerbs = new(
        "made", "supplied", "produced", "manufactured", "built", "provided", "delivered", "developed", "sourced", "installed", "designed");

    // Words of a fault in what was made: "faulty parts", "defective airbags".
    private static readonly WordSet FaultWords = new(
        "faulty", "defective", "flawed", "substandard", "sub-standard", "contaminated", "tainted", "malfunctioning", "deficient",
        "dangerous", "unsafe", "non-compliant", "counterfeit", "cracked", "leaking", "leaky", "recalled", "failed", "failing");

    // Verbs of blaming, whose object is at fault: "blamed Globex", "blames a faulty Globex update".
    private static readonly WordSet BlamingVerbs = new("blame", "blames", "blamed", "blaming", "faulted", "faults");

    // Words between such a verb and the name: "supplier Globex", "its contractor Globex", "a faulty Globex update".
    private static readonly WordSet Leads = new(
        "supplier", "suppliers", "its", "their", "the", "a", "an", "contractor", "subcontractor", "contract", "manufacturer", "maker",
        "partner", "vendor", "faulty", "defective", "flawed");

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is at fault: the maker of something faulty
    /// ("faulty parts made by supplier Globex"), the object of a verb of blaming ("blamed Globex", "blamed a faulty Globex
    /// update") or an infringer ("Globex had infringed", "infringed by Globex").
    /// </summary>
    public static bool IsAtFault(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var words = AttributionText.WithoutListedNamesAtEnd(before.TrimEnd());
        for (var leads = 0; leads < 3 && Leads.Contains(PhraseText.LastWord(words)); leads++)
        {
            words = PhraseText.WithoutLastWord(words);
        }

        var last = PhraseText.LastWord(words);
        if (BlamingVerbs.Contains(last))
        {
            return true;
        }

        if (Infringes(after))
        {
            return true;
        }

        if (!last.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = PhraseText.WithoutLastWord(words);
        if (InfringingVerbs.Contains(PhraseText.LastWord(rest)))
        {
            return true; // "patents … infringed by Globex"
        }

        if (!MakingVerbs.Contains(PhraseText.LastWord(rest)))
        {
            return false;
        }

        rest = PhraseText.WithoutLastWord(rest);
        for (var i = 0; i < MaxWordsToFault && !rest.IsEmpty; i++)
        {
            var word = PhraseText.LastWord(rest);
            if (word.IsEmpty || word[^1] is ',' or ';' or ':')
            {
                return false;
            }

            if (FaultWords.Contains(word))
            {
                return true;
            }

            rest = PhraseText.WithoutLastWord(rest);
        }

        return false;
    }

    // Verbs of infringing a patent or a right: "Globex infringed Acme's patents", "infringed by Globex".
    private static readonly WordSet InfringingVerbs = new("infringe", "infringes", "infringed", "infringing", "misappropriated", "copied");

    /// <summary>
    /// The stems every cue of a fault holds: being at fault (<see cref="IsAtFault"/>) needs a verb of blaming ("blame", "faulted"),
    /// of infringing (<see cref="InfringingVerbs"/>) or a word of a fault in what was made (<see cref="FaultWords"/>: "faulty",
    /// "leaking"), and being wronged (<see cref="IsWronged"/>) a verb of infringing; a text with none of them names no one at
    /// fault or wronged, and its names are not read.
    /// </summary>
    public static readonly Stems CueStems = new(
        "blam", "fault", "infring", "misappropriated", "copied", "defective", "flawed", "substandard", "sub-standard", "contaminated",
        "tainted", "malfunctioning", "deficient", "dangerous", "unsafe", "non-compliant", "counterfeit", "cracked", "leak", "recalled",
        "failed", "failing");

    // Words between an infringer and its verb: "Globex had infringed", "the Globex Watch infringed".
    private static readonly WordSet InfringerLeads = new("had", "has", "have", "also", "knowingly", "wilfully", "willfully");

    /// <summary>
    /// Whether the words after a name make it the infringer: a verb of infringing right after it or after an auxiliary or a
    /// product's name ("Globex infringed", "Globex had infringed", "the Globex Watch infringed").
    /// </summary>
    private static bool Infringes(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        for (var words = 0; words < 3 && !rest.IsEmpty; words++)
        {
            var word = PhraseText.FirstWord(rest);
            if (InfringingVerbs.Contains(word))
            {
                return true;
            }

            if (!(InfringerLeads.Contains(word) || words == 0 && word.Length > 0 && char.IsUpper(word[0])))
            {
                return false;
            }

            rest = rest[word.Length..].TrimStart();
        }

        return false;
    }

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> holds the patent or right another infringed:
    /// "infringed Acme's patents", "infringed an Acme patent", "misappropriated trade secrets from Acme".
    /// </summary>
    public static bool IsWronged(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var words = before.TrimEnd();
        var last = PhraseText.LastWord(words);
        if (last is "a" or "an" or "the")
        {
            words = PhraseText.WithoutLastWord(words);
            last = PhraseText.LastWord(words);
        }

        if (InfringingVerbs.Contains(last))
        {
            return after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal) ||
                after.StartsWith(" patent", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" trade", StringComparison.OrdinalIgnoreCase);
        }

        // "infringed three stent patents held by Acme", "patents owned by Acme": the holder named after the thing infringed.
        if (last.Equals("by", StringComparison.OrdinalIgnoreCase) && PhraseText.WithoutLastWord(words) is var held &&
            HoldingVerbs.Contains(PhraseText.LastWord(held)) && PhraseText.WithoutLastWord(held) is var thingAndBefore &&
            InfringedThings.Contains(PhraseText.LastWord(thingAndBefore)))
        {
            return ContainsInfringingVerb(PhraseText.WithoutLastWord(thingAndBefore));
        }

        // "misappropriated trade secrets from Acme", "copied designs from Acme".
        return last.Equals("from", StringComparison.OrdinalIgnoreCase) &&
            PhraseText.LastWord(PhraseText.WithoutLastWord(words)) is var thing && (thing.Equals("secrets", StringComparison.OrdinalIgnoreCase) ||
                                                                    thing.Equals("patents", StringComparison.OrdinalIgnoreCase) ||
                                                                    thing.Equals("designs", StringComparison.OrdinalIgnoreCase)) &&
            ContainsInfringingVerb(PhraseText.WithoutLastWord(PhraseText.WithoutLastWord(words)));
    }

    // Verbs of holding a right, before its holder: "patents held by Acme".
    private static readonly WordSet HoldingVerbs = new("held", "owned", "controlled", "licensed");

    // Rights a company holds and another infringes.
    private static readonly WordSet InfringedThings = new("patent", "patents", "secrets", "designs", "trademark", "trademarks", "copyrights");

    private static bool ContainsInfringingVerb(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < 3 && !text.IsEmpty; i++)
        {
            if (InfringingVerbs.Contains(PhraseText.LastWord(text)))
            {
                return true;
            }

            text = PhraseText.WithoutLastWord(text);
        }

        return false;
    }
}
