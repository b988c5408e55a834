using System.Diagnostics;
using FinSentiment.Fuzz;

// Modes (see fuzz/README.md):
//   (no arguments)             AFL++ target, instrumented with `sharpfuzz`: reads inputs from afl-fuzz
//   repro PATH...              runs files (or every file of directories) through the checks, prints failures
//   random SECONDS [SEED]      a self-contained mutational fuzzer over fuzz/corpus, no AFL needed; saves
//                              failing inputs to fuzz/findings/random/
if (args.Length == 0)
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Invariants.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    });
    return 0;
}

return args[0] switch
{
    "repro" => Repro(args[1..]),
    "random" => RandomFuzzer.Run(
        TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount),
    _ => Usage(),
};

static int Repro(string[] paths)
{
    var failures = 0;
    var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]);
    foreach (var file in files)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            Invariants.Check(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {stopwatch.ElapsedMilliseconds,6} ms  {file}");
        }
        catch (Exception ex)
        {
            failures++;
            Console.WriteLine($"FAIL  {stopwatch.ElapsedMilliseconds,6} ms  {file}\n{ex}");
        }
    }

    return failures == 0 ? 0 : 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: FinSentiment.Fuzz [repro PATH... | random SECONDS [SEED]]");
    return 2;
}
