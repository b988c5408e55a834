using FinSentiment.Tickers;

namespace FinSentiment;

/// <summary>The sentiment of a text toward one company it mentions.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record TickerSentiment
{
    /// <summary>Gets the ticker symbol, for example <c>MSFT</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Gets the company's name, for example <c>Microsoft Corporation</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the exchange the symbol trades on, when known (<c>Nasdaq</c>, <c>NYSE</c>, <c>OTC</c>).</summary>
    public string? Exchange { get; init; }

    /// <summary>Gets how much the text is about this company, in (0, 1]; see the README for the definition.</summary>
    public required double Relevance { get; init; }

    /// <summary>Gets the sentiment toward the company in [-1, 1], from the sentences and clauses about it.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the label of <see cref="Score"/> on the configured scale.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the polarity of <see cref="Score"/>.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>Gets where the company is mentioned, in text order.</summary>
    public required IReadOnlyList<TickerMention> Mentions { get; init; }

    /// <summary>
    /// Gets the rule that set <see cref="Score"/> from the company's role in the text (one of <see cref="CompanyRules"/>, such as
    /// <c>trader-position</c> or <c>contract-won</c>), or <see langword="null"/> when the score comes from the phrases about the company.
    /// </summary>
    public string? Rule { get; init; }
}
