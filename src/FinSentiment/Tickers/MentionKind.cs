namespace FinSentiment.Tickers;

/// <summary>How a company was mentioned.</summary>
public enum MentionKind
{
    /// <summary>A cashtag such as <c>$MSFT</c>.</summary>
    Cashtag,

    /// <summary>An exchange-qualified symbol such as <c>(NASDAQ: MSFT)</c>.</summary>
    ExchangeSymbol,

    /// <summary>A Reuters instrument code such as <c>&lt;MSFT.O&gt;</c>.</summary>
    InstrumentCode,

    /// <summary>The company's name or an alias (a brand, a former name).</summary>
    Name,

    /// <summary>A later reference such as <c>the company</c>, <c>it</c> or <c>the iPhone maker</c>.</summary>
    Reference,
}
