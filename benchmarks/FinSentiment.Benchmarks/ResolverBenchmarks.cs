using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FinSentiment.Benchmarks.Corpora;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Benchmarks;

/// <summary>
/// What ticker resolution adds to the analysis: the analyzer with the built-in directory against the same analyzer over an
/// empty directory (the baseline), which still tokenizes, scores and aggregates but finds no company. The target is
/// a <c>Ratio</c> of at most 1.3.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ResolverBenchmarks
{
    private SentimentAnalyzer _withDirectory = null!;
    private SentimentAnalyzer _withoutDirectory = null!;
    private string[] _headlines = [];
    private string[] _paragraphs = [];
    private string[] _social = [];

    [GlobalSetup]
    public void Setup()
    {
        _headlines = CorpusSet.Get(CorpusSet.Headlines).Documents;
        _paragraphs = CorpusSet.Get(CorpusSet.Paragraphs).Documents;
        _social = CorpusSet.Get(CorpusSet.Social).Documents;
        _withDirectory = SentimentAnalyzer.CreateDefault();
        var empty = new TickerResolver(TickerDirectory.CreateBuilder().Build());
        _withoutDirectory = new SentimentAnalyzer(FinancialTokenizer.Instance, LexiconScorer.Default, empty);
    }

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Headlines)]
    public double Headlines_NoDirectory() => Analyze(_withoutDirectory, _headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public double Headlines_Resolve() => Analyze(_withDirectory, _headlines);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Paragraphs)]
    public double Paragraphs_NoDirectory() => Analyze(_withoutDirectory, _paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public double Paragraphs_Resolve() => Analyze(_withDirectory, _paragraphs);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Social)]
    public double Social_NoDirectory() => Analyze(_withoutDirectory, _social);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public double Social_Resolve() => Analyze(_withDirectory, _social);

    private static double Analyze(SentimentAnalyzer analyzer, string[] documents)
    {
        var total = 0.0;
        foreach (var document in documents)
        {
            total += analyzer.Analyze(document).Score;
        }

        return total;
    }
}
