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

    public static SentimentLexicon BuildLexicon(IServiceProvider services, string name)
    {
        var options = GetOptions(services, name);
        var logger = GetLogger(services);
        SentimentLexicon lexicon;
        if (options.UseDefaultLexicon && options.LexiconFiles.Count == 0)
        {
            lexicon = SentimentLexicon.Default;
        }
        else
        {
            var builder = SentimentLexicon.CreateBuilder();
            if (options.UseDefaultLexicon)
            {
                builder.AddDefaults();
            }

            foreach (var file in options.LexiconFiles)
            {
                var before = builder.Count;
                builder.AddFile(file);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var added = builder.Count - before;
                    var inFile = SentimentLexicon.CreateBuilder().AddFile(file).Count;
                    FinSentimentLog.LexiconFileLoaded(logger, Display(name), Path.GetFullPath(file), added, Math.Max(0, inFile - added));
                }
            }

            lexicon = builder.Build();
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            FinSentimentLog.LexiconLoaded(logger, Display(name), lexicon.Count, options.UseDefaultLexicon, options.LexiconFiles.Count);
        }
        return lexicon;
    }

    public static TickerDirectory BuildDirectory(IServiceProvider services, string name)
    {
        var options = GetOptions(services, name);
        var logger = GetLogger(services);
        TickerDirectory directory;
        if (options.UseDefaultDirectory && options.DirectoryFiles.Count == 0)
        {
            directory = TickerDirectory.Default;
        }
        else
        {
            var builder = TickerDirectory.CreateBuilder();
            if (options.UseDefaultDirectory)
            {
                builder.AddDefaults();
            }

            foreach (var file in options.DirectoryFiles)
            {
                builder.AddFile(file);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    FinSentimentLog.DirectoryFileLoaded(logger, Display(name), Path.GetFullPath(file));
                }
            }

            directory = builder.Build();
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            FinSentimentLog.DirectoryLoaded(logger, Display(name), directory.Count, options.UseDefaultDirectory, options.DirectoryFiles.Count);
        }
        return directory;
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
