namespace FinSentiment;

/// <summary>The sentiment of a text toward a target the caller named (see <see cref="SentimentTarget"/>).</summary>
/// <remarks>Instances are immutable.</remarks>
/// <param name="Target">The target's <see cref="SentimentTarget.Name"/> (as given, without leading or trailing white space).</param>
/// <param name="Found">Whether the target (or one of its aliases) was found in the text.</param>
/// <param name="Score">The sentiment toward the target in [-1, 1]; the overall score when the target was not found.</param>
/// <param name="Label">The label of <paramref name="Score"/>.</param>
/// <param name="Polarity">The polarity of <paramref name="Score"/>.</param>
public sealed record TargetSentiment(string Target, bool Found, double Score, string Label, Polarity Polarity)
{
    /// <summary>
    /// Gets the rule that set <see cref="Score"/> from the target's role in the text (one of <see cref="CompanyRules"/>), or
    /// <see langword="null"/> when the score comes from the phrases about the target or the target was not found.
    /// </summary>
    public string? Rule { get; init; }
}
