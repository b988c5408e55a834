#!/usr/bin/env python3
"""Prints lexicon entries for earnings-season idioms the fixed phrases miss.

- Results past or short of what was expected, by verbs of passing ("edged past consensus", "sailed past estimates").
- Counts against what was expected ("added more subscribers than expected", "fewer deliveries than forecast").
- Cash burned against what was expected ("burns more cash than expected").
- A first dividend after a gap ("its first dividend in six years", "first payout since 2019").
- Capital returned to shareholders ("… to shareholders through buybacks").

Entries already in the lexicon are skipped, so the output can be appended to finance.tsv:

    python3 tools/lexicon/earnings_idioms.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import print_new_entries

# What results are measured against, as the press names it.
YARDSTICKS = [
    "estimates", "expectations", "forecasts", "consensus", "consensus estimates", "analyst estimates", "analysts' estimates",
    "street estimates", "market expectations", "the consensus", "wall street estimates", "projections",
]
PASSING = ["edged past", "edges past", "edging past", "sailed past", "sails past", "raced past", "races past", "breezed past",
           "breezes past", "cruised past", "cruises past", "came in ahead of", "comes in ahead of", "came in well ahead of",
           "came in well above"]
SHORT = ["came in below", "comes in below", "came in well below", "came in short of", "fell well short of", "falls well short of"]

# Counts a company reports, good when more of them come than expected.
COUNTS = ["subscribers", "customers", "users", "members", "accounts", "orders", "deliveries", "vehicles", "units", "jobs",
          "passengers", "net adds", "bookings", "shipments"]
EXPECTED = ["than expected", "than forecast", "than anticipated", "than estimated", "than analysts expected",
            "than analysts had expected"]

BURNING = ["burn", "burns", "burned", "burnt", "burning"]

FIRST_DIVIDENDS = ["first dividend", "first payout", "first dividend payment", "first cash dividend", "first quarterly dividend"]

RETURNS = ["to shareholders through", "to shareholders via", "to shareholders in", "to investors through", "to investors via"]
RETURNED = ["buybacks", "share buybacks", "dividends", "dividends and buybacks", "buybacks and dividends", "a special dividend",
            "special dividends"]


def terms():
    for verb in PASSING:
        for yardstick in YARDSTICKS:
            yield f"{verb} {yardstick}", 0.5
    for verb in SHORT:
        for yardstick in YARDSTICKS:
            yield f"{verb} {yardstick}", -0.5
    for count in COUNTS:
        for expected in EXPECTED:
            yield f"more {count} {expected}", 0.4
            yield f"fewer {count} {expected}", -0.4
    for verb in BURNING:
        for expected in EXPECTED:
            yield f"{verb} more cash {expected}", -0.5
            yield f"{verb} less cash {expected}", 0.4
    for dividend in FIRST_DIVIDENDS:
        yield f"{dividend} in", 0.5
        yield f"{dividend} since", 0.5
    for way in RETURNS:
        for what in RETURNED:
            yield f"{way} {what}", 0.4


def main():
    print_new_entries(terms())


if __name__ == "__main__":
    main()
