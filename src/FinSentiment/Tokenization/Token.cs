using System.Runtime.InteropServices;

namespace FinSentiment.Tokenization;

/// <summary>
/// One token of a text: a range of characters and its kind. Tokens carry offsets, never substrings,
/// so tokenizing allocates nothing.
/// </summary>
/// <param name="Start">The offset of the token's first character in the tokenized text.</param>
/// <param name="Length">The number of characters in the token; always at least 1.</param>
/// <param name="Kind">What the token is.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Gets the offset one past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns the characters of this token in <paramref name="text"/>, the text it was read from.</summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <returns>The token's characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The token does not lie inside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Whether the token is a quotation mark on its own: <c>'</c>, <c>"</c>, <c>‘</c>, <c>’</c>, <c>“</c> or <c>”</c>.</summary>
    internal bool IsQuote(ReadOnlySpan<char> text) =>
        Kind == TokenKind.Punctuation && Length == 1 && text[Start] is '\'' or '"' or '‘' or '’' or '“' or '”';
}
