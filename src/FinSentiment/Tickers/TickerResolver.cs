using System.Globalization;
using System.Runtime.InteropServices;
using FinSentiment.Internal;
using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>
/// The default <see cref="ITickerResolver"/>: finds companies in a text by cashtag (<c>$MSFT</c>), exchange-qualified symbol
/// (<c>(NASDAQ: MSFT)</c>, <c>(Nasdaq: AAPL, MSFT)</c>), Reuters instrument code (<c>&lt;JNJ.N&gt;</c>, <c>MSFT.O</c>), name or alias
/// (<c>Microsoft Corp.</c>, <c>Tesla's</c>, <c>Google</c>), bare symbol, and later reference (<c>the company</c>, <c>the iPhone maker</c>).
/// </summary>
/// <remarks>
/// <para>
/// Precision rules: names match only as written (<c>apple</c> the fruit does not resolve); the longest name wins
/// (<c>Bank of America</c>, not <c>America</c>). Ambiguous names (ordinary words, places, first names such as <c>Apple</c>,
/// <c>Target</c>, <c>Chase</c>) resolve only when followed by a legal suffix (<c>Target Corp.</c>), when corporate words such as
/// <c>shares</c>, <c>earnings</c> or <c>CEO</c> are near in the same sentence, or when the company is also mentioned unambiguously;
/// never after <c>the</c> or <c>a</c> (<c>the Oracle of Omaha</c>), after another capitalised word (<c>Harrison Ford</c>), or
/// before one (<c>Apple Park</c>).
/// </para>
/// <para>
/// A bare upper-case symbol (<c>MSFT</c>) is reported as <see cref="MentionKind.ExchangeSymbol"/> and resolves only when
/// <see cref="TickerResolverOptions.ResolveBareSymbols"/> is set, the symbol is not an English word or common acronym, the
/// sentence is not in capitals, and the symbol is in parentheses or the company is also mentioned in another way.
/// </para>
/// <para>
/// References attach to the most recent company mentioned within <see cref="TickerResolverOptions.ReferenceSentenceWindow"/>
/// sentences (a generic one in a later sentence than that company's to the most salient company of that sentence), and a
/// curated descriptor (<c>the iPhone maker</c>) to its company when that company is mentioned in the text; a
/// sentence-initial <c>It</c> or <c>Its</c> only when exactly one company is mentioned in that sentence and the one before.
/// </para>
/// <para>The resolver is immutable and thread-safe. It allocates nothing per token beyond the mentions it reports.</para>
/// </remarks>
public sealed class TickerResolver : ITickerResolver
{
    private static readonly Lazy<TickerResolver> DefaultResolver = new(() => new TickerResolver(TickerDirectory.Default));

    private readonly TickerDirectory _directory;
    private readonly bool _resolveReferences;
    private readonly bool _resolveBareSymbols;
    private readonly int _referenceWindow;
    private readonly int _contextWindow;

    /// <summary>Creates a resolver with the default options.</summary>
    /// <param name="directory">The companies to find.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    public TickerResolver(TickerDirectory directory)
        : this(directory, new TickerResolverOptions())
    {
    }

    /// <summary>Creates a resolver.</summary>
    /// <param name="directory">The companies to find.</param>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every problem.</exception>
    public TickerResolver(TickerDirectory directory, TickerResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _directory = directory;
        _resolveReferences = options.ResolveReferences;
        _resolveBareSymbols = options.ResolveBareSymbols;
        _referenceWindow = options.ReferenceSentenceWindow;
        _contextWindow = options.ContextTokenWindow;
    }

    /// <summary>Gets the shared resolver over <see cref="TickerDirectory.Default"/> with the default options.</summary>
    public static TickerResolver Default => DefaultResolver.Value;

    /// <summary>Gets the directory the resolver searches.</summary>
    public TickerDirectory Directory => _directory;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is <see langword="null"/>.</exception>
    public void Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<TickerMention> mentions) =>
        Resolve(text, tokens, [], [], mentions);

    /// <summary>
    /// Like <see cref="Resolve(ReadOnlySpan{char}, ReadOnlySpan{Token}, ICollection{TickerMention})"/>, with the tokens' first steps in
    /// the name trie already looked up (by a <see cref="WordTable"/> over <see cref="TickerDirectory.Names"/>): one per token, each a
    /// node, -1, or <see cref="NameMatcher.UnknownFirstNode"/>; empty when none were. <paramref name="ruleWords"/> are the word tokens'
    /// rule lists looked up by the same table, whose <see cref="RuleWords.DescriptorStart"/> must be this directory's
    /// <see cref="TickerDirectory.Descriptors"/>' (see <see cref="WordTable.For"/>); empty when they were not looked up.
    /// </summary>
    internal void Resolve(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> firstNameNodes, ReadOnlySpan<RuleWords> ruleWords, ICollection<TickerMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (tokens.IsEmpty)
        {
            return;
        }

        var scratch = Scratch.Take(tokens.Length);
        var sentenceOf = scratch.SentenceOf;
        ref var candidates = ref scratch.Candidates;
        var count = 0;
        try
        {
            // Sentences are numbered only when something reads their numbers: a bare symbol that needs to know whether its sentence is
            // in capitals, an ambiguous name that needs context, or a word that may start a reference. Most texts have no candidate
            // (most tokens start none), and the cashtags of a post need none of these.
            var numbered = false;
            count = FindCandidates(text, tokens, firstNameNodes, sentenceOf, ref numbered, ref candidates);
            if (count == 0)
            {
                return;
            }

            if (AnyNeedsContext(candidates.AsSpan(0, count)))
            {
                EnsureNumbered(text, tokens, sentenceOf, ref numbered);
            }

            var accepted = Accept(text, tokens, ruleWords, sentenceOf, candidates.AsSpan(0, count));
            count = AddFirstWordsOfNames(text, tokens, ref candidates, count);

            // Every reference is to an accepted company (a descriptor's must be accepted, "the company" and "It" follow one).
            if (_resolveReferences && AnyAccepted(candidates.AsSpan(0, count)))
            {
                count = FindReferences(text, tokens, ruleWords, sentenceOf, ref numbered, ref candidates, count, accepted);
            }

            var span = candidates.AsSpan(0, count);
            span.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var benchmarks = NamesFundBesideCompany(span);
            var last = -1;
            for (var c = 0; c < span.Length; c++)
            {
                ref readonly var candidate = ref span[c];
                if (candidate.State != State.Accepted || benchmarks && IsFund(candidate.Company))
                {
                    continue;
                }

                // "CVS Health, parent of Aetna, gained 6%": a brand the company was just named as the owner of names it no second time.
                if (last < 0 || !IsOwnedBrandOf(text, tokens, span[last], candidate))
                {
                    var company = InitialsOfNamedBefore(text, span, c) ?? candidate.Company;
                    mentions.Add(new TickerMention(candidate.Start, candidate.Length, company, candidate.Kind));
                }

                last = c;
            }
        }
        finally
        {
            Scratch.Return(scratch, count);
        }
    }

    /// <summary>
    /// The company named before the candidate at <paramref name="c"/> whose name's initials the candidate's capitals spell:
    /// "Community Health Systems posted a loss… CHS shares fell" is Community Health Systems again, not CHS Inc. Only a name of
    /// <see cref="MinInitials"/> to <see cref="MaxInitials"/> capital letters, and a company named before it among the last
    /// <see cref="MaxInitialsLookBack"/> mentions.
    /// </summary>
    private static CompanyInfo? InitialsOfNamedBefore(ReadOnlySpan<char> text, ReadOnlySpan<Candidate> span, int c)
    {
        var letters = text.Slice(span[c].Start, span[c].Length);
        if (span[c].Kind != MentionKind.Name || letters.Length is < MinInitials or > MaxInitials || letters.ContainsAnyExceptInRange('A', 'Z'))
        {
            return null;
        }

        for (var b = c - 1; b >= 0 && b >= c - MaxInitialsLookBack; b--)
        {
            ref readonly var named = ref span[b];
            if (named.State == State.Accepted && named.Kind == MentionKind.Name && !ReferenceEquals(named.Company, span[c].Company) &&
                SpellsNameInitials(text.Slice(named.Start, named.Length), letters))
            {
                return named.Company;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="letters"/> are the initials of the name's capitalised words, its legal suffix left out
    /// ("Community Health Systems Inc." spells "CHS"; "of", "and" and "&amp;" are passed over).
    /// </summary>
    private static bool SpellsNameInitials(ReadOnlySpan<char> name, ReadOnlySpan<char> letters)
    {
        var n = 0;
        while (!name.IsEmpty)
        {
            var space = name.IndexOf(' ');
            var word = space < 0 ? name : name[..space];
            name = space < 0 ? [] : name[(space + 1)..];
            if (word.IsEmpty || !char.IsUpper(word[0]) || LegalSuffix.IsSuffix(word))
            {
                continue;
            }

            if (n == letters.Length || word[0] != letters[n])
            {
                return false;
            }

            n++;
        }

        return n == letters.Length;
    }

    /// <summary>The fewest capitals <see cref="InitialsOfNamedBefore"/> reads as a named company's initials.</summary>
    private const int MinInitials = 2;

    /// <summary>The most capitals <see cref="InitialsOfNamedBefore"/> reads as a named company's initials.</summary>
    private const int MaxInitials = 5;

    /// <summary>How many mentions back <see cref="InitialsOfNamedBefore"/> looks for the company named in full.</summary>
    private const int MaxInitialsLookBack = 8;

    /// <summary>
    /// "Constellation Energy (NASDAQ: CEG) agreed… Constellation shares jumped 7%": a company named in full in the text may be
    /// named again by the first word of that name alone, when no other company named in the text shares that word and the
    /// word is no generic one ("American", "General", "First", a state…) nor a common acronym ("LPL Financial… LPL shares rose",
    /// not "USA"). Only a name of two words or more, accepted; at most <see cref="MaxShortNames"/> such words are looked for, and
    /// the candidates stay in token order.
    /// </summary>
    private static int AddFirstWordsOfNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref Candidate[] candidates, int count)
    {
        // Each word: where it is in the text, and the candidate whose company it stands for (-1 when two companies share it).
        Span<(int Start, int Length, int Candidate)> words = stackalloc (int, int, int)[MaxShortNames];
        var found = 0;
        for (var c = 0; c < count; c++)
        {
            ref readonly var candidate = ref candidates[c];
            if (candidate.State != State.Accepted || candidate.Kind != MentionKind.Name)
            {
                continue;
            }

            var name = text.Slice(candidate.Start, candidate.Length);
            var space = name.IndexOf(' ');
            var first = space > 0 ? name[..space] : default;
            // A word in capitals ("LPL" of "LPL Financial") only when it is short and no common acronym ("USA", "ONE").
            var capitals = first.IndexOfAnyInRange('a', 'z') < 0;
            if (first.Length < 3 || !char.IsUpper(first[0]) || first.ContainsAnyExcept(NameFirstWordChars) || GenericFirstWords.Contains(first) ||
                capitals && (first.Length > MaxCapitalsFirstWord || SymbolStopList.Contains(first)))
            {
                continue;
            }

            var k = 0;
            while (k < found && !text.Slice(words[k].Start, words[k].Length).SequenceEqual(first))
            {
                k++;
            }

            if (k < found)
            {
                if (words[k].Candidate >= 0 && !ReferenceEquals(candidates[words[k].Candidate].Company, candidate.Company))
                {
                    words[k].Candidate = -1; // "Dollar General" and "Dollar Tree": "Dollar" is neither
                }
            }
            else if (found < MaxShortNames)
            {
                words[found++] = (candidate.Start, first.Length, c);
            }
        }

        if (found == 0)
        {
            return count;
        }

        var added = 0;
        var original = count;
        var next = 0; // the first candidate found before that may cover the token: they are in token order
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Word || token.Length < 3 || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            while (next < original && candidates[next].Start + candidates[next].Length <= token.Start)
            {
                next++;
            }

            // A word of a mention found already ("Constellation" in "Constellation Energy"); not a bare symbol left unaccepted ("LPL",
            // LG Display's symbol, in a text on "LPL Financial").
            if (next < original && candidates[next].Start <= token.Start &&
                !(candidates[next].State == State.BareSymbol && candidates[next].Start == token.Start && candidates[next].Length == token.Length))
            {
                continue;
            }

            // "U.S. Steel", "Nippon Steel": a word after a capitalised one (not a sentence's first) ends another name.
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].End + 1 == token.Start && char.IsUpper(text[tokens[i - 1].Start]) &&
                (!IsSentenceStart(tokens, i - 1) || text[tokens[i - 1].End - 1] == '.'))
            {
                continue;
            }

            var word = token.GetText(text);
            for (var k = 0; k < found; k++)
            {
                if (words[k].Candidate < 0 || words[k].Length != word.Length || !text.Slice(words[k].Start, words[k].Length).SequenceEqual(word))
                {
                    continue;
                }

                Add(ref candidates, ref count, new Candidate(token.Start, token.Length, i, candidates[words[k].Candidate].Company, MentionKind.Name, State.Accepted));
                added++;
                break;
            }
        }

        if (added > 0)
        {
            candidates.AsSpan(0, count).Sort(static (a, b) => a.TokenIndex.CompareTo(b.TokenIndex));
        }

        return count;
    }

    /// <summary>The longest first word in capitals that may stand for its name (<see cref="AddFirstWordsOfNames"/>).</summary>
    private const int MaxCapitalsFirstWord = 5;

    // The chars of a first word of a name that may stand for it: letters and an inner hyphen.
    private static readonly System.Buffers.SearchValues<char> NameFirstWordChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    // First words of names too generic to stand for one company: "American", "General", "First", places.
    private static readonly WordSet GenericFirstWords = new(
        "The", "American", "United", "General", "First", "National", "International", "Global", "Southern", "Northern", "Western",
        "Eastern", "Royal", "New", "Great", "Public", "Federal", "Central", "Pacific", "Atlantic", "Digital", "Advanced", "Dollar",
        "Energy", "Bank", "Capital", "Financial", "Health", "Life", "Home", "Air", "Texas", "California", "Florida", "Alaska",
        "Hawaiian", "Carolina", "Virginia", "Georgia", "Arizona", "Nevada", "Ohio", "Continental", "Universal",
        "Standard", "Allied", "Consolidated", "Old", "Big", "Best", "China", "Canadian", "British", "Japan", "Korea", "India",
        "Mexico", "Brazil", "US", "U.S.", "North", "South", "East", "West", "Santa", "San", "Las", "Los", "St", "Saint",
        "Union", "Mid", "Main", "Premier", "Prime", "Smart", "Green", "Blue", "Red", "Black", "White", "Silver", "Gold",
        "Steel", "Oil", "Gas", "Power", "Water", "Auto", "Motor", "Insurance", "Media", "Data", "Cloud", "Solar");

    /// <summary>Numbers each token's sentence; a sentence in capitals gets a negative number (-1 - index).</summary>
    private static void NumberSentences(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf)
    {
        var sentence = 0;
        var start = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || tokens[i].Kind == TokenKind.SentenceEnd)
            {
                var number = IsAllCaps(text, tokens[start..i]) ? -1 - sentence : sentence;
                sentenceOf.AsSpan(start, Math.Min(i + 1, tokens.Length) - start).Fill(number);

                sentence++;
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/>'s sentence is a headline in title case ("Target Cuts Outlook as Shoppers Pull Back"),
    /// where a capitalised word after the name that opens it is the headline's style, not a longer name: at least
    /// <see cref="MinTitleWords"/> words of four or more letters, all of them capitalised.
    /// </summary>
    private static bool IsTitleCased(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, int i)
    {
        var sentence = sentenceOf[i];
        var start = i;
        while (start > 0 && sentenceOf[start - 1] == sentence)
        {
            start--;
        }

        var words = 0;
        for (var k = start; k < tokens.Length && sentenceOf[k] == sentence; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Length < 4)
            {
                continue;
            }

            var word = tokens[k].GetText(text);
            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            words++;
        }

        return words >= MinTitleWords;
    }

    /// <summary>The fewest long words a sentence needs to be read as a headline in title case.</summary>
    private const int MinTitleWords = 4;

    /// <summary>Whether token <paramref name="i"/> is in a sentence in capitals, numbering the sentences first if they are not yet.</summary>
    private static bool InCapitals(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, ref bool numbered, int i)
    {
        EnsureNumbered(text, tokens, sentenceOf, ref numbered);
        return sentenceOf[i] < 0;
    }

    /// <summary>Numbers the sentences (<see cref="NumberSentences"/>) unless they are already.</summary>
    private static void EnsureNumbered(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, ref bool numbered)
    {
        if (!numbered)
        {
            NumberSentences(text, tokens, sentenceOf);
            numbered = true;
        }
    }

    /// <summary>
    /// "smaller SNAP payments": a name of one ordinary word written in capitals (three letters or more, no lower-case letter), in a
    /// sentence that is not, is an acronym of something else, unless the company writes its name so ("BKV Corp", "FIS").
    /// </summary>
    private static bool IsAcronymInPlainSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, in Candidate candidate)
    {
        var i = candidate.TokenIndex;
        if (candidate.TokenEnd != i + 1 || sentenceOf[i] < 0)
        {
            return false;
        }

        var word = tokens[i].GetText(text);
        if (word.Length < 3 || word.IndexOfAnyInRange('a', 'z') >= 0 || word.IndexOfAnyInRange('A', 'Z') < 0 ||
            candidate.Company.Name.AsSpan().Contains(word, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var alias in candidate.Company.Aliases)
        {
            if (word.SequenceEqual(alias))
            {
                return false; // "FIS", "BKV": the company's own short name in capitals
            }
        }

        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // A word is short, and in most texts its first or second char is a lower-case letter: a loop that stops there costs
            // less than a vectorised search for each case.
            var capital = false;
            foreach (var c in token.GetText(text))
            {
                if (char.IsAsciiLetterLower(c))
                {
                    return false;
                }

                capital |= char.IsAsciiLetterUpper(c);
            }

            if (capital)
            {
                words++;
            }
        }

        return words >= 3;
    }

    private static int Sentence(int[] sentenceOf, int token) => sentenceOf[token] < 0 ? -1 - sentenceOf[token] : sentenceOf[token];

    private int FindCandidates(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> firstNameNodes, int[] sentenceOf, ref bool numbered, ref Candidate[] candidates)
    {
        var count = 0;
        var nextDot = -1; // see HasInstrumentCodeShape
        for (var i = 0; i < tokens.Length; i++)
        {
            // Most tokens start nothing; passing them over here keeps this loop small (the reading of a candidate, with everything it
            // inlines, is a large method whose loop spilled most of its variables to the stack on every token).
            if (!MayStartCandidate(text, tokens, i, firstNameNodes.IsEmpty ? NameMatcher.UnknownFirstNode : firstNameNodes[i], _directory.Names, ref nextDot))
            {
                continue;
            }

            i = FindCandidate(text, tokens, firstNameNodes, sentenceOf, ref numbered, i, ref candidates, ref count);
        }

        return count;
    }

    /// <summary>
    /// Whether <see cref="FindCandidate"/> could find anything at token <paramref name="i"/>: a cashtag, exchange symbol or handle, or a word or
    /// number that may start a name, may be an instrument code or, for a word, a symbol in capitals that may stand alone (three chars
    /// or more, or in parentheses: <see cref="FindCandidate"/> passes over "Q4", "H2" or "AH" otherwise).
    /// </summary>
    /// <remarks>
    /// A word may start a name when the name trie has a first step for it (<paramref name="firstNode"/> is not -1) and its letter case
    /// fits some name (<see cref="NameMatcher.CannotStartName"/>, which the match itself would test first). The first step is found
    /// ignoring case, so common lower-case words ("on", "price", "target") have one; passing them over here spares them the call of
    /// <see cref="FindCandidate"/>, a large method. <paramref name="nextDot"/> is the state of <see cref="HasInstrumentCodeShape"/>
    /// over the tokens in order.
    /// </remarks>
    private static bool MayStartCandidate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int firstNode, NameMatcher names, ref int nextDot)
    {
        ref readonly var token = ref tokens[i];
        if (token.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return token.Kind is TokenKind.Cashtag or TokenKind.ExchangeSymbol or TokenKind.Handle;
        }

        var word = token.GetText(text);
        return (firstNode != -1 && (word.IsEmpty || !names.CannotStartName(word))) || HasInstrumentCodeShape(text, token, ref nextDot) ||
            (token.Kind == TokenKind.Word && (IsUpperSymbol(word) && (word.Length >= MinBareSymbolLength || IsParenthesized(text, tokens, i)) ||
                                              OwnerBeforeHyphen(text, token) > 0));
    }

    /// <summary>
    /// <see cref="MayBeInstrumentCode"/> of a token, for tokens asked in text order: <paramref name="nextDot"/> is the first '.' of the
    /// text at or after the second char of the token asked last (-1 before the first token, <see cref="int.MaxValue"/> when there is
    /// none), so that a token whose length fits has a dot inside exactly when that dot comes before its last char.
    /// </summary>
    /// <remarks>
    /// Every word and number is asked, and few have a dot inside ("MSFT.O"); their chars were read one by one. The dots are found by a
    /// vectorised search instead, from each token's second char on only when the dot found last lies before it: the searches cover
    /// disjoint stretches of the text, so a text of many tokens is searched once ("Acme rose 4.5% on Monday. Globex fell." finds the
    /// dot of "4.5%" once, for "rose", and the full stop once, for "Monday").
    /// </remarks>
    private static bool HasInstrumentCodeShape(ReadOnlySpan<char> text, in Token token, ref int nextDot)
    {
        if (token.Length is < 3 or > 12 || text[token.End - 1] == '.')
        {
            return false;
        }

        var from = token.Start + 1;
        if (nextDot < from)
        {
            var found = text[from..].IndexOf('.');
            nextDot = found < 0 ? int.MaxValue : from + found;
        }

        return nextDot <= token.End - 2;
    }

    /// <summary>
    /// Whether the word in parentheses at token <paramref name="i"/> defines an abbreviation rather than naming a symbol: it
    /// spells the initials of the words right before it ("the corporate alternative minimum tax (AMT)", "the Department of
    /// Energy (DOE)"; "of", "and", "for", "the", "on", "in" may be passed over), and those words are not the name of
    /// <paramref name="company"/> found right before it ("Texas Pacific Land (TPL)" keeps its symbol).
    /// </summary>
    private static bool DefinesAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<Candidate> found, CompanyInfo company) =>
        (SpellsInitials(text, tokens, i) || AfterIndexName(text, tokens, i)) &&
        !(found.Length > 0 && found[^1].TokenEnd == i - 1 && ReferenceEquals(found[^1].Company, company));

    /// <summary>
    /// Whether the bracket before token <paramref name="i"/> follows an index's short name, its symbol: "the Dow Transports (DJT)",
    /// "the Nasdaq Composite (COMP)".
    /// </summary>
    private static bool AfterIndexName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 3 && tokens[i - 3].Kind == TokenKind.Word && IndexNames.Contains(tokens[i - 3].GetText(text)) &&
        tokens[i - 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 2].Start]) && IndexFollowers.Contains(tokens[i - 2].GetText(text));

    /// <summary>
    /// Whether the word at token <paramref name="i"/>, after "(", spells the initials of the words before the bracket; an "&amp;"
    /// and, before the last letter, one capitalised word may be passed over ("the Centers for Medicare &amp; Medicaid Services (CMS)").
    /// The word that closes a gauge's name may be left out too: "the Dow Jones Transportation Average (DJT)".
    /// </summary>
    private static bool SpellsInitials(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        SpellsInitials(text, tokens, i, i - 2) ||
        i >= 3 && tokens[i - 2].Kind == TokenKind.Word && GaugeNouns.Contains(tokens[i - 2].GetText(text)) && SpellsInitials(text, tokens, i, i - 3);

    // Words that close the name of a gauge or a fund, which its symbol's letters may leave out.
    private static readonly WordSet GaugeNouns = new("Average", "Index", "Composite", "ETF", "Fund");

    /// <summary>
    /// <see cref="SpellsInitials(ReadOnlySpan{char}, ReadOnlySpan{Token}, int)"/>, from the word at <paramref name="last"/> back: whether
    /// the word at token <paramref name="i"/> spells the initials of the words that end there.
    /// </summary>
    internal static bool SpellsInitials(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int last)
    {
        var letters = tokens[i].GetText(text);
        var k = last; // the word before "(", or before the gauge's noun
        var skipped = false;
        for (var n = letters.Length - 1; n >= 0;)
        {
            var matched = 0;
            for (; k >= 0; k--)
            {
                if (IsChar(text, tokens[k], '&'))
                {
                    continue;
                }

                if (tokens[k].Kind != TokenKind.Word || (matched = InitialsMatched(tokens[k].GetText(text), letters[..(n + 1)])) > 0)
                {
                    break;
                }

                if (!InitialsPassedOver.Contains(tokens[k].GetText(text)))
                {
                    // One capitalised word the initials leave out, not the last: "Medicare" of "Centers for Medicare & Medicaid Services (CMS)".
                    if (skipped || n == letters.Length - 1 || !char.IsUpper(text[tokens[k].Start]))
                    {
                        break;
                    }

                    skipped = true;
                }
            }

            if (k < 0 || matched == 0)
            {
                return false;
            }

            n -= matched;
            k--;
        }

        return true;
    }

    /// <summary>
    /// How many of the last of <paramref name="letters"/> the word spells: the initials of each part of a hyphenated word
    /// ("long-term care (LTC)"), or else its first letter; 0 for none.
    /// </summary>
    private static int InitialsMatched(ReadOnlySpan<char> word, ReadOnlySpan<char> letters)
    {
        var parts = word.Count('-') + 1;
        if (parts > 1 && parts <= letters.Length)
        {
            var n = letters.Length - parts;
            var spelled = true;
            for (var p = 0; p < word.Length && spelled; p++)
            {
                if (p == 0 || word[p - 1] == '-')
                {
                    spelled = char.ToUpperInvariant(word[p]) == letters[n++];
                }
            }

            // Every part gave its letter: a word that ends with a hyphen ("long-") has a part with none.
            if (spelled && n == letters.Length)
            {
                return parts;
            }
        }

        return char.ToUpperInvariant(word[0]) == letters[^1] ? 1 : 0;
    }

    private static readonly WordSet InitialsPassedOver = new("of", "and", "for", "the", "on", "in");

    /// <summary>Whether token <paramref name="i"/> stands alone in parentheses: <c>(GE)</c>.</summary>
    private static bool IsParenthesized(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Length && IsChar(text, tokens[i - 1], '(') && IsChar(text, tokens[i + 1], ')');

    /// <summary>Adds the candidate that starts at token <paramref name="i"/>, if any; returns the index of its last token (else <paramref name="i"/>).</summary>
    private int FindCandidate(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> firstNameNodes, int[] sentenceOf, ref bool numbered, int i,
        ref Candidate[] candidates, ref int count)
    {
        var token = tokens[i];
        switch (token.Kind)
        {
            case TokenKind.Cashtag:
                if (_directory.TryGetBySymbol(token.GetText(text)[1..], out var cashtag))
                {
                    Add(ref candidates, ref count, new Candidate(token.Start, token.Length, i, cashtag, MentionKind.Cashtag, State.Strong));
                }

                break;

            case TokenKind.Handle when token.Length > MinHandleNameLength:
                {
                    // "@Verizon what exactly am I paying you for": a handle that is a company's one-word name, in any case, is the
                    // company's own account.
                    ReadOnlySpan<Token> handleName = [new Token(token.Start + 1, token.Length - 1, TokenKind.Word)];
                    if (_directory.Names.MatchIgnoringCase(text, handleName, out var account) == 1)
                    {
                        Add(ref candidates, ref count, new Candidate(token.Start, token.Length, i, account!.Company, MentionKind.Name, State.Strong));
                    }

                    break;
                }

            case TokenKind.ExchangeSymbol:
                {
                    var value = token.GetText(text);
                    var colon = value.LastIndexOf(':');

                    // A symbol on an exchange outside the US ("ASX: AUR", "TSX: T") names the directory's company of that symbol
                    // only when the text names the company too ("Shopify Inc. (TSX: SHOP)"): the US symbol may be another's.
                    var state = colon >= 0 && FinancialTokenizer.IsForeignExchange(value[..colon]) ? State.BareSymbol : State.Strong;
                    if (colon >= 0 && _directory.TryGetBySymbol(value[(colon + 1)..], out var listed))
                    {
                        Add(ref candidates, ref count, new Candidate(token.Start, token.Length, i, listed, MentionKind.ExchangeSymbol, state));
                    }

                    // A list after the exchange: "(Nasdaq: AAPL, MSFT)".
                    while (i + 2 < tokens.Length && IsChar(text, tokens[i + 1], ',') && tokens[i + 2].Kind == TokenKind.Word &&
                           IsUpperSymbol(tokens[i + 2].GetText(text)) && _directory.TryGetBySymbol(tokens[i + 2].GetText(text), out var next))
                    {
                        i += 2;
                        Add(ref candidates, ref count, new Candidate(tokens[i].Start, tokens[i].Length, i, next, MentionKind.ExchangeSymbol, state));
                    }

                    break;
                }

            case TokenKind.Word or TokenKind.Number:
                {
                    if (MayBeInstrumentCode(token.GetText(text)) && TryInstrumentCode(text, tokens, i, out var code, out var foreign))
                    {
                        // "TLS.AX" is Telstra's code in Sydney, not Telos's: a code on an exchange outside the US, like a symbol
                        // there, names the directory's company only when the text names it too ("Vodafone (VOD.L)").
                        Add(ref candidates, ref count, new Candidate(token.Start, token.Length, i, code, MentionKind.InstrumentCode, foreign ? State.BareSymbol : State.Strong));
                        break;
                    }

                    var firstNode = firstNameNodes.IsEmpty ? NameMatcher.UnknownFirstNode : firstNameNodes[i];
                    var matched = _directory.Names.Match(text, tokens, i, firstNode, out var entry);
                    // The second letter's case is read before the stop list, a lookup: most one-word names ("Apple") pass on it. A
                    // headline in capitals writes every name so ("FORD RECALLS 500,000 TRUCKS"): there, the name of a company with an
                    // industry (the S&P 500's, far more often in the news than "BOX" or "TEAM" are names) stands with corporate
                    // context, as an ordinary word's does.
                    var stopListed = matched == 1 && !char.IsLower(text[token.Start + 1 < token.End ? token.Start + 1 : token.Start]) &&
                        SymbolStopList.Contains(token.GetText(text));
                    if (matched > 0 && (!stopListed || entry!.Company.Industry is not null && InCapitals(text, tokens, sentenceOf, ref numbered, i)))
                    {
                        var end = LegalSuffix.Match(text, tokens, i + matched);
                        var last = tokens[end - 1];
                        var state = end > i + matched || !entry!.Ambiguous && !stopListed ? State.Strong : State.NeedsContext;

                        // "Jane Ball said…", "Henry Ford's company", "Anna Ericsson said": one word after a given name is a surname,
                        // whether an ordinary word or a coined name, unless a legal suffix follows ("Anna Ericsson AB" is none).
                        if (matched == 1 && end == i + 1 && i > 0 && tokens[i - 1].Kind == TokenKind.Word &&
                            GivenNames.Contains(tokens[i - 1].GetText(text)))
                        {
                            i = end - 1;
                            break;
                        }

                        // "5,000 HP electric frac pumps": a short word of capital letters right after a number is its unit
                        // (not "11,000 AT&T technicians").
                        if (matched == 1 && end == i + 1 && i > 0 && tokens[i - 1].Kind == TokenKind.Number &&
                            tokens[i - 1].End + 1 == token.Start && token.Length <= MaxUnitLength && !token.GetText(text).ContainsAnyExceptInRange('A', 'Z'))
                        {
                            break;
                        }

                        // "Vistra Cabinets lost its contract": one word before a capitalised line of trade that the company's own name
                        // does not hold starts a longer name, another company's ("Vistra shares", "Vistra Energy" stay Vistra's).
                        // "Toyota Industries", "Merck KGaA", "Domino's Pizza Enterprises": a word that closes a group's other company's
                        // name does so after a name of any length ("Novo Holdings", "Coca-Cola HBC"), and "Group" after a name of two
                        // words or more ("Domino's Pizza Group"; "HSBC Group" is the bank's).
                        if (end == i + matched && end < tokens.Length && tokens[end].Kind == TokenKind.Word &&
                            char.IsUpper(text[tokens[end].Start]) &&
                            (matched == 1 && TradeNouns.Contains(tokens[end].GetText(text)) || OtherCompanyDesignators.Contains(tokens[end].GetText(text)) ||
                             matched > 1 && tokens[end].GetText(text) is "Group") &&
                            !entry!.Company.Name.AsSpan().Contains(tokens[end].GetText(text), StringComparison.OrdinalIgnoreCase))
                        {
                            i = end - 1;
                            break;
                        }

                        // "In Freeport, Texas", "Reading, Pennsylvania": a name before a comma and a US state is a place; "at the J.P.
                        // Morgan Healthcare Conference": a name that opens the name of an event it hosts is no subject of the news.
                        if (IsPlaceInState(text, tokens, end) || HostsEvent(text, tokens, i, end) || NamesVenue(text, tokens, end, entry!.Company) ||
                            NamesDoctrine(text, tokens, end) || NamesSponsoredIndex(text, tokens, end) || NamesBody(text, tokens, end, entry!.Company) ||
                            NamesDisaster(text, tokens, i, end) ||
                            NamesOwnersUnit(text, tokens, i, end) || NamesLocalArea(text, tokens, end))
                        {
                            i = end - 1;
                            break;
                        }

                        // "Goldman Sachs analysts expect ..." quotes a source; the text is not about the company. So does "an RBC
                        // Capital Markets analyst": the house's desk may come between.
                        if (QuotesSource(text, tokens, end) || AfterSpinoffFrom(text, tokens, i))
                        {
                            state = State.BareSymbol;
                        }
                        Add(ref candidates, ref count, new Candidate(token.Start, last.End - token.Start, i, entry!.Company, MentionKind.Name, state) { TokenEnd = end });
                        i = end - 1;
                        break;
                    }

                    // "Kroger-owned supermarkets", "Berkshire-controlled utilities": the owner's name before a hyphen of ownership.
                    if (token.Kind == TokenKind.Word && OwnerBeforeHyphen(text, token) is var owner and > 0)
                    {
                        Span<Token> name = [new Token(token.Start, owner, TokenKind.Word)];
                        if (_directory.Names.Match(text, name, 0, out var ownerEntry) == 1)
                        {
                            Add(ref candidates, ref count, new Candidate(token.Start, owner, i, ownerEntry!.Company, MentionKind.Name,
                                ownerEntry.Ambiguous ? State.NeedsContext : State.Strong));
                            break;
                        }
                    }

                    if (_resolveBareSymbols && token.Kind == TokenKind.Word)
                    {
                        var word = token.GetText(text);
                        var parenthesized = IsParenthesized(text, tokens, i);
                        if (IsUpperSymbol(word) && (word.Length >= MinBareSymbolLength || parenthesized) && !SymbolStopList.Contains(word) &&
                            _directory.TryGetBySymbol(word, out var bare) && !InCapitals(text, tokens, sentenceOf, ref numbered, i) &&
                            !(parenthesized && DefinesAbbreviation(text, tokens, i, candidates.AsSpan(0, count), bare)))
                        {
                            Add(ref candidates, ref count, new Candidate(token.Start, token.Length, i, bare, MentionKind.ExchangeSymbol,
                                parenthesized ? State.Strong : State.BareSymbol));
                        }
                    }

                    break;
                }
        }

        return i;
    }

    /// <summary>
    /// The length of a capitalised name before a hyphen of ownership that ends the word ("Kroger-owned", "Berkshire-controlled";
    /// "state-run" has no capital), or 0. Most words are turned away by their last letter.
    /// </summary>
    private static int OwnerBeforeHyphen(ReadOnlySpan<char> text, Token token)
    {
        var word = token.GetText(text);
        if (word.Length < 6 || word[^1] is not ('d' or 'n') || !char.IsUpper(word[0]))
        {
            return 0;
        }

        foreach (var suffix in OwnershipSuffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var owner = word[..^suffix.Length];
                return owner.IndexOf('-') < 0 ? owner.Length : 0;
            }
        }

        return 0;
    }

    // Hyphened words of ownership after a name: "Kroger-owned", "Berkshire-controlled" (not "Microsoft-backed": an investor
    // is not the owner whose news it is).
    private static readonly string[] OwnershipSuffixes = ["-owned", "-controlled", "-operated", "-run"];

    /// <summary>
    /// The fewest letters of a bare symbol outside brackets ("KO just keeps compounding" after "$KO"). It stands only when the
    /// text names its company another way (a cashtag, a name), as every bare symbol does.
    /// </summary>
    private const int MinBareSymbolLength = 2;

    /// <summary>
    /// Whether a word has the shape <see cref="TryInstrumentCode"/> needs: 3 to 12 chars with a dot inside, not last. Every word and
    /// number is asked, and few have a dot: a plain loop over a dozen chars costs less than a vectorised search and a call.
    /// </summary>
    private static bool MayBeInstrumentCode(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 12 || word[^1] == '.')
        {
            return false;
        }

        for (var i = word.Length - 2; i > 0; i--)
        {
            if (word[i] == '.')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Reuters instrument code: <c>&lt;JNJ.N&gt;</c>, <c>MSFT.O</c>, <c>AAPL.OQ</c>, <c>&lt;BRKb.N&gt;</c>; <paramref name="foreign"/> when its
    /// suffix names an exchange outside the US (<c>VOD.L</c>, <c>TLS.AX</c>).
    /// </summary>
    private bool TryInstrumentCode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, out CompanyInfo company, out bool foreign)
    {
        company = null!;
        foreign = false;
        var word = tokens[i].GetText(text);
        var dot = word.LastIndexOf('.');
        if (dot <= 0 || dot == word.Length - 1 || word.Length > 12)
        {
            return false;
        }

        foreign = FinancialTokenizer.IsForeignExchangeSuffix(word[(dot + 1)..]);

        var bracketed = i > 0 && i + 1 < tokens.Length && IsChar(text, tokens[i - 1], '<') && IsChar(text, tokens[i + 1], '>');
        var suffix = word[(dot + 1)..];
        if (!bracketed && !FinancialTokenizer.IsExchangeSuffix(suffix))
        {
            return false;
        }

        var root = word[..dot];
        if (root.IsEmpty || root.Length > 8 || root.IndexOfAnyExceptInRange('A', 'Z') is var bad && bad >= 0 &&
            !(bad == root.Length - 1 && char.IsAsciiLetterLower(root[^1]) && root.Length > 1) && root.IndexOfAny('.', '-') < 0)
        {
            if (!bracketed)
            {
                return false;
            }
        }

        if (bracketed && _directory.TryGetBySymbol(word, out company) && !FinancialTokenizer.IsExchangeSuffix(suffix))
        {
            return true;
        }

        if (root.Length > 1 && char.IsAsciiLetterLower(root[^1]))
        {
            // "BRKb" is class B of BRK.
            Span<char> classSymbol = stackalloc char[root.Length + 1];
            root[..^1].CopyTo(classSymbol);
            classSymbol[root.Length - 1] = '.';
            classSymbol[root.Length] = char.ToUpperInvariant(root[^1]);
            return _directory.TryGetBySymbol(classSymbol, out company);
        }

        return root.IndexOfAnyExceptInRange('A', 'Z') < 0 && _directory.TryGetBySymbol(root, out company);
    }

    /// <summary>
    /// Accepts the names still waiting for context whose company a curated descriptor after "the" names in the same text ("Apple
    /// to hold its fall product event, the iPhone maker said"). The text is walked only when some name waits.
    /// </summary>
    private void AcceptDescribed(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int[] sentenceOf, Span<Candidate> candidates, HashSet<CompanyInfo>? accepted)
    {
        var waiting = false;
        foreach (ref readonly var candidate in candidates)
        {
            waiting |= candidate.State == State.NeedsContext;
        }

        if (!waiting)
        {
            return;
        }

        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            // A word that starts no descriptor (by its bit, when the words were looked up) spares the matcher's lookup.
            if (tokens[i].Kind != TokenKind.Word || !tokens[i].GetText(text).Equals("the", StringComparison.OrdinalIgnoreCase) ||
                !ruleWords.IsEmpty && (ruleWords[i + 1] & RuleWords.DescriptorStart) == 0 ||
                _directory.Descriptors.Match(text, tokens, i + 1, out var descriptor) == 0)
            {
                continue;
            }

            foreach (ref var candidate in candidates)
            {
                if (candidate.State == State.NeedsContext && ReferenceEquals(candidate.Company, descriptor!.Company) &&
                    !LooksLikeOtherUse(text, tokens, sentenceOf, candidate) && !NamesMarketIndex(text, tokens, sentenceOf, candidate))
                {
                    candidate.State = State.Accepted;
                    accepted?.Add(candidate.Company);
                }
            }
        }
    }

    /// <summary>
    /// Decides which candidates stand. Returns the companies accepted, as a set when there are many candidates (so that long texts
    /// stay linear), or <see langword="null"/> when a scan of the few candidates is cheaper.
    /// </summary>
    private HashSet<CompanyInfo>? Accept(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int[] sentenceOf, Span<Candidate> candidates)
    {
        var accepted = candidates.Length > AcceptedSetThreshold ? new HashSet<CompanyInfo>(ReferenceEqualityComparer.Instance) : null;
        ShortenOtherNames(text, candidates, _directory.NamesOpeningOthers, _directory.NamesOpenedByOthers);
        DropNamesInsideOthers(text, tokens, candidates);

        // Strong mentions stand; ambiguous names need context or a strong mention of the same company.
        foreach (ref var candidate in candidates)
        {
            if (candidate.State == State.Accepted)
            {
                accepted?.Add(candidate.Company);
            }
            else if (candidate.State == State.Strong)
            {
                candidate.State = State.Accepted;
                accepted?.Add(candidate.Company);
            }
        }

        // "Shell <SHEL.L>", "Persimmon (LSE: PSN)": a code or symbol on an exchange outside the US right after a name of the same
        // company confirms the name, and the name the code.
        for (var i = 1; i < candidates.Length; i++)
        {
            ref var code = ref candidates[i];
            ref var name = ref candidates[i - 1];
            if (code.State == State.BareSymbol && code.Kind is MentionKind.InstrumentCode or MentionKind.ExchangeSymbol &&
                name.Kind == MentionKind.Name && ReferenceEquals(name.Company, code.Company) && IsRightAfter(text, name, code))
            {
                code.State = State.Accepted;
                name.State = State.Accepted;
                accepted?.Add(code.Company);
            }
        }

        // Whether the text speaks of business at all, asked only when a name waits for the context of a list or a verb.
        var business = -1;
        AcceptLongLists(text, tokens, sentenceOf, candidates, accepted, ref business);
        AcceptPeersListed(text, tokens, sentenceOf, candidates, accepted);
        Span<int> surnames = stackalloc int[MaxSurnames];
        var surnameCount = -1; // found on the first name that needs context
        for (var i = 0; i < candidates.Length; i++)
        {
            ref var candidate = ref candidates[i];
            if (candidate.State != State.NeedsContext)
            {
                continue;
            }

            // "finance chief Laura Ford takes over as CEO … Ford, 51, joined the company in 2018": a name the text
            // gave a person as a surname is that person's in its later bare mentions, whatever words of business stand near,
            // unless its stock is named ("Ford shares") or another mention confirms the company.
            if (surnameCount < 0)
            {
                surnameCount = FindSurnames(text, tokens, surnames);
            }

            if (surnameCount > 0 && IsSurname(text, tokens, surnames[..surnameCount], candidate) && !HasAccepted(candidates, candidate.Company, accepted))
            {
                continue;
            }

            // "NEW YORK, Nov 20 (Reuters)": a month in a date is passed over, but does not make the company's other names
            // doubtful ("NOV said on Nov 20…"), as a word's other use does (LooksLikeOtherUse).
            if (!LooksLikeOtherUse(text, tokens, sentenceOf, candidate) && !IsMonthInDate(text, tokens, candidate) &&
                !NamesMarketIndex(text, tokens, sentenceOf, candidate) && !(i > 0 && OwnedBy(text, candidates[i - 1], candidate)) &&
                !BrandText.ListedAfterMakerOf(text, tokens, candidate.TokenIndex) &&
                (HasAccepted(candidates, candidate.Company, accepted) || HasContext(text, tokens, sentenceOf, candidate) ||
                 i > 0 && ListedWith(text, candidates[i - 1], candidate) || i + 1 < candidates.Length && ListedWith(text, candidates[i + 1], candidate) ||
                 ActsAsCompany(text, tokens, sentenceOf, candidates, candidate) &&
                    (DoesBusiness(text, tokens, candidate.TokenEnd) || SpeaksOfBusiness(text, tokens, candidates, ref business))))
            {
                candidate.State = State.Accepted;
                accepted?.Add(candidate.Company);
            }
        }

        // "Apple to hold its fall event, the iPhone maker said": a curated descriptor of the same company confirms the name.
        AcceptDescribed(text, tokens, ruleWords, sentenceOf, candidates, accepted);

        // "Hub Group, Forward Air among worst performers": a name listed before one that the pass above accepted later (by its own
        // context) is accepted with it, walking back so that a longer list is reached from its end.
        for (var i = candidates.Length - 2; i >= 0; i--)
        {
            ref var candidate = ref candidates[i];
            if (candidate.State == State.NeedsContext && ListedWith(text, candidates[i + 1], candidate) &&
                !LooksLikeOtherUse(text, tokens, sentenceOf, candidate) && !NamesMarketIndex(text, tokens, sentenceOf, candidate))
            {
                candidate.State = State.Accepted;
                accepted?.Add(candidate.Company);
            }
        }

        foreach (ref var candidate in candidates)
        {
            if (candidate.State == State.BareSymbol && HasAccepted(candidates, candidate.Company, accepted))
            {
                candidate.State = State.Accepted;
                accepted?.Add(candidate.Company);
            }
        }

        return accepted;
    }

    /// <summary>
    /// Whether an ambiguous name comes right after another company's possessive: "Comcast's Universal parks", "Disney's Pixar"
    /// name the owner's unit or brand, not a company of that name.
    /// </summary>
    private static bool OwnedBy(ReadOnlySpan<char> text, in Candidate owner, in Candidate candidate)
    {
        var end = owner.Start + owner.Length;
        if (owner.State != State.Accepted || owner.Kind != MentionKind.Name || ReferenceEquals(owner.Company, candidate.Company) || candidate.Start <= end)
        {
            return false;
        }

        return PhraseText.IsPossessive(text[end..candidate.Start].TrimEnd());
    }

    /// <summary>
    /// "Prudential misses estimates … Prudential Financial (NYSE: PRU) reported…": a name of ordinary words that opens another
    /// company's longer name mentioned in the text is that company's name cut short, unless its own company is also named some
    /// other way. A name that needs no context stands ("Coca-Cola" beside "Coca-Cola Consolidated" is the brand's owner).
    /// </summary>
    private static void ShortenOtherNames(
        ReadOnlySpan<char> text, Span<Candidate> candidates, IReadOnlySet<CompanyInfo> namesOpeningOthers, IReadOnlySet<CompanyInfo> namesOpenedByOthers)
    {
        if (candidates.Length < 2 || namesOpeningOthers.Count == 0)
        {
            return;
        }

        // Most texts name no company whose name another's opens: one pass finds out, and spares the search below.
        var anyOpened = false;
        foreach (ref readonly var candidate in candidates)
        {
            if (candidate.Kind == MentionKind.Name && namesOpenedByOthers.Contains(candidate.Company))
            {
                anyOpened = true;
                break;
            }
        }

        if (!anyOpened)
        {
            return;
        }

        // The answers for the short names read so far, for their next mentions (a long text names a company many times): each
        // distinct short name is searched for once.
        Span<(CompanyInfo? Company, int Length, CompanyInfo? Answer)> answers = new (CompanyInfo?, int, CompanyInfo?)[MaxShortNames];
        var answered = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            ref var shorter = ref candidates[i];
            if (shorter.Kind != MentionKind.Name || !namesOpeningOthers.Contains(shorter.Company) ||
                !(shorter.State == State.NeedsContext || IsAllGenericWords(text.Slice(shorter.Start, shorter.Length))))
            {
                continue;
            }

            var k = 0;
            while (k < answered && !(ReferenceEquals(answers[k].Company, shorter.Company) && answers[k].Length == shorter.Length))
            {
                k++;
            }

            if (k == answered)
            {
                if (answered == MaxShortNames)
                {
                    continue; // a text of many such names: the rest stay as they were found
                }

                answers[answered++] = (shorter.Company, shorter.Length, LongerNameOpened(text, candidates, shorter));
            }

            if (answers[k].Answer is { } longer)
            {
                shorter.Company = longer;
            }
        }
    }

    /// <summary>
    /// Whether every word of a name of two or more is too generic to stand for one company (<see cref="GenericFirstWords"/>):
    /// "First Financial" beside "First Financial Bankshares" is the longer name cut short, as an ordinary word's name is.
    /// </summary>
    private static bool IsAllGenericWords(ReadOnlySpan<char> name) =>
        name.IndexOf(' ') >= 0 && PhraseText.AllWordsIn(name, GenericFirstWords);

    /// <summary>The most distinct short names <see cref="ShortenOtherNames"/> searches a text for.</summary>
    private const int MaxShortNames = 8;

    /// <summary>
    /// The company of another name in the text that <paramref name="shorter"/>'s words open ("Prudential" in "Prudential Financial"),
    /// or null when there is none or the short name's own company is also named some other way ("Prudential plc", "(NYSE: PUK)").
    /// </summary>
    private static CompanyInfo? LongerNameOpened(ReadOnlySpan<char> text, ReadOnlySpan<Candidate> candidates, in Candidate shorter)
    {
        var name = text.Slice(shorter.Start, shorter.Length);
        CompanyInfo? longer = null;
        foreach (ref readonly var other in candidates)
        {
            if (ReferenceEquals(other.Company, shorter.Company))
            {
                if (other.Kind != MentionKind.Name || !text.Slice(other.Start, other.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }
            else if (longer is null && other.Kind == MentionKind.Name && other.Length > name.Length + 1 && text[other.Start + name.Length] == ' ' &&
                     text.Slice(other.Start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                longer = other.Company;
            }
        }

        return longer;
    }

    /// <summary>
    /// Whether <paramref name="code"/> follows <paramref name="name"/> with only spaces and an opening bracket between them
    /// ("Shell &lt;SHEL.L&gt;", "BHP Group (ASX: BHP)").
    /// </summary>
    private static bool IsRightAfter(ReadOnlySpan<char> text, in Candidate name, in Candidate code)
    {
        var between = code.Start - (name.Start + name.Length);
        return between is >= 0 and <= 3 && text.Slice(name.Start + name.Length, between).Trim(" (<[").IsEmpty;
    }

    /// <summary>
    /// "American Coastal Financial Corp. (Nasdaq: ACIC)": a name after a capitalised word and right before another company's
    /// exchange symbol is part of that company's longer name, not the company the directory knows by it ("Coastal Financial"
    /// is CCB's). The name waits as a bare mention, which only another mention of its company confirms.
    /// </summary>
    private static void DropNamesInsideOthers(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Candidate> candidates)
    {
        for (var i = 1; i < candidates.Length; i++)
        {
            ref readonly var code = ref candidates[i];
            ref var name = ref candidates[i - 1];
            if (code.Kind != MentionKind.ExchangeSymbol || name.Kind != MentionKind.Name || ReferenceEquals(name.Company, code.Company) ||
                name.TokenIndex == 0 || !IsRightAfter(text, name, code))
            {
                continue;
            }

            var before = tokens[name.TokenIndex - 1];
            if (before.Kind == TokenKind.Word && char.IsUpper(text[before.Start]) && !Articles.Contains(before.GetText(text)))
            {
                name.State = State.BareSymbol;
            }
        }
    }

    private static readonly WordSet Articles = new("The", "A", "An");

    /// <summary>
    /// Ambiguous names listed three or more together, each a different company ("Meta, Alphabet and Amazon rallied"), give each
    /// other corporate context in a text that speaks of business (<see cref="SpeaksOfBusiness"/>): one ordinary word in a list is
    /// a word, three company names in a row are companies ("Block, Match and Snap are three game modes" is no business). A name
    /// in the list that reads as another use ("the Amazon", "Amazon River") breaks it.
    /// </summary>
    private static void AcceptLongLists(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, Span<Candidate> candidates, HashSet<CompanyInfo>? accepted, ref int business)
    {
        for (var start = 0; start < candidates.Length;)
        {
            var end = start + 1;
            while (end < candidates.Length && Joined(text, candidates[end - 1], candidates[end]) && !SameCompanyIn(candidates[start..end], candidates[end]))
            {
                end++;
            }

            if (end - start >= MinListedNames && AllReadAsNames(text, tokens, sentenceOf, candidates[start..end]) &&
                SpeaksOfBusiness(text, tokens, candidates, ref business))
            {
                foreach (ref var listed in candidates[start..end])
                {
                    if (listed.State == State.NeedsContext)
                    {
                        listed.State = State.Accepted;
                        accepted?.Add(listed.Company);
                    }
                }
            }

            start = end;
        }

        static bool SameCompanyIn(ReadOnlySpan<Candidate> list, in Candidate candidate)
        {
            foreach (ref readonly var listed in list)
            {
                if (ReferenceEquals(listed.Company, candidate.Company))
                {
                    return true;
                }
            }

            return false;
        }

        static bool AllReadAsNames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, ReadOnlySpan<Candidate> list)
        {
            foreach (ref readonly var listed in list)
            {
                if (listed.State is not (State.NeedsContext or State.Accepted) || listed.State == State.NeedsContext && LooksLikeOtherUse(text, tokens, sentenceOf, listed))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Whether the text speaks of business anywhere: a word of corporate context (<see cref="ContextWords"/>) or of a share
    /// price's move (<see cref="StockMoves"/>: "Meta, Alphabet and Amazon rallied"), a cashtag, an
    /// exchange symbol or an amount of money ("agreed to pay $1.4 billion"), or a company found by a strong mention. Computed once per text into <paramref name="business"/>
    /// (-1 until asked), and only for the weaker kinds of context, lists and verbs: "Gap said to be widening between rich and
    /// poor", "Match said to be abandoned after heavy rain" speak of none.
    /// </summary>
    private static bool SpeaksOfBusiness(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<Candidate> candidates, ref int business)
    {
        if (business < 0)
        {
            business = 0;
            foreach (ref readonly var candidate in candidates)
            {
                if (candidate.State == State.Accepted)
                {
                    business = 1;
                    break;
                }
            }

            for (var i = 0; business == 0 && i < tokens.Length; i++)
            {
                var kind = tokens[i].Kind;
                business = kind is TokenKind.Cashtag or TokenKind.ExchangeSymbol or TokenKind.Currency ||
                    kind == TokenKind.Word && (ContextWords.Contains(tokens[i].GetText(text)) || StockMoves.Contains(tokens[i].GetText(text))) ? 1 : 0;
            }
        }

        return business == 1;
    }

    /// <summary>The fewest names in a list that give each other corporate context (<see cref="AcceptLongLists"/>).</summary>
    private const int MinListedNames = 3;

    /// <summary>Whether two candidates are neighbours in a list: only commas, "and", "or", "&amp;" and codes between them.</summary>
    private static bool Joined(ReadOnlySpan<char> text, in Candidate left, in Candidate right)
    {
        var gapStart = left.Start + left.Length;
        if (right.Start <= gapStart || right.Start - gapStart > MaxListGap)
        {
            return false;
        }

        var gap = text[gapStart..right.Start];
        return (gap.IndexOfAny(',', '&') >= 0 || gap.Trim() is "and" or "or") && AttributionText.IsListGap(gap);
    }

    /// <summary>
    /// Whether an ambiguous name is the subject of what a company does, the verb right after it: "Amazon said on Tuesday it
    /// would cut jobs", "Target plans to close stores", "Gap posted a loss" (in a text that speaks of business:
    /// <see cref="SpeaksOfBusiness"/>). A surname does the same ("Ball said"): not when the same name is used elsewhere in
    /// the text after a first name or as another word (<see cref="LooksLikeOtherUse"/>). A name in capitals acts so only in a
    /// headline all in capitals and by a verb that is business of its own ("FORD RECALLS 100,000 TRUCKS": <see cref="DoesBusiness"/>).
    /// </summary>
    private static bool ActsAsCompany(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, Span<Candidate> candidates, in Candidate candidate)
    {
        // A word-like name ("Amazon", not an acronym such as "FMC", which may be a regulator's), not the end of a longer one
        // ("Globex & Partners announces").
        var verb = AfterAside(text, tokens, candidate.TokenEnd);
        var name = text.Slice(candidate.Start, candidate.Length);
        var planned = false;

        // "Chegg will cut about 22% of its workforce", "Chewy will join the S&P MidCap 400", "Pure Storage to join S&P 500": what
        // a company will do, a verb's plain form after "will", "would" or a headline's "to".
        if (verb + 1 < tokens.Length && tokens[verb].GetText(text) is "will" or "would" or "to" && tokens[verb + 1].Kind == TokenKind.Word &&
            CompanyPlainVerbs.Contains(tokens[verb + 1].GetText(text)))
        {
            verb++;
            planned = true;
        }
        else if (verb + 1 < tokens.Length && tokens[verb].GetText(text) is "has" or "had" && tokens[verb + 1].Kind == TokenKind.Word &&
                 CompanyVerbs.Contains(tokens[verb + 1].GetText(text)))
        {
            verb++; // "Dillard's has named its longtime controller as chief financial officer": what a company has done
        }

        if (verb >= tokens.Length || tokens[verb].Kind != TokenKind.Word ||
            !(planned || CompanyVerbs.Contains(tokens[verb].GetText(text)) || DoesBusiness(text, tokens, verb)) ||
            !char.IsUpper(name[0]) ||
            name.IndexOfAnyInRange('a', 'z') < 0 && !(sentenceOf[candidate.TokenIndex] < 0 && !planned && DoesBusiness(text, tokens, verb)) ||
            candidate.TokenIndex > 0 && IsChar(text, tokens[candidate.TokenIndex - 1], '&'))
        {
            return false;
        }

        // "Gap said to be widening", "Match reports: Arsenal beat Chelsea": a passive report or a label, not the company speaking
        // ("Alphabet agreed to pay" is the company acting).
        if (verb + 1 < tokens.Length && (tokens[verb + 1].GetText(text) is "to" && !ActiveBeforeTo.Contains(tokens[verb].GetText(text)) || IsChar(text, tokens[verb + 1], ':')))
        {
            return false;
        }

        foreach (ref readonly var other in candidates)
        {
            if (ReferenceEquals(other.Company, candidate.Company) && other.State == State.NeedsContext && LooksLikeOtherUse(text, tokens, sentenceOf, other))
            {
                return false;
            }
        }

        return !AfterAFirstName(text, tokens, name);
    }

    /// <summary>
    /// Where the verb after a name's aside would be: "Apple, which makes the iPhone, said", "Apple, the iPhone maker, said" go on
    /// to "said" past a relative clause or an appositive set off by commas (at most <see cref="MaxAsideTokens"/> tokens, with no
    /// other boundary); otherwise <paramref name="end"/> itself.
    /// </summary>
    private static int AfterAside(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Length || !IsChar(text, tokens[end], ',') || tokens[end + 1].Kind != TokenKind.Word ||
            !AsideOpeners.Contains(tokens[end + 1].GetText(text)))
        {
            return end;
        }

        for (var i = end + 2; i < tokens.Length && i <= end + MaxAsideTokens; i++)
        {
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.SentenceEnd)
            {
                return IsChar(text, tokens[i], ',') ? i + 1 : end;
            }
        }

        return end;
    }

    // Words that open an aside after a company's name: a relative clause ("which", "whose"), an appositive ("the", "a", "an"),
    // or an adverb or phrase of how the news relates ("Block, meanwhile, trimmed", "Gap, by contrast, said", "Apple, in a
    // statement, said").
    private static readonly WordSet AsideOpeners = new(
        "which", "whose", "the", "a", "an", "meanwhile", "however", "though", "too", "also", "separately", "likewise", "instead",
        "similarly", "in", "by", "for", "on");

    /// <summary>The most surnames after a given name <see cref="FindSurnames"/> keeps: a text naming more people than that names few companies by their surnames.</summary>
    private const int MaxSurnames = 8;

    /// <summary>
    /// Writes the indexes of the words right after a given name ("Rebecca Ford", "Jane Ball") into <paramref name="surnames"/>, up to
    /// its length, and returns how many. One walk over the tokens, made once per text and only when a name needs context.
    /// </summary>
    private static int FindSurnames(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> surnames)
    {
        var count = 0;
        for (var i = 1; i < tokens.Length && count < surnames.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) &&
                tokens[i - 1].End + 1 == tokens[i].Start && GivenNames.Contains(tokens[i - 1].GetText(text)))
            {
                surnames[count++] = i;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether a one-word name is, earlier in the text, a surname after a given name (<see cref="FindSurnames"/>), and its own
    /// mention does not name a stock ("Ford shares", "Ford stock"): a later bare mention goes back to the person, as news names
    /// people in full first ("Ford will recall trucks … chairman Bill Ford said" still names the carmaker first).
    /// </summary>
    private static bool IsSurname(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> surnames, in Candidate candidate)
    {
        if (candidate.TokenEnd != candidate.TokenIndex + 1 ||
            candidate.TokenEnd < tokens.Length && tokens[candidate.TokenEnd].Kind == TokenKind.Word && StockWords.Contains(tokens[candidate.TokenEnd].GetText(text)))
        {
            return false;
        }

        var name = tokens[candidate.TokenIndex].GetText(text);
        foreach (var index in surnames)
        {
            if (index < candidate.TokenIndex && tokens[index].GetText(text).Equals(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most tokens of an aside between a name and its verb (<see cref="AfterAside"/>).</summary>
    private const int MaxAsideTokens = 20;

    /// <summary>
    /// Whether a one-word name follows a capitalised word anywhere in the text ("Jane Ball, a strategist, …"): a surname,
    /// which a later "Ball said" goes back to. Asked only of an ambiguous name before a verb of what companies do, which is
    /// rare, so the walk over the tokens is too.
    /// </summary>
    private static bool AfterAFirstName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> name)
    {
        if (name.Contains(' '))
        {
            return false;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i - 1].Kind == TokenKind.Word && tokens[i].GetText(text).Equals(name, StringComparison.Ordinal) &&
                tokens[i - 1].GetText(text) is var previous && char.IsUpper(previous[0]) && previous.IndexOfAnyInRange('a', 'z') >= 0 &&
                !ContextWords.Contains(previous) && !GenericNouns.Contains(previous))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> (a <see cref="CompanyVerbs"/> one) is itself a company's business, with no other word
    /// of business needed: "Ford is recalling 240,000 cars", "Shell signed a supply agreement", "Target is closing stores".
    /// </summary>
    private static bool DoesBusiness(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int verb)
    {
        var word = tokens[verb].GetText(text);
        return BusinessVerbs.Contains(word) ||
            LinkingAuxiliaries.Contains(word) && verb + 1 < tokens.Length && tokens[verb + 1].Kind == TokenKind.Word && BusinessProgressives.Contains(tokens[verb + 1].GetText(text));
    }

    // Verbs only a company does, right after its name ("signed a licence", "recalled 10,000 cars"), and, after "is" or "was", what
    // it is doing ("is recalling", "is cutting 2,000 jobs").
    private static readonly WordSet BusinessVerbs = new(
        "signed", "signs", "recalled", "recalls", "acquired", "acquires", "launched", "launches", "idled", "idles", "curtails",
        "curtailed", "restarts", "restarted");

    private static readonly WordSet LinkingAuxiliaries = new("is", "was");

    private static readonly WordSet BusinessProgressives = new(
        "recalling", "cutting", "closing", "acquiring", "launching", "laying", "hiring", "investing", "shutting", "divesting", "merging",
        "spinning", "suing", "shedding");

    // Verbs of what a company does that take "to" and an infinitive of its own: "Alphabet agreed to pay", "Target plans to close".
    private static readonly WordSet ActiveBeforeTo = new(
        "agreed", "agrees", "plans", "planned", "pledged", "pledges", "intends", "aims", "declined", "expects", "failed", "fails");

    // Verbs of what a company says or does, right after its name: "Amazon said", "Target plans", "Gap posted", "Kemper booked a
    // charge".
    private static readonly WordSet CompanyVerbs = new(
        "said", "says", "plans", "planned", "posted", "posts", "agreed", "agrees", "expects", "expected", "warned", "warns",
        "filed", "files", "hired", "hires", "reported", "reports", "announced", "announces", "forecast", "forecasts", "cut", "cuts",
        "raised", "raises", "lowered", "lowers", "beat", "beats", "missed", "misses", "launched", "launches", "unveiled",
        "unveils", "confirmed", "confirms", "disclosed", "discloses", "recalled", "recalls", "settled", "settles", "denied",
        "denies", "declined", "pledged", "pledges", "intends", "aims", "employs", "operates", "shipped", "ships", "sold", "sells",
        "bought", "buys", "acquired", "acquires", "invested", "invests", "laid", "lays", "slashed", "slashes", "trimmed", "trims",
        "signed", "signs", "wins", "won", "sues", "sued", "loses", "faces", "opens", "opened", "completes", "completed", "failed", "fails",
        "named", "names", "appointed", "appoints", "booked", "books", "recorded", "records", "swung", "delays", "delayed", "postpones",
        "postponed", "reaffirms", "reaffirmed", "reiterates", "reiterated", "withdraws", "withdrew", "suspends", "suspended", "declares",
        "declared", "lifts", "lifted", "restates", "restated");

    // Plain forms of what a company will do, after "will" or "would": "Chegg will cut", "Chewy will join the S&P MidCap 400".
    private static readonly WordSet CompanyPlainVerbs = new(
        "cut", "raise", "lower", "buy", "sell", "acquire", "close", "launch", "report", "post", "hire", "lay", "slash", "trim",
        "sign", "invest", "ship", "recall", "settle", "join", "list", "spin", "merge", "eliminate", "shut", "open", "pay", "repurchase");

    /// <summary>
    /// Whether an ambiguous name is listed right next to a company already accepted (<paramref name="other"/>, the candidate
    /// before or after it): "Oracle and Nvidia fell", "Apple, Microsoft and Nvidia rose" (only commas, "and", "or", "&amp;"
    /// and codes between them). Only neighbours are asked, so a text naming companies many times stays linear.
    /// </summary>
    private static bool ListedWith(ReadOnlySpan<char> text, in Candidate other, in Candidate candidate)
    {
        if (other.State != State.Accepted || ReferenceEquals(other.Company, candidate.Company))
        {
            return false;
        }

        return other.Start < candidate.Start ? Joined(text, other, candidate) : Joined(text, candidate, other);
    }

    /// <summary>
    /// "Delta and United among the carriers hit": two ambiguous names listed together whose companies share a known industry
    /// vouch for each other; a word and a place seldom both stand for companies of one trade.
    /// </summary>
    private static void AcceptPeersListed(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, Span<Candidate> candidates, HashSet<CompanyInfo>? accepted)
    {
        for (var i = 0; i + 1 < candidates.Length; i++)
        {
            ref var left = ref candidates[i];
            ref var right = ref candidates[i + 1];
            if (left.State == State.NeedsContext && right.State == State.NeedsContext && left.Company.Industry is { } industry &&
                industry == right.Company.Industry && !ReferenceEquals(left.Company, right.Company) && Joined(text, left, right) &&
                !LooksLikeOtherUse(text, tokens, sentenceOf, left) && !LooksLikeOtherUse(text, tokens, sentenceOf, right))
            {
                left.State = State.Accepted;
                right.State = State.Accepted;
                accepted?.Add(left.Company);
                accepted?.Add(right.Company);
            }
        }
    }

    /// <summary>The most chars between two names of a list ("&gt;, and " after a code).</summary>
    private const int MaxListGap = 8;

    /// <summary>Whether an ambiguous name waits for context: <see cref="Accept"/> then reads sentence numbers.</summary>
    private static bool AnyNeedsContext(Span<Candidate> candidates)
    {
        foreach (ref readonly var candidate in candidates)
        {
            if (candidate.State == State.NeedsContext)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyAccepted(Span<Candidate> candidates)
    {
        foreach (ref readonly var candidate in candidates)
        {
            if (candidate.State == State.Accepted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the last <see cref="MaxDescribedNamesBack"/> names before a descriptor is its company's: a descriptor that
    /// fits more than one company ("the burger chain") refers back to one named before it, not to one named only later ("Shake
    /// Shack cut its forecast, with the burger chain blaming… Rival McDonald's…" is Shake Shack).
    /// </summary>
    private static bool NamedBefore(ReadOnlySpan<Candidate> before, CompanyInfo company)
    {
        for (var k = before.Length - 1; k >= 0 && k >= before.Length - MaxDescribedNamesBack; k--)
        {
            if (before[k].State == State.Accepted && ReferenceEquals(before[k].Company, company))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most names before a descriptor that <see cref="NamedBefore"/> reads (a bound that keeps a long text linear).</summary>
    private const int MaxDescribedNamesBack = 64;

    private static bool HasAccepted(Span<Candidate> candidates, CompanyInfo company, HashSet<CompanyInfo>? accepted)
    {
        if (accepted is not null)
        {
            return accepted.Contains(company);
        }

        foreach (ref readonly var other in candidates)
        {
            if (other.State == State.Accepted && ReferenceEquals(other.Company, company))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An ambiguous name used as a word: after <c>the</c>/<c>a</c>, beside another capitalised word (a person, a place, a product),
    /// or a city before its state's "-based".
    /// </summary>
    /// <summary>
    /// Whether the word before token <paramref name="i"/> is a house's verb of rating ("Citi Lowers Apple Price Target"), and the
    /// word at it no goal that such a verb moves ("Lifts Target for Cost Cuts").
    /// </summary>
    private static bool AfterRatingVerb(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Word && AttributionText.IsRatingVerb(tokens[i - 1].GetText(text)) &&
        !GoalWords.Contains(tokens[i].GetText(text));

    private static bool LooksLikeOtherUse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, in Candidate candidate)
    {
        var i = candidate.TokenIndex;

        if (IsAcronymInPlainSentence(text, tokens, sentenceOf, candidate))
        {
            return true;
        }

        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && sentenceOf[i - 1] == sentenceOf[i])
        {
            var previous = tokens[i - 1].GetText(text);
            // "The Coach parent", "the Tinder owner": a brand before the noun of the company that owns it is that company's name.
            if ((previous.Equals("the", StringComparison.OrdinalIgnoreCase) || previous.Equals("a", StringComparison.OrdinalIgnoreCase) ||
                 previous.Equals("an", StringComparison.OrdinalIgnoreCase)) &&
                !(candidate.TokenEnd < tokens.Length && tokens[candidate.TokenEnd].Kind == TokenKind.Word && OwnerNouns.Contains(tokens[candidate.TokenEnd].GetText(text))))
            {
                return true;
            }

            // A capitalised word that opens the sentence may be anything ("Meanwhile Ford said"), but before a word that closes
            // companies' names it starts a longer one: "Heathmoor Bancorp said" is no Bancorp, Inc. A headline's verb of rating
            // ("Citi Lowers Apple Price Target") starts none.
            if (sentenceOf[i] >= 0 && char.IsUpper(previous[0]) && !ContextWords.Contains(previous) && previous.IndexOfAnyInRange('a', 'z') >= 0 &&
                !AfterRatingVerb(text, tokens, i) &&
                (!IsSentenceStart(tokens, i - 1) || candidate.TokenEnd == i + 1 && NameClosingWords.Contains(tokens[i].GetText(text))))
            {
                return true;
            }

            // "Reaffirms Margin Target", "misses its sales target": a goal set for a figure, not the retailer.
            if (FigureNouns.Contains(previous) && candidate.TokenEnd == i + 1 && GoalWords.Contains(tokens[i].GetText(text)))
            {
                return true;
            }

            // "Investors richer as Stocks Zoom", "Shares Jump 5%": a verb after a market's plural, at the clause's end or before
            // its figure or preposition ("tech stocks Apple and Microsoft" still names them).
            if (MarketPlurals.Contains(previous) && EndsMove(text, tokens, candidate.TokenEnd))
            {
                return true;
            }

            // "Fed's Williams says…", "ECB's Lane": a public body's official, named after the body's possessive.
            if (i > 1 && PhraseText.IsPossessive(previous) && PublicBodies.Contains(tokens[i - 2].GetText(text)))
            {
                return true;
            }

            // "5 p.m. Eastern": a time zone after a time of day.
            if (ClockSuffixes.Contains(previous))
            {
                return true;
            }

            // "listed on Nasdaq", "moved its listing from Nasdaq", "will transfer its listing to Nasdaq": an exchange's name as the
            // place of a listing, not its operator.
            if ((VenuePrepositions.Contains(previous) ||
                 previous.Equals("to", StringComparison.OrdinalIgnoreCase) && i > 1 && tokens[i - 2].GetText(text) is "listing" or "listings") &&
                IsExchangeOperator(candidate.Company))
            {
                return true;
            }

            // "Dow will idle its Freeport plant", "at their Baytown refinery": a name between an owner's word and a site of work is
            // the site's place.
            if (OwnersWords.Contains(previous) && candidate.TokenEnd < tokens.Length && tokens[candidate.TokenEnd].Kind == TokenKind.Word &&
                Sites.Contains(tokens[candidate.TokenEnd].GetText(text)))
            {
                return true;
            }

            // "Tesla, based in Palo Alto, …", "headquartered in Alexandria": the place a company or a person is in.
            if (previous.Equals("in", StringComparison.OrdinalIgnoreCase) && i > 1 && tokens[i - 2].Kind == TokenKind.Word &&
                PlaceParticiples.Contains(tokens[i - 2].GetText(text)))
            {
                return true;
            }

            // "Mr. Ball said", "Judge Ford ruled": a person's title, wherever it stands (a capitalised word opening the sentence
            // may be anything: "Meanwhile Ford said", "Dearborn-based Ford said").
            if (sentenceOf[i] >= 0 && PersonalTitles.Contains(previous))
            {
                return true;
            }
        }

        var after = candidate.TokenEnd;
        if (sentenceOf[i] >= 0 && after < tokens.Length && tokens[after].Kind == TokenKind.Word)
        {
            var next = tokens[after].GetText(text);
            if ((char.IsUpper(next[0]) && next.IndexOfAnyInRange('a', 'z') >= 0 && !ContextWords.Contains(next) &&
                 !((IsSentenceStart(tokens, i) || AfterRatingVerb(text, tokens, i)) && IsTitleCased(text, tokens, sentenceOf, i))) ||
                NonCorporateFollowers.Contains(next))
            {
                return true;
            }

            // "Guess what: the stock jumped", "Guess who": a word that opens the sentence before a question word is a verb.
            if (IsSentenceStart(tokens, i) && QuestionWords.Contains(next))
            {
                return true;
            }

            // "United Stock Exchange", "Baltic Stock Exchange": a stock exchange's name, though "Stock" alone is corporate context.
            if (next.Equals("Stock", StringComparison.Ordinal) && after + 1 < tokens.Length && tokens[after + 1].Kind == TokenKind.Word &&
                tokens[after + 1].GetText(text) is "Exchange" or "Exchanges" or "Market")
            {
                return true;
            }

            // "Orion Bank", "Harrow Bank": a capitalised kind of company after the word names another company, unless the
            // directory's name holds it ("Apple Bank" is no Apple).
            if (char.IsUpper(next[0]) && GenericNouns.Contains(next) && !candidate.Company.Name.AsSpan().Contains(next, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "a Nasdaq notice", "Nasdaq compliance": the exchange's listing rules, not the company that runs it.
            if (VenueNouns.Contains(next) && IsExchangeOperator(candidate.Company))
            {
                return true;
            }

            // "Block deal", "block trades": a market's term, not a company's name.
            if (MarketTerms.Contains(text[candidate.Start..tokens[after].End]))
            {
                return true;
            }
        }

        // "$NVDA Target raised to $150 from $120", "Target price cut to $180": a broker's price target, not the retailer.
        if (sentenceOf[i] >= 0 && IsPriceTarget(text, tokens, after))
        {
            return true;
        }

        // "Hartford, Connecticut-based Acme": a city before its state's "-based".
        return sentenceOf[i] >= 0 && after + 1 < tokens.Length && IsChar(text, tokens[after], ',') && tokens[after + 1].Kind == TokenKind.Word &&
            tokens[after + 1].GetText(text).EndsWith("-based", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the accepted candidates name an exchange-traded fund or trust (<see cref="IsFund"/>) beside a company that is none:
    /// "$NKE green again while $QQQ slides" uses the fund as the market's benchmark, and only the company is tagged; a fund
    /// named alone ("$SPY closed flat") is the text's subject and is tagged.
    /// </summary>
    private static bool NamesFundBesideCompany(ReadOnlySpan<Candidate> candidates)
    {
        // Most texts name one company: then no name need be read.
        CompanyInfo? first = null;
        var several = false;
        foreach (ref readonly var candidate in candidates)
        {
            if (candidate.State == State.Accepted)
            {
                several |= first is not null && !ReferenceEquals(first, candidate.Company);
                first ??= candidate.Company;
            }
        }

        if (!several)
        {
            return false;
        }

        bool fund = false, company = false;
        foreach (ref readonly var candidate in candidates)
        {
            if (candidate.State == State.Accepted)
            {
                var isFund = IsFund(candidate.Company);
                fund |= isFund;
                company |= !isFund;
            }
        }

        return fund && company;
    }

    /// <summary>
    /// Whether the directory's name is an exchange-traded fund's or a trust's that holds an index, a commodity or a coin ("SPDR
    /// S&amp;P 500 ETF Trust", "Invesco QQQ Trust, Series 1", "iShares Gold Trust"), not a company's.
    /// </summary>
    private static bool IsFund(CompanyInfo company)
    {
        var name = company.Name.AsSpan();
        if (name.Contains(" ETF", StringComparison.Ordinal) || name.Contains("Trust, Series", StringComparison.Ordinal) ||
            name.Contains("Index Fund", StringComparison.Ordinal))
        {
            return true;
        }

        var trust = name.IndexOf(" Trust", StringComparison.Ordinal);
        return trust > 0 && FundHoldings.Contains(PhraseText.LastWord(name[..trust]));
    }

    // What a trust that is a fund holds, before "Trust": "iShares Gold Trust", "Grayscale Bitcoin Trust".
    private static readonly WordSet FundHoldings = new("Gold", "Silver", "Platinum", "Palladium", "Bitcoin", "Ethereum", "Commodity-Indexed");

    /// <summary>
    /// Whether a company runs an exchange (its industry is <c>Financial Exchanges &amp; Data</c>), whose name also names the
    /// exchange as a place: "listed on Nasdaq". Asked only of an ambiguous name beside a word of listing.
    /// </summary>
    private static bool IsExchangeOperator(CompanyInfo company) =>
        string.Equals(company.Industry, "Financial Exchanges & Data", StringComparison.Ordinal);

    // Names that are also a goal set for a figure: "a margin target", "its sales targets".
    private static readonly WordSet GoalWords = new("Target", "Targets");

    // Figures a company sets a goal for, before the goal's word: "Margin Target", "price target", "EPS target".
    private static readonly WordSet FigureNouns = new(
        "margin", "margins", "sales", "revenue", "revenues", "profit", "profits", "earnings", "EPS", "price", "growth", "cost",
        "costs", "savings", "return", "returns", "inflation", "capex", "debt", "leverage", "production", "output", "delivery",
        "deliveries", "dividend", "payout", "buyback", "subscriber", "subscribers", "volume", "volumes", "sales-growth", "ROE",
        "ROIC", "synergy", "synergies", "EBITDA", "EBIT", "spending", "funding", "deficit", "emissions", "sustainability", "climate");

    // Months' short names that are also companies' names ("Nov" for NOV Inc.).
    private static readonly WordSet MonthNames = new(
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
        "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    // Words before a month named in a date: "in Nov", "since Nov", "until Nov".
    private static readonly WordSet BeforeMonths = new("in", "since", "until", "through", "during", "from", "by", "till", "mid", "early", "late");

    /// <summary>
    /// Whether a one-word name is a month's short name in a date: beside a day's number or a year ("Nov 20", "NOV 20", "20 Nov",
    /// "Nov 2025"), or, not in capitals, after a preposition of time ("sales in Nov"; "NOV said…" is the company).
    /// </summary>
    private static bool IsMonthInDate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in Candidate candidate)
    {
        var name = tokens[candidate.TokenIndex].GetText(text);
        if (candidate.TokenEnd - candidate.TokenIndex != 1 || !MonthNames.Contains(name))
        {
            return false;
        }

        var next = candidate.TokenEnd;
        while (next < tokens.Length && IsChar(text, tokens[next], '.'))
        {
            next++;
        }

        var previous = candidate.TokenIndex - 1;
        return next < tokens.Length && IsDayOrYear(text, tokens[next]) || previous >= 0 && IsDayOrYear(text, tokens[previous]) ||
            name is [_, >= 'a' and <= 'z', ..] && previous >= 0 && tokens[previous].Kind == TokenKind.Word && BeforeMonths.Contains(tokens[previous].GetText(text));
    }

    private static bool IsDayOrYear(ReadOnlySpan<char> text, in Token token) =>
        token.Kind == TokenKind.Number && int.TryParse(token.GetText(text), NumberStyles.None, CultureInfo.InvariantCulture, out var value) &&
        value is >= 1 and <= 31 or >= 1900 and <= 2100;

    /// <summary>
    /// Whether the tokens from <paramref name="after"/> change a price target: "raised to $150", "price cut to $180", "price
    /// raised to Rs 500" (a rating verb and "to" before an amount, "price" optionally first).
    /// </summary>
    private static bool IsPriceTarget(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int after)
    {
        var i = after;
        if (i < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].GetText(text).Equals("price", StringComparison.OrdinalIgnoreCase))
        {
            i++;
        }

        return i + 2 < tokens.Length && tokens[i].Kind == TokenKind.Word && TargetChanges.Contains(tokens[i].GetText(text)) &&
            tokens[i + 1].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase) &&
            (tokens[i + 2].Kind is TokenKind.Currency or TokenKind.Number || tokens[i + 2].GetText(text) is "Rs" or "Rs." or "INR" or "$" or "€" or "£");
    }

    /// <summary>The longest word in capitals read as a number's unit ("HP", "MW", "BTU").</summary>
    private const int MaxUnitLength = 3;

    // A broker's call on a stock, before "on" and its name: "price target on", "buy rating on".
    private static readonly WordSet RatingNouns = new("target", "targets", "rating", "ratings");

    // Verbs that change a price target: "Target raised to $150".
    private static readonly WordSet TargetChanges = new(
        "raised", "cut", "lowered", "increased", "trimmed", "hiked", "boosted", "upped", "reduced", "slashed", "lifted", "bumped");

    private static bool IsSentenceStart(ReadOnlySpan<Token> tokens, int i)
    {
        while (i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation)
        {
            i--;
        }

        return i == 0 || tokens[i - 1].Kind == TokenKind.SentenceEnd;
    }

    /// <summary>
    /// Whether one of <paramref name="products"/> (or its plural) is named within <see cref="ProductContextWindow"/> tokens of the
    /// candidate, in its sentence.
    /// </summary>
    private static bool NamesProductNear(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, in Candidate candidate, ReadOnlySpan<string> products)
    {
        if (products.IsEmpty)
        {
            return false;
        }

        var sentence = sentenceOf[candidate.TokenIndex];
        var to = Math.Min(tokens.Length, candidate.TokenEnd + ProductContextWindow);
        for (var j = Math.Max(0, candidate.TokenIndex - ProductContextWindow); j < to; j++)
        {
            if (sentenceOf[j] != sentence || tokens[j].Kind != TokenKind.Word || j >= candidate.TokenIndex && j < candidate.TokenEnd)
            {
                continue;
            }

            var word = tokens[j].GetText(text);
            foreach (var product in products)
            {
                if (word.StartsWith(product, StringComparison.Ordinal) && (word.Length == product.Length || word.Length == product.Length + 1 && word[^1] == 's'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many tokens on each side of an ambiguous name <see cref="NamesProductNear"/> reads for a brand of the company.</summary>
    private const int ProductContextWindow = 12;

    private bool HasContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, in Candidate candidate)
    {
        var sentence = sentenceOf[candidate.TokenIndex];
        var from = Math.Max(0, candidate.TokenIndex - _contextWindow);
        var to = Math.Min(tokens.Length, candidate.TokenEnd + _contextWindow);
        for (var j = from; j < to; j++)
        {
            if (j >= candidate.TokenIndex && j < candidate.TokenEnd)
            {
                continue;
            }

            if (sentenceOf[j] != sentence)
            {
                continue;
            }

            var kind = tokens[j].Kind;
            if (kind is TokenKind.Cashtag or TokenKind.ExchangeSymbol)
            {
                return true;
            }

            // "Carrier stocks slide": "stocks" right after the name makes it a kind of company, a sector, not the company; so does
            // "its" or "their" before it ("added a ship to its Galapagos fleet", "at their Freeport plant"): a place or a kind of
            // the owner's thing.
            if (kind == TokenKind.Word && ContextWords.Contains(tokens[j].GetText(text)) &&
                !(j == candidate.TokenEnd && (tokens[j].GetText(text).Equals("stocks", StringComparison.OrdinalIgnoreCase) ||
                                              candidate.TokenIndex > 0 && tokens[candidate.TokenIndex - 1].GetText(text) is "its" or "their")))
            {
                return true;
            }

            // "Oracle was a bright spot, rising 3%", "bucked the trend, edging up 1%": a measured move after a comma later in the
            // clause of the name as a subject ("Apple prices at the market, rising 5%" names what moved).
            if (kind == TokenKind.Word && j > candidate.TokenEnd && j + 1 < tokens.Length &&
                (tokens[j + 1].Kind == TokenKind.Percent ||
                 j + 2 < tokens.Length && tokens[j + 2].Kind == TokenKind.Percent && MoveDirections.Contains(tokens[j + 1].GetText(text))) &&
                tokens[j - 1].GetText(text) is "," && StockMoves.Contains(tokens[j].GetText(text)) &&
                SubjectVerbsBeforeMove.Contains(tokens[candidate.TokenEnd].GetText(text)))
            {
                return true;
            }
        }

        // "Apple plans cheaper iPhones", "Lilly's Zepbound supply": a brand the company makes, near the name in its
        // sentence, makes it the company.
        if (NamesProductNear(text, tokens, sentenceOf, candidate, _directory.ProductsOf(candidate.Company)))
        {
            return true;
        }

        // "Apple rose 3% on Tuesday", "Target slumped 10%": a move of the name itself, measured, is a stock's ("Apple prices rose
        // 5%" names what moved; the apple does not). "Apple cut to sell", "Gap raised to buy": a rating given to the name.
        // "Justice Department sues Visa", "the EU fined Apple": the one sued, fined or probed is a company.
        if (candidate.TokenIndex > 0 && tokens[candidate.TokenIndex - 1].Kind == TokenKind.Word &&
            LegalActionVerbs.Contains(tokens[candidate.TokenIndex - 1].GetText(text)))
        {
            return true;
        }

        // "Cut its price target on RH to $240", "kept its buy rating on Apple": the name a broker's target or rating is on.
        if (candidate.TokenIndex > 1 && tokens[candidate.TokenIndex - 1].GetText(text) is "on" &&
            RatingNouns.Contains(tokens[candidate.TokenIndex - 2].GetText(text)))
        {
            return true;
        }

        var verb = candidate.TokenEnd;
        if (verb + 1 < tokens.Length && PhraseText.IsPossessive(tokens[verb].GetText(text)) && OwnsBusinessThing(text, tokens, verb + 1))
        {
            return true;
        }

        // "Meta fined €1.2 billion", "Meta hit with record privacy fine": the one a penalty or a suit falls on is a company.
        if (verb < tokens.Length && tokens[verb].Kind == TokenKind.Word && (LegalPassives.Contains(tokens[verb].GetText(text)) ||
                                                                         IsHitWithLegalAction(text, tokens, verb)))
        {
            return true;
        }

        // "Mosaic, by contrast, fell 7%", "Western Digital, which makes competing hard drives, fell 3%": a move after a short aside,
        // a relative clause or a description between commas is the name's own.
        var move = AfterShortAside(text, tokens, verb);
        if (move == verb)
        {
            move = AfterAside(text, tokens, verb);
        }

        if (MovesByPercent(text, tokens, move) ||
            move > verb && tokens[verb + 1].GetText(text) is "which" or "whose" && StoodStill(text, tokens, move))
        {
            return true;
        }

        // "Globex shares rose 4% on the report, while Apple was little changed": a name that stood still after "while", beside
        // another stock's measured move in its sentence, is a stock too.
        if (candidate.TokenIndex > 0 && tokens[candidate.TokenIndex - 1].GetText(text) is "while" or "whereas" &&
            StoodStill(text, tokens, verb) && MeasuredMoveBefore(text, tokens, sentenceOf, candidate.TokenIndex - 1))
        {
            return true;
        }

        // "Kratos falls as drone program delay overshadows record backlog": a headline's subject that moves for a cause is a
        // stock, as one that moves by a percentage is; so is one that moves higher or lower ("…; Monster edges higher"), a clause
        // after a semicolon heading its own.
        if ((candidate.TokenIndex == 0 || tokens[candidate.TokenIndex - 1].Kind == TokenKind.SentenceEnd ||
             IsChar(text, tokens[candidate.TokenIndex - 1], ';')) && verb + 1 < tokens.Length &&
            tokens[verb].Kind == TokenKind.Word && StockMoves.Contains(tokens[verb].GetText(text)) &&
            tokens[verb + 1].Kind == TokenKind.Word && (verb + 2 < tokens.Length && MoveCauseOpeners.Contains(tokens[verb + 1].GetText(text)) ||
                                                        MoveDirections.Contains(tokens[verb + 1].GetText(text))))
        {
            return true;
        }

        // "Progressive closed little changed", "Progressive ended 2% higher": a close at a level is a stock's (not "was", which
        // a fruit's price may be).
        if (verb + 1 < tokens.Length && tokens[verb].Kind == TokenKind.Word && ClosingVerbs.Contains(tokens[verb].GetText(text)) &&
            (StoodStill(text, tokens, verb) || ClosesAtAMove(text, tokens, verb + 1)))
        {
            return true;
        }

        return MovesByPercent(text, tokens, verb) ||
            verb + 1 < tokens.Length && tokens[verb].Kind == TokenKind.Word &&
            (verb + 2 < tokens.Length && TargetChanges.Contains(tokens[verb].GetText(text)) && tokens[verb + 1].GetText(text) is "to" &&
             tokens[verb + 2].Kind == TokenKind.Word && SourceMentions.IsGivenRating(tokens[verb + 2].GetText(text))) ||
            IsRatedByBroker(text, tokens, candidate.TokenIndex, verb);
    }

    /// <summary>
    /// Whether the words at <paramref name="at"/> are a share price's move by a percentage, with or without its direction
    /// between: "fell 3%", "edged up 1%", "ended 2% higher" is a close (<see cref="ClosesAtAMove"/>).
    /// </summary>
    private static bool MovesByPercent(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Length || tokens[at].Kind != TokenKind.Word || !StockMoves.Contains(tokens[at].GetText(text)))
        {
            return false;
        }

        var amount = at + 1;
        if (tokens[amount].Kind == TokenKind.Word && MoveDirections.Contains(tokens[amount].GetText(text)))
        {
            amount++;
        }

        return amount < tokens.Length && tokens[amount].Kind is TokenKind.Percent;
    }

    /// <summary>
    /// Whether the words at <paramref name="at"/> say a stock stood still and end the clause: "Carnival, which reports next
    /// month, was little changed.", "ended unchanged on Tuesday", "was flat in early trading". Read only after a relative clause,
    /// which tells a company's news ("Apple was unchanged in price at the market" may be the fruit, "Carnival, the festival, was
    /// little changed from last year" the parade).
    /// </summary>
    private static bool StoodStill(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Length || tokens[at].Kind != TokenKind.Word || !StillVerbs.Contains(tokens[at].GetText(text)))
        {
            return false;
        }

        var end = tokens[at + 1].GetText(text) switch
        {
            "unchanged" or "flat" => at + 2,
            "little" when at + 2 < tokens.Length && tokens[at + 2].GetText(text) is "changed" => at + 3,
            _ => -1,
        };
        if (end < 0)
        {
            return false;
        }

        return end >= tokens.Length || tokens[end].Kind is TokenKind.SentenceEnd || IsChar(text, tokens[end], ',') ||
               IsChar(text, tokens[end], ';') || tokens[end].GetText(text) is "on" or "in" or "at" && end + 1 < tokens.Length &&
               StillTimes.Contains(tokens[end + 1].GetText(text));
    }

    /// <summary>
    /// Whether a stock's move by a percentage ("rose 4%") stands in the <see cref="MaxMoveLookBack"/> tokens before
    /// <paramref name="from"/>, in its sentence.
    /// </summary>
    private static bool MeasuredMoveBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, int from)
    {
        for (var j = from - 1; j >= 0 && j >= from - MaxMoveLookBack && sentenceOf[j] == sentenceOf[from]; j--)
        {
            if (tokens[j].Kind == TokenKind.Word && j + 1 < from && tokens[j + 1].Kind == TokenKind.Percent &&
                StockMoves.Contains(tokens[j].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most tokens read back from "while" for another stock's measured move (<see cref="MeasuredMoveBefore"/>).</summary>
    private const int MaxMoveLookBack = 24;

    // What follows a stock's standing still, after "on", "in" or "at": the day or the session ("ended flat on Tuesday", "was
    // little changed in early trading", "unchanged at midday").
    private static readonly WordSet StillTimes = new(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "early", "late", "extended", "premarket", "after-hours",
        "morning", "afternoon", "midday", "trading");

    // Verbs before a stock's standing still: "was little changed", "ended flat", "closed unchanged".
    private static readonly WordSet StillVerbs = new("was", "were", "ended", "closed", "finished", "traded");

    // Words that open the cause of a move right after it: "falls as…", "jumps after…" (not "on", also a time or a place: "Ball
    // drops on New Year's Eve").
    private static readonly WordSet MoveCauseOpeners = new("as", "after", "amid", "following");

    // Directions a headline's move goes, with no percentage: "Monster edges higher", "Carnival slips lower", "Texas Capital edges up".
    private static readonly WordSet MoveDirections = new("higher", "lower", "up", "down");

    // Verbs of a trading day's close: "closed little changed", "ended 2% higher".
    private static readonly WordSet ClosingVerbs = new("closed", "ended", "finished");

    // Words between a verb of closing and its move: "ended the session down 0.8%", "closed up 1.2%".
    private static readonly WordSet ClosingWords = new("the", "session", "day", "week", "trading", "slightly");

    private static readonly WordSet ClosingDirections = new("up", "down");

    /// <summary>The most words between a verb of closing and the per cent it moved ("ended the session down 0.8%").</summary>
    private const int MaxClosingWords = 4;

    /// <summary>
    /// Whether the tokens from <paramref name="at"/> give the move a close ended on: a per cent with "up" or "down" before it or
    /// "higher" or "lower" after it, past a few words of the session ("the session down 0.8%", "2% higher", "up 1.2%").
    /// </summary>
    private static bool ClosesAtAMove(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
    {
        var direction = false;
        for (var j = at; j < tokens.Length && j <= at + MaxClosingWords; j++)
        {
            if (tokens[j].Kind is TokenKind.Percent)
            {
                return direction || j + 1 < tokens.Length && MoveDirections.Contains(tokens[j + 1].GetText(text));
            }

            if (tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = tokens[j].GetText(text);
            var moves = ClosingDirections.Contains(word);
            if (!moves && !ClosingWords.Contains(word))
            {
                return false;
            }

            direction |= moves;
        }

        return false;
    }

    /// <summary>
    /// The token after a short aside between commas that opens at <paramref name="at"/> (", by contrast,", ", meanwhile,": at
    /// most <see cref="MaxAsideWords"/> words), or <paramref name="at"/> when none opens there.
    /// </summary>
    private static int AfterShortAside(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at)
    {
        if (at >= tokens.Length || !IsChar(text, tokens[at], ','))
        {
            return at;
        }

        for (var k = at + 1; k < tokens.Length && k <= at + MaxAsideWords + 1; k++)
        {
            if (IsChar(text, tokens[k], ','))
            {
                return k > at + 1 ? k + 1 : at;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return at;
    }

    /// <summary>The most words of an aside <see cref="AfterShortAside"/> passes over ("by contrast", "on the other hand").</summary>
    private const int MaxAsideWords = 4;

    /// <summary>
    /// Whether the name from token <paramref name="start"/> to <paramref name="end"/> follows "the" (or, in a headline that drops
    /// it, a preposition: "near Eaton fire") and comes right before a disaster it is the place of ("the Eaton fire", "the Dixie
    /// wildfire", "the Galveston hurricane"): a place, not the company ("a Tesla fire" is one of its cars').
    /// </summary>
    private static bool NamesDisaster(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end) =>
        start > 0 && end < tokens.Length && tokens[end].Kind == TokenKind.Word && Disasters.Contains(tokens[end].GetText(text)) &&
        (tokens[start - 1].GetText(text).Equals("the", StringComparison.OrdinalIgnoreCase) || DisasterPrepositions.Contains(tokens[start - 1].GetText(text)));

    /// <summary>
    /// Whether the name from token <paramref name="start"/> to <paramref name="end"/> comes between an owner's possessive and a
    /// noun of a part of a company ("Southern Co's Georgia Power unit", "Berkshire's BNSF subsidiary"): the owner's part, whose
    /// news is the owner's, even where the part files reports of its own.
    /// </summary>
    private static bool NamesOwnersUnit(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (start == 0 || end >= tokens.Length || tokens[end].Kind != TokenKind.Word || !PartNouns.Contains(tokens[end].GetText(text)))
        {
            return false;
        }

        return PhraseText.IsPossessive(tokens[start - 1].GetText(text)); // "Southern Company" "'s" (the tokenizer splits it off)
    }

    // Public bodies whose officials the news names by surname after the body's possessive: "Fed's Williams", "BOE's Bailey".
    private static readonly WordSet PublicBodies = new(
        "Fed", "ECB", "BOE", "BoE", "BOJ", "BoJ", "SNB", "RBA", "IMF", "Treasury", "SEC", "FTC", "FDA");

    private static readonly WordSet PartNouns = new("unit", "subsidiary", "division", "arm", "affiliate");

    // Words before a disaster's name that a headline keeps when it drops "the": "probe into equipment near Eaton fire".
    private static readonly WordSet DisasterPrepositions = new("near", "after", "from", "over", "since", "during", "amid", "following", "by", "in");

    private static readonly WordSet Disasters = new(
        "fire", "wildfire", "blaze", "flood", "flooding", "earthquake", "quake", "tornado", "hurricane");

    /// <summary>
    /// Whether the name ending before token <paramref name="end"/> is followed by a capitalised local area ("Albemarle County",
    /// "Orleans Parish", "Lower Merion Township"): a place, not the company, whose name holding the word would have matched longer.
    /// </summary>
    private static bool NamesLocalArea(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && tokens[end].Kind == TokenKind.Word && tokens[end].GetText(text) is "County" or "Parish" or "Township" or "Borough";

    /// <summary>Whether the tokens from <paramref name="end"/> are a comma and a US state ("Freeport, Texas").</summary>
    private static bool IsPlaceInState(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end) => UsStates.AfterComma(text, tokens, end) >= 0;

    /// <summary>
    /// Whether the name from token <paramref name="start"/> to <paramref name="end"/> follows "at" (or "at the") and opens the
    /// name of an event within <see cref="MaxEventNameWords"/> words ("at the J.P. Morgan Healthcare Conference", "at Morgan
    /// Stanley's TMT conference"): the host of an event the news is about.
    /// </summary>
    private static bool HostsEvent(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        var before = start - 1;
        if (before >= 0 && tokens[before].GetText(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        if (before < 0 || !tokens[before].GetText(text).Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "at Globex's Retail + Consumer conference": an apostrophe, "+" or "&" in the event's name is no word of it, nor is a
        // comma between its capitalised words ("at the Globex Global Retail, Apparel & Footwear Conference").
        for (int j = end, words = 0; j < tokens.Length && words < MaxEventNameWords; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                if (tokens[j].Length == 1 && (text[tokens[j].Start] is '\'' or '\u2019' or '+' or '&' ||
                    text[tokens[j].Start] == ',' && j > end && j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 1].Start])))
                {
                    continue;
                }

                return false;
            }

            if (EventNouns.Contains(tokens[j].GetText(text)))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    /// <summary>
    /// Whether a capitalised noun of a venue follows the name at <paramref name="end"/> ("played at AT&amp;T Stadium", "a concert at
    /// Chase Center", "Citi Field"): a sponsor's name on an arena is no news of the sponsor, unless the company's own name holds the noun.
    /// </summary>
    private static bool NamesVenue(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, CompanyInfo company) =>
        ClosesOtherName(text, tokens, end, company, VenueNames);

    /// <summary>
    /// Whether the word at <paramref name="end"/>, right after a company's name, is a capitalised noun of <paramref name="nouns"/>
    /// that the company's own name lacks: the name then opens the name of something else (<see cref="NamesVenue"/>,
    /// <see cref="NamesBody"/>).
    /// </summary>
    private static bool ClosesOtherName(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, CompanyInfo company, WordSet nouns)
    {
        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Word || !char.IsUpper(text[tokens[end].Start]))
        {
            return false;
        }

        var word = tokens[end].GetText(text);
        return nouns.Contains(word) && !company.Name.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a word of a legal doctrine follows the name at <paramref name="end"/> ("the end of Chevron deference", "the Chevron
    /// doctrine"): a court case named after the company long ago, not news of it.
    /// </summary>
    private static bool NamesDoctrine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && tokens[end].Kind == TokenKind.Word && DoctrineWords.Contains(tokens[end].GetText(text));

    private static readonly WordSet DoctrineWords = new("deference", "doctrine");

    /// <summary>
    /// Whether capitalised words after the name at <paramref name="end"/> close on "Index" within
    /// <see cref="MaxEventNameWords"/> words ("the NAHB/Wells Fargo Housing Market Index", "the Acme Small Business Index"): a
    /// gauge a company sponsors or publishes is named, not news of the company.
    /// </summary>
    private static bool NamesSponsoredIndex(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        for (var j = end; j < tokens.Length && j < end + MaxEventNameWords && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start]); j++)
        {
            if (tokens[j].GetText(text) is "Index" or "Indexes" or "Indices")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a capitalised noun of a non-profit body follows the name at <paramref name="end"/> ("the Boeing Association of
    /// Retirees", "Duke University"): a trade group or a school that shares a company's name is not the company, unless the
    /// company's own name holds the noun. A company's foundation is its own giving ("the Globex Foundation gives $2 million"),
    /// so "Foundation" is not one of them.
    /// </summary>
    private static bool NamesBody(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, CompanyInfo company) =>
        ClosesOtherName(text, tokens, end, company, BodyNouns);

    // Nouns that close the name of a trade group, a school or a hospital that shares a company's name (NamesBody).
    private static readonly WordSet BodyNouns = new(
        "Association", "Institute", "Society", "Federation", "Council", "Coalition", "University", "College",
        "Museum", "Hospital");

    // Nouns that close the name of a stadium or an arena a company sponsors (NamesVenue).
    private static readonly WordSet VenueNames = new(
        "Stadium", "Arena", "Center", "Centre", "Field", "Ballpark", "Amphitheatre", "Amphitheater", "Coliseum", "Speedway", "Fieldhouse");

    /// <summary>The most words from a host's name to the noun of its event: "Globex Global Consumer, Retail &amp; Leisure Conference".</summary>
    private const int MaxEventNameWords = 5;

    private static readonly WordSet EventNouns = new("conference", "conferences", "summit", "symposium", "forum", "expo", "roadshow");

    /// <summary>
    /// Whether the words after a name's possessive name a company's possession ("Meta's capital spending", "Snap's daily users",
    /// "Target's inventory"): one of <see cref="PossessedBusinessNouns"/> or <see cref="ContextWords"/> within
    /// <see cref="MaxPossessionWords"/> words ("Apple's orchard" is none).
    /// </summary>
    private static bool OwnsBusinessThing(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        for (int j = from, words = 0; j < tokens.Length && words < MaxPossessionWords; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                // "Woodward's Fort Collins, Colorado, plant": a town and its state between commas name the possession's place.
                if (words > 0 && UsStates.AfterComma(text, tokens, j) is var state and >= 0 && state + 1 < tokens.Length &&
                    tokens[state + 1].Length == 1 && text[tokens[state + 1].Start] == ',')
                {
                    j = state + 1;
                    continue;
                }

                return false;
            }

            words++;
            var word = tokens[j].GetText(text);
            if (PossessedBusinessNouns.Contains(word) || ContextWords.Contains(word))
            {
                return true;
            }

            if (DealsOfANamed.Contains(word) && j + 2 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word &&
                DealPrepositions.Contains(tokens[j + 1].GetText(text)) && tokens[j + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 2].Start]))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of legal action, right before the one it is taken against: "sues Visa", "fined Apple", "probes Target".
    // Participles of a penalty or a suit right after the name it falls on: "Meta fined", "Amazon sued by the FTC".
    private static readonly WordSet LegalPassives = new("fined", "sued", "probed", "penalized", "penalised", "indicted");

    // What a company is "hit with": "hit with record €1.2 billion EU privacy fine", "hit with a class action".
    private static readonly WordSet LegalActions = new(
        "fine", "fines", "lawsuit", "lawsuits", "suit", "suits", "penalty", "penalties", "probe", "charges", "action", "sanctions");

    /// <summary>The most tokens from "hit with" to its fine or suit ("hit with a record 1.2 billion euro EU privacy fine").</summary>
    private const int MaxTokensToLegalAction = 8;

    /// <summary>Whether the tokens from <paramref name="verb"/> are "hit with" and, a few tokens on, a fine or a suit.</summary>
    private static bool IsHitWithLegalAction(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int verb)
    {
        if (verb + 2 >= tokens.Length || !tokens[verb].GetText(text).Equals("hit", StringComparison.OrdinalIgnoreCase) ||
            !tokens[verb + 1].GetText(text).Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = verb + 2; i < tokens.Length && i <= verb + 1 + MaxTokensToLegalAction && tokens[i].Kind != TokenKind.SentenceEnd; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && LegalActions.Contains(tokens[i].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet LegalActionVerbs = new(
        "sues", "sued", "suing", "fines", "fined", "fining", "probes", "probing", "investigates", "investigating", "accuses",
        "accused", "accusing");

    /// <summary>The most words from a possessive to the company's possession: "Snap's daily active users".</summary>
    private const int MaxPossessionWords = 3;

    // What only a company has, after its name's possessive: its spending, users, inventory.
    private static readonly WordSet PossessedBusinessNouns = new(
        "spending", "capex", "expenditure", "expenditures", "users", "subscribers", "inventory", "inventories", "costs", "expenses",
        "deliveries", "orders", "bookings", "backlog", "shipments", "advertisers", "advertising", "cloud", "app", "apps",
        "platform", "board", "management", "balance", "cash", "payout", "buybacks", "quarterly", "annual", "full-year",
        "operating", "net", "gross", "market", "valuation", "stores", "factories", "plants", "headcount", "staff",
        "privacy", "penalty", "penalties", "fines", // "Meta's latest EU privacy fine"
        "loan", "loans", "originations", "lending", // "Upstart's loan originations fell short"

        // "Oracle's remaining performance obligations", "Visa's payments volume", "Charter's video churn".
        "obligations", "volume", "volumes", "payments", "churn", "clients",

        // "Capital One's acquisition of Discover", "The Hartford's commercial lines combined ratio", "The Hanover's Q2 operating EPS".
        "acquisition", "takeover", "merger", "commercial", "combined", "Q1", "Q2", "Q3", "Q4", "FY");

    // A purchase or a bid is a company's only when a name follows ("Capital One's purchase of Discover", "Acme's bid for
    // Globex"); "Apple's purchase price for the orchard land" is none.
    private static readonly WordSet DealsOfANamed = new("purchase", "bid");

    private static readonly WordSet DealPrepositions = new("of", "for");

    /// <summary>
    /// "Citi raises Apple to buy", "cuts Gap to underweight", "Goldman lowers Ford target": a name between a broker's verb of
    /// rating and the rating given or the target changed is the company rated. So is one a house's verb passes over to the end
    /// of the clause or to the call's reason ("Citi lifts Apple, sees iPhone upside", "Mizuho raises Intel on price cuts").
    /// </summary>
    private static bool IsRatedByBroker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (start == 0 || end >= tokens.Length || tokens[start - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        if (!AttributionText.IsRatingVerb(tokens[start - 1].GetText(text)))
        {
            // "JPMorgan likes Bausch Health in premarket analyst action": a house's verb of liking.
            return SourceMentions.IsHouseLikingVerb(tokens[start - 1].GetText(text)) && AttributionText.ClosesRatedName(text[tokens[end - 1].End..]) &&
                ResearchHouses.EndsWithHouse(text[..tokens[start - 1].Start]);
        }

        var next = tokens[end].GetText(text);
        if (next.Equals("target", StringComparison.OrdinalIgnoreCase) || next.Equals("PT", StringComparison.Ordinal) ||
            AttributionText.ClosesRatedName(text[tokens[end - 1].End..]) && ResearchHouses.EndsWithHouse(text[..tokens[start - 1].Start]))
        {
            return true;
        }

        // "… to buy", "… to equal-weight", and "price target" after the name.
        return end + 1 < tokens.Length && tokens[end + 1].Kind == TokenKind.Word &&
            (next.Equals("to", StringComparison.OrdinalIgnoreCase) && SourceMentions.IsGivenRating(tokens[end + 1].GetText(text)) ||
             next.Equals("price", StringComparison.OrdinalIgnoreCase) && tokens[end + 1].GetText(text).Equals("target", StringComparison.OrdinalIgnoreCase));
    }

    // Verbs of a share price's move, right after a name and before a percentage.
    // Names of companies that are also a market index's short name: "Dow jumps 400 points", "Nasdaq up 1.5%".
    private static readonly WordSet IndexNames = new("Dow", "Nasdaq");

    // Words right after such a name that make it the company: "Nasdaq Inc", "Dow shares", "Dow's plant".
    private static readonly WordSet IndexCompanyFollowers = new(
        "Inc", "Inc.", "shares", "stock", "CEO", "CFO", "said", "says", "reported", "reports", "posted", "posts", "plans", "will", "to");

    // Words in the sentence that make such a name the index: another index, or a move in points.
    private static readonly WordSet IndexCompanions = new(
        "S&P", "Dow", "Nasdaq", "Russell", "index", "indexes", "indices", "points", "Street", "benchmark");

    // Words right after such a name that make it the index: "Nasdaq up 1.5%", "Dow futures", "Nasdaq Composite".
    private static readonly WordSet IndexFollowers = new(
        "up", "down", "higher", "lower", "flat", "futures", "Composite", "composite", "index", "Jones", "Industrials", "average",
        "Transports", "Utilities");

    /// <summary>
    /// Whether an ambiguous "Dow" or "Nasdaq" is the market index: no word of the company right after it ("Nasdaq Inc", "Dow
    /// shares", "Dow said"), and a move after it ("Nasdaq jumps 1.8%", "Nasdaq up 1.5%") or another index or a move in points
    /// in its sentence ("…, S&amp;P 500 gains 1%").
    /// </summary>
    private static bool NamesMarketIndex(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] sentenceOf, in Candidate candidate)
    {
        if (!IndexNames.Contains(text.Slice(candidate.Start, candidate.Length)))
        {
            return false;
        }

        var next = candidate.TokenEnd;
        if (next < tokens.Length && (PhraseText.IsPossessive(tokens[next].GetText(text)) || IndexCompanyFollowers.Contains(tokens[next].GetText(text))))
        {
            return false;
        }

        if (next < tokens.Length && (StockMoves.Contains(tokens[next].GetText(text)) || IndexFollowers.Contains(tokens[next].GetText(text)) ||
            IsSignedPercent(tokens[next].GetText(text), tokens[next].Kind)))
        {
            return true;
        }

        var sentence = sentenceOf[candidate.TokenIndex];
        for (var j = 0; j < tokens.Length; j++)
        {
            if (sentenceOf[j] == sentence && (j < candidate.TokenIndex || j >= candidate.TokenEnd) && IndexCompanions.Contains(tokens[j].GetText(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a token is a move written as a signed percentage ("Nasdaq -1.9%", "Dow +0.4%").</summary>
    private static bool IsSignedPercent(ReadOnlySpan<char> word, TokenKind kind) =>
        kind == TokenKind.Percent && word.Length > 1 && word[0] is '+' or '-' or '\u2212';

    // Verbs right after a name that make it the subject of a clause a move closes: "Oracle was a bright spot, rising 3%".
    private static readonly WordSet SubjectVerbsBeforeMove = new(
        "was", "is", "were", "ended", "closed", "finished", "bucked", "led", "outperformed", "held", "stood", "also", "again");

    private static readonly WordSet StockMoves = new(
        "rose", "rises", "fell", "falls", "jumped", "jumps", "slumped", "slumps", "gained", "gains", "dropped", "drops", "climbed",
        "climbs", "slid", "slides", "surged", "surges", "tumbled", "tumbles", "plunged", "plunges", "soared", "soars", "sank",
        "sinks", "rallied", "rallies", "declined", "declines", "advanced", "advances", "lost", "added", "edged", "slipped", "slips",
        "dipped", "dips", "eased", "eases", "firmed", "retreated", "retreats", "rebounded", "rebounds", "plummeted", "plummets",
        "skidded", "sagged", "shed", "sheds", "spiked", "spikes", "tanked", "tanks", "edges",

        // "…, with Dow Inc falling 2.6%": the forms in -ing of a clause that says how a list of movers went.
        "rising", "falling", "jumping", "slumping", "gaining", "dropping", "climbing", "sliding", "surging", "tumbling", "plunging",
        "soaring", "sinking", "rallying", "declining", "advancing", "losing", "adding", "edging");

    private int FindReferences(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, int[] sentenceOf, ref bool numbered, ref Candidate[] candidates,
        int count, HashSet<CompanyInfo>? accepted)
    {
        var found = count;
        var next = 0; // index into the name candidates, which are in token order
        CompanyInfo? recent = null;
        var recentToken = -1; // the token of the recent company's mention; its sentence is read only where a reference is
        var recentSentence = -1;
        var recentMention = -1; // the candidate of the recent company's mention; -1 for a descriptor
        var salience = new Salience();

        // A descriptor that opens its sentence ("The iPhone maker lost ground after Globex…") is that sentence's subject.
        CompanyInfo? openingDescriptor = null;
        var openingDescriptorSentence = -1;

        // Only the tokens that may start a reference are visited; the candidates up to each are caught up with there (only a
        // reference reads them).
        for (var i = NextReferenceStart(text, tokens, 0); i < tokens.Length; i = NextReferenceStart(text, tokens, i + 1))
        {
            while (next < count && candidates[next].TokenIndex <= i)
            {
                if (candidates[next].State == State.Accepted)
                {
                    recent = candidates[next].Company;
                    recentToken = candidates[next].TokenIndex;
                    recentMention = next;
                }

                next++;
            }

            if (next < count && candidates[next].TokenIndex == i)
            {
                continue;
            }

            // Most words found ("to", "two", "Inc") start no reference, and the sentences are numbered only for one that may: a text
            // whose companies no reference follows is not numbered at all.
            var word = tokens[i].GetText(text);
            var isThe = word.Equals("the", StringComparison.OrdinalIgnoreCase);
            var isBoth = !isThe && word.Equals("both", StringComparison.OrdinalIgnoreCase);
            if (!isThe && !isBoth && !word.SequenceEqual("It") && !word.SequenceEqual("Its"))
            {
                continue;
            }

            EnsureNumbered(text, tokens, sentenceOf, ref numbered);
            if (recentToken >= 0)
            {
                recentSentence = Sentence(sentenceOf, recentToken);
            }

            var sentence = Sentence(sentenceOf, i);
            if ((isBoth || isThe && i + 1 < tokens.Length && tokens[i + 1].GetText(text).Equals("two", StringComparison.OrdinalIgnoreCase)) &&
                PairNounAt(text, tokens, isBoth ? i + 1 : i + 2) is var pairNoun and > 0)
            {
                // "Shares of both companies rose", "the two firms said": the two latest companies, in this sentence or the one before.
                AddPairReference(text, tokens, ref candidates, ref found, next, sentenceOf, sentence, i, tokens[i].Start, tokens[pairNoun].End - tokens[i].Start);
                i = pairNoun;
                continue;
            }

            if (isThe && i + 1 < tokens.Length)
            {
                // A word that starts no descriptor (by its bit, when the words were looked up) spares the matcher's lookup of it: most
                // words after "the" start none ("the company", "the year").
                NameEntry? descriptor = null;
                var matched = !ruleWords.IsEmpty && tokens[i + 1].Kind == TokenKind.Word && (ruleWords[i + 1] & RuleWords.DescriptorStart) == 0
                    ? 0 : _directory.Descriptors.Match(text, tokens, i + 1, out descriptor);
                if (matched > 0 && HasAccepted(candidates.AsSpan(0, count), descriptor!.Company, accepted) &&
                    (recent is null || ReferenceEquals(recent, descriptor.Company) || NamedBefore(candidates.AsSpan(0, next), descriptor.Company)))
                {
                    var end = tokens[i + matched];
                    Add(ref candidates, ref found, new Candidate(tokens[i].Start, end.End - tokens[i].Start, i, descriptor!.Company, MentionKind.Reference, State.Accepted));
                    recent = descriptor.Company;
                    recentToken = i;
                    recentMention = -1;
                    recentSentence = sentence;
                    if (IsSentenceStart(tokens, i))
                    {
                        (openingDescriptor, openingDescriptorSentence) = (descriptor.Company, sentence);
                    }

                    i += matched;
                    continue;
                }

                // "the company" refers to a recent company only: the noun is looked for when there is one. In the sentence of that
                // company it is the latest one; in a later sentence, the most salient one of that sentence (Salience.Of).
                if (recent is not null && sentence - recentSentence <= _referenceWindow && MatchGenericNoun(text, tokens, i, out var vague) is var noun and > 0 &&
                    (!vague || OpensSubject(text, tokens, i) && OnlyCompanyNear(candidates.AsSpan(0, count), sentenceOf, sentence, ClauseEnd(text, tokens, i), recent)))
                {
                    var referent = sentence == recentSentence ? NotQuoting(text, tokens, candidates.AsSpan(0, next), sentenceOf, sentence, recent)
                        : salience.Of(text, candidates.AsSpan(0, next), tokens, sentenceOf, recentSentence, recent,
                                      openingDescriptorSentence == recentSentence ? openingDescriptor : null);

                    // "Citigroup cut its rating on Intel. The chipmaker's shares fell": a noun of a kind goes to the latest company
                    // of that kind (or of no known industry), not to one of another.
                    var kind = tokens[noun].GetText(text);
                    if (!CompanyKinds.Fits(kind, referent))
                    {
                        referent = LatestOfKind(text, tokens, candidates.AsSpan(0, next), sentenceOf, sentence - _referenceWindow, sentence, kind);
                    }

                    if (referent is not null && !IntroducedUnnamed(text, tokens, i, kind))
                    {
                        Add(ref candidates, ref found, new Candidate(tokens[i].Start, tokens[noun].End - tokens[i].Start, i, referent, MentionKind.Reference, State.Accepted));
                    }

                    i = noun;
                }

                continue;
            }

            if ((word.SequenceEqual("It") || word.SequenceEqual("Its")) && IsSentenceStart(tokens, i) && recent is not null &&
                sentence - recentSentence <= 1 && OnlyCompanyNear(candidates.AsSpan(0, count), sentenceOf, sentence, ClauseEnd(text, tokens, i), recent) &&
                !(recentMention >= 0 && IsHouse(text, tokens, candidates.AsSpan(0, count), recentMention)))
            {
                Add(ref candidates, ref found, new Candidate(tokens[i].Start, tokens[i].Length, i, recent, MentionKind.Reference, State.Accepted));
            }
        }

        return found;
    }

    /// <summary>
    /// Adds a reference at token <paramref name="at"/> to each of the two latest distinct companies accepted among the first
    /// <paramref name="seen"/> candidates, when both stand in the reference's sentence or the one before it and no third company
    /// does (then "both" is ambiguous). A house of analysts (<see cref="IsHouse"/>) is passed over: it rates the stocks, it is
    /// none of them.
    /// </summary>
    private static void AddPairReference(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref Candidate[] candidates, ref int found, int seen, int[] sentenceOf, int sentence, int at, int start, int length)
    {
        CompanyInfo? latest = null;
        CompanyInfo? other = null;
        for (var c = seen - 1; c >= 0 && Sentence(sentenceOf, candidates[c].TokenIndex) >= sentence - 1; c--)
        {
            // "Barclays kept its overweight rating on both stocks": a house that rates them is none of the two.
            if (candidates[c].State != State.Accepted || ReferenceEquals(candidates[c].Company, latest) || ReferenceEquals(candidates[c].Company, other) ||
                IsHouse(text, tokens, candidates.AsSpan(0, seen), c))
            {
                continue;
            }

            if (latest is null)
            {
                latest = candidates[c].Company;
            }
            else if (other is null)
            {
                other = candidates[c].Company;
            }
            else
            {
                return;
            }
        }

        if (other is null)
        {
            return;
        }

        Add(ref candidates, ref found, new Candidate(start, length, at, other, MentionKind.Reference, State.Accepted));
        Add(ref candidates, ref found, new Candidate(start, length, at, latest!, MentionKind.Reference, State.Accepted));
    }

    /// <summary>The token at <paramref name="j"/> when it is a plural noun for companies ("companies", "firms", "stocks"), else 0.</summary>
    private static int PairNounAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j) =>
        j < tokens.Length && tokens[j].Kind == TokenKind.Word && PairNouns.Contains(tokens[j].GetText(text)) ? j : 0;

    private static readonly WordSet PairNouns = new(
        "companies", "firms", "groups", "stocks", "banks", "lenders", "insurers", "carmakers", "automakers", "chipmakers", "retailers",
        "airlines", "miners", "drugmakers", "rivals", "brands", "businesses", "operators", "utilities");

    /// <summary>
    /// Which company of a sentence "the company" in a later sentence goes back to: its subject, the first company named in it
    /// that no preposition puts in another role ("Intel … compete with Nvidia and AMD. The company also…"; not "Analysts at
    /// Morgan Stanley upgraded Apple", "Like Apple, Microsoft…", "According to Goldman Sachs, Tesla…") and that no other company
    /// follows closely ("Nvidia supplier TSMC") and that is no possessive inside it ("Rival AMD's gains hurt Intel"), or a
    /// descriptor that opens it ("The iPhone maker…"); without one, the company named most often so far, the first named on a tie. Mentions are
    /// counted once, as they are caught up with, and an answer is kept until another mention (or descriptor) is: a text of many
    /// references stays linear.
    /// </summary>
    private struct Salience
    {
        private Dictionary<CompanyInfo, int>? _counts;
        private int _counted;
        private int _answeredAt;
        private int _answeredFor;
        private CompanyInfo? _recent;
        private CompanyInfo? _answer;

        /// <summary>The company of <paramref name="sentence"/> that a later "the company" means, among the mentions <paramref name="seen"/> so far.</summary>
        public CompanyInfo Of(
            ReadOnlySpan<char> text, ReadOnlySpan<Candidate> seen, ReadOnlySpan<Token> tokens, int[] sentenceOf, int sentence, CompanyInfo recent,
            CompanyInfo? openingDescriptor)
        {
            if (_answer is not null && _answeredAt == seen.Length && _answeredFor == sentence && ReferenceEquals(_recent, recent))
            {
                return _answer;
            }

            (_answeredAt, _answeredFor, _recent) = (seen.Length, sentence, recent);

            // The sentence's mentions: later ones (a source held back in the reference's own sentence) are passed over.
            var last = seen.Length - 1;
            while (last >= 0 && Sentence(sentenceOf, seen[last].TokenIndex) > sentence)
            {
                last--;
            }

            var first = last + 1;
            while (first > 0 && Sentence(sentenceOf, seen[first - 1].TokenIndex) == sentence)
            {
                first--;
            }

            if (openingDescriptor is not null)
            {
                return _answer = openingDescriptor;
            }

            for (var k = first; k <= last; k++)
            {
                if (seen[k].State == State.Accepted && IsSubject(text, tokens, seen, k) && !IsHouse(text, tokens, seen, k))
                {
                    return _answer = seen[k].Company;
                }
            }

            _counts ??= new Dictionary<CompanyInfo, int>(ReferenceEqualityComparer.Instance);
            for (; _counted < seen.Length; _counted++)
            {
                if (seen[_counted].State == State.Accepted)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, seen[_counted].Company, out _);
                    count++;
                }
            }

            // A company named more often wins; the first named keeps a tie (the latest, when the sentence names none). A data
            // house the sentence credits ("the 360,000 analysts polled by FactSet had expected") is no candidate: when it is all
            // the sentence names, the company is the one the sentence before is about ("The carrier added 403,000 subscribers,
            // topping the 360,000 analysts polled by FactSet had expected. The company said…").
            var best = recent;
            var bestCount = -1;
            var credited = 0;
            for (var k = first; k <= last; k++)
            {
                if (seen[k].State != State.Accepted)
                {
                    continue;
                }

                if (IsCredited(text, tokens, seen[k].TokenIndex) || IsHouse(text, tokens, seen, k))
                {
                    credited++;
                    continue;
                }

                if (_counts[seen[k].Company] > bestCount)
                {
                    (best, bestCount) = (seen[k].Company, _counts[seen[k].Company]);
                }
            }

            if (bestCount < 0 && credited > 0 && first > 0)
            {
                for (var k = first - 1; k >= 0 && Sentence(sentenceOf, seen[k].TokenIndex) == sentence - 1; k--)
                {
                    if (seen[k].State == State.Accepted && !IsCredited(text, tokens, seen[k].TokenIndex) && !IsHouse(text, tokens, seen, k))
                    {
                        best = seen[k].Company; // the first named of that sentence, as a tie keeps it
                    }
                }
            }

            return _answer = best;
        }

        /// <summary>Whether the mention at token <paramref name="at"/> is credited as a source: right after "by", "per" or "according to".</summary>
        private static bool IsCredited(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at) =>
            at > 0 && tokens[at - 1].Kind == TokenKind.Word && (CreditingWords.Contains(tokens[at - 1].GetText(text)) ||
                at > 1 && tokens[at - 1].GetText(text).Equals("to", StringComparison.OrdinalIgnoreCase) &&
                tokens[at - 2].GetText(text).Equals("according", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Whether mention <paramref name="k"/> may be its sentence's subject: no preposition right before it ("shares of" and
        /// "stock in" are no prepositions of role) and no other company within <see cref="CloseFollowerTokens"/> tokens after it.
        /// </summary>
        private static bool IsSubject(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Candidate> seen, int k)
        {
            var at = seen[k].TokenIndex;
            if (at > 0 && tokens[at - 1].Kind == TokenKind.Word && RolePrepositions.Contains(tokens[at - 1].GetText(text)) &&
                !(at > 1 && tokens[at - 2].Kind == TokenKind.Word && StockWords.Contains(tokens[at - 2].GetText(text))))
            {
                return false;
            }

            // "Rival AMD's gains have hurt Intel": a possessive inside the sentence names what the company has, not the company
            // ("Walmart's sales rose, beating Target" opens with its subject; "Apple's shares" are Apple).
            var end = seen[k].TokenEnd;
            if (end + 1 < tokens.Length && PhraseText.IsPossessive(tokens[end].GetText(text)) && !IsSentenceStart(tokens, at) &&
                !(tokens[end + 1].Kind == TokenKind.Word && StockWords.Contains(tokens[end + 1].GetText(text))))
            {
                return false;
            }

            for (var n = k + 1; n < seen.Length && seen[n].TokenIndex - seen[k].TokenEnd < CloseFollowerTokens; n++)
            {
                if (seen[n].State == State.Accepted && !ReferenceEquals(seen[n].Company, seen[k].Company))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The company that "the company" in its own sentence goes back to: the latest named, unless the latest are quoted in a clause
    /// of their own ("Intel's losses worried analysts, with Citi and Barclays saying the company needs capital"), then the one
    /// named before them; the latest when all are quoted. After "said" it is usually the speaker ("Microsoft said the company
    /// would build its own chips"), but not a house of analysts ("analysts at Citi said the company…": the company named
    /// before them).
    /// </summary>
    private static CompanyInfo NotQuoting(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Candidate> seen, int[] sentenceOf, int sentence, CompanyInfo recent)
    {
        var quotedFrom = -1; // the first token of the quoted names passed over
        var houses = 0; // houses of analysts passed over ("Analysts at Citi said the company…")
        var k = seen.Length - 1;
        for (; k >= 0 && Sentence(sentenceOf, seen[k].TokenIndex) == sentence; k--)
        {
            if (seen[k].State != State.Accepted)
            {
                continue;
            }

            if (quotedFrom < 0 && IsHouse(text, tokens, seen, k))
            {
                houses++;
                continue;
            }

            var end = seen[k].TokenEnd;
            var quoted = quotedFrom >= 0 ? ListedBefore(text, tokens, end, quotedFrom) : QuotedRightAfter(text, tokens, end);
            if (!quoted)
            {
                return quotedFrom >= 0 || houses > 0 ? seen[k].Company : recent;
            }

            quotedFrom = seen[k].TokenIndex;
        }

        // Only houses of analysts in the sentence: "the company" is the one named before it ("Charter shares fell 3.1%. Analysts
        // at Citi said the probe could constrain the company's ability to raise prices").
        for (; houses > 0 && quotedFrom < 0 && k >= 0; k--)
        {
            if (seen[k].State == State.Accepted && !IsHouse(text, tokens, seen, k))
            {
                return seen[k].Company;
            }
        }

        return recent;
    }

    /// <summary>
    /// Whether the mention names a house giving its view: the house of the analysts before it ("analysts at Citi"), or one that
    /// rates the stock or sets its price target right after it ("Morgan Stanley downgraded the stock, arguing that the company…").
    /// </summary>
    private static bool NamesHouse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in Candidate mention) =>
        IsAnalystsHouse(text, tokens, mention.TokenIndex) || mention.TokenEnd > mention.TokenIndex &&
        (SourceMentions.ActsAsHouseAfter(text, tokens, mention.TokenEnd) ||
         SourceMentions.RatesNamedStock(text, tokens, tokens[mention.TokenIndex].Start, tokens[mention.TokenEnd - 1].End, mention.TokenEnd));

    /// <summary>
    /// Whether mention <paramref name="k"/> of <paramref name="seen"/> names a house (<see cref="NamesHouse"/>), or a company that
    /// rated a stock as a house earlier in the text, within <see cref="MaxHouseLookBack"/> mentions ("JPMorgan downgraded the
    /// package delivery company… JPMorgan also warned that the Atlanta-based company's dividend…").
    /// </summary>
    private static bool IsHouse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Candidate> seen, int k)
    {
        if (NamesHouse(text, tokens, seen[k]))
        {
            return true;
        }

        for (var j = k - 1; j >= 0 && j >= k - MaxHouseLookBack; j--)
        {
            if (seen[j].State == State.Accepted && ReferenceEquals(seen[j].Company, seen[k].Company) && NamesHouse(text, tokens, seen[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most earlier mentions <see cref="IsHouse"/> reads back.</summary>
    private const int MaxHouseLookBack = 16;

    /// <summary>Whether the mention at token <paramref name="at"/> names the house of the analysts before it: "analysts at Citi".</summary>
    private static bool IsAnalystsHouse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int at) =>
        at > 1 && tokens[at - 1].GetText(text).Equals("at", StringComparison.OrdinalIgnoreCase) && AnalystWords.Contains(tokens[at - 2].GetText(text));

    // Those whose house is named after "at": "analysts at Citi", "an economist at Goldman Sachs".
    private static readonly WordSet AnalystWords = new("analysts", "analyst", "strategists", "strategist", "economists", "economist");

    /// <summary>
    /// Whether a participle of quoting comes at token <paramref name="end"/>, right after a name, or after its possessive and a
    /// person's name ("Morgan Stanley's Adam Jonas saying").
    /// </summary>
    private static bool QuotedRightAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        var i = end;
        if (i < tokens.Length && PhraseText.IsPossessive(tokens[i].GetText(text)))
        {
            i++;
            for (var words = 0; words < 3 && i < tokens.Length && tokens[i].Kind == TokenKind.Word && char.IsUpper(tokens[i].GetText(text)[0]); words++)
            {
                i++;
            }
        }

        return i < tokens.Length && tokens[i].Kind == TokenKind.Word && SourceMentions.QuotingParticiples.Contains(tokens[i].GetText(text));
    }

    /// <summary>Whether only "and" or commas stand between the tokens <paramref name="end"/> and <paramref name="next"/>: "Citi and Barclays".</summary>
    private static bool ListedBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, int next)
    {
        for (var i = end; i < next; i++)
        {
            var word = tokens[i].GetText(text);
            if (!word.SequenceEqual(",") && !word.SequenceEqual("and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Within this many tokens after a company, another one makes the first a modifier or a source ("Nvidia supplier TSMC").</summary>
    private const int CloseFollowerTokens = 3;

    // Words before "in" that make what follows a place: "based in Palo Alto", "born in Alexandria".
    private static readonly WordSet PlaceParticiples = new(
        "based", "headquartered", "founded", "located", "incorporated", "born", "raised", "lives", "lived", "moved", "relocated",
        "relocating", "resides", "opened", "offices", "headquarters", "campus", "plant", "factory", "store", "stores");

    // Words before a company that give it a role other than the subject's: "analysts at Globex", "like Globex", "with Globex".
    // Words that credit a source named right after them: "analysts polled by FactSet", "per LSEG data".
    private static readonly WordSet CreditingWords = new("by", "per");

    private static readonly WordSet RolePrepositions = new(
        "at", "like", "unlike", "of", "from", "by", "with", "than", "to", "for", "against", "about", "over", "versus", "vs", "including",
        "as", "after", "before", "between", "into", "on", "in", "behind", "beat", "beats", "and", "or", "despite", "amid", "amidst",
        "following", "among", "under", "via", "per", "without", "while", "although", "though", "whereas", "when", "since", "citing");

    // Words before "of" or "in" that make the company the subject after all: "Shares of Intel tumbled", "stock in Acme rose".
    private static readonly WordSet StockWords = new("shares", "share", "stock", "stocks");

    /// <summary>
    /// The first token from <paramref name="from"/> on that may start a reference, or the number of tokens: a word of two or three
    /// chars whose first is "t", "T" or "I" (<c>the</c>, <c>It</c>, <c>Its</c>; no other char is "t" or "T" ignoring case), or
    /// one of four that opens with "bo" and ends with "h" in either case (<c>both</c>).
    /// </summary>
    /// <remarks>
    /// Most tokens are passed over on their kind, length and first char. A loop of its own keeps them in registers: written inside
    /// <see cref="FindReferences"/>, whose body holds many variables, it reloaded and spilled them on every token.
    /// </remarks>
    private static int NextReferenceStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length; i++)
        {
            // Plain tests, each its own branch: written as patterns joined by "&&", they became flags set and tested again.
            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Word || token.Length < 2 || token.Length > 4)
            {
                continue;
            }

            var first = text[token.Start];
            if (token.Length < 4 ? first == 't' || first == 'T' || first == 'I'
                    : (first | 0x20) == 'b' && (text[token.Start + 3] | 0x20) == 'h' && (text[token.Start + 1] | 0x20) == 'o')
            {
                return i;
            }
        }

        return tokens.Length;
    }

    /// <summary>
    /// The latest accepted company among <paramref name="seen"/>, from sentence <paramref name="fromSentence"/> on, that a noun of
    /// a kind ("the chipmaker") fits; null when none does. A house of analysts in the reference's own sentence
    /// (<paramref name="sentence"/>) is passed over: "Stifel upgraded C.H. Robinson, arguing that the broker's cost cuts…" means
    /// the rated company, not the house that rates it (<see cref="IsHouse"/>); in a later sentence the house may be the news
    /// ("Goldman Sachs upgraded Nvidia. The bank also beat estimates").
    /// </summary>
    private static CompanyInfo? LatestOfKind(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Candidate> seen, int[] sentenceOf, int fromSentence, int sentence,
        ReadOnlySpan<char> kind)
    {
        for (var i = seen.Length - 1; i >= 0 && Sentence(sentenceOf, seen[i].TokenIndex) >= fromSentence; i--)
        {
            if (seen[i].State == State.Accepted && CompanyKinds.Fits(kind, seen[i].Company) &&
                !(Sentence(sentenceOf, seen[i].TokenIndex) == sentence && IsHouse(text, tokens, seen, i)))
            {
                return seen[i].Company;
            }
        }

        return null;
    }

    // How far back from "the firm" an unnamed "a market-research firm" is looked for, in tokens.
    private const int MaxUnnamedIntroductionReach = 120;

    // The words of an indefinite noun's modifiers, at most: "a market-research firm", "an independent research firm".
    private const int MaxIntroductionModifiers = 3;

    // Words before "a" that make the noun a company's description, not a new one: "Acme, a research firm", "Acme is a research
    // firm", "known as a firm that…".
    private static readonly WordSet DescribingWords = new("is", "was", "are", "were", "be", "been", "being", "as", "became", "becomes", "remains");

    /// <summary>
    /// Whether the noun of "the firm" at <paramref name="the"/> was introduced earlier without a name ("after a market-research
    /// firm said…; …, the firm said"): the reference is to that one, not to a company named since. An indefinite noun that describes
    /// a company ("Acme, a research firm,", "Acme is a firm that…") introduces no other.
    /// </summary>
    private static bool IntroducedUnnamed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int the, ReadOnlySpan<char> noun)
    {
        for (var j = the - 1; j > 0 && j >= the - MaxUnnamedIntroductionReach; j--)
        {
            if (tokens[j].Kind != TokenKind.Word || !tokens[j].GetText(text).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (int k = j - 1, words = 0; k >= 0 && words <= MaxIntroductionModifiers; k--)
            {
                ref readonly var token = ref tokens[k];
                if (token.Kind == TokenKind.Punctuation && IsChar(text, token, '-'))
                {
                    continue;
                }

                if (token.Kind != TokenKind.Word)
                {
                    break;
                }

                var word = token.GetText(text);
                if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
                {
                    return k == 0 || !(IsChar(text, tokens[k - 1], ',') || DescribingWords.Contains(tokens[k - 1].GetText(text)));
                }

                // "a Goldman Sachs research firm" names whose; "the firm" may still be a company.
                if (char.IsUpper(word[0]))
                {
                    break;
                }

                words++;
            }
        }

        return false;
    }

    /// <summary>
    /// Matches <c>the company</c>, <c>the bank</c>, <c>the Redmond, Washington-based company</c>, <c>the San Jose, Calif.-based
    /// marketplace</c> (at most eight tokens); returns the noun's index or 0.
    /// </summary>
    private static int MatchGenericNoun(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int the, out bool vague)
    {
        vague = false;
        for (var j = the + 1; j < tokens.Length && j <= the + 8; j++)
        {
            var token = tokens[j];
            // "the San Jose, Calif.-based company": an abbreviation's full stop keeps the hyphen after it apart.
            if (token.Kind is not (TokenKind.Word or TokenKind.Punctuation) ||
                (token.Kind == TokenKind.Punctuation && !IsChar(text, token, ',') && !(IsChar(text, token, '-') && IsJoined(tokens, j))))
            {
                return 0;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.GetText(text);
            if (GenericNouns.Contains(word) && word.IndexOfAnyInRange('A', 'Z') < 0)
            {
                // (After "-based" or "-headquartered" the noun was read below, at that word.)
                var previous = tokens[j - 1].GetText(text);
                var hyphened = j >= the + 3 && IsChar(text, tokens[j - 2], '-') && tokens[j - 2].Kind == TokenKind.Punctuation;
                var qualified = j == the + 1 || IsPlaceQualifier(previous, "listed", hyphened);

                // "the group of investors" is not a company.
                return qualified && !FollowedByOf(text, tokens, j) ? j : 0;
            }

            if (j == the + 1 && KindModifierShape(word) is var shape and (WordShape.Modifier or WordShape.Other))
            {
                // "The burger chain said", "the regional lender": one word of what it sells or where before a noun of a kind; not
                // "the new company" or "the rival chain", which are another company, nor "the central bank" or "the food bank".
                // "The window and door maker said": two such words joined by "and".
                if (shape != WordShape.Modifier)
                {
                    return 0;
                }

                var noun = j + 3 < tokens.Length && tokens[j + 1].GetText(text).SequenceEqual("and") && tokens[j + 2].Kind == TokenKind.Word &&
                    IsKindModifier(tokens[j + 2].GetText(text)) ? j + 3 : j + 1;

                // Vaguer: "the medical device maker" (two words), "the animal-health maker" (a hyphened word). The caller takes
                // one only where it opens a subject and a single company stands near; "the device company" is none.
                vague = word.Contains('-');
                if (noun == j + 1 && noun + 1 < tokens.Length && tokens[noun].Kind == TokenKind.Word && !KindNouns.Contains(tokens[noun].GetText(text)) &&
                    !tokens[noun].GetText(text).SequenceEqual("company") && IsKindModifier(tokens[noun].GetText(text)))
                {
                    noun++;
                    vague = true;
                }

                if (noun >= tokens.Length || tokens[noun].Kind != TokenKind.Word || FollowedByOf(text, tokens, noun))
                {
                    return 0;
                }

                return KindNouns.Contains(tokens[noun].GetText(text)) ? noun : 0;
            }

            // "the Minneapolis-based device maker", "the Redwood City, California-based publisher": after a place, a noun of a
            // business (after at most one word of what it makes) names a company as a noun of no kind does.
            var afterHyphen = j >= the + 2 && IsChar(text, tokens[j - 1], '-') && tokens[j - 1].Kind == TokenKind.Punctuation;
            if ((IsPlaceQualifier(word, "based", afterHyphen) || IsPlaceQualifier(word, "headquartered", afterHyphen)) && j + 1 < tokens.Length)
            {
                return BusinessNounAfter(text, tokens, j + 1);
            }
        }

        return 0;
    }

    /// <summary>
    /// The index of a noun of a business (<see cref="BusinessNouns"/>, or a <see cref="GenericNouns"/> one) at
    /// <paramref name="start"/> or after one lower-case word there ("device maker", "cable operator", "maker of pacemakers"),
    /// ending its noun phrase; 0 for none.
    /// </summary>
    private static int BusinessNounAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start)
    {
        for (var j = start; j < tokens.Length && j <= start + 1; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return 0;
            }

            // One word of what it makes may be an acronym ("the Austin, Texas-based EV maker"); no other capital is a noun's.
            var word = tokens[j].GetText(text);
            if (word.IndexOfAnyInRange('A', 'Z') >= 0)
            {
                if (j == start && word.Length <= MaxAcronymLength && !word.ContainsAnyExceptInRange('A', 'Z'))
                {
                    continue;
                }

                return 0;
            }

            if (BusinessNouns.Contains(word) || GenericNouns.Contains(word))
            {
                var next = j + 1 < tokens.Length ? tokens[j + 1].GetText(text) : default;
                // "the railroad operator" goes on to its head noun; "the maker of pacemakers" is one, "the group of investors" none.
                if (next.Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    return GenericNouns.Contains(word) ? 0 : j;
                }

                var continues = j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Word && (BusinessNouns.Contains(next) || GenericNouns.Contains(next));
                return continues ? (j == start ? BusinessNounAfter(text, tokens, j + 1) : 0) : j;
            }
        }

        return 0;
    }

    /// <summary>The longest acronym of what a business makes before its noun ("EV maker", "SUV maker", "LNG exporter").</summary>
    private const int MaxAcronymLength = 4;

    /// <summary>
    /// Whether <paramref name="brand"/> is named as owned by the company just named before it: "CVS Health, parent of Aetna",
    /// "Tapestry, the owner of Coach" (the same company, at most <see cref="MaxWordsToOwnedBrand"/> tokens between).
    /// </summary>
    private static bool IsOwnedBrandOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in Candidate owner, in Candidate brand)
    {
        var i = brand.TokenIndex;
        return ReferenceEquals(owner.Company, brand.Company) && brand.Kind == MentionKind.Name && i >= 2 && i - owner.TokenEnd <= MaxWordsToOwnedBrand &&
            tokens[i - 1].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase) && OwnerNouns.Contains(tokens[i - 2].GetText(text));
    }

    /// <summary>The most tokens from an owner's name to a brand it owns (", the parent of").</summary>
    private const int MaxWordsToOwnedBrand = 4;

    // Nouns of the company that owns a brand, after the brand: "the Coach parent", "the Michael Kors owner".
    private static readonly WordSet OwnerNouns = new("parent", "owner", "owners");

    // Nouns of a business besides the GenericNouns, after a place ("the Dallas-based maker", "the Omaha-based railroad
    // operator"): what makes, sells, runs or owns things. People and public bodies ("analyst", "agency", "fund") are not among them.
    private static readonly WordSet BusinessNouns = new(
        "maker", "producer", "owner", "publisher", "shipper", "provider", "developer", "supplier",
        "distributor", "designer", "seller", "specialist", "processor", "hotelier", "meatpacker", "discounter", "driller",
        "steelmaker", "courier", "preparer", "generator", "major", "studio", "broadcaster", "packager", "exporter", "builder", "hauler",
        "installer", "recycler");

    /// <summary>Whether <paramref name="word"/> is "-based" (or "based" after a hyphen of its own: "Calif.-based").</summary>
    private static bool IsPlaceQualifier(ReadOnlySpan<char> word, string qualifier, bool hyphened) =>
        hyphened ? word.Equals(qualifier, StringComparison.OrdinalIgnoreCase)
                 : word.Length > qualifier.Length && word[^(qualifier.Length + 1)] == '-' && word.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token at <paramref name="i"/> touches the tokens on both sides of it.</summary>
    private static bool IsJoined(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Length && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    /// <summary>
    /// The first comma or semicolon after token <paramref name="i"/> in its sentence, or the sentence's end: "Its shares sank 8%,
    /// while Walmart gained 2%" names Walmart only after "Its" has had its clause.
    /// </summary>
    private static int ClauseEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        for (var j = i + 1; j < tokens.Length; j++)
        {
            if (tokens[j].Kind == TokenKind.SentenceEnd || IsChar(text, tokens[j], ',') || IsChar(text, tokens[j], ';'))
            {
                return j;
            }
        }

        return tokens.Length;
    }

    /// <summary>
    /// Whether no accepted company but <paramref name="company"/> stands in the sentence before <paramref name="sentence"/> or in
    /// this sentence before token <paramref name="clauseEnd"/>.
    /// </summary>
    private static bool OnlyCompanyNear(ReadOnlySpan<Candidate> candidates, int[] sentenceOf, int sentence, int clauseEnd, CompanyInfo company)
    {
        // Candidates are in token order, so their sentences ascend: start at the first in the sentence before.
        int low = 0, high = candidates.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Sentence(sentenceOf, candidates[middle].TokenIndex) < sentence - 1)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        foreach (ref readonly var candidate in candidates[low..])
        {
            var s = Sentence(sentenceOf, candidate.TokenIndex);
            if (s > sentence)
            {
                break;
            }

            if (candidate.State == State.Accepted && (s == sentence && candidate.TokenIndex < clauseEnd || s == sentence - 1) &&
                !ReferenceEquals(candidate.Company, company))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChar(ReadOnlySpan<char> text, Token token, char c) => token.Length == 1 && text[token.Start] == c;

    private static bool IsUpperSymbol(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 7 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return !word.EndsWith(".");
    }

    private static void Add(ref Candidate[] candidates, ref int count, in Candidate candidate)
    {
        if (count == candidates.Length)
        {
            Array.Resize(ref candidates, candidates.Length * 2);
        }

        candidates[count++] = candidate;
    }

    /// <summary>Above this many candidates, accepted companies are kept in a set rather than found by a scan.</summary>
    private const int AcceptedSetThreshold = 64;

    // Word sets rather than span lookups: most words asked are in none of these lists, and a set rejects such a word on its length
    // and its first and last letters without hashing it.
    private static readonly WordSet ContextWords = new(
        "shares", "share", "stock", "stocks", "stake", "earnings", "revenue", "revenues", "sales", "profit", "profits", "quarter",
        "quarterly", "CEO", "CFO", "chief", "executive", "executives", "analysts", "analyst", "investors", "shareholders", "company",
        "Inc", "Corp", "NYSE", "Nasdaq", "announced", "reported", "results", "guidance", "forecast", "forecasts", "outlook", "dividend",
        "buyback", "IPO", "valuation", "acquisition", "acquire", "acquired", "merger", "subsidiary", "layoffs", "stores", "downgraded",
        "upgraded", "downgrade", "upgrade", "fiscal", "listed", "traded", "market", "capitalization", "brand", "customers", "store",
        "retailer", "bank", "lender", "insurer", "carmaker", "automaker", "chipmaker", "giant", "deal", "rival", "rivals", "competitor",
        "founder", "chairman", "president", "headquarters", "headquartered", "unit", "division", "bonds", "debt", "rating", "workforce",
        "employees", "jobs", "recall", "estimates", "lawsuits", "settled", "settlement", "launched", "unveiled", "sued", "lawsuit", "antitrust", "regulators", "margin", "margins", "EPS",
        "takeover", "stake", "billion", "loss", "losses", "contract", "contracts", "settles", "buyout", "upgrades", "downgrades", "overweight", "underweight", "outperform", "underperform", "equal-weight", "market-weight",
        "charge-offs", "charge-off", "delinquencies", "delinquency", "deposits", "premiums", "underwriting", "shipments", "subscribers", "backlog",
        "capex", "RevPAR", "outlooks", "performers", "capacity", "agreement", "partnership", "staff", "restructuring", "headcount",

        // A drugmaker's and a medical company's business: "Teva wins FDA approval", "Insmed's drug", "Teleflex to spin off".
        "FDA", "approval", "drug", "drugs", "drugmaker", "biotech", "trial", "patent", "patents", "spinoff", "spin-off", "therapy",
        "therapies", "vaccine", "vaccines",

        // An airline's, a planemaker's and a railroad's: "Embraer books orders", "Delta grounded jets", "Canadian National shutdown".
        "orders", "deliveries", "airline", "airlines", "carrier", "railroad", "jets", "fleet", "grounded", "grounding", "shutdown",
        "flights",

        // A casino operator's and a bookmaker's: "Bally's Chicago casino", "Wynn's Macau casinos".
        "casino", "casinos", "sportsbook", "resorts",

        // A producer's: "Dow said it would idle a cracker at its Freeport plant", "Ball to close a mill" (not "output" or
        // "production", which apples and oil have too).
        "plant", "factory", "factories", "mill", "mills", "refinery", "refineries", "smelter", "smelters");

    /// <summary>The shortest name a handle is read as (after its "@"): four letters ("@Ford", not "@GE").</summary>
    private const int MinHandleNameLength = 4;

    /// <summary>
    /// Whether the name at token <paramref name="start"/> is what a company was split from long ago ("since its 2023 spinoff from
    /// Johnson &amp; Johnson", "spun off from General Electric"): background, a company of the news only when named so elsewhere.
    /// </summary>
    /// <remarks>A headline in title case writes the words in capitals ("Two Years After Its Spin-Off From Acme").</remarks>
    private static bool AfterSpinoffFrom(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].GetText(text).Equals("from", StringComparison.OrdinalIgnoreCase) && tokens[start - 2].Kind == TokenKind.Word &&
        (SpinoffWords.Contains(tokens[start - 2].GetText(text)) ||
         start >= 3 && tokens[start - 2].GetText(text).Equals("off", StringComparison.OrdinalIgnoreCase) && SplittingVerbs.Contains(tokens[start - 3].GetText(text)));

    // Verbs of a split before "off from": "spun off from", "split off from".
    private static readonly WordSet SplittingVerbs = new("spun", "spin", "spins", "split", "splits");

    // Words of a split before "from": "spinoff from", "spun off from", "separation from".
    private static readonly WordSet SpinoffWords = new("spinoff", "spin-off", "spinout", "spin-out", "separation", "demerger");

    /// <summary>
    /// Whether a source's word (<see cref="SourceWords"/>) follows a house's name ending before token <paramref name="end"/>,
    /// right after it or after up to <see cref="MaxDeskWords"/> capitalized words of its desk: "Goldman Sachs analysts", "an RBC
    /// Capital Markets analyst", "Wells Fargo Securities strategists".
    /// </summary>
    private static bool QuotesSource(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end)
    {
        for (var j = end; j < tokens.Length && j <= end + MaxDeskWords && tokens[j].Kind == TokenKind.Word; j++)
        {
            var word = tokens[j].GetText(text);
            if (SourceWords.Contains(word))
            {
                return true;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most capitalized words of a house's desk between its name and its analyst ("RBC Capital Markets analyst").</summary>
    private const int MaxDeskWords = 3;

    private static readonly WordSet SourceWords = new(
        "analyst", "analysts", "strategist", "strategists", "economist", "economists", "researchers");

    private static readonly WordSet OwnersWords = new("its", "their", "our", "his", "her");

    // Sites of a producer's work, named after their place: "its Freeport plant", "the group's Botlek mill".
    private static readonly WordSet Sites = new(
        "plant", "plants", "factory", "mill", "refinery", "smelter", "complex", "terminal", "facility", "site", "mine", "works");

    /// <summary>Words that, right after an ambiguous name, show it is not the company (<c>Apple pie</c>, <c>Amazon rainforest</c>).</summary>
    // Words that open a question a verb asks about ("Guess what…"); no company's name is followed by one without a comma.
    private static readonly WordSet QuestionWords = new("which", "what", "who", "whose", "how", "why", "where", "whether");

    private static readonly WordSet NonCorporateFollowers = new(
        "pie", "pies", "tree", "trees", "juice", "orchard", "orchards", "harvest", "cider", "blossom", "rainforest", "river", "basin",
        "parrot", "parrots", "variant", "year", "date", "dates", "practice", "range", "ranges", "bearings", "tiles", "applications",
        "restrictions", "elections", "poll", "voting", "company", "points", "index", "futures", "composite", "average", "time",
        "temperature", "temperatures", "degrees", "truck", "trucks");

    // Words that close companies' names, and a company's whole name when it is one of them ("Bancorp" of The Bancorp, Inc.):
    // after a capitalised word they end a longer name (LooksLikeOtherUse).
    private static readonly WordSet NameClosingWords = new(
        "Bancorp", "Bancshares", "Bankshares", "Financial", "Holdings", "Group", "Partners", "Industries", "Capital", "Trust");

    // Words that close the name of another company of a group or a namesake after a name of any length, unless the company's own
    // name holds them: "Toyota Industries" is not Toyota Motor, "Merck KGaA" not Merck & Co., "Domino's Pizza Enterprises" not Domino's.
    private static readonly WordSet OtherCompanyDesignators = new("Industries", "Enterprises", "KGaA", "Photonics", "Holdings", "HBC");

    // Lines of trade that close other companies' names after a one-word name: "Vistra Cabinets", "Ashby Kitchens".
    private static readonly WordSet TradeNouns = new(
        "Cabinets", "Kitchens", "Furniture", "Builders", "Textiles", "Plastics", "Farms", "Bakery", "Bakeries", "Brewery", "Brewing",
        "Fabrics", "Roofing", "Plumbing", "Mills", "Joinery", "Interiors", "Castings", "Forgings", "Foundries");

    // Times of day before a time zone: "9:30 a.m. Eastern".
    private static readonly WordSet ClockSuffixes = new("a.m.", "p.m.", "a.m", "p.m");

    // Words of an exchange as the place of a listing (for the names of companies that run exchanges).
    private static readonly WordSet VenuePrepositions = new("on", "from", "onto");

    // Markets named in the plural, whose verb may be a company's ordinary-word name: "Stocks Zoom", "Shares Jump".
    private static readonly WordSet MarketPlurals = new("stocks", "shares", "markets", "equities", "prices", "futures", "bonds", "yields");

    // Words that may follow a move's verb: "Stocks Zoom to record", "Shares Jump on deal", "Stocks Zoom As Fed Cuts".
    private static readonly WordSet MovePrepositions = new("to", "on", "after", "as", "in", "amid", "by", "at", "over", "from", "while");

    /// <summary>
    /// Whether the token at <paramref name="after"/> lets the word before it be a move's verb: the text's end, anything but a word
    /// (a figure, a stop), or a preposition (<see cref="MovePrepositions"/>).
    /// </summary>
    private static bool EndsMove(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int after) =>
        after >= tokens.Length || tokens[after].Kind != TokenKind.Word || MovePrepositions.Contains(tokens[after].GetText(text));

    private static readonly WordSet VenueNouns = new(
        "listing", "listings", "notice", "notices", "compliance", "rule", "rules", "delisting", "deficiency", "requirement",
        "requirements", "standards", "hearing", "panel", "exchange", "market", "debut", "debuts", "ipo", "ipos", "flotation",
        "index", "indexes", "indices", "composite", "futures", "float", "floor", "bell");

    // Market terms that open with a company's ordinary-word name (LooksLikeOtherUse).
    private static readonly WordSet MarketTerms = new(
        "block deal", "block deals", "block trade", "block trades", "block sale", "block sales", "gap fill", "gap filled", "gap up", "gap down",
        "gap higher", "gap lower");

    // Titles before a person's name: "Mr. Ball", "Judge Ford", "Sen. Warner".
    private static readonly WordSet PersonalTitles = new(
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "Senator", "Sen.",
        "Rep.", "Gov.", "Governor", "Prof.", "Professor", "Mayor", "Minister", "Commissioner");

    // Nouns of a kind of company that one word of its trade may come before ("the burger chain", "the gold miner").
    private static readonly WordSet KindNouns = new(
        "bank", "lender", "retailer", "carmaker", "automaker", "chipmaker", "insurer", "airline", "drugmaker", "manufacturer", "miner",
        "utility", "chain", "planemaker", "brewer", "streamer", "carrier", "railroad", "trucker", "grocer", "homebuilder", "refiner",
        "maker", "producer", "supplier", "distributor");

    // Words before a noun of a kind that make it another company or no company: "the new chain", "the rival lender", "the
    // central bank", "the grid utility", "the food bank".
    private static readonly WordSet OtherCompanyModifiers = new(
        "new", "rival", "other", "combined", "merged", "enlarged", "parent", "former", "acquiring", "acquired", "target", "larger",
        "smaller", "bigger", "largest", "biggest", "private", "sister", "successor", "joint", "same", "second", "third", "central",
        "state", "national", "federal", "reserve", "development", "world", "food", "blood", "grid", "system", "investment", "competing",
        "buying", "selling", "latter", "former's", "partner", "smallest", "top", "leading", "whole", "entire", "portfolio", "shell",
        "average", "typical", "median", "newly", "so", "unlisted", "spinoff", "spin", "spun", "holding", "operating", "venture",
        "world's", "nation's", "country's", "industry's", "sector's", "only", "first", "last", "next", "previous", "some", "another",
        "foreign", "subsidiary", "unit", "startup");

    /// <summary>
    /// Whether "the" at <paramref name="the"/> opens a subject: its sentence's first word, or after "Shares of" ("Shares of the
    /// pump maker fell"). A vaguer kind noun elsewhere is often another company, one bought or sued ("agreed to buy the
    /// network-gear maker").
    /// </summary>
    private static bool OpensSubject(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int the) =>
        IsSentenceStart(tokens, the) ||
        the >= 2 && tokens[the - 1].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase) && tokens[the - 2].GetText(text) is "Shares" or "shares" or "stock";

    /// <summary>
    /// Whether <paramref name="word"/> may say what a company sells or where before a noun of its kind ("burger", "regional",
    /// "glucose-monitoring"): lower case, not one of <see cref="OtherCompanyModifiers"/>, and, hyphened, neither opened by one
    /// ("state-owned", "newly-formed") nor closed by a word of ownership or listing ("family-owned", "venture-backed").
    /// </summary>
    private static bool IsKindModifier(ReadOnlySpan<char> word) => KindModifierShape(word) == WordShape.Modifier;

    /// <summary>
    /// <see cref="IsKindModifier"/> in one pass over the word's chars (a plain loop: a word is a few chars, and the generic
    /// searches cost more than the word before the JIT's optimizer has run), telling a capitalised word apart.
    /// </summary>
    private static WordShape KindModifierShape(ReadOnlySpan<char> word)
    {
        int firstHyphen = -1, lastHyphen = -1;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c is >= 'A' and <= 'Z')
            {
                return WordShape.Capitalised;
            }

            if (c == '-')
            {
                firstHyphen = firstHyphen < 0 ? k : firstHyphen;
                lastHyphen = k;
            }
        }

        var modifier = !word.IsEmpty && !OtherCompanyModifiers.Contains(word) && (firstHyphen < 0 ||
            firstHyphen > 0 && !OtherCompanyModifiers.Contains(word[..firstHyphen]) && !OwnershipWords.Contains(word[(lastHyphen + 1)..]));
        return modifier ? WordShape.Modifier : firstHyphen < 0 ? WordShape.Other : WordShape.Hyphened;
    }

    // What a lower-case word before a noun of a kind is (KindModifierShape): a modifier, a word that is none (one of the
    // OtherCompanyModifiers), a hyphened word that is none ("state-owned", "Nasdaq-listed" read elsewhere), or a capitalised word.
    private enum WordShape : byte
    {
        Modifier,
        Other,
        Hyphened,
        Capitalised,
    }

    // Last words of a hyphened word that makes a company another one, owned or formed ("state-owned", "venture-backed",
    // "spun-off"), or that a place reads ("Nasdaq-listed", "-based").
    private static readonly WordSet OwnershipWords = new("owned", "held", "backed", "run", "controlled", "formed", "off", "listed", "based");

    /// <summary>Whether "of" follows the noun at <paramref name="j"/>: "the group of investors" is no company.</summary>
    private static bool FollowedByOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j) =>
        j + 1 < tokens.Length && tokens[j + 1].GetText(text).Equals("of", StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet GenericNouns = new(
        "company", "firm", "group", "bank", "lender", "retailer", "carmaker", "automaker", "chipmaker", "insurer", "airline",
        "conglomerate", "drugmaker", "manufacturer", "operator", "startup", "miner", "utility", "chain", "corporation", "giant",
        "planemaker", "brewer", "broker", "streamer", "automaker's", "carrier", "railroad", "railway", "trucker", "marketplace",
        "landlord", "grocer", "supermarket", "homebuilder", "refiner", "telco");

    private enum State : byte
    {
        Strong,
        NeedsContext,
        BareSymbol,
        Accepted,
    }

    /// <summary>
    /// A thread's working arrays, kept from one call to the next (each call rented and returned two pooled arrays, a fixed cost that
    /// weighed on short texts such as headlines). Taken for the length of a call, so a call made during another gets arrays of its own.
    /// </summary>
    private sealed class Scratch
    {
        private const int MaxCachedLength = 1 << 16;

        [ThreadStatic]
        private static Scratch? t_cached;

        public int[] SentenceOf = new int[64];
        public Candidate[] Candidates = new Candidate[32];

        public static Scratch Take(int tokens)
        {
            var scratch = t_cached ?? new Scratch();
            t_cached = null;
            if (scratch.SentenceOf.Length < tokens)
            {
                scratch.SentenceOf = new int[Math.Max(tokens, scratch.SentenceOf.Length * 2)];
            }

            return scratch;
        }

        /// <summary>Clears the used candidates (they hold companies) and keeps the arrays for the thread's next call unless they grew too large.</summary>
        public static void Return(Scratch scratch, int used)
        {
            scratch.Candidates.AsSpan(0, Math.Min(used, scratch.Candidates.Length)).Clear();
            if (scratch.SentenceOf.Length > MaxCachedLength)
            {
                scratch.SentenceOf = new int[64];
            }

            if (scratch.Candidates.Length > MaxCachedLength)
            {
                scratch.Candidates = new Candidate[32];
            }

            t_cached = scratch;
        }
    }

    [StructLayout(LayoutKind.Auto)]
    private struct Candidate(int start, int length, int tokenIndex, CompanyInfo company, MentionKind kind, State state)
    {
        public int Start = start;
        public int Length = length;
        public int TokenIndex = tokenIndex;
        public int TokenEnd = tokenIndex + 1;
        public CompanyInfo Company = company;
        public MentionKind Kind = kind;
        public State State = state;
    }
}
