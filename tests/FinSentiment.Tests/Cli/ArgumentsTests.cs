using FinSentiment.Cli.CommandLine;

namespace FinSentiment.Tests.Cli;

public class ArgumentsTests
{
    private static readonly OptionSpec[] Specs = [new("--json"), new("--top", "N"), new("--title", "TEXT", "-t")];

    [Fact]
    public void Options_take_values_separately_or_after_an_equals_sign()
    {
        var arguments = Arguments.Parse(["file.txt", "--top", "3", "--title=Hello = world", "--json"], Specs);

        Assert.Equal(["file.txt"], arguments.Positionals);
        Assert.Equal(3, arguments.Int("--top", 8, 0, 10));
        Assert.Equal("Hello = world", arguments.Value("--title"));
        Assert.True(arguments.Has("--json"));
    }

    [Fact]
    public void A_dash_is_a_positional_and_a_double_dash_ends_the_options()
    {
        var arguments = Arguments.Parse(["-", "--", "--json"], Specs);

        Assert.Equal(["-", "--json"], arguments.Positionals);
        Assert.False(arguments.Has("--json"));
    }

    [Fact]
    public void An_alias_sets_the_option()
    {
        Assert.Equal("x", Arguments.Parse(["-t", "x"], Specs).Value("--title"));
    }

    [Theory]
    [InlineData("unknown option '--nope'", "--nope")]
    [InlineData("option '--top' needs a value (N)", "--top")]
    [InlineData("option '--json' takes no value", "--json=yes")]
    [InlineData("option '--json' is given more than once", "--json", "--json")]
    public void Mistakes_are_usage_errors_with_a_clear_message(string message, params string[] args)
    {
        var ex = Assert.Throws<UsageException>(() => Arguments.Parse(args, Specs));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("11")]
    public void Integers_out_of_range_or_malformed_are_usage_errors(string value)
    {
        var arguments = Arguments.Parse(["--top", value], Specs);
        var ex = Assert.Throws<UsageException>(() => arguments.Int("--top", 8, 0, 10));
        Assert.Contains("from 0 to 10", ex.Message, StringComparison.Ordinal);
    }
}
