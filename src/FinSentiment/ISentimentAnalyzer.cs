namespace FinSentiment;

/// <summary>
/// Analyses the sentiment of financial news: an overall score and label, the sentiment toward each company mentioned,
/// and the phrases that produced them.
/// </summary>
/// <remarks>Implementations are thread-safe: create one analyzer and share it.</remarks>
public interface ISentimentAnalyzer
{
    /// <summary>Analyses a text.</summary>
    /// <param name="text">The text. Empty or white-space text gives a neutral result with no tickers.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="FinSentimentOptions.MaxTextLength"/>.</exception>
    SentimentResult Analyze(string text);

    /// <summary>Analyses a news article; its title weighs more than its body. Offsets refer to <see cref="NewsArticle.Text"/>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="ArgumentException">The article's text is longer than <see cref="FinSentimentOptions.MaxTextLength"/>.</exception>
    SentimentResult Analyze(NewsArticle article);

    /// <summary>Analyses a text and the sentiment toward the caller's own targets (companies the directory need not know).</summary>
    /// <param name="text">The text.</param>
    /// <param name="targets">The targets; the result's <see cref="SentimentResult.Targets"/> follows their order.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="targets"/> or one of the targets is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="FinSentimentOptions.MaxTextLength"/>.</exception>
    /// <remarks>
    /// A target found in the text scores the phrases it owns; one that is only a messenger ("according to Globex", "a Globex
    /// survey", a byline) or a public institution or non-profit body (a central bank, regulator, government, court, agency,
    /// trade association: "Bank of Japan", "ECB", "Labor Department") scores neutral, since investor sentiment does not
    /// attach to it. A target not found gets the text's overall score.
    /// </remarks>
    SentimentResult Analyze(string text, IReadOnlyList<SentimentTarget> targets);

    /// <summary>
    /// Analyses a news article, its title weighing more than its body, and the sentiment toward the caller's own targets.
    /// Offsets refer to <see cref="NewsArticle.Text"/>.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="targets">The targets; the result's <see cref="SentimentResult.Targets"/> follows their order.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/>, <paramref name="targets"/> or one of the targets is null.</exception>
    /// <exception cref="ArgumentException">The article's text is longer than <see cref="FinSentimentOptions.MaxTextLength"/>.</exception>
    /// <remarks>
    /// Targets are found and scored as by <see cref="Analyze(string, IReadOnlyList{SentimentTarget})"/>. The default
    /// implementation, for analyzers written before this member, analyses <see cref="NewsArticle.Text"/> without weighing the
    /// title; <see cref="SentimentAnalyzer"/> weighs it.
    /// </remarks>
    SentimentResult Analyze(NewsArticle article, IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article.Text, targets);
    }

    /// <summary>Analyses many texts in parallel; results keep the input order.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Stops the batch; then <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>One result per text, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An item is longer than <see cref="FinSentimentOptions.MaxTextLength"/> (the first failure
    /// is thrown, as <c>Analyze</c> throws it; the batch stops).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>Analyses many articles in parallel; results keep the input order.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="cancellationToken">Stops the batch; then <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">An item is longer than <see cref="FinSentimentOptions.MaxTextLength"/> (the first failure
    /// is thrown, as <c>Analyze</c> throws it; the batch stops).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<NewsArticle> articles, CancellationToken cancellationToken = default);
}
