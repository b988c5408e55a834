using System.Text;

namespace FinSentiment.Benchmarks.Corpora;

/// <summary>A named benchmark input: the documents analysed one by one, and their total size in UTF-8 bytes.</summary>
internal sealed class Corpus
{
    public Corpus(string name, string[] documents)
    {
        Name = name;
        Documents = documents;
        foreach (var document in documents)
        {
            Utf8Bytes += Encoding.UTF8.GetByteCount(document);
            Chars += document.Length;
        }
    }

    public string Name { get; }

    public string[] Documents { get; }

    public long Utf8Bytes { get; }

    public long Chars { get; }

    public override string ToString() => Name;
}
