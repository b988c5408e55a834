namespace FinSentiment.Internal;

/// <summary>The words of a phrase, read from its text: the first and the last, and the possessive the tokenizer splits off.</summary>
internal static class PhraseText
{
    /// <summary>The first word of a phrase: "resumed" of "resumed production".</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> phrase) =>
        phrase.IndexOf(' ') is var space and > 0 ? phrase[..space] : phrase;

    /// <summary>The last word of a phrase: "record" of "hit a record".</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    /// <summary>Whether a word is the possessive "'s" (or "’s") that the tokenizer splits from its word.</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[0] is '\'' or '’' && (word[1] | 0x20) == 's';
}
