namespace FinSentiment.Tickers;

/// <summary>The companies FinSentiment can resolve (interim version; replaced by the full directory).</summary>
public sealed class TickerDirectory
{
    private readonly Dictionary<string, CompanyInfo> _bySymbol;

    internal TickerDirectory(IEnumerable<CompanyInfo> companies)
    {
        Companies = [.. companies];
        _bySymbol = Companies.ToDictionary(static c => c.Symbol, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the built-in directory.</summary>
    public static TickerDirectory Default { get; } = new([new CompanyInfo { Symbol = "MSFT", Name = "Microsoft Corporation", Exchange = "Nasdaq", Aliases = ["Microsoft"] }]);

    /// <summary>Gets the companies.</summary>
    public IReadOnlyList<CompanyInfo> Companies { get; }

    /// <summary>Gets the number of companies.</summary>
    public int Count => Companies.Count;

    /// <summary>Finds a company by symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="company">The company.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetBySymbol(ReadOnlySpan<char> symbol, out CompanyInfo company) =>
        _bySymbol.TryGetValue(symbol.ToString(), out company!);
}
