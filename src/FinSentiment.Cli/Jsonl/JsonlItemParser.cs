using System.Text.Json;

namespace FinSentiment.Cli.Jsonl;

/// <summary>
/// Parses one input line <c>{"id": string|number, "text": string, "title"?: string, "targets"?: [string, ...]}</c>
/// with <see cref="Utf8JsonReader"/> (no reflection, no DOM). Problems become <see cref="JsonlItem.Error"/>; the id
/// is kept when it was read, so that the error record can echo it.
/// </summary>
internal static class JsonlItemParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static JsonlItem Parse(ReadOnlySpan<byte> line, long lineNumber)
    {
        var item = new JsonlItem(lineNumber);

        // Files joined with `cat` carry each one's byte order mark at the start of a line, not only of the stream.
        if (line.StartsWith(Utf8Bom))
        {
            line = line[Utf8Bom.Length..];
        }

        try
        {
            var reader = new Utf8JsonReader(line, ReaderOptions);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                item.Error = "not a JSON object";
                return item;
            }

            string? error = null;
            var hasText = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    ReadId(ref reader, item, ref error);
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    hasText = true;
                    item.Text = ReadString(ref reader, allowNull: false, "\"text\" must be a string", ref error);
                }
                else if (reader.ValueTextEquals("title"u8))
                {
                    reader.Read();
                    item.Title = ReadString(ref reader, allowNull: true, "\"title\" must be a string", ref error);
                }
                else if (reader.ValueTextEquals("targets"u8))
                {
                    reader.Read();
                    item.Targets = ReadTargets(ref reader, ref error);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // Anything after the object other than whitespace makes Read throw.
            while (reader.Read())
            {
            }

            item.Error = error ?? (hasText ? null : "missing \"text\"");
        }
        catch (JsonException ex)
        {
            item.Error = "invalid JSON: " + Describe(ex);
        }
        catch (InvalidOperationException)
        {
            // A string the reader cannot transcode: invalid UTF-8 bytes, or an escaped lone surrogate ("\ud800").
            item.Error = "invalid JSON: a string is not valid UTF-8 or has a lone surrogate escape";
        }

        return item;
    }

    private static void ReadId(ref Utf8JsonReader reader, JsonlItem item, ref string? error)
    {
        item.IdString = null;
        item.IdNumber = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                item.IdString = reader.GetString();
                break;
            case JsonTokenType.Number:
                item.IdNumber = reader.ValueSpan.ToArray();
                break;
            case JsonTokenType.Null:
                break;
            default:
                error ??= "\"id\" must be a string or a number";
                reader.Skip();
                break;
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, bool allowNull, string message, ref string? error)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        if (!allowNull || reader.TokenType != JsonTokenType.Null)
        {
            error ??= message;
        }

        reader.Skip();
        return null;
    }

    private static SentimentTarget[]? ReadTargets(ref Utf8JsonReader reader, ref string? error)
    {
        const string Message = "\"targets\" must be an array of non-empty strings";
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            error ??= Message;
            reader.Skip();
            return null;
        }

        var targets = new List<SentimentTarget>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                error ??= Message;
                reader.Skip();
                continue;
            }

            targets.Add(new SentimentTarget(name));
        }

        return [.. targets];
    }

    private static string Describe(JsonException ex)
    {
        // Reader messages end with " LineNumber: 0 | BytePositionInLine: 12."; one line has no line number to give.
        var message = ex.Message;
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at >= 0)
        {
            message = message[..at];
        }

        return ex.BytePositionInLine is { } position
            ? message.TrimEnd('.') + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (at byte {position})")
            : message.TrimEnd('.');
    }
}
