using FinSentiment.Serialization;
using FinSentiment.Tests.Serialization;

namespace FinSentiment.Tests.Golden;

/// <summary>
/// The seed article analysed by <see cref="SentimentAnalyzer.CreateDefault"/>, compared with its expected analysis
/// <c>seeds/000_58a72a0c258b5ae7.expected.json</c> in the source tree.
/// </summary>
/// <remarks>
/// When the lexicon or the rules change on purpose, regenerate the golden file and review its diff:
/// <code>FINSENTIMENT_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~Golden</code>
/// The invariant tests below hold whatever the tuning: they are the requirement, the golden file is the record.
/// </remarks>
public sealed class SeedArticleGoldenTests
{
    private const string SeedName = "000_58a72a0c258b5ae7";
    private const string UpdateVariable = "FINSENTIMENT_UPDATE_GOLDEN";

    private static readonly Lazy<SentimentResult> Result = new(() => SentimentAnalyzer.CreateDefault().Analyze(ReadSeed()));

    [Fact]
    public void Seed_article_analysis_matches_the_golden_file()
    {
        var actual = SentimentResultJsonTests.ToIndentedJson(Result.Value) + "\n";
        var goldenPath = Path.Combine(FindRepositoryRoot(), "seeds", SeedName + ".expected.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing; create it with: {UpdateVariable}=1 dotnet test --filter FullyQualifiedName~Golden");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"The analysis of {SeedName} differs from {goldenPath} ({FirstDifference(expected, actual)}). " +
                $"If the change is intended, regenerate with: {UpdateVariable}=1 dotnet test --filter FullyQualifiedName~Golden");
        }
    }

    [Fact]
    public void Seed_article_is_negative_overall()
    {
        Assert.Equal(Polarity.Negative, Result.Value.Polarity);
        Assert.True(Result.Value.Score < 0);
        Assert.EndsWith("negative", Result.Value.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_article_mentions_Microsoft_as_MSFT()
    {
        Assert.Contains(Result.Value.Tickers, t => t.Symbol == "MSFT");
    }

    [Fact]
    public void Seed_article_is_negative_for_Microsoft()
    {
        var msft = Assert.Single(Result.Value.Tickers, t => t.Symbol == "MSFT");

        Assert.True(msft.Score < 0, $"MSFT score {msft.Score}");
        Assert.Equal(Polarity.Negative, msft.Polarity);
    }

    [Fact]
    public void Seed_article_is_most_relevant_to_Microsoft()
    {
        Assert.Equal("MSFT", Result.Value.Tickers[0].Symbol);
    }

    [Fact]
    public void Seed_article_mentions_no_other_company()
    {
        Assert.Equal(["MSFT"], Result.Value.Tickers.Select(t => t.Symbol));
    }

    [Fact]
    public void Seed_article_evidence_points_into_the_article()
    {
        var text = ReadSeed();

        Assert.NotEmpty(Result.Value.Evidence);
        Assert.All(Result.Value.Evidence, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Readme_shows_the_seed_article_as_it_is_analysed()
    {
        var readme = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "README.md"));
        var result = Result.Value;
        var msft = result.Tickers[0];
        var feed = AlphaVantageSentiment.FromResult(result);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Contains($"Sentiment: {result.Label} (score {result.Score.ToString("0.000", invariant)}, negative)", readme, StringComparison.Ordinal);
        Assert.Contains($"{msft.Score.ToString("0.000", invariant)}  {msft.Label}", readme, StringComparison.Ordinal);
        Assert.Contains($"(top 8 of {result.Evidence.Count}, by contribution)", readme, StringComparison.Ordinal);
        Assert.Contains($"\"overall_sentiment_score\":{feed.OverallSentimentScore.ToString(invariant)},", readme, StringComparison.Ordinal);
        Assert.Contains($"\"ticker_sentiment_score\":\"{feed.TickerSentiment[0].TickerSentimentScore.ToString(invariant)}\"", readme, StringComparison.Ordinal);
    }

    private static string ReadSeed() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", SeedName + ".txt"));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FinSentiment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FinSentiment.sln above {AppContext.BaseDirectory}.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}: expected '{e.Trim()}', actual '{a.Trim()}'";
            }
        }

        return "same lines";
    }
}
