using System.Buffers;

namespace FinSentiment.Benchmarks;

/// <summary>
/// The baseline: finds every delimiter (white space and punctuation) with a vectorised <c>IndexOfAny</c> and counts them.
/// Any tokenizer must at least do this much, so its time is the practical ceiling for tokenizer throughput.
/// </summary>
internal static class DelimiterScan
{
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(" \t\r\n\u00A0.,;:!?()[]{}<>\"'’“”-/&$€£₹%@#…");

    public static int Count(string[] documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            var rest = document.AsSpan();
            while (true)
            {
                var index = rest.IndexOfAny(Delimiters);
                if (index < 0)
                {
                    break;
                }

                count++;
                rest = rest[(index + 1)..];
            }
        }

        return count;
    }
}
