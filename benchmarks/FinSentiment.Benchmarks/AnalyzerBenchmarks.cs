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
public class AnalyzerBenchmarks : CorpusBenchmarks
{
    private SentimentAnalyzer _analyzer = null!;
    private NaiveScorer _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        LoadCorpora();
        _analyzer = SentimentAnalyzer.CreateDefault();
        _naive = new NaiveScorer(SentimentLexicon.Default);
    }

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public double Headlines_Naive() => Naive(Headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public double Headlines_Analyze() => Analyze(Headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public double Paragraphs_Naive() => Naive(Paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public double Paragraphs_Analyze() => Analyze(Paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.LongArticle)]
    public double LongArticle_Naive() => Naive(LongArticle);

    [Benchmark, BenchmarkCategory(CorpusSet.LongArticle)]
    public double LongArticle_Analyze() => Analyze(LongArticle);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public double Social_Naive() => Naive(Social);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public double Social_Analyze() => Analyze(Social);

    [Benchmark, BenchmarkCategory(CorpusSet.NonAscii)]
    public double NonAscii_Naive() => Naive(NonAscii);

    [Benchmark, BenchmarkCategory(CorpusSet.NonAscii)]
    public double NonAscii_Analyze() => Analyze(NonAscii);

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
