using System.Buffers;
using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tests.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FinSentiment.Tests.DependencyInjection;

public sealed class AddFinSentimentTests
{
    private static readonly Type[] PartTypes =
        [typeof(ISentimentAnalyzer), typeof(ITokenizer), typeof(SentimentLexicon), typeof(ISentimentScorer), typeof(TickerDirectory), typeof(ITickerResolver)];

    [Fact]
    public void AddFinSentiment_registers_the_analyzer_and_its_parts_as_singletons()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment();

        foreach (var type in PartTypes)
        {
            var descriptor = Assert.Single(services, d => d.ServiceType == type);
            Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        }

        using var provider = services.BuildServiceProvider(validateScopes: true);
        foreach (var type in PartTypes)
        {
            Assert.Same(provider.GetRequiredService(type), provider.GetRequiredService(type));
        }

        Assert.IsType<SentimentAnalyzer>(provider.GetRequiredService<ISentimentAnalyzer>());
    }

    [Fact]
    public void Default_registration_shares_the_built_in_parts()
    {
        using var provider = new ServiceCollection().AddFinSentiment().Services.BuildServiceProvider();

        Assert.Same(SentimentLexicon.Default, provider.GetRequiredService<SentimentLexicon>());
        Assert.Same(LexiconScorer.Default, provider.GetRequiredService<ISentimentScorer>());
        Assert.Same(TickerResolver.Default, provider.GetRequiredService<ITickerResolver>());
        Assert.Same(FinancialTokenizer.Instance, provider.GetRequiredService<ITokenizer>());
    }

    [Fact]
    public void Registered_analyzer_gives_the_same_result_as_CreateDefault()
    {
        using var provider = new ServiceCollection().AddFinSentiment().Services.BuildServiceProvider();
        const string text = "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn. Microsoft shares fell.";

        var fromContainer = provider.GetRequiredService<ISentimentAnalyzer>().Analyze(text);
        var direct = SentimentAnalyzer.CreateDefault().Analyze(text);

        Assert.Equal(Analysis.SentimentAnalyzerContractTests.Json(direct), Analysis.SentimentAnalyzerContractTests.Json(fromContainer));
    }

    [Fact]
    public void Repeated_AddFinSentiment_keeps_one_registration_of_each_part_and_adds_up_configuration()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment(o => o.TitleWeight = 3);
        services.AddFinSentiment(o => o.MaxEvidence = 7);
        services.AddFinSentiment();

        foreach (var type in PartTypes)
        {
            Assert.Single(services, d => d.ServiceType == type);
        }

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<FinSentimentOptions>));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<FinSentimentOptions>>().Value;
        Assert.Equal(3, options.TitleWeight);
        Assert.Equal(7, options.MaxEvidence);
        Assert.NotNull(provider.GetRequiredService<ISentimentAnalyzer>());
    }

    [Fact]
    public void Part_registered_before_AddFinSentiment_wins()
    {
        var scorer = new FixedScorer(0.7);
        var services = new ServiceCollection();
        services.AddSingleton<ISentimentScorer>(scorer);
        services.AddFinSentiment();
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<ISentimentAnalyzer>().Analyze("Anything at all.");

        Assert.Same(scorer, provider.GetRequiredService<ISentimentScorer>());
        Assert.Equal(0.7, result.Score, 6);
        Assert.Equal(1, scorer.Calls);
    }

    [Fact]
    public void UseScorer_replaces_the_scorer_the_analyzer_uses()
    {
        var scorer = new FixedScorer(-0.4);
        var services = new ServiceCollection();
        services.AddFinSentiment().UseScorer(scorer);
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<ISentimentAnalyzer>().Analyze("Profit rose sharply. Sales doubled.");

        Assert.Single(services, d => d.ServiceType == typeof(ISentimentScorer));
        Assert.Equal(-0.4, result.Score, 6);
        Assert.Equal(Polarity.Negative, result.Polarity);
        Assert.Equal(2, scorer.Calls);
    }

    [Fact]
    public void UseTokenizer_replaces_the_tokenizer_the_analyzer_uses()
    {
        var tokenizer = new CountingTokenizer();
        var services = new ServiceCollection();
        services.AddFinSentiment().UseTokenizer(tokenizer);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ISentimentAnalyzer>().Analyze("Costs fell.");

        Assert.Same(tokenizer, provider.GetRequiredService<ITokenizer>());
        Assert.True(tokenizer.Calls > 0);
    }

    [Fact]
    public void UseTickerResolver_replaces_the_resolver_the_analyzer_uses()
    {
        const string text = "Microsoft Corporation shares fell.";
        var services = new ServiceCollection();
        services.AddFinSentiment().UseTickerResolver(ScorerHarness.NoTickers.Instance);
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<ISentimentAnalyzer>().Analyze(text);

        Assert.NotEmpty(SentimentAnalyzer.CreateDefault().Analyze(text).Tickers);
        Assert.Empty(result.Tickers);
    }

    [Fact]
    public void Builder_methods_refuse_null_parts()
    {
        var builder = new ServiceCollection().AddFinSentiment();

        Assert.Throws<ArgumentNullException>(() => builder.UseScorer(null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseTokenizer(null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseTickerResolver(null!));
        Assert.ThrowsAny<ArgumentException>(() => builder.AddLexiconFile(" "));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddFinSentiment());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddFinSentiment((Action<FinSentimentOptions>)null!));
    }

    [Fact]
    public void Invalid_options_fail_with_one_OptionsValidationException_listing_every_problem()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment(o =>
        {
            o.TitleWeight = -1;
            o.MaxEvidence = -5;
            o.LabelScaleName = "bloomberg";
            o.LexiconFiles.Add(Path.Combine(AppContext.BaseDirectory, "no-such-lexicon.tsv"));
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISentimentAnalyzer>());

        Assert.Equal(4, ex.Failures.Count());
        foreach (var fragment in new[] { "TitleWeight", "MaxEvidence", "LabelScaleName", "no-such-lexicon.tsv" })
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AddLexiconFile_adds_its_entries_on_top_of_the_built_in_lexicon()
    {
        var path = Path.Combine(Path.GetTempPath(), $"finsentiment-di-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "zorblax\t-0.9\n");
        try
        {
            var services = new ServiceCollection();
            services.AddFinSentiment().AddLexiconFile(path);
            using var provider = services.BuildServiceProvider();

            var lexicon = provider.GetRequiredService<SentimentLexicon>();
            var result = provider.GetRequiredService<ISentimentAnalyzer>().Analyze("The zorblax was announced on Tuesday.");

            Assert.True(lexicon.TryGetEntry("zorblax", out var entry));
            Assert.Equal(-0.9, entry.Valence);
            Assert.Equal(SentimentLexicon.Default.Count + 1, lexicon.Count);
            Assert.Contains(provider.GetRequiredService<IOptions<FinSentimentOptions>>().Value.LexiconFiles, f => f == path);
            Assert.True(result.Score < 0);
            Assert.Contains(result.Evidence, e => e.Text == "zorblax");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_lexicon_file_fails_validation_with_its_path_and_line_when_the_analyzer_is_resolved()
    {
        var path = Path.Combine(Path.GetTempPath(), $"finsentiment-di-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "good\t0.5\nbad\tawful\n");
        try
        {
            var services = new ServiceCollection();
            services.AddFinSentiment().AddLexiconFile(path);
            using var provider = services.BuildServiceProvider();

            var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISentimentAnalyzer>());

            Assert.Equal($"LexiconFiles: {path}(2): 'awful' is not a number (valence)", Assert.Single(ex.Failures));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class CountingTokenizer : ITokenizer
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public OperationStatus Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int tokensWritten, out int charsConsumed)
        {
            Interlocked.Increment(ref _calls);
            return FinancialTokenizer.Instance.Tokenize(text, destination, out tokensWritten, out charsConsumed);
        }
    }
}
