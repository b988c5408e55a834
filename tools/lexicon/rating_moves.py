#!/usr/bin/env python3
"""Prints lexicon entries for a broker's move between two ratings ("to hold from buy", "to reduce from neutral").

A move down the scale is bad news for the company rated, a move up good news, more so the further it goes. Entries already
in the lexicon are skipped, so the output can be appended to finance.tsv:

    python3 tools/lexicon/rating_moves.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import known_terms

# Each rating's place on one scale, from sell (1) to strong buy (5). Written from brokers' published rating definitions.
RANKS = {
    "strong sell": 1, "sell": 1,
    "reduce": 2, "underperform": 2, "underweight": 2, "sector underperform": 2, "market underperform": 2,
    "hold": 3, "neutral": 3, "equal-weight": 3, "equal weight": 3, "market perform": 3, "sector perform": 3,
    "peer perform": 3, "in line": 3, "market weight": 3, "sector weight": 3,
    "buy": 4, "outperform": 4, "overweight": 4, "accumulate": 4, "add": 4, "sector outperform": 4, "market outperform": 4,
    "strong buy": 5, "conviction buy": 5,
}


def valence(steps):
    """How good a move of that many steps is: one step down is a mild -0.3 (buy to hold), one up +0.4."""
    size = abs(steps)
    value = 0.6 if size >= 3 else 0.5 if size == 2 else (0.4 if steps > 0 else 0.3)
    return value if steps > 0 else -value


def main():
    known = known_terms()
    for to, to_rank in RANKS.items():
        for source, from_rank in RANKS.items():
            term = f"to {to} from {source}"
            if to_rank != from_rank and term not in known:
                print(f"{term}\t{valence(to_rank - from_rank)}\tsentiment")


if __name__ == "__main__":
    main()
