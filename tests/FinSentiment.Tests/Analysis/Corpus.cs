namespace FinSentiment.Tests.Analysis;

/// <summary>Deterministic news-like texts of different shapes, built from clear-cut sentences and company names.</summary>
internal static class Corpus
{
    private static readonly string[] Sentences =
    [
        "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn.",
        "The company filed for bankruptcy.",
        "Operating loss narrowed to EUR 2.1 mn.",
        "Costs fell.",
        "Profit fell.",
        "Net sales increased to EUR 131m from EUR 76m.",
        "Microsoft shares dropped 4% after the outage.",
        "Apple Inc. reported record quarterly revenue, but iPhone sales may slow.",
        "Although revenue declined, Tesla's margins improved sharply.",
        "The meeting is scheduled for Tuesday.",
        "Amazon did not meet analyst expectations.",
        "NVIDIA ($NVDA) raised its full-year guidance.",
        "Shares of Alphabet were little changed.",
        "The board approved a dividend of $0.50 per share.",
        "Regulators fined the bank for compliance failures.",
        "",
        "Revenue grew 12% year over year; however, net income was flat.",
    ];

    public static IReadOnlyList<string> Texts(int count)
    {
        var texts = new string[count];
        var state = 12345u;
        for (var i = 0; i < count; i++)
        {
            var length = 1 + (int)(Next(ref state) % 6);
            texts[i] = string.Join(i % 3 == 0 ? "\n" : " ", Enumerable.Range(0, length).Select(_ => Sentences[Next(ref state) % Sentences.Length]));
        }

        return texts;
    }

    private static uint Next(ref uint state)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
}
