using FinSentiment.Internal;
using FinSentiment.Lexicon;
using FinSentiment.Tickers;

namespace FinSentiment.Tests.Internal;

public sealed class WordTableTests
{
    private static readonly SentimentLexicon Lexicon = SentimentLexicon.Default;
    private static readonly NameMatcher Names = TickerDirectory.Default.Names;
    private static readonly WordTable Table = WordTable.For(Lexicon, Names, TickerDirectory.Default.Descriptors);

    [Fact]
    public void Every_lexicon_word_in_any_case_gets_the_lexicon_word_id_and_the_name_node_of_its_own_lookups()
    {
        var firstNodes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, node) in Names.FirstWords)
        {
            firstNodes[word] = node;
        }

        foreach (var word in Lexicon.Words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                Table.Find(written, out var lexiconId, out var nameNode);
                Assert.Equal(Lexicon.GetWordId(written), lexiconId);
                Assert.Equal(firstNodes.GetValueOrDefault(written, -1), nameNode);
            }
        }
    }

    [Fact]
    public void Every_first_word_of_a_name_gets_its_trie_node_and_the_lexicon_word_id()
    {
        foreach (var (word, node) in Names.FirstWords)
        {
            Table.Find(word, out var lexiconId, out var nameNode);
            Assert.Equal(node, nameNode);
            Assert.Equal(Lexicon.GetWordId(word), lexiconId);
        }
    }

    [Fact]
    public void A_word_of_neither_table_gets_minus_one_twice()
    {
        Table.Find("qzxwvj", out var lexiconId, out var nameNode);

        Assert.Equal(-1, lexiconId);
        Assert.Equal(-1, nameNode);
    }

    [Fact]
    public void A_word_with_the_typographic_apostrophe_gets_the_id_of_the_plain_one()
    {
        var word = Lexicon.Words.First(w => w.Contains('\'', StringComparison.Ordinal) && w.Length <= SentimentLexicon.MaxWordLength);

        Assert.Equal(Lexicon.GetWordId(word), Table.FindLexiconId(word.Replace('\'', '’')));
        Assert.True(Table.FindLexiconId(word.Replace('\'', '’')) >= 0);
    }

    [Fact]
    public void A_word_gets_the_bit_of_every_rule_list_that_holds_it_and_no_other()
    {
        // The rule lists' own words, the table's other keys (merged with them when equal) and words of no table, in any case.
        var words = WordTable.RuleLists.SelectMany(rule => rule.List.Words)
            .Concat(Lexicon.Words)
            .Concat(Names.FirstWords.Select(first => first.Key))
            .Concat(["qzxwvj", "ıts", "İt", "ſays", "Kelvin", "according", "accordingly", "to", "by", "target", "targets", "market perform"]);
        foreach (var word in words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                var expected = RuleWords.None;
                foreach (var (list, bit) in WordTable.RuleLists)
                {
                    expected |= list.Contains(written) ? bit : RuleWords.None;
                }

                Table.Find(written, out _, out _, out var ruleWords);
                Assert.Equal(expected, ruleWords & ~RuleWords.DescriptorStart);
            }
        }
    }

    [Fact]
    public void A_word_gets_the_descriptor_bit_exactly_when_a_descriptor_starts_with_it()
    {
        var descriptors = TickerDirectory.Default.Descriptors;
        var firstWords = new HashSet<string>(descriptors.FirstWords.Select(first => first.Key), StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(firstWords);
        var words = firstWords.Concat(Lexicon.Words).Concat(Names.FirstWords.Select(first => first.Key)).Concat(["qzxwvj", "company", "year"]);
        foreach (var word in words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                Table.Find(written, out _, out _, out var ruleWords);
                Assert.Equal(firstWords.Contains(written), (ruleWords & RuleWords.DescriptorStart) != 0);
            }
        }
    }

    [Fact]
    public void Every_rule_list_has_a_bit_of_its_own()
    {
        var seen = RuleWords.None;
        foreach (var (list, bit) in WordTable.RuleLists)
        {
            Assert.True(bit != RuleWords.None && (bit & (bit - 1)) == 0, $"{bit} is one bit");
            Assert.Equal(RuleWords.None, seen & bit);
            Assert.NotEmpty(list.Words);
            seen |= bit;
        }

        Assert.Equal(RuleWords.None, seen & RuleWords.DescriptorStart);
    }

    [Fact]
    public void The_table_of_a_lexicon_and_matcher_is_built_once()
    {
        // A lexicon of its own: the default one is shared with tests that pair it with other directories, whose tables replace
        // this one in the cache while the tests run in parallel.
        var lexicon = SentimentLexicon.CreateBuilder().Add("steadfast", 0.4).Build();
        var table = WordTable.For(lexicon, Names, TickerDirectory.Default.Descriptors);

        Assert.Same(table, WordTable.For(lexicon, Names, TickerDirectory.Default.Descriptors));
    }
}
