using System.Diagnostics;
using System.Text;

namespace FinSentiment.Tests.Robustness;

/// <summary>
/// Huge documents: analysed in time linear in their length, or refused with an <see cref="ArgumentException"/> naming
/// the limit when longer than <see cref="FinSentimentOptions.MaxTextLength"/>.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class LongDocumentTests
{
    /// <summary>The time a small input must take before its tenfold is compared with it.</summary>
    private const double MeasurableMilliseconds = 20;

    private static readonly string[] Sentences =
    [
        "Apple beat estimates, while Target cut its outlook. ",
        "Microsoft Corp. (NASDAQ: MSFT) said operating loss narrowed to $1.2bn from $3.4bn. ",
        "Shares of $TSLA fell 4.2% after the company warned that demand may weaken.\n",
        "Revenue rose 4% compared with a year earlier, but margins did not improve. ",
        "Nvidia and Intel were little changed; analysts at Goldman Sachs expect growth.\n\n",
        "The board approved a dividend. Costs fell. Profit fell. ",
    ];

    [Fact]
    public void A_text_over_the_default_maximum_is_refused_naming_the_limit()
    {
        var text = new string('a', 10_000_001);

        var error = Assert.Throws<ArgumentException>(() => ResultInvariants.Analyzer.Analyze(text));

        Assert.Contains("10000000", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxTextLength", error.Message, StringComparison.Ordinal);
        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void The_maximum_is_configurable_and_inclusive()
    {
        var analyzer = SentimentAnalyzer.Create(new FinSentimentOptions { MaxTextLength = 1_000 });

        Assert.NotNull(analyzer.Analyze(new string('x', 1_000)));
        var error = Assert.Throws<ArgumentException>(() => analyzer.Analyze(new string('x', 1_001)));
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => analyzer.Analyze(new NewsArticle("title", new string('x', 995))));
        Assert.Throws<ArgumentException>(() => analyzer.Analyze(new string('x', 1_001), [new SentimentTarget("x")]));
    }

    [Fact]
    public void A_document_of_nine_and_a_half_million_characters_takes_time_linear_in_its_length()
    {
        var small = Document(1_000_000);
        var large = Document(9_500_000);
        ResultInvariants.Analyzer.Analyze(Document(10_000)); // warm up

        var smallTime = Time(small);
        var largeTime = Time(large);

        // 9.5× the length; a quadratic part would give ~90×. The bound is generous (30×) so a loaded machine or a Debug
        // build does not fail it; the real linearity figure is a benchmark (benchmarks/README.md).
        var ratio = largeTime.TotalMilliseconds / Math.Max(1, smallTime.TotalMilliseconds);
        Assert.True(ratio <= 30, $"1M chars: {smallTime.TotalMilliseconds:0} ms, 9.5M chars: {largeTime.TotalMilliseconds:0} ms, ratio {ratio:0.0}");
    }

    [Fact]
    public void Many_sentences_naming_several_companies_take_linear_time()
    {
        // Regression: every sentence was checked against every mention of every company (quadratic).
        static string Text(int sentences) =>
            string.Concat(Enumerable.Repeat("Apple beat estimates, while Microsoft missed and Intel said costs fell. ", sentences));
        AssertTenfoldIsLinear(Text, 2_000, "sentences");
    }

    [Fact]
    public void One_long_sentence_naming_two_companies_many_times_takes_linear_time()
    {
        // Regression: the resolver looked for an accepted mention of the same company among all candidates for each
        // ambiguous name, and evidence ownership rescanned the sentence for each item (both quadratic).
        static string Text(int clauses) => string.Concat(Enumerable.Repeat("Apple rose, Microsoft fell, ", clauses)) + ".";
        AssertTenfoldIsLinear(Text, 3_000, "clauses");
    }

    [Fact]
    public void Thousands_of_mentions_glued_into_one_word_take_linear_time()
    {
        // Regression (found by fuzzing): the tests of a company's role in a deal read the whole sentence on each side of each
        // mention, and "=JNJ=JNJ=…" is one word of thousands of mentions (27,000 of them took 15 s).
        // Small counts stay fast even when quadratic, so the glued mentions are timed against the same mentions with a space
        // between them, each a word of its own (quadratic: a ratio over 250; linear: 6 to 8).
        static string Text(string word) => string.Concat(Enumerable.Repeat(word, 20_000)) + ".N> reported net sales of EUR 13.1 mn.";
        ResultInvariants.Analyzer.Analyze(Text("=JNJ")[..4_000]); // warm up

        var glued = Time(Text("=JNJ"));
        var spaced = Time(Text(" =JNJ"));

        var ratio = glued.TotalMilliseconds / Math.Max(1, spaced.TotalMilliseconds);
        Assert.True(ratio <= 40, $"20,000 mentions in one word: {glued.TotalMilliseconds:0} ms, with spaces: {spaced.TotalMilliseconds:0} ms, ratio {ratio:0.0}");
    }

    [Fact]
    public void A_run_of_hedges_takes_linear_time()
    {
        // Regression (found by fuzzing): each hedge walked its clause to the end, so "may may may …" was walked whole from every
        // "may" (79,000 of them took 31 s).
        static string Text(int hedges) => "Microsoft said it " + string.Concat(Enumerable.Repeat("may ", hedges)) + "miss its guidance.";
        AssertTenfoldIsLinear(Text, 3_000, "hedges");
    }

    [Fact]
    public void One_sentence_of_many_verbs_of_effect_before_companies_takes_linear_time()
    {
        // A verb of effect right before a company is that company's move: the test of what follows each verb must not read
        // every name of the sentence.
        static string Text(int clauses) => string.Concat(Enumerable.Repeat("Apple lifted Microsoft, ", clauses)) + ".";
        AssertTenfoldIsLinear(Text, 3_000, "clauses");
    }

    [Fact]
    public void One_sentence_of_many_phrases_between_two_companies_takes_linear_time()
    {
        // Regression (found by fuzzing): a company's test of whether it owns a phrase read every earlier phrase of the sentence
        // (80,000 of "cut" after two companies took 7 s).
        static string Text(int phrases) => "Apple beat estimates, while Microsoft " + string.Concat(Enumerable.Repeat("cut ", phrases));
        AssertTenfoldIsLinear(Text, 3_000, "phrases");
    }

    [Fact]
    public void A_run_of_articles_takes_linear_time()
    {
        // Regression (found by fuzzing): a phrase passed over any number of articles in a row, so that "the the the…" was
        // walked whole from every token (40,000 of them took 14 s).
        static string Text(int words) => string.Concat(Enumerable.Repeat("the ", words)) + "IBM";
        AssertTenfoldIsLinear(Text, 3_000, "words");
    }

    [Fact]
    public void A_clause_of_many_moves_after_a_quantity_takes_linear_time()
    {
        // Regression (found by fuzzing): each move looked back through its whole clause for the quantity it moved, so a
        // price target followed by thousands of "cut" was walked whole from each of them (40,000 took 3.9 s).
        static string Text(int moves) => "Target ## " + string.Concat(Enumerable.Repeat("cut ", moves));
        AssertTenfoldIsLinear(Text, 3_000, "moves");
    }

    [Fact]
    public void A_phrase_after_thousands_of_names_takes_linear_time()
    {
        // Regression (found by fuzzing): the owner of each phrase was sought among all the names before it, each tested by
        // reading the text from it to the phrase (a post of 71,000 cashtags took 8.7 s; 2,000 names and 2,000 phrases 13 s).
        static string Text(int names) => string.Concat(Enumerable.Repeat("$T $AAPL ", names)) + ", " + string.Concat(Enumerable.Repeat("cut ", names));
        AssertTenfoldIsLinear(Text, 300, "names and phrases");
    }

    [Fact]
    public void Many_phrases_before_the_company_named_after_them_take_linear_time()
    {
        // Regression (found by fuzzing): whether a company named before a phrase passes it on to one named after it was tested
        // by reading the whole gap to that company for a clause opener, for every phrase (36,000 of "cut" between "Target" and
        // "<JNJ.N>" took 3.9 s).
        static string Text(int phrases) => "Target cut " + string.Concat(Enumerable.Repeat("cut ", phrases)) + "<JNJ.N> outlook.";
        AssertTenfoldIsLinear(Text, 8_000, "phrases");
    }

    /// <summary>
    /// Asserts that ten times the input (<paramref name="text"/> of <paramref name="small"/> units, then of ten times as many)
    /// takes at most 40 times as long: about 10 when linear, about 100 when quadratic. The bound is generous so that a loaded
    /// machine does not fail it. A small input that takes only a few milliseconds is doubled (up to 16 times) until it takes
    /// <see cref="MeasurableMilliseconds"/>: one stall of a few milliseconds would otherwise be most of its time.
    /// </summary>
    private static void AssertTenfoldIsLinear(Func<int, string> text, int small, string units)
    {
        ResultInvariants.Analyzer.Analyze(text(100)); // warm up

        var smallTime = Time(text(small));
        for (var doublings = 0; doublings < 4 && smallTime.TotalMilliseconds < MeasurableMilliseconds; doublings++)
        {
            small *= 2;
            smallTime = Time(text(small));
        }

        var largeTime = Time(text(small * 10));

        var ratio = largeTime.TotalMilliseconds / Math.Max(1, smallTime.TotalMilliseconds);
        Assert.True(ratio <= 40, $"{small:N0} {units}: {smallTime.TotalMilliseconds:0} ms, {small * 10:N0}: {largeTime.TotalMilliseconds:0} ms, ratio {ratio:0.0}");
    }

    /// <summary>The fastest of three analyses: on a shared machine one run can stall for longer than the whole measurement.</summary>
    private static TimeSpan Time(string text)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = ResultInvariants.Analyzer.Analyze(text);
            stopwatch.Stop();
            ResultInvariants.Hold(text, result);
            fastest = stopwatch.Elapsed < fastest ? stopwatch.Elapsed : fastest;
        }

        return fastest;
    }

    private static string Document(int length)
    {
        var builder = new StringBuilder(length + 200);
        var random = new Random(length);
        while (builder.Length < length)
        {
            builder.Append(Sentences[random.Next(Sentences.Length)]);
        }

        builder.Length = length;
        return builder.ToString();
    }
}
