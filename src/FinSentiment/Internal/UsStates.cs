using FinSentiment.Tokenization;

namespace FinSentiment.Internal;

/// <summary>
/// The fifty US states, written out by FinSentiment contributors (MIT): a name and a comma before one is a place ("Freeport,
/// Texas", "at its Mesquite, Texas, module plant"), not a company.
/// </summary>
internal static class UsStates
{
    private static readonly WordSet Names = new(
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
        "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming");

    // The states as news agencies abbreviate them ("Alcoa, Tenn.", "Corning, N.Y."), without their last full stop, which the
    // tokenizer may keep or leave. Not the two-letter postal codes, which are words too ("IN", "OK", "ME").
    private static readonly WordSet Abbreviations = new(
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa",
        "R.I", "S.C", "S.D", "Tenn", "Tex", "Va", "Vt", "Wash", "W.Va", "Wis", "Wyo");

    /// <summary>
    /// The index of the last token of a US state after the comma at <paramref name="comma"/> ("Freeport, Texas", "Albany, New
    /// York", "Alcoa, Tenn."); -1 when the token is no comma or no state follows it.
    /// </summary>
    public static int AfterComma(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Length || tokens[comma].Length != 1 || text[tokens[comma].Start] != ',' || tokens[comma + 1].Kind != TokenKind.Word)
        {
            return -1;
        }

        var word = tokens[comma + 1].GetText(text);
        if (Names.Contains(word) || Abbreviations.Contains(word.TrimEnd('.')) && IsAbbreviated(text, tokens, comma + 1))
        {
            return comma + 1;
        }

        return comma + 2 < tokens.Length && tokens[comma + 2].Kind == TokenKind.Word && Names.Contains(text[tokens[comma + 1].Start..tokens[comma + 2].End])
            ? comma + 2
            : -1;
    }

    /// <summary>Whether the state's abbreviation at token <paramref name="i"/> ends in its full stop, in the word or right after it.</summary>
    private static bool IsAbbreviated(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        text[tokens[i].End - 1] == '.' ||
        i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Length == 1 && text[tokens[i + 1].Start] == '.';
}
