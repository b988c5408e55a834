using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FinSentiment;

/// <summary>Replaces FinSentiment's parts and adds data files after <see cref="FinSentimentServiceCollectionExtensions.AddFinSentiment(IServiceCollection)"/>.</summary>
public sealed class FinSentimentBuilder
{
    internal FinSentimentBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Replaces the tokenizer.</summary>
    /// <param name="tokenizer">The tokenizer; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    public FinSentimentBuilder UseTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        Services.Replace(ServiceDescriptor.Singleton(tokenizer));
        return this;
    }

    /// <summary>Replaces the sentence scorer.</summary>
    /// <param name="scorer">The scorer; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    public FinSentimentBuilder UseScorer(ISentimentScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Services.Replace(ServiceDescriptor.Singleton(scorer));
        return this;
    }

    /// <summary>Replaces the ticker resolver.</summary>
    /// <param name="resolver">The resolver; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    public FinSentimentBuilder UseTickerResolver(ITickerResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Services.Replace(ServiceDescriptor.Singleton(resolver));
        return this;
    }

    /// <summary>Adds a lexicon file, loaded after the built-in lexicon; its entries override the built-in ones.</summary>
    /// <param name="path">The file path (.tsv, .txt, .json, .csv or a VADER lexicon).</param>
    /// <returns>This builder.</returns>
    public FinSentimentBuilder AddLexiconFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Services.Configure<FinSentimentOptions>(options => options.LexiconFiles.Add(path));
        return this;
    }

    /// <summary>Adds a ticker directory file, loaded after the built-in directory.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>This builder.</returns>
    public FinSentimentBuilder AddDirectoryFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Services.Configure<FinSentimentOptions>(options => options.DirectoryFiles.Add(path));
        return this;
    }
}
