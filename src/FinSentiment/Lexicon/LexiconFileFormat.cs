namespace FinSentiment.Lexicon;

/// <summary>The file formats a <see cref="SentimentLexiconBuilder"/> reads.</summary>
public enum LexiconFileFormat
{
    /// <summary>UTF-8 text, one entry a line: <c>term&lt;TAB&gt;valence[&lt;TAB&gt;category]</c>; <c>#</c> starts a comment line.</summary>
    Tsv,

    /// <summary>A JSON array of <c>{"term": "...", "valence": 0.5, "category": "sentiment"}</c> objects.</summary>
    Json,

    /// <summary>The VADER lexicon: <c>token&lt;TAB&gt;mean&lt;TAB&gt;sd&lt;TAB&gt;[ratings]</c> with means in [-4, 4], scaled to [-1, 1].</summary>
    Vader,

    /// <summary>
    /// The Loughran-McDonald Master Dictionary CSV (supplied by the user; it is not shipped). Words in its Negative and
    /// Positive columns become sentiment entries (-0.5, +0.5); Uncertainty and Weak_Modal words become hedges (-0.2, -0.3).
    /// </summary>
    LoughranMcDonald,
}
