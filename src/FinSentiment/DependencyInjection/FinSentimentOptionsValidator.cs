using Microsoft.Extensions.Options;

namespace FinSentiment.Internal;

/// <summary>Validates <see cref="FinSentimentOptions"/> once, reporting every problem in one failure.</summary>
internal sealed class FinSentimentOptionsValidator : IValidateOptions<FinSentimentOptions>
{
    public ValidateOptionsResult Validate(string? name, FinSentimentOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
