using System.Globalization;

namespace FinSentiment;

/// <summary>
/// Turns a score in [-1, 1] into a label and a polarity. A scale has a neutral label and ordered bands on each side:
/// a negative score takes the label of the most negative band whose threshold it reaches (score ≤ threshold), a positive
/// score likewise (score ≥ threshold); a score that reaches no band is neutral.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class LabelScale
{
    private readonly LabelBand[] _negative;
    private readonly LabelBand[] _positive;

    /// <summary>Creates a scale.</summary>
    /// <param name="name">A name for the scale (used in configuration and output).</param>
    /// <param name="neutralLabel">The label of scores that reach no band.</param>
    /// <param name="bands">The bands: negative thresholds below zero, positive thresholds above zero.</param>
    /// <exception cref="ArgumentException">A label is empty, a threshold is zero, outside [-1, 1] or repeated, or there is no band on one side.</exception>
    public LabelScale(string name, string neutralLabel, IEnumerable<LabelBand> bands)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(neutralLabel);
        ArgumentNullException.ThrowIfNull(bands);
        var all = bands.ToArray();
        foreach (var band in all)
        {
            if (band is null || string.IsNullOrWhiteSpace(band.Label))
            {
                throw new ArgumentException("Every band needs a label.", nameof(bands));
            }

            if (band.Threshold == 0 || double.IsNaN(band.Threshold) || Math.Abs(band.Threshold) > 1)
            {
                throw new ArgumentException($"Band '{band.Label}': a threshold must be non-zero and in [-1, 1].", nameof(bands));
            }
        }

        _negative = [.. all.Where(static b => b.Threshold < 0).OrderBy(static b => b.Threshold)];
        _positive = [.. all.Where(static b => b.Threshold > 0).OrderByDescending(static b => b.Threshold)];
        if (_negative.Length == 0 || _positive.Length == 0)
        {
            throw new ArgumentException("A scale needs at least one negative and one positive band.", nameof(bands));
        }

        if (all.Select(static b => b.Threshold).Distinct().Count() != all.Length)
        {
            throw new ArgumentException("Band thresholds must be distinct.", nameof(bands));
        }

        Name = name;
        NeutralLabel = neutralLabel;
        Bands = Array.AsReadOnly(all);
    }

    /// <summary>
    /// Gets the default seven-band scale: strongly / moderately / mildly negative at ≤ -0.60 / -0.35 / -0.15, neutral,
    /// and mildly / moderately / strongly positive at ≥ 0.15 / 0.35 / 0.60. A score of -0.50 is <c>moderately negative</c>.
    /// </summary>
    public static LabelScale Default { get; } = new(
        "default",
        "neutral",
        [
            new(-0.60, "strongly negative"), new(-0.35, "moderately negative"), new(-0.15, "mildly negative"),
            new(0.15, "mildly positive"), new(0.35, "moderately positive"), new(0.60, "strongly positive"),
        ]);

    /// <summary>
    /// Gets the Alpha Vantage-compatible five-band scale: Bearish ≤ -0.35 &lt; Somewhat-Bearish ≤ -0.15 &lt; Neutral
    /// &lt; 0.15 ≤ Somewhat-Bullish &lt; 0.35 ≤ Bullish.
    /// </summary>
    public static LabelScale AlphaVantage { get; } = new(
        "alphavantage",
        "Neutral",
        [new(-0.35, "Bearish"), new(-0.15, "Somewhat-Bearish"), new(0.15, "Somewhat-Bullish"), new(0.35, "Bullish")]);

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the label of scores that reach no band.</summary>
    public string NeutralLabel { get; }

    /// <summary>Gets the bands.</summary>
    public IReadOnlyList<LabelBand> Bands { get; }

    /// <summary>Gets the threshold a negative score must reach to be <see cref="Polarity.Negative"/>.</summary>
    public double NegativeThreshold => _negative[^1].Threshold;

    /// <summary>Gets the threshold a positive score must reach to be <see cref="Polarity.Positive"/>.</summary>
    public double PositiveThreshold => _positive[^1].Threshold;

    /// <summary>Finds a built-in scale by name (<c>default</c> or <c>alphavantage</c>, case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="scale">The scale, when found.</param>
    /// <returns><see langword="true"/> when the name is a built-in scale.</returns>
    public static bool TryGetBuiltIn(string? name, out LabelScale scale)
    {
        scale = name?.Trim().ToUpperInvariant() switch
        {
            "DEFAULT" or "SEVEN" or "7" => Default,
            "ALPHAVANTAGE" or "ALPHA-VANTAGE" or "ALPHA_VANTAGE" => AlphaVantage,
            _ => null!,
        };
        return scale is not null;
    }

    /// <summary>Gets the label of a score.</summary>
    /// <param name="score">The score in [-1, 1].</param>
    /// <returns>The label.</returns>
    public string GetLabel(double score)
    {
        if (score < 0)
        {
            foreach (var band in _negative)
            {
                if (score <= band.Threshold)
                {
                    return band.Label;
                }
            }
        }
        else if (score > 0)
        {
            foreach (var band in _positive)
            {
                if (score >= band.Threshold)
                {
                    return band.Label;
                }
            }
        }

        return NeutralLabel;
    }

    /// <summary>Gets the polarity of a score: outside the neutral band it is negative or positive.</summary>
    /// <param name="score">The score in [-1, 1].</param>
    /// <returns>The polarity.</returns>
    public Polarity GetPolarity(double score) =>
        score <= NegativeThreshold ? Polarity.Negative : score >= PositiveThreshold ? Polarity.Positive : Polarity.Neutral;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {string.Join(", ", Bands.Select(static b => $"{b.Label} {(b.Threshold < 0 ? "≤" : "≥")} {b.Threshold:0.##}"))}");
}
