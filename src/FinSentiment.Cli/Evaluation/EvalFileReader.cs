using System.Globalization;
using System.Text.Json;

namespace FinSentiment.Cli.Evaluation;

/// <summary>
/// Reads the evaluation format (one object a line: <c>id</c>, <c>text</c>, <c>label</c>, optional <c>target</c> and
/// <c>agreement</c>). Rows that cannot be used are counted in <see cref="Invalid"/> with their reason; rows that
/// fail the agreement filter in <see cref="Filtered"/>. Nothing is dropped silently.
/// </summary>
internal sealed class EvalFileReader
{
    private readonly double? _minAgreement;

    public EvalFileReader(double? minAgreement)
    {
        _minAgreement = minAgreement;
    }

    public List<EvalRow> Rows { get; } = [];

    public SkipCounter Invalid { get; } = new();

    public SkipCounter Filtered { get; } = new();

    public long LinesRead { get; private set; }

    public void Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            LinesRead++;
            var (row, reason) = ParseRow(line, lineNumber);
            if (row is null)
            {
                Invalid.Add(reason!, lineNumber);
            }
            else if (_minAgreement is not null && row.Agreement is null)
            {
                Filtered.Add("no agreement", lineNumber);
            }
            else if (_minAgreement is { } threshold && row.Agreement < threshold)
            {
                Filtered.Add(string.Create(CultureInfo.InvariantCulture, $"agreement below {threshold}"), lineNumber);
            }
            else
            {
                Rows.Add(row);
            }
        }
    }

    internal static (EvalRow? Row, string? Reason) ParseRow(string line, long lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return (null, "invalid JSON");
        }

        using (document)
        {
            try
            {
                return ParseObject(document.RootElement, lineNumber);
            }
            catch (InvalidOperationException)
            {
                // GetString throws on an escaped lone surrogate ("\ud800"), which no .NET string from JSON may hold.
                return (null, "invalid JSON: a string escapes half of a surrogate pair");
            }
        }
    }

    private static (EvalRow? Row, string? Reason) ParseObject(JsonElement root, long lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "not a JSON object");
        }

        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return (null, "missing or non-string text");
        }

        if (!root.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String)
        {
            return (null, "missing or non-string label");
        }

        if (!TryParseLabel(label.GetString()!, out var gold))
        {
            return (null, "label not positive, negative or neutral");
        }

        string? target = null;
        if (root.TryGetProperty("target", out var targetElement) && targetElement.ValueKind != JsonValueKind.Null)
        {
            if (targetElement.ValueKind != JsonValueKind.String)
            {
                return (null, "non-string target");
            }

            target = targetElement.GetString();
            if (string.IsNullOrWhiteSpace(target))
            {
                return (null, "empty target");
            }
        }

        double? agreement = null;
        if (root.TryGetProperty("agreement", out var agreementElement) && agreementElement.ValueKind != JsonValueKind.Null)
        {
            if (agreementElement.ValueKind != JsonValueKind.Number)
            {
                return (null, "non-numeric agreement");
            }

            agreement = agreementElement.GetDouble();
        }

        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText())
            : string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}");
        return (new EvalRow(lineNumber, id, text.GetString()!, gold, target, agreement), null);
    }

    internal static bool TryParseLabel(string label, out Polarity polarity)
    {
        switch (label.Trim().ToUpperInvariant())
        {
            case "POSITIVE":
                polarity = Polarity.Positive;
                return true;
            case "NEGATIVE":
                polarity = Polarity.Negative;
                return true;
            case "NEUTRAL":
                polarity = Polarity.Neutral;
                return true;
            default:
                polarity = Polarity.Neutral;
                return false;
        }
    }
}
