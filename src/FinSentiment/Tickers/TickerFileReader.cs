using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FinSentiment.Internal;

namespace FinSentiment.Tickers;

/// <summary>Reads ticker directory files; every malformed line throws a <see cref="DataFormatException"/>.</summary>
internal static class TickerFileReader
{
    private static readonly string[] LegalWords =
    [
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "plc",
        "llc", "lp", "l.p.", "n.v.", "nv", "s.a.", "sa", "ag", "se", "com", "group", "holdings", "holding", "cos",
    ];

    // Words a name keeps in lower case when EDGAR's capitals are read as a name ("Bank of America").
    private static readonly WordSet LowerCaseWords = new("of", "and", "the", "for", "de", "du", "la", "le", "des", "et");

    private static readonly SearchValues<char> Vowels = SearchValues.Create("AEIOUY");

    /// <summary>
    /// Reads a user's directory file. A company given without aliases is found by its name without the legal suffix
    /// (<see cref="MatchName"/>), as the SEC's files are. <paramref name="reference"/> tells an SEC file, whose companies
    /// complete those a builder already has rather than replace them.
    /// </summary>
    public static List<CompanyInfo> Read(string path, out bool reference)
    {
        var content = DataFileText.Read(path, "Ticker directory file");
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new DataFormatException(path, 0, "the file is empty");
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        var first = content.TrimStart()[0];
        using var reader = new StringReader(content);
        reference = false;
        var companies = extension switch
        {
            ".JSON" => ReadJson(content, path, out reference),
            ".CSV" => ReadCsv(reader, path),
            ".TSV" or ".TAB" => ReadTsv(reader, path, nameIsAlias: true),
            _ when first is '[' or '{' => ReadJson(content, path, out reference),
            _ when FirstDataLine(content).Contains('\t', StringComparison.Ordinal) => ReadTsv(reader, path, nameIsAlias: true),
            _ when FirstDataLine(content).Contains(',', StringComparison.Ordinal) => ReadCsv(reader, path),
            _ => throw new DataFormatException(path, 1, "unknown format: expected the directory TSV, CSV with a header, or JSON"),
        };

        // A header, "[]" or "{}" alone is a file that lost its data, not a directory of no companies.
        return companies.Count > 0 ? companies : throw new DataFormatException(path, 0, "the file holds no companies");
    }

    /// <summary>
    /// Reads the directory TSV: <c>symbol, name[, exchange, cik, aliases, other_symbols, flags, industry]</c>. With
    /// <paramref name="nameIsAlias"/>, a company without aliases is found by its name; the built-in data leaves a few companies
    /// without one on purpose (a name another company is known by).
    /// </summary>
    public static List<CompanyInfo> ReadTsv(TextReader reader, string source, bool nameIsAlias = false)
    {
        var companies = new List<CompanyInfo>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#' || (companies.Count == 0 && line.StartsWith("symbol\t", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 8)
            {
                throw new DataFormatException(source, lineNumber, $"expected 2 to 8 tab-separated fields (symbol, name, exchange, cik, aliases, other_symbols, flags, industry), found {fields.Length}");
            }

            long? cik = null;
            if (fields.Length > 3 && fields[3].Length > 0)
            {
                cik = long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : throw new DataFormatException(source, lineNumber, $"'{fields[3]}' is not a CIK (a whole non-negative number)");
            }

            var aliases = fields.Length > 4 ? SplitList(fields[4]) : [];
            var flags = fields.Length > 6 ? SplitList(fields[6]) : [];
            var company = Create(source, lineNumber, fields[0], fields[1], Field(fields, 2), cik, aliases, fields.Length > 5 ? SplitList(fields[5]) : [], flags, Field(fields, 7));
            company = nameIsAlias ? WithNameAsAlias(company) : company;
            Add(companies, seen, company, source, lineNumber);
        }

        return companies;
    }

    /// <summary>Reads descriptors: <c>phrase &lt;TAB&gt; symbol</c> lines, <c>#</c> comments.</summary>
    public static List<(string Phrase, string Symbol)> ReadDescriptors(TextReader reader, string source)
    {
        var result = new List<(string, string)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                throw new DataFormatException(source, lineNumber, "expected 2 tab-separated fields (phrase, symbol)");
            }

            result.Add((fields[0].Trim(), fields[1].Trim()));
        }

        return result;
    }

    private static List<CompanyInfo> ReadCsv(TextReader reader, string source)
    {
        var header = reader.ReadLine() ?? throw new DataFormatException(source, 0, "the file is empty");
        var columns = ParseCsvLine(header, source, 1);
        var symbolColumn = IndexOf(columns, "symbol", "ticker");
        var nameColumn = IndexOf(columns, "name", "title");
        if (symbolColumn < 0 || nameColumn < 0)
        {
            throw new DataFormatException(source, 1, "expected a header with symbol and name columns (symbol,name[,exchange][,aliases][,industry])");
        }

        var exchangeColumn = IndexOf(columns, "exchange");
        var industryColumn = IndexOf(columns, "industry");
        var aliasesColumn = IndexOf(columns, "aliases");
        var companies = new List<CompanyInfo>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = ParseCsvLine(line, source, lineNumber);
            if (fields.Count != columns.Count)
            {
                throw new DataFormatException(source, lineNumber, $"expected {columns.Count} comma-separated fields, found {fields.Count}");
            }

            var aliases = aliasesColumn >= 0 ? SplitList(fields[aliasesColumn]) : [];
            var company = WithNameAsAlias(Create(source, lineNumber, fields[symbolColumn], fields[nameColumn], exchangeColumn >= 0 ? fields[exchangeColumn] : null, null, aliases, [], [],
                industryColumn >= 0 ? fields[industryColumn] : null));
            Add(companies, seen, company, source, lineNumber);
        }

        return companies;
    }

    private static List<CompanyInfo> ReadJson(string text, string source, out bool reference)
    {
        reference = false;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(source, (int)(ex.LineNumber ?? -1) + 1, "invalid JSON: " + ex.Message, ex);
        }

        try
        {
            using (document)
            {
                var root = document.RootElement;
                var companies = new List<CompanyInfo>();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (root.ValueKind == JsonValueKind.Array)
                {
                    var lines = ItemLines(text);
                    var ordinal = 0;
                    foreach (var item in root.EnumerateArray())
                    {
                        var line = ordinal < lines.Count ? lines[ordinal] : 0;
                        ordinal++;
                        if (item.ValueKind != JsonValueKind.Object)
                        {
                            throw new DataFormatException(source, line, $"entry {ordinal} is not an object");
                        }

                        var aliases = item.TryGetProperty("aliases", out var a) ? ReadAliases(a, source, line, ordinal) : [];
                        var company = WithNameAsAlias(Create(source, line, GetString(item, "symbol", source, line, ordinal), GetString(item, "name", source, line, ordinal),
                            item.TryGetProperty("exchange", out var e) ? OptionalString(e, $"entry {ordinal}: \"exchange\"", source, line) : null, null, aliases, [], [],
                            item.TryGetProperty("industry", out var industry) ? OptionalString(industry, $"entry {ordinal}: \"industry\"", source, line) : null));
                        Add(companies, seen, company, source, line);
                    }

                    return companies;
                }

                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("fields", out var fieldsElement) && root.TryGetProperty("data", out var data))
                {
                    reference = true;
                    return ReadSecExchange(text, source, fieldsElement, data);
                }

                if (root.ValueKind == JsonValueKind.Object)
                {
                    reference = true;
                    return ReadSecTickers(text, source, root);
                }

                throw new DataFormatException(source, 1, "expected a JSON array of {\"symbol\", \"name\", \"exchange\", \"aliases\"} objects or an SEC company_tickers file");
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException && ex is not DataFormatException)
        {
            // A value of the wrong JSON kind or out of range (a cik of 1.5, a field name that is a number, an escaped lone surrogate).
            throw new DataFormatException(source, 0, "a value cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Reads the SEC's <c>company_tickers.json</c>: <c>{"0": {"cik_str", "ticker", "title"}, ...}</c>.</summary>
    private static List<CompanyInfo> ReadSecTickers(string text, string source, JsonElement root)
    {
        var rows = new List<(long Cik, string Ticker, string Title, string? Exchange, int Line)>();
        var lines = ItemLines(text);
        var ordinal = 0;
        foreach (var property in root.EnumerateObject())
        {
            var line = ordinal < lines.Count ? lines[ordinal] : 0;
            ordinal++;
            var item = property.Value;
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("cik_str", out var cik) || cik.ValueKind != JsonValueKind.Number)
            {
                throw new DataFormatException(source, line, $"entry \"{property.Name}\" is not an SEC company_tickers object with cik_str, ticker and title");
            }

            rows.Add((ReadCik(cik, source, line, $"entry \"{property.Name}\""), GetString(item, "ticker", source, line, ordinal), GetString(item, "title", source, line, ordinal), null, line));
        }

        return FromSecRows(rows, source);
    }

    /// <summary>Reads the SEC's <c>company_tickers_exchange.json</c>: <c>{"fields": ["cik", "name", "ticker", "exchange"], "data": [[...]]}</c>.</summary>
    private static List<CompanyInfo> ReadSecExchange(string text, string source, JsonElement fields, JsonElement data)
    {
        if (fields.ValueKind != JsonValueKind.Array || data.ValueKind != JsonValueKind.Array)
        {
            throw new DataFormatException(source, 1, "\"fields\" and \"data\" must be arrays");
        }

        var names = fields.EnumerateArray().Select(f => f.GetString() ?? string.Empty).ToList();
        var (cikIndex, nameIndex, tickerIndex, exchangeIndex) = (names.IndexOf("cik"), names.IndexOf("name"), names.IndexOf("ticker"), names.IndexOf("exchange"));
        if (cikIndex < 0 || nameIndex < 0 || tickerIndex < 0)
        {
            throw new DataFormatException(source, 1, "\"fields\" must name cik, name and ticker");
        }

        var lines = ItemLines(text, "data");
        var rows = new List<(long, string, string, string?, int)>();
        var ordinal = 0;
        foreach (var row in data.EnumerateArray())
        {
            var line = ordinal < lines.Count ? lines[ordinal] : 0;
            ordinal++;
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != names.Count)
            {
                throw new DataFormatException(source, line, $"row {ordinal} must be an array of {names.Count} values");
            }

            var cik = row[cikIndex];
            var ticker = row[tickerIndex];
            var name = row[nameIndex];
            if (cik.ValueKind != JsonValueKind.Number || ticker.ValueKind != JsonValueKind.String || name.ValueKind != JsonValueKind.String)
            {
                throw new DataFormatException(source, line, $"row {ordinal} must have a numeric cik and string name and ticker");
            }

            var exchange = exchangeIndex >= 0 ? OptionalString(row[exchangeIndex], $"row {ordinal}: the exchange", source, line) : null;
            rows.Add((ReadCik(cik, source, line, $"row {ordinal}"), ticker.GetString()!, name.GetString()!, exchange, line));
        }

        return FromSecRows(rows, source);
    }

    /// <summary>Reads an SEC central index key: a whole, non-negative number that fits in 64 bits.</summary>
    private static long ReadCik(JsonElement cik, string source, int line, string what) =>
        cik.TryGetInt64(out var value) && value >= 0
            ? value
            : throw new DataFormatException(source, line, $"{what} has a cik that is not a whole non-negative number ({cik.GetRawText()})");

    /// <summary>Groups SEC rows by CIK: the first ticker is the primary symbol, the others are other share classes.</summary>
    private static List<CompanyInfo> FromSecRows(List<(long Cik, string Ticker, string Title, string? Exchange, int Line)> rows, string source)
    {
        var companies = new List<CompanyInfo>();
        var byCik = new Dictionary<long, int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cik, ticker, title, exchange, line) in rows)
        {
            var symbol = TickerDirectory.NormalizeSymbol(ticker);
            if (symbol.Length == 0)
            {
                throw new DataFormatException(source, line, "the ticker is empty");
            }

            if (!seen.Add(symbol))
            {
                throw new DataFormatException(source, line, $"the symbol '{symbol}' appears twice");
            }

            if (byCik.TryGetValue(cik, out var index))
            {
                companies[index] = companies[index] with { OtherSymbols = [.. companies[index].OtherSymbols, symbol] };
                continue;
            }

            byCik[cik] = companies.Count;
            companies.Add(WithNameAsAlias(Create(source, line, symbol, title.Trim(), exchange, cik, [], [], [])));
        }

        return companies;
    }

    /// <summary>
    /// The company, found by its name (<see cref="MatchName"/>) when it has no alias, and then only with corporate context (as
    /// the built-in data's "common-word" names are).
    /// </summary>
    private static CompanyInfo WithNameAsAlias(CompanyInfo company)
    {
        if (company.Aliases.Count > 0)
        {
            return company;
        }

        // Ambiguous whatever its length: a name taken from a listing, not curated, may be words of any headline ("Global Gas",
        // "Dollar General", "First Capital"), so it counts only with corporate context.
        var alias = MatchName(company.Name);
        return company with { Aliases = [alias], AmbiguousAliases = [alias] };
    }

    /// <summary>
    /// The name as news writes it: without legal suffixes, and in title case when it is all in capitals, as EDGAR's titles are
    /// (<c>MICROSOFT CORP</c> gives <c>Microsoft</c>, which "Microsoft" and "MICROSOFT" both match; <c>AMAZON COM INC</c>
    /// <c>Amazon</c>; <c>BANK OF AMERICA CORP</c> <c>Bank of America</c>; words with digits, "&amp;" or a full stop, and short
    /// words without vowels, stay in capitals: <c>3M</c>, <c>AT&amp;T</c>, <c>LSB</c>). The name has a letter or digit (see
    /// <see cref="Create"/>).
    /// </summary>
    internal static string MatchName(string name)
    {
        var words = name.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (LegalWords.Contains(words[^1].ToLowerInvariant()) || words[^1].StartsWith('/')))
        {
            words.RemoveAt(words.Count - 1);
            if (words.Count > 1 && words[^1] == "&")
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        if (!words.Exists(w => w.Any(char.IsLower)))
        {
            for (var i = 0; i < words.Count; i++)
            {
                words[i] = i > 0 && LowerCaseWords.Contains(words[i]) ? words[i].ToLowerInvariant() : TitleCase(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    private static string TitleCase(string word)
    {
        var acronym = word.Length <= 3 && !word.AsSpan().ContainsAny(Vowels);
        if (acronym || word.Any(char.IsDigit) || word.Contains('&', StringComparison.Ordinal) || word.Contains('.', StringComparison.Ordinal))
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                // "HEWLETT-PACKARD" gives "Hewlett-Packard", "MACY'S" "Macy's".
                span[i] = i == 0 || w[i - 1] == '-' ? w[i] : char.ToLowerInvariant(w[i]);
            }
        });
    }

    private static CompanyInfo Create(string source, int line, string symbol, string name, string? exchange, long? cik,
        string[] aliases, string[] otherSymbols, string[] flags, string? industry = null)
    {
        symbol = symbol.Trim();
        name = name.Trim();
        if (symbol.Length == 0)
        {
            throw new DataFormatException(source, line, "the symbol is empty");
        }

        if (name.Length == 0)
        {
            throw new DataFormatException(source, line, $"the name of '{symbol}' is empty");
        }

        if (!name.Any(char.IsLetterOrDigit))
        {
            throw new DataFormatException(source, line, $"the name of '{symbol}' has no letter or digit");
        }

        var ambiguous = new List<string>();
        foreach (var flag in flags)
        {
            if (flag.Equals("common-word", StringComparison.OrdinalIgnoreCase))
            {
                if (aliases.Length > 0)
                {
                    ambiguous.Add(aliases[0]);
                }
            }
            else if (flag.StartsWith("common-word:", StringComparison.OrdinalIgnoreCase))
            {
                ambiguous.Add(flag["common-word:".Length..]);
            }
            else
            {
                throw new DataFormatException(source, line, $"unknown flag '{flag}' (expected common-word or common-word:<alias>)");
            }
        }

        return new CompanyInfo
        {
            Symbol = TickerDirectory.NormalizeSymbol(symbol),
            Name = name,
            Exchange = string.IsNullOrWhiteSpace(exchange) ? null : exchange.Trim(),
            Cik = cik,
            Aliases = aliases,
            OtherSymbols = otherSymbols.Select(TickerDirectory.NormalizeSymbol).ToArray(),
            AmbiguousAliases = [.. ambiguous],
            Industry = string.IsNullOrWhiteSpace(industry) ? null : industry.Trim(),
        };
    }

    private static void Add(List<CompanyInfo> companies, HashSet<string> seen, CompanyInfo company, string source, int line)
    {
        if (!seen.Add(company.Symbol))
        {
            throw new DataFormatException(source, line, $"the symbol '{company.Symbol}' appears twice");
        }

        companies.Add(company);
    }

    private static string? Field(string[] fields, int index) => index < fields.Length && fields[index].Length > 0 ? fields[index] : null;

    private static string[] SplitList(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] ReadAliases(JsonElement element, string source, int line, int ordinal) => element.ValueKind switch
    {
        JsonValueKind.String => SplitList(element.GetString()!),
        JsonValueKind.Array => [.. element.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String
            ? a.GetString()!
            : throw new DataFormatException(source, line, $"entry {ordinal}: \"aliases\" must hold strings"))],
        JsonValueKind.Null => [],
        _ => throw new DataFormatException(source, line, $"entry {ordinal}: \"aliases\" must be a string or an array of strings"),
    };

    /// <summary>Reads an optional string: <c>null</c> is none, and a value of another kind (a number, an object) is an error.</summary>
    private static string? OptionalString(JsonElement value, string what, string source, int line) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new DataFormatException(source, line, $"{what} must be a string, not {KindOf(value)}"),
    };

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string GetString(JsonElement item, string property, string source, int line, int ordinal) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new DataFormatException(source, line, $"entry {ordinal} has no string \"{property}\"");

    private static int IndexOf(List<string> columns, params ReadOnlySpan<string> names)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            foreach (var name in names)
            {
                if (columns[i].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static List<string> ParseCsvLine(string line, string source, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new DataFormatException(source, lineNumber, "a quoted field is not closed");
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static string FirstDataLine(string content)
    {
        foreach (var line in content.Split('\n'))
        {
            if (line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                return line;
            }
        }

        return string.Empty;
    }

    /// <summary>The line of each item of the root container, or of the one that is the root object's <paramref name="property"/>.</summary>
    private static List<int> ItemLines(string text, string? property = null) => DataFileText.JsonItemLines(text, property);
}
