using System.Buffers;
using System.Globalization;

namespace FinSentiment.Tokenization;

/// <summary>
/// The default tokenizer: one pass over the text that recognises words, numbers, percentages,
/// currency amounts, cashtags, exchange-qualified symbols, URLs, e-mail addresses, handles, hashtags,
/// emoji, punctuation and sentence ends, as they are written in financial news.
/// </summary>
/// <remarks>
/// The tokenizer is stateless, immutable and thread-safe; use <see cref="Instance"/>. It allocates nothing.
/// Possessive <c>'s</c> is split from its word (<c>Tesla's</c> gives <c>Tesla</c> and <c>'s</c>), so names
/// can be matched; <c>n't</c> contractions, hyphenated words and initialisms such as <c>U.S.</c> stay whole.
/// A full stop after an abbreviation (<c>Inc.</c>, <c>No.</c>), an initial, or before a lower-case word
/// is punctuation, not a sentence end. A line break ends a sentence when the next line starts with an
/// upper-case letter, a digit or a symbol, or when a blank line follows.
/// </remarks>
public sealed class FinancialTokenizer : ITokenizer
{
    /// <summary>Gets the shared instance.</summary>
    public static FinancialTokenizer Instance { get; } = new();

    private static readonly SearchValues<char> AsciiAlphanumerics =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> UrlTerminators = SearchValues.Create(" \t\r\n\"<>()[]{}");

    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create("$€£¥₹₩₽");

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".!?…");

    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’");

    /// <inheritdoc/>
    public OperationStatus Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int tokensWritten, out int charsConsumed)
    {
        var written = 0;
        var position = 0;
        var previousKind = TokenKind.SentenceEnd;
        var hasPrevious = false;

        while (true)
        {
            position = SkipWhitespace(text, position, hasPrevious && previousKind != TokenKind.SentenceEnd, out var lineBreak);
            if (lineBreak >= 0)
            {
                if (written == destination.Length)
                {
                    break;
                }

                destination[written++] = new Token(lineBreak, 1, TokenKind.SentenceEnd);
                previousKind = TokenKind.SentenceEnd;
                continue;
            }

            if (position >= text.Length)
            {
                tokensWritten = written;
                charsConsumed = text.Length;
                return OperationStatus.Done;
            }

            if (written == destination.Length)
            {
                break;
            }

            var token = ReadToken(text, position);
            destination[written++] = token;
            position = token.End;
            previousKind = token.Kind;
            hasPrevious = true;
        }

        tokensWritten = written;
        charsConsumed = position;
        return OperationStatus.DestinationTooSmall;
    }

    /// <summary>
    /// Skips white space from <paramref name="position"/>. When the white space holds a line break that ends a
    /// sentence, <paramref name="lineBreak"/> receives the break's offset and the returned position is just after it.
    /// </summary>
    private static int SkipWhitespace(ReadOnlySpan<char> text, int position, bool canEndSentence, out int lineBreak)
    {
        lineBreak = -1;
        var firstBreak = -1;
        var breaks = 0;
        var i = position;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            if (text[i] == '\n')
            {
                if (firstBreak < 0)
                {
                    firstBreak = i;
                }

                breaks++;
            }

            i++;
        }

        if (firstBreak >= 0 && canEndSentence)
        {
            var next = i < text.Length ? text[i] : '\0';
            if (breaks > 1 || i >= text.Length || !char.IsLower(next))
            {
                lineBreak = firstBreak;
                return firstBreak + 1;
            }
        }

        return i;
    }

    private static Token ReadToken(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];

        if (char.IsAsciiLetter(c) || (c > 127 && char.IsLetter(c)))
        {
            return ReadWordLike(text, start);
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadNumberLike(text, start, start);
        }

        switch (c)
        {
            case '$' when start + 1 < text.Length && char.IsAsciiLetter(text[start + 1]) && !PrecededByLetterOrDigit(text, start):
                return ReadCashtag(text, start);
            case '$' or '€' or '£' or '¥' or '₹' or '₩' or '₽':
                {
                    var digit = SkipSpaces(text, start + 1, 1);
                    if (digit < text.Length && char.IsAsciiDigit(text[digit]))
                    {
                        return ReadNumberLike(text, start, digit, isCurrency: true);
                    }

                    return new Token(start, 1, TokenKind.Symbol);
                }

            case '-' or '+' or '−':
                if (start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]) && !PrecededByLetterOrDigit(text, start))
                {
                    return ReadNumberLike(text, start, start + 1);
                }

                break;
            case '@':
                if (start + 1 < text.Length && IsWordChar(text[start + 1]))
                {
                    return new Token(start, ScanHandleEnd(text, start + 1) - start, TokenKind.Handle);
                }

                break;
            case '#':
                if (start + 1 < text.Length && char.IsLetter(text[start + 1]))
                {
                    return new Token(start, ScanHandleEnd(text, start + 1) - start, TokenKind.Hashtag);
                }

                break;
        }

        if (SentencePunctuation.Contains(c))
        {
            return ReadSentencePunctuation(text, start);
        }

        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            var end = start + 2;

            // Keep emoji modifiers, variation selectors and zero-width joiner sequences together.
            while (end < text.Length && (text[end] == '\u200D' || text[end] == '\uFE0F' ||
                   (char.IsHighSurrogate(text[end]) && end + 1 < text.Length && text[end] == '\uD83C' && text[end + 1] is >= '\uDFFB' and <= '\uDFFF')))
            {
                end += text[end] == '\u200D' && end + 2 < text.Length && char.IsHighSurrogate(text[end + 1]) ? 3 : (char.IsHighSurrogate(text[end]) ? 2 : 1);
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[start + 1]));
            var kind = category is UnicodeCategory.OtherSymbol ? TokenKind.Emoji
                : category is UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
                    ? TokenKind.Word : TokenKind.Symbol;
            return new Token(start, Math.Min(end, text.Length) - start, kind);
        }

        if (c is >= '\u2600' and <= '\u27BF')
        {
            var end = start + 1;
            if (end < text.Length && text[end] == '\uFE0F')
            {
                end++;
            }

            return new Token(start, end - start, TokenKind.Emoji);
        }

        return new Token(start, 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    private static Token ReadSentencePunctuation(ReadOnlySpan<char> text, int start)
    {
        var end = start + 1;
        while (end < text.Length && SentencePunctuation.Contains(text[end]))
        {
            end++;
        }

        var c = text[start];
        if (c == '.' && end - start == 1)
        {
            // A full stop after an abbreviation or an initial ("Inc.", "No.", "John F. Kennedy") does not end a sentence.
            var wordStart = start;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart < start && (wordStart == 0 || !IsWordChar(text[wordStart - 1]) || text[wordStart - 1] == '.') &&
                IsAbbreviation(text[wordStart..start]))
            {
                return new Token(start, 1, TokenKind.Punctuation);
            }

            // A full stop followed (after closing quotes or brackets) by a lower-case word or a digit does not end a sentence.
            var next = SkipSpaces(text, end, int.MaxValue);
            while (next < text.Length && text[next] is '"' or '\'' or ')' or ']' or '”' or '’')
            {
                next = SkipSpaces(text, next + 1, int.MaxValue);
            }

            if (next < text.Length && (char.IsLower(text[next]) || text[next] is ',' or ';' or ':'))
            {
                return new Token(start, 1, TokenKind.Punctuation);
            }
        }

        return new Token(start, end - start, TokenKind.SentenceEnd);
    }

    private static Token ReadWordLike(ReadOnlySpan<char> text, int start)
    {
        if (LooksLikeUrl(text, start))
        {
            return ReadUrl(text, start);
        }

        var end = ScanWordEnd(text, start, out var initialism);

        // e-mail address: word@domain.tld
        if (end < text.Length && text[end] == '@' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
        {
            var domainEnd = ScanHandleEnd(text, end + 1);
            if (text[(end + 1)..domainEnd].Contains('.'))
            {
                return new Token(start, domainEnd - start, TokenKind.Email);
            }
        }

        var word = text[start..end];

        // Currency code followed by an amount: "EUR 13.1 mn", "Rs 10.4 crore", "USD3bn".
        if (word.Length <= 7)
        {
            var codeEnd = end < text.Length && text[end] == '.' && word.Equals("rs", StringComparison.OrdinalIgnoreCase) ? end + 1 : end;
            var code = codeEnd < text.Length && text[codeEnd] == '$' ? text[start..(codeEnd + 1)] : text[start..codeEnd];
            var afterCode = start + code.Length;
            if (IsCurrencyCode(code))
            {
                var digit = SkipSpaces(text, afterCode, 1);
                if (digit < text.Length && char.IsAsciiDigit(text[digit]))
                {
                    return ReadNumberLike(text, start, digit, isCurrency: true);
                }
            }

            // Exchange-qualified symbol: "NYSE:IBM", "NASDAQ: MSFT", "NYSE American: XYZ".
            var exchangeEnd = MatchExchange(text, start, end);
            if (exchangeEnd > 0)
            {
                var symbolStart = SkipSpaces(text, exchangeEnd + 1, 2);
                if (symbolStart < text.Length && char.IsAsciiLetterUpper(text[symbolStart]))
                {
                    var symbolEnd = ScanSymbolEnd(text, symbolStart);
                    if (symbolEnd - symbolStart <= 8)
                    {
                        return new Token(start, symbolEnd - start, TokenKind.ExchangeSymbol);
                    }
                }
            }
        }

        // An initialism takes its final full stop ("U.S."); an abbreviation's stop is read as punctuation later.
        if (initialism && end < text.Length && text[end] == '.')
        {
            end++;
        }

        return new Token(start, end - start, TokenKind.Word);
    }

    private static bool IsCurrencyCode(ReadOnlySpan<char> code)
    {
        foreach (var candidate in CurrencyCodeList)
        {
            if (code.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CurrencyCodeList =
    [
        "usd", "eur", "gbp", "jpy", "inr", "rs", "rs.", "cny", "rmb", "chf", "sek", "nok", "dkk", "cad", "aud", "hkd",
        "sgd", "krw", "brl", "zar", "rub", "mxn", "pln", "nzd", "twd", "idr", "myr", "thb", "aed", "sar",
        "us$", "c$", "a$", "hk$", "s$", "nt$", "r$", "rp",
    ];

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]); // an initial, as in "John F. Kennedy"
        }

        if (word.Length > 6)
        {
            return false;
        }

        foreach (var abbreviation in AbbreviationList)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AbbreviationList =
    [
        "inc", "corp", "co", "ltd", "plc", "llc", "bros", "cos", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos",
        "vs", "etc", "approx", "est", "dept", "gov", "sen", "rep", "gen", "prof", "rev", "hon", "fig", "vol", "ave",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mln", "bln", "mn", "bn", "pct", "yr", "qtr", "ref", "ca",
    ];

    private static int MatchExchange(ReadOnlySpan<char> text, int start, int wordEnd)
    {
        var word = text[start..wordEnd];
        if (word.Length < 3 || !char.IsUpper(word[0]) || !IsExchangeName(word))
        {
            return -1;
        }

        var colon = wordEnd;
        if (colon < text.Length && text[colon] == ' ')
        {
            // two-word exchange names: "NYSE American", "NYSE Arca", "OTC Markets"
            var secondEnd = ScanWordEnd(text, colon + 1, out _);
            if (secondEnd > colon + 1 && secondEnd < text.Length && text[secondEnd] == ':' && IsExchangeName(text[start..secondEnd]))
            {
                return secondEnd;
            }
        }

        return colon < text.Length && text[colon] == ':' ? colon : -1;
    }

    private static bool IsExchangeName(ReadOnlySpan<char> name)
    {
        foreach (var exchange in ExchangeList)
        {
            if (name.Equals(exchange, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ExchangeList =
    [
        "nyse", "nasdaq", "amex", "nysearca", "nyse arca", "nyse american", "nyse mkt", "otc", "otcqx", "otcqb",
        "otcmkts", "otc markets", "tsx", "tsxv", "tsx-v", "lse", "nse", "bse", "asx", "hkex", "sgx", "cboe", "bats",
        "euronext", "xetra", "jse",
    ];

    private static Token ReadCashtag(ReadOnlySpan<char> text, int start)
    {
        var end = ScanSymbolEnd(text, start + 1);
        return new Token(start, end - start, TokenKind.Cashtag);
    }

    /// <summary>Scans a ticker symbol: letters and digits, with one class suffix such as <c>.B</c> or <c>-B</c>.</summary>
    private static int ScanSymbolEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] is '.' or '-' && char.IsAsciiLetter(text[end + 1]))
        {
            var suffixEnd = end + 1;
            while (suffixEnd < text.Length && char.IsAsciiLetter(text[suffixEnd]))
            {
                suffixEnd++;
            }

            if (suffixEnd - end - 1 <= 2 && (suffixEnd == text.Length || !char.IsLetterOrDigit(text[suffixEnd])))
            {
                end = suffixEnd;
            }
        }

        return end;
    }

    private static Token ReadNumberLike(ReadOnlySpan<char> text, int start, int digitStart, bool isCurrency = false)
    {
        var end = ScanNumberEnd(text, digitStart);

        // Digits running into letters that are not a unit form a word: "3M", "Q2", "10-K", "2020s".
        if (!isCurrency && end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            var unitEnd = ScanAsciiLetters(text, end);
            if (!IsScaleWord(text[end..unitEnd]) || (unitEnd < text.Length && IsWordChar(text[unitEnd])))
            {
                var wordEnd = ScanWordEnd(text, start, out _);
                return new Token(start, wordEnd - start, TokenKind.Word);
            }
        }

        // Percentages: "4%", "4 %", "4 percent", "4 per cent", "4 pct".
        var afterSpace = SkipSpaces(text, end, 1);
        if (afterSpace < text.Length && text[afterSpace] == '%')
        {
            return new Token(start, afterSpace + 1 - start, TokenKind.Percent);
        }

        var percentEnd = MatchPercentWord(text, afterSpace);
        if (percentEnd > 0)
        {
            return new Token(start, percentEnd - start, TokenKind.Percent);
        }

        // Amounts: a scale word ("13.1 mn", "$1.2bn") and a trailing currency code ("13 million euros", "EUR").
        var scaleEnd = MatchScale(text, end);
        if (scaleEnd > 0)
        {
            end = scaleEnd;
        }

        var trailingCurrency = MatchTrailingCurrency(text, end);
        if (trailingCurrency > 0)
        {
            return new Token(start, trailingCurrency - start, TokenKind.Currency);
        }

        return new Token(start, end - start, isCurrency ? TokenKind.Currency : TokenKind.Number);
    }

    private static int ScanNumberEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (true)
        {
            var next = text[end..].IndexOfAnyExceptInRange('0', '9');
            end = next < 0 ? text.Length : end + next;

            // Thousands separators (1,234) and decimals (13.1) continue the number only when digits follow.
            if (end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]))
            {
                if (text[end] == ',' && !HasThreeDigits(text, end + 1))
                {
                    break;
                }

                end++;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool HasThreeDigits(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + 3; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]);
    }

    private static int MatchPercentWord(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return -1;
        }

        var end = ScanAsciiLetters(text, start);
        var word = text[start..end];
        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("pct", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("bps", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }

        if (word.Equals("per", StringComparison.OrdinalIgnoreCase) || word.Equals("percentage", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("basis", StringComparison.OrdinalIgnoreCase))
        {
            var secondStart = SkipSpaces(text, end, 1);
            var secondEnd = ScanAsciiLetters(text, secondStart);
            var second = text[secondStart..secondEnd];
            if (second.Equals("cent", StringComparison.OrdinalIgnoreCase) || second.StartsWith("point", StringComparison.OrdinalIgnoreCase))
            {
                return secondEnd;
            }
        }

        return -1;
    }

    private static int MatchScale(ReadOnlySpan<char> text, int end)
    {
        var start = SkipSpaces(text, end, 1);
        if (start >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return -1;
        }

        var wordEnd = ScanAsciiLetters(text, start);
        if (wordEnd < text.Length && IsWordChar(text[wordEnd]))
        {
            return -1;
        }

        var word = text[start..wordEnd];

        // Single-letter scales only when attached ("$5m", "3bn"), so "5 m" (metres?) and "5 b" stay apart.
        if (word.Length == 1 && start != end)
        {
            return -1;
        }

        if (!IsScaleWord(word))
        {
            return -1;
        }

        return wordEnd;
    }

    private static bool IsScaleWord(ReadOnlySpan<char> word)
    {
        foreach (var scale in ScaleList)
        {
            if (word.Equals(scale, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ScaleList =
    [
        "k", "m", "mn", "mln", "mio", "b", "bn", "bln", "t", "tn", "trn", "thousand", "million", "millions",
        "billion", "billions", "trillion", "crore", "crores", "cr", "lakh", "lakhs", "lac", "mil",
    ];

    private static int MatchTrailingCurrency(ReadOnlySpan<char> text, int end)
    {
        var start = SkipSpaces(text, end, 1);
        if (start >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return -1;
        }

        var wordEnd = ScanAsciiLetters(text, start);
        if (wordEnd < text.Length && IsWordChar(text[wordEnd]))
        {
            return -1;
        }

        var word = text[start..wordEnd];
        foreach (var name in TrailingCurrencyList)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) && (word.Length > 3 || char.IsUpper(word[0])))
            {
                return wordEnd;
            }
        }

        return -1;
    }

    private static readonly string[] TrailingCurrencyList =
    [
        "usd", "eur", "gbp", "jpy", "inr", "sek", "nok", "dkk", "chf", "cad", "aud", "cny", "rmb", "hkd",
        "euro", "euros", "dollars", "dollar", "pounds", "yen", "yuan", "rupees", "rupee", "kronor", "kroner", "francs",
    ];

    private static int ScanAsciiLetters(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Scans a word from <paramref name="start"/>: letters and digits joined by inner apostrophes, hyphens, ampersands
    /// between capitals (<c>AT&amp;T</c>) and dots (<c>U.S</c>, <c>JNJ.N</c>). A possessive <c>'s</c> is left out.
    /// </summary>
    private static int ScanWordEnd(ReadOnlySpan<char> text, int start, out bool initialism)
    {
        var end = start;
        var segments = 1;
        var shortSegments = true;
        var segmentStart = start;
        while (true)
        {
            var ascii = text[end..].IndexOfAnyExcept(AsciiAlphanumerics);
            end = ascii < 0 ? text.Length : end + ascii;
            while (end < text.Length && text[end] > 127 && IsWordChar(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] > 127 && IsWordChar(text[end]))
            {
                continue;
            }

            if (end + 1 >= text.Length)
            {
                break;
            }

            var c = text[end];
            var next = text[end + 1];
            if (Apostrophes.Contains(c) && char.IsLetter(next))
            {
                // possessive 's (or ’s) ends the word; n't and other contractions continue it
                if (next is 's' or 'S' && (end + 2 >= text.Length || !IsWordChar(text[end + 2])))
                {
                    break;
                }

                end++;
                continue;
            }

            if ((c == '-' || c == '‐') && IsWordChar(next))
            {
                end++;
                continue;
            }

            if (c == '&' && char.IsUpper(next) && char.IsUpper(text[end - 1]))
            {
                end++;
                continue;
            }

            if (c == '.' && char.IsLetter(next) && end - segmentStart <= 4 && (end + 2 >= text.Length || !char.IsLower(text[end + 2]) || end - segmentStart <= 1))
            {
                shortSegments &= end - segmentStart <= 2;
                segments++;
                end++;
                segmentStart = end;
                continue;
            }

            break;
        }

        initialism = segments > 1 && shortSegments && end - segmentStart <= 2;
        return end;
    }

    private static int ScanHandleEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && (IsWordChar(text[end]) || text[end] == '_' ||
               (text[end] is '.' or '-' && end + 1 < text.Length && IsWordChar(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static bool LooksLikeUrl(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static Token ReadUrl(ReadOnlySpan<char> text, int start)
    {
        var length = text[start..].IndexOfAny(UrlTerminators);
        var end = length < 0 ? text.Length : start + length;

        // Trailing punctuation belongs to the sentence, not the URL.
        while (end > start + 1 && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’')
        {
            end--;
        }

        return new Token(start, end - start, TokenKind.Url);
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int start, int max)
    {
        var end = start;
        while (end < text.Length && end - start < max && text[end] is ' ' or '\u00A0' or '\u202F')
        {
            end++;
        }

        return end;
    }

    private static bool PrecededByLetterOrDigit(ReadOnlySpan<char> text, int start) =>
        start > 0 && char.IsLetterOrDigit(text[start - 1]);

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > 127 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));
}
