using FinSentiment.Lexicon;

namespace FinSentiment.Benchmarks;

/// <summary>
/// What a first attempt looks like: <c>string.Split</c>, <c>ToLowerInvariant</c> per word and a
/// <c>Dictionary&lt;string, double&gt;</c> of the lexicon's single-word entries, summing valences.
/// No phrases, negation, intensifiers, sentences or tickers; a floor the real analyzer must beat.
/// </summary>
internal sealed class NaiveScorer
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '“', '”', '’'];

    private readonly Dictionary<string, double> _valences = new(StringComparer.Ordinal);

    public NaiveScorer(SentimentLexicon lexicon)
    {
        foreach (var entry in lexicon.Entries)
        {
            if (!entry.Term.Contains(' ', StringComparison.Ordinal))
            {
                _valences.TryAdd(entry.Term.ToLowerInvariant(), entry.Valence);
            }
        }
    }

    public double Score(string text)
    {
        var score = 0.0;
        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (_valences.TryGetValue(word.ToLowerInvariant(), out var valence))
            {
                score += valence;
            }
        }

        return score;
    }
}
