namespace FinSentiment;

/// <summary>
/// Settings for FinSentiment: how scores are labelled and aggregated, limits, and which lexicon and directory files to load.
/// </summary>
/// <remarks>
/// Options are read once, when an analyzer is built; changing them afterwards does not change that analyzer.
/// <see cref="Validate"/> lists every problem at once.
/// </remarks>
public sealed class FinSentimentOptions
{
    /// <summary>Gets or sets the label scale. <value>Defaults to <see cref="FinSentiment.LabelScale.Default"/>.</value></summary>
    public LabelScale LabelScale { get; set; } = LabelScale.Default;

    /// <summary>
    /// Gets or sets the name of a built-in label scale (<c>default</c> or <c>alphavantage</c>), for configuration files.
    /// When set, it replaces <see cref="LabelScale"/>. <value>Defaults to <see langword="null"/>.</value>
    /// </summary>
    public string? LabelScaleName { get; set; }

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

    /// <summary>Gets the label scale in force: the one named by <see cref="LabelScaleName"/>, else <see cref="LabelScale"/>.</summary>
    /// <returns>The scale.</returns>
    public LabelScale GetEffectiveLabelScale() =>
        LabelScaleName is not null && LabelScale.TryGetBuiltIn(LabelScaleName, out var named) ? named : LabelScale;

    /// <summary>Checks every setting.</summary>
    /// <returns>Every problem found, one sentence each; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (LabelScaleName is not null && !LabelScale.TryGetBuiltIn(LabelScaleName, out _))
        {
            errors.Add($"LabelScaleName '{LabelScaleName}' is not a built-in scale (use 'default' or 'alphavantage').");
        }

        if (LabelScale is null)
        {
            errors.Add("LabelScale must not be null.");
        }

        Check(TitleWeight is > 0 and <= 100, "TitleWeight must be in (0, 100].");
        Check(LeadWeight is > 0 and <= 100, "LeadWeight must be in (0, 100].");
        Check(UnopinionatedSentenceWeight is >= 0 and <= 1, "UnopinionatedSentenceWeight must be in [0, 1].");
        Check(MaxTextLength > 0, "MaxTextLength must be positive.");
        Check(MaxEvidence >= 0, "MaxEvidence must not be negative.");
        Check(MaxDegreeOfParallelism >= 1, "MaxDegreeOfParallelism must be at least 1.");
        Check(UseDefaultLexicon || LexiconFiles.Count > 0, "With UseDefaultLexicon off, at least one lexicon file is needed.");
        CheckFiles(LexiconFiles, "LexiconFiles");
        CheckFiles(DirectoryFiles, "DirectoryFiles");
        return errors;

        void Check(bool condition, string message)
        {
            if (!condition)
            {
                errors.Add(message);
            }
        }

        void CheckFiles(IList<string> files, string name)
        {
            foreach (var file in files)
            {
                if (string.IsNullOrWhiteSpace(file))
                {
                    errors.Add($"{name} holds an empty path.");
                }
                else if (!File.Exists(file))
                {
                    errors.Add($"{name}: '{file}' does not exist{(Directory.Exists(file) ? " as a file (it is a directory)" : string.Empty)}.");
                }
            }
        }
    }
}
