using System.Globalization;

namespace FinSentiment.Lexicon;

/// <summary>One term of a <see cref="SentimentLexicon"/>: a word or a multi-word phrase, its valence and its category.</summary>
/// <remarks>Instances are immutable. Terms are matched case-insensitively, token by token.</remarks>
public sealed record LexiconEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="term">The word or phrase, words separated by spaces.</param>
    /// <param name="valence">The valence in [-1, 1]; see <see cref="LexiconCategory"/> for what it means per category.</param>
    /// <param name="category">The category. <value>Defaults to <see cref="LexiconCategory.Sentiment"/>.</value></param>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valence"/> is outside [-1, 1] or not a number, or <paramref name="category"/> is undefined.</exception>
    public LexiconEntry(string term, double valence, LexiconCategory category = LexiconCategory.Sentiment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        if (double.IsNaN(valence) || valence < -1 || valence > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(valence), valence, "A valence must lie in [-1, 1].");
        }

        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown lexicon category.");
        }

        Term = term.Trim();
        Valence = valence;
        Category = category;
    }

    /// <summary>Gets the word or phrase.</summary>
    public string Term { get; }

    /// <summary>Gets the valence in [-1, 1].</summary>
    public double Valence { get; }

    /// <summary>Gets the category.</summary>
    public LexiconCategory Category { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Term} ({Category}, {Valence:+0.00;-0.00;0})");
}
