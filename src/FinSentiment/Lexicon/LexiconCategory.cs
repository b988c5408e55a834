namespace FinSentiment.Lexicon;

/// <summary>What a lexicon entry does to the score, and how its <see cref="LexiconEntry.Valence"/> is read.</summary>
public enum LexiconCategory
{
    /// <summary>A word or phrase with its own polarity; the valence in [-1, 1] is its contribution.</summary>
    Sentiment,

    /// <summary>Flips (valence 1) or damps the polarity of what follows within its clause (<c>not</c>, <c>failed to</c>).</summary>
    Negator,

    /// <summary>Scales the next polarity by 1 + valence (<c>sharply</c> 0.4, <c>slightly</c> -0.5).</summary>
    Intensifier,

    /// <summary>Damps the polarity of its clause by 1 + valence without flipping it (<c>may</c> -0.4).</summary>
    Hedge,

    /// <summary>Marks a contrast (<c>but</c>, <c>although</c>): the main clause weighs more than the conceded one.</summary>
    Contrast,

    /// <summary>A direction word meaning "went up" (<c>rose</c>, <c>doubled</c>); the valence is its strength in (0, 1].</summary>
    Increase,

    /// <summary>A direction word meaning "went down" (<c>fell</c>, <c>narrowed</c>); the valence is its strength in (0, 1].</summary>
    Decrease,

    /// <summary>A financial quantity that is good news when it rises (<c>profit</c>, <c>sales</c>); the valence applies when no direction is stated.</summary>
    GoodWhenUp,

    /// <summary>A financial quantity that is bad news when it rises (<c>loss</c>, <c>costs</c>); the valence applies when no direction is stated.</summary>
    BadWhenUp,

    /// <summary>A phrase that is neutral in finance although its words are not (<c>crude oil</c>, <c>tender offer</c>); it masks them.</summary>
    Neutral,
}
