using static FinSentiment.Tests.Tokenization.TokenAssert;

namespace FinSentiment.Tests.Tokenization;

/// <summary>Tokenizing into a tiny buffer and continuing from <c>charsConsumed</c> must give exactly the tokens of one call.</summary>
public sealed class TokenizerContinuationTests
{
    public static TheoryData<string, int> Texts()
    {
        string[] texts =
        [
            "Apple Inc. said on Tuesday that revenue rose 4% to $1.2bn. Shares of $AAPL fell -4.2 percent!",
            "Title line\nBody starts here\n\nNew paragraph after a blank line.\nNext line\nlower-case continuation",
            "\n\nLeading breaks\r\nand CRLF line ends\r\n\r\nTwo more.",
            "Tesla's U.S. sales (NYSE: TSLA) didn’t beat Rs. 500 crore; EUR 13.1 mn vs. 1,234.56 e.g. 5-3 ranges.",
            "M&A at AT&T: see https://example.com/x, mail ir@x.com or @Reuters #earnings 👍🏽👨‍👩‍👧 🇺🇸 ❤️",
            "<JNJ.N> fell... but recovered? Yes! No. 1 in the U.K. Jan. 5 Corp.\nNext",
            "Société Générale: Сбербанк 丰田 𝐁𝐔𝐘 ٢٠٢٤ 4 per cent $BRK.B $BRK-B NYSE American: XYZ abc$MSFT 10-K",
            "x-5 a.5 5.a Inc.5 US$5 $$5 --5 ''s 's '' .5. ..5",
        ];

        var data = new TheoryData<string, int>();
        foreach (var text in texts)
        {
            foreach (var size in (int[])[1, 2, 3])
            {
                data.Add(text, size);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Small_buffers_give_the_same_tokens_as_one_large_buffer(string text, int bufferSize) =>
        Assert.Equal(Render(text, Tokenize(text)), Render(text, TokenizeInChunks(text, bufferSize)));

    [Fact]
    public void Random_texts_give_the_same_tokens_in_chunks()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 300; i++)
        {
            var text = RandomText.Next(random, random.Next(0, 80));
            var expected = Tokenize(text);
            foreach (var size in (int[])[1, 2, 3])
            {
                Assert.Equal(expected, TokenizeInChunks(text, size));
            }
        }
    }
}
