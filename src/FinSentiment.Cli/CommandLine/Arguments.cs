using System.Globalization;

namespace FinSentiment.Cli.CommandLine;

/// <summary>
/// The parsed arguments of one command: options (<c>--name value</c>, <c>--name=value</c> or a flag) and positionals.
/// <c>-</c> is a positional (standard input or output); everything after <c>--</c> is positional.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options;
    private readonly List<string> _positionals;

    private Arguments(Dictionary<string, string?> options, List<string> positionals)
    {
        _options = options;
        _positionals = positionals;
    }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Parses <paramref name="args"/> against <paramref name="specs"/>.</summary>
    /// <exception cref="UsageException">An option is unknown, repeated, misses its value or has one it does not take.</exception>
    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    positionals.Add(args[i]);
                }

                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                positionals.Add(arg);
                continue;
            }

            string name = arg;
            string? inline = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg[..equals];
                inline = arg[(equals + 1)..];
            }

            var spec = Find(specs, name) ?? throw new UsageException($"unknown option '{name}'");
            if (options.ContainsKey(spec.Name))
            {
                throw new UsageException($"option '{spec.Name}' is given more than once");
            }

            if (!spec.TakesValue)
            {
                if (inline is not null)
                {
                    throw new UsageException($"option '{spec.Name}' takes no value");
                }

                options[spec.Name] = null;
                continue;
            }

            if (inline is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"option '{spec.Name}' needs a value ({spec.ValueName})");
                }

                inline = args[++i];
            }

            options[spec.Name] = inline;
        }

        return new Arguments(options, positionals);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The integer value of option <paramref name="name"/>, or <paramref name="fallback"/> when it is absent.</summary>
    /// <exception cref="UsageException">The value is not an integer in [<paramref name="min"/>, <paramref name="max"/>].</exception>
    public int Int(string name, int fallback, int min, int max)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"option '{name}' needs an integer from {min} to {max}, not '{text}'"));
        }

        return value;
    }

    /// <summary>Fails unless there are between <paramref name="min"/> and <paramref name="max"/> positionals.</summary>
    public void ExpectPositionals(int min, int max, string what)
    {
        if (_positionals.Count < min)
        {
            throw new UsageException($"missing {what}");
        }

        if (_positionals.Count > max)
        {
            throw new UsageException($"unexpected argument '{_positionals[max]}'");
        }
    }

    /// <summary>Fails when <paramref name="name"/> is given together with <paramref name="other"/>.</summary>
    public void Forbid(string name, string other)
    {
        if (Has(name) && Has(other))
        {
            throw new UsageException($"options '{name}' and '{other}' cannot be used together");
        }
    }

    private static OptionSpec? Find(IReadOnlyList<OptionSpec> specs, string name)
    {
        foreach (var spec in specs)
        {
            if (spec.Name == name || spec.Alias == name)
            {
                return spec;
            }
        }

        return null;
    }
}
