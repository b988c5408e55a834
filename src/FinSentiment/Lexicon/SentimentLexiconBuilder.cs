using System.Reflection;
using FinSentiment.Tokenization;

namespace FinSentiment.Lexicon;

/// <summary>
/// Collects lexicon entries from code and files, then builds an immutable <see cref="SentimentLexicon"/>.
/// </summary>
/// <remarks>
/// Terms that differ only in case or spacing (<c>"beat  estimates"</c>, <c>"Beat Estimates"</c>) are one term, whether they are
/// added, removed or looked up. Duplicates: within one file a repeated term is an error (<see cref="DataFormatException"/>); across sources,
/// the entry added last wins, so user files and <see cref="Add(LexiconEntry)"/> calls override the built-in
/// entries added before them. A builder is not thread-safe; the lexicon it builds is.
/// </remarks>
public sealed class SentimentLexiconBuilder
{
    private const string ResourcePrefix = "FinSentiment.Data.Lexicon.";

    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LexiconEntry?> _entries = [];
    private readonly List<string> _sources = [];
    private ITokenizer _tokenizer = FinancialTokenizer.Instance;

    internal SentimentLexiconBuilder()
    {
    }

    /// <summary>Gets the number of distinct terms added so far.</summary>
    public int Count => _index.Count;

    /// <summary>Gets the sources added so far (file paths, embedded resource names, or <c>code</c>).</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>Adds FinSentiment's built-in entries (embedded in the package).</summary>
    /// <returns>This builder.</returns>
    public SentimentLexiconBuilder AddDefaults()
    {
        var assembly = typeof(SentimentLexiconBuilder).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(static name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (names.Length == 0)
        {
            throw new InvalidOperationException("The built-in lexicon is missing from the FinSentiment assembly.");
        }

        // The built-in files are one vocabulary: a term appears once across all of them.
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var fileName = name[ResourcePrefix.Length..];
            foreach (var (entry, line) in LexiconFileReader.ReadTsv(reader, fileName))
            {
                if (!seen.TryAdd(entry.Term, fileName))
                {
                    throw new DataFormatException(fileName, line, $"duplicate term '{entry.Term}' (already in {seen[entry.Term]})");
                }

                Set(entry);
            }

            _sources.Add("builtin:" + fileName);
        }

        return this;
    }

    /// <summary>Adds or replaces one entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public SentimentLexiconBuilder Add(LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Set(entry);
        if (_sources.Count == 0 || _sources[^1] != "code")
        {
            _sources.Add("code");
        }

        return this;
    }

    /// <summary>Adds or replaces one entry.</summary>
    /// <param name="term">The word or phrase.</param>
    /// <param name="valence">The valence in [-1, 1].</param>
    /// <param name="category">The category.</param>
    /// <param name="domain">For a sentiment entry, whether it is a financial term or an everyday word (see <see cref="LexiconDomain"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">
    /// The term, valence or domain is invalid; see <see cref="LexiconEntry(string, double, LexiconCategory, LexiconDomain)"/>.
    /// </exception>
    public SentimentLexiconBuilder Add(
        string term, double valence, LexiconCategory category = LexiconCategory.Sentiment, LexiconDomain domain = LexiconDomain.Finance) =>
        Add(new LexiconEntry(term, valence, category, domain));

    /// <summary>Removes a term, so that neither it nor an earlier entry for it is in the built lexicon.</summary>
    /// <param name="term">The word or phrase; case and extra white space are ignored, as when entries are added.</param>
    /// <returns><see langword="true"/> when the term was present.</returns>
    public bool Remove(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (!_index.Remove(LexiconEntry.NormalizeTerm(term), out var index))
        {
            return false;
        }

        _entries[index] = null;
        return true;
    }

    /// <summary>
    /// Adds the entries of a file, choosing the format by extension: <c>.tsv</c> and <c>.txt</c> (term, valence,
    /// optional category), <c>.json</c>, <c>.csv</c> (the Loughran-McDonald Master Dictionary) or a VADER lexicon
    /// (a <c>.txt</c> file whose name contains <c>vader</c>, such as VADER's own <c>vader_lexicon.txt</c>; a <c>.tsv</c>
    /// file is always read as TSV, whatever its name).
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DataFormatException">The file is malformed; the message names the file, line and reason.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public SentimentLexiconBuilder AddFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new DataFormatException(path, 0, "is a directory, not a lexicon file");
        }

        var name = Path.GetFileName(path);
        if (name.Contains("vader", StringComparison.OrdinalIgnoreCase) && Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return AddFile(path, LexiconFileFormat.Vader);
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".JSON" => AddFile(path, LexiconFileFormat.Json),
            ".CSV" => AddFile(path, LexiconFileFormat.LoughranMcDonald),
            ".TSV" or ".TXT" => AddFile(path, LexiconFileFormat.Tsv),
            _ => throw new DataFormatException(path, 0, "unknown lexicon format: use a .tsv, .txt, .json or .csv file, or name the format"),
        };
    }

    /// <summary>Adds the entries of a file in the given format.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="format">The file's format.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DataFormatException">The file is malformed; the message names the file, line and reason.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public SentimentLexiconBuilder AddFile(string path, LexiconFileFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new DataFormatException(path, 0, "is a directory, not a lexicon file");
        }

        using var reader = LexiconFileReader.OpenText(path);
        return AddReader(reader, path, format);
    }

    /// <summary>Adds the entries read from <paramref name="reader"/> in the given format.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">A name for the data, used in error messages.</param>
    /// <param name="format">The data's format.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DataFormatException">The data is malformed; the message names the source, line and reason.</exception>
    public SentimentLexiconBuilder AddReader(TextReader reader, string sourceName, LexiconFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var rows = format switch
        {
            LexiconFileFormat.Tsv => LexiconFileReader.ReadTsv(reader, sourceName),
            LexiconFileFormat.Json => LexiconFileReader.ReadJson(reader, sourceName),
            LexiconFileFormat.Vader => LexiconFileReader.ReadVader(reader, sourceName),
            LexiconFileFormat.LoughranMcDonald => LexiconFileReader.ReadLoughranMcDonald(reader, sourceName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown lexicon format."),
        };

        // The whole source is read and checked before any entry is set: a malformed file adds nothing.
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<LexiconEntry>();
        foreach (var (entry, line) in rows)
        {
            // "foo  bar" is the term "foo bar" (see LexiconEntry.NormalizeTerm): terms are matched word by word, ignoring case.
            var key = entry.Term;
            if (!seen.TryAdd(key, line))
            {
                // VADER's own file tells case apart (":d" and ":D", "(-:o" and "(-:O") and repeats ":-p"; matching ignores
                // case, so in that format the first of such terms is kept.
                if (format == LexiconFileFormat.Vader)
                {
                    continue;
                }

                throw new DataFormatException(sourceName, line, $"duplicate term '{entry.Term}' (first on line {seen[key]})");
            }

            entries.Add(entry);
        }

        if (entries.Count == 0)
        {
            throw new DataFormatException(sourceName, 0, "the file holds no entries");
        }

        foreach (var entry in entries)
        {
            Set(entry);
        }

        _sources.Add(sourceName);
        return this;
    }

    /// <summary>Sets the tokenizer used to split phrases into words; it must be the analyzer's tokenizer.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <returns>This builder.</returns>
    public SentimentLexiconBuilder UseTokenizer(ITokenizer tokenizer)
    {
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        return this;
    }

    /// <summary>Builds the immutable lexicon.</summary>
    /// <returns>The lexicon.</returns>
    public SentimentLexicon Build()
    {
        var entries = new List<LexiconEntry>(_index.Count);
        foreach (var entry in _entries)
        {
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return new SentimentLexicon(entries, _tokenizer);
    }

    private void Set(LexiconEntry entry)
    {
        if (_index.TryGetValue(entry.Term, out var index))
        {
            _entries[index] = entry;
            return;
        }

        _index.Add(entry.Term, _entries.Count);
        _entries.Add(entry);
    }
}
