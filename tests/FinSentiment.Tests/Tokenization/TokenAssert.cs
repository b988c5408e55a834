using System.Buffers;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Tokenization;

/// <summary>Helpers that tokenize a text and render the tokens as <c>Kind:text</c> strings, so a test failure shows the whole list.</summary>
internal static class TokenAssert
{
    public static Token[] Tokenize(string text, ITokenizer? tokenizer = null)
    {
        tokenizer ??= FinancialTokenizer.Instance;
        var buffer = new Token[text.Length + 1];
        var status = tokenizer.Tokenize(text, buffer, out var written, out var consumed);
        Assert.Equal(OperationStatus.Done, status);
        Assert.Equal(text.Length, consumed);
        return buffer[..written];
    }

    /// <summary>Tokenizes with a destination of <paramref name="bufferSize"/> tokens, continuing from <c>charsConsumed</c> as the contract says.</summary>
    public static Token[] TokenizeInChunks(string text, int bufferSize)
    {
        var tokens = new List<Token>();
        var buffer = new Token[bufferSize];
        var offset = 0;
        while (true)
        {
            var status = FinancialTokenizer.Instance.Tokenize(text.AsSpan(offset), buffer, out var written, out var consumed);
            Assert.True(written > 0 || consumed > 0 || status == OperationStatus.Done, $"no progress at offset {offset}");
            for (var i = 0; i < written; i++)
            {
                tokens.Add(buffer[i] with { Start = buffer[i].Start + offset });
            }

            offset += consumed;
            if (status == OperationStatus.Done)
            {
                Assert.Equal(text.Length, offset);
                return [.. tokens];
            }

            Assert.Equal(OperationStatus.DestinationTooSmall, status);
        }
    }

    public static string[] Render(string text) => Render(text, Tokenize(text));

    public static string[] Render(string text, IReadOnlyList<Token> tokens)
    {
        var rendered = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            rendered[i] = $"{tokens[i].Kind}:{text.Substring(tokens[i].Start, tokens[i].Length)}";
        }

        return rendered;
    }

    /// <summary>Asserts the tokens of <paramref name="text"/>, each written <c>Kind:text</c>.</summary>
    public static void Tokens(string text, params string[] expected) => Assert.Equal(expected, Render(text));

    /// <summary>Asserts that the tokens are in order, do not overlap, are not empty and lie inside the text.</summary>
    public static void WellFormed(string text, ReadOnlySpan<Token> tokens)
    {
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Length >= 1, $"empty token at {token.Start}");
            Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps or precedes the previous one ending at {previousEnd}");
            Assert.True(token.End <= text.Length, $"token at {token.Start} ends at {token.End}, past the text ({text.Length})");
            previousEnd = token.End;
        }
    }
}
