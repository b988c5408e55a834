using System.Globalization;
using System.Text.Json;
using FinSentiment.Internal;

namespace FinSentiment.Lexicon;

/// <summary>Parses lexicon files. Every problem is a <see cref="DataFormatException"/> naming the source, line and reason.</summary>
internal static class LexiconFileReader
{
    /// <summary>Opens a file as strict UTF-8 text: invalid bytes and NUL characters are errors, not replacement characters.</summary>
    public static TextReader OpenText(string path) => new StringReader(DataFileText.Read(path, "Lexicon file"));

    public static IEnumerable<(LexiconEntry Entry, int Line)> ReadTsv(TextReader reader, string source)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.AsSpan().Trim().IsEmpty || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3)
            {
                throw new DataFormatException(source, lineNumber, $"expected 2 or 3 tab-separated fields (term, valence, category), found {fields.Length}");
            }

            var (category, domain) = fields.Length == 3 ? ParseCategory(fields[2], source, lineNumber) : (LexiconCategory.Sentiment, LexiconDomain.Finance);
            yield return (Create(fields[0], ParseValence(fields[1], source, lineNumber), category, source, lineNumber, domain), lineNumber);
        }
    }

    public static IEnumerable<(LexiconEntry Entry, int Line)> ReadVader(TextReader reader, string source)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw new DataFormatException(source, lineNumber, "expected a VADER line: token, mean valence, standard deviation, ratings (tab-separated)");
            }

            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean) || double.IsNaN(mean) || mean < -4 || mean > 4)
            {
                throw new DataFormatException(source, lineNumber, $"'{fields[1]}' is not a VADER valence in [-4, 4]");
            }

            // VADER rates everyday social-media English, not finance.
            yield return (Create(fields[0], Math.Round(mean / 4, 4), LexiconCategory.Sentiment, source, lineNumber, LexiconDomain.General), lineNumber);
        }
    }

    public static IEnumerable<(LexiconEntry Entry, int Line)> ReadLoughranMcDonald(TextReader reader, string source)
    {
        var header = reader.ReadLine() ?? throw new DataFormatException(source, 0, "the file is empty");
        var columns = header.Split(',');
        var word = Array.FindIndex(columns, static c => c.Trim().Equals("Word", StringComparison.OrdinalIgnoreCase));
        var negative = IndexOf(columns, "Negative");
        var positive = IndexOf(columns, "Positive");
        var uncertainty = IndexOf(columns, "Uncertainty");
        var weakModal = IndexOf(columns, "Weak_Modal");
        if (word < 0 || negative < 0 || positive < 0)
        {
            throw new DataFormatException(source, 1, "not a Loughran-McDonald Master Dictionary header: expected Word, Negative and Positive columns");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != columns.Length)
            {
                throw new DataFormatException(source, lineNumber, $"expected {columns.Length} comma-separated fields, found {fields.Length}");
            }

            var term = fields[word].Trim().ToLowerInvariant();
            if (Flag(fields, negative, source, lineNumber))
            {
                yield return (Create(term, -0.5, LexiconCategory.Sentiment, source, lineNumber), lineNumber);
            }
            else if (Flag(fields, positive, source, lineNumber))
            {
                yield return (Create(term, 0.5, LexiconCategory.Sentiment, source, lineNumber), lineNumber);
            }
            else if (Flag(fields, weakModal, source, lineNumber))
            {
                yield return (Create(term, -0.3, LexiconCategory.Hedge, source, lineNumber), lineNumber);
            }
            else if (Flag(fields, uncertainty, source, lineNumber))
            {
                yield return (Create(term, -0.2, LexiconCategory.Hedge, source, lineNumber), lineNumber);
            }
        }

        static int IndexOf(string[] columns, string name) =>
            Array.FindIndex(columns, c => c.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    public static IEnumerable<(LexiconEntry Entry, int Line)> ReadJson(TextReader reader, string source)
    {
        var text = reader.ReadToEnd();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(source, (int)(ex.LineNumber ?? -1) + 1, "invalid JSON: " + ex.Message, ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DataFormatException(source, 1, "expected a JSON array of {\"term\", \"valence\", \"category\"} objects");
            }

            var lines = DataFileText.JsonItemLines(text);
            var results = new List<(LexiconEntry, int)>();
            var ordinal = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                ordinal++;
                var line = ordinal - 1 < lines.Count ? lines[ordinal - 1] : 0;
                try
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new DataFormatException(source, line, $"entry {ordinal} is not an object");
                    }

                    if (!item.TryGetProperty("term", out var term) || term.ValueKind != JsonValueKind.String)
                    {
                        throw new DataFormatException(source, line, $"entry {ordinal} has no string \"term\"");
                    }

                    if (!item.TryGetProperty("valence", out var valence) || valence.ValueKind != JsonValueKind.Number)
                    {
                        throw new DataFormatException(source, line, $"entry {ordinal} ('{term.GetString()}') has no numeric \"valence\"");
                    }

                    var (category, domain) = (LexiconCategory.Sentiment, LexiconDomain.Finance);
                    if (item.TryGetProperty("category", out var categoryElement))
                    {
                        (category, domain) = categoryElement.ValueKind == JsonValueKind.String
                            ? ParseCategory(categoryElement.GetString()!, source, line)
                            : throw new DataFormatException(source, line, $"entry {ordinal}: \"category\" must be a string");
                    }

                    results.Add((Create(term.GetString()!, CheckValence(valence.GetDouble(), source, line), category, source, line, domain), line));
                }
                catch (InvalidOperationException ex)
                {
                    // A string holding an escaped lone surrogate ("\ud800") cannot be read as text.
                    throw new DataFormatException(source, line, $"entry {ordinal}: {ex.Message}", ex);
                }
            }

            return results;
        }
    }

    private static bool Flag(string[] fields, int column, string source, int line)
    {
        if (column < 0)
        {
            return false;
        }

        var value = fields[column].Trim();
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
        {
            throw new DataFormatException(source, line, $"'{value}' is not a number (Loughran-McDonald category columns hold 0 or a year)");
        }

        // A year flags the word as added to the category that year; a negative year, as removed from it that year.
        return year > 0;
    }

    private static LexiconEntry Create(
        string term, double valence, LexiconCategory category, string source, int line, LexiconDomain domain = LexiconDomain.Finance)
    {
        var trimmed = term.Trim();
        if (trimmed.Length == 0)
        {
            throw new DataFormatException(source, line, "the term is empty");
        }

        if (trimmed.Length > 200)
        {
            throw new DataFormatException(source, line, "the term is longer than 200 characters");
        }

        return new LexiconEntry(trimmed, valence, category, domain);
    }

    private static double ParseValence(string field, string source, int line)
    {
        if (!double.TryParse(field.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
        {
            throw new DataFormatException(source, line, $"'{field}' is not a number (valence)");
        }

        return CheckValence(valence, source, line);
    }

    private static double CheckValence(double valence, string source, int line) =>
        double.IsNaN(valence) || valence < -1 || valence > 1
            ? throw new DataFormatException(source, line, $"valence {valence.ToString(CultureInfo.InvariantCulture)} is outside [-1, 1]")
            : valence;

    /// <summary>Reads a category column; <c>general</c> is a sentiment entry of everyday English (<see cref="LexiconDomain.General"/>).</summary>
    private static (LexiconCategory Category, LexiconDomain Domain) ParseCategory(string field, string source, int line) =>
        field.Trim().ToLowerInvariant() switch
        {
            "" or "sentiment" => (LexiconCategory.Sentiment, LexiconDomain.Finance),
            "general" => (LexiconCategory.Sentiment, LexiconDomain.General),
            "negator" => (LexiconCategory.Negator, LexiconDomain.Finance),
            "intensifier" => (LexiconCategory.Intensifier, LexiconDomain.Finance),
            "hedge" => (LexiconCategory.Hedge, LexiconDomain.Finance),
            "contrast" => (LexiconCategory.Contrast, LexiconDomain.Finance),
            "increase" => (LexiconCategory.Increase, LexiconDomain.Finance),
            "decrease" => (LexiconCategory.Decrease, LexiconDomain.Finance),
            "good-when-up" or "goodwhenup" => (LexiconCategory.GoodWhenUp, LexiconDomain.Finance),
            "bad-when-up" or "badwhenup" => (LexiconCategory.BadWhenUp, LexiconDomain.Finance),
            "neutral" => (LexiconCategory.Neutral, LexiconDomain.Finance),
            _ => throw new DataFormatException(source, line,
                $"unknown category '{field}' (expected sentiment, general, negator, intensifier, hedge, contrast, increase, decrease, good-when-up, bad-when-up or neutral)"),
        };
}
