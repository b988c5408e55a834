namespace FinSentiment.Scoring;

/// <summary>The weights of <see cref="LexiconScorer"/>'s rules. The defaults were tuned on development data; see the README.</summary>
/// <remarks>Read once when a scorer is created.</remarks>
public sealed class LexiconScorerOptions
{
    /// <summary>Gets or sets the contribution of a direction applied to a known quantity, times the direction's strength. <value>Defaults to 0.6.</value></summary>
    public double DirectionWeight { get; set; } = 0.6;

    /// <summary>Gets or sets the contribution of a direction with no known quantity (read as a rise or fall of something good). <value>Defaults to 0.35.</value></summary>
    public double UnpairedDirectionWeight { get; set; } = 0.35;

    /// <summary>Gets or sets the contribution of a quantity compared with its earlier value (<c>to X from Y</c>). <value>Defaults to 0.5.</value></summary>
    public double ComparisonWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the factor a negation applies to the polarity in its scope. <value>Defaults to -0.75.</value></summary>
    public double NegationFactor { get; set; } = -0.75;

    /// <summary>Gets or sets how many words a negation reaches. <value>Defaults to 4.</value></summary>
    public int NegationScope { get; set; } = 4;

    /// <summary>Gets or sets the weight of a conceded clause (before <c>but</c>, after <c>although</c>). <value>Defaults to 0.5.</value></summary>
    public double ConcededClauseWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of the main clause of a contrast. <value>Defaults to 1.5.</value></summary>
    public double MainClauseWeight { get; set; } = 1.5;

    /// <summary>
    /// Gets or sets the factor applied to the cause of a move when it pulls the other way ("the dollar rises on rate-hike bets",
    /// "Acme falls following a strong quarter"): the move is what happened. Between 0 and 1; the scorer's constructor throws
    /// <see cref="ArgumentOutOfRangeException"/> otherwise. <value>Defaults to 0.25; 1 turns the rule off.</value>
    /// </summary>
    public double OpposingCauseWeight { get; set; } = 0.25;

    /// <summary>
    /// Gets or sets the factor applied to a question ("Should you buy X?", "Is Y a strong stock?"), which asks rather than reports.
    /// A statement before the question's last colon or semicolon ("X profit falls 25%: should you buy?") is not asked.
    /// <value>Defaults to 0.3.</value>
    /// </summary>
    public double QuestionWeight { get; set; } = 0.3;

    /// <summary>Gets or sets the gain of the squashing function: a sentence scores tanh(gain × sum of contributions). <value>Defaults to 0.65.</value></summary>
    public double Gain { get; set; } = 0.65;
}
