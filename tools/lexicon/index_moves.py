#!/usr/bin/env python3
"""Prints lexicon entries for a company joining or leaving a stock index ("added to the FTSE 100", "will exit the S&P 500").

Joining a benchmark index brings index funds' buying and is good news for the company; leaving it brings their selling and
is bad news. Entries already in the lexicon are skipped, so the output can be appended to finance.tsv:

    python3 tools/lexicon/index_moves.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import known_terms

# Benchmark indices whose membership changes are news, as the press names them.
INDICES = [
    "s&p 500", "dow", "nasdaq-100", "nasdaq 100", "ftse 100", "ftse 250", "dax", "cac 40", "euro stoxx 50", "nifty 50",
    "sensex", "asx 200", "nikkei 225", "hang seng", "s&p/tsx 60",
]

# Verbs of joining and of leaving, before the index (with and without "the").
# Not "joins" alone (in a market wrap an index joins another in the red) nor "included in" (a company profile says which
# indices its shares belong to).
JOINING = [
    "added to", "to join", "will join", "set to join", "enters", "entering", "promoted to", "addition to", "inclusion in",
]
LEAVING = [
    "removed from", "removal from", "exits", "exit", "exiting", "leaves", "leave", "drops out of", "dropped out of",
    "drop out of", "falls out of", "fell out of", "demoted from", "relegated from", "deleted from",
]

VALENCE = 0.5


def main():
    known = known_terms()
    printed = set()
    for verbs, valence in ((JOINING, VALENCE), (LEAVING, -VALENCE)):
        for verb in verbs:
            for index in INDICES:
                for article in ("the ", ""):
                    term = f"{verb} {article}{index}"
                    if term not in known and term not in printed:
                        printed.add(term)
                        print(f"{term}\t{valence}\tsentiment")


if __name__ == "__main__":
    main()
