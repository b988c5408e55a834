namespace FinSentiment.Tests.Robustness;

/// <summary>
/// An analysis allocates its result and little else: no allocation per token (a closure allocated for every token the loop
/// over the tokens read made a 24 KB article allocate four times as much).
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void A_long_article_about_a_company_allocates_less_than_twice_its_text()
    {
        var analyzer = SentimentAnalyzer.CreateDefault();
        var text = string.Concat(Enumerable.Repeat(
            "Apple shares rose in early trade after the results, and analysts at several brokers said the quarter was solid. ", 220));
        analyzer.Analyze(text); // warm up: buffers grow to the text's size once

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = analyzer.Analyze(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A build without the JIT's optimizer (Debug, as `dotnet test` builds by default) keeps on the heap what optimized code
        // keeps on the stack; it gets half again the room, which still fails a per-token allocation.
        var limit = OptimizerDisabled() ? 3 * text.Length * sizeof(char) : 2 * text.Length * sizeof(char);
        Assert.NotEmpty(result.Tickers);
        Assert.True(allocated < limit, $"{allocated:N0} bytes allocated for a text of {text.Length:N0} chars (limit {limit:N0})");
    }

    private static bool OptimizerDisabled() =>
        typeof(SentimentAnalyzer).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false) is
            [System.Diagnostics.DebuggableAttribute { IsJITOptimizerDisabled: true }, ..];
}
