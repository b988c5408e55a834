using FinSentiment.Internal;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FinSentiment;

/// <summary>
/// Configures one registered analyzer (the default one or a named one): its options, its data files and its parts.
/// Returned by <see cref="FinSentimentServiceCollectionExtensions.AddFinSentiment(IServiceCollection)"/> and its overloads.
/// </summary>
/// <remarks>Every method can be called again; configuration actions run in the order they were added. Not thread-safe.</remarks>
public sealed class FinSentimentBuilder
{
    internal FinSentimentBuilder(IServiceCollection services, string name)
    {
        Services = services;
        Name = name;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the analyzer's name: its options name and service key; empty for the default analyzer.</summary>
    public string Name { get; }

    /// <summary>Adds an action that configures the analyzer's options.</summary>
    /// <param name="configure">The action.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public FinSentimentBuilder Configure(Action<FinSentimentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(Name, configure);
        return this;
    }

    /// <summary>Binds the analyzer's options from a configuration section (see <see cref="FinSentimentOptions"/> for the keys).</summary>
    /// <param name="configuration">The section.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is null.</exception>
    /// <remarks>Reflection-free, so trimming- and AOT-safe. An unknown key or a malformed value is reported at validation.</remarks>
    public FinSentimentBuilder Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Configure(options => FinSentimentConfigurationBinder.Bind(configuration, options));
    }

    /// <summary>
    /// Binds the analyzer's options from the section at <paramref name="sectionPath"/> (for example <c>FinSentiment</c> or
    /// <c>FinSentiment:Profiles:news</c>) of the <see cref="IConfiguration"/> registered in the container, as a host registers it.
    /// </summary>
    /// <param name="sectionPath">The section path; <c>:</c> separates levels.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionPath"/> is null.</exception>
    /// <remarks>Unlike <see cref="FinSentimentServiceCollectionExtensions.AddFinSentiment(IServiceCollection, IConfiguration)"/>, this does not
    /// register the section's <c>Profiles</c> (the configuration is not known until the container is built). The
    /// <see cref="IConfiguration"/> is resolved when the options are first created: without one registered (a bare
    /// <see cref="ServiceCollection"/>), that throws <see cref="InvalidOperationException"/>; use <see cref="Bind(IConfiguration)"/> there.</remarks>
    public FinSentimentBuilder BindConfiguration(string sectionPath)
    {
        ArgumentNullException.ThrowIfNull(sectionPath);
        Services.AddOptions<FinSentimentOptions>(Name).Configure<IConfiguration>(
            (options, configuration) => FinSentimentConfigurationBinder.Bind(
                sectionPath.Length == 0 ? configuration : configuration.GetSection(sectionPath), options));
        return this;
    }

    /// <summary>Replaces the tokenizer of this analyzer.</summary>
    /// <param name="tokenizer">The tokenizer; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> is null.</exception>
    public FinSentimentBuilder UseTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        Replace(typeof(ITokenizer), tokenizer);
        return this;
    }

    /// <summary>Replaces the sentence scorer of this analyzer (then its lexicon is not loaded).</summary>
    /// <param name="scorer">The scorer; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    public FinSentimentBuilder UseScorer(ISentimentScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Replace(typeof(ISentimentScorer), scorer);
        return this;
    }

    /// <summary>Replaces the ticker resolver of this analyzer (then its ticker directory is not loaded).</summary>
    /// <param name="resolver">The resolver; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resolver"/> is null.</exception>
    public FinSentimentBuilder UseTickerResolver(ITickerResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Replace(typeof(ITickerResolver), resolver);
        return this;
    }

    /// <summary>Adds a lexicon file, loaded after the built-in lexicon; its entries override earlier ones. A path added twice is loaded once.</summary>
    /// <param name="path">The file path (.tsv, .txt, .json, .csv or a VADER lexicon); a relative path resolves against the current directory.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public FinSentimentBuilder AddLexiconFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Configure(options => AddOnce(options.LexiconFiles, path));
    }

    /// <summary>Adds a ticker directory file, loaded after the built-in directory. A path added twice is loaded once.</summary>
    /// <param name="path">The file path; a relative path resolves against the current directory.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public FinSentimentBuilder AddDirectoryFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Configure(options => AddOnce(options.DirectoryFiles, path));
    }

    private static void AddOnce(IList<string> files, string path)
    {
        if (!files.Contains(path))
        {
            files.Add(path);
        }
    }

    private void Replace(Type serviceType, object instance)
    {
        object? key = Name.Length == 0 ? null : Name;
        for (var i = Services.Count - 1; i >= 0; i--)
        {
            var descriptor = Services[i];
            if (descriptor.ServiceType == serviceType && Equals(descriptor.ServiceKey, key))
            {
                Services.RemoveAt(i);
            }
        }

        Services.Add(key is null ? ServiceDescriptor.Singleton(serviceType, instance) : ServiceDescriptor.KeyedSingleton(serviceType, key, instance));
    }
}
