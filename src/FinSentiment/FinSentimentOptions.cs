using FinSentiment.Internal;
using FinSentiment.Lexicon;
using FinSentiment.Tickers;

namespace FinSentiment;

/// <summary>
/// Settings for FinSentiment: how scores are labelled and aggregated, limits, and which lexicon and directory files to load.
/// </summary>
/// <remarks>
/// <para>Options are read once, when an analyzer is built; changing them afterwards does not change that analyzer.
/// <see cref="Validate"/> lists every problem at once.</para>
/// <para>In a host, bind them from configuration with
/// <see cref="FinSentimentServiceCollectionExtensions.AddFinSentiment(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>
/// or <see cref="FinSentimentBuilder.BindConfiguration(string)"/>; every property below is a configuration key of the same name
/// (<c>LabelScale</c> takes a built-in scale's name, <c>LexiconFiles</c> and <c>DirectoryFiles</c> take arrays, <c>Tickers</c> a section).</para>
/// <para>Instances are not thread-safe.</para>
/// </remarks>
public sealed class FinSentimentOptions
{
    private LabelScale _labelScale = LabelScale.Default;
    private string? _labelScaleName;

    /// <summary>
    /// Gets or sets the label scale. Setting it clears <see cref="LabelScaleName"/>: of the two, the one set last wins.
    /// <value>Defaults to <see cref="FinSentiment.LabelScale.Default"/>.</value>
    /// </summary>
    public LabelScale LabelScale
    {
        get => _labelScale;
        set
        {
            _labelScale = value;
            _labelScaleName = null;
        }
    }

    /// <summary>
    /// Gets or sets the name of a built-in label scale (<c>default</c> or <c>alphavantage</c>), for configuration files.
    /// Setting it to a built-in name sets <see cref="LabelScale"/> to that scale, so configuration actions apply in the order
    /// they were added (an unknown name leaves <see cref="LabelScale"/> as it is and is reported by <see cref="Validate"/>);
    /// setting <see cref="LabelScale"/> afterwards clears it. <value>Defaults to <see langword="null"/>.</value>
    /// </summary>
    public string? LabelScaleName
    {
        get => _labelScaleName;
        set
        {
            _labelScaleName = value;
            if (value is not null && LabelScale.TryGetBuiltIn(value, out var named))
            {
                _labelScale = named;
            }
        }
    }

    /// <summary>
    /// Gets or sets the half-width of the neutral band: when set, the innermost negative and positive bands of the label
    /// scale start at -<c>NeutralBand</c> and +<c>NeutralBand</c> instead of their own thresholds, which moves both labels and
    /// polarity. It must lie in (0, 1) and inside the next band on each side.
    /// <value>Defaults to <see langword="null"/> (the scale's own thresholds).</value>
    /// </summary>
    public double? NeutralBand { get; set; }

    /// <summary>Gets or sets the weight of title sentences relative to body sentences. <value>Defaults to 2.</value></summary>
    public double TitleWeight { get; set; } = 2.0;

    /// <summary>Gets or sets the weight of the first body sentence (the lead). <value>Defaults to 1.5.</value></summary>
    public double LeadWeight { get; set; } = 1.5;

    /// <summary>
    /// Gets or sets how much a sentence without any sentiment dilutes the document score, relative to one with sentiment,
    /// in [0, 1]. <value>Defaults to 0.3.</value>
    /// </summary>
    public double UnopinionatedSentenceWeight { get; set; } = 0.3;

    /// <summary>
    /// Gets or sets the weight, in [0, 1], of everyday-English sentiment (<see cref="Lexicon.LexiconDomain.General"/> entries:
    /// "killed", "protest", "wins", "pleased") in a text with no financial context: no company or ticker found, no caller's target
    /// found, no amount, percentage, cashtag or exchange symbol, and no financial term or word of markets, trading or business.
    /// Such a text ("Officials detain bloggers in a new crackdown") is news, but not news for markets. 1 turns the rule off.
    /// It applies to the built-in <see cref="Scoring.LexiconScorer"/>. <value>Defaults to 0.3.</value>
    /// </summary>
    public double OffTopicWeight { get; set; } = 0.3;

    /// <summary>
    /// Gets or sets the longest text, in characters, that is analysed; longer texts are refused with an
    /// <see cref="ArgumentException"/>. <value>Defaults to 10,000,000.</value>
    /// </summary>
    public int MaxTextLength { get; set; } = 10_000_000;

    /// <summary>Gets or sets how many evidence items a result keeps, strongest first. <value>Defaults to 50.</value></summary>
    public int MaxEvidence { get; set; } = 50;

    /// <summary>Gets or sets how many documents a batch analyses at once. <value>Defaults to <see cref="Environment.ProcessorCount"/>.</value></summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets whether the built-in lexicon is loaded. <value>Defaults to <see langword="true"/>.</value></summary>
    public bool UseDefaultLexicon { get; set; } = true;

    /// <summary>Gets the lexicon files loaded after the built-in lexicon; their entries override it (see <see cref="Lexicon.SentimentLexiconBuilder"/>).</summary>
    public IList<string> LexiconFiles { get; } = [];

    /// <summary>Gets or sets whether the built-in ticker directory is loaded. <value>Defaults to <see langword="true"/>.</value></summary>
    public bool UseDefaultDirectory { get; set; } = true;

    /// <summary>Gets the ticker directory files loaded after the built-in directory.</summary>
    public IList<string> DirectoryFiles { get; } = [];

    /// <summary>
    /// Gets the ticker resolver's feature switches (<c>ResolveReferences</c>, <c>ResolveBareSymbols</c>) and windows, used when
    /// the built-in resolver is created from these options.
    /// </summary>
    public TickerResolverOptions Tickers { get; } = new();

    /// <summary>Gets the problems found while binding configuration (values that are not numbers, booleans or known names).</summary>
    internal List<string> BindingErrors { get; } = [];

    /// <summary>
    /// Gets or sets the lexicon and directory that the options validator loaded from these options' files, so that the
    /// service factory does not read them again; null until then.
    /// </summary>
    internal FinSentimentDataFiles? DataFiles { get; set; }

    /// <summary>
    /// Gets the label scale in force: <see cref="LabelScale"/> (which <see cref="LabelScaleName"/> sets), with its innermost bands
    /// moved to <see cref="NeutralBand"/> when that is set.
    /// </summary>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException"><see cref="NeutralBand"/> does not fit the scale.</exception>
    public LabelScale GetEffectiveLabelScale()
    {
        var scale = LabelScale;
        if (NeutralBand is not { } band || scale is null)
        {
            return scale!;
        }

        var bands = new List<LabelBand>(scale.Bands.Count);
        var innerNegative = scale.NegativeThreshold;
        var innerPositive = scale.PositiveThreshold;
        foreach (var b in scale.Bands)
        {
            bands.Add(b.Threshold == innerNegative ? b with { Threshold = -band } : b.Threshold == innerPositive ? b with { Threshold = band } : b);
        }

        return new LabelScale(scale.Name, scale.NeutralLabel, bands);
    }

    /// <summary>
    /// Checks every setting, and reads every lexicon and directory file to find missing and malformed ones (relative paths
    /// resolve against the current directory, <see cref="Environment.CurrentDirectory"/>; a problem with a file names its full path).
    /// </summary>
    /// <returns>Every problem found, one sentence each; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = ValidateSettings();
        foreach (var file in LexiconFiles)
        {
            FinSentimentDataFiles.TryRead(file, "LexiconFiles", errors, static path => SentimentLexicon.CreateBuilder().AddFile(path));
        }

        foreach (var file in DirectoryFiles)
        {
            FinSentimentDataFiles.TryRead(file, "DirectoryFiles", errors, static path => TickerDirectory.CreateBuilder().AddFile(path));
        }

        return errors;
    }

    /// <summary>Checks every setting without reading any file (an empty file path is a problem; a missing file is not).</summary>
    /// <returns>Every problem found, one sentence each.</returns>
    internal List<string> ValidateSettings()
    {
        var errors = new List<string>();
        if (LabelScaleName is not null && !LabelScale.TryGetBuiltIn(LabelScaleName, out _))
        {
            errors.Add($"LabelScaleName '{LabelScaleName}' is not a built-in scale (use 'default' or 'alphavantage').");
        }

        errors.AddRange(BindingErrors.Distinct(StringComparer.Ordinal)); // a section bound twice reports its problems once
        if (LabelScale is null)
        {
            errors.Add("LabelScale must not be null.");
        }
        else if (NeutralBand is { } band)
        {
            CheckNeutralBand(band);
        }

        Check(TitleWeight is > 0 and <= 100, "TitleWeight must be in (0, 100].");
        Check(LeadWeight is > 0 and <= 100, "LeadWeight must be in (0, 100].");
        Check(UnopinionatedSentenceWeight is >= 0 and <= 1, "UnopinionatedSentenceWeight must be in [0, 1].");
        Check(OffTopicWeight is >= 0 and <= 1, "OffTopicWeight must be in [0, 1].");
        Check(MaxTextLength > 0, "MaxTextLength must be positive.");
        Check(MaxEvidence >= 0, "MaxEvidence must not be negative.");
        Check(MaxDegreeOfParallelism >= 1, "MaxDegreeOfParallelism must be at least 1.");
        Check(UseDefaultLexicon || LexiconFiles.Count > 0, "With UseDefaultLexicon off, at least one lexicon file is needed.");
        CheckPaths(LexiconFiles, "LexiconFiles");
        CheckPaths(DirectoryFiles, "DirectoryFiles");
        if (Tickers is null)
        {
            errors.Add("Tickers must not be null.");
        }
        else
        {
            try
            {
                Tickers.Validate();
            }
            catch (ArgumentException ex)
            {
                errors.Add("Tickers: " + ex.Message.Replace("Invalid ticker resolver options: ", string.Empty, StringComparison.Ordinal).Split(" (Parameter", 2)[0]);
            }
        }

        return errors;

        void CheckNeutralBand(double band)
        {
            if (!(band is > 0 and < 1))
            {
                errors.Add($"NeutralBand must be in (0, 1) (was {band.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
                return;
            }

            var scale = LabelScale!;
            foreach (var b in scale.Bands)
            {
                if ((b.Threshold < scale.NegativeThreshold && -band <= b.Threshold) || (b.Threshold > scale.PositiveThreshold && band >= b.Threshold))
                {
                    errors.Add($"NeutralBand {band.ToString(System.Globalization.CultureInfo.InvariantCulture)} reaches the '{b.Label}' band of the '{scale.Name}' scale.");
                    return;
                }
            }
        }

        void Check(bool condition, string message)
        {
            if (!condition)
            {
                errors.Add(message);
            }
        }

        void CheckPaths(IList<string> files, string name)
        {
            foreach (var file in files)
            {
                if (string.IsNullOrWhiteSpace(file))
                {
                    errors.Add($"{name} holds an empty path.");
                }
            }
        }
    }
}
