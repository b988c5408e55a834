namespace FinSentiment.Internal;

/// <summary>
/// The stray "Â" of a Latin-1 symbol whose UTF-8 bytes were read as Latin-1, as feeds often pass text on: "Â£6m" for "£6m",
/// "Â " for a no-break space. No word begins with "Â" before such a symbol, so it is read as white space and the symbol as
/// written.
/// </summary>
internal static class MisdecodedText
{
    private const char Lead = '\u00C2';

    /// <summary>Whether the character at <paramref name="index"/> is such a stray lead: "Â" before a symbol of U+00A0 to U+00BF.</summary>
    internal static bool IsStrayLead(ReadOnlySpan<char> text, int index) =>
        text[index] == Lead && index + 1 < text.Length && text[index + 1] is >= '\u00A0' and <= '\u00BF';

    /// <summary>
    /// The text with each stray lead replaced by a space, so that offsets into it are offsets into the text given; the text
    /// itself, not a copy, when it has none.
    /// </summary>
    internal static string WithoutStrayLeads(string text)
    {
        var first = FindStrayLead(text, 0);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            state.text.AsSpan().CopyTo(destination);
            for (var at = state.first; at >= 0; at = FindStrayLead(state.text, at + 1))
            {
                destination[at] = ' ';
            }
        });
    }

    private static int FindStrayLead(string text, int from)
    {
        while (from < text.Length)
        {
            var at = text.IndexOf(Lead, from);
            if (at < 0)
            {
                return -1;
            }

            if (IsStrayLead(text, at))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
