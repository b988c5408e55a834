using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using FinSentiment.Internal;

namespace FinSentiment.Tokenization;

/// <summary>
/// The default tokenizer: one pass over the text that recognises words, numbers, percentages,
/// currency amounts, cashtags, exchange-qualified symbols, URLs, e-mail addresses, handles, hashtags,
/// emoji, punctuation and sentence ends, as they are written in financial news.
/// </summary>
/// <remarks>
/// <para>The tokenizer is stateless, immutable and thread-safe; use <see cref="Instance"/>. It allocates nothing,
/// and its running time is linear in the length of the text.</para>
/// <para>Possessive <c>'s</c> is split from its word (<c>Tesla's</c> gives <c>Tesla</c> and <c>'s</c>), so names
/// can be matched; <c>n't</c> contractions, hyphenated words, joined initials such as <c>M&amp;A</c> and <c>AT&amp;T</c>,
/// and initialisms such as <c>U.S.</c> stay whole. An abbreviation (<c>Inc.</c>, <c>No.</c>) or an initial
/// (<c>F.</c> in <c>John F. Kennedy</c>) keeps its full stop, so no sentence ends there. A full stop followed
/// (after closing quotes or brackets) by a lower-case word or by <c>, ; :</c> is punctuation, not a sentence end.
/// Number ranges (<c>2023-24</c>, <c>5-7%</c>) are one token.</para>
/// <para>A line break ends a sentence, unless it directly follows another sentence end or the next line starts
/// with a lower-case letter (a blank line always ends one). A line break at the very start of the text counts too,
/// so that continuing with <c>text[charsConsumed..]</c> gives the same tokens as one call with a large buffer.</para>
/// <para>Every token is decided by the text from its first character onwards; the tokenizer never looks back
/// before a token, which is what makes that continuation exact.</para>
/// </remarks>
public sealed class FinancialTokenizer : ITokenizer
{
    /// <summary>The longest letter run compared against the unit, scale and currency word lists.</summary>
    private const int MaxUnitWordLength = 12;

    /// <summary>The longest e-mail local part looked ahead for (RFC 5321).</summary>
    private const int MaxEmailLocalPart = 64;

    /// <summary>The longest e-mail domain looked ahead for (RFC 5321).</summary>
    private const int MaxEmailDomain = 255;

    private static readonly SearchValues<char> AsciiAlphanumerics =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> EmailLocalChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._%+-");

    private static readonly SearchValues<char> UrlTerminators = SearchValues.Create(" \t\r\n\"<>()[]{}\u00A0\u202F\u3000");

    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create("$¢£¤¥֏؋৲৳૱௹฿៛₠₡₢₣₤₥₦₧₨₩₪₫€₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿");

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".!?…");

    /// <summary>Zero-width and bidirectional formatting characters, skipped like white space.</summary>
    private static readonly SearchValues<char> IgnorableFormatting =
        SearchValues.Create("\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF");

    // Labels a wire puts before a headline with a hyphen: "EXCLUSIVE-Intel weighs…", "UPDATE 2-…" (after its number), "BRIEF-…".
    private static readonly WordSet WireLabels = new(
        "UPDATE", "EXCLUSIVE", "BRIEF", "REFILE", "CORRECTED", "CORRECTION", "RPT", "WRAPUP", "ANALYSIS", "INSIGHT", "BUZZ", "FACTBOX",
        "COLUMN", "BREAKINGVIEWS", "INTERVIEW", "EXPLAINER", "FOCUS", "PREVIEW", "TIMELINE", "DEALTALK", "SNAPSHOT", "HIGHLIGHTS",
        "FEATURE", "URGENT", "MARKETS", "STOCKS", "PRESS", "DIARY", "RESEARCH");

    private static readonly WordSet CurrencyCodes = new(
    [
        "usd", "eur", "gbp", "jpy", "inr", "rs", "rs.", "cny", "rmb", "chf", "sek", "nok", "dkk", "cad", "aud", "hkd",
        "sgd", "krw", "brl", "zar", "rub", "mxn", "pln", "nzd", "twd", "idr", "myr", "thb", "aed", "sar",
        "us$", "c$", "a$", "hk$", "s$", "nt$", "r$", "rp",

        // Thousands and millions of a currency, as Nordic and German reports head their figures: "MEUR 8.8", "TEUR 640".
        "meur", "teur", "msek", "tsek", "mnok", "tnok", "mdkk", "tdkk", "musd", "tusd", "mchf",
    ]);

    private static readonly WordSet Abbreviations = new(
    [
        "inc", "corp", "co", "ltd", "plc", "llc", "bros", "cos", "pte", "pty", "pvt", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
        "no", "nos",
        "vs", "etc", "approx", "est", "dept", "gov", "sen", "rep", "gen", "prof", "rev", "hon", "fig", "vol", "ave",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mln", "bln", "mn", "bn", "pct", "yr", "qtr", "ref", "ca", "adj", "excl", "incl", "yoy", "qoq",

        // US states in datelines ("SANTA CLARA, Calif. --"); not those that are words too ("Ore.", "Ill.", "Wash.", "Mass.").
        "calif", "ariz", "colo", "conn", "fla", "mich", "minn", "okla", "tenn", "tex", "wis", "nev", "neb", "kan", "ky", "md",
        "va", "ga", "wyo", "ala", "ark", "del", "mont", "vt",
    ]);

    private static readonly WordSet Exchanges = new(
    [
        "nyse", "nasdaq", "amex", "nysearca", "nyse arca", "nyse american", "nyse mkt", "otc", "otcqx", "otcqb",
        "otcmkts", "otc markets", "tsx", "tsxv", "tsx-v", "lse", "nse", "bse", "asx", "hkex", "sgx", "cboe", "bats",
        "euronext", "xetra", "jse",
    ]);

    // The exchanges above that list outside the United States (IsForeignExchange).
    private static readonly WordSet ForeignExchanges = new(
    [
        "tsx", "tsxv", "tsx-v", "lse", "nse", "bse", "asx", "hkex", "sgx", "euronext", "xetra", "jse",
    ]);

    private static readonly WordSet Scales = new(
    [
        "k", "m", "mn", "mln", "mio", "b", "bn", "bln", "t", "tn", "trn", "thousand", "million", "millions",
        "billion", "billions", "trillion", "crore", "crores", "cr", "lakh", "lakhs", "lac", "mil",
    ]);

    private static readonly WordSet PercentWords = new(["percent", "pct", "bps"]);

    // Percent units written onto a number, in lower case ("350bps", "25bp"; not "5BP", a company).
    private static readonly WordSet AttachedPercentWords = new(["bps", "bp", "pct", "pc"]);

    private static readonly WordSet TrailingCurrencies = new(
    [
        "usd", "eur", "gbp", "jpy", "inr", "sek", "nok", "dkk", "chf", "cad", "aud", "cny", "rmb", "hkd",
        "euro", "euros", "dollars", "dollar", "pounds", "yen", "yuan", "rupees", "rupee", "kronor", "kroner", "francs",
    ]);

    // Currencies in lower case of three or four letters, read after a scale only (IsTrailingCurrency takes longer names).
    private static readonly WordSet ScaledCurrencies = new(["won", "yen", "rand", "baht", "lira", "real"]);

    private const byte AsciiLetter = 1;
    private const byte AsciiClausePunctuation = 2;

    /// <summary>The class of each ASCII character for <see cref="ReadCommonToken"/>: letters, and punctuation that is always a token of its own.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        //    !  "  #  $  %  &  '  (  )  *  +  ,  -  .  /  0  1  2  3  4  5  6  7  8  9  :  ;  <  =  >  ?
        0, 0, 2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0,
        // @  A-Z                                                                       [  \  ]  ^  _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 2, 0, 0,
        // `  a-z                                                                       {  |  }  ~  DEL
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>Gets the shared instance.</summary>
    public static FinancialTokenizer Instance { get; } = new();

    /// <inheritdoc/>
    public OperationStatus Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int tokensWritten, out int charsConsumed)
    {
        var written = 0;
        var position = 0;
        var canEndSentence = true;

        while (true)
        {
            // Fast path: no white space, or one space before a visible ASCII character.
            int next;
            var lineBreak = -1;
            if (position < text.Length && text[position] is > ' ' and < '\u007F')
            {
                next = position;
            }
            else if (position + 1 < text.Length && text[position] == ' ' && text[position + 1] is > ' ' and < '\u007F')
            {
                next = position + 1;
            }
            else
            {
                next = SkipWhitespace(text, position, canEndSentence, out lineBreak);
            }

            if (lineBreak >= 0)
            {
                if (written == destination.Length)
                {
                    // Stop before the white space, so the next call sees the line break and ends the sentence there.
                    break;
                }

                destination[written++] = new Token(lineBreak, 1, TokenKind.SentenceEnd);
                position = lineBreak + 1;
                canEndSentence = false;
                continue;
            }

            position = next;
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

            var commonLength = ReadCommonToken(text, position, out var kind);
            var end = commonLength > 0 ? position + commonLength : ReadToken(text, position, out kind);

            destination[written++] = new Token(position, end - position, kind);
            position = end;
            canEndSentence = kind != TokenKind.SentenceEnd;
        }

        tokensWritten = written;
        charsConsumed = position;
        return OperationStatus.DestinationTooSmall;
    }

    /// <summary>
    /// Skips white space from <paramref name="position"/>. When the white space holds a line break that ends a
    /// sentence, <paramref name="lineBreak"/> receives the break's offset.
    /// </summary>
    private static int SkipWhitespace(ReadOnlySpan<char> text, int position, bool canEndSentence, out int lineBreak)
    {
        lineBreak = -1;
        var firstBreak = -1;
        var breaks = 0;
        var i = position;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (firstBreak < 0)
                {
                    firstBreak = i;
                }

                breaks++;
            }
            else if (c != ' ' && !char.IsWhiteSpace(c) && (c < '\u200B' || !IgnorableFormatting.Contains(c)) && !MisdecodedText.IsStrayLead(text, i))
            {
                break;
            }

            i++;
        }

        if (firstBreak >= 0 && canEndSentence && (breaks > 1 || i >= text.Length || !StartsLowerCaseWord(text, i)))
        {
            lineBreak = firstBreak;
        }

        return i;
    }

    /// <summary>
    /// The common tokens, decided without the general rules: a word of ASCII and Latin-1 letters ending in white space or in punctuation that
    /// none of the word rules looks at, and single clause punctuation. Returns the token's length, or 0 when the general rules must decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadCommonToken(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        kind = TokenKind.Word;
        var c = text[start];
        if (IsAsciiLetter(c) || IsLatin1Letter(c))
        {
            // A section label glued to a headline ("CompaniesTesco") is read by the general rules.
            if (MayOpenGluedLabel(text, start) && GluedSectionLabelLength(text, start) > 0)
            {
                return 0;
            }

            var end = start + 1;
            while ((uint)end < (uint)text.Length && (IsAsciiLetter(text[end]) || IsLatin1Letter(text[end])))
            {
                end++;
            }

            if (end == text.Length)
            {
                return end - start;
            }

            var length = end - start;
            switch (text[end])
            {
                case ',' or ';' or ')' or ']' or '!' or '?' or '"':
                    return length;
                case ' ':
                    // Not a currency code before an amount ("EUR 13"), not an exchange name before its symbol ("NYSE: IBM", "NYSE Arca:").
                    if ((length <= 4 && end + 1 < text.Length && IsAmountStart(text, end + 1) && CurrencyCodes.Contains(text[start..end])) ||
                        (length is 3 or 4 && char.IsAsciiLetterUpper(c) && IsTwoWordExchangeStart(text[start..end])))
                    {
                        return 0;
                    }

                    return length;
                case '.' when end + 1 == text.Length || text[end + 1] == ' ':
                    // A word before a full stop and a space: an abbreviation keeps its stop ("Inc. ", "F. "); the general rules
                    // would also find no e-mail, URL or initialism here. Not a currency code before an amount ("Rs. 500").
                    if (length <= 3 && end + 2 < text.Length && char.IsAsciiDigit(text[end + 2]) && CurrencyCodes.Contains(text[start..(end + 1)]))
                    {
                        return 0;
                    }

                    return IsAbbreviation(text[start..end]) || IsDatelineState(text, start, end) ? length + 1 : length;
                case '\'' or '’' when end + 1 < text.Length && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !IsWordChar(text[end + 2])):
                    // The possessive 's is a token of its own ("Tesla's").
                    return length;
                default:
                    return 0;
            }
        }

        if (c < 128 && AsciiKinds[c] == AsciiClausePunctuation && (start + 1 >= text.Length || text[start + 1] != '\uFE0F'))
        {
            kind = TokenKind.Punctuation;
            return 1;
        }

        // A single '.', '!' or '?' at the end of the text or before white space (no run of marks, no decimal point). '!' and '?'
        // always end a sentence; a full stop does unless a lower-case word or ', ; :' follows, so here only before a line break, or one
        // space and a capital or digit.
        if (c is '.' or '!' or '?')
        {
            if (start + 1 == text.Length)
            {
                kind = TokenKind.SentenceEnd;
                return 1;
            }

            var next = text[start + 1];
            if (next == '\n' ||
                (next == ' ' && (c != '.' || (start + 2 < text.Length && (char.IsAsciiLetterUpper(text[start + 2]) || char.IsAsciiDigit(text[start + 2]))))))
            {
                kind = TokenKind.SentenceEnd;
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="c"/> is a letter of Latin-1 Supplement (<c>À</c> to <c>ÿ</c> but <c>×</c> and <c>÷</c>): accented Western European words.</summary>
    private static bool IsLatin1Letter(char c) => c is >= '\u00C0' and <= '\u00FF' and not '\u00D7' and not '\u00F7';

    /// <summary>Whether <paramref name="c"/> is an ASCII letter: one comparison, as folding to lower case maps nothing else into a-z.</summary>
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsTwoWordExchangeStart(ReadOnlySpan<char> word) =>
        word.Equals("nyse", StringComparison.OrdinalIgnoreCase) || word.Equals("otc", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the token at <paramref name="start"/> by the general rules; returns its end, and its kind in <paramref name="kind"/>.
    /// The other <c>Read</c> methods answer the same way: an end and a kind come back in registers, where a <see cref="Token"/>
    /// was copied through the stack at every return.
    /// </summary>
    private static int ReadToken(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        var c = text[start];
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            // Outside the BMP only words, symbols and emoji: no rule below looks at a surrogate pair, so its category is read once here.
            return ReadSupplementary(text, start, out kind);
        }

        if (char.IsAsciiLetter(c) || (c > 127 && WordCharWidth(text, start) > 0))
        {
            return ReadWordLike(text, start, out kind);
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadNumberLike(text, start, start, isCurrency: false, out kind);
        }

        var hasNext = start + 1 < text.Length;
        var next = hasNext ? text[start + 1] : '\0';
        switch (c)
        {
            case '$' when char.IsAsciiLetter(next):
                kind = TokenKind.Cashtag;
                return ScanSymbolEnd(text, start + 1);
            case '-' or '+' or '−' or '.' when char.IsAsciiDigit(next):
                return ReadNumberLike(text, start, start + 1, isCurrency: false, out kind);
            case '@' when hasNext && IsWordChar(next):
                kind = TokenKind.Handle;
                return ScanHandleEnd(text, start + 1);
            case '#' when char.IsLetter(next):
                kind = TokenKind.Hashtag;
                return ScanHandleEnd(text, start + 1);
            case '\'' or '’' when next is 's' or 'S' && (start + 2 >= text.Length || !IsWordChar(text[start + 2])):
                kind = TokenKind.Word;
                return start + 2; // the possessive split off by ScanWordEnd
        }

        if (CurrencySymbols.Contains(c))
        {
            var digit = SkipSpaces(text, start + 1, 1);
            if (digit < text.Length && char.IsAsciiDigit(text[digit]))
            {
                return ReadNumberLike(text, start, digit, isCurrency: true, out kind);
            }

            kind = TokenKind.Symbol;
            return start + 1;
        }

        if (SentencePunctuation.Contains(c))
        {
            return ReadSentencePunctuation(text, start, out kind);
        }

        if (IsBmpPictograph(c) || next == '\uFE0F')
        {
            kind = TokenKind.Emoji;
            return ScanEmojiTail(text, start + 1);
        }

        kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return start + 1;
    }

    /// <summary>
    /// Whether up to four letters or digits and then a closing '&gt;' or ']' follow: the exchange suffix of a bracketed
    /// instrument code ("&lt;GOOGL.O&gt;", "&lt;005930.KS&gt;", "[GEELY.UL]", "&lt;ABT.&gt;"), whose full stop does not end a sentence.
    /// </summary>
    private static bool IsInstrumentCodeSuffix(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 5 && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return end - start <= 4 && end < text.Length && text[end] is '>' or ']';
    }

    /// <summary>
    /// Whether the full stop at <paramref name="dot"/> opens a bracketed index code ("&lt;.SPX&gt;", "(.SOX)", "&lt;.N225&gt;"): right
    /// after '&lt;' or '(', then up to twelve letters or digits and the closing bracket. It does not end a sentence.
    /// </summary>
    private static bool IsIndexCode(ReadOnlySpan<char> text, int dot)
    {
        if (dot == 0 || text[dot - 1] is not ('<' or '('))
        {
            return false;
        }

        var end = dot + 1;
        while (end < text.Length && end - dot <= 12 && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return end - dot is > 1 and <= 13 && end < text.Length && text[end] == (text[dot - 1] == '<' ? '>' : ')');
    }

    /// <summary>Reads the token at a surrogate pair: a word, an emoji (with its modifiers, or a flag), or a symbol; returns its end.</summary>
    private static int ReadSupplementary(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[start], text[start + 1]));
        if (IsWordCategory(category))
        {
            return ReadWordLike(text, start, out kind);
        }

        if (category != UnicodeCategory.OtherSymbol)
        {
            kind = TokenKind.Symbol;
            return start + 2;
        }

        var end = start + 2;
        if (IsRegionalIndicator(text, start) && IsRegionalIndicator(text, end))
        {
            end += 2; // a flag is a pair of regional indicators
        }

        kind = TokenKind.Emoji;
        return ScanEmojiTail(text, end);
    }

    /// <summary>
    /// Whether a lower-case word starts at <paramref name="i"/>, one that does not go on a sentence: not a name written with a
    /// capital after its first letter ("iFlytek", "eBay", "iPhone", "xAI"), which may open a sentence as a capital does.
    /// </summary>
    private static bool StartsLowerCaseWord(ReadOnlySpan<char> text, int i) =>
        char.IsLower(text[i]) && !(i + 1 < text.Length && char.IsUpper(text[i + 1]));

    private static int ReadSentencePunctuation(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        var run = text[(start + 1)..].IndexOfAnyExcept(SentencePunctuation);
        var end = run < 0 ? text.Length : start + 1 + run;
        var marks = text[start..end];

        // A full stop or ellipsis followed (after closing quotes or brackets) by a lower-case word or , ; : does not end a sentence.
        if (marks.IndexOfAny('!', '?') < 0)
        {
            if (end - start == 1 && (IsInstrumentCodeSuffix(text, end) || IsIndexCode(text, start)))
            {
                kind = TokenKind.Punctuation;
                return start + 1;
            }

            var next = SkipSpaces(text, end, int.MaxValue);
            while (next < text.Length && text[next] is '"' or '\'' or ')' or ']' or '”' or '’')
            {
                next = SkipSpaces(text, next + 1, int.MaxValue);
            }

            if (next < text.Length && (StartsLowerCaseWord(text, next) || text[next] is ',' or ';' or ':'))
            {
                kind = TokenKind.Punctuation;
                return end;
            }
        }

        // 'He added: "Demand was strong." The shares…': closing quotes or brackets right after the marks, before white space
        // or the text's end, close the sentence with them (alone, they would open the next one, or be a sentence of their own
        // before a line break).
        var closed = end;
        while (closed < text.Length && text[closed] is '"' or '\'' or ')' or ']' or '”' or '’')
        {
            closed++;
        }

        kind = TokenKind.SentenceEnd;
        return closed > end && (closed == text.Length || char.IsWhiteSpace(text[closed])) ? closed : end;
    }

    private static int ReadWordLike(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        if (LooksLikeUrl(text, start))
        {
            return ReadUrl(text, start, out kind);
        }

        // Currency code followed by an amount: "EUR 13.1 mn", "Rs. 500 crore", "US$5bn", "USD3bn", "MEUR 8.8".
        var letters = ScanAsciiLetters(text, start, 5);
        if (letters - start is >= 1 and <= 4)
        {
            var codeEnd = letters < text.Length && text[letters] is '$' or '.' ? letters + 1 : letters;
            var digit = SkipSpaces(text, codeEnd, 1);
            if (digit < text.Length && IsAmountStart(text, digit) && CurrencyCodes.Contains(text[start..codeEnd]))
            {
                // "EUR -1.1 mn": the sign is the amount's.
                return ReadNumberLike(text, start, char.IsAsciiDigit(text[digit]) ? digit : digit + 1, isCurrency: true, out kind);
            }
        }

        var end = ScanWordEnd(text, start, out var initialism);
        if (end >= text.Length)
        {
            kind = TokenKind.Word;
            return end;
        }

        switch (text[end])
        {
            case '@' or '.' or '_' or '+' or '%' or '-':
                var emailEnd = MatchEmail(text, start, end);
                if (emailEnd > 0)
                {
                    kind = TokenKind.Email;
                    return emailEnd;
                }

                break;
            case ':' or ' ':
                var symbolEnd = MatchExchangeSymbol(text, start, end);
                if (symbolEnd > 0)
                {
                    kind = TokenKind.ExchangeSymbol;
                    return symbolEnd;
                }

                break;
        }

        // Initialisms ("U.S.") and abbreviations ("Inc.", "No.", the initial in "John F. Kennedy") keep their full stop.
        if (text[end] == '.' && (initialism || IsAbbreviation(text[start..end])))
        {
            end++;
        }

        kind = TokenKind.Word;
        return end;
    }

    // States whose abbreviations are words too ("ore.", "ill."): a state only in a dateline, before its dash ("REDMOND, Wash. --").
    private static readonly WordSet DatelineStates = new(["wash", "mass", "ill", "ore", "pa", "la", "miss", "mo", "ind"]);

    /// <summary>Whether the word before a full stop is a state of a dateline: capitalised, after a comma, before a dash.</summary>
    private static bool IsDatelineState(ReadOnlySpan<char> text, int start, int end)
    {
        if (!char.IsAsciiLetterUpper(text[start]) || !DatelineStates.Contains(text[start..end]) || start < 2 || text[start - 2] != ',')
        {
            return false;
        }

        var after = text[(end + 1)..].TrimStart(' ');
        return after.StartsWith("--") || after.StartsWith("—") || after.StartsWith("–") || after.StartsWith("- ");
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length == 1 ? char.IsUpper(word[0]) : word.Length <= 6 && Abbreviations.Contains(word);

    /// <summary>Matches an e-mail address whose local part starts at <paramref name="start"/>; returns its end, or -1.</summary>
    private static int MatchEmail(ReadOnlySpan<char> text, int start, int wordEnd)
    {
        var at = wordEnd;
        if (text[at] != '@')
        {
            var limit = Math.Min(text.Length, start + MaxEmailLocalPart);
            var run = wordEnd < limit ? text[wordEnd..limit].IndexOfAnyExcept(EmailLocalChars) : -1;
            if (run < 0)
            {
                return -1;
            }

            at = wordEnd + run;
        }

        if (at + 1 >= text.Length || text[at] != '@' || !char.IsLetterOrDigit(text[at + 1]))
        {
            return -1;
        }

        var domainEnd = ScanHandleEnd(text[..Math.Min(text.Length, at + 1 + MaxEmailDomain)], at + 1);
        return domainEnd < text.Length && IsWordChar(text[domainEnd]) ? -1
            : text[(at + 1)..domainEnd].Contains('.') ? domainEnd : -1;
    }

    /// <summary>
    /// Matches an exchange-qualified symbol ("NYSE:IBM", "NASDAQ: MSFT", "NYSE American: XYZ") whose exchange name
    /// starts at <paramref name="start"/> and whose first word ends at <paramref name="wordEnd"/>; returns its end, or -1.
    /// </summary>
    private static int MatchExchangeSymbol(ReadOnlySpan<char> text, int start, int wordEnd)
    {
        var word = text[start..wordEnd];
        if (word.Length is < 3 or > 9 || !char.IsUpper(word[0]))
        {
            return -1;
        }

        var colon = -1;
        if (text[wordEnd] == ':')
        {
            colon = Exchanges.Contains(word) ? wordEnd : -1;
        }
        else if (word.Equals("nyse", StringComparison.OrdinalIgnoreCase) || word.Equals("otc", StringComparison.OrdinalIgnoreCase))
        {
            // two-word exchange names: "NYSE American", "NYSE Arca", "OTC Markets"
            var secondEnd = ScanAsciiLetters(text, wordEnd + 1, 9);
            if (secondEnd > wordEnd + 1 && secondEnd < text.Length && text[secondEnd] == ':' && Exchanges.Contains(text[start..secondEnd]))
            {
                colon = secondEnd;
            }
        }

        if (colon < 0)
        {
            return -1;
        }

        var symbolStart = SkipSpaces(text, colon + 1, 2);
        if (symbolStart >= text.Length || !char.IsAsciiLetterUpper(text[symbolStart]))
        {
            return -1;
        }

        var symbolEnd = ScanSymbolEnd(text, symbolStart);
        var symbol = text[symbolStart..symbolEnd];
        return symbol.Length <= 8 && !symbol.ContainsAnyInRange('a', 'z') ? symbolEnd : -1;
    }

    /// <summary>Scans a ticker symbol: letters and digits, with one class suffix such as <c>.B</c> or <c>-B</c>.</summary>
    private static int ScanSymbolEnd(ReadOnlySpan<char> text, int start)
    {
        // Symbols are a few characters long: a plain loop beats a vectorised search's setup.
        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] is '.' or '-' && char.IsAsciiLetter(text[end + 1]))
        {
            var suffixEnd = ScanAsciiLetters(text, end + 1, 3);
            if (suffixEnd - end - 1 <= 2 && (suffixEnd == text.Length || !IsWordChar(text[suffixEnd])))
            {
                end = suffixEnd;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the hyphen at <paramref name="hyphen"/> after a wire's update number opens the headline: "UPDATE 2-Microsoft beats…"
    /// (a capitalised word after it, and "UPDATE" before the number), not "10-K" nor "3-Day".
    /// </summary>
    private static bool OpensHeadlineAfterNumber(ReadOnlySpan<char> text, int hyphen)
    {
        if (hyphen + 2 >= text.Length || !char.IsAsciiLetterUpper(text[hyphen + 1]) || !char.IsAsciiLetterLower(text[hyphen + 2]))
        {
            return false;
        }

        var before = text[..hyphen].TrimEnd("0123456789".AsSpan()).TrimEnd();
        return before.EndsWith("UPDATE", StringComparison.Ordinal);
    }

    /// <summary>Whether an amount starts at <paramref name="i"/>: a digit, or a minus sign right before one ("EUR -1.1 mn").</summary>
    private static bool IsAmountStart(ReadOnlySpan<char> text, int i) =>
        char.IsAsciiDigit(text[i]) || text[i] is '-' or '−' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static int ReadNumberLike(ReadOnlySpan<char> text, int start, int digitStart, bool isCurrency, out TokenKind kind)
    {
        var end = ScanNumberEnd(text, digitStart, isCurrency);

        // "UPDATE 2-3M cuts its outlook", "UPDATE 2-7-Eleven owner…": a wire label's count ends before its headline, whatever the
        // headline opens with (no range, nor "3M" read as a scale).
        if (end + 1 < text.Length && text[end] == '-' && start == digitStart && end - start <= 2 && FollowsWireLabel(text, start))
        {
            kind = TokenKind.Number;
            return end;
        }

        // Digits running into letters that are not a unit form a word: "3M", "Q2", "10-K", "2020s".
        // A sign or decimal point before such a word is read as punctuation on its own.
        if (!isCurrency && end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]) &&
                                                                            !OpensHeadlineAfterNumber(text, end))))
        {
            var unitEnd = ScanAsciiLetters(text, end, MaxUnitWordLength);
            var unit = text[end..unitEnd];

            // Basis points written onto the number: "+350bps", "-25bp", "120pct".
            if (!unit.IsEmpty && char.IsAsciiLetterLower(unit[0]) && AttachedPercentWords.Contains(unit) && (unitEnd == text.Length || !IsWordChar(text[unitEnd])))
            {
                kind = TokenKind.Percent;
                return unitEnd;
            }

            if (!IsScale(unit) || (unit.Length == 1 && char.IsAsciiLetterUpper(unit[0])) || (unitEnd < text.Length && IsWordChar(text[unitEnd])))
            {
                // "1,234,567abc": the groups before the last separator are a number of their own, so the run is not rescanned.
                var lastSeparator = text[digitStart..end].LastIndexOfAny(',', '.');
                if (lastSeparator > 0)
                {
                    kind = TokenKind.Number;
                    return digitStart + lastSeparator;
                }

                if (start == digitStart)
                {
                    // A word that starts with digits ("3-D&E"), or only digits when a wire's count ends before its headline ("UPDATE 3-H&R").
                    var digitWordEnd = ScanWordEnd(text, start, out _);
                    kind = text[start..digitWordEnd].IndexOfAnyExceptInRange('0', '9') < 0 ? TokenKind.Number : TokenKind.Word;
                    return digitWordEnd;
                }

                kind = char.IsPunctuation(text[start]) ? TokenKind.Punctuation : TokenKind.Symbol;
                return start + 1;
            }
        }

        // Ranges: "2023-24", "5-7%", "1.2–1.5 billion".
        while (end + 1 < text.Length && text[end] is '-' or '–' && char.IsAsciiDigit(text[end + 1]))
        {
            end = ScanNumberEnd(text, end + 1, isCurrency);
        }

        // Percentages: "4%", "4 %", "4 percent", "4 per cent", "4 pct", "25 bps", "2 percentage points".
        var afterSpace = SkipSpaces(text, end, 1);
        if (afterSpace < text.Length && text[afterSpace] == '%')
        {
            kind = TokenKind.Percent;
            return PercentRangeEnd(text, afterSpace + 1);
        }

        // The word after the number is read once, for the percent, scale and currency checks below.
        var wordEnd = ReadUnitWord(text, afterSpace, out var word);
        if (wordEnd < 0)
        {
            kind = isCurrency ? TokenKind.Currency : TokenKind.Number;
            return end;
        }

        var percentEnd = MatchPercentWord(text, wordEnd, word);
        if (percentEnd > 0)
        {
            kind = TokenKind.Percent;
            return percentEnd;
        }

        // Amounts: a scale word ("13.1 mn", "$1.2bn") and a trailing currency ("13 million euros", "500 EUR").
        // Single-letter scales only when attached ("$5m", "3bn") or after a currency ("SEK 980 m", Nordic reports' usual form),
        // so "5 m" (metres?) and "5 b" stay apart.
        var scaled = false;
        if ((word.Length > 1 || afterSpace == end || isCurrency) && IsScale(word))
        {
            end = wordEnd;
            wordEnd = ReadUnitWord(text, SkipSpaces(text, end, 1), out word);
            scaled = true;
        }

        // A currency whose name is a short word of English only after a scale: "9.1 trillion won", "2 billion yen", not "in
        // 2019 won the award".
        if (wordEnd > 0 && (IsTrailingCurrency(word) || scaled && ScaledCurrencies.Contains(word)))
        {
            kind = TokenKind.Currency;
            return wordEnd;
        }

        kind = isCurrency ? TokenKind.Currency : TokenKind.Number;
        return end;
    }

    private static int ScanNumberEnd(ReadOnlySpan<char> text, int start, bool isCurrency = false)
    {
        var end = start;
        var decimalPoint = false;
        var separated = false;
        while (true)
        {
            // Digit runs are short (a year, a price): a plain loop beats a vectorised search's setup.
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            // Thousands separators (1,234) and one decimal point (13.1) continue the number only when digits follow;
            // nothing continues it after the decimal part, so "1.2.3" is read piece by piece, each piece once.
            if (!decimalPoint && end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]))
            {
                if (text[end] == '.' || HasThreeDigits(text, end + 1))
                {
                    decimalPoint = text[end] == '.';
                    separated = true;
                    end++;
                    continue;
                }

                if (!separated && DecimalCommaEnd(text, end, isCurrency) is var decimalEnd and > 0)
                {
                    return decimalEnd;
                }
            }

            // "EUR0 .9 m", "SEK6 .745 bn": a decimal point set off by a space, as some feeds' re-tokenised text writes amounts,
            // continues the number (no English puts a space before a decimal point, nor a digit right after a full stop).
            if (!decimalPoint && end > start && end + 2 < text.Length && text[end] == ' ' && text[end + 1] == '.' && char.IsAsciiDigit(text[end + 2]))
            {
                decimalPoint = true;
                separated = true;
                end += 2;
                continue;
            }

            return end;
        }
    }

    /// <summary>
    /// The end of the decimal part after a comma, as continental European reports write it ("EUR 6,8 million", "4,5 %"), or -1:
    /// one or two digits after the comma (three are a thousands group) in an amount, that is after a currency or before a percent
    /// or a scale or currency word. A comma between bare figures ("1,2 and 3", "in 2024,25 stores") is no decimal point.
    /// </summary>
    private static int DecimalCommaEnd(ReadOnlySpan<char> text, int comma, bool isCurrency)
    {
        var end = comma + 2;
        if (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return -1;
        }

        if (isCurrency)
        {
            return end;
        }

        var next = SkipSpaces(text, end, 1);
        if (next < text.Length && text[next] == '%')
        {
            return end;
        }

        return ReadUnitWord(text, next, out var word) > 0 && (IsScale(word) || PercentWords.Contains(word) || IsTrailingCurrency(word)) ? end : -1;
    }

    private static bool HasThreeDigits(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2]) &&
        (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));

    /// <summary>Matches a percent word that starts with <paramref name="word"/>, which ends at <paramref name="end"/>; returns the end of the match, or -1.</summary>
    private static int MatchPercentWord(ReadOnlySpan<char> text, int end, ReadOnlySpan<char> word)
    {
        // "8 pc": a percentage as Indian and British papers abbreviate it, in lower case only ("5 PC makers" are computers).
        if (PercentWords.Contains(word) || word.SequenceEqual("pc"))
        {
            return end;
        }

        if (word.Length is 3 or 5 or 10 && (word.Equals("per", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("percentage", StringComparison.OrdinalIgnoreCase) || word.Equals("basis", StringComparison.OrdinalIgnoreCase)))
        {
            var secondEnd = ReadUnitWord(text, SkipSpaces(text, end, 1), out var second);
            if (secondEnd > 0 && (second.Equals("cent", StringComparison.OrdinalIgnoreCase) ||
                second.Equals("point", StringComparison.OrdinalIgnoreCase) || second.Equals("points", StringComparison.OrdinalIgnoreCase)))
            {
                return secondEnd;
            }
        }

        return -1;
    }

    private static bool IsScale(ReadOnlySpan<char> word) => Scales.Contains(word);

    private static bool IsTrailingCurrency(ReadOnlySpan<char> word) =>
        (word.Length > 3 || char.IsUpper(word[0])) && TrailingCurrencies.Contains(word);

    /// <summary>Reads a whole ASCII word of at most <see cref="MaxUnitWordLength"/> letters; returns its end, or -1.</summary>
    private static int ReadUnitWord(ReadOnlySpan<char> text, int start, out ReadOnlySpan<char> word)
    {
        word = default;
        if (start >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return -1;
        }

        var end = ScanAsciiLetters(text, start, MaxUnitWordLength + 1);
        if (end - start > MaxUnitWordLength || (end < text.Length && IsWordChar(text[end])))
        {
            return -1;
        }

        word = text[start..end];
        return end;
    }

    private static int ScanAsciiLetters(ReadOnlySpan<char> text, int start, int max)
    {
        var limit = Math.Min(text.Length, start + max);
        var end = start;
        while (end < limit && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Scans a word from <paramref name="start"/>: letters, digits and combining marks joined by inner apostrophes,
    /// hyphens, ampersands between short parts (<c>AT&amp;T</c>, <c>m&amp;a</c>) and dots (<c>U.S</c>, <c>JNJ.N</c>).
    /// A possessive <c>'s</c> is left out.
    /// </summary>
    private static int ScanWordEnd(ReadOnlySpan<char> text, int start, out bool initialism)
    {
        // "CompaniesTesco sheds…", "Industry NewsWood Group wins…": a page's section label glued to the headline it opens.
        if (MayOpenGluedLabel(text, start) && GluedSectionLabelLength(text, start) is > 0 and var label)
        {
            initialism = false;
            return start + label;
        }

        var end = start;
        var segments = 1;
        var shortSegments = true;
        var segmentStart = start;
        var partStart = start;
        while (true)
        {
            // Runs of ASCII letters and digits, vectorised, alternating with other word characters.
            while (true)
            {
                var ascii = text[end..].IndexOfAnyExcept(AsciiAlphanumerics);
                if (ascii < 0)
                {
                    end = text.Length;
                    break;
                }

                end += ascii;
                var other = end;
                int width;
                while (other < text.Length && (width = WordCharWidth(text, other)) > 0)
                {
                    other += width;
                }

                if (other == end || other == text.Length || !char.IsAsciiLetterOrDigit(text[other]))
                {
                    end = other;
                    break;
                }

                end = other;
            }

            if (end + 1 >= text.Length)
            {
                break;
            }

            var c = text[end];
            var next = text[end + 1];
            if (c is '\'' or '’' && char.IsLetter(next))
            {
                // possessive 's (or ’s) ends the word; n't and other contractions continue it
                if (next is 's' or 'S' && (end + 2 >= text.Length || !IsWordChar(text[end + 2])))
                {
                    break;
                }
            }
            else if (c is '-' or '‐' or '‑' && IsWordChar(next))
            {
                // year-on-year, better-than-expected, COVID-19; but a wire's label ends before the headline it opens: "EXCLUSIVE-Intel
                // weighs…", "BRIEF-Teradyne…" (a capitalised word after the label's capitals), and at the start of a line before a name
                // in capitals too: "BRIEF-CSX declares dividend".
                if (partStart == start && char.IsAsciiLetterUpper(next) &&
                    (end + 2 < text.Length && char.IsAsciiLetterLower(text[end + 2]) || start == 0 || text[start - 1] is '\n' or '\r') &&
                    text[start..end].IndexOfAnyInRange('a', 'z') < 0 && WireLabels.Contains(text[start..end]))
                {
                    break;
                }

                // "UPDATE 3-H&R Block…", "UPDATE 2-AT&T…": a wire label's count ends before the headline, so a name in it that
                // holds more than letters is read whole.
                if (partStart == start && char.IsAsciiLetterUpper(next) && end - start <= 2 &&
                    text[start..end].IndexOfAnyExceptInRange('0', '9') < 0 && FollowsWireLabel(text, start))
                {
                    break;
                }
            }
            else if (c == '&' && end - partStart is 1 or 2 && char.IsLetter(text[end - 1]) && IsShortLetterPart(text, end + 1))
            {
                // M&A, R&D, S&P, AT&T, m&a
            }
            else if (c == '.' && char.IsLetter(next) && (end - segmentStart <= 4 &&
                (end + 2 >= text.Length || !char.IsLower(text[end + 2]) || end - segmentStart <= 1) || IsLongSymbolCode(text, segmentStart, end)))
            {
                shortSegments &= end - segmentStart <= 2;
                segments++;
                segmentStart = end + 1;
            }
            else
            {
                break;
            }

            end++;
            partStart = end;
        }

        initialism = segments > 1 && shortSegments && end - segmentStart <= 2;
        return end;
    }

    /// <summary>
    /// Whether a word at <paramref name="start"/> may open a glued section label (<see cref="GluedSectionLabelLength"/>), tested
    /// on every word: a capital C or M at a line's start, or an N after "y " ("Industry News…").
    /// </summary>
    private static bool MayOpenGluedLabel(ReadOnlySpan<char> text, int start) =>
        text[start] is 'C' or 'M' ? start == 0 || text[start - 1] == '\n'
        : text[start] == 'N' && start >= 9 && text[start - 1] == ' ' && text[start - 2] == 'y';

    /// <summary>
    /// The length of a news page's section label glued to the capitalised headline after it, or 0, for a word that
    /// <see cref="MayOpenGluedLabel"/>: "Companies" or "Markets" at the start of a line ("CompaniesTesco", "MarketsBP"), "News"
    /// after "Industry " ("Industry NewsWood Group"), each followed by a capital and a letter ("Marketside" and "Companies
    /// House" are left whole).
    /// </summary>
    private static int GluedSectionLabelLength(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        var length = rest.StartsWith("Companies", StringComparison.Ordinal) ? 9
            : rest.StartsWith("Markets", StringComparison.Ordinal) ? 7
            : rest.StartsWith("News", StringComparison.Ordinal) && text[..start].EndsWith("Industry ", StringComparison.Ordinal) ? 4
            : 0;
        return length > 0 && rest.Length > length + 1 && char.IsAsciiLetterUpper(rest[length]) && char.IsLetter(rest[length + 1]) ? length : 0;
    }

    /// <summary>Whether the word before the one at <paramref name="start"/>, after one space, is a wire's label ("UPDATE 1-…").</summary>
    private static bool FollowsWireLabel(ReadOnlySpan<char> text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var end = start - 1;
        var from = end;
        while (from > 0 && char.IsAsciiLetterUpper(text[from - 1]))
        {
            from--;
        }

        return from < end && WireLabels.Contains(text[from..end]);
    }

    /// <summary>
    /// Whether the segment from <paramref name="segmentStart"/> to the full stop at <paramref name="dot"/> is a symbol of five to
    /// eight capitals and an exchange's suffix ends the word after the stop: an instrument code with a long root ("GOOGL.O",
    /// "CMCSA.OQ"), which shorter segments ("MSFT.O") already join. Other capitals after the stop start a headline of their own
    /// ("TECH STOCKS SLUMP.US YIELDS RISE").
    /// </summary>
    private static bool IsLongSymbolCode(ReadOnlySpan<char> text, int segmentStart, int dot)
    {
        if (dot - segmentStart is < 5 or > 8 || text[segmentStart..dot].IndexOfAnyExceptInRange('A', 'Z') >= 0)
        {
            return false;
        }

        var end = dot + 1;
        while (end < text.Length && end - dot <= 3 && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        return end - dot is 2 or 3 && (end == text.Length || !IsWordChar(text[end])) && IsExchangeSuffix(text[(dot + 1)..end]);
    }

    /// <summary>
    /// Whether an exchange-qualified symbol's exchange (the text before its colon: "ASX", "TSX", "LSE") lists outside the United
    /// States, where a symbol is not the US listing's: "ASX: AUR" is not Aurora Innovation.
    /// </summary>
    internal static bool IsForeignExchange(ReadOnlySpan<char> exchange) => ForeignExchanges.Contains(exchange.Trim());

    /// <summary>Whether an instrument code's suffix names an exchange outside the United States ("L", "TO", "AX", "T", "HK").</summary>
    internal static bool IsForeignExchangeSuffix(ReadOnlySpan<char> suffix) => suffix switch
    {
        "TO" or "L" or "DE" or "PA" or "AS" or "MI" or "HK" or "T" or "SS" or "SZ" or "AX" or "NS" or "BO" => true,
        _ => false,
    };

    /// <summary>The suffixes of the exchanges an instrument code with a long root names in news ("O", "OQ", "N", "L", "DE", "HK", …).</summary>
    internal static bool IsExchangeSuffix(ReadOnlySpan<char> suffix) =>
        suffix is "N" or "O" or "OQ" or "K" or "A" or "P" or "PK" or "OB" or "Z" || IsForeignExchangeSuffix(suffix);

    /// <summary>Whether one or two letters start at <paramref name="start"/> and no third letter follows.</summary>
    private static bool IsShortLetterPart(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 3 && char.IsLetter(text[end]))
        {
            end++;
        }

        return end - start is 1 or 2;
    }

    /// <summary>The number of chars (1 or 2) of the word character at <paramref name="index"/>, or 0 when there is none there.</summary>
    private static int WordCharWidth(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c <= 127)
        {
            return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        if (!char.IsSurrogate(c))
        {
            return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
        }

        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) &&
            IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1]))) ? 2 : 0;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

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
        if (text[start] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        var rest = text[start..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ReadUrl(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        var length = text[start..].IndexOfAny(UrlTerminators);
        var end = length < 0 ? text.Length : start + length;

        // Trailing punctuation belongs to the sentence, not the URL.
        while (end > start + 1 && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or '…')
        {
            end--;
        }

        kind = TokenKind.Url;
        return end;
    }

    /// <summary>Scans what may follow an emoji: modifiers, variation selectors, keycaps, tags and zero-width-joined emoji.</summary>
    private static int ScanEmojiTail(ReadOnlySpan<char> text, int end)
    {
        while (end < text.Length)
        {
            var c = text[end];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                end++;
            }
            else if (c == '\uD83C' && end + 1 < text.Length && text[end + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                end += 2; // skin tone
            }
            else if (c == '\uDB40' && end + 1 < text.Length && text[end + 1] is >= '\uDC20' and <= '\uDC7F')
            {
                end += 2; // tag characters of subdivision flags
            }
            else if (c == '\u200D' && end + 1 < text.Length)
            {
                var joined = text[end + 1];
                if (char.IsHighSurrogate(joined) && end + 2 < text.Length && char.IsLowSurrogate(text[end + 2]))
                {
                    end += 3;
                }
                else if (IsBmpPictograph(joined))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsBmpPictograph(char c) => c is (>= '\u2300' and <= '\u23FF') or (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF');

    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && text[index] == '\uD83C' && text[index + 1] is >= '\uDDE6' and <= '\uDDFF';

    /// <summary>
    /// The end of a percentage that closes a range written with a percent sign on both sides ("12%-14%", "4%–6%"): the second
    /// half is the range's top, not a fall of 14%. <paramref name="end"/> is just past the first percent sign.
    /// </summary>
    private static int PercentRangeEnd(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('-' or '–') || !char.IsAsciiDigit(text[end + 1]))
        {
            return end;
        }

        var top = ScanNumberEnd(text, end + 1);
        return top < text.Length && text[top] == '%' ? top + 1 : end;
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

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > 127 && !char.IsSurrogate(c) && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)));
}
