using FinSentiment.Lexicon;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Scoring;

/// <summary>
/// A small lexicon with round numbers, so rule tests do not depend on the tuning of the built-in lexicon,
/// and helpers that score one sentence or analyse a text with it.
/// </summary>
internal static class ScorerHarness
{
    public static SentimentLexicon Lexicon { get; } = SentimentLexicon.CreateBuilder()
        .Add("good", 0.5)
        .Add("bad", -0.5)
        .Add("profit", 0, LexiconCategory.GoodWhenUp)
        .Add("sales", 0, LexiconCategory.GoodWhenUp)
        .Add("loss", -0.3, LexiconCategory.BadWhenUp)
        .Add("costs", 0, LexiconCategory.BadWhenUp)
        .Add("rose", 0.8, LexiconCategory.Increase)
        .Add("fell", 0.8, LexiconCategory.Decrease)
        .Add("narrowed", 0.6, LexiconCategory.Decrease)
        .Add("not", 1, LexiconCategory.Negator)
        .Add("very", 0.5, LexiconCategory.Intensifier)
        .Add("slightly", -0.5, LexiconCategory.Intensifier)
        .Add("may", -0.4, LexiconCategory.Hedge)
        .Add("but", 0, LexiconCategory.Contrast)
        .Add("although", 0, LexiconCategory.Contrast)
        .Add("warning", -0.3)
        .Add("profit warning", -0.8)
        .Add("crude", -0.4)
        .Add("crude oil", 0, LexiconCategory.Neutral)
        .Build();

    public static LexiconScorer Scorer { get; } = new(Lexicon);

    public static SentimentAnalyzer Analyzer { get; } = CreateAnalyzer(Scorer);

    public static SentimentAnalyzer CreateAnalyzer(ISentimentScorer scorer, FinSentimentOptions? options = null) =>
        new(FinancialTokenizer.Instance, scorer, NoTickers.Instance, options ?? new FinSentimentOptions());

    public static double Score(string sentence) => Score(sentence, out _);

    public static double Score(string sentence, out List<Evidence> evidence) => Score(Scorer, sentence, out evidence);

    public static double Score(LexiconScorer scorer, string sentence, out List<Evidence> evidence)
    {
        var tokens = Tokenize(sentence);
        evidence = [];
        return scorer.ScoreSentence(sentence, tokens, evidence);
    }

    public static Token[] Tokenize(string text)
    {
        var tokens = new Token[text.Length + 8];
        FinancialTokenizer.Instance.Tokenize(text, tokens, out var count, out _);
        return tokens[..count];
    }

    /// <summary>A resolver that finds no company, so analyzer tests see only the scorer.</summary>
    internal sealed class NoTickers : ITickerResolver
    {
        public static NoTickers Instance { get; } = new();

        public void Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<TickerMention> mentions)
        {
        }
    }
}
