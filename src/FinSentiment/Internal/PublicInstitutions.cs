namespace FinSentiment.Internal;

/// <summary>
/// Recognises the names of public institutions and non-profit bodies: central banks, regulators, governments, courts,
/// ministries, agencies, trade associations and universities ("Bank of Japan", "Federal Reserve", "ECB", "FAA", "Labor
/// Department", "European Union", "European Automobile Manufacturers' Association"). Markets move through what they decide
/// or say, but they are not investments: news about them carries no investor sentiment toward them.
/// </summary>
internal static class PublicInstitutions
{
    // Whole names or acronyms.
    private static readonly WordSet Names = new(
        "ECB", "Fed", "FAA", "FBI", "SEC", "FTC", "FDA", "IMF", "OPEC", "OPEC+", "EU", "BOJ", "BoJ", "RBI", "RBA", "RBNZ", "PBOC",
        "PBoC", "BoE", "BoC", "SNB", "DOJ", "CFTC", "FCA", "FSA", "Sebi", "SEBI", "NBS", "CBI", "CCI", "SAT", "FMC", "FINRA",
        "European Union", "European Commission", "European Central Bank", "World Bank", "Federal Reserve", "White House",
        "Congress", "Senate", "Parliament", "Kremlin", "U.S. Treasury", "US Treasury", "Pentagon", "NHTSA", "NTSB", "FCC", "EPA",
        "FERC", "FDIC", "CFPB", "OCC", "IRS", "NLRB", "OSHA", "USDA", "HHS", "CMS", "USPTO", "EMA", "CHMP", "MHRA", "NICE", "PMDA",
        "CPSC", "CDC", "NIH", "NRC", "OFAC", "CFIUS", "PCAOB", "FHFA", "USTR", "ESMA", "BaFin", "CSRC", "SAMR", "Ofcom", "Ofgem",
        "EASA", "PHMSA", "FRA", "DOE", "DOT");

    // A word anywhere in the name that makes it an institution ("Labor Department", "Competition Commission of India").
    private static readonly WordSet InstitutionWords = new(
        "Department", "Ministry", "Commission", "Authority", "Agency", "Government", "Court", "Council", "Administration",
        "Parliament", "Regulator", "Tribunal", "Bureau", "Association", "Federation", "Institute", "Organization", "Organisation",
        "Foundation", "University", "Chamber", "Police");

    // "Bank of Japan" is an institution, "Bank of America" a company.
    private static readonly WordSet CentralBankCountries = new(
        "Japan", "England", "Canada", "Korea", "France", "Italy", "Spain", "Israel", "Thailand", "Russia", "China", "Mexico",
        "Indonesia", "Ghana", "Uganda", "Jamaica", "Portugal", "Greece", "Finland");

    /// <summary>Whether the one word <paramref name="word"/> is a public institution's whole name ("Pentagon", "FDA", "Congress").</summary>
    public static bool IsInstitutionName(ReadOnlySpan<char> word) => Names.Contains(word);

    /// <summary>Whether <paramref name="name"/> names a public institution.</summary>
    public static bool IsInstitution(string name) => IsInstitution(name.AsSpan());

    /// <summary>Whether <paramref name="name"/> names a public institution.</summary>
    public static bool IsInstitution(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        if (Names.Contains(trimmed) || trimmed.Contains("Reserve Bank", StringComparison.Ordinal) ||
            trimmed.Contains("Central Bank", StringComparison.Ordinal) || trimmed.Contains("central bank", StringComparison.Ordinal))
        {
            return true;
        }

        if (trimmed.StartsWith("Bank of ", StringComparison.Ordinal) && CentralBankCountries.Contains(trimmed[8..]))
        {
            return true;
        }

        while (!trimmed.IsEmpty)
        {
            var space = trimmed.IndexOf(' ');
            if (InstitutionWords.Contains(space < 0 ? trimmed : trimmed[..space]))
            {
                return true;
            }

            trimmed = space < 0 ? [] : trimmed[(space + 1)..];
        }

        return false;
    }
}
