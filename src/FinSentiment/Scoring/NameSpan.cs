namespace FinSentiment.Scoring;

/// <summary>
/// Where a company's or a target's name stands in the text, for the scorer, which reads the words of names as no opinion.
/// <paramref name="OrdinaryWord"/> marks a name of one word that is an ordinary word ("Snap", "Nice", "Popular"): it keeps its
/// meaning as a sentiment word, but not as a direction, a negator or a hedge ("Snap soars" is no denied rise, "Zoom trims its
/// forecast" no rise). <paramref name="Owner"/> is who the name names (a company, or a caller's target), so that two names of
/// one company ("General Dynamics … Gulfstream") are not set against each other; null when unknown.
/// </summary>
internal readonly record struct NameSpan(int Start, int Length, bool OrdinaryWord, object? Owner = null);
