namespace FinSentiment.Lexicon;

/// <summary>Where a <see cref="LexiconCategory.Sentiment"/> entry's polarity comes from: finance, or everyday English.</summary>
/// <remarks>
/// A financial sentiment is about markets whatever the text: "bankruptcy", "profit warning", "downgraded". A general one
/// ("killed", "protest", "wins", "pleased") says how markets feel only when the text is about business. The analyzer weighs
/// general sentiment at <see cref="FinSentimentOptions.OffTopicWeight"/> in a text with no financial context: no company or
/// ticker, no amount, percentage or cashtag, no financial term and no word of markets, trading or business.
/// </remarks>
public enum LexiconDomain
{
    /// <summary>A financial term: it counts in any text, and its presence gives a text financial context.</summary>
    Finance,

    /// <summary>An everyday English word or phrase: it counts in full only in a text with financial context.</summary>
    General,
}
