using FinSentiment.Lexicon;
using FinSentiment.Tickers;

namespace FinSentiment.Internal;

/// <summary>
/// The lexicon and ticker directory that a set of options asks for, with every lexicon and directory file read once.
/// On the dependency-injection path the options validator loads them (so that a malformed file fails at start-up with the
/// other problems) and keeps them on the options instance; the service factory then builds the parts from them instead of
/// reading the files again.
/// </summary>
internal sealed class FinSentimentDataFiles
{
    private readonly bool _useDefaultLexicon;
    private readonly string[] _lexiconFiles;
    private readonly bool _useDefaultDirectory;
    private readonly string[] _directoryFiles;
    private readonly FileStamp[] _stamps;

    private FinSentimentDataFiles(FinSentimentOptions options, FileStamp[] stamps, SentimentLexicon lexicon, int[] newTerms, TickerDirectory directory)
    {
        _useDefaultLexicon = options.UseDefaultLexicon;
        _lexiconFiles = FullPaths(options.LexiconFiles);
        _useDefaultDirectory = options.UseDefaultDirectory;
        _directoryFiles = FullPaths(options.DirectoryFiles);
        _stamps = stamps;
        Lexicon = lexicon;
        NewTerms = newTerms;
        Directory = directory;
    }

    /// <summary>Gets the lexicon: the built-in one, or one built from the built-in entries (when asked for) and the files.</summary>
    public SentimentLexicon Lexicon { get; }

    /// <summary>Gets, for each lexicon file in order, how many terms it added that no earlier source had.</summary>
    public IReadOnlyList<int> NewTerms { get; }

    /// <summary>Gets the ticker directory.</summary>
    public TickerDirectory Directory { get; }

    /// <summary>Gets the full paths of the lexicon files, as they were read.</summary>
    public IEnumerable<string> LexiconPaths => _lexiconFiles;

    /// <summary>Gets the full paths of the directory files, as they were read.</summary>
    public IEnumerable<string> DirectoryPaths => _directoryFiles;

    /// <summary>
    /// Reads every lexicon and directory file of <paramref name="options"/> once (relative paths resolve against the current
    /// directory) and builds the lexicon and directory. Every problem is added to <paramref name="errors"/>, one sentence each.
    /// </summary>
    /// <returns>The loaded data, or null when a file is missing or malformed or the options ask for no lexicon at all.</returns>
    public static FinSentimentDataFiles? Load(FinSentimentOptions options, List<string> errors)
    {
        var stamps = Stamp(options); // before reading: a file written while it is read counts as changed later
        var newTerms = new int[options.LexiconFiles.Count];
        var lexicon = BuildLexicon(options, (file, read) => TryRead(file, "LexiconFiles", errors, read), newTerms);
        var directory = BuildDirectory(options, (file, read) => TryRead(file, "DirectoryFiles", errors, read));
        return lexicon is null || directory is null ? null : new FinSentimentDataFiles(options, stamps, lexicon, newTerms, directory);
    }

    /// <summary>
    /// Whether these were loaded for the data settings <paramref name="options"/> have now (<see cref="Matches"/>) and every
    /// file still has the size and last-write time it had when it was read, so that reading it again would give the same data.
    /// </summary>
    public bool IsCurrent(FinSentimentOptions options) => Matches(options) && _stamps.AsSpan().SequenceEqual(Stamp(options));

    /// <summary>
    /// Whether these were loaded for the data settings <paramref name="options"/> have now: the same switches and the same files,
    /// compared by full path (a relative path names another file once the current directory changes).
    /// </summary>
    public bool Matches(FinSentimentOptions options) =>
        options.UseDefaultLexicon == _useDefaultLexicon
        && options.UseDefaultDirectory == _useDefaultDirectory
        && FullPaths(options.LexiconFiles).SequenceEqual(_lexiconFiles, StringComparer.Ordinal)
        && FullPaths(options.DirectoryFiles).SequenceEqual(_directoryFiles, StringComparer.Ordinal);

    private static FileStamp[] Stamp(FinSentimentOptions options) =>
        [.. FullPaths(options.LexiconFiles).Select(FileStamp.Of), .. FullPaths(options.DirectoryFiles).Select(FileStamp.Of)];

    /// <summary>The full paths of the files; a path that has none (empty, invalid) is kept as given and never matches a read file.</summary>
    private static string[] FullPaths(IList<string> files)
    {
        var full = new string[files.Count];
        for (var i = 0; i < full.Length; i++)
        {
            try
            {
                full[i] = string.IsNullOrWhiteSpace(files[i]) ? files[i] : Path.GetFullPath(files[i]);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                full[i] = files[i];
            }
        }

        return full;
    }

    /// <summary>
    /// Reads one data file with <paramref name="read"/>, given its full path. A missing, unreadable or malformed file adds an
    /// error that names the full path (and the path as configured, when it was relative) and returns false.
    /// </summary>
    public static bool TryRead(string file, string setting, List<string> errors, Action<string> read)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return false; // reported with the settings ("... holds an empty path")
        }

        string full;
        try
        {
            full = Path.GetFullPath(file);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            errors.Add($"{setting}: '{file}' is not a valid path: {ex.Message}");
            return false;
        }

        var shown = string.Equals(file, full, StringComparison.Ordinal) ? $"'{full}'" : $"'{file}' (full path '{full}')";
        if (!File.Exists(full))
        {
            errors.Add($"{setting}: {shown} does not exist{(System.IO.Directory.Exists(full) ? " as a file (it is a directory)" : string.Empty)}.");
            return false;
        }

        try
        {
            read(full);
            return true;
        }
        catch (DataFormatException ex)
        {
            errors.Add($"{setting}: {ex.Message}");
        }
        catch (FileNotFoundException)
        {
            errors.Add($"{setting}: {shown} does not exist.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{setting}: {shown} cannot be read: {ex.Message}");
        }

        return false;
    }

    /// <summary>
    /// Builds the lexicon that <paramref name="options"/> ask for: the built-in one, or one built from the built-in entries (when
    /// asked for) and the files. Null when a file could not be read, or when the options ask for no lexicon at all (a settings
    /// error).
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="readFile">Reads one file, given its configured path and what to do with its full path; it throws or records
    /// the file's problem and returns false.</param>
    /// <param name="newTerms">When given, how many terms each file added that no earlier source had.</param>
    public static SentimentLexicon? BuildLexicon(FinSentimentOptions options, Func<string, Action<string>, bool> readFile, int[]? newTerms = null)
    {
        if (options.LexiconFiles.Count == 0)
        {
            return options.UseDefaultLexicon ? SentimentLexicon.Default : null;
        }

        var builder = SentimentLexicon.CreateBuilder();
        if (options.UseDefaultLexicon)
        {
            builder.AddDefaults();
        }

        var ok = true;
        for (var i = 0; i < options.LexiconFiles.Count; i++)
        {
            var before = builder.Count;
            ok &= readFile(options.LexiconFiles[i], path => builder.AddFile(path)); // a malformed file adds nothing
            if (newTerms is not null)
            {
                newTerms[i] = builder.Count - before;
            }
        }

        return ok ? builder.Build() : null;
    }

    /// <summary>Builds the ticker directory that <paramref name="options"/> ask for, reading files as <see cref="BuildLexicon"/> does.</summary>
    public static TickerDirectory? BuildDirectory(FinSentimentOptions options, Func<string, Action<string>, bool> readFile)
    {
        if (options.UseDefaultDirectory && options.DirectoryFiles.Count == 0)
        {
            return TickerDirectory.Default;
        }

        var builder = TickerDirectory.CreateBuilder();
        if (options.UseDefaultDirectory)
        {
            builder.AddDefaults();
        }

        var ok = true;
        foreach (var file in options.DirectoryFiles)
        {
            ok &= readFile(file, path => builder.AddFile(path));
        }

        return ok ? builder.Build() : null;
    }

    /// <summary>A file's size and last-write time (or -1 and the minimum time when it cannot be read).</summary>
    private readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
    {
        public static FileStamp Of(string path)
        {
            try
            {
                var file = new FileInfo(path);
                return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc) : new FileStamp(-1, DateTime.MinValue);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
            {
                return new FileStamp(-1, DateTime.MinValue);
            }
        }
    }
}
