using System.Buffers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FinSentiment.Benchmarks.Corpora;
using FinSentiment.Tokenization;

namespace FinSentiment.Benchmarks;

/// <summary>
/// <see cref="FinancialTokenizer"/> against the delimiter scan (the baseline) on each corpus. The tokenizer writes into a
/// reused buffer and continues from <c>charsConsumed</c> when it fills up, as a caller would; it must allocate nothing.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TokenizerBenchmarks
{
    private readonly Token[] _buffer = new Token[4096];
    private string[] _headlines = [];
    private string[] _paragraphs = [];
    private string[] _longArticle = [];
    private string[] _social = [];
    private string[] _nonAscii = [];

    [GlobalSetup]
    public void Setup()
    {
        _headlines = CorpusSet.Get(CorpusSet.Headlines).Documents;
        _paragraphs = CorpusSet.Get(CorpusSet.Paragraphs).Documents;
        _longArticle = CorpusSet.Get(CorpusSet.LongArticle).Documents;
        _social = CorpusSet.Get(CorpusSet.Social).Documents;
        _nonAscii = CorpusSet.Get(CorpusSet.NonAscii).Documents;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Headlines)]
    public int Headlines_Scan() => DelimiterScan.Count(_headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public int Headlines_Tokenize() => Tokenize(_headlines);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Paragraphs)]
    public int Paragraphs_Scan() => DelimiterScan.Count(_paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public int Paragraphs_Tokenize() => Tokenize(_paragraphs);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.LongArticle)]
    public int LongArticle_Scan() => DelimiterScan.Count(_longArticle);

    [Benchmark, BenchmarkCategory(CorpusSet.LongArticle)]
    public int LongArticle_Tokenize() => Tokenize(_longArticle);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.Social)]
    public int Social_Scan() => DelimiterScan.Count(_social);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public int Social_Tokenize() => Tokenize(_social);

    [Benchmark(Baseline = true), BenchmarkCategory(CorpusSet.NonAscii)]
    public int NonAscii_Scan() => DelimiterScan.Count(_nonAscii);

    [Benchmark, BenchmarkCategory(CorpusSet.NonAscii)]
    public int NonAscii_Tokenize() => Tokenize(_nonAscii);

    private int Tokenize(string[] documents)
    {
        var tokens = 0;
        foreach (var document in documents)
        {
            var offset = 0;
            OperationStatus status;
            do
            {
                status = FinancialTokenizer.Instance.Tokenize(document.AsSpan(offset), _buffer, out var written, out var consumed);
                tokens += written;
                offset += consumed;
            }
            while (status == OperationStatus.DestinationTooSmall);
        }

        return tokens;
    }
}
