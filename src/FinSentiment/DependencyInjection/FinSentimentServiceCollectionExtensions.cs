using FinSentiment.Internal;
using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FinSentiment;

/// <summary>Registers FinSentiment analyzers in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// <para>The default analyzer is <see cref="ISentimentAnalyzer"/>; named analyzers are keyed services
/// (<c>GetRequiredKeyedService&lt;ISentimentAnalyzer&gt;("news")</c> or <c>[FromKeyedServices("news")]</c>).</para>
/// <para>Every part is registered with <c>TryAdd</c>: a part registered before these methods wins, and so does one
/// registered after them (the container resolves the last registration; <see cref="FinSentimentBuilder"/>'s <c>Use…</c>
/// methods replace it explicitly). Calling these methods again is harmless: parts are registered once, configuration
/// actions add up, and a file named twice is loaded once.</para>
/// <para>Options are validated at start-up in a host (<c>ValidateOnStart</c>), or when the analyzer is first resolved,
/// with every problem of one analyzer in one <see cref="OptionsValidationException"/>; when several analyzers (the default
/// one and named ones) have problems, a host's start-up throws an <see cref="AggregateException"/> holding one
/// <see cref="OptionsValidationException"/> for each. Validation reads each lexicon and directory file once, and the
/// analyzer's parts are built from what it read. Load-time information goes to the
/// <c>FinSentiment</c> logger category; nothing is logged while texts are analysed.</para>
/// </remarks>
public static class FinSentimentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default <see cref="ISentimentAnalyzer"/> and its parts (<see cref="ITokenizer"/>, <see cref="SentimentLexicon"/>,
    /// <see cref="ISentimentScorer"/>, <see cref="TickerDirectory"/>, <see cref="ITickerResolver"/>) as singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for configuring options, replacing parts and adding data files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddCore(services, Options.DefaultName);
    }

    /// <summary>Registers the default analyzer as <see cref="AddFinSentiment(IServiceCollection)"/> does, and configures its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>A builder for configuring options, replacing parts and adding data files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services, Action<FinSentimentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, Options.DefaultName).Configure(configure);
    }

    /// <summary>
    /// Registers the default analyzer with options bound from <paramref name="configuration"/> (for example
    /// <c>builder.Configuration.GetSection("FinSentiment")</c>), and one keyed analyzer for each child of its
    /// <c>Profiles</c> section, bound from that child.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section. Its keys are the names of <see cref="FinSentimentOptions"/>' properties;
    /// an unknown key or a malformed value is a validation error.</param>
    /// <returns>A builder for the default analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <remarks>Binding needs no reflection: it is trimming- and AOT-safe. Profiles do not inherit the section's own settings.</remarks>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var profile in configuration.GetSection(FinSentimentConfigurationBinder.ProfilesKey).GetChildren())
        {
            AddCore(services, profile.Key).Bind(profile);
        }

        return AddCore(services, Options.DefaultName).Bind(configuration);
    }

    /// <summary>
    /// Registers a named analyzer: <see cref="ISentimentAnalyzer"/> and its parts as keyed singletons with the key
    /// <paramref name="name"/>, with options of that name (default values until configured).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The analyzer's name and service key, for example <c>news</c>.</param>
    /// <returns>A builder for the named analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <remarks>A named analyzer uses the registered (unkeyed) <see cref="ITokenizer"/> unless one is registered under its key.</remarks>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return AddCore(services, name);
    }

    /// <summary>Registers a named analyzer as <see cref="AddFinSentiment(IServiceCollection, string)"/> does, and configures its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The analyzer's name and service key.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>A builder for the named analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="name"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services, string name, Action<FinSentimentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, name).Configure(configure);
    }

    /// <summary>Registers a named analyzer as <see cref="AddFinSentiment(IServiceCollection, string)"/> does, with options bound from <paramref name="configuration"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The analyzer's name and service key.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns>A builder for the named analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="name"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name).Bind(configuration);
    }

    private static FinSentimentBuilder AddCore(IServiceCollection services, string name)
    {
        services.AddOptions<FinSentimentOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FinSentimentOptions>, FinSentimentOptionsValidator>());
        services.TryAddSingleton<ITokenizer>(FinancialTokenizer.Instance);

        if (name.Length == 0)
        {
            services.TryAddSingleton(static sp => FinSentimentServiceFactory.BuildLexicon(sp, Options.DefaultName));
            services.TryAddSingleton(static sp => FinSentimentServiceFactory.BuildDirectory(sp, Options.DefaultName));
            services.TryAddSingleton(static sp => FinSentimentServiceFactory.BuildScorer(sp, Options.DefaultName));
            services.TryAddSingleton(static sp => FinSentimentServiceFactory.BuildResolver(sp, Options.DefaultName));
            services.TryAddSingleton<ISentimentAnalyzer>(static sp => FinSentimentServiceFactory.BuildAnalyzer(sp, Options.DefaultName));
        }
        else
        {
            services.TryAddKeyedSingleton<ITokenizer>(name, static (sp, _) => sp.GetRequiredService<ITokenizer>());
            services.TryAddKeyedSingleton(name, static (sp, key) => FinSentimentServiceFactory.BuildLexicon(sp, FinSentimentServiceFactory.NameOf(key)));
            services.TryAddKeyedSingleton(name, static (sp, key) => FinSentimentServiceFactory.BuildDirectory(sp, FinSentimentServiceFactory.NameOf(key)));
            services.TryAddKeyedSingleton(name, static (sp, key) => FinSentimentServiceFactory.BuildScorer(sp, FinSentimentServiceFactory.NameOf(key)));
            services.TryAddKeyedSingleton(name, static (sp, key) => FinSentimentServiceFactory.BuildResolver(sp, FinSentimentServiceFactory.NameOf(key)));
            services.TryAddKeyedSingleton<ISentimentAnalyzer>(name, static (sp, key) => FinSentimentServiceFactory.BuildAnalyzer(sp, FinSentimentServiceFactory.NameOf(key)));
        }

        return new FinSentimentBuilder(services, name);
    }
}
