using FinSentiment;
using FinSentiment.Serialization;

var builder = WebApplication.CreateSlimBuilder(args);

// Options from appsettings.json's "FinSentiment" section, validated at start-up; each child of
// "FinSentiment:Profiles" becomes a keyed analyzer.
builder.Services.AddFinSentiment(builder.Configuration.GetSection("FinSentiment"));
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, FinSentimentJsonContext.Default));

var app = builder.Build();

// POST /sentiment with the text as the request body; ?format=alphavantage for Alpha Vantage's shape.
app.MapPost("/sentiment", async (HttpRequest request, ISentimentAnalyzer analyzer, string? format) =>
{
    using var reader = new StreamReader(request.Body);
    var result = analyzer.Analyze(await reader.ReadToEndAsync());
    return string.Equals(format, "alphavantage", StringComparison.OrdinalIgnoreCase)
        ? Results.Json(AlphaVantageSentiment.FromResult(result), FinSentimentJsonContext.Default.AlphaVantageSentiment)
        : Results.Json(result, FinSentimentJsonContext.Default.SentimentResult);
});

// A named analyzer (the "news" profile of appsettings.json), injected by key.
app.MapPost("/sentiment/news", async (HttpRequest request, [FromKeyedServices("news")] ISentimentAnalyzer analyzer) =>
{
    using var reader = new StreamReader(request.Body);
    return Results.Json(analyzer.Analyze(await reader.ReadToEndAsync()), FinSentimentJsonContext.Default.SentimentResult);
});

app.MapGet("/health", () => "ok");

app.Run();
