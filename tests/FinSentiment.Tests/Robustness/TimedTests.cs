namespace FinSentiment.Tests.Robustness;

/// <summary>
/// The tests that compare times (linearity and hang guards). xunit runs this collection on its own after the parallel ones,
/// so that the other tests' work on the same cores does not land in one measurement and not in the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timed tests";
}
