using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FinSentiment.Benchmarks.Corpora;

namespace FinSentiment.Benchmarks;

/// <summary>
/// Linearity: one article of about 1 MB against the same text as 1,000 articles of about 1 KB (the baseline). The target is a
/// <c>Ratio</c> of at most 1.2 for <see cref="OneArticle_1MB"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScalingBenchmarks
{
    private SentimentAnalyzer _analyzer = null!;
    private string[] _articles = [];
    private string _article = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = SentimentAnalyzer.CreateDefault();
        _articles = CorpusSet.Get(CorpusSet.Scaling).Documents;
        _article = CorpusSet.ScalingArticle;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Scaling)]
    public double ThousandArticles_1KB()
    {
        var total = 0.0;
        foreach (var article in _articles)
        {
            total += _analyzer.Analyze(article).Score;
        }

        return total;
    }

    [Benchmark, BenchmarkCategory(CorpusSet.Scaling)]
    public double OneArticle_1MB() => _analyzer.Analyze(_article).Score;
}
