using System.Globalization;
using Xunit.Abstractions;

namespace FinSentiment.Tests.Tickers;

public sealed class TickerResolverCasesTests(ITestOutputHelper output)
{
    [Fact]
    public void Labelled_cases_reach_precision_097_and_recall_095()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Tickers", "resolver-cases.tsv");
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, cases = 0, traps = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            Assert.True(fields.Length == 3, $"resolver-cases.tsv: expected kind, expected symbols, text: {line}");
            cases++;
            traps += fields[0] == "trap" ? 1 : 0;
            var expected = new SortedSet<string>(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            var mentions = ResolverHarness.Resolve(fields[2]);
            var actual = new SortedSet<string>(mentions.Select(m => m.Symbol), StringComparer.Ordinal);
            truePositives += actual.Count(expected.Contains);
            falsePositives += actual.Count(s => !expected.Contains(s));
            falseNegatives += expected.Count(s => !actual.Contains(s));
            if (!actual.SetEquals(expected))
            {
                output.WriteLine($"MISS expected [{string.Join(' ', expected)}] got [{string.Join(' ', actual)}]: {fields[2]}");
                output.WriteLine("     " + ResolverHarness.Describe(fields[2], mentions));
            }
        }

        var precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 1 : (double)truePositives / (truePositives + falseNegatives);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cases {cases} (traps {traps}); TP {truePositives} FP {falsePositives} FN {falseNegatives}; precision {precision:F4} recall {recall:F4}"));
        Assert.True(cases >= 200, $"only {cases} cases");
        Assert.True(traps >= 60, $"only {traps} traps");
        Assert.True(precision >= 0.97, $"precision {precision:F4}");
        Assert.True(recall >= 0.95, $"recall {recall:F4}");
    }
}
