using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

namespace FinSentiment.Benchmarks;

/// <summary>The default config plus the throughput column, a GitHub Markdown report, and ratios shown as <c>0.80x</c>.</summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddColumn(new ThroughputColumn());
        AddExporter(MarkdownExporter.GitHub);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Value);
    }
}
