using System.Globalization;

namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// What a JSONL run did: documents analysed, their UTF-8 bytes, lines that failed, and the elapsed time of the whole run (from
/// the first read to the last write; process start-up and building the analyzer are not included).
/// </summary>
internal readonly record struct JsonlRunSummary(long Documents, long Bytes, long Failed, TimeSpan Elapsed)
{
    /// <summary>The <c>--stats</c> line: <c>N documents, B bytes, T s, X docs/s, Y MB/s</c> (MB = 10^6 bytes).</summary>
    public string FormatStats()
    {
        var seconds = Elapsed.TotalSeconds;
        var docsPerSecond = seconds > 0 ? Documents / seconds : 0;
        var megabytesPerSecond = seconds > 0 ? Bytes / 1e6 / seconds : 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Documents} documents, {Bytes} bytes, {seconds:0.000} s, {docsPerSecond:0.0} docs/s, {megabytesPerSecond:0.00} MB/s");
    }
}
