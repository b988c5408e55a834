using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// Builds the default parts (tokenizer, lexicon, scorer, directory, resolver) that a set of options asks for, for
/// <see cref="SentimentAnalyzer.Create(FinSentimentOptions)"/>: a file's problem is thrown (FileNotFoundException,
/// DataFormatException) with its full path.
/// </summary>
internal sealed record FinSentimentParts(ITokenizer Tokenizer, SentimentLexicon Lexicon, ISentimentScorer Scorer, TickerDirectory Directory, ITickerResolver Resolver)
{
    public static FinSentimentParts Build(FinSentimentOptions options)
    {
        // Settings were checked first (a lexicon is asked for), and a file's problem throws: neither part is null here.
        var lexicon = FinSentimentDataFiles.BuildLexicon(options, ReadOrThrow)!;
        var directory = FinSentimentDataFiles.BuildDirectory(options, ReadOrThrow)!;
        var scorer = CreateScorer(lexicon);
        var resolver = CreateResolver(directory, options);
        return new FinSentimentParts(FinancialTokenizer.Instance, lexicon, scorer, directory, resolver);
    }

    /// <summary>The shared default resolver when the directory and switches are the defaults, else a new one.</summary>
    public static ITickerResolver CreateResolver(TickerDirectory directory, FinSentimentOptions options) =>
        ReferenceEquals(directory, TickerDirectory.Default) && HasDefaultSwitches(options.Tickers)
            ? TickerResolver.Default
            : new TickerResolver(directory, options.Tickers);

    /// <summary>The shared default scorer over the built-in lexicon, else a new one.</summary>
    public static ISentimentScorer CreateScorer(SentimentLexicon lexicon) =>
        ReferenceEquals(lexicon, SentimentLexicon.Default) ? LexiconScorer.Default : new LexiconScorer(lexicon);

    private static bool HasDefaultSwitches(TickerResolverOptions tickers)
    {
        var defaults = new TickerResolverOptions();
        return tickers.ResolveReferences == defaults.ResolveReferences
            && tickers.ResolveBareSymbols == defaults.ResolveBareSymbols
            && tickers.ReferenceSentenceWindow == defaults.ReferenceSentenceWindow
            && tickers.ContextTokenWindow == defaults.ContextTokenWindow;
    }

    /// <summary>Reads a data file by its full path, so that its problem names it; the exception propagates.</summary>
    private static bool ReadOrThrow(string file, Action<string> read)
    {
        read(Path.GetFullPath(file));
        return true;
    }
}
