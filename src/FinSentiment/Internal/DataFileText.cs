using System.Text;
using System.Text.Unicode;

namespace FinSentiment.Internal;

/// <summary>
/// Reads a data file (lexicon, ticker directory) as strict UTF-8 text, or as UTF-16 or UTF-32 when a byte order mark says
/// so. Everything that makes it unreadable is a <see cref="DataFormatException"/> naming the path, the line and the reason.
/// </summary>
internal static class DataFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the whole file; strips a byte order mark, and decodes UTF-16 and UTF-32 files by theirs.</summary>
    /// <param name="path">The file.</param>
    /// <param name="kind">What the file is, for the not-found message ("Lexicon file", "Ticker directory file").</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DataFormatException">The path is a directory, or the file is not UTF-8, or holds NUL characters.</exception>
    public static string Read(string path, string kind)
    {
        if (Directory.Exists(path))
        {
            throw new DataFormatException(path, 0, "the path is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{kind} '{path}' does not exist.", path);
        }

        var bytes = File.ReadAllBytes(path);
        string content;
        if (ByteOrderMarkEncoding(bytes) is { } marked)
        {
            var (encoding, markLength) = marked;
            try
            {
                content = encoding.GetString(bytes, markLength, bytes.Length - markLength);
            }
            catch (DecoderFallbackException ex)
            {
                throw new DataFormatException(path, 0, $"the file starts with a {encoding.WebName} byte order mark but is not valid {encoding.WebName} text", ex);
            }
        }
        else
        {
            try
            {
                content = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                throw new DataFormatException(path, LineOfInvalidUtf8(bytes), "the file is not valid UTF-8 text", ex);
            }
        }

        var nul = content.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new DataFormatException(path, LineOf(content, nul), "the file holds NUL characters: it is binary, not text");
        }

        return content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content;
    }

    /// <summary>The UTF-16 or UTF-32 encoding a file's byte order mark names (strict: invalid text throws), or null.</summary>
    private static (Encoding Encoding, int MarkLength)? ByteOrderMarkEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => null,
    };

    /// <summary>Gets the 1-based line of a character offset.</summary>
    public static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Finds the 1-based line that holds the first byte sequence that is not UTF-8, or 0.</summary>
    public static int LineOfInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            if (!Utf8.IsValid(end < 0 ? bytes : bytes[..end]))
            {
                return line;
            }

            if (end < 0)
            {
                break;
            }

            bytes = bytes[(end + 1)..];
            line++;
        }

        return 0;
    }

    /// <summary>
    /// Gets the 1-based line of each item of the first JSON container that opens at or after <paramref name="start"/>:
    /// the nested objects and arrays one level inside it and, with <paramref name="includeScalars"/> (for arrays),
    /// its strings, numbers and literals too. Used to name the line of a bad entry after the JSON itself parsed.
    /// </summary>
    public static List<int> JsonItemLines(string text, int start, bool includeScalars)
    {
        var lines = new List<int>();
        var line = LineOf(text, start);
        var level = 0;
        var inString = false;
        var previous = '\0'; // the last character outside strings and white space
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    previous = c;
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var startsItem = level == 1 && previous is '[' or ',';
            if (c is '[' or '{')
            {
                if (startsItem || (level == 1 && !includeScalars))
                {
                    lines.Add(line);
                }

                level++;
            }
            else if (c is ']' or '}')
            {
                level--;
            }
            else if (startsItem && includeScalars)
            {
                lines.Add(line);
            }

            inString = c == '"';
            previous = c;
        }

        return lines;
    }
}
