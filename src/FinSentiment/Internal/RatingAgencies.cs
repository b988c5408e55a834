namespace FinSentiment.Internal;

/// <summary>
/// Recognises credit rating agencies by the names the press gives them ("Moody's", "S&amp;P Global Ratings", "Fitch", "DBRS
/// Morningstar", "AM Best"). What an agency says of a company ("Moody's cut Vanke to Caa1", "S&amp;P revised its outlook on
/// Oracle to stable") is news of the company rated, never of the agency, which rates and does not trade on it: like a public
/// institution, an agency scores neutral unless the text reports results of its own ("Moody's Q3 revenue rises").
/// </summary>
internal static class RatingAgencies
{
    // The agencies' names as written in news, with and without their ratings arm's suffix. Not "S&P" alone, which is as often
    // the index ("S&P hits record"), nor "S&P Global" or "Moody's Corporation", the listed parents, whose own news (results,
    // deals) is theirs; nor the Indian agencies whose own shares are news (CRISIL, ICRA, CARE Ratings).
    private static readonly WordSet Names = new(
        "Moody's", "Moody’s", "Moodys", "Moody's Investors Service", "Moody's Ratings", "S&P Global Ratings", "Standard & Poor's",
        "Standard and Poor's", "Fitch", "Fitch Ratings", "DBRS", "DBRS Morningstar", "Morningstar DBRS", "AM Best", "A.M. Best",
        "KBRA", "Kroll Bond Rating Agency", "Scope Ratings", "Japan Credit Rating Agency", "Rating and Investment Information");

    // What an agency does to a company's rating: "S&P cut Acme to junk", "S&P affirmed Globex at A".
    private static readonly WordSet RatingActions = new(
        "cut", "cuts", "lowered", "lowers", "raised", "raises", "downgraded", "downgrades", "upgraded", "upgrades", "affirmed",
        "affirms", "revised", "revises", "placed", "places", "withdrew", "withdraws", "assigned", "assigns", "rates", "rated");

    /// <summary>
    /// Whether <paramref name="name"/>, as the text writes it, names a credit rating agency; <paramref name="after"/> is the
    /// text after it, which makes a bare "S&amp;P" the agency when a rating action follows ("S&amp;P cut the landlord to B-").
    /// </summary>
    public static bool IsAgency(ReadOnlySpan<char> name, ReadOnlySpan<char> after)
    {
        name = name.Trim();
        if (Names.Contains(name))
        {
            return !TradesAfter(after);
        }

        // "S&P Global Ratings", where the directory's name is the listed parent's, "S&P Global": its ratings arm. Most names
        // are neither, and the text after them is not read.
        var global = name.Equals("S&P Global", StringComparison.Ordinal);
        if (!global && !name.Equals("S&P", StringComparison.Ordinal))
        {
            return false;
        }

        after = after.TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        var next = end < 0 ? after : after[..end];
        return global ? next.Equals("Ratings", StringComparison.Ordinal) : RatingActions.Contains(next);
    }

    // What a listed agency's own stock does: "Moody's shares rose", "Moody's gained 2%".
    private static readonly WordSet StockWords = new("shares", "stock");

    private static readonly WordSet MoveVerbs = new(
        "rose", "rises", "gained", "gains", "added", "adds", "climbed", "climbs", "jumped", "jumps", "advanced", "advances", "rallied",
        "surged", "fell", "falls", "slipped", "slips", "dropped", "drops", "declined", "declines", "lost", "loses", "sank", "tumbled",
        "slid", "eased");

    /// <summary>
    /// Whether the text after an agency's name is its own stock's move: "shares" or "stock" next, or a verb of a move with a figure
    /// right after it ("Moody's gained 2%"; not "Moody's added that the outlook…").
    /// </summary>
    private static bool TradesAfter(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        var next = end < 0 ? after : after[..end];
        if (StockWords.Contains(next))
        {
            return true;
        }

        if (end < 0 || !MoveVerbs.Contains(next))
        {
            return false;
        }

        var rest = after[end..].TrimStart();
        return !rest.IsEmpty && char.IsAsciiDigit(rest[0]);
    }
}
