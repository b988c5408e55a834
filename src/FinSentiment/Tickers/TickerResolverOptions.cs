namespace FinSentiment.Tickers;

/// <summary>Options for a <see cref="TickerResolver"/>.</summary>
/// <remarks>A resolver copies the options when it is created; changing them later has no effect on it.</remarks>
public sealed class TickerResolverOptions
{
    /// <summary>Gets or sets a value indicating whether later references (<c>the company</c>, <c>the iPhone maker</c>, <c>It</c>) are resolved.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool ResolveReferences { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether upper-case symbols written without <c>$</c> or an exchange (<c>MSFT</c>) are
    /// resolved. Even when set, a bare symbol resolves only in parentheses (<c>Microsoft (MSFT)</c>) or when the same company
    /// is also mentioned in another way, never in an all-caps sentence, and never when it is an English word or acronym.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool ResolveBareSymbols { get; set; } = true;

    /// <summary>Gets or sets how many sentences after a company's mention a reference can still point back to it.</summary>
    /// <value>The default is 3. Must be between 0 and 20.</value>
    public int ReferenceSentenceWindow { get; set; } = 3;

    /// <summary>
    /// Gets or sets how many tokens on either side of an ambiguous name (<c>Apple</c>, <c>Target</c>) are searched, within
    /// its sentence, for corporate context such as <c>shares</c>, <c>earnings</c> or <c>CEO</c>.
    /// </summary>
    /// <value>The default is 6. Must be between 0 and 50.</value>
    public int ContextTokenWindow { get; set; } = 6;

    /// <summary>Throws when a value is out of range, listing every problem.</summary>
    /// <exception cref="ArgumentException">One or more values are invalid.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if (ReferenceSentenceWindow is < 0 or > 20)
        {
            problems.Add($"{nameof(ReferenceSentenceWindow)} must be between 0 and 20 (was {ReferenceSentenceWindow})");
        }

        if (ContextTokenWindow is < 0 or > 50)
        {
            problems.Add($"{nameof(ContextTokenWindow)} must be between 0 and 50 (was {ContextTokenWindow})");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid ticker resolver options: " + string.Join("; ", problems) + ".", "options");
        }
    }
}
