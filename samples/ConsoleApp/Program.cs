using System.Text.Json;
using FinSentiment;
using FinSentiment.Serialization;
using Microsoft.Extensions.DependencyInjection;

// Usage: ConsoleApp FILE — prints "SYMBOL polarity score" per ticker, whether two targets were found, then the Alpha Vantage-shaped JSON.
var text = File.ReadAllText(args[0]);

var services = new ServiceCollection();
services.AddFinSentiment(options => options.LabelScaleName = "alphavantage");
using var provider = services.BuildServiceProvider();
var analyzer = provider.GetRequiredService<ISentimentAnalyzer>();

var result = analyzer.Analyze(text);
Console.WriteLine($"overall {result.Polarity.ToString().ToLowerInvariant()} {result.Score:0.000} {result.Label}");
foreach (var ticker in result.Tickers)
{
    Console.WriteLine($"{ticker.Symbol} {ticker.Polarity.ToString().ToLowerInvariant()} {ticker.Score:0.000} {ticker.Label}");
}

// Targets: a name alone, and a name with an alias (both compile in C# 12).
var targeted = analyzer.Analyze(text, [new SentimentTarget("Microsoft"), new SentimentTarget("Microsoft Corporation", "Microsoft")]);
foreach (var target in targeted.Targets)
{
    Console.WriteLine($"target {target.Target} {(target.Found ? "found" : "not found")}");
}

Console.WriteLine(JsonSerializer.Serialize(AlphaVantageSentiment.FromResult(result), FinSentimentJsonContext.Default.AlphaVantageSentiment));
