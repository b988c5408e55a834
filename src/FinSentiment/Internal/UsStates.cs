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

    /// <summary>
    /// The index of the last token of a US state after the comma at <paramref name="comma"/> ("Freeport, Texas", "Albany, New
    /// York"); -1 when the token is no comma or no state follows it.
    /// </summary>
    public static int AfterComma(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Length || tokens[comma].Length != 1 || text[tokens[comma].Start] != ',' || tokens[comma + 1].Kind != TokenKind.Word)
        {
            return -1;
        }

        if (Names.Contains(tokens[comma + 1].GetText(text)))
        {
            return comma + 1;
        }

        return comma + 2 < tokens.Length && tokens[comma + 2].Kind == TokenKind.Word && Names.Contains(text[tokens[comma + 1].Start..tokens[comma + 2].End])
            ? comma + 2
            : -1;
    }
}
