namespace FinSentiment.Internal;

/// <summary>
/// Word lists of the rules that run once per company or mention, one bit each, that <see cref="WordTable"/> answers for every word
/// token at the lookup the analyzer does anyway (<see cref="WordTable.Find(ReadOnlySpan{char}, out int, out int, out RuleWords)"/>).
/// </summary>
/// <remarks>
/// The tests of a company's mentions each read a list of their own (a <see cref="WordSet"/>), and a company is scored long after
/// its sentence was read: the lists and their words are rarely still in the cache then, and reading one cost more than the rest
/// of a test. The table's entry for the word is read at the lookup anyway, so the answer costs one more field, and a rule then tests
/// a bit of the token's flags (kept per token beside its word id) instead of hashing the word into its list. A key of the
/// table is found exactly when the list's <see cref="WordSet.Contains"/> finds the word (both compare ignoring case, ordinal, and
/// no char above ASCII equals an ASCII char ignoring case), so a bit answers exactly what the list would.
/// </remarks>
[Flags]
internal enum RuleWords : ushort
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary>A word that <see cref="SourceMentions.Classify"/> reads right after a name (<c>SourceMentions.WordsReadAfterASource</c>).</summary>
    ReadAfterASource = 1,

    /// <summary>A word right before a name that may make it a messenger (<c>SourceMentions.WordsRightBeforeASource</c>).</summary>
    RightBeforeASource = 2,

    /// <summary>A word before a name that makes it a messenger ("according", "told": <c>SourceMentions.MessengerWordsBefore</c>).</summary>
    MessengerBefore = 4,

    /// <summary>A word that the test of a rating after a house's verb reads (<c>SourceMentions.WordsReadForARating</c>).</summary>
    ReadForARating = 8,

    // The lists that SourceMentions.Classify reads the words after a name in, one after another, once the first of them is one
    // of WordsReadAfterASource (a bit above): "Globex also downgraded Acme", "Refinitiv data shows", "…, BofA said".

    /// <summary>An adverb or a quantifier between a name and its verb (<c>SourceMentions.SkippedBeforeAVerb</c>: "also", "all").</summary>
    SkippedBeforeAVerb = 16,

    /// <summary>A linking verb before a house's market view (<c>SourceMentions.LinkingVerbs</c>: "remains", "turns").</summary>
    LinkingVerb = 32,

    /// <summary>A word after a name that Classify tests further (<c>SourceMentions.WordsAfterASource</c>).</summary>
    AfterASource = 64,

    /// <summary>A data vendor's findings (<c>SourceMentions.FindingWords</c>: "data", "figures").</summary>
    FindingWord = 128,

    /// <summary>A word after a name that makes it a messenger (<c>SourceMentions.MessengerWordsAfter</c>: "analysts", "downgraded").</summary>
    MessengerAfter = 256,

    /// <summary>A broker's verb on a rating or a price target (<c>SourceMentions.RatingActions</c>: "maintains", "cuts").</summary>
    RatingAction = 512,

    /// <summary>A verb of seeing room in another stock (<c>SourceMentions.SeeingWords</c>: "sees", "expects").</summary>
    SeeingWord = 1024,

    /// <summary>A verb that credits a quote (<c>SourceMentions.AttributionVerbs</c>: "said", "added").</summary>
    AttributionVerb = 2048,

    /// <summary>A word of a forecast or a view (<c>SourceMentions.ForecastWordsAfter</c>: "projected", "thinks").</summary>
    ForecastAfter = 4096,

    /// <summary>A participle that quotes (<c>SourceMentions.QuotingParticiples</c>: "saying", "noting").</summary>
    QuotingParticiple = 8192,

    /// <summary>
    /// The first word of a company descriptor ("iPhone" of "the iPhone maker": <see cref="Tickers.TickerDirectory.Descriptors"/>'
    /// <see cref="Tickers.NameMatcher.FirstWords"/>), which the resolver looks for after every "the" of a text that names a company.
    /// Not one of <see cref="WordTable.RuleLists"/>: the table answers it for the descriptors it was built with.
    /// </summary>
    DescriptorStart = 16384,
}
