using Microsoft.Extensions.Options;

namespace FinSentiment.Internal;

/// <summary>
/// Validates <see cref="FinSentimentOptions"/> once, reporting every problem in one failure. It reads each lexicon and
/// directory file once, building the lexicon and directory, and keeps them on the options instance
/// (<see cref="FinSentimentOptions.DataFiles"/>) for the service factory, which would otherwise read the files again.
/// </summary>
internal sealed class FinSentimentOptionsValidator : IValidateOptions<FinSentimentOptions>
{
    public ValidateOptionsResult Validate(string? name, FinSentimentOptions options)
    {
        var errors = options.ValidateSettings();
        var data = FinSentimentDataFiles.Load(options, errors);
        if (errors.Count == 0)
        {
            options.DataFiles = data;
            return ValidateOptionsResult.Success;
        }

        // A named profile's problems say which profile they are in (binding errors already name their configuration path).
        return string.IsNullOrEmpty(name)
            ? ValidateOptionsResult.Fail(errors)
            : ValidateOptionsResult.Fail(errors.Select(e => e.Contains(":Profiles:", StringComparison.Ordinal) ? e : $"Profile '{name}': {e}"));
    }
}
