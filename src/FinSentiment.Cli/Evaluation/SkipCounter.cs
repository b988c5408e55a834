namespace FinSentiment.Cli.Evaluation;

/// <summary>Counts rows left out, by reason, in the order the reasons first appear, with the first line of each.</summary>
internal sealed class SkipCounter
{
    private readonly List<SkipReason> _reasons = [];

    public IReadOnlyList<SkipReason> Reasons => _reasons;

    public int Total { get; private set; }

    public void Add(string reason, long line)
    {
        Total++;
        for (var i = 0; i < _reasons.Count; i++)
        {
            if (_reasons[i].Reason == reason)
            {
                _reasons[i] = _reasons[i] with { Count = _reasons[i].Count + 1 };
                return;
            }
        }

        _reasons.Add(new SkipReason(reason, 1, line));
    }
}

internal sealed record SkipReason(string Reason, int Count, long FirstLine);
