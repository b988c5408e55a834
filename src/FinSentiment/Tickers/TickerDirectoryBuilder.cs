namespace FinSentiment.Tickers;

/// <summary>
/// Builds a <see cref="TickerDirectory"/> from the built-in data, files and individual companies.
/// </summary>
/// <remarks>
/// Later additions override earlier ones: a company added with the symbol of a company already in the builder replaces it
/// (so a file can correct or extend the defaults), and when two companies share an alias, the one added last keeps it.
/// The SEC's files are the exception: they are reference data, so their companies only complete one already added (its CIK,
/// exchange and other share classes) and never replace its curated name and aliases, nor take an alias another holds
/// (a company earlier in the same file included: of two new companies that would share an alias, the first keeps it).
/// A builder is not thread-safe; the directory it builds is immutable and thread-safe.
/// </remarks>
public sealed class TickerDirectoryBuilder
{
    private readonly Dictionary<string, CompanyInfo> _companies = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];
    private readonly List<(string Phrase, string Symbol)> _descriptors = [];

    internal TickerDirectoryBuilder()
    {
    }

    /// <summary>Adds the built-in directory: S&amp;P 500 companies and Nasdaq and NYSE listings with curated aliases and descriptors.</summary>
    /// <returns>This builder.</returns>
    public TickerDirectoryBuilder AddDefaults()
    {
        const string directory = "FinSentiment.Data.Tickers.directory.tsv";
        const string descriptors = "FinSentiment.Data.Tickers.descriptors.tsv";
        using (var reader = TickerDirectory.OpenResource(directory))
        {
            AddRange(TickerFileReader.ReadTsv(reader, directory));
        }

        using (var reader = TickerDirectory.OpenResource(descriptors))
        {
            foreach (var (phrase, symbol) in TickerFileReader.ReadDescriptors(reader, descriptors))
            {
                _descriptors.Add((phrase, symbol));
            }
        }

        return this;
    }

    /// <summary>Adds a company, replacing any company with the same primary symbol.</summary>
    /// <param name="company">The company.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="company"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The company's symbol or name is empty.</exception>
    public TickerDirectoryBuilder Add(CompanyInfo company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (string.IsNullOrWhiteSpace(company.Symbol))
        {
            throw new ArgumentException("The company's symbol is empty.", nameof(company));
        }

        if (string.IsNullOrWhiteSpace(company.Name))
        {
            throw new ArgumentException($"The name of company '{company.Symbol}' is empty.", nameof(company));
        }

        var symbol = TickerDirectory.NormalizeSymbol(company.Symbol);
        if (!_companies.ContainsKey(symbol))
        {
            _order.Add(symbol);
        }
        else
        {
            _order.Remove(symbol);
            _order.Add(symbol);
        }

        // Copies of the lists: the caller's arrays may change later, and a built directory is immutable.
        _companies[symbol] = company with
        {
            Symbol = symbol,
            Aliases = Copy(company.Aliases),
            AmbiguousAliases = Copy(company.AmbiguousAliases),
            OtherSymbols = Copy(company.OtherSymbols),
        };
        return this;
    }

    /// <summary>Adds an alias (a brand, short or former name) to the company with the given primary symbol.</summary>
    /// <param name="symbol">The company's primary symbol.</param>
    /// <param name="alias">The alias, as written in news (<c>Google</c>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The alias is empty.</exception>
    /// <exception cref="KeyNotFoundException">No company has the symbol.</exception>
    public TickerDirectoryBuilder AddAlias(string symbol, string alias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        var company = Get(symbol);
        if (!ContainsIgnoreCase(company.Aliases, alias))
        {
            _companies[company.Symbol] = company with { Aliases = [.. company.Aliases, alias.Trim()] };
        }

        return this;
    }

    /// <summary>Removes an alias from the company with the given primary symbol; does nothing when it has no such alias.</summary>
    /// <param name="symbol">The company's primary symbol.</param>
    /// <param name="alias">The alias.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No company has the symbol.</exception>
    public TickerDirectoryBuilder RemoveAlias(string symbol, string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var company = Get(symbol);
        _companies[company.Symbol] = company with
        {
            Aliases = [.. company.Aliases.Where(a => !string.Equals(a, alias, StringComparison.OrdinalIgnoreCase))],
            AmbiguousAliases = [.. company.AmbiguousAliases.Where(a => !string.Equals(a, alias, StringComparison.OrdinalIgnoreCase))],
        };
        return this;
    }

    /// <summary>Adds a descriptor, a phrase that news uses for one company after <c>the</c> (<c>iPhone maker</c>).</summary>
    /// <param name="symbol">The company's primary symbol.</param>
    /// <param name="phrase">The phrase, without <c>the</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The phrase is empty.</exception>
    /// <exception cref="KeyNotFoundException">No company has the symbol.</exception>
    public TickerDirectoryBuilder AddDescriptor(string symbol, string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        _descriptors.Add((phrase.Trim(), Get(symbol).Symbol));
        return this;
    }

    /// <summary>
    /// Adds the companies in a file, detected by extension and content: the directory TSV
    /// (<c>symbol, name, exchange, cik, aliases, other_symbols, flags</c>; <c>#</c> comments), CSV with a header
    /// (<c>symbol,name[,exchange][,aliases]</c>), a JSON array of <c>{symbol, name, exchange, aliases}</c>, or the SEC's
    /// <c>company_tickers.json</c> and <c>company_tickers_exchange.json</c>. A company without aliases is found by its name
    /// without the legal suffix (EDGAR's capitals read as a name: <c>MICROSOFT CORP</c> is found as "Microsoft"), and only with
    /// corporate context. An SEC file's companies complete those already added (by symbol, share class or CIK) instead of
    /// replacing them, and a new one never takes an alias another company holds, one added earlier from the same file
    /// included (the first of two new companies that would share an alias keeps it).
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DataFormatException">
    /// The file is empty or holds no companies, is binary, not UTF-8, a directory, in no known format, or has a malformed line
    /// (wrong field count, empty symbol or name) or a symbol twice. The message names the file, the line and the reason.
    /// </exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public TickerDirectoryBuilder AddFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var companies = TickerFileReader.Read(path, out var reference);
        if (!reference)
        {
            AddRange(companies);
        }
        else
        {
            Complete(companies);
        }

        return this;
    }

    /// <summary>
    /// Adds reference companies (the SEC's): one already added, found by its symbol, another share class or its CIK, is only
    /// completed (CIK, exchange, share classes); a new one is added without the aliases other companies already hold, so that
    /// an OTC listing of "Rio Tinto" does not take the name from the curated RIO. New companies are added in the file's order,
    /// each holding its aliases for those after it: "ACME INC" after "ACME CORP" does not take "Acme".
    /// </summary>
    private void Complete(List<CompanyInfo> companies)
    {
        var held = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bySymbol = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byCik = new Dictionary<long, string>();
        foreach (var known in _companies.Values)
        {
            held.UnionWith(known.Aliases);
            bySymbol[known.Symbol] = known.Symbol;
            foreach (var other in known.OtherSymbols)
            {
                bySymbol.TryAdd(other, known.Symbol);
            }

            if (known.Cik is { } cik)
            {
                byCik.TryAdd(cik, known.Symbol);
            }
        }

        foreach (var company in companies)
        {
            if (bySymbol.TryGetValue(company.Symbol, out var symbol) || company.Cik is { } cik && byCik.TryGetValue(cik, out symbol))
            {
                var known = _companies[symbol];
                string[] symbols = [company.Symbol, .. company.OtherSymbols];
                _companies[symbol] = known with
                {
                    Cik = known.Cik ?? company.Cik,
                    Exchange = known.Exchange ?? company.Exchange,
                    OtherSymbols = [.. known.OtherSymbols, .. symbols.Where(s => !s.Equals(known.Symbol, StringComparison.OrdinalIgnoreCase) && !ContainsIgnoreCase(known.OtherSymbols, s))],
                };
            }
            else
            {
                // An alias this company takes is held from now on: of two new companies that would share one, the first in
                // the file keeps it.
                string[] aliases = [.. company.Aliases.Where(a => !held.Contains(a))];
                Add(company with { Aliases = aliases, AmbiguousAliases = [.. company.AmbiguousAliases.Where(a => !held.Contains(a))] });
                held.UnionWith(aliases);
            }
        }
    }

    /// <summary>Builds the directory.</summary>
    /// <returns>An immutable, thread-safe directory.</returns>
    /// <exception cref="InvalidOperationException">A descriptor names a company that was removed.</exception>
    public TickerDirectory Build()
    {
        var companies = new CompanyInfo[_order.Count];
        for (var i = 0; i < companies.Length; i++)
        {
            companies[i] = _companies[_order[i]];
        }

        var descriptors = new List<(string, CompanyInfo)>(_descriptors.Count);
        foreach (var (phrase, symbol) in _descriptors)
        {
            if (_companies.TryGetValue(symbol, out var company))
            {
                descriptors.Add((phrase, company));
            }
        }

        return new TickerDirectory(companies, descriptors);
    }

    private static IReadOnlyList<string> Copy(IReadOnlyList<string>? list) => list is null || list.Count == 0 ? [] : [.. list];

    private void AddRange(IEnumerable<CompanyInfo> companies)
    {
        foreach (var company in companies)
        {
            Add(company);
        }
    }

    private CompanyInfo Get(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return _companies.TryGetValue(TickerDirectory.NormalizeSymbol(symbol), out var company)
            ? company
            : throw new KeyNotFoundException($"No company with the symbol '{symbol}' has been added.");
    }

    private static bool ContainsIgnoreCase(IReadOnlyList<string> list, string value) =>
        list.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
}
