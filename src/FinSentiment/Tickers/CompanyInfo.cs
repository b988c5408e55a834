namespace FinSentiment.Tickers;

/// <summary>A company in a <see cref="TickerDirectory"/>.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record CompanyInfo
{
    /// <summary>Gets the primary ticker symbol, for example <c>MSFT</c> or <c>BRK.B</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Gets the company's display name, for example <c>Microsoft Corporation</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the exchange, when known (<c>Nasdaq</c>, <c>NYSE</c>; <c>OTC</c> for an over-the-counter company the directory curates).</summary>
    public string? Exchange { get; init; }

    /// <summary>Gets the SEC central index key, when known.</summary>
    public long? Cik { get; init; }

    /// <summary>Gets the names the company is matched by in text, besides its symbol: the short name, brands, former names.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Gets the aliases that are ordinary words, places or first names (<c>Apple</c>, <c>Target</c>, <c>Chase</c>): a
    /// <see cref="TickerResolver"/> resolves them only with corporate context. Each is also in <see cref="Aliases"/>.
    /// </summary>
    public IReadOnlyList<string> AmbiguousAliases { get; init; } = [];

    /// <summary>Gets the other symbols that resolve to this company (other share classes, for example <c>GOOG</c> for <c>GOOGL</c>).</summary>
    public IReadOnlyList<string> OtherSymbols { get; init; } = [];

    /// <summary>
    /// Gets the company's industry, when known: the GICS sub-industry of the built-in directory's S&amp;P 500 companies
    /// (<c>Semiconductors</c>, <c>Diversified Banks</c>), or the <c>industry</c> column of a user directory. A later reference by
    /// kind ("the chipmaker", "the bank") goes only to a company whose industry fits it, or whose industry is unknown.
    /// </summary>
    public string? Industry { get; init; }
}
