namespace FinSentiment.Internal;

/// <summary>
/// Whether a company is named as the one another takes the place of ("Nvidia replaces Intel in the Dow", "BYD overtakes Tesla
/// as the top seller", "Walmart picks Nvidia over AMD", "Oracle wins the deal, beating Microsoft and Amazon", "gains share at
/// Intel's expense"), or as the one that takes it ("Nvidia" and "Nvidia" in the first and third). Losing one's place to a rival
/// is bad news for the company displaced and good news for the one that displaces it, even where no word of the sentence
/// carries sentiment of its own.
/// </summary>
internal static class DisplacementText
{
    /// <summary>The most words read over from a verb of choosing and its object to the "over" of the one passed over.</summary>
    private const int MaxWordsToPassedOver = 6;

    /// <summary>The most words (auxiliaries, "to", "set") between the displacing company and its verb ("is set to replace").</summary>
    private const int MaxWordsToVerb = 3;

    // Verbs by which the subject takes the place of the one named after them.
    private static readonly WordSet DisplacingVerbs = new(
        "replace", "replaces", "replaced", "replacing", "displace", "displaces", "displaced", "displacing", "oust", "ousts", "ousted",
        "ousting", "dethrone", "dethrones", "dethroned", "dethroning", "unseat", "unseats", "unseated", "unseating", "supplant",
        "supplants", "supplanted", "supplanting", "overtake", "overtakes", "overtook", "overtaken", "overtaking", "outsell", "outsells", "outsold", "outselling", "beat", "beats", "beaten", "beating", "trounce", "trounces",
        "trounced", "trouncing", "tops", "topped", "topping", "leapfrog", "leapfrogs", "leapfrogged", "leapfrogging", "surpass",
        "surpasses", "surpassed", "surpassing", "dislodge", "dislodges", "dislodged", "dislodging");

    // The participles of those verbs in the passive ("Intel is replaced by Nvidia", "Tesla overtaken by BYD").
    private static readonly WordSet DisplacedParticiples = new(
        "replaced", "displaced", "ousted", "dethroned", "unseated", "supplanted", "overtaken", "outsold", "beaten", "trounced",
        "topped", "leapfrogged", "surpassed", "dislodged");

    // Verbs before "out" that push the one after it out: "edges out Globex", "muscles out rivals".
    private static readonly WordSet OustingVerbs = new(
        "edge", "edges", "edged", "edging", "beat", "beats", "beating", "muscle", "muscles", "muscled", "muscling", "squeeze",
        "squeezes", "squeezed", "squeezing", "push", "pushes", "pushed", "pushing", "knock", "knocks", "knocked", "knocking", "elbow",
        "elbows", "elbowed", "elbowing", "crowd", "crowds", "crowded", "crowding");

    // Verbs of choosing: their object is picked over the one after "over" ("Walmart picks Nvidia over AMD").
    private static readonly WordSet ChoosingVerbs = new(
        "pick", "picks", "picked", "picking", "choose", "chooses", "chose", "chosen", "choosing", "select", "selects", "selected",
        "selecting", "tap", "taps", "tapped", "tapping", "favour", "favours", "favoured", "favouring", "favor", "favors", "favored",
        "favoring", "prefer", "prefers", "preferred", "preferring", "back", "backs", "backed", "backing");

    // Verbs that also beat or top a figure: "beats the NASSCOM estimate", "tops FactSet consensus" name no company displaced,
    // so with them the name must stand alone (a word such as "in", "as" or "to" or nothing after it).
    private static readonly WordSet FigureVerbs = new(
        "beat", "beats", "beaten", "beating", "tops", "topped", "topping", "surpass", "surpasses", "surpassed", "surpassing");

    // Words after a name that leave it alone, as the object of a verb in FigureVerbs: "beats Globex in sales", "tops Globex as".
    private static readonly WordSet WordsAfterAlone = new(
        "in", "as", "to", "on", "for", "with", "and", "by", "at", "after", "from", "among", "amid", "despite", "this", "last", "again",
        "over", "since", "during", "while", "but");

    // Roles after a name, whose holder is a person ("to replace Globex CEO Jane Doe"), not the company.
    private static readonly WordSet PersonRoles = new(
        "CEO", "CFO", "COO", "CTO", "chief", "chairman", "chairwoman", "chair", "boss", "founder", "co-founder", "head", "president",
        "executive", "director", "veteran", "chief's", "boss's");

    // Titles before a person's name: "to replace Sir John Roe".
    private static readonly WordSet Honorifics = new("Sir", "Dame", "Lord", "Lady", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof", "Professor");

    // Verbs before "ground on": "gains ground on Intel", "made up ground on Globex" ("up" too).
    private static readonly WordSet GainingVerbs = new("gain", "gains", "gained", "gaining", "make", "makes", "made", "making", "up");

    // A lead held over the one named after "over": "extends its lead over Disney", "widens its edge over Globex".
    private static readonly WordSet LeadWords = new("lead", "edge", "advantage", "dominance");

    // Words that may stand before the displaced name: "replaces rival Intel", "ousts its longtime supplier Globex".
    private static readonly WordSet NameLeads = new(
        "rival", "rivals", "its", "their", "the", "longtime", "long-time", "incumbent", "supplier", "suppliers", "competitor",
        "competitors", "peer", "peers", "archrival", "arch-rival", "struggling", "bidder", "bidders");

    // A rival's offer beaten: "beating a rival bid from Thales", "beat competing offers from".
    private static readonly WordSet BidNouns = new("bid", "bids", "offer", "offers", "proposal", "proposals", "tender", "tenders");

    // Words before such a noun: "a rival bid", "the competing offers".
    private static readonly WordSet BidLeads = new("a", "the", "rival", "rivals'", "competing", "higher", "lower", "cheaper", "other");

    // Words between the displacing company and its verb: "Nvidia to replace", "Nvidia is set to replace", "Nvidia has overtaken".
    private static readonly WordSet Auxiliaries = new(
        "to", "will", "would", "could", "may", "might", "set", "is", "are", "was", "were", "has", "have", "had", "be", "poised",
        "expected", "likely", "finally", "now", "again");

    /// <summary>
    /// Whether the word right before a name may make it displaced: a displacing verb, "out", "of", "over", "on" or "from" (the
    /// last words of "edges out", "at the expense of", "picks … over", "gains ground on", "beating a rival bid from"), a word
    /// before a name such as "rival", or
    /// the comma, "and" or "&amp;" of a list the name ends.
    /// </summary>
    private static bool MayCueBefore(ReadOnlySpan<char> word) =>
        word.IsEmpty || word[^1] == ',' || DisplacingVerbs.Contains(word) || NameLeads.Contains(word) || CueWordsBefore.Contains(word);

    // The last words of the displacing phrases that are no verb, and the words of a list.
    private static readonly WordSet CueWordsBefore = new("out", "of", "over", "on", "from", "and", "&", "past");

    // Verbs before "past" that overtake the one after it: "edges past Nintendo", "surge past Volkswagen's".
    private static readonly WordSet PassingVerbs = new(
        "edge", "edges", "edged", "edging", "surge", "surges", "surged", "surging", "move", "moves", "moved", "moving", "race",
        "races", "raced", "racing", "speed", "speeds", "sped", "speeding", "climb", "climbs", "climbed", "climbing", "jump", "jumps",
        "jumped", "jumping", "creep", "creeps", "crept", "creeping", "nose", "noses", "nosed", "nosing", "inch", "inches", "inched",
        "inching", "zoom", "zooms", "zoomed", "zooming", "shoot", "shoots", "shot", "shooting");

    /// <summary>
    /// Whether the name is the one at whose expense news comes: "at Intel's expense", not "Globex's expenses fell" (the
    /// company's own costs).
    /// </summary>
    private static bool AtExpenseOf(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        const int Length = 10; // "'s expense"
        return (after.StartsWith("'s expense", StringComparison.OrdinalIgnoreCase) || after.StartsWith("\u2019s expense", StringComparison.OrdinalIgnoreCase)) &&
            (after.Length == Length || !char.IsLetter(after[Length])) &&
            PhraseText.LastWord(before.TrimEnd()).Equals("at", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the word is a verb by which its subject takes the place of the one named after it ("overtakes", "replaces").</summary>
    public static bool IsDisplacingVerb(ReadOnlySpan<char> word) => DisplacingVerbs.Contains(word);

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is the one displaced: the object of a
    /// displacing verb ("replaces rival Intel", "beating Microsoft and"), of "out" after a pushing verb ("edges out"), the one
    /// passed over by a choice ("picks Nvidia over"), the one a lead is held over ("lead over") or ground is gained on ("gains
    /// ground on"), the one "at the expense of"
    /// which news comes (or "at Intel's expense"), or the subject of a displacing verb in the passive ("Intel is replaced by").
    /// </summary>
    public static bool IsDisplaced(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (AtExpenseOf(before, after) || StartsWithPassive(after))
        {
            return true;
        }

        // Most names follow a word that is no cue: one lookup of the word right before the name decides for them (a list or a
        // word before the name is read over below).
        if (!MayCueBefore(PhraseText.LastWord(before.TrimEnd())))
        {
            return false;
        }

        var next = PhraseText.FirstWord(after.TrimStart());
        if (PersonRoles.Contains(next) || NameLeads.Contains(next))
        {
            return false; // "to replace Globex CEO Jane Doe", "replaces Globex rival Initech": someone else is replaced
        }

        var words = WithoutNameLeads(WithoutListedNames(before.TrimEnd()));
        var last = PhraseText.LastWord(words);
        if (DisplacingVerbs.Contains(last))
        {
            return (!FigureVerbs.Contains(last) || StandsAlone(after)) && !LeavesForADeal(after);
        }

        var rest = PhraseText.WithoutLastWord(words);
        if (last.Equals("out", StringComparison.OrdinalIgnoreCase))
        {
            return OustingVerbs.Contains(PhraseText.LastWord(rest));
        }

        // "Sony edges past Nintendo", "sales surge past Volkswagen's" (not "past losses", which is no name).
        if (last.Equals("past", StringComparison.OrdinalIgnoreCase))
        {
            return PassingVerbs.Contains(PhraseText.LastWord(rest));
        }

        if (last.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "at the expense of", "instead of" after a choice ("picks Nvidia instead of AMD").
            return rest.EndsWith("at the expense", StringComparison.OrdinalIgnoreCase) ||
                   PhraseText.LastWord(rest).Equals("instead", StringComparison.OrdinalIgnoreCase) && ChoiceBefore(PhraseText.WithoutLastWord(rest));
        }

        if (last.Equals("over", StringComparison.OrdinalIgnoreCase))
        {
            return LeadWords.Contains(PhraseText.LastWord(rest)) || ChoiceBefore(rest);
        }

        // "beating a rival bid from Thales", "beat competing offers from Globex and Initech": the bidder beaten to a contract or a
        // deal.
        if (last.Equals("from", StringComparison.OrdinalIgnoreCase) && BidNouns.Contains(PhraseText.LastWord(rest)))
        {
            var lead = PhraseText.WithoutLastWord(rest);
            for (var leads = 0; leads < 2 && BidLeads.Contains(PhraseText.LastWord(lead)); leads++)
            {
                lead = PhraseText.WithoutLastWord(lead);
            }

            return DisplacingVerbs.Contains(PhraseText.LastWord(lead)); // "beating" a bid from a rival is no figure beaten
        }

        // "Arm gains ground on Intel", "is gaining ground on Globex": the one caught up with.
        if (last.Equals("on", StringComparison.OrdinalIgnoreCase) && PhraseText.LastWord(rest).Equals("ground", StringComparison.OrdinalIgnoreCase))
        {
            return GainingVerbs.Contains(PhraseText.LastWord(PhraseText.WithoutLastWord(rest)));
        }

        return false;
    }

    /// <summary>
    /// Whether a relative clause right after the name says it leaves because it is being bought: "replacing Hologic, whose
    /// take-private deal is expected to close that week", "…, which is being acquired by Globex". Such a company is not pushed out.
    /// </summary>
    private static bool LeavesForADeal(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (!after.StartsWith(", whose ", StringComparison.Ordinal) && !after.StartsWith(", which ", StringComparison.Ordinal))
        {
            return false;
        }

        var clause = after[2..];
        var end = clause.IndexOfAny(',', '.', ';');
        clause = end < 0 ? clause : clause[..end];
        foreach (var word in DealWords)
        {
            if (clause.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Words of a company being bought, in the relative clause after a name replaced ("whose take-private deal", "which is being acquired").
    private static readonly string[] DealWords = ["take-private", "taken private", "acquired", "acquisition", "buyout", "merger", "being bought", "deal"];

    /// <summary>
    /// Whether the name between <paramref name="before"/> and <paramref name="after"/> is the one that displaces another: the
    /// subject of a displacing verb with a name after it ("Nvidia to replace Intel", "BYD overtakes Tesla"; not a customer that
    /// replaces a supplier "as its supplier" or "with" another), the one picked
    /// over another ("picks Nvidia over AMD", "selects Nokia to replace Ericsson") or the agent of the passive ("Intel is
    /// replaced by Nvidia").
    /// </summary>
    public static bool Displaces(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // Most names are followed by no auxiliary or displacing verb and follow no choosing verb, "by" or list: one lookup each.
        var lastBefore = PhraseText.LastWord(before.TrimEnd());
        var firstAfter = PhraseText.FirstWord(after.TrimStart());
        if (!MayCueBefore(lastBefore) && !ChoosingVerbs.Contains(lastBefore) && !lastBefore.Equals("by", StringComparison.OrdinalIgnoreCase) &&
            !DisplacingVerbs.Contains(firstAfter) && !PassingVerbs.Contains(firstAfter) && !Auxiliaries.Contains(firstAfter))
        {
            return false;
        }

        var words = WithoutListedNames(before.TrimEnd());
        var last = PhraseText.LastWord(words);
        if (last.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return DisplacedParticiples.Contains(PhraseText.LastWord(PhraseText.WithoutLastWord(words)));
        }

        if (ChoosingVerbs.Contains(PhraseText.LastWord(WithoutNameLeads(words))))
        {
            return PassesOverAfter(after);
        }

        // The subject: a displacing verb a few words on, with a name after it.
        after = after.TrimStart();
        for (var read = 0; read <= MaxWordsToVerb && !after.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(after);
            after = after[word.Length..].TrimStart();
            // "Sony edges past Nintendo": a verb of passing and "past" a name.
            if (PassingVerbs.Contains(word) && PhraseText.FirstWord(after).Equals("past", StringComparison.OrdinalIgnoreCase))
            {
                var passed = after[4..].TrimStart();
                return !passed.IsEmpty && char.IsUpper(passed[0]) && !NamesPersonRole(passed);
            }

            if (DisplacingVerbs.Contains(word))
            {
                // The one displaced is named right after the verb: a capitalised word that is no person's role. A customer
                // replaces a supplier "as its supplier" or "with" another; it takes no one's place.
                var name = WithoutFirstNameLeads(after);
                return !name.IsEmpty && char.IsUpper(name[0]) && !FigureVerbs.Contains(word) && !NamesPersonRole(name) &&
                       !IsCustomersChange(name);
            }

            if (!Auxiliaries.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the text after a name starts with a displacing participle in the passive ("is replaced by", "to be ousted as").</summary>
    private static bool StartsWithPassive(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        for (var read = 0; read <= MaxWordsToVerb && !after.IsEmpty; read++)
        {
            var word = PhraseText.FirstWord(after);
            after = after[word.Length..].TrimStart();
            if (DisplacedParticiples.Contains(word))
            {
                var next = PhraseText.FirstWord(after);
                return next.Equals("by", StringComparison.OrdinalIgnoreCase) || next.Equals("as", StringComparison.OrdinalIgnoreCase) ||
                       next.Equals("in", StringComparison.OrdinalIgnoreCase) || next.Equals("on", StringComparison.OrdinalIgnoreCase);
            }

            if (!Auxiliaries.Contains(word) && !word.Equals("being", StringComparison.OrdinalIgnoreCase) &&
                !word.Equals("been", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause that ends <paramref name="text"/> (after its last comma, semicolon or colon) has a verb of choosing
    /// within <see cref="MaxWordsToPassedOver"/> words: "picks Nvidia and Intel", "chose Boeing's jet".
    /// </summary>
    private static bool ChoiceBefore(ReadOnlySpan<char> text)
    {
        text = text[(text.LastIndexOfAny(";:,") + 1)..].Trim();
        for (var words = 0; words < MaxWordsToPassedOver && !text.IsEmpty; words++)
        {
            if (ChoosingVerbs.Contains(PhraseText.LastWord(text)))
            {
                return true;
            }

            text = PhraseText.WithoutLastWord(text);
        }

        return false;
    }

    /// <summary>
    /// Whether "over", "instead of", "rather than" or "to replace" comes a few words after the name chosen, in its clause:
    /// "Nvidia over AMD", "Nokia to replace Ericsson".
    /// </summary>
    private static bool PassesOverAfter(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        for (var words = 0; words < MaxWordsToPassedOver && !after.IsEmpty; words++)
        {
            var word = PhraseText.FirstWord(after);
            if (word.IsEmpty || word[^1] is ',' or ';' or ':')
            {
                return false;
            }

            var rest = after[word.Length..].TrimStart();
            if (word.Equals("over", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("instead", StringComparison.OrdinalIgnoreCase) && PhraseText.FirstWord(rest).Equals("of", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("rather", StringComparison.OrdinalIgnoreCase) && PhraseText.FirstWord(rest).Equals("than", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("to", StringComparison.OrdinalIgnoreCase) && DisplacingVerbs.Contains(PhraseText.FirstWord(rest)))
            {
                return true;
            }

            after = rest;
        }

        return false;
    }

    /// <summary>
    /// Whether a few words after the name displaced say that the subject changes its own supplier: "as its", "as their" or
    /// "with" ("Acme ousts Globex as its chip supplier", "replaces Globex with Initech").
    /// </summary>
    private static bool IsCustomersChange(ReadOnlySpan<char> name)
    {
        for (var words = 0; words < MaxWordsToPassedOver && !name.IsEmpty; words++)
        {
            var word = PhraseText.FirstWord(name);
            name = name[word.Length..].TrimStart();
            if (word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase) &&
                (PhraseText.FirstWord(name).Equals("its", StringComparison.OrdinalIgnoreCase) || PhraseText.FirstWord(name).Equals("their", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (word.Length > 0 && word[^1] is ',' or ';' or ':')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text after a name leaves the name alone as an object: it ends there, goes on with punctuation, or with a
    /// word of <see cref="WordsAfterAlone"/> ("beats Globex in sales"), or owns a business named after it ("beats Walmart's Sam's
    /// Club"); not with a noun it qualifies ("beats the Globex estimate", "tops Globex's forecast").
    /// </summary>
    private static bool StandsAlone(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal))
        {
            // "beats Walmart's Sam's Club": the company's own business, named; not "beats Globex's estimate".
            var owned = after[3..].TrimStart();
            return !owned.IsEmpty && char.IsUpper(owned[0]);
        }

        after = after.TrimStart();
        return after.IsEmpty || !char.IsLetterOrDigit(after[0]) || WordsAfterAlone.Contains(PhraseText.FirstWord(after).TrimEnd(",;:."));
    }

    /// <summary>
    /// Whether a capitalised run of words names a person: a person's role within it ("Globex CEO Jane Doe", "CEO, …"), or a title
    /// or a given name first ("Sir John Roe", "Jane Doe").
    /// </summary>
    private static bool NamesPersonRole(ReadOnlySpan<char> text)
    {
        for (var words = 0; words < 4 && !text.IsEmpty; words++)
        {
            var word = PhraseText.FirstWord(text);
            var bare = word.TrimEnd(".,;:");
            if (PersonRoles.Contains(bare) || words == 0 && (Honorifics.Contains(bare) || GivenNames.Contains(bare)))
            {
                return true; // "ousts CEO, …", "to replace Sir John Roe", "replaces Jane Doe"
            }

            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }

            text = text[word.Length..].TrimStart();
        }

        return false;
    }

    /// <summary>
    /// The text without the names listed at its end (<see cref="AttributionText.WithoutListedNamesAtEnd"/>: "beating Microsoft
    /// and" is "beating"), unless a colon, semicolon or bracket stands among them: "over Globex: Jane Doe," is no list.
    /// </summary>
    private static ReadOnlySpan<char> WithoutListedNames(ReadOnlySpan<char> text)
    {
        var without = AttributionText.WithoutListedNamesAtEnd(text);
        return without.Length < text.Length && text[without.Length..].IndexOfAny(";:()") >= 0 ? text : without;
    }

    /// <summary>The text without up to two words such as "its rival" or "longtime supplier" at its end.</summary>
    private static ReadOnlySpan<char> WithoutNameLeads(ReadOnlySpan<char> text)
    {
        for (var words = 0; words < 2 && NameLeads.Contains(PhraseText.LastWord(text)); words++)
        {
            text = PhraseText.WithoutLastWord(text);
        }

        return text;
    }

    /// <summary>The text without up to two words such as "rival" or "its rival" at its start.</summary>
    private static ReadOnlySpan<char> WithoutFirstNameLeads(ReadOnlySpan<char> text)
    {
        for (var words = 0; words < 2 && NameLeads.Contains(PhraseText.FirstWord(text)); words++)
        {
            text = text[PhraseText.FirstWord(text).Length..].TrimStart();
        }

        return text;
    }

    /// <summary>
    /// The stems every cue of a displacement holds, the words themselves: being displaced (<see cref="IsDisplaced"/>) or
    /// displacing another (<see cref="Displaces"/>) needs a displacing verb or its participle ("replaces", "overtaken"), a verb
    /// of pushing out, passing or choosing ("edges out", "surges past", "picks … over"), a lead held ("lead over"), "expense"
    /// ("at Intel's expense") or "ground" ("gains ground on"). A text with none of them names no one displaced or displacing,
    /// and its names are not read. (Declared after the lists it is made of, which are set first.)
    /// </summary>
    public static readonly Stems CueStems = new(
    [
        .. DisplacingVerbs.Words, .. DisplacedParticiples.Words, .. OustingVerbs.Words, .. PassingVerbs.Words, .. ChoosingVerbs.Words,
        .. LeadWords.Words, "expense", "ground",
    ]);
}
