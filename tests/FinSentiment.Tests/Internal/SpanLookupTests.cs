using System.Text;
using FinSentiment.Internal;

namespace FinSentiment.Tests.Internal;

public sealed class SpanLookupTests
{
    [Theory]
    [InlineData("🚀", "📈")] // one high surrogate, different low ones
    [InlineData("🚀", "🚀")]
    [InlineData("👍🏽", "👍🏻")] // a skin tone after the same emoji
    [InlineData("🀄", "🚀")] // different high surrogates, both from U+1F000 on
    [InlineData("𐐨", "𐐀")] // Deseret: cased letters above the BMP, equal ignoring case
    [InlineData("𐐨", "𐐩")]
    [InlineData("𞤢", "𞤀")] // Adlam, just below U+1F000
    [InlineData("x🚀", "X🚀")]
    [InlineData("Ⓐ", "ⓐ")]
    public void Ignore_case_equality_is_the_frameworks(string key, string stored)
    {
        Assert.Equal(key.Equals(stored, StringComparison.OrdinalIgnoreCase), SpanLookup<bool>.EqualsIgnoreCaseByChar(key, stored));
    }

    [Fact]
    public void Ignore_case_equality_is_the_frameworks_for_lone_surrogates()
    {
        // Built here rather than given as test data: a lone surrogate does not survive the test's name.
        string[][] pairs = [["\uD83D", "\uD83C"], ["\uDE80", "\uDCC8"], ["\uD83D\uD83D", "\uD83D\uD83C"], ["a\uDE80", "a\uDCC8"], ["\uD83D\uDE80", "\uD83D\uDCC8"]];
        foreach (var pair in pairs)
        {
            Assert.Equal(pair[0].Equals(pair[1], StringComparison.OrdinalIgnoreCase), SpanLookup<bool>.EqualsIgnoreCaseByChar(pair[0], pair[1]));
        }
    }

    [Fact]
    public void Ignore_case_equality_is_the_frameworks_for_every_pair_of_code_points_that_share_a_high_surrogate_from_U_1E800()
    {
        // The cased code points nearest to U+1F000 (Adlam) and every block above it, each against its neighbours and the code
        // points that differ from it in one bit of the low surrogate.
        for (var high = '\uD83A'; high <= '\uDBFF'; high++)
        {
            for (var low = '\uDC00'; low <= '\uDFFF'; low++)
            {
                var key = new string([high, low]);
                for (var bit = 0; bit < 10; bit++)
                {
                    var stored = new string([high, (char)(low ^ (1 << bit))]);
                    if (key.Equals(stored, StringComparison.OrdinalIgnoreCase) != SpanLookup<bool>.EqualsIgnoreCaseByChar(key, stored))
                    {
                        Assert.Fail($"U+{char.ConvertToUtf32(high, low):X} and U+{char.ConvertToUtf32(stored[0], stored[1]):X}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_cased_code_point_above_the_BMP_compares_with_its_other_case_as_the_framework_does()
    {
        for (var codePoint = 0x10000; codePoint <= 0x10FFFF; codePoint++)
        {
            var rune = new Rune(codePoint);
            var other = Rune.ToUpperInvariant(rune) != rune ? Rune.ToUpperInvariant(rune) : Rune.ToLowerInvariant(rune);
            if (other != rune)
            {
                var key = rune.ToString();
                var stored = other.ToString();
                Assert.Equal(key.Equals(stored, StringComparison.OrdinalIgnoreCase), SpanLookup<bool>.EqualsIgnoreCaseByChar(key, stored));
            }
        }
    }

    [Fact]
    public void Emoji_keys_are_found_only_as_themselves()
    {
        var lookup = new SpanLookup<int>([new("🚀", 1), new("📈", 2), new("📉", 3)]);

        Assert.True(lookup.TryGetValue("📉", out var value));
        Assert.Equal(3, value);
        Assert.False(lookup.TryGetValue("🤔", out _));
    }
}
