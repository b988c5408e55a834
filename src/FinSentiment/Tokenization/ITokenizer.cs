using System.Buffers;

namespace FinSentiment.Tokenization;

/// <summary>
/// Splits text into <see cref="Token"/>s, writing them into a buffer the caller owns.
/// </summary>
/// <remarks>
/// Implementations must be immutable and safe to call from many threads at once, must not allocate per call,
/// and must make progress: every call either consumes at least one character or reports
/// <see cref="OperationStatus.DestinationTooSmall"/> with nothing written because the destination is empty.
/// </remarks>
public interface ITokenizer
{
    /// <summary>Tokenizes as much of <paramref name="text"/> as fits in <paramref name="destination"/>.</summary>
    /// <param name="text">The text to tokenize. Token offsets are relative to its start.</param>
    /// <param name="destination">Receives the tokens, in text order.</param>
    /// <param name="tokensWritten">The number of tokens written to <paramref name="destination"/>.</param>
    /// <param name="charsConsumed">
    /// How many characters of <paramref name="text"/> were consumed. To continue after
    /// <see cref="OperationStatus.DestinationTooSmall"/>, call again with <c>text[charsConsumed..]</c> and add
    /// <paramref name="charsConsumed"/> to the offsets of the new tokens.
    /// </param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when the whole text was tokenized, or
    /// <see cref="OperationStatus.DestinationTooSmall"/> when <paramref name="destination"/> filled up first.
    /// </returns>
    OperationStatus Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int tokensWritten, out int charsConsumed);
}
