namespace FinSentiment.Cli.Jsonl;

/// <summary>One non-empty input line: what was parsed from it, then what its analysis produced.</summary>
internal sealed class JsonlItem(long lineNumber)
{
    public long LineNumber { get; } = lineNumber;

    /// <summary>Gets or sets the id when it was a JSON string.</summary>
    public string? IdString { get; set; }

    /// <summary>Gets or sets the id when it was a JSON number, as its raw JSON text (echoed byte for byte).</summary>
    public byte[]? IdNumber { get; set; }

    public string? Text { get; set; }

    public string? Title { get; set; }

    public SentimentTarget[]? Targets { get; set; }

    /// <summary>Gets or sets why the line could not be analysed; <see langword="null"/> while it can.</summary>
    public string? Error { get; set; }

    public SentimentResult? Result { get; set; }

    /// <summary>Gets or sets the UTF-8 size of the analysed text (title included).</summary>
    public long Utf8Bytes { get; set; }
}
