using System.Globalization;

namespace FinSentiment.Lexicon;

/// <summary>One term of a <see cref="SentimentLexicon"/>: a word or a multi-word phrase, its valence and its category.</summary>
/// <remarks>Instances are immutable. Terms are matched case-insensitively, token by token.</remarks>
public sealed record LexiconEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="term">
    /// The word or phrase, words separated by spaces. White space around it is trimmed and each run of white space inside it
    /// becomes one space (<c>"beat  estimates"</c> is the term <c>"beat estimates"</c>), as terms are matched word by word.
    /// </param>
    /// <param name="valence">The valence in [-1, 1]; see <see cref="LexiconCategory"/> for what it means per category.</param>
    /// <param name="category">The category. <value>Defaults to <see cref="LexiconCategory.Sentiment"/>.</value></param>
    /// <param name="domain">
    /// For a <see cref="LexiconCategory.Sentiment"/> entry, whether it is a financial term or an everyday word (see
    /// <see cref="LexiconDomain"/>); other categories are always <see cref="LexiconDomain.Finance"/>.
    /// <value>Defaults to <see cref="LexiconDomain.Finance"/>.</value>
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="valence"/> is outside [-1, 1] or not a number, <paramref name="category"/> or <paramref name="domain"/> is
    /// undefined, or <paramref name="domain"/> is <see cref="LexiconDomain.General"/> for a category other than
    /// <see cref="LexiconCategory.Sentiment"/>.
    /// </exception>
    public LexiconEntry(string term, double valence, LexiconCategory category = LexiconCategory.Sentiment, LexiconDomain domain = LexiconDomain.Finance)
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

        if (!Enum.IsDefined(domain) || (domain != LexiconDomain.Finance && category != LexiconCategory.Sentiment))
        {
            throw new ArgumentOutOfRangeException(nameof(domain), domain, "Only a sentiment entry can be general English; the other categories are always finance.");
        }

        Term = NormalizeTerm(term);
        Valence = valence;
        Category = category;
        Domain = domain;
    }

    /// <summary>Gets the word or phrase.</summary>
    public string Term { get; }

    /// <summary>Gets the valence in [-1, 1].</summary>
    public double Valence { get; }

    /// <summary>Gets the category.</summary>
    public LexiconCategory Category { get; }

    /// <summary>Gets whether the entry is a financial term or an everyday English word.</summary>
    public LexiconDomain Domain { get; }

    /// <summary>
    /// Gets a term as lexicons key it: trimmed, with each run of white space inside it one space. Lookups, removals and
    /// duplicate checks all go through it, so that terms that differ only in spacing are one term.
    /// </summary>
    internal static string NormalizeTerm(string term)
    {
        var trimmed = term.AsSpan().Trim();
        for (var i = 1; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]) && (trimmed[i] != ' ' || char.IsWhiteSpace(trimmed[i - 1])))
            {
                return string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return trimmed.Length == term.Length ? term : trimmed.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Domain == LexiconDomain.General
            ? string.Create(CultureInfo.InvariantCulture, $"{Term} ({Category}, {Domain}, {Valence:+0.00;-0.00;0})")
            : string.Create(CultureInfo.InvariantCulture, $"{Term} ({Category}, {Valence:+0.00;-0.00;0})");
}
