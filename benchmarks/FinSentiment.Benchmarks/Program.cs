using BenchmarkDotNet.Running;

namespace FinSentiment.Benchmarks;

/// <summary>
/// Runs the benchmarks picked by the command line, e.g. <c>--filter '*Tokenizer*' --job short</c>; or, with
/// <c>--write-jsonl PATH [MEGABYTES]</c>, writes a JSONL corpus for the CLI throughput measurement and exits.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--write-jsonl")
        {
            var megabytes = args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
            (int documents, long bytes) = Corpora.JsonlCorpus.Write(args[1], megabytes * 1_000_000L);
            Console.WriteLine($"{documents} documents, {bytes} bytes written to {args[1]}");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
    }
}
