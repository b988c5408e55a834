using System.Text;
using FinSentiment.Cli;

namespace FinSentiment.Tests.Cli;

/// <summary>Runs the CLI in-process on memory streams.</summary>
internal static class CliRunner
{
    public static CliRun Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    public static CliRun Run(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, input, output, error);
        return new CliRun(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seeds", "000_58a72a0c258b5ae7.txt");

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>A temporary file deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string contents, string extension = ".txt")
        : this(Encoding.UTF8.GetBytes(contents), extension)
    {
    }

    public TempFile(byte[] contents, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "finsentiment-cli-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(Path, contents);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
