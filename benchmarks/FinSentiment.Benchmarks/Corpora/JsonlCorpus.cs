using System.Text;
using System.Text.Json;

namespace FinSentiment.Benchmarks.Corpora;

/// <summary>
/// Writes a JSONL corpus (<c>{"id": n, "text": "..."}</c> per line) of at least a given size from the benchmark templates, for
/// measuring <c>finsentiment analyze --jsonl --stats</c>. Deterministic: every round of documents uses the next fixed seeds.
/// </summary>
internal static class JsonlCorpus
{
    public static (int Documents, long Bytes) Write(string path, long minBytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var documents = 0;
        var bytes = 0L;
        for (var seed = 100; bytes < minBytes; seed += 10)
        {
            string[][] shapes =
            [
                NewsTemplates.Generate(NewsTemplates.HeadlineTemplates, seed, 400),
                NewsTemplates.GenerateParagraphs(seed + 1, 60, 5),
                [NewsTemplates.GenerateArticle(seed + 2, 24_000)],
                NewsTemplates.Generate(NewsTemplates.SocialTemplates, seed + 3, 300),
                NewsTemplates.GenerateParagraphs(seed + 4, 60, 4, NewsTemplates.NonAsciiTemplates),
            ];

            foreach (var shape in shapes)
            {
                foreach (var text in shape)
                {
                    var line = $"{{\"id\":{++documents},\"text\":{JsonSerializer.Serialize(text)}}}";
                    writer.Write(line);
                    writer.Write('\n');
                    bytes += Encoding.UTF8.GetByteCount(line) + 1;
                }
            }
        }

        return (documents, bytes);
    }
}
