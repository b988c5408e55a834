using FinSentiment.Tickers;

namespace FinSentiment.Tests.Tickers;

public sealed class TickerDirectoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("finsentiment-tickers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SentimentAnalyzer AnalyzerOver(TickerDirectory directory) =>
        new(FinSentiment.Tokenization.FinancialTokenizer.Instance, FinSentiment.Scoring.LexiconScorer.Default, new TickerResolver(directory));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_built_directory_and_a_target_keep_their_own_copies_of_the_callers_lists()
    {
        string[] aliases = ["Zeta Quux"];
        var directory = TickerDirectory.CreateBuilder().Add(new CompanyInfo { Symbol = "ZZQX", Name = "Zeta Quux Inc", Aliases = aliases }).Build();
        string[] targetAliases = ["Zeta"];
        var target = new SentimentTarget("Zeta Quux Inc", targetAliases);

        aliases[0] = "Other";
        targetAliases[0] = "Other";

        Assert.Equal("Zeta Quux", Assert.Single(directory.Companies[0].Aliases));
        Assert.Equal("Zeta", Assert.Single(target.Aliases));
    }

    [Fact]
    public void Default_directory_holds_the_sp500_and_listed_companies()
    {
        var directory = TickerDirectory.Default;
        Assert.True(directory.Count > 5000);
        Assert.True(directory.TryGetBySymbol("MSFT", out var microsoft));
        Assert.Equal("Microsoft Corporation", microsoft.Name);
        Assert.Contains("Microsoft", microsoft.Aliases);
    }

    [Theory]
    [InlineData("BRK.B")]
    [InlineData("BRK-B")]
    [InlineData("brk.b")]
    [InlineData("BRK.A")]
    public void Symbol_lookup_ignores_case_and_class_separator_and_finds_other_classes(string symbol)
    {
        Assert.True(TickerDirectory.Default.TryGetBySymbol(symbol, out var company));
        Assert.Equal("BRK.B", company.Symbol);
    }

    [Fact]
    public void Alphabet_class_a_is_primary_and_class_c_resolves_to_it()
    {
        Assert.True(TickerDirectory.Default.TryGetBySymbol("GOOG", out var company));
        Assert.Equal("GOOGL", company.Symbol);
    }

    [Theory]
    [InlineData("Microsoft", "MSFT")]
    [InlineData("Microsoft Corporation", "MSFT")]
    [InlineData("Microsoft Corp.", "MSFT")]
    [InlineData("google", "GOOGL")]
    [InlineData("Bank of America", "BAC")]
    [InlineData("Johnson & Johnson", "JNJ")]
    public void Name_lookup_accepts_display_names_aliases_and_legal_suffixes(string name, string symbol)
    {
        Assert.True(TickerDirectory.Default.TryGetByName(name, out var company));
        Assert.Equal(symbol, company.Symbol);
    }

    [Fact]
    public void Unknown_name_and_symbol_are_not_found()
    {
        Assert.False(TickerDirectory.Default.TryGetByName("Acme Widgets of Nowhere", out _));
        Assert.False(TickerDirectory.Default.TryGetBySymbol("ZZZZZZ", out _));
    }

    [Fact]
    public void Builder_adds_companies_and_aliases_and_later_additions_override()
    {
        var directory = TickerDirectory.CreateBuilder()
            .Add(new CompanyInfo { Symbol = "ACME", Name = "Acme Corporation", Aliases = ["Acme"] })
            .Add(new CompanyInfo { Symbol = "acme", Name = "Acme Widgets Inc.", Aliases = ["Acme Widgets"] })
            .AddAlias("ACME", "RoadRunner Traps")
            .Build();
        Assert.Equal(1, directory.Count);
        Assert.True(directory.TryGetBySymbol("ACME", out var acme));
        Assert.Equal("Acme Widgets Inc.", acme.Name);
        Assert.True(directory.TryGetByName("RoadRunner Traps", out _));
        Assert.False(directory.TryGetByName("Acme", out _));
    }

    [Fact]
    public void Blank_and_white_space_lines_in_a_tsv_directory_are_skipped()
    {
        var path = Write("blank.tsv", "ACME\tAcme Corporation\n   \n\t\nWAYN\tWayne Enterprises\n");

        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();

        Assert.Equal(2, directory.Count);
    }

    [Fact]
    public void RemoveAlias_stops_the_alias_from_matching()
    {
        var directory = TickerDirectory.CreateBuilder().AddDefaults().RemoveAlias("GOOGL", "Google").Build();
        Assert.False(directory.TryGetByName("Google", out _));
        Assert.True(directory.TryGetByName("YouTube", out _));
    }

    [Fact]
    public void A_cik_of_zero_is_read_as_the_message_for_a_bad_one_says()
    {
        var directory = TickerDirectory.CreateBuilder().AddFile(Write("zero.tsv", "ACME\tAcme Corporation\tNYSE\t0\n")).Build();

        Assert.True(directory.TryGetBySymbol("ACME", out var acme));
        Assert.Equal(0, acme.Cik);
    }

    [Fact]
    public void AddFile_reads_the_directory_tsv_format()
    {
        var path = Write("extra.tsv", "# comment\nsymbol\tname\texchange\tcik\taliases\tother_symbols\tflags\nACME\tAcme Corporation\tNYSE\t123\tAcme|Road Runner\tACME.A\tcommon-word\n");
        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();
        Assert.True(directory.TryGetBySymbol("ACME-A", out var acme));
        Assert.Equal(123, acme.Cik);
        Assert.Equal(["Acme"], acme.AmbiguousAliases);
        Assert.True(directory.TryGetByName("Road Runner", out _));
    }

    [Fact]
    public void AddFile_reads_csv_with_a_header()
    {
        var path = Write("extra.csv", "symbol,name,exchange,aliases\nACME,\"Acme, Inc.\",NYSE,Acme|Acme Widgets\nWAYN,Wayne Enterprises,Nasdaq,\n");
        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();
        Assert.Equal(2, directory.Count);
        Assert.True(directory.TryGetBySymbol("ACME", out var acme));
        Assert.Equal("Acme, Inc.", acme.Name);
        Assert.True(directory.TryGetByName("Acme Widgets", out _));
    }

    [Fact]
    public void AddFile_reads_a_json_array()
    {
        var path = Write("extra.json", """[{"symbol": "ACME", "name": "Acme Corporation", "exchange": "NYSE", "aliases": ["Acme"]}]""");
        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();
        Assert.True(directory.TryGetByName("Acme", out var acme));
        Assert.Equal("NYSE", acme.Exchange);
    }

    [Fact]
    public void Every_format_reads_an_industry()
    {
        var tsv = Write("industry.tsv", "ACME\tAcme Corporation\tNYSE\t123\tAcme\t\t\tSemiconductors\n");
        var csv = Write("industry.csv", "symbol,name,industry\nWAYN,Wayne Enterprises,Diversified Banks\n");
        var json = Write("industry.json", """[{"symbol": "INIT", "name": "Initech", "industry": "Application Software"}]""");

        var directory = TickerDirectory.CreateBuilder().AddFile(tsv).AddFile(csv).AddFile(json).Build();

        Assert.True(directory.TryGetBySymbol("ACME", out var acme));
        Assert.Equal("Semiconductors", acme.Industry);
        Assert.True(directory.TryGetBySymbol("WAYN", out var wayne));
        Assert.Equal("Diversified Banks", wayne.Industry);
        Assert.True(directory.TryGetBySymbol("INIT", out var initech));
        Assert.Equal("Application Software", initech.Industry);
        Assert.True(TickerDirectory.Default.TryGetBySymbol("NVDA", out var nvidia));
        Assert.Equal("Semiconductors", nvidia.Industry);
    }

    [Fact]
    public void A_json_exchange_of_null_is_no_exchange()
    {
        var path = Write("null-exchange.json", """[{"symbol": "ZZQA", "name": "Zebra Widgets", "exchange": null}]""");

        Assert.True(TickerDirectory.CreateBuilder().AddFile(path).Build().TryGetBySymbol("ZZQA", out var zebra));

        Assert.Null(zebra.Exchange);
    }

    [Fact]
    public void AddFile_reads_sec_company_tickers_json_grouping_share_classes_by_cik()
    {
        var path = Write("company_tickers.json", """
            {"0": {"cik_str": 1652044, "ticker": "GOOGL", "title": "Alphabet Inc."},
             "1": {"cik_str": 1067983, "ticker": "BRK-B", "title": "BERKSHIRE HATHAWAY INC"},
             "2": {"cik_str": 1652044, "ticker": "GOOG", "title": "Alphabet Inc."}}
            """);
        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();
        Assert.Equal(2, directory.Count);
        Assert.True(directory.TryGetBySymbol("GOOG", out var alphabet));
        Assert.Equal("GOOGL", alphabet.Symbol);
        Assert.True(directory.TryGetBySymbol("BRK.B", out _));
        Assert.True(directory.TryGetByName("Alphabet", out _));
    }

    [Fact]
    public void AddFile_reads_sec_company_tickers_exchange_json()
    {
        var path = Write("company_tickers_exchange.json", """
            {"fields": ["cik", "name", "ticker", "exchange"],
             "data": [[789019, "MICROSOFT CORP", "MSFT", "Nasdaq"], [51143, "INTERNATIONAL BUSINESS MACHINES CORP", "IBM", "NYSE"]]}
            """);
        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();
        Assert.True(directory.TryGetBySymbol("IBM", out var ibm));
        Assert.Equal("NYSE", ibm.Exchange);
        Assert.Equal(51143, ibm.Cik);
    }

    [Fact]
    public void An_sec_file_finds_companies_by_their_edgar_names_in_ordinary_case()
    {
        var path = Write("company_tickers_exchange.json", """
            {"fields": ["cik", "name", "ticker", "exchange"],
             "data": [[1, "ZEPHYR QUANTUM DEVICES CORP", "ZQD", "Nasdaq"], [2, "HALVARD-KLINE INC", "HKL", "NYSE"],
                      [3, "QRX HOLDINGS INC", "QRXH", "NYSE"], [4, "BANK OF ZEPHYRIA CORP", "BZPH", "NYSE"]]}
            """);
        var analyzer = AnalyzerOver(TickerDirectory.CreateBuilder().AddFile(path).Build());

        var result = analyzer.Analyze(
            "Zephyr Quantum Devices shares fell 5%. Halvard-Kline shares rose. QRX shares were flat. Bank of Zephyria shares rose.");

        Assert.Equal(["BZPH", "HKL", "QRXH", "ZQD"], result.Tickers.Select(t => t.Symbol).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_taken_from_an_sec_file_needs_corporate_context()
    {
        var path = Write("company_tickers.json", """
            {"0": {"cik_str": 1, "ticker": "GLGS", "title": "GLOBAL GAS CORP"}}
            """);
        var analyzer = AnalyzerOver(TickerDirectory.CreateBuilder().AddFile(path).Build());

        Assert.Empty(analyzer.Analyze("Stocks Fall As Global Gas Prices Surge").Tickers);
        Assert.Equal("GLGS", Assert.Single(analyzer.Analyze("Global Gas shares fell 5% after the results.").Tickers).Symbol);
    }

    [Fact]
    public void An_sec_company_never_takes_a_name_the_builder_already_holds()
    {
        var curated = Write("curated.tsv", "ZQD\tZephyr Quantum Devices plc\tNYSE\t77\tZephyr Quantum\n");
        var sec = Write("company_tickers.json", """
            {"0": {"cik_str": 88, "ticker": "ZQDYF", "title": "ZEPHYR QUANTUM LTD"},
             "1": {"cik_str": 77, "ticker": "ZQDX", "title": "ZEPHYR QUANTUM DEVICES PLC"}}
            """);
        var directory = TickerDirectory.CreateBuilder().AddFile(curated).AddFile(sec).Build();
        var analyzer = AnalyzerOver(directory);

        Assert.Equal("ZQD", Assert.Single(analyzer.Analyze("Zephyr Quantum shares rose 3%.").Tickers).Symbol); // an OTC line of another CIK
        Assert.True(directory.TryGetBySymbol("ZQDX", out var byCik)); // the same CIK: another share class of ZQD
        Assert.Equal("ZQD", byCik.Symbol);
        Assert.Equal(2, directory.Count);
    }

    [Fact]
    public void Of_two_new_sec_companies_that_would_share_an_alias_the_first_in_the_file_keeps_it()
    {
        var path = Write("company_tickers.json", """
            {"0": {"cik_str": 1, "ticker": "ZZQA", "title": "ACME CORP"},
             "1": {"cik_str": 2, "ticker": "ZZQB", "title": "ACME INC"}}
            """);
        var directory = TickerDirectory.CreateBuilder().AddFile(path).Build();

        Assert.True(directory.TryGetBySymbol("ZZQB", out var second));
        Assert.Empty(second.Aliases);
        Assert.Empty(second.AmbiguousAliases);
        Assert.True(directory.TryGetByName("Acme", out var first));
        Assert.Equal("ZZQA", first.Symbol);
        Assert.Equal("ZZQA", Assert.Single(AnalyzerOver(directory).Analyze("Acme shares soared.").Tickers).Symbol);
    }

    [Fact]
    public void An_sec_file_completes_the_built_in_companies_without_replacing_their_aliases()
    {
        var path = Write("company_tickers.json", """
            {"0": {"cik_str": 789019, "ticker": "MSFT", "title": "MICROSOFT CORP"},
             "1": {"cik_str": 1652044, "ticker": "GOOGL", "title": "Alphabet Inc."},
             "2": {"cik_str": 99999901, "ticker": "ZQD", "title": "ZEPHYR QUANTUM DEVICES CORP"}}
            """);
        var directory = TickerDirectory.CreateBuilder().AddDefaults().AddFile(path).Build();
        var analyzer = AnalyzerOver(directory);

        Assert.True(directory.TryGetBySymbol("MSFT", out var microsoft));
        Assert.Equal("Microsoft Corporation", microsoft.Name); // the curated name, not EDGAR's
        Assert.Equal("GOOGL", Assert.Single(analyzer.Analyze("Google shares rose 3% after the results.").Tickers).Symbol); // a curated alias
        Assert.Equal("ZQD", Assert.Single(analyzer.Analyze("Zephyr Quantum Devices shares rose 3%.").Tickers).Symbol);
    }

    [Theory]
    [InlineData("private.tsv", "ACMW\tAcme Widget Works plc\n")]
    [InlineData("private.csv", "symbol,name\nACMW,Acme Widget Works plc\n")]
    [InlineData("private.json", "[{\"symbol\": \"ACMW\", \"name\": \"Acme Widget Works plc\"}]")]
    public void A_company_without_aliases_is_found_by_its_name(string name, string content)
    {
        var path = Write(name, content);
        var analyzer = AnalyzerOver(TickerDirectory.CreateBuilder().AddFile(path).Build());

        var ticker = Assert.Single(analyzer.Analyze("Acme Widget Works shares fell 5% after the warning.").Tickers);

        Assert.Equal("ACMW", ticker.Symbol);
    }

    [Theory]
    [InlineData("bad.tsv", "ACME\tAcme\tNYSE\t1\ta\tb\tc\tSemiconductors\textra\n", 1, "expected 2 to 8 tab-separated fields")]
    [InlineData("bad.tsv", "ACME\n", 1, "expected 2 to 8 tab-separated fields")]
    [InlineData("bad.tsv", "ACME\tAcme\n\tNameless\n", 2, "the symbol is empty")]
    [InlineData("bad.tsv", "ACME\tAcme\nACME\tAcme again\n", 2, "appears twice")]
    [InlineData("bad.tsv", "ACME\tAcme\tNYSE\tabc\n", 1, "is not a CIK (a whole non-negative number)")]
    [InlineData("bad.tsv", "ACME\tAcme\tNYSE\t-1\n", 1, "is not a CIK (a whole non-negative number)")]
    [InlineData("bad.csv", "symbol,name\nACME,Acme,extra\n", 2, "expected 2 comma-separated fields")]
    [InlineData("bad.csv", "ticker_only\nACME\n", 1, "expected a header with symbol and name")]
    [InlineData("bad.json", "[{\"symbol\": \"ACME\"}]", 1, "has no string \"name\"")]
    [InlineData("bad.json", "[\n{\"symbol\": \"A\", \"name\": \"A\"},\n{\"symbol\": \"A\", \"name\": \"B\"}]", 3, "appears twice")]
    [InlineData("bad.json", "[{\"symbol\": ", 1, "invalid JSON")]
    [InlineData("empty.tsv", "", 0, "the file is empty")]
    [InlineData("header.csv", "symbol,name\n", 0, "holds no companies")]
    [InlineData("none.json", "[]", 0, "holds no companies")]
    [InlineData("none-sec.json", "{}", 0, "holds no companies")]
    [InlineData("comma.json", "{\"0\": {\"cik_str\": 1, \"ticker\": \"ZZ\", \"title\": \",\"}}", 1, "has no letter or digit")]
    public void Malformed_files_throw_with_file_line_and_reason(string name, string content, int line, string reason)
    {
        var path = Write(name, content);
        var error = Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(path));
        Assert.Equal(path, error.FilePath);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(line > 0 ? $"{path}({line}): " : $"{path}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_throws()
    {
        var path = Path.Combine(_folder, "latin1.tsv");
        File.WriteAllBytes(path, [(byte)'A', (byte)'\t', 0xC9, (byte)'\n']);
        var error = Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(path));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_throws()
    {
        var path = Path.Combine(_folder, "data.bin");
        File.WriteAllBytes(path, [0x41, 0x00, 0x42, 0x0A]);
        var error = Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(path));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_path_throws()
    {
        var error = Assert.Throws<DataFormatException>(() => TickerDirectory.CreateBuilder().AddFile(_folder));
        Assert.Equal(_folder, error.FilePath);
        Assert.Contains("directory", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_directory_file_parses_with_the_public_reader()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "FinSentiment", "Data", "Tickers", "directory.tsv");
        var directory = TickerDirectory.CreateBuilder().AddFile(Path.GetFullPath(source)).Build();
        Assert.Equal(TickerDirectory.Default.Count, directory.Count);
    }
}
