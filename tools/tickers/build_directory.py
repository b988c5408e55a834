#!/usr/bin/env python3
"""Builds src/FinSentiment/Data/Tickers/directory.tsv, the embedded ticker directory.

Inputs (facts only: names, symbols, identifiers):
  * sp500_constituents.jsonl  - S&P 500 constituents, datasets/s-and-p-500-companies, ODC-PDDL 1.0
  * sec_company_tickers.jsonl - SEC EDGAR company_tickers(_exchange).json, public domain
  * tools/tickers/aliases.tsv - curated aliases and flags, FinSentiment contributors, MIT

Usage (from the repository root):
  python3 tools/tickers/build_directory.py [--reference DIR] [--aliases FILE] [--output FILE]

Standard library only. The output is deterministic for the same inputs.
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))

EXCHANGES = {"Nasdaq", "NYSE"}

# Upper-case EDGAR words and how to write them.
SUFFIX_WORDS = {
    "INC": "Inc.", "INC.": "Inc.", "CORP": "Corporation", "CORP.": "Corporation", "CORPORATION": "Corporation",
    "CO": "Co.", "CO.": "Co.", "COMPANY": "Company", "LTD": "Ltd.", "LTD.": "Ltd.", "LIMITED": "Limited",
    "PLC": "plc", "LLC": "LLC", "LP": "LP", "L.P.": "L.P.", "NV": "N.V.", "N.V.": "N.V.", "SA": "S.A.", "S.A.": "S.A.",
    "AG": "AG", "SE": "SE", "HOLDINGS": "Holdings", "HOLDING": "Holding", "GROUP": "Group", "TRUST": "Trust",
    "BANCORP": "Bancorp", "ETF": "ETF", "REIT": "REIT", "ADR": "ADR",
}
ACRONYMS = {
    "IBM", "AT&T", "3M", "CVS", "PPG", "AES", "CME", "CSX", "NRG", "PNC", "TJX", "UPS", "HCA", "ADP", "AMD", "GE",
    "USA", "US", "ETF", "SPDR", "S&P", "QQQ", "HSBC", "HDFC", "ASML", "SAP", "UFJ", "ICICI", "BHP", "BP", "RTX", "NXP",
    "MSCI", "KLA", "AMETEK", "CBRE", "DTE", "EOG", "EQT", "FMC", "IDEXX", "IQVIA", "LKQ", "MGM", "NVR", "PTC", "WEC",
    "II", "III", "IV", "ADR", "REIT", "LLC", "LP", "NV", "AG", "SE", "NY", "UK", "AI", "TE", "NI", "AO", "CF", "CH",
    "DR", "HP", "JB", "PG", "QVC", "RPM", "SBA", "TD", "UBS", "UDR", "AMC", "ARM", "BNY", "CDW", "KKR", "MKS", "SLM",
    # Names that are their symbols, read letter by letter or written in capitals by the companies and the news ("GATX lifts its
    # guidance", "AGCO recalls tractors"); the SEC's capitals alone would title-case them to "Gatx" and "Agco".
    "RELX", "MPLX", "BCE", "QXO", "ITT", "ATI", "CAE", "AGCO", "UGI", "ADT", "ESAB", "AAON", "RLI", "WEX", "GATX", "AZZ",
    "IAC", "RXO", "ASGN", "HNI", "IDT", "DNOW", "ODP", "ACNB", "TWFG", "IBEX", "ARQ", "PAMT", "GDEV", "BTCS", "LCNB",
    "BGSF", "CLPS", "XPEL", "IREN", "MNTN", "NWTN",
}
LOWER_WORDS = {"OF", "AND", "THE", "FOR", "DE", "DU", "LA", "ON", "IN", "AT", "TO"}
LEGAL_SUFFIXES = {
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited", "plc", "llc",
    "l.l.c.", "lp", "l.p.", "n.v.", "nv", "s.a.", "sa", "ag", "se", "s.e.", "a/s", "asa", "ab", "oyj", "spa", "s.p.a.",
    "bv", "b.v.", "sarl", "company", "p.l.c.", "aktiengesellschaft", "pbc",
}
# Generic business words: a name made only of these is ambiguous in running text.
COMMON = set("""
a about above across act action active advance advanced agree air all alliance allied alpha alpine altitude amber
america american americas ameri anchor angel apex apollo apple applied arch arrow art ascent aspen atlas aurora
avenue axis ball bank banks base basic bay beacon bear bell best beyond big black blade block bloom blue bluebird
board bold bond boston bridge bright brightview broad brook builders build burlington business buy cadence call
camden canal capital cardinal care carriage carrier cascade castle catalyst cedar central century champion
chase charter chemical choice church circle citizens city civic clean clear climb cloud coast coastal cohen
coherent columbia comfort commerce commercial common community compass complete concord connect consolidated
constellation continental core corner corning cosmos country covenant craft create credit crest crown cross
crystal cumberland custom dawn delta design diamond digital direct discover discovery dominion dover drive
dynamic eagle earth east eastern echo edge element elevate empire encore energy enterprise entergy equity essential
evergreen evolution evolve exchange express fair faith falcon federal fidelity first five flag flex focus ford
forest forward foundation fox franklin freedom frontier fuel fusion future gap garden gateway general genesis
giant global globe gold golden good grace grand granite graphic great green grey group growth guardian gulf
harbor harmony harvest haven health heart heritage hero high highland home horizon hub hudson ideal impact
independence independent industrial industries infinity innovation insight instrument integrity intelligent
international invest iron island jack journey key keystone kind king lake land landmark laser leader legacy
liberty light lincoln live logic lumen magnetic main majestic maple marathon marine mark market match matrix
medical mercury merit meta metro midwest mission modern momentum monarch mosaic motion mountain national nature
navigator network new next noble north northern northwest nova oak ocean omega one open optimum orange orbit
origin pacific palm paramount park parker patriot peak penn people pilgrim pine pinnacle pioneer planet plus
point popular power premier presidio prime principal pro progress progressive prospect provident public pulse
pure quest radius rain range ranger rapid ready red regency regional reliance republic resource resources rock
rocket root rose royal safe safety sage saga scholar science sea security select sentinel service shell shift
sierra signal silver simple sky smart snap solar solid sound source south southern southwest sovereign spark
spectrum spirit sprout square standard star state steel sterling stone strategic strategy summit sun sunrise
superior supply support sure synergy target team tech technology terra texas the third three titan today total
tower trade trans travel tree trend tri triumph true trust two union united unity universal urban valley value
vanguard venture vertex victory view village vision visa vista vital volt voyager wave way west western white
wind wing wise wolf world worth yellow york zenith zion oracle amazon progressive southern public storage waste
management equitable discover lumen celanese match block nasdaq dow news waters hartford tapestry brookfield
rollins mccormick casey's
""".split())


def title_word(word, first):
    if not word:
        return word
    upper = word.upper()
    if upper in SUFFIX_WORDS and not first:
        return SUFFIX_WORDS[upper]
    # "SOUNDHOUND AI, INC.": an acronym keeps its capitals before a comma too.
    if upper in ACRONYMS or upper.rstrip(",;") in ACRONYMS or "&" in word or any(ch.isdigit() for ch in word):
        return upper
    if upper in LOWER_WORDS and not first:
        return upper.lower()
    if len(word) <= 3 and not any(ch in "AEIOUY" for ch in upper) and word.isalpha():
        return upper
    parts = re.split(r"([-'./])", word)
    out = []
    for part in parts:
        if part and part[0].isalpha():
            low = part.lower()
            if part.startswith("MC") and len(part) > 3:
                out.append("Mc" + part[2:3] + low[3:])
            else:
                out.append(low[0].upper() + low[1:])
        else:
            out.append(part)
    text = "".join(out)
    return re.sub(r"'S\b", "'s", text)


def clean_edgar_name(name):
    name = name.strip()
    # The Danish and Norwegian "A/S" is a legal suffix, not a slash suffix: "GENMAB A/S" is Genmab, not "Genmab A".
    name = re.sub(r"\s+A/S$", "", name)
    # state and other slash suffixes: "/DE/", "/NEW", "/MN", "\DE\", "/ADR"
    name = re.sub(r"\s*[/\\][A-Z .]{1,12}[/\\]?\s*$", "", name)
    name = re.sub(r"\s*[/\\][A-Z .]{1,12}[/\\]?\s*$", "", name)
    name = re.sub(r"\s+", " ", name).strip(" ,/\\")
    letters = [ch for ch in name if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) * 2 <= len(letters):
        return name
    words = name.split(" ")
    return " ".join(title_word(w, i == 0) if w == w.upper() else w for i, w in enumerate(words))


def display_name(sp_name, edgar):
    """Prefers the S&P 500 name, completed with the EDGAR legal suffix: "Microsoft" + "Corporation"."""
    if not sp_name:
        return edgar
    moved = re.fullmatch(r"(.*?)\s*\((The|Eli)\)", sp_name)
    if moved:
        sp_name = f"{moved.group(2)} {moved.group(1)}"
    plain = sp_name[4:] if sp_name.startswith("The ") else sp_name
    if edgar.lower().startswith(plain.lower()) and len(edgar) > len(plain):
        rest = edgar[len(plain):]
        if re.fullmatch(r"[ ,&]*(Inc\.|Corporation|Co\.|Company|Ltd\.|plc|N\.V\.|Group Inc\.|& Co\.|Incorporated)", rest.strip(" ,") and rest):
            return (sp_name[:len(sp_name) - len(plain)] + plain + rest).replace(" ,", ",")
    return sp_name


def strip_class(name):
    return re.sub(r"\s*\((Class|Series) [A-Z]\)\s*$", "", name).strip()


def match_name(display):
    """The name as news writes it: without legal suffixes and punctuation around them."""
    name = re.sub(r"\s*\([^)]*\)", "", display)
    name = re.sub(r"^The\s+", "", name)
    name = re.sub(r"\s+A[ /]S$", "", name)
    # Spanish and Mexican forms written apart: "Telefonica S A", "America Movil Sab de CV".
    name = re.sub(r"\s+(S A|Sab de CV)$", "", name)
    words = name.replace(",", " ").split()
    if len(words) == 2 and words[1] == "Com":
        words.pop()
    while len(words) > 1:
        last = words[-1].lower()
        if last in LEGAL_SUFFIXES or last.endswith(".") and last.rstrip(".") in LEGAL_SUFFIXES:  # "Alkermes plc."
            words.pop()
            if len(words) > 1 and words[-1] == "&":
                words.pop()
            continue
        break
    return " ".join(words).strip()


def match_names(display):
    """The names news writes for a listed name: both halves of "Petrobras - Petroleo Brasileiro S.A.", a brand and its legal
    name."""
    return [match_name(part) for part in re.split(r"\s+-\s+", display)]


def normalise_symbol(symbol):
    symbol = symbol.strip().upper()
    return re.sub(r"^([A-Z0-9]+)-([A-Z])$", r"\1.\2", symbol)


def is_class_symbol(symbol):
    return re.fullmatch(r"[A-Z0-9]+(\.[A-Z])?", symbol) is not None


def is_share_class(primary, other):
    base, obase = primary.split(".")[0], other.split(".")[0]
    if base == obase:
        return True
    if len(obase) == len(base) - 1 and base.startswith(obase):
        return True
    return len(obase) == len(base) + 1 and obase.startswith(base) and obase[-1] in "ABCK"


# Generic words that close many names and that news leaves out ("Xerox Holdings" is "Xerox", "Vodafone Group Public" is
# "Vodafone", "Hertz Global Holdings" is "Hertz"), the line of business among them ("Honda Motor" is "Honda", "Takeda
# Pharmaceutical" "Takeda", "Suncor Energy" "Suncor", "Mizuho Financial Group" "Mizuho", "Lloyds Banking Group" "Lloyds",
# "Magna International" "Magna", "Canadian National Railway" "Canadian National", "Kinross Gold" "Kinross"; "Amkor Technology"
# "Amkor", "Dolby Laboratories" "Dolby", "Millicom International Cellular" "Millicom", "Concentra Group Holdings Parent" "Concentra").
GENERIC_TAILS = {"holdings", "holding", "group", "public", "companies", "brands", "systems", "solutions", "technologies",
                 "enterprises", "worldwide", "global", "international", "industries", "financial", "motor", "motors",
                 "pharmaceutical", "pharmaceuticals", "energy", "resources", "mining", "mines", "gold", "railway", "banking",
                 "entertainment", "partners", "software", "interactive", "foods", "health", "communications", "electric",
                 "materials", "healthcare", "therapeutics", "biosciences", "biotherapeutics", "aerospace", "transportation",
                 "bancorporation", "associates", "security", "defense", "markets", "platforms", "management", "asset", "realty", "trust", "properties", "usa", "works", "capital", "investment",
                 "products", "system", "innovations", "technology", "parent", "cellular", "laboratories", "labs"}


# Short forms only for the companies news writes about most: S&P 500 members and the largest others by SEC rank (down to
# Teck Resources and Magna International).
SHORT_NAME_RANK = 800

# Beyond them, down to Peloton and Enphase, a short form only when it is distinctive (distinctive_short); the smaller companies'
# short forms are more often ordinary phrases in title-case headlines ("Mixed Martial Arts", "Commercial Vehicle") than the company.
DISTINCTIVE_SHORT_NAME_RANK = 2000


# Short forms that name others more often than the company: people's names (Fed's Williams, Marc Jacobs, Mini Cooper, Alex
# Ferguson; "Otis" stays, as an ambiguous name: the singer is "Otis Redding", a name the resolver reads as a person's), another company's brand (Motorola phones are Lenovo's; Viking Therapeutics), verbs ("Grab a
# bargain", "Affirm said" is rare next to "affirm"), and ordinary nouns ("booking"). Among those cut from a line of business:
# ordinary words ("Restaurant" Brands, "Expand" Energy, "Regions" Financial, "Flutter" Entertainment), a unit and a crypto
# lender ("Celsius" Holdings), places ("Cincinnati" Financial, "Devon" and "Woodside" Energy, "Carlisle" Companies, "Pacific
# Airport" Group: "sales in Devon"), another company's brand (Bentley cars, not Bentley Systems), a title and surname ("Mr.
# Cooper", "Collins" Aerospace: Senator Collins), a broker quoted as the source of ratings far more often than written about
# (Raymond James; "Jefferies" is an alias of its own, dropped by the source rules where it speaks as a house), and a state
# (New Jersey Resources), and ordinary words and places cut from drugmakers' and others' names ("Rhythm" Pharmaceuticals, "Denali"
# Therapeutics, "Manhattan" Associates).
SHORT_NAME_EXCLUDED = {"williams", "simply good", "jacobs", "cooper", "ferguson", "tyler", "roper", "motorola", "viking", "grab",
                       "affirm", "booking", "everest", "zebra", "travelers", "restaurant", "expand", "regions", "flutter",
                       "celsius", "cincinnati", "bentley", "pacific airport", "raymond james", "mr. cooper",
                       "devon", "woodside", "carlisle", "new jersey", "collins", "whole",
                       # ordinary words and places left of drugmakers' names (DRUG_MAKER_TAILS)
                       "rhythm", "alignment", "xenon", "protagonist", "recursion", "ligand", "arrowhead", "denali", "amicus",
                       "tarsus", "manhattan",
                       # ETF families and halves of a brand left by a closing word ("Bath & Body" Works, "Gaming & Leisure" Properties)
                       "spdr", "ishares", "bath & body", "gaming & leisure",
                       # names written with a capital inside that are words, places or a university when written plainly
                       # ("Renew", "Northwestern", "Mink", "Naas", "Livewire", "Treehouse", "Stepstone", "Double down")
                       "renew", "northwestern", "mink", "naas", "alti", "belive", "livewire", "treehouse", "stepstone",
                       "doubledown", "highpeak", "heartcore", "redcloud"}


# Adjectives of countries and regions that open names of many things besides the company ("Canadian National Exhibition").
PLACE_ADJECTIVES = {"canadian", "brazilian", "british", "japanese", "chinese", "korean", "indian", "mexican", "australian",
                    "german", "french", "swiss", "dutch", "european", "asian", "african", "latin", "texan", "californian"}


def short_names(alias):
    """The name without each of its generic closing words in turn ("Mizuho Financial Group": "Mizuho Financial", "Mizuho"), as
    long as something distinctive is left."""
    words = alias.split()
    shorts = []
    while len(words) > 1 and words[-1].lower() in GENERIC_TAILS:
        words.pop()
        # "Jack Henry & Associates", "Kratos Defense & Security": the joining word goes with the tail.
        while len(words) > 1 and words[-1] in ("&", "and"):
            words.pop()
        short = " ".join(words)
        # Not three capitals or fewer: "SPX" is also an index's code ("<.SPX>"), "PDD" a ticker.
        if words[-1] in ("&", "and", "of", "The") or len(short) <= 3 or is_common(short) or short.lower() in SHORT_NAME_EXCLUDED:
            continue
        shorts.append(short)
    return shorts


def name_words(entries):
    """Each word of the directory's names, with the companies whose names hold it."""
    words = {}
    for entry in entries:
        for alias in entry[5]:
            for word in alias.lower().split():
                words.setdefault(word, set()).add(entry[1])
    return words


def distinctive_short(short, primary, words, coined, drug_name=False):
    """Whether a smaller company's short form is its own: no ordinary phrase, and holding a word that no other company's name
    holds ("Spirit AeroSystems"). One word only for a company flagged coined ("Peloton", "Enphase"): the others' one word left
    is often a word of English, and no other company's name need hold it ("Construction" Partners, "Post" Holdings)."""
    parts = short.lower().split()
    if is_common(short) or short.lower() in SHORT_NAME_EXCLUDED or (len(parts) == 1 and not coined and not drug_name):
        return False
    return any(words.get(part, set()) == {primary} and part not in COMMON for part in parts)


# The closing words of drugmakers' and medical companies' names, whose one word left is coined far more often than not
# ("Halozyme" Therapeutics, "Biomarin" Pharmaceutical, "Molina" Healthcare): news writes it alone.
DRUG_MAKER_TAILS = {"pharmaceutical", "pharmaceuticals", "therapeutics", "healthcare", "biosciences", "biotherapeutics"}


def is_drug_makers_name(alias, short):
    """Whether the one word left of a name is a drugmaker's or a medical company's, cut from one of DRUG_MAKER_TAILS."""
    rest = alias[len(short):].split()
    return " " not in short and bool(rest) and rest[0].lower() in DRUG_MAKER_TAILS


def short_needs_context(short):
    """One word, or a place's adjective with generic words ("Canadian National" and the Canadian National Exhibition)."""
    words = short.lower().split()
    return len(words) == 1 or all(w in COMMON or w in PLACE_ADJECTIVES for w in words)


def is_coined(alias, flags):
    """A one-word name that is no word of English: flagged "coined" by hand (Nokia, Vodafone), or written with a capital inside
    ("BioNTech", "DraftKings", "NatWest"; not a Scottish or Irish surname, "McCormick")."""
    return " " not in alias and ("coined" in flags or (re.search(r"[a-z][A-Z]", alias) is not None and not alias.startswith(("Mc", "Mac"))))


def is_common(name):
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9&'.-]+", name)]
    return bool(words) and all(w in COMMON for w in words)


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_aliases(path):
    curated = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("symbol\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or len(cols) > 3:
                sys.exit(f"{path}({number}): expected symbol, aliases[, flags]")
            symbol = normalise_symbol(cols[0])
            if symbol in curated:
                sys.exit(f"{path}({number}): duplicate symbol {symbol}")
            aliases = [a.strip() for a in cols[1].split("|") if a.strip()]
            flags = [f.strip() for f in cols[2].split("|") if f.strip()] if len(cols) == 3 else []
            curated[symbol] = (aliases, flags)
    return curated


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", default=os.path.join(REPO, "..", "shared", "reference"))
    parser.add_argument("--sp500", default=None)
    parser.add_argument("--sec", default=None)
    parser.add_argument("--aliases", default=os.path.join(HERE, "aliases.tsv"))
    parser.add_argument("--output", default=os.path.join(REPO, "src", "FinSentiment", "Data", "Tickers", "directory.tsv"))
    args = parser.parse_args()
    sp500 = read_jsonl(args.sp500 or os.path.join(args.reference, "sp500_constituents.jsonl"))
    sec = read_jsonl(args.sec or os.path.join(args.reference, "sec_company_tickers.jsonl"))
    curated = read_aliases(args.aliases)

    companies = {}  # cik -> dict, insertion order = SEC market-cap order, then S&P-only rows
    sp_by_cik = {}
    for row in sp500:
        sp_by_cik.setdefault(row["cik"], []).append(row)

    for row in sec:
        cik, ticker = row["cik"], row["ticker"]
        if not ticker:
            continue
        symbol = normalise_symbol(ticker)
        # Over the counter, only a company aliases.tsv names: US news quotes some (the cannabis operators barred from the exchanges),
        # and the thousands of other OTC rows are shells and foreign listings whose names are ordinary words.
        otc = row["exchange"] == "OTC" and symbol in curated
        if row["exchange"] not in EXCHANGES and cik not in sp_by_cik and not otc:
            continue
        if not is_class_symbol(symbol):
            continue  # preferred shares, warrants, units
        company = companies.setdefault(cik, {"cik": cik, "symbols": [], "name": row["name"], "exchange": None, "sec": symbol})
        if (row["exchange"] in EXCHANGES or otc) and company["exchange"] is None:
            company["exchange"] = row["exchange"]
        if symbol not in company["symbols"]:
            company["symbols"].append(symbol)

    for cik, rows in sp_by_cik.items():
        company = companies.setdefault(cik, {"cik": cik, "symbols": [], "name": rows[0]["name"], "exchange": None})
        sp_symbols = sorted((normalise_symbol(r["ticker"]) for r in rows), key=lambda s: (-len(s), s))
        for symbol in reversed(sp_symbols):
            if symbol in company["symbols"]:
                company["symbols"].remove(symbol)
            company["symbols"].insert(0, symbol)
        company["sp500"] = strip_class(rows[0]["name"])
        company["industry"] = rows[0].get("sub_industry") or ""

    entries = []
    seen_symbols = set()
    rank = 0
    for company in companies.values():
        symbols = [s for s in company["symbols"] if s not in seen_symbols]
        if not symbols:
            continue
        seen_symbols.update(symbols)
        # A curated row flagged "primary" names the share class news quotes, where the SEC lists another first (PARA, not PARAA).
        for symbol in symbols[1:]:
            if "primary" in curated.get(symbol, ([], []))[1]:
                symbols.remove(symbol)
                symbols.insert(0, symbol)
                break
        primary = symbols[0]
        symbols = [primary] + [s for s in symbols[1:] if is_share_class(primary, s) or s == company.get("sec")]
        # A curated OTC company takes no place in the ranking of the listed ones, whose short names the rank decides.
        otc = company["exchange"] == "OTC"
        rank += 0 if otc else 1
        edgar = clean_edgar_name(company["name"])
        display = display_name(company.get("sp500"), edgar)
        curated_aliases, flags = curated.get(primary, ([], []))
        aliases = []
        derived = [] if "no-derived" in flags else match_names(display) + match_names(edgar)
        coined = "coined" in flags
        flags = [f for f in flags if f not in ("no-derived", "coined", "primary")]
        for alias in curated_aliases + derived:
            if alias and alias.lower() not in (a.lower() for a in aliases) and len(alias) >= 2:
                aliases.append(alias)
        flags = list(flags)
        if primary not in curated:
            first = aliases[0] if aliases else ""
            single = " " not in first
            if is_common(first) or (single and "sp500" not in company and rank > 300 and not is_coined(first, ["coined"] if coined else [])) or len(first) <= 2:
                flags.append("common-word")
        if primary in curated:
            ambiguous_company = any(f.startswith("common-word") for f in flags)
            for alias in aliases[len(curated_aliases):]:
                if is_common(alias) or (ambiguous_company and " " not in alias):
                    flags.append("common-word:" + alias)
        entries.append((company, primary, symbols, display, rank, aliases, flags, coined))

    # Short forms come last: a company named in full anywhere in the directory keeps its name, however small ("Prudential
    # Financial" is not cut to "Prudential", the name of Prudential plc). One word left needs corporate context.
    full_names = {alias.lower() for entry in entries for alias in entry[5]}
    words = name_words(entries)
    out_rows = []
    seen_aliases = {}
    for company, primary, symbols, display, rank, aliases, flags, coined in entries:
        shorts = []
        # Beyond the largest companies, only a distinctive short form: news writes "Spirit AeroSystems" and "Peloton", and the
        # smaller companies' short forms are often words ("Construction" Partners, "Healthcare Services" Group). A coined one
        # word left ("Tronox" Holdings, "Sonoco" Products), or one written with a capital inside ("DigitalBridge" Group), is the
        # company's at any size.
        major = "sp500" in company or rank <= SHORT_NAME_RANK
        for alias in aliases:
            for short in short_names(alias):
                if short.lower() not in full_names and short.lower() not in (a.lower() for a in aliases + shorts) and \
                        (major or rank <= DISTINCTIVE_SHORT_NAME_RANK and
                         distinctive_short(short, primary, words, coined, is_drug_makers_name(alias, short)) or
                         (coined or is_coined(short, [])) and " " not in short and distinctive_short(short, primary, words, True)):
                    shorts.append(short)
        kept = []
        for alias in aliases + shorts:
            key = alias.lower()
            if key in seen_aliases:
                continue  # the larger company keeps a shared name
            seen_aliases[key] = primary
            kept.append(alias)
            if alias in shorts and short_needs_context(alias) and not (is_coined(alias, ["coined"] if coined else []) and not is_common(alias)):
                flags.append("common-word:" + alias)  # "Williams", "Otis", "Ferguson" are people too
        exchange = company["exchange"] or ""
        out_rows.append((primary, display, exchange, str(company["cik"]), "|".join(kept), "|".join(symbols[1:]), "|".join(flags),
                         company.get("industry", "")))

    missing = sorted(set(curated) - {r[0] for r in out_rows})
    if missing:
        sys.exit(f"curated symbols not in the directory: {', '.join(missing)}")

    with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("# FinSentiment ticker directory. Generated: do not edit by hand.\n")
        handle.write("# Regenerate from the repository root: python3 tools/tickers/build_directory.py\n")
        handle.write("# Sources: S&P 500 constituents (datasets/s-and-p-500-companies, ODC-PDDL 1.0);\n")
        handle.write("#   SEC EDGAR company_tickers.json and company_tickers_exchange.json (US government data, public domain);\n")
        handle.write("#   curated aliases and flags in tools/tickers/aliases.tsv (FinSentiment contributors, MIT).\n")
        handle.write("# Rows: S&P 500 companies and Nasdaq/NYSE listings, one per company (CIK), in SEC market-cap order.\n")
        handle.write("# flags: common-word = the first alias is an ordinary word, place or name and needs corporate context;\n")
        handle.write("#   common-word:<alias> = that alias does.\n")
        handle.write("# industry: the GICS sub-industry of S&P 500 companies (empty for the others).\n")
        handle.write("symbol\tname\texchange\tcik\taliases\tother_symbols\tflags\tindustry\n")
        for row in out_rows:
            handle.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    print(f"{args.output}: {len(out_rows)} companies, {sum(len(r[4].split('|')) for r in out_rows if r[4])} aliases")


if __name__ == "__main__":
    main()
