using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FinSentiment.Benchmarks.Corpora;

namespace FinSentiment.Benchmarks;

/// <summary>
/// Throughput in MB/s of UTF-8 input: the corpus named by the benchmark's category, in UTF-8 bytes, divided by the mean time.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: UTF-8 bytes of the corpus (see the Categories column) per second of mean time, in 10^6 bytes";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var corpus = benchmarkCase.Descriptor.Categories.Length > 0 ? CorpusSet.Find(benchmarkCase.Descriptor.Categories[0]) : null;
        if (mean is not > 0 || corpus is null)
        {
            return "?";
        }

        var megabytesPerSecond = corpus.Utf8Bytes / (mean.Value / 1e9) / 1e6;
        return megabytesPerSecond.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
