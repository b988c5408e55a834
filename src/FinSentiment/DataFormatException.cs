namespace FinSentiment;

/// <summary>
/// A lexicon, ticker directory or other data file is malformed. The message names the file, the line and the reason,
/// as <c>path(line): reason</c>.
/// </summary>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file path, or a name for data that did not come from a file.</param>
    /// <param name="line">The 1-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public DataFormatException(string filePath, int line, string reason, Exception? innerException = null)
        : base(line > 0 ? $"{filePath}({line}): {reason}" : $"{filePath}: {reason}", innerException)
    {
        FilePath = filePath;
        Line = line;
        Reason = reason;
    }

    /// <summary>Gets the file path, or a name for data that did not come from a file.</summary>
    public string FilePath { get; }

    /// <summary>Gets the 1-based line number, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }
}
