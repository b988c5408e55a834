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

    private static readonly Lazy<Corpus[]> All = new(() =>
    [
        new Corpus(Headlines, NewsTemplates.Generate(NewsTemplates.HeadlineTemplates, seed: 1, count: 400)),
        new Corpus(Paragraphs, NewsTemplates.GenerateParagraphs(seed: 2, count: 60, sentences: 5)),
        new Corpus(LongArticle, [NewsTemplates.GenerateArticle(seed: 3, minChars: 24_000)]),
        new Corpus(Social, NewsTemplates.Generate(NewsTemplates.SocialTemplates, seed: 4, count: 300)),
        new Corpus(NonAscii, NewsTemplates.GenerateParagraphs(seed: 5, count: 60, sentences: 4, NewsTemplates.NonAsciiTemplates)),
    ]);

    public static Corpus Get(string name) => Find(name) ?? throw new ArgumentException($"No corpus named {name}.", nameof(name));

    public static Corpus? Find(string name) => Array.Find(All.Value, c => c.Name == name);
}
