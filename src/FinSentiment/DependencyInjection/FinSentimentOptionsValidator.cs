using Microsoft.Extensions.Options;

namespace FinSentiment.Internal;

/// <summary>Validates <see cref="FinSentimentOptions"/> once, reporting every problem in one failure.</summary>
internal sealed class FinSentimentOptionsValidator : IValidateOptions<FinSentimentOptions>
{
    public ValidateOptionsResult Validate(string? name, FinSentimentOptions options)
    {
        var errors = options.Validate();
        if (errors.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        // A named profile's problems say which profile they are in (binding errors already name their configuration path).
        return string.IsNullOrEmpty(name)
            ? ValidateOptionsResult.Fail(errors)
            : ValidateOptionsResult.Fail(errors.Select(e => e.Contains(":Profiles:", StringComparison.Ordinal) ? e : $"Profile '{name}': {e}"));
    }
}
