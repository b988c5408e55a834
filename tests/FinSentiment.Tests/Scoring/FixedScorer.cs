using FinSentiment.Scoring;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Scoring;

/// <summary>A fake scorer that gives every sentence the same score and counts its calls.</summary>
internal sealed class FixedScorer(double score) : ISentimentScorer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ICollection<Evidence> evidence)
    {
        Interlocked.Increment(ref _calls);
        return score;
    }
}
