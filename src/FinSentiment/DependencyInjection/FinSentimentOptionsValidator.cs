using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FinSentiment.Internal;

/// <summary>
/// Validates <see cref="FinSentimentOptions"/> once, reporting every problem in one failure. It reads each lexicon and
/// directory file once, building the lexicon and directory, and keeps them on the options instance
/// (<see cref="FinSentimentOptions.DataFiles"/>) for the service factory, which would otherwise read the files again.
/// Options are validated again for every new instance (each scope's <see cref="IOptionsSnapshot{TOptions}"/>, each reload of
/// <see cref="IOptionsMonitor{TOptions}"/>): the last data loaded for a name is kept and reused while its settings and files
/// are unchanged, so a scoped snapshot does not read the files on every request.
/// </summary>
internal sealed class FinSentimentOptionsValidator : IValidateOptions<FinSentimentOptions>
{
    private readonly ConcurrentDictionary<string, FinSentimentDataFiles> _loaded = new(StringComparer.Ordinal);

    public ValidateOptionsResult Validate(string? name, FinSentimentOptions options)
    {
        var errors = options.ValidateSettings();
        var key = name ?? Options.DefaultName;
        if (errors.Count == 0 && _loaded.TryGetValue(key, out var loaded) && loaded.IsCurrent(options))
        {
            options.DataFiles = loaded;
            return ValidateOptionsResult.Success;
        }

        var data = FinSentimentDataFiles.Load(options, errors);
        if (errors.Count == 0)
        {
            if (data is not null)
            {
                _loaded[key] = data;
            }

            options.DataFiles = data;
            return ValidateOptionsResult.Success;
        }

        // A named profile's problems say which profile they are in (binding errors already name their configuration path).
        return string.IsNullOrEmpty(name)
            ? ValidateOptionsResult.Fail(errors)
            : ValidateOptionsResult.Fail(errors.Select(e => e.Contains(":Profiles:", StringComparison.Ordinal) ? e : $"Profile '{name}': {e}"));
    }
}
