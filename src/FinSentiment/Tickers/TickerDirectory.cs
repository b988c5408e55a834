using FinSentiment.Internal;
using FinSentiment.Tokenization;

namespace FinSentiment.Tickers;

/// <summary>
/// A directory of listed companies: their symbols, names, aliases and descriptors, looked up by symbol or by name.
/// </summary>
/// <remarks>
/// A directory is immutable and thread-safe: build it once (with <see cref="CreateBuilder"/>) and share it.
/// <see cref="Default"/> holds every S&amp;P 500 company and every Nasdaq and NYSE listing in SEC EDGAR, with curated aliases
/// (see <c>Data/Tickers/directory.tsv</c> for provenance and licences).
/// </remarks>
public sealed class TickerDirectory
{
    private static readonly Lazy<TickerDirectory> DefaultDirectory = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CompanyInfo[] _companies;
    private readonly SpanLookup<CompanyInfo> _bySymbol;
    private readonly SpanLookup<CompanyInfo> _byDisplayName;
    private readonly Dictionary<CompanyInfo, string[]> _products;

    internal TickerDirectory(CompanyInfo[] companies, IReadOnlyList<(string Phrase, CompanyInfo Company)> descriptors)
    {
        _companies = companies;
        var symbols = new Dictionary<string, CompanyInfo>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, CompanyInfo>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<(string, CompanyInfo, bool)>();
        foreach (var company in companies)
        {
            foreach (var other in company.OtherSymbols)
            {
                symbols.TryAdd(NormalizeSymbol(other), company);
            }

            names.TryAdd(company.Name, company);
            foreach (var alias in company.Aliases)
            {
                var ambiguous = Contains(company.AmbiguousAliases, alias);
                phrases.Add((alias, company, ambiguous));

                // News spells out the ampersand of a name: "Kulicke and Soffa", "Gaming and Leisure Properties".
                if (alias.Contains(" & ", StringComparison.Ordinal))
                {
                    phrases.Add((alias.Replace(" & ", " and ", StringComparison.Ordinal), company, ambiguous));
                }
            }
        }

        // Primary symbols win over other share classes of another company; later companies win over earlier ones.
        foreach (var company in companies)
        {
            symbols[NormalizeSymbol(company.Symbol)] = company;
        }

        _bySymbol = new SpanLookup<CompanyInfo>([.. symbols]);
        _byDisplayName = new SpanLookup<CompanyInfo>([.. names]);
        Names = NameMatcher.Create(phrases);
        var descriptorPhrases = new List<(string, CompanyInfo, bool)>(descriptors.Count);
        _products = new Dictionary<CompanyInfo, string[]>(ReferenceEqualityComparer.Instance);
        foreach (var (phrase, company) in descriptors)
        {
            descriptorPhrases.Add((phrase, company, false));

            // "the iPhone maker", "the Zepbound maker": a brand the company is known to make (not "the soda maker").
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && phrase.AsSpan(0, space).IndexOfAnyInRange('A', 'Z') >= 0 && phrase.AsSpan(space + 1).Equals("maker", StringComparison.OrdinalIgnoreCase))
            {
                _products[company] = [.. ProductsOf(company), phrase[..space]];
            }
        }

        Descriptors = NameMatcher.Create(descriptorPhrases);
        (NamesOpeningOthers, NamesOpenedByOthers) = FindNamesOpeningOthers(companies);
    }

    /// <summary>
    /// The brands a company is known to make, from its descriptors of the form "the … maker" ("iPhone" for Apple); empty for
    /// most companies.
    /// </summary>
    internal ReadOnlySpan<string> ProductsOf(CompanyInfo company) => _products.TryGetValue(company, out var products) ? products : [];

    /// <summary>
    /// The companies with an alias that opens another company's alias ("Prudential" of Prudential plc opens "Prudential Financial"):
    /// in a text that names the other company in full, the short name may be it cut short.
    /// </summary>
    internal IReadOnlySet<CompanyInfo> NamesOpeningOthers { get; }

    /// <summary>The companies with an alias that another company's alias opens ("Prudential Financial", opened by "Prudential").</summary>
    internal IReadOnlySet<CompanyInfo> NamesOpenedByOthers { get; }

    private static (HashSet<CompanyInfo> Opening, HashSet<CompanyInfo> Opened) FindNamesOpeningOthers(CompanyInfo[] companies)
    {
        var byAlias = new Dictionary<string, List<CompanyInfo>>(StringComparer.OrdinalIgnoreCase);
        foreach (var company in companies)
        {
            foreach (var alias in company.Aliases)
            {
                if (!byAlias.TryGetValue(alias, out var owners))
                {
                    byAlias[alias] = owners = [];
                }

                owners.Add(company);
            }
        }

        var opening = new HashSet<CompanyInfo>(ReferenceEqualityComparer.Instance);
        var opened = new HashSet<CompanyInfo>(ReferenceEqualityComparer.Instance);
        foreach (var company in companies)
        {
            foreach (var alias in company.Aliases)
            {
                for (var space = 1; space < alias.Length; space++)
                {
                    if (alias[space] == ' ' && byAlias.TryGetValue(alias[..space], out var owners))
                    {
                        foreach (var owner in owners)
                        {
                            if (!ReferenceEquals(owner, company))
                            {
                                opening.Add(owner);
                                opened.Add(company);
                            }
                        }
                    }
                }
            }
        }

        return (opening, opened);
    }

    /// <summary>Gets the built-in directory, loaded from the embedded <c>directory.tsv</c> and <c>descriptors.tsv</c> on first use.</summary>
    /// <exception cref="DataFormatException">The embedded data is malformed (a build defect).</exception>
    public static TickerDirectory Default => DefaultDirectory.Value;

    /// <summary>Gets the number of companies.</summary>
    public int Count => _companies.Length;

    /// <summary>Gets the companies, in the order they were added (the built-in data is in market-capitalisation order).</summary>
    public IReadOnlyList<CompanyInfo> Companies => Array.AsReadOnly(_companies);

    /// <summary>Gets the matcher over company names and aliases.</summary>
    internal NameMatcher Names { get; }

    /// <summary>Gets the matcher over descriptors such as <c>iPhone maker</c>.</summary>
    internal NameMatcher Descriptors { get; }

    /// <summary>Creates a builder for a new directory.</summary>
    /// <returns>An empty builder; call <see cref="TickerDirectoryBuilder.AddDefaults"/> to start from the built-in data.</returns>
    public static TickerDirectoryBuilder CreateBuilder() => new();

    /// <summary>
    /// Looks a company up by any of its symbols, ignoring case; a class suffix may be written with a dot or a hyphen
    /// (<c>BRK.B</c>, <c>BRK-B</c>, <c>brk.b</c>). Allocates nothing.
    /// </summary>
    /// <param name="symbol">The symbol, without <c>$</c> or exchange.</param>
    /// <param name="company">The company, when found.</param>
    /// <returns><see langword="true"/> when the symbol is in the directory.</returns>
    public bool TryGetBySymbol(ReadOnlySpan<char> symbol, out CompanyInfo company)
    {
        symbol = symbol.Trim();
        if (symbol.IsEmpty || symbol.Length > 16)
        {
            company = null!;
            return false;
        }

        if (symbol.IndexOf('-') < 0)
        {
            return _bySymbol.TryGetValue(symbol, out company);
        }

        Span<char> buffer = stackalloc char[symbol.Length];
        symbol.CopyTo(buffer);
        buffer.Replace('-', '.');
        return _bySymbol.TryGetValue(buffer, out company);
    }

    /// <summary>
    /// Looks a company up by name, ignoring case: its display name (<c>Microsoft Corporation</c>), or an alias with or
    /// without a legal suffix (<c>Microsoft</c>, <c>Microsoft Corp.</c>, <c>Google</c>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="company">The company, when found.</param>
    /// <returns><see langword="true"/> when the name is in the directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryGetByName(string name, out CompanyInfo company)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.AsSpan().Trim();
        if (_byDisplayName.TryGetValue(trimmed, out company))
        {
            return true;
        }

        var tokens = new Token[Math.Max(8, trimmed.Length + 1)];
        FinancialTokenizer.Instance.Tokenize(trimmed, tokens, out var count, out _);
        var span = tokens.AsSpan(0, count);
        while (span.Length > 0 && span[^1].Kind == TokenKind.SentenceEnd)
        {
            span = span[..^1];
        }

        var matched = Names.MatchIgnoringCase(trimmed, span, out var entry);
        if (matched > 0 && (matched == span.Length || LegalSuffix.Match(trimmed, span, matched) == span.Length))
        {
            company = entry!.Company;
            return true;
        }

        company = null!;
        return false;
    }

    internal static string NormalizeSymbol(string symbol) => symbol.Trim().Replace('-', '.').ToUpperInvariant();

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static TickerDirectory LoadDefault() => CreateBuilder().AddDefaults().Build();

    internal static TextReader OpenResource(string name)
    {
        var stream = typeof(TickerDirectory).Assembly.GetManifestResourceStream(name)
            ?? throw new DataFormatException(name, 0, "the embedded resource is missing");
        return new StreamReader(stream);
    }
}
