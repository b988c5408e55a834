namespace FinSentiment.Tokenization;

/// <summary>The kind of a <see cref="Token"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>A word: letters and digits, possibly with inner apostrophes, hyphens or dots (<c>don't</c>, <c>year-on-year</c>, <c>U.S.</c>).</summary>
    Word,

    /// <summary>A number such as <c>1,234.56</c>, <c>13.1</c> or <c>-4.2</c>.</summary>
    Number,

    /// <summary>A percentage such as <c>4%</c>, <c>4 percent</c> or <c>4 pct</c>; the token spans the number and its unit.</summary>
    Percent,

    /// <summary>A currency amount such as <c>EUR 13.1 mn</c>, <c>$1.2bn</c> or <c>Rs 10.4 crore</c>; the token spans the currency, number and scale word.</summary>
    Currency,

    /// <summary>A cashtag such as <c>$MSFT</c> or <c>$BRK.B</c>.</summary>
    Cashtag,

    /// <summary>An exchange-qualified symbol such as <c>NYSE:IBM</c> or <c>NASDAQ: MSFT</c>.</summary>
    ExchangeSymbol,

    /// <summary>Punctuation that does not end a sentence.</summary>
    Punctuation,

    /// <summary>Punctuation that ends a sentence (<c>.</c>, <c>!</c>, <c>?</c>, or a line break between paragraphs).</summary>
    SentenceEnd,

    /// <summary>A URL.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle such as <c>@Reuters</c>.</summary>
    Handle,

    /// <summary>A hashtag such as <c>#earnings</c>.</summary>
    Hashtag,

    /// <summary>An emoji or other pictographic symbol.</summary>
    Emoji,

    /// <summary>Any other symbol (for example <c>&amp;</c>, <c>+</c> or <c>©</c>).</summary>
    Symbol,
}
