using Microsoft.Extensions.Logging;

namespace FinSentiment.Internal;

/// <summary>Load-time log messages. Nothing is logged while texts are analysed.</summary>
internal static partial class FinSentimentLog
{
    /// <summary>The logger category.</summary>
    public const string Category = "FinSentiment";

    [LoggerMessage(EventId = 1, EventName = "LexiconLoaded", Level = LogLevel.Information,
        Message = "FinSentiment analyzer '{Analyzer}': lexicon of {Entries} entries (built-in: {BuiltIn}, files: {FileCount}).")]
    public static partial void LexiconLoaded(ILogger logger, string analyzer, int entries, bool builtIn, int fileCount);

    [LoggerMessage(EventId = 2, EventName = "LexiconFileLoaded", Level = LogLevel.Information,
        Message = "FinSentiment analyzer '{Analyzer}': loaded lexicon file '{Path}': {Added} new terms.")]
    public static partial void LexiconFileLoaded(ILogger logger, string analyzer, string path, int added);

    [LoggerMessage(EventId = 3, EventName = "DirectoryLoaded", Level = LogLevel.Information,
        Message = "FinSentiment analyzer '{Analyzer}': ticker directory of {Companies} companies (built-in: {BuiltIn}, files: {FileCount}).")]
    public static partial void DirectoryLoaded(ILogger logger, string analyzer, int companies, bool builtIn, int fileCount);

    [LoggerMessage(EventId = 4, EventName = "DirectoryFileLoaded", Level = LogLevel.Information,
        Message = "FinSentiment analyzer '{Analyzer}': loaded directory file '{Path}'.")]
    public static partial void DirectoryFileLoaded(ILogger logger, string analyzer, string path);

    [LoggerMessage(EventId = 5, EventName = "PartReplaced", Level = LogLevel.Information,
        Message = "FinSentiment analyzer '{Analyzer}': the {Part} is replaced by {Type}.")]
    public static partial void PartReplaced(ILogger logger, string analyzer, string part, string type);

    [LoggerMessage(EventId = 6, EventName = "AnalyzerReady", Level = LogLevel.Information,
        Message = "FinSentiment analyzer '{Analyzer}' ready: label scale '{Scale}', neutral band [{NegativeThreshold}, {PositiveThreshold}], up to {MaxDegreeOfParallelism} parallel documents.")]
    public static partial void AnalyzerReady(ILogger logger, string analyzer, string scale, double negativeThreshold, double positiveThreshold, int maxDegreeOfParallelism);
}
