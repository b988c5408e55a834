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
public class TokenizerBenchmarks : CorpusBenchmarks
{
    private readonly Token[] _buffer = new Token[4096];

    [GlobalSetup]
    public void Setup()
    {
        LoadCorpora();
    }

    [Benchmark, BenchmarkCategory(CorpusSet.Headlines)]
    public int Headlines_Tokenize() => Tokenize(Headlines);

    [Benchmark, BenchmarkCategory(CorpusSet.Paragraphs)]
    public int Paragraphs_Tokenize() => Tokenize(Paragraphs);

    [Benchmark, BenchmarkCategory(CorpusSet.LongArticle)]
    public int LongArticle_Tokenize() => Tokenize(LongArticle);

    [Benchmark, BenchmarkCategory(CorpusSet.Social)]
    public int Social_Tokenize() => Tokenize(Social);

    [Benchmark, BenchmarkCategory(CorpusSet.NonAscii)]
    public int NonAscii_Tokenize() => Tokenize(NonAscii);

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
