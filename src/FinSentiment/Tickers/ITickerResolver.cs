using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>Finds the companies a text mentions.</summary>
/// <remarks>Implementations must be immutable and safe to call from many threads at once.</remarks>
public interface ITickerResolver
{
    /// <summary>Finds every mention of a company in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The text's tokens, from the analyzer's tokenizer.</param>
    /// <param name="mentions">Receives the mentions, in text order.</param>
    void Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<TickerMention> mentions);
}
