using System.Runtime.CompilerServices;
using FinSentiment.Lexicon;
using FinSentiment.Tickers;

namespace FinSentiment.Internal;

/// <summary>
/// One span lookup over the words of a <see cref="SentimentLexicon"/> and the first words of a <see cref="NameMatcher"/>'s names:
/// a token is hashed and compared once to get both its lexicon word id (<see cref="SentimentLexicon.GetWordId"/>) and the name
/// trie's node after it (<see cref="NameMatcher.FirstWords"/>), where the scorer and the resolver each looked it up in their own
/// table. It also holds the words of the rule lists of <see cref="RuleWords"/>, and answers to which of them a word belongs, and the
/// first words of the directory's company descriptors (<see cref="RuleWords.DescriptorStart"/>). Immutable and thread-safe; kept per
/// lexicon, for the matchers it was last built with (see <see cref="For"/>).
/// </summary>
/// <remarks>
/// Both tables are <see cref="SpanLookup{TValue}"/>s, where a token finds a key when their hashes are equal and they are equal
/// ignoring case (ordinal). This table merges a lexicon word, a first word and a rule list's word only under that same relation,
/// so a token finds a key here exactly when it finds the same word in any of them, and the key carries each one's answer (or -1,
/// or no bit).
/// </remarks>
internal sealed class WordTable
{
    private static readonly ConditionalWeakTable<SentimentLexicon, WordTable> Cache = new();

    private readonly SentimentLexicon _lexicon;

    /// <summary>Both answers are stored in the table's entries, so a hit reads no other array.</summary>
    private readonly SpanLookup<Answers> _words;

    private WordTable(SentimentLexicon lexicon, NameMatcher names, NameMatcher descriptors)
    {
        _lexicon = lexicon;
        Names = names;
        Descriptors = descriptors;
        var answers = new Dictionary<string, Answers>(SpanKeyComparer.Instance);
        var words = lexicon.Words;
        for (var id = 0; id < words.Count; id++)
        {
            // The lexicon never looks longer words up.
            answers.Add(words[id], new Answers(words[id].Length <= SentimentLexicon.MaxWordLength ? id : -1, -1, RuleWords.None));
        }

        foreach (var (word, node) in names.FirstWords)
        {
            answers[word] = answers.TryGetValue(word, out var known) ? known with { NameNode = node } : new Answers(-1, node, RuleWords.None);
        }

        foreach (var (list, rule) in RuleLists)
        {
            foreach (var word in list.Words)
            {
                answers[word] = answers.TryGetValue(word, out var known) ? known with { RuleWords = known.RuleWords | rule } : new Answers(-1, -1, rule);
            }
        }

        // The descriptors' first words are merged as the names' are: a token finds one here exactly when the descriptors' matcher
        // takes its first step on it.
        foreach (var (word, _) in descriptors.FirstWords)
        {
            answers[word] = answers.TryGetValue(word, out var known)
                ? known with { RuleWords = known.RuleWords | RuleWords.DescriptorStart } : new Answers(-1, -1, RuleWords.DescriptorStart);
        }

        _words = new SpanLookup<Answers>([.. answers]);
    }

    /// <summary>
    /// Gets the rule lists the table answers for, each with its bit (<see cref="RuleWords"/>): their words are keys of the table too,
    /// merged into an equal key already there.
    /// </summary>
    internal static IReadOnlyList<(WordSet List, RuleWords Bit)> RuleLists { get; } =
    [
        (SourceMentions.WordsReadAfterASource, RuleWords.ReadAfterASource),
        (SourceMentions.WordsRightBeforeASource, RuleWords.RightBeforeASource),
        (SourceMentions.MessengerWordsBefore, RuleWords.MessengerBefore),
        (SourceMentions.WordsReadForARating, RuleWords.ReadForARating),
        (SourceMentions.SkippedBeforeAVerb, RuleWords.SkippedBeforeAVerb),
        (SourceMentions.LinkingVerbs, RuleWords.LinkingVerb),
        (SourceMentions.WordsAfterASource, RuleWords.AfterASource),
        (SourceMentions.FindingWords, RuleWords.FindingWord),
        (SourceMentions.MessengerWordsAfter, RuleWords.MessengerAfter),
        (SourceMentions.RatingActions, RuleWords.RatingAction),
        (SourceMentions.SeeingWords, RuleWords.SeeingWord),
        (SourceMentions.AttributionVerbs, RuleWords.AttributionVerb),
        (SourceMentions.ForecastWordsAfter, RuleWords.ForecastAfter),
        (SourceMentions.QuotingParticiples, RuleWords.QuotingParticiple),
    ];

    /// <summary>Gets the matcher whose first words the table holds.</summary>
    public NameMatcher Names { get; }

    /// <summary>Gets the matcher of company descriptors whose first words the table marks (<see cref="RuleWords.DescriptorStart"/>).</summary>
    public NameMatcher Descriptors { get; }

    /// <summary>
    /// Gets the table of a lexicon and a directory's matchers of names and descriptors (<see cref="TickerDirectory.Names"/>,
    /// <see cref="TickerDirectory.Descriptors"/>), built on first use and kept while the lexicon lives.
    /// </summary>
    public static WordTable For(SentimentLexicon lexicon, NameMatcher names, NameMatcher descriptors)
    {
        if (Cache.TryGetValue(lexicon, out var table) && table.Names == names && table.Descriptors == descriptors)
        {
            return table;
        }

        // A lexicon is normally used with one directory; another matcher replaces the cached table (a race builds an equal one twice).
        table = new WordTable(lexicon, names, descriptors);
        Cache.AddOrUpdate(lexicon, table);
        return table;
    }

    /// <summary>Looks a word up once: its lexicon word id and the name trie's node after it, each -1 when that table lacks it.</summary>
    public void Find(ReadOnlySpan<char> word, out int lexiconId, out int nameNode) => Find(word, out lexiconId, out nameNode, out _);

    /// <summary>
    /// Looks a word up once: its lexicon word id and the name trie's node after it, each -1 when that table lacks it, and the rule
    /// lists that hold it (<see cref="RuleWords"/>).
    /// </summary>
    public void Find(ReadOnlySpan<char> word, out int lexiconId, out int nameNode, out RuleWords ruleWords)
    {
        if (_words.TryGetValue(word, out var answers))
        {
            lexiconId = answers.LexiconId;
            nameNode = answers.NameNode;
            ruleWords = answers.RuleWords;
        }
        else
        {
            lexiconId = -1;
            nameNode = -1;
            ruleWords = RuleWords.None;
        }

        if (lexiconId < 0 && HasTypographicApostrophe(word))
        {
            lexiconId = _lexicon.GetWordId(word); // the lexicon also tries the word with the plain apostrophe
        }
    }

    /// <summary>
    /// Whether the word holds a typographic apostrophe. Every word the table does not know is asked (most words of a text), and words are
    /// short: a plain loop costs less than the call to the vectorised <c>Contains</c> and its set-up.
    /// </summary>
    private static bool HasTypographicApostrophe(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c == '’')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the lexicon word id of a word, as <see cref="SentimentLexicon.GetWordId"/> does.</summary>
    public int FindLexiconId(ReadOnlySpan<char> word)
    {
        Find(word, out var lexiconId, out _);
        return lexiconId;
    }

    /// <summary>
    /// A word's lexicon word id and the name trie's node after it, each -1 when that table lacks the word, and the rule lists that
    /// hold it.
    /// </summary>
    private readonly record struct Answers(int LexiconId, int NameNode, RuleWords RuleWords);
}
