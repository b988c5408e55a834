using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FinSentiment.Benchmarks.Corpora;
using FinSentiment.Lexicon;

namespace FinSentiment.Benchmarks;

/// <summary>
/// The full <see cref="SentimentAnalyzer"/> per document, against the delimiter scan (the baseline) and a naive
/// split-and-look-up scorer over the same lexicon, on each corpus.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AnalyzerBenchmarks
{
    private SentimentAnalyzer _analyzer = null!;
    private NaiveScorer _naive = null!;
    private string[] _headlines = [];
    private string[] _paragraphs = [];
    private string[] _longArticle = [];
    private string[] _social = [];
    private string[] _nonAscii = [];

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = SentimentAnalyzer.CreateDefault();
        _naive = new NaiveScorer(SentimentLexicon.Default);
        _headlines = CorpusSet.Get(CorpusSet.Headlines).Documents;
        _paragraphs = CorpusSet.Get(CorpusSet.Paragraphs).Documents;
        _longArticle = CorpusSet.Get(CorpusSet.LongArticle).Documents;
        _social = CorpusSet.Get(CorpusSet.Social).Documents;
        _nonAscii = CorpusSet.Get(CorpusSet.NonAscii).Documents;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Headlines)]
    public int Headlines_Scan() => DelimiterScan.Count(_headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public double Headlines_Naive() => Naive(_headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public double Headlines_Analyze() => Analyze(_headlines);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Paragraphs)]
    public int Paragraphs_Scan() => DelimiterScan.Count(_paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public double Paragraphs_Naive() => Naive(_paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public double Paragraphs_Analyze() => Analyze(_paragraphs);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.LongArticle)]
    public int LongArticle_Scan() => DelimiterScan.Count(_longArticle);

    [Benchmark, BenchmarkCategory(CorpusSet.LongArticle)]
    public double LongArticle_Naive() => Naive(_longArticle);

    [Benchmark, BenchmarkCategory(CorpusSet.LongArticle)]
    public double LongArticle_Analyze() => Analyze(_longArticle);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Social)]
    public int Social_Scan() => DelimiterScan.Count(_social);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public double Social_Naive() => Naive(_social);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public double Social_Analyze() => Analyze(_social);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.NonAscii)]
    public int NonAscii_Scan() => DelimiterScan.Count(_nonAscii);

    [Benchmark, BenchmarkCategory(CorpusSet.NonAscii)]
    public double NonAscii_Naive() => Naive(_nonAscii);

    [Benchmark, BenchmarkCategory(CorpusSet.NonAscii)]
    public double NonAscii_Analyze() => Analyze(_nonAscii);

    private double Naive(string[] documents)
    {
        var total = 0.0;
        foreach (var document in documents)
        {
            total += _naive.Score(document);
        }

        return total;
    }

    private double Analyze(string[] documents)
    {
        var total = 0.0;
        foreach (var document in documents)
        {
            total += _analyzer.Analyze(document).Score;
        }

        return total;
    }
}
