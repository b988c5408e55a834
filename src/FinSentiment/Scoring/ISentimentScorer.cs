using FinSentiment.Tokenization;

namespace FinSentiment.Scoring;

/// <summary>Scores the sentiment of one sentence and says which phrases produced the score.</summary>
/// <remarks>Implementations must be immutable and safe to call from many threads at once.</remarks>
public interface ISentimentScorer
{
    /// <summary>Scores one sentence.</summary>
    /// <param name="text">The whole analysed text; token offsets refer to it.</param>
    /// <param name="sentence">The sentence's tokens (from the analyzer's tokenizer), including its closing sentence end if any.</param>
    /// <param name="evidence">Receives one item per phrase that moved the score, in text order.</param>
    /// <returns>The sentence's score in [-1, 1].</returns>
    double ScoreSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ICollection<Evidence> evidence);
}
