using FinSentiment.Internal;
using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FinSentiment;

/// <summary>Registers FinSentiment in an <see cref="IServiceCollection"/>.</summary>
public static class FinSentimentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISentimentAnalyzer"/> and its parts (<see cref="ITokenizer"/>, <see cref="SentimentLexicon"/>,
    /// <see cref="ISentimentScorer"/>, <see cref="TickerDirectory"/>, <see cref="ITickerResolver"/>) as singletons with the default options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for replacing parts and adding data files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>
    /// Parts are registered with <c>TryAdd</c>, so a part registered before this call wins; to replace a part afterwards,
    /// use the returned <see cref="FinSentimentBuilder"/>. Calling this method again is harmless: configuration actions add up.
    /// Options are validated when the first analyzer is built, or at start-up in a host (<c>ValidateOnStart</c>), with every problem in one message.
    /// </remarks>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services) =>
        AddFinSentiment(services, static _ => { });

    /// <summary>Registers FinSentiment as <see cref="AddFinSentiment(IServiceCollection)"/> does, and configures its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>A builder for replacing parts and adding data files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static FinSentimentBuilder AddFinSentiment(this IServiceCollection services, Action<FinSentimentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<FinSentimentOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FinSentimentOptions>, FinSentimentOptionsValidator>());

        services.TryAddSingleton<ITokenizer>(FinancialTokenizer.Instance);
        services.TryAddSingleton(static sp => FinSentimentParts.BuildLexicon(sp.GetRequiredService<IOptions<FinSentimentOptions>>().Value));
        services.TryAddSingleton(static sp => FinSentimentParts.BuildDirectory(sp.GetRequiredService<IOptions<FinSentimentOptions>>().Value));
        services.TryAddSingleton<ISentimentScorer>(static sp =>
        {
            var lexicon = sp.GetRequiredService<SentimentLexicon>();
            return ReferenceEquals(lexicon, SentimentLexicon.Default) ? LexiconScorer.Default : new LexiconScorer(lexicon);
        });
        services.TryAddSingleton<ITickerResolver>(static sp =>
        {
            var directory = sp.GetRequiredService<TickerDirectory>();
            return ReferenceEquals(directory, TickerDirectory.Default) ? TickerResolver.Default : new TickerResolver(directory);
        });
        services.TryAddSingleton<ISentimentAnalyzer>(static sp => new SentimentAnalyzer(
            sp.GetRequiredService<ITokenizer>(),
            sp.GetRequiredService<ISentimentScorer>(),
            sp.GetRequiredService<ITickerResolver>(),
            sp.GetRequiredService<IOptions<FinSentimentOptions>>().Value));

        return new FinSentimentBuilder(services);
    }
}
