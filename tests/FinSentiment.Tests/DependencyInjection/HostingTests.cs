using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Serialization;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FinSentiment.Tests.DependencyInjection;

public sealed class HostingTests : IDisposable
{
    private const string SlangText = "$TSLA is stonking today.";
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string SlangLexicon() => _files.Write("slang.tsv", "stonking\t0.9\nborked\t-0.9\n");

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(static v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Options_bind_from_configuration_with_every_setting()
    {
        var lexicon = SlangLexicon();
        var config = Config(
            ("FinSentiment:LabelScale", "alphavantage"),
            ("FinSentiment:NeutralBand", "0.1"),
            ("FinSentiment:TitleWeight", "3"),
            ("FinSentiment:MaxEvidence", "5"),
            ("FinSentiment:UseDefaultDirectory", "true"),
            ("FinSentiment:LexiconFiles:0", lexicon),
            ("FinSentiment:Tickers:ResolveReferences", "false"));
        using var provider = new ServiceCollection().AddFinSentiment(config.GetSection("FinSentiment")).Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<FinSentimentOptions>>().Value;
        Assert.Equal("alphavantage", options.LabelScaleName);
        Assert.Equal(0.1, options.NeutralBand);
        Assert.Equal(3, options.TitleWeight);
        Assert.Equal(5, options.MaxEvidence);
        Assert.Equal([lexicon], options.LexiconFiles);
        Assert.False(options.Tickers.ResolveReferences);

        var analyzer = (SentimentAnalyzer)provider.GetRequiredService<ISentimentAnalyzer>();
        Assert.Equal(-0.1, analyzer.LabelScale.NegativeThreshold);
        Assert.Equal(0.1, analyzer.LabelScale.PositiveThreshold);
        var result = analyzer.Analyze(SlangText);
        Assert.Equal(Polarity.Positive, result.Polarity);
        Assert.Contains(result.Label, new[] { "Somewhat-Bullish", "Bullish" });
        Assert.True(provider.GetRequiredService<SentimentLexicon>().TryGetEntry("stonking", out _));
    }

    [Fact]
    public void Configuration_actions_set_the_label_scale_in_the_order_they_were_added()
    {
        var config = Config(("FinSentiment:LabelScale", "alphavantage"));
        var services = new ServiceCollection();
        services.AddFinSentiment(config.GetSection("FinSentiment")).Configure(static o => o.LabelScale = LabelScale.Default);
        services.AddFinSentiment("news", static o => o.LabelScale = LabelScale.Default).Bind(config.GetSection("FinSentiment"));
        using var provider = services.BuildServiceProvider();

        Assert.Same(LabelScale.Default, ((SentimentAnalyzer)provider.GetRequiredService<ISentimentAnalyzer>()).LabelScale);
        Assert.Same(LabelScale.AlphaVantage, ((SentimentAnalyzer)provider.GetRequiredKeyedService<ISentimentAnalyzer>("news")).LabelScale);
    }

    [Fact]
    public async Task BindConfiguration_reads_the_hosts_configuration_section()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("FinSentiment:LabelScale", "alphavantage")]);
        builder.Services.AddFinSentiment().BindConfiguration("FinSentiment");
        using var host = builder.Build();
        await host.StartAsync();

        var analyzer = host.Services.GetRequiredService<ISentimentAnalyzer>();
        Assert.Equal("Neutral", analyzer.Analyze("The meeting is on Tuesday.").Label);
        await host.StopAsync();
    }

    [Fact]
    public async Task ValidateOnStart_fails_the_host_with_every_problem_in_one_message()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
        [
            new("FinSentiment:LabelScale", "sevenish"),
            new("FinSentiment:TitleWeight", "heavy"),
            new("FinSentiment:MaxEvidence", "-1"),
            new("FinSentiment:LexiconFiles:0", Path.Combine(_files.Root, "missing.tsv")),
            new("FinSentiment:LexiconFile", "typo.tsv"),
        ]);
        builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(5, error.Failures.Count());
        Assert.Contains("FinSentiment:LabelScale: 'sevenish' is not a built-in label scale", error.Message, StringComparison.Ordinal);
        Assert.Contains("FinSentiment:TitleWeight: 'heavy' is not a number", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxEvidence must not be negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing.tsv' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("'LexiconFile' is not a FinSentiment setting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateOnStart_reads_the_data_files_and_names_a_malformed_line()
    {
        var error = await StartWith(("FinSentiment:LexiconFiles:0", _files.Write("half.tsv", "zorpish\t0.5\nbad\n")));

        Assert.Contains("LexiconFiles: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("half.tsv(2): expected 2 or 3 tab-separated fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_files_are_read_once_at_start_up_and_not_again_when_the_analyzer_is_built()
    {
        var lexicon = SlangLexicon();
        var directory = _files.Write("extra-directory.tsv", "symbol\tname\texchange\tcik\taliases\tother_symbols\tflags\nACME\tAcme Corporation\tNYSE\t123\tAcme\t\t\n");
        var logs = new CollectingLoggerProvider();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddFinSentiment().AddLexiconFile(lexicon).AddDirectoryFile(directory);
        using var host = builder.Build();
        await host.StartAsync();

        File.Delete(lexicon); // read at start-up: building the analyzer must not read them again
        File.Delete(directory);
        var analyzer = host.Services.GetRequiredService<ISentimentAnalyzer>();

        Assert.Equal(Polarity.Positive, analyzer.Analyze(SlangText).Polarity);
        Assert.Contains(host.Services.GetRequiredService<TickerDirectory>().Companies, static c => c.Symbol == "ACME");
        Assert.Contains(logs.Entries, e => e.Message.Contains($"'{lexicon}': 2 new terms", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_value_where_the_Tickers_section_belongs_is_a_validation_error()
    {
        var error = await StartWith(("FinSentiment:Tickers", "yes"));

        Assert.StartsWith("FinSentiment:Tickers: 'yes' is not a section of ticker settings", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LexiconFiles")]
    [InlineData("DirectoryFiles")]
    public async Task A_section_where_a_file_path_belongs_is_a_validation_error(string setting)
    {
        // "LexiconFiles": [{"Path": "/nope/desk.tsv"}]: the item was skipped, so the file was silently not loaded.
        var error = await StartWith(($"FinSentiment:{setting}:0:Path", "/nope/desk.tsv"));

        Assert.Equal($"FinSentiment:{setting}:0: a section (Path) is not a file path.", Assert.Single(error.Failures));
    }

    [Theory]
    [InlineData("LabelScale:Name", "alphavantage")]
    [InlineData("LabelScaleName:Name", "alphavantage")]
    [InlineData("NeutralBand:Value", "0.3")]
    [InlineData("TitleWeight:Value", "2")]
    [InlineData("LeadWeight:Value", "2")]
    [InlineData("UnopinionatedSentenceWeight:Value", "0.5")]
    [InlineData("OffTopicWeight:Value", "0.5")]
    [InlineData("MaxTextLength:Value", "100")]
    [InlineData("MaxEvidence:Value", "5")]
    [InlineData("MaxDegreeOfParallelism:Value", "2")]
    [InlineData("UseDefaultLexicon:Value", "true")]
    [InlineData("UseDefaultDirectory:Value", "true")]
    [InlineData("Tickers:ResolveReferences:Value", "true")]
    [InlineData("Tickers:ResolveBareSymbols:Value", "true")]
    [InlineData("Tickers:ReferenceSentenceWindow:Value", "2")]
    [InlineData("Tickers:ContextTokenWindow:Value", "2")]
    public async Task A_section_where_a_value_belongs_is_a_validation_error(string key, string value)
    {
        var error = await StartWith(("FinSentiment:" + key, value));

        var last = key.LastIndexOf(':');
        Assert.Equal($"FinSentiment:{key[..last]}: a section ({key[(last + 1)..]}) is not a single value.", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task A_value_where_the_Profiles_section_belongs_is_a_validation_error()
    {
        var error = await StartWith(("FinSentiment:Profiles", "news"));

        Assert.StartsWith("FinSentiment:Profiles: 'news' is not a section of analyzer profiles", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_where_a_profile_section_belongs_is_a_validation_error_of_that_profile()
    {
        var error = await StartWith(("FinSentiment:Profiles:news", "alphavantage"));

        Assert.Equal("news", error.OptionsName);
        Assert.Equal("FinSentiment:Profiles:news: 'alphavantage' is not a section of FinSentiment settings.", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task Every_setting_of_the_wrong_shape_in_appsettings_json_is_listed_at_start_up()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddJsonStream(new MemoryStream("""
            {"FinSentiment": {
              "LabelScale": {"Name": "alphavantage"},
              "NeutralBand": {"Value": 0.3},
              "LexiconFiles": [{"Path": "/nope/desk.tsv"}],
              "DirectoryFiles": [{"Path": "/nope/companies.tsv"}],
              "Profiles": {"news": "alphavantage"}}}
            """u8.ToArray()));
        builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<AggregateException>(() => host.StartAsync());

        var failures = error.InnerExceptions.Cast<OptionsValidationException>().ToDictionary(static e => e.OptionsName, static e => e.Failures.ToList());
        Assert.Equal(
            [
                "FinSentiment:DirectoryFiles:0: a section (Path) is not a file path.",
                "FinSentiment:LabelScale: a section (Name) is not a single value.",
                "FinSentiment:LexiconFiles:0: a section (Path) is not a file path.",
                "FinSentiment:NeutralBand: a section (Value) is not a single value.",
            ],
            failures[""].Order(StringComparer.Ordinal));
        Assert.Equal(["FinSentiment:Profiles:news: 'alphavantage' is not a section of FinSentiment settings."], failures["news"]);
    }

    [Fact]
    public async Task Problems_in_several_analyzers_fail_the_host_with_an_AggregateException_of_one_OptionsValidationException_each()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
        [
            new("FinSentiment:MaxEvidence", "-1"),
            new("FinSentiment:Profiles:news:NeutralBand", "5"),
            new("FinSentiment:Profiles:social:TitleWeight", "0"),
        ]);
        builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<AggregateException>(() => host.StartAsync());

        var names = error.InnerExceptions.Select(static e => Assert.IsType<OptionsValidationException>(e).OptionsName).Order(StringComparer.Ordinal);
        Assert.Equal(["", "news", "social"], names);
    }

    [Fact]
    public async Task ValidateOnStart_names_the_profile_of_a_problem()
    {
        var error = await StartWith(("FinSentiment:Profiles:social:NeutralBand", "5"));

        Assert.Equal("Profile 'social': NeutralBand must be in (0, 1) (was 5).", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task A_section_registered_twice_reports_each_problem_once()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("FinSentiment:Bogus", "1")]);
        builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
        builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bogus", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static async Task<OptionsValidationException> StartWith(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void Scoped_option_snapshots_reuse_the_loaded_files_until_a_file_changes()
    {
        var lexicon = SlangLexicon();
        using var provider = new ServiceCollection().AddFinSentiment().AddLexiconFile(lexicon).Services.BuildServiceProvider();

        FinSentimentOptions Snapshot()
        {
            using var scope = provider.CreateScope();
            return scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<FinSentimentOptions>>().Value;
        }

        var first = Snapshot();
        var second = Snapshot();
        Assert.NotSame(first, second);
        Assert.NotNull(first.DataFiles);
        Assert.Same(first.DataFiles, second.DataFiles);

        File.WriteAllText(lexicon, "stonking\t0.9\nborked\t-0.9\nzorpish\t0.5\n");
        var changed = Snapshot();
        Assert.NotSame(first.DataFiles, changed.DataFiles);
        Assert.True(changed.DataFiles!.Lexicon.TryGetEntry("zorpish", out _));
    }

    [Fact]
    public void Keyed_analyzers_resolve_by_name_with_their_own_lexicons()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment("news", options => options.LabelScaleName = "alphavantage");
        services.AddFinSentiment("social").AddLexiconFile(SlangLexicon());
        using var provider = services.BuildServiceProvider();

        var news = provider.GetRequiredKeyedService<ISentimentAnalyzer>("news");
        var social = provider.GetRequiredKeyedService<ISentimentAnalyzer>("social");
        Assert.NotSame(news, social);
        Assert.Same(social, provider.GetRequiredKeyedService<ISentimentAnalyzer>("social"));
        Assert.Null(provider.GetService<ISentimentAnalyzer>());

        Assert.Equal(Polarity.Neutral, news.Analyze(SlangText).Polarity);
        Assert.Equal(Polarity.Positive, social.Analyze(SlangText).Polarity);
        Assert.False(provider.GetRequiredKeyedService<SentimentLexicon>("news").TryGetEntry("stonking", out _));
        Assert.True(provider.GetRequiredKeyedService<SentimentLexicon>("social").TryGetEntry("stonking", out _));
    }

    [Fact]
    public void Configuration_profiles_become_keyed_analyzers()
    {
        var config = Config(
            ("FinSentiment:LabelScale", "default"),
            ("FinSentiment:Profiles:social:LabelScale", "alphavantage"),
            ("FinSentiment:Profiles:social:LexiconFiles:0", SlangLexicon()));
        using var provider = new ServiceCollection().AddFinSentiment(config.GetSection("FinSentiment")).Services.BuildServiceProvider();

        Assert.Equal(Polarity.Neutral, provider.GetRequiredService<ISentimentAnalyzer>().Analyze(SlangText).Polarity);
        var social = provider.GetRequiredKeyedService<ISentimentAnalyzer>("social").Analyze(SlangText);
        Assert.Equal(Polarity.Positive, social.Polarity);
        Assert.EndsWith("Bullish", social.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void FromKeyedServices_injects_the_named_analyzer()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment();
        services.AddFinSentiment("social").AddLexiconFile(SlangLexicon());
        services.AddSingleton<SocialFeed>();
        using var provider = services.BuildServiceProvider();

        var feed = provider.GetRequiredService<SocialFeed>();
        Assert.Same(provider.GetRequiredKeyedService<ISentimentAnalyzer>("social"), feed.Analyzer);
        Assert.NotSame(provider.GetRequiredService<ISentimentAnalyzer>(), feed.Analyzer);
        Assert.Equal(Polarity.Positive, feed.Analyzer.Analyze(SlangText).Polarity);
    }

    [Fact]
    public void Repeat_registration_is_harmless()
    {
        var logs = new CollectingLoggerProvider();
        var lexicon = SlangLexicon();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs));
        services.AddFinSentiment().AddLexiconFile(lexicon);
        var countAfterFirst = services.Count;
        services.AddFinSentiment().AddLexiconFile(lexicon);
        services.AddFinSentiment(options => options.MaxEvidence = 10);

        Assert.Single(services, static d => d.ServiceType == typeof(ISentimentAnalyzer));
        Assert.Single(services, static d => d.ServiceType == typeof(ITokenizer));
        Assert.Single(services, static d => d.ServiceType == typeof(IValidateOptions<FinSentimentOptions>));
        Assert.True(services.Count - countAfterFirst <= 6, "only configuration actions are added again");

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<FinSentimentOptions>>().Value;
        Assert.Equal([lexicon], options.LexiconFiles);
        Assert.Equal(10, options.MaxEvidence);
        Assert.Equal(Polarity.Positive, provider.GetRequiredService<ISentimentAnalyzer>().Analyze(SlangText).Polarity);
        Assert.Single(logs.Entries, static e => e.EventId.Name == "LexiconFileLoaded");
    }

    [Fact]
    public void A_part_registered_before_AddFinSentiment_wins()
    {
        var services = new ServiceCollection();
        var tokenizer = new CountingTokenizer();
        services.AddSingleton<ITokenizer>(tokenizer);
        services.AddFinSentiment();
        using var provider = services.BuildServiceProvider();

        Assert.Same(tokenizer, provider.GetRequiredService<ITokenizer>());
        provider.GetRequiredService<ISentimentAnalyzer>().Analyze("Microsoft shares fell.");
        Assert.True(tokenizer.Calls > 0);
    }

    [Fact]
    public void A_part_registered_after_AddFinSentiment_wins()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment();
        services.AddSingleton<ISentimentScorer>(new ConstantScorer(0.9));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Polarity.Positive, provider.GetRequiredService<ISentimentAnalyzer>().Analyze("Microsoft shares fell.").Polarity);
    }

    [Fact]
    public void Builder_Use_methods_replace_parts_of_the_default_and_of_a_named_analyzer()
    {
        var services = new ServiceCollection();
        services.AddFinSentiment().UseScorer(new ConstantScorer(-0.9));
        services.AddFinSentiment("upbeat").UseScorer(new ConstantScorer(0.9)).UseTickerResolver(new NoTickers());
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Polarity.Negative, provider.GetRequiredService<ISentimentAnalyzer>().Analyze("Microsoft shares rose.").Polarity);
        var upbeat = provider.GetRequiredKeyedService<ISentimentAnalyzer>("upbeat").Analyze("Microsoft shares fell.");
        Assert.Equal(Polarity.Positive, upbeat.Polarity);
        Assert.Empty(upbeat.Tickers);
        Assert.Single(services, static d => d.ServiceType == typeof(ISentimentScorer) && d.ServiceKey is null);
    }

    [Fact]
    public void Load_time_information_is_logged_once_and_nothing_on_the_hot_path()
    {
        var logs = new CollectingLoggerProvider();
        var directory = _files.Write("extra-directory.tsv", "symbol\tname\texchange\tcik\taliases\tother_symbols\tflags\nACME\tAcme Corporation\tNYSE\t123\tAcme\t\t\n");
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddFinSentiment().AddLexiconFile(SlangLexicon()).AddDirectoryFile(directory);
        using var provider = services.BuildServiceProvider();

        var analyzer = provider.GetRequiredService<ISentimentAnalyzer>();
        var events = logs.Entries.Select(static e => e.EventId.Name).ToList();
        Assert.All(logs.Entries, static e => Assert.Equal("FinSentiment", e.Category));
        Assert.Contains("LexiconFileLoaded", events);
        Assert.Contains("LexiconLoaded", events);
        Assert.Contains("DirectoryFileLoaded", events);
        Assert.Contains("DirectoryLoaded", events);
        Assert.Contains("AnalyzerReady", events);
        Assert.Contains(logs.Entries, static e => e.Message.Contains("slang.tsv': 2 new terms", StringComparison.Ordinal));

        var before = logs.Entries.Count;
        analyzer.Analyze("Microsoft shares fell after the breach.");
        analyzer.AnalyzeBatch(["Apple beat estimates.", "Target cut its outlook."]);
        Assert.Equal(before, logs.Entries.Count);
    }

    [Fact]
    public void Replaced_parts_are_logged()
    {
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs));
        services.AddFinSentiment().UseScorer(new ConstantScorer(0.1));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ISentimentAnalyzer>();

        Assert.Contains(logs.Entries, static e => e.EventId.Name == "PartReplaced" && e.Message.Contains(nameof(ConstantScorer), StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_logger_factory_nothing_fails()
    {
        using var provider = new ServiceCollection().AddFinSentiment().AddLexiconFile(SlangLexicon()).Services.BuildServiceProvider();
        Assert.Equal(Polarity.Positive, provider.GetRequiredService<ISentimentAnalyzer>().Analyze(SlangText).Polarity);
    }

    [Fact]
    public void Arguments_are_guarded()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddFinSentiment());
        Assert.Throws<ArgumentNullException>(() => services.AddFinSentiment((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddFinSentiment((Action<FinSentimentOptions>)null!));
        Assert.Throws<ArgumentException>(() => services.AddFinSentiment(" "));
        Assert.Throws<ArgumentException>(() => services.AddFinSentiment().AddLexiconFile(""));
        Assert.Throws<ArgumentNullException>(() => services.AddFinSentiment().UseScorer(null!));
    }

    [Fact]
    public void A_neutral_band_that_reaches_the_next_band_is_an_error()
    {
        var options = new FinSentimentOptions { NeutralBand = 0.4 };
        Assert.Contains(options.Validate(), static e => e.Contains("reaches the 'moderately negative' band", StringComparison.Ordinal));
        Assert.Contains(new FinSentimentOptions { NeutralBand = 0 }.Validate(), static e => e.StartsWith("NeutralBand must be in (0, 1)", StringComparison.Ordinal));
        Assert.Empty(new FinSentimentOptions { NeutralBand = 0.3 }.Validate());
    }

    private sealed class SocialFeed([FromKeyedServices("social")] ISentimentAnalyzer analyzer)
    {
        public ISentimentAnalyzer Analyzer { get; } = analyzer;
    }

    private sealed class CountingTokenizer : ITokenizer
    {
        private int _calls;

        public int Calls => _calls;

        public System.Buffers.OperationStatus Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int tokensWritten, out int charsConsumed)
        {
            Interlocked.Increment(ref _calls);
            return FinancialTokenizer.Instance.Tokenize(text, destination, out tokensWritten, out charsConsumed);
        }
    }

    private sealed class ConstantScorer(double score) : ISentimentScorer
    {
        public double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ICollection<Evidence> evidence) => score;
    }

    private sealed class NoTickers : ITickerResolver
    {
        public void Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<TickerMention> mentions)
        {
        }
    }
}
