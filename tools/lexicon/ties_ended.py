#!/usr/bin/env python3
"""Prints lexicon entries for a business tie ended ("end codeshare partnership", "dissolves joint venture").

A partnership, alliance, joint venture or supply agreement is read as good news, so that "Acme and Globex end their
codeshare partnership" scored positive on the tie's own word: ending, dissolving, terminating or leaving such a tie is
bad news for the companies in it (the partner left loses the business; the one leaving loses what the tie was for).
Entries already in the lexicon are skipped, so the output can be appended to finance.tsv:

    python3 tools/lexicon/ties_ended.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import print_new_entries

# Ties between companies, as the press names them.
TIES = ["partnership", "partnerships", "alliance", "tie-up", "joint venture", "jv", "collaboration", "pact",
        "codeshare", "agreement", "deal", "contract"]
# Kinds of tie before the noun ("codeshare partnership", "supply agreement"); articles and owners' words before them
# are passed over by the lexicon's phrase matching ("ended its long supply deal" aside, which needs its own words).
KINDS = ["supply", "distribution", "licensing", "codeshare", "marketing", "strategic", "commercial", "merger"]
# Only the ties a kind commonly comes before.
KIND_TIES = ["partnership", "alliance", "agreement", "deal", "contract"]

# Verbs that end a tie or leave it. Not "ended" alone, which also closes a period ("ended the quarter with record deals"),
# and not "exits" alone (leaving a joint venture can be a sale for cash), which the lexicon reads as it is.
ENDING_VERBS = [
    "end", "ends", "ending", "dissolve", "dissolves", "dissolved", "dissolving", "terminate", "terminates", "terminated",
    "terminating", "scrap", "scraps", "scrapped", "scrapping", "pull out of", "pulls out of", "pulled out of",
    "pulling out of", "walk away from", "walks away from", "walked away from", "walking away from", "quit", "quits",
    "abandon", "abandons", "abandoned", "abandoning", "unwind", "unwinds", "unwound", "unwinding", "sever", "severs",
    "severed", "severing",
]
# The same after the tie ("the partnership was dissolved", "alliance ends").
PASSIVES = ["ended", "was ended", "has ended", "ends", "dissolved", "was dissolved", "terminated", "was terminated",
            "scrapped", "was scrapped", "unwound", "collapses", "collapsed"]

VALENCE = -0.5


def terms():
    for verb in ENDING_VERBS:
        for tie in TIES:
            yield f"{verb} {tie}", VALENCE
        for kind in KINDS:
            for tie in KIND_TIES:
                yield f"{verb} {kind} {tie}", VALENCE
    for tie in ["partnership", "alliance", "tie-up", "joint venture", "jv", "collaboration", "pact", "codeshare"]:
        for passive in PASSIVES:
            yield f"{tie} {passive}", VALENCE


def main():
    print_new_entries(terms())


if __name__ == "__main__":
    main()
