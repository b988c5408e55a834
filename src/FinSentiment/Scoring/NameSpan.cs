namespace FinSentiment.Scoring;

/// <summary>
/// Where a company's or a target's name stands in the text, for the scorer, which reads the words of names as no opinion.
/// <paramref name="OrdinaryWord"/> marks a name of one word that is an ordinary word ("Snap", "Nice", "Popular"): it keeps its
/// meaning as a sentiment word, but not as a direction, a negator or a hedge ("Snap soars" is no denied rise, "Zoom trims its
/// forecast" no rise).
/// </summary>
internal readonly record struct NameSpan(int Start, int Length, bool OrdinaryWord);
