using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// CA1873 does not see the IsEnabled guards around these load-time messages; nothing here runs on the hot path.
#pragma warning disable CA1873

namespace FinSentiment.Internal;

/// <summary>
/// Builds the registered parts of the default analyzer (name <see cref="Options.DefaultName"/>) or of a named one (a keyed
/// service), and logs what was loaded. Runs once per part and name, when the singleton is first resolved.
/// </summary>
internal static class FinSentimentServiceFactory
{
    public static FinSentimentOptions GetOptions(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<FinSentimentOptions>>().Get(name);

    public static T GetPart<T>(IServiceProvider services, string name)
        where T : notnull =>
        name.Length == 0 ? services.GetRequiredService<T>() : services.GetRequiredKeyedService<T>(name);

    public static string NameOf(object? key) => key as string ?? Options.DefaultName;

    /// <summary>
    /// The data the options validator loaded for these options, or (when it did not run, or the options changed since) the
    /// data loaded now. Either way each file is read once.
    /// </summary>
    /// <exception cref="OptionsValidationException">The options are invalid or a file is missing or malformed.</exception>
    public static FinSentimentDataFiles GetDataFiles(FinSentimentOptions options, string name)
    {
        if (options.DataFiles is { } loaded && loaded.Matches(options))
        {
            return loaded;
        }

        var errors = options.ValidateSettings();
        var data = FinSentimentDataFiles.Load(options, errors);
        if (errors.Count > 0 || data is null)
        {
            throw new OptionsValidationException(name, typeof(FinSentimentOptions), errors);
        }

        return options.DataFiles = data;
    }

    public static SentimentLexicon BuildLexicon(IServiceProvider services, string name)
    {
        var options = GetOptions(services, name);
        var data = GetDataFiles(options, name);
        var logger = GetLogger(services);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var i = 0;
            foreach (var path in data.LexiconPaths)
            {
                FinSentimentLog.LexiconFileLoaded(logger, Display(name), path, data.NewTerms[i++]);
            }

            FinSentimentLog.LexiconLoaded(logger, Display(name), data.Lexicon.Count, options.UseDefaultLexicon, options.LexiconFiles.Count);
        }

        return data.Lexicon;
    }

    public static TickerDirectory BuildDirectory(IServiceProvider services, string name)
    {
        var options = GetOptions(services, name);
        var data = GetDataFiles(options, name);
        var logger = GetLogger(services);
        if (logger.IsEnabled(LogLevel.Information))
        {
            foreach (var path in data.DirectoryPaths)
            {
                FinSentimentLog.DirectoryFileLoaded(logger, Display(name), path);
            }

            FinSentimentLog.DirectoryLoaded(logger, Display(name), data.Directory.Count, options.UseDefaultDirectory, options.DirectoryFiles.Count);
        }

        return data.Directory;
    }

    public static ISentimentScorer BuildScorer(IServiceProvider services, string name) =>
        FinSentimentParts.CreateScorer(GetPart<SentimentLexicon>(services, name));

    public static ITickerResolver BuildResolver(IServiceProvider services, string name) =>
        FinSentimentParts.CreateResolver(GetPart<TickerDirectory>(services, name), GetOptions(services, name));

    public static SentimentAnalyzer BuildAnalyzer(IServiceProvider services, string name)
    {
        var options = GetOptions(services, name);
        var tokenizer = GetPart<ITokenizer>(services, name);
        var scorer = GetPart<ISentimentScorer>(services, name);
        var resolver = GetPart<ITickerResolver>(services, name);
        var logger = GetLogger(services);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogReplaced(logger, name, "tokenizer", tokenizer, typeof(FinancialTokenizer));
            LogReplaced(logger, name, "scorer", scorer, typeof(LexiconScorer));
            LogReplaced(logger, name, "ticker resolver", resolver, typeof(TickerResolver));
        }

        var analyzer = new SentimentAnalyzer(tokenizer, scorer, resolver, options);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var scale = analyzer.LabelScale;
            FinSentimentLog.AnalyzerReady(logger, Display(name), scale.Name, scale.NegativeThreshold, scale.PositiveThreshold, options.MaxDegreeOfParallelism);
        }

        return analyzer;
    }

    private static void LogReplaced(ILogger logger, string name, string part, object instance, Type builtIn)
    {
        var type = instance.GetType();
        if (type != builtIn && logger.IsEnabled(LogLevel.Information))
        {
            FinSentimentLog.PartReplaced(logger, Display(name), part, type.FullName ?? type.Name);
        }
    }

    private static ILogger GetLogger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger(FinSentimentLog.Category) ?? NullLogger.Instance;

    private static string Display(string name) => name.Length == 0 ? "(default)" : name;
}
