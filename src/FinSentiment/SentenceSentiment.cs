namespace FinSentiment;

/// <summary>The sentiment of one sentence of an analysed text.</summary>
/// <remarks>Instances are immutable.</remarks>
/// <param name="Start">The offset of the sentence's first character.</param>
/// <param name="Length">The number of characters of the sentence.</param>
/// <param name="Score">The sentence's score in [-1, 1].</param>
/// <param name="Weight">The sentence's weight in the document score (title and lead sentences weigh more).</param>
public sealed record SentenceSentiment(int Start, int Length, double Score, double Weight);
