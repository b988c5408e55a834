using System.Text.Json.Serialization;

namespace FinSentiment.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for FinSentiment's result types, in camelCase with enums as strings, and for
/// the Alpha Vantage-compatible shape (<see cref="AlphaVantageSentiment"/>, in snake_case).
/// Use <c>JsonSerializer.Serialize(result, FinSentimentJsonContext.Default.SentimentResult)</c>; it is trimming- and AOT-safe.
/// </summary>
/// <remarks>Thread-safe; use <see cref="JsonSerializerContext"/>'s <c>Default</c> instance, or chain it into an ASP.NET Core
/// app's <c>TypeInfoResolverChain</c>.</remarks>
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
[JsonSerializable(typeof(Tickers.TickerMention))]
[JsonSerializable(typeof(AlphaVantageSentiment))]
[JsonSerializable(typeof(IReadOnlyList<AlphaVantageSentiment>))]
[JsonSerializable(typeof(AlphaVantageTickerSentiment))]
public sealed partial class FinSentimentJsonContext : JsonSerializerContext;
