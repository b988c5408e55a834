using System.Diagnostics;
using System.Text;

namespace FinSentiment.Fuzz;

/// <summary>
/// A libFuzzer-style mutational loop without instrumentation: picks a corpus input, mutates it at byte level (flips,
/// inserts, deletions, repeats, splices and dictionary tokens), runs the checks under a per-input time limit and saves
/// any input that fails or runs too long.
/// </summary>
internal static class RandomFuzzer
{
    private static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(2);

    private static readonly string[] Dictionary =
    [
        "$", "$MSFT", "(NYSE: ", ")", "<JNJ.N>", ".", "...", "!", "?", "\n", "\r\n", " ", "\t", "\0", "\uD800", "\uDC00",
        "\u200B", "\u202E", "\u0301", "\uFEFF", "Inc.", "Corp", "U.S.", "per cent", "%", "bn", "rose", "fell", "not",
        "but", "may", "loss", "profit", "narrowed", "to ", " from ", "compared with", "(", "[", "]", "<b>", "</b>", "**",
        "# ", "https://", "@", "1,000", "-4.2", "99999999999999999999", "Apple", "Target", "the company", "'s", "n't",
    ];

    public static int Run(TimeSpan duration, int seed)
    {
        var random = new Random(seed);
        var corpusDirectory = FindDirectory("corpus");
        var findings = Path.Combine(Path.GetDirectoryName(corpusDirectory)!, "findings", "random");
        var corpus = Directory.EnumerateFiles(corpusDirectory).Select(File.ReadAllBytes).ToList();
        Directory.CreateDirectory(findings);
        var current = Path.Combine(findings, "current-input.bin");
        if (corpus.Count == 0)
        {
            corpus.Add("Apple beat estimates."u8.ToArray());
        }

        Console.WriteLine($"random fuzzing for {duration}, seed {seed}, {corpus.Count} corpus inputs");
        var total = Stopwatch.StartNew();
        long executions = 0, failures = 0, slow = 0;
        var progress = Stopwatch.StartNew();
        while (total.Elapsed < duration)
        {
            var input = Mutate(random, corpus[random.Next(corpus.Count)], corpus);
            File.WriteAllBytes(current, input); // left behind if the input hangs the process
            var one = Stopwatch.StartNew();
            try
            {
                Invariants.Check(input);
            }
            catch (Exception ex)
            {
                failures++;
                Save(findings, "crash", input, ex.ToString());
            }

            executions++;
            if (one.Elapsed > SlowInput)
            {
                slow++;
                Save(findings, "slow", input, $"{one.Elapsed.TotalMilliseconds:0} ms for {input.Length} bytes");
            }

            if (random.Next(20) == 0 && input.Length < 64 * 1024)
            {
                corpus.Add(input); // a cheap stand-in for coverage feedback: keep some mutants as parents
                if (corpus.Count > 5000)
                {
                    corpus.RemoveAt(random.Next(corpus.Count));
                }
            }

            if (progress.Elapsed > TimeSpan.FromSeconds(30))
            {
                Console.WriteLine($"{total.Elapsed:hh\\:mm\\:ss} {executions} executions, {failures} failures, {slow} slow");
                progress.Restart();
            }
        }

        File.Delete(current);
        Console.WriteLine($"done: {executions} executions in {total.Elapsed:hh\\:mm\\:ss}, {failures} failures, {slow} slow inputs");
        return failures == 0 && slow == 0 ? 0 : 1;
    }

    private static byte[] Mutate(Random random, byte[] parent, List<byte[]> corpus)
    {
        var bytes = new List<byte>(parent);
        var rounds = 1 + random.Next(8);
        for (var r = 0; r < rounds; r++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - Math.Min(at, bytes.Count - 1), 1 + random.Next(16));
                    bytes.RemoveRange(Math.Min(at, bytes.Count - 1), length);
                    break;
                case 3:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Dictionary[random.Next(Dictionary.Length)]));
                    break;
                case 4 when bytes.Count > 0:
                    // repeat a short slice many times: pathological lengths
                    var start = Math.Min(at, bytes.Count - 1);
                    var slice = bytes.GetRange(start, Math.Min(1 + random.Next(4), bytes.Count - start)).ToArray();
                    var times = random.Next(4) == 0 ? 10_000 + random.Next(90_000) : 1 + random.Next(100);
                    var repeated = new byte[slice.Length * times];
                    for (var i = 0; i < times; i++)
                    {
                        slice.CopyTo(repeated, i * slice.Length);
                    }

                    bytes.InsertRange(start, repeated);
                    break;
                case 5:
                    var other = corpus[random.Next(corpus.Count)];
                    var from = random.Next(other.Length + 1);
                    bytes.InsertRange(at, other.AsSpan(from, random.Next(other.Length - from + 1)).ToArray());
                    break;
                case 6:
                    bytes.Insert(at, (byte)random.Next(0x80, 0x100)); // stray UTF-8 continuation or lead byte
                    break;
                default:
                    bytes.InsertRange(at, Encoding.Unicode.GetBytes(Dictionary[random.Next(Dictionary.Length)]));
                    break;
            }
        }

        return [.. bytes];
    }

    private static void Save(string directory, string kind, byte[] input, string reason)
    {
        Directory.CreateDirectory(directory);
        var name = $"{kind}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..16].ToLowerInvariant()}";
        File.WriteAllBytes(Path.Combine(directory, name + ".bin"), input);
        File.WriteAllText(Path.Combine(directory, name + ".txt"), reason);
        Console.WriteLine($"{kind}: {name} {reason.Split('\n')[0]}");
    }

    /// <summary>Finds <c>fuzz/NAME</c> above the working directory or the program's directory.</summary>
    private static string FindDirectory(string name)
    {
        foreach (var start in (string[])[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "fuzz", name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"fuzz/{name} not found above the working directory; run from the repository.");
    }
}
