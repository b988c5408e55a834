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
    /// Gets the 1-based line of each item of the JSON document's root container, or, with <paramref name="property"/>, of the
    /// container that is the value of that property of the root object: for an array, the line where each value starts; for
    /// an object, the line of each property's name. Comments (<c>//</c> and <c>/* */</c>) are skipped, and so are strings, so
    /// that brackets, quotation marks and comment markers inside either are not read as JSON. Used to name the line of a bad
    /// entry after the JSON itself parsed (with comments allowed).
    /// </summary>
    /// <param name="text">The JSON text, already parsed successfully.</param>
    /// <param name="property">The root object's property whose value holds the items, or null for the root itself.</param>
    public static List<int> JsonItemLines(string text, string? property = null)
    {
        var lines = new List<int>();
        var line = 1;
        var level = 0; // the number of containers open
        var itemLevel = property is null ? 1 : -1; // the level of the items, once their container is found
        var inObject = false; // whether the items' container is an object
        var keyStart = -1; // the last property name of the root object
        var keyLength = 0;
        var previous = '\0'; // the last character outside strings, comments and white space
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                i = SkipComment(text, i, ref line);
                continue;
            }

            // An array's item starts after "[" or ","; an object's at its property name, after "{" or ",".
            if (level == itemLevel && previous is '[' or '{' or ',' && (c == '"' || !inObject))
            {
                lines.Add(line);
            }

            if (c == '"')
            {
                var end = SkipString(text, i, ref line);
                if (level == 1 && previous is '{' or ',')
                {
                    (keyStart, keyLength) = (i + 1, end - i - 1);
                }

                i = end;
            }
            else if (c is '[' or '{')
            {
                level++;
                if (itemLevel < 0 && level == 2 && previous == ':' && keyStart >= 0 && text.AsSpan(keyStart, keyLength).SequenceEqual(property))
                {
                    itemLevel = 2;
                }

                if (level == itemLevel)
                {
                    inObject = c == '{';
                }
            }
            else if (c is ']' or '}')
            {
                if (level == itemLevel)
                {
                    break; // the items' container closes
                }

                level--;
            }

            previous = c;
        }

        return lines;
    }

    /// <summary>Skips a comment that starts at <paramref name="start"/>; returns the index of its last character.</summary>
    private static int SkipComment(string text, int start, ref int line)
    {
        if (text[start + 1] == '/')
        {
            var end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end - 1; // the line break is counted by the caller
        }

        for (var i = start + 2; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
            else if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '/')
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>Skips a string that opens at <paramref name="start"/>; returns the index of its closing quotation mark.</summary>
    private static int SkipString(string text, int start, ref int line)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    return i;
                case '\n':
                    line++;
                    break;
            }
        }

        return text.Length;
    }
}
