#!/usr/bin/env python3
"""Prints lexicon entries for shares against their issue price, and results against a year before or a market's view.

- A new listing trading against its issue price ("breaks issue price", "trades above its IPO price").
- Results against the year before or the market's expectations in UK and Australian wire phrasing ("ahead of last
  year", "at the upper end of market expectations").

Not made, since the development sets' annotators read them as neutral: an offering priced against its range ("prices
IPO at top of range"), a sale explored ("weighing sale of European business") and a deal approved ("shareholders
approve merger").

The lexicon's phrase matching passes over articles and owners' words ("trades above its IPO price" reads as "trades
above IPO price"), so the entries name none. Entries already in the lexicon are skipped, so the output can be appended
to finance.tsv:

    python3 tools/lexicon/offering_terms.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import print_new_entries

ISSUE_PRICES = ["issue price", "ipo price", "offer price", "listing price"]
UNDER_ISSUE = ["break", "breaks", "broke", "breaking", "below", "fell below", "falls below", "trades below", "traded below",
               "trading below", "slipped below", "slips below", "sank below", "sinks below", "dropped below", "drops below"]
OVER_ISSUE = ["above", "rose above", "rises above", "trades above", "traded above", "trading above", "well above",
              "jumped above", "jumps above", "soared above", "soars above"]

# Not "below last year", which costs are too.
AHEAD = ["ahead of", "well ahead of", "slightly ahead of", "comfortably ahead of"]
YEAR_BEFORE = ["last year", "prior year", "previous year", "year earlier", "year ago"]
UPPER = ["upper end", "top end", "top", "high end"]
LOWER = ["lower end", "bottom end", "bottom", "low end"]
VIEWS = ["market expectations", "expectations", "analyst expectations", "analysts' expectations", "guidance",
         "guidance range", "target range"]


def terms():
    for price in ISSUE_PRICES:
        for verb in UNDER_ISSUE:
            yield f"{verb} {price}", -0.5
        for verb in OVER_ISSUE:
            yield f"{verb} {price}", 0.4
    for ahead in AHEAD:
        for year in YEAR_BEFORE:
            yield f"{ahead} {year}", 0.4
    for view in VIEWS:
        for end in UPPER:
            yield f"at {end} of {view}", 0.4
        for end in LOWER:
            yield f"at {end} of {view}", -0.4


def main():
    print_new_entries(terms())


if __name__ == "__main__":
    main()
