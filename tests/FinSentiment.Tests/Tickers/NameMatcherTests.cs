using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment.Tests.Tickers;

/// <summary>The name trie keeps one id per edge word across all its nodes; these pin what a match sees through it.</summary>
public sealed class NameMatcherTests
{
    private static readonly CompanyInfo Acme = new() { Symbol = "ACME", Name = "Acme Bank" };
    private static readonly CompanyInfo Globex = new() { Symbol = "GBX", Name = "Globex BANK" };
    private static readonly CompanyInfo Initech = new() { Symbol = "INTC", Name = "Initech Bank Holdings" };

    private static readonly NameMatcher Matcher = NameMatcher.Create(
    [
        ("Acme Bank", Acme, false),
        ("Globex BANK", Globex, false),
        ("Initech Bank Holdings", Initech, true),
        ("Initech", Initech, true),
    ]);

    [Theory]
    [InlineData("Acme Bank rose", 2, "ACME")]
    [InlineData("Acme BANK rose", 2, "ACME")]
    [InlineData("Globex BANK rose", 2, "GBX")]
    [InlineData("Initech Bank Holdings rose", 3, "INTC")]
    [InlineData("Initech Bank rose", 1, "INTC")]
    [InlineData("Initech rose", 1, "INTC")]
    public void A_word_shared_by_names_in_other_cases_leads_each_name_to_its_own_entry(string text, int expectedLength, string expectedSymbol)
    {
        var matched = Matcher.Match(text, Tokenize(text), 0, out var entry);

        Assert.Equal(expectedLength, matched);
        Assert.Equal(expectedSymbol, entry!.Company.Symbol);
    }

    [Theory]
    [InlineData("Globex Bank rose")] // the name writes BANK in capitals
    [InlineData("Acme Banks rose")]
    [InlineData("Bank rose")]
    [InlineData("Holdings rose")]
    public void A_name_is_not_matched_through_a_word_it_does_not_have_there(string text)
    {
        Assert.Equal(0, Matcher.Match(text, Tokenize(text), 0, out _));
    }

    [Fact]
    public void Ignoring_case_matches_the_words_whatever_their_case()
    {
        const string Text = "GLOBEX bank";
        var matched = Matcher.MatchIgnoringCase(Text, Tokenize(Text), out var entry);

        Assert.Equal(2, matched);
        Assert.Equal("GBX", entry!.Company.Symbol);
    }

    [Theory]
    [InlineData("Penn Entertainment rose", 2)] // a spoken word in capitals opening a name of several words
    [InlineData("PENN Entertainment rose", 2)]
    [InlineData("Msci Index rose", 0)] // an acronym read letter by letter
    [InlineData("Nice rose", 0)] // a name of one word
    public void A_name_opening_with_a_spoken_word_in_capitals_matches_it_written_plainly(string text, int expectedLength)
    {
        var matcher = NameMatcher.Create(
        [
            ("PENN Entertainment", new CompanyInfo { Symbol = "PENN", Name = "PENN Entertainment" }, false),
            ("MSCI Index", new CompanyInfo { Symbol = "MSCI", Name = "MSCI" }, false),
            ("NICE", new CompanyInfo { Symbol = "NICE", Name = "NICE" }, false),
        ]);

        Assert.Equal(expectedLength, matcher.Match(text, Tokenize(text), 0, out _));
    }

    private static Token[] Tokenize(string text)
    {
        var tokens = new Token[32];
        FinancialTokenizer.Instance.Tokenize(text, tokens, out var count, out _);
        return tokens[..count];
    }
}
