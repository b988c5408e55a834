namespace FinSentiment;

/// <summary>The analysis of one text: its overall sentiment, the sentiment toward each company it mentions, and why.</summary>
/// <remarks>
/// Instances are not changed after they are returned. Their lists are read-only interfaces over the lists the analysis built,
/// not copies (for speed): do not cast them back to a mutable type. Offsets refer to the analysed text (for a
/// <see cref="NewsArticle"/>, to <see cref="NewsArticle.Text"/>).
/// </remarks>
public sealed record SentimentResult
{
    /// <summary>Gets the overall score in [-1, 1]: negative is bad news, positive good news.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the label of <see cref="Score"/> on the configured scale, for example <c>moderately negative</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the polarity of <see cref="Score"/>.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>Gets the companies mentioned, most relevant first (at equal relevance, the first named first).</summary>
    public required IReadOnlyList<TickerSentiment> Tickers { get; init; }

    /// <summary>Gets the phrases that moved the score, strongest first.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>Gets the sentences, in text order, with their scores.</summary>
    public required IReadOnlyList<SentenceSentiment> Sentences { get; init; }

    /// <summary>Gets the sentiment toward the caller's own targets, in the order they were given; empty unless targets were passed.</summary>
    public IReadOnlyList<TargetSentiment> Targets { get; init; } = [];
}
