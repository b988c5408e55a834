using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FinSentiment.Internal;

/// <summary>
/// Binds <see cref="FinSentimentOptions"/> from a configuration section without reflection, so it is trimming- and
/// AOT-safe. Unknown keys and malformed values become binding errors, reported with the other validation errors.
/// </summary>
internal static class FinSentimentConfigurationBinder
{
    /// <summary>The key under which named analyzer profiles live; it is not a setting of the section itself.</summary>
    public const string ProfilesKey = "Profiles";

    public static void Bind(IConfiguration section, FinSentimentOptions options)
    {
        // A value where the analyzer's section belongs ("Profiles": {"news": "alphavantage"}) has no settings to bind.
        if (section is IConfigurationSection { Value: { Length: > 0 } value } own)
        {
            options.BindingErrors.Add($"{own.Path}: '{value}' is not a section of FinSentiment settings.");
            return;
        }

        foreach (var child in section.GetChildren())
        {
            switch (child.Key.ToUpperInvariant())
            {
                case "LABELSCALE":
                case "LABELSCALENAME":
                    if (IsValue(child, options) && child.Value is { Length: > 0 } scale)
                    {
                        if (LabelScale.TryGetBuiltIn(scale, out _))
                        {
                            options.LabelScaleName = scale;
                        }
                        else
                        {
                            options.BindingErrors.Add($"{child.Path}: '{scale}' is not a built-in label scale (use 'default' or 'alphavantage').");
                        }
                    }

                    break;
                case "NEUTRALBAND":
                    if (!IsValue(child, options))
                    {
                        break;
                    }

                    if (string.IsNullOrEmpty(child.Value))
                    {
                        options.NeutralBand = null;
                    }
                    else if (TryDouble(child, options) is { } band)
                    {
                        options.NeutralBand = band;
                    }

                    break;
                case "TITLEWEIGHT":
                    options.TitleWeight = TryDouble(child, options) ?? options.TitleWeight;
                    break;
                case "LEADWEIGHT":
                    options.LeadWeight = TryDouble(child, options) ?? options.LeadWeight;
                    break;
                case "UNOPINIONATEDSENTENCEWEIGHT":
                    options.UnopinionatedSentenceWeight = TryDouble(child, options) ?? options.UnopinionatedSentenceWeight;
                    break;
                case "OFFTOPICWEIGHT":
                    options.OffTopicWeight = TryDouble(child, options) ?? options.OffTopicWeight;
                    break;
                case "MAXTEXTLENGTH":
                    options.MaxTextLength = TryInt(child, options) ?? options.MaxTextLength;
                    break;
                case "MAXEVIDENCE":
                    options.MaxEvidence = TryInt(child, options) ?? options.MaxEvidence;
                    break;
                case "MAXDEGREEOFPARALLELISM":
                    options.MaxDegreeOfParallelism = TryInt(child, options) ?? options.MaxDegreeOfParallelism;
                    break;
                case "USEDEFAULTLEXICON":
                    options.UseDefaultLexicon = TryBool(child, options) ?? options.UseDefaultLexicon;
                    break;
                case "USEDEFAULTDIRECTORY":
                    options.UseDefaultDirectory = TryBool(child, options) ?? options.UseDefaultDirectory;
                    break;
                case "LEXICONFILES":
                    AddStrings(child, options.LexiconFiles, options);
                    break;
                case "DIRECTORYFILES":
                    AddStrings(child, options.DirectoryFiles, options);
                    break;
                case "TICKERS":
                    BindTickers(child, options);
                    break;
                case "PROFILES":
                    CheckProfiles(child, options);
                    break;
                default:
                    options.BindingErrors.Add($"{child.Path}: '{child.Key}' is not a FinSentiment setting.");
                    break;
            }
        }
    }

    private static void BindTickers(IConfigurationSection section, FinSentimentOptions options)
    {
        if (section.Value is { Length: > 0 } value)
        {
            options.BindingErrors.Add($"{section.Path}: '{value}' is not a section of ticker settings (ResolveReferences, ResolveBareSymbols, ReferenceSentenceWindow, ContextTokenWindow).");
            return;
        }

        var tickers = options.Tickers;
        foreach (var child in section.GetChildren())
        {
            switch (child.Key.ToUpperInvariant())
            {
                case "RESOLVEREFERENCES":
                    tickers.ResolveReferences = TryBool(child, options) ?? tickers.ResolveReferences;
                    break;
                case "RESOLVEBARESYMBOLS":
                    tickers.ResolveBareSymbols = TryBool(child, options) ?? tickers.ResolveBareSymbols;
                    break;
                case "REFERENCESENTENCEWINDOW":
                    tickers.ReferenceSentenceWindow = TryInt(child, options) ?? tickers.ReferenceSentenceWindow;
                    break;
                case "CONTEXTTOKENWINDOW":
                    tickers.ContextTokenWindow = TryInt(child, options) ?? tickers.ContextTokenWindow;
                    break;
                default:
                    options.BindingErrors.Add($"{child.Path}: '{child.Key}' is not a ticker setting.");
                    break;
            }
        }
    }

    /// <summary>
    /// Checks the shape of <c>Profiles</c>: a section of named profiles. Each profile's own settings (and its shape) are
    /// checked when the profile is bound, so that its problems are reported as that profile's.
    /// </summary>
    private static void CheckProfiles(IConfigurationSection section, FinSentimentOptions options)
    {
        if (section.Value is { Length: > 0 } value)
        {
            options.BindingErrors.Add($"{section.Path}: '{value}' is not a section of analyzer profiles (a section of settings for each name).");
        }
    }

    /// <summary>
    /// Adds an array section's items (<c>Key:0</c>, <c>Key:1</c>, …) or a single value. An item that is a section
    /// (<c>[{"Path": "desk.tsv"}]</c>) is a problem, not skipped.
    /// </summary>
    private static void AddStrings(IConfigurationSection section, IList<string> target, FinSentimentOptions options)
    {
        if (section.Value is { Length: > 0 } single)
        {
            AddOnce(target, single);
            return;
        }

        foreach (var item in section.GetChildren())
        {
            if (!IsValue(item, options, "a file path"))
            {
                continue;
            }

            if (item.Value is not null)
            {
                AddOnce(target, item.Value);
            }
        }

        static void AddOnce(IList<string> target, string path)
        {
            if (!target.Contains(path))
            {
                target.Add(path);
            }
        }
    }

    /// <summary>
    /// Whether a setting that takes one value is not a section: one with child keys (<c>"NeutralBand": {"Value": 0.3}</c>) is
    /// reported as a problem naming its path and keys, and gives <see langword="false"/>.
    /// </summary>
    private static bool IsValue(IConfigurationSection section, FinSentimentOptions options, string expected = "a single value")
    {
        if (section.Value is not null)
        {
            return true;
        }

        var keys = section.GetChildren().Select(static c => c.Key).ToList();
        if (keys.Count == 0)
        {
            return true;
        }

        options.BindingErrors.Add($"{section.Path}: a section ({string.Join(", ", keys)}) is not {expected}.");
        return false;
    }

    private static double? TryDouble(IConfigurationSection section, FinSentimentOptions options)
    {
        if (!IsValue(section, options))
        {
            return null;
        }

        if (double.TryParse(section.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        options.BindingErrors.Add($"{section.Path}: '{section.Value}' is not a number.");
        return null;
    }

    private static int? TryInt(IConfigurationSection section, FinSentimentOptions options)
    {
        if (!IsValue(section, options))
        {
            return null;
        }

        if (int.TryParse(section.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        options.BindingErrors.Add($"{section.Path}: '{section.Value}' is not an integer.");
        return null;
    }

    private static bool? TryBool(IConfigurationSection section, FinSentimentOptions options)
    {
        if (!IsValue(section, options))
        {
            return null;
        }

        if (bool.TryParse(section.Value, out var value))
        {
            return value;
        }

        options.BindingErrors.Add($"{section.Path}: '{section.Value}' is not true or false.");
        return null;
    }
}
