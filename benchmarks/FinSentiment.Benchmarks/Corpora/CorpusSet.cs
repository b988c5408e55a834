namespace FinSentiment.Benchmarks.Corpora;

/// <summary>
/// The benchmark corpora, generated deterministically (fixed seeds) from the hand-written templates in
/// <see cref="NewsTemplates"/>. Nothing here comes from evaluation data. Each corpus is also the name of a benchmark category.
/// </summary>
internal static class CorpusSet
{
    public const string Headlines = "Headlines";
    public const string Paragraphs = "Paragraphs";
    public const string LongArticle = "LongArticle";
    public const string Social = "Social";
    public const string NonAscii = "NonAscii";
    public const string Mixed = "Mixed";
    public const string Scaling = "Scaling";

    /// <summary>The number of one-kilobyte articles in <see cref="Scaling"/>, and of their copies in <see cref="ScalingArticle"/>.</summary>
    public const int ScalingCopies = 1000;

    private static readonly Lazy<Corpus[]> All = new(() =>
    {
        Corpus[] shapes =
        [
            new Corpus(Headlines, NewsTemplates.Generate(NewsTemplates.HeadlineTemplates, seed: 1, count: 400)),
            new Corpus(Paragraphs, NewsTemplates.GenerateParagraphs(seed: 2, count: 60, sentences: 5)),
            new Corpus(LongArticle, [NewsTemplates.GenerateArticle(seed: 3, minChars: 24_000)]),
            new Corpus(Social, NewsTemplates.Generate(NewsTemplates.SocialTemplates, seed: 4, count: 300)),
            new Corpus(NonAscii, NewsTemplates.GenerateParagraphs(seed: 5, count: 60, sentences: 4, NewsTemplates.NonAsciiTemplates)),
        ];

        // Every shape together (batch benchmarks), and one kilobyte of article text a thousand times (linearity benchmarks).
        var mixed = new Corpus(Mixed, [.. shapes.SelectMany(static c => c.Documents)]);
        var scaling = new Corpus(Scaling, Enumerable.Repeat(OneKilobyteArticle(shapes[2].Documents[0]), ScalingCopies).ToArray());
        return [.. shapes, mixed, scaling];
    });

    /// <summary>Gets the <see cref="ScalingCopies"/> one-kilobyte articles of <see cref="Scaling"/> as one article, separated by blank lines.</summary>
    public static string ScalingArticle => ScalingArticleText.Value;

    private static readonly Lazy<string> ScalingArticleText = new(() => string.Join("\n\n", Get(Scaling).Documents));

    public static Corpus Get(string name) => Find(name) ?? throw new ArgumentException($"No corpus named {name}.", nameof(name));

    public static Corpus? Find(string name) => Array.Find(All.Value, c => c.Name == name);

    /// <summary>The article's text up to its last sentence end within the first 1,024 characters.</summary>
    private static string OneKilobyteArticle(string article)
    {
        var end = article.AsSpan(0, Math.Min(article.Length, 1024)).LastIndexOf(". ");
        return end < 0 ? article[..Math.Min(article.Length, 1024)] : article[..(end + 1)];
    }
}
