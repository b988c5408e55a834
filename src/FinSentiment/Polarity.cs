namespace FinSentiment;

/// <summary>The direction of a sentiment.</summary>
public enum Polarity
{
    /// <summary>Bad news for investors.</summary>
    Negative = -1,

    /// <summary>Neither good nor bad news, or no opinion at all.</summary>
    Neutral = 0,

    /// <summary>Good news for investors.</summary>
    Positive = 1,
}
