using BenchmarkDotNet.Attributes;
using FinSentiment.Benchmarks.Corpora;

namespace FinSentiment.Benchmarks;

/// <summary>
/// The five corpora and the delimiter scan over each, the baseline of every category. Derived classes add the methods
/// measured against it and call <see cref="LoadCorpora"/> from their <c>[GlobalSetup]</c>.
/// </summary>
public abstract class CorpusBenchmarks
{
    protected string[] Headlines { get; private set; } = [];

    protected string[] Paragraphs { get; private set; } = [];

    protected string[] LongArticle { get; private set; } = [];

    protected string[] Social { get; private set; } = [];

    protected string[] NonAscii { get; private set; } = [];

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Headlines)]
    public int Headlines_Scan() => DelimiterScan.Count(Headlines);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Paragraphs)]
    public int Paragraphs_Scan() => DelimiterScan.Count(Paragraphs);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.LongArticle)]
    public int LongArticle_Scan() => DelimiterScan.Count(LongArticle);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Social)]
    public int Social_Scan() => DelimiterScan.Count(Social);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.NonAscii)]
    public int NonAscii_Scan() => DelimiterScan.Count(NonAscii);

    protected void LoadCorpora()
    {
        Headlines = CorpusSet.Get(CorpusSet.Headlines).Documents;
        Paragraphs = CorpusSet.Get(CorpusSet.Paragraphs).Documents;
        LongArticle = CorpusSet.Get(CorpusSet.LongArticle).Documents;
        Social = CorpusSet.Get(CorpusSet.Social).Documents;
        NonAscii = CorpusSet.Get(CorpusSet.NonAscii).Documents;
    }
}
