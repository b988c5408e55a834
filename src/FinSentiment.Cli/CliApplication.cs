using FinSentiment.Cli.CommandLine;
using FinSentiment.Cli.Commands;

namespace FinSentiment.Cli;

/// <summary>The process entry, testable: parses the verb, runs its command and maps errors to exit codes.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var console = new CliConsole(stdin, stdout, stderr);
        return Run(args, console);
    }

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var exitCode = Dispatch(args, console);
            console.Flush();
            return exitCode;
        }
        catch (OutputClosedException)
        {
            // The reader of standard output went away (e.g. `| head`): nothing more to say.
            return ExitCodes.Success;
        }
        catch (UsageException ex)
        {
            TryFlush(console);
            console.WriteError(ex.Message);
            console.Error.WriteLine(Usage.Hint);
            return ExitCodes.Usage;
        }
        catch (CommandException ex)
        {
            TryFlush(console);
            console.WriteError(ex.Message);
            return ExitCodes.Failure;
        }
        catch (IOException ex) when (ex is not OutputClosedException)
        {
            // A write to standard output failed (a full disk, an I/O error): the output is incomplete.
            console.WriteError($"cannot write standard output: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Dispatch(string[] args, CliConsole console)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            console.Out.WriteLine(Usage.Text);
            return ExitCodes.Success;
        }

        if (args[0] == "--version")
        {
            console.Out.WriteLine(Usage.Version);
            return ExitCodes.Success;
        }

        var rest = args.AsSpan(1).ToArray();
        if (Array.IndexOf(rest, "--help") >= 0 || Array.IndexOf(rest, "-h") >= 0)
        {
            console.Out.WriteLine(Usage.Text);
            return ExitCodes.Success;
        }

        return args[0] switch
        {
            "analyze" or "analyse" => AnalyzeCommand.Run(rest, console),
            "eval" => EvalCommand.Run(rest, console),
            _ when args[0].StartsWith('-') => throw new UsageException($"unknown option '{args[0]}'"),
            _ => throw new UsageException($"unknown command '{args[0]}'"),
        };
    }

    private static void TryFlush(CliConsole console)
    {
        try
        {
            console.Flush();
        }
        catch (IOException)
        {
            // Already failing; the error line matters more.
        }
    }
}
