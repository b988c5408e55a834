namespace FinSentiment.Cli.CommandLine;

/// <summary>One option a command accepts: a flag, or an option with a value named by <see cref="ValueName"/>.</summary>
internal sealed record OptionSpec(string Name, string? ValueName = null, string? Alias = null)
{
    public bool TakesValue => ValueName is not null;
}
