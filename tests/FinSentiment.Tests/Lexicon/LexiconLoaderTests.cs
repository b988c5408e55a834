using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tests.Scoring;

namespace FinSentiment.Tests.Lexicon;

public sealed class LexiconLoaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Tsv_file_reads_terms_valences_and_categories_and_skips_comments_and_blank_lines()
    {
        var path = _files.Write("custom.tsv", "# comment\n\ngood\t0.5\nnot\t1\tnegator\nprofit\t0.1\tgood-when-up\r\nfell\t0.8\tdecrease\n");

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.Equal(4, lexicon.Count);
        Assert.True(lexicon.TryGetEntry("good", out var good));
        Assert.Equal(new LexiconEntry("good", 0.5), good);
        Assert.True(lexicon.TryGetEntry("not", out var not));
        Assert.Equal(LexiconCategory.Negator, not.Category);
        Assert.True(lexicon.TryGetEntry("profit", out var profit));
        Assert.Equal(LexiconCategory.GoodWhenUp, profit.Category);
        Assert.True(lexicon.TryGetEntry("fell", out var fell));
        Assert.Equal(LexiconCategory.Decrease, fell.Category);
    }

    [Fact]
    public void Tsv_category_general_is_a_sentiment_entry_of_everyday_english()
    {
        var path = _files.Write("general.tsv", "splendid\t0.5\tgeneral\nwindfall\t0.5\tsentiment\n");

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.True(lexicon.TryGetEntry("splendid", out var splendid));
        Assert.Equal(new LexiconEntry("splendid", 0.5, LexiconCategory.Sentiment, LexiconDomain.General), splendid);
        Assert.True(lexicon.TryGetEntry("windfall", out var windfall));
        Assert.Equal(LexiconDomain.Finance, windfall.Domain);
    }

    [Fact]
    public void Only_a_sentiment_entry_can_be_general_english()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LexiconEntry("not", 1, LexiconCategory.Negator, LexiconDomain.General));

        Assert.Equal("domain", error.ParamName);
    }

    [Fact]
    public void The_built_in_lexicon_marks_everyday_words_general_and_financial_terms_finance()
    {
        var lexicon = SentimentLexicon.Default;

        Assert.True(lexicon.TryGetEntry("wonderful", out var wonderful));
        Assert.Equal(LexiconDomain.General, wonderful.Domain);
        Assert.True(lexicon.TryGetEntry("bankruptcy", out var bankruptcy));
        Assert.Equal(LexiconDomain.Finance, bankruptcy.Domain);
        Assert.True(lexicon.TryGetEntry("excellent results", out var results));
        Assert.Equal(LexiconDomain.Finance, results.Domain);
    }

    [Fact]
    public void Tsv_file_with_a_byte_order_mark_reads_the_first_term_without_it()
    {
        var path = _files.WriteBytes("bom.tsv", [0xEF, 0xBB, 0xBF, .. "good\t0.5\n"u8]);

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.True(lexicon.TryGetEntry("good", out _));
    }

    [Fact]
    public void Json_file_reads_terms_valences_and_optional_categories()
    {
        var path = _files.Write("custom.json", """
            [
              { "term": "good", "valence": 0.5 },
              { "term": "not", "valence": 1, "category": "negator" },
              { "term": "crude oil", "valence": 0, "category": "neutral" }
            ]
            """);

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.Equal(3, lexicon.Count);
        Assert.True(lexicon.TryGetEntry("good", out var good));
        Assert.Equal(LexiconCategory.Sentiment, good.Category);
        Assert.True(lexicon.TryGetEntry("not", out var not));
        Assert.Equal(LexiconCategory.Negator, not.Category);
        Assert.True(lexicon.TryGetEntry("crude oil", out var crudeOil));
        Assert.Equal(LexiconCategory.Neutral, crudeOil.Category);
    }

    [Fact]
    public void Vader_file_scales_mean_valences_from_plus_minus_4_to_plus_minus_1()
    {
        var path = _files.Write("vader_lexicon.txt", "good\t1.9\t0.9\t[2, 2, 1, 2]\nhorrible\t-4\t0.0\t[-4, -4]\n");

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.True(lexicon.TryGetEntry("good", out var good));
        Assert.Equal(0.475, good.Valence, 6);
        Assert.True(lexicon.TryGetEntry("horrible", out var horrible));
        Assert.Equal(-1, horrible.Valence, 6);
    }

    [Fact]
    public void Vader_terms_that_differ_only_in_case_keep_the_first_as_vaders_own_file_needs()
    {
        // VADER's file holds ":d" and ":D", "(-:o" and "(-:O", and ":-p" twice; its lines are sorted, so ":D" comes first.
        var path = _files.Write("vader_lexicon.txt", ":D\t2.3\t0.9\t[2, 3]\n:d\t2.2\t0.9\t[2, 2]\n:-p\t1.5\t0.5\t[1, 2]\n:-p\t1.5\t0.5\t[1, 2]\n");

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.True(lexicon.TryGetEntry(":d", out var grin));
        Assert.Equal(2.3 / 4, grin.Valence, 6);
        Assert.True(lexicon.TryGetEntry(":-p", out _));
    }

    [Fact]
    public void A_tsv_file_is_read_as_tsv_even_with_vader_in_its_name()
    {
        var path = _files.Write("desk-vader-overrides.tsv", "moonshot\t0.8\tsentiment\n");

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.True(lexicon.TryGetEntry("moonshot", out var moonshot));
        Assert.Equal(0.8, moonshot.Valence, 6);
        Assert.Equal(LexiconCategory.Sentiment, moonshot.Category);
    }

    [Fact]
    public void Loughran_McDonald_csv_maps_negative_positive_weak_modal_and_uncertainty_columns()
    {
        var path = _files.Write("lm.csv", """
            Word,Seq_num,Negative,Positive,Uncertainty,Weak_Modal
            LOSS,1,2009,0,0,0
            GAIN,2,0,2009,0,0
            MAY,3,0,0,2009,2009
            APPROXIMATE,4,0,0,2009,0
            TABLE,5,0,0,0,0
            WIDGETY,6,-2020,0,0,0
            """);

        var lexicon = SentimentLexicon.CreateBuilder().AddFile(path).Build();

        Assert.Equal(4, lexicon.Count);
        Assert.False(lexicon.TryGetEntry("widgety", out _)); // a negative year: removed from the category that year
        Assert.Equal(new LexiconEntry("loss", -0.5), Entry(lexicon, "loss"));
        Assert.Equal(new LexiconEntry("gain", 0.5), Entry(lexicon, "gain"));
        Assert.Equal(new LexiconEntry("may", -0.3, LexiconCategory.Hedge), Entry(lexicon, "may"));
        Assert.Equal(new LexiconEntry("approximate", -0.2, LexiconCategory.Hedge), Entry(lexicon, "approximate"));
        Assert.False(lexicon.TryGetEntry("table", out _));
    }

    [Theory]
    [InlineData(LexiconFileFormat.Tsv, "good\t0.9\n")]
    [InlineData(LexiconFileFormat.Json, """[{"term": "good", "valence": 0.9}]""")]
    [InlineData(LexiconFileFormat.Vader, "good\t3.6\t0.5\t[4, 3]\n")]
    public void AddReader_reads_each_format_like_a_file(LexiconFileFormat format, string content)
    {
        var lexicon = SentimentLexicon.CreateBuilder().AddReader(new StringReader(content), "inline", format).Build();

        Assert.Equal(0.9, Entry(lexicon, "good").Valence, 6);
    }

    [Fact]
    public void Entry_added_last_wins_across_sources()
    {
        var first = _files.Write("first.tsv", "good\t0.2\nbad\t-0.2\n");
        var second = _files.Write("second.json", """[{"term": "GOOD", "valence": 0.7}]""");

        var builder = SentimentLexicon.CreateBuilder().Add("good", 0.1).AddFile(first).AddFile(second);
        var afterFiles = builder.Build();
        var afterCode = builder.Add("bad", -0.9).Build();

        Assert.Equal(0.7, Entry(afterFiles, "good").Valence);
        Assert.Equal(-0.2, Entry(afterFiles, "bad").Valence);
        Assert.Equal(-0.9, Entry(afterCode, "bad").Valence);
        Assert.Equal(2, afterCode.Count);
        Assert.Equal([first, second], builder.Sources.Where(s => s != "code"));
    }

    [Fact]
    public void Terms_that_differ_only_in_spacing_are_one_term_when_added_looked_up_and_removed()
    {
        var builder = SentimentLexicon.CreateBuilder().Add("beat estimates", 0.9).Add("beat  estimates", -0.9).Add(" Miss\tEstimates ", -0.5);
        var lexicon = builder.Build();

        Assert.Equal(2, lexicon.Count);
        Assert.Equal(-0.9, Entry(lexicon, "beat estimates").Valence);
        Assert.Equal(-0.9, Entry(lexicon, "beat \t estimates").Valence);
        Assert.Equal("beat estimates", Entry(lexicon, "beat  estimates").Term);
        Assert.Equal("Miss Estimates", Entry(lexicon, "miss estimates").Term);
        Assert.True(ScorerHarness.Score(new LexiconScorer(lexicon), "Acme beat estimates.", out _) < 0); // analysis agrees with the lookups
        Assert.True(builder.Remove("beat   estimates"));
        Assert.False(builder.Build().TryGetEntry("beat estimates", out _));
    }

    [Fact]
    public void User_entry_overrides_the_built_in_entry_for_the_same_term()
    {
        var builtIn = SentimentLexicon.Default;
        var term = builtIn.Entries.First(e => e.Category == LexiconCategory.Sentiment && e.Valence < 0).Term;

        var lexicon = SentimentLexicon.CreateBuilder().AddDefaults().Add(term, 0.42).Build();

        Assert.Equal(0.42, Entry(lexicon, term).Valence);
        Assert.Equal(builtIn.Count, lexicon.Count);
    }

    [Fact]
    public void Removed_term_is_not_in_the_built_lexicon()
    {
        var builder = SentimentLexicon.CreateBuilder().Add("good", 0.5).Add("bad", -0.5);

        Assert.True(builder.Remove("GOOD"));
        Assert.False(builder.Remove("good"));
        var lexicon = builder.Build();

        Assert.False(lexicon.TryGetEntry("good", out _));
        Assert.Single(lexicon.Entries);
    }

    [Fact]
    public void Built_in_lexicon_loads_and_has_every_category_it_needs_for_the_rules()
    {
        var categories = SentimentLexicon.Default.Entries.Select(e => e.Category).ToHashSet();

        Assert.True(SentimentLexicon.Default.Count > 100);
        foreach (var needed in new[] { LexiconCategory.Sentiment, LexiconCategory.Negator, LexiconCategory.Intensifier, LexiconCategory.Hedge, LexiconCategory.Contrast, LexiconCategory.Increase, LexiconCategory.Decrease, LexiconCategory.GoodWhenUp, LexiconCategory.BadWhenUp })
        {
            Assert.Contains(needed, categories);
        }
    }

    [Fact]
    public void Every_built_in_entry_has_a_valence_in_range()
    {
        Assert.All(SentimentLexicon.Default.Entries, e => Assert.InRange(e.Valence, -1, 1));
    }

    private static LexiconEntry Entry(SentimentLexicon lexicon, string term)
    {
        Assert.True(lexicon.TryGetEntry(term, out var entry), $"'{term}' is missing");
        return entry;
    }
}
