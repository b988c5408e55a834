using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FinSentiment.Benchmarks.Corpora;

namespace FinSentiment.Benchmarks;

/// <summary>
/// Batch analysis of every corpus together: a sequential loop (the baseline) against <see cref="SentimentAnalyzer.AnalyzeBatch(IReadOnlyList{string}, CancellationToken)"/>
/// on all cores (<see cref="FinSentimentOptions.MaxDegreeOfParallelism"/> defaults to <see cref="Environment.ProcessorCount"/>).
/// On two cores the target is a <c>Ratio</c> of at most 0.56 (at least 1.8 times the sequential speed).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BatchBenchmarks
{
    private SentimentAnalyzer _analyzer = null!;
    private string[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = SentimentAnalyzer.CreateDefault();
        _documents = CorpusSet.Get(CorpusSet.Mixed).Documents;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Mixed)]
    public double Mixed_Sequential()
    {
        var total = 0.0;
        foreach (var document in _documents)
        {
            total += _analyzer.Analyze(document).Score;
        }

        return total;
    }

    [Benchmark, BenchmarkCategory(CorpusSet.Mixed)]
    public double Mixed_Batch()
    {
        var total = 0.0;
        foreach (var result in _analyzer.AnalyzeBatch(_documents))
        {
            total += result.Score;
        }

        return total;
    }
}
