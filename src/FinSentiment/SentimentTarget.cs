namespace FinSentiment;

/// <summary>A company (or anything else) the caller wants the sentiment toward, known by a name and optional aliases.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record SentimentTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="name">The name as it may be written in texts, or a ticker symbol.</param>
    /// <param name="aliases">Other names it may be written as.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public SentimentTarget(string name, params IReadOnlyList<string> aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(aliases);
        Name = name.Trim();
        Aliases = aliases.Count == 0 ? [] : [.. aliases]; // a copy: the caller's array may change later
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the aliases.</summary>
    public IReadOnlyList<string> Aliases { get; }
}
