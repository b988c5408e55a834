using System.Text.Json.Serialization;

namespace FinSentiment.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for FinSentiment's result types, in camelCase with enums as strings.
/// Use <c>JsonSerializer.Serialize(result, FinSentimentJsonContext.Default.SentimentResult)</c>; it is trimming- and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SentimentResult))]
[JsonSerializable(typeof(IReadOnlyList<SentimentResult>))]
[JsonSerializable(typeof(TickerSentiment))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(SentenceSentiment))]
[JsonSerializable(typeof(TargetSentiment))]
public sealed partial class FinSentimentJsonContext : JsonSerializerContext;
