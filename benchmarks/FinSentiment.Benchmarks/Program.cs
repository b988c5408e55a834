using BenchmarkDotNet.Running;

namespace FinSentiment.Benchmarks;

/// <summary>Runs the benchmarks picked by the command line, e.g. <c>--filter '*Tokenizer*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
}
