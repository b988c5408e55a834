namespace FinSentiment;

/// <summary>
/// A phrase that moved a score: where it is, what it is worth by itself, which rules changed that, and what it contributed.
/// </summary>
/// <remarks>Instances are immutable.</remarks>
/// <param name="Start">The offset of the phrase's first character in the analysed text.</param>
/// <param name="Length">The number of characters of the phrase.</param>
/// <param name="Text">The phrase as written (for a rule over several phrases, the span from the first to the last).</param>
/// <param name="BaseValence">The lexicon valence of the phrase before any rule.</param>
/// <param name="Contribution">
/// What the phrase added to its sentence's raw score after every rule, before the sentence's score is squashed into [-1, 1].
/// </param>
/// <param name="Rules">The rules that applied, in order (for example <c>direction</c>, <c>negation</c>, <c>hedge</c>, <c>contrast</c>).</param>
/// <param name="Explanation">A readable account, for example <c>loss (-0.50) × narrowed (down) → +0.36</c>.</param>
public sealed record Evidence(
    int Start,
    int Length,
    string Text,
    double BaseValence,
    double Contribution,
    IReadOnlyList<string> Rules,
    string Explanation);
