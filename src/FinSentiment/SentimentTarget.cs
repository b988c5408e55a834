using System.Text;

namespace FinSentiment;

/// <summary>A company (or anything else) the caller wants the sentiment toward, known by a name and optional aliases.</summary>
/// <remarks>Instances are immutable. Two targets are equal when their names and their aliases, in order, are equal
/// (ordinal comparison), so targets can be used as dictionary keys or compared in tests.</remarks>
public sealed record SentimentTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="name">The name as it may be written in texts, or a ticker symbol.</param>
    /// <param name="aliases">Other names it may be written as (none by default). Empty or white-space aliases are kept but never matched.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space, or an alias is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="aliases"/> is null.</exception>
    /// <remarks>A <c>params</c> array, not a <c>params</c> collection, so that <c>new SentimentTarget("Morrisons")</c> and
    /// <c>new SentimentTarget("Morrisons", "Wm Morrison")</c> compile in C# 12 (the default of .NET 8 projects).</remarks>
    public SentimentTarget(string name, params string[] aliases)
        : this(name, (IReadOnlyList<string>)aliases)
    {
    }

    /// <summary>Creates a target with the aliases in a list.</summary>
    /// <param name="name">The name as it may be written in texts, or a ticker symbol.</param>
    /// <param name="aliases">Other names it may be written as; the list is copied. Empty or white-space aliases are kept but never matched.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space, or an alias is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="aliases"/> is null.</exception>
    public SentimentTarget(string name, IReadOnlyList<string> aliases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(aliases);
        Name = name.Trim();
        if (aliases.Count == 0)
        {
            Aliases = [];
            return;
        }

        var copy = new string[aliases.Count]; // a copy: the caller's array may change later
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = aliases[i] ?? throw new ArgumentException($"Alias {i} is null.", nameof(aliases));
        }

        Aliases = Array.AsReadOnly(copy); // read-only: not castable back to an array
    }

    /// <summary>Gets the name, without leading or trailing white space.</summary>
    public string Name { get; }

    /// <summary>Gets the aliases.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Tells whether <paramref name="other"/> has the same name and the same aliases in the same order (ordinal comparison).</summary>
    /// <param name="other">The target to compare with.</param>
    /// <returns><see langword="true"/> when the names and the alias lists are equal.</returns>
    public bool Equals(SentimentTarget? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || !string.Equals(Name, other.Name, StringComparison.Ordinal) || Aliases.Count != other.Aliases.Count)
        {
            return false;
        }

        for (var i = 0; i < Aliases.Count; i++)
        {
            if (!string.Equals(Aliases[i], other.Aliases[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the name and the aliases: <c>Name = Morrisons, Aliases = [Wm Morrison]</c>.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Aliases = [").AppendJoin(", ", Aliases).Append(']');
        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        foreach (var alias in Aliases)
        {
            hash.Add(alias, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
