#!/usr/bin/env python3
"""Prints lexicon entries for a penalty overturned, cut or upheld on appeal ("annuls fine", "fine overturned", "upholds fine").

A fine, penalty or conviction is bad news for the company it hits, and "fine on Intel" is read as bad: a court or a
regulator that annuls, overturns, quashes or cuts it gives good news, and one that upholds it confirms the bad news.
Entries already in the lexicon are skipped, so the output can be appended to finance.tsv:

    python3 tools/lexicon/penalties_overturned.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import print_new_entries

# Penalties, as the press names them; articles and owners' words before them are passed over by the lexicon's phrase
# matching ("annuls the fine", "overturned its conviction").
PENALTIES = ["fine", "fines", "penalty", "penalties", "antitrust fine", "record fine", "billion-euro fine", "damages award",
             "jury verdict", "verdict against"]
# A conviction only with the verbs of a court ("overturns conviction"): an analyst's "conviction" is confidence, and
# "cuts from conviction list" or "confirms conviction" are no court's.
CONVICTIONS = ["conviction", "convictions"]

# Verbs that undo a penalty or make it smaller, verb first ("annuls fine").
UNDOING = [
    "annul", "annuls", "annulled", "annulling", "overturn", "overturns", "overturned", "overturning", "quash", "quashes",
    "quashed", "quashing", "scrap", "scraps", "scrapped", "scrapping", "cancel", "cancels", "cancelled", "canceled",
    "cancelling", "strike down", "strikes down", "struck down", "striking down", "set aside", "sets aside", "setting aside",
    "throw out", "throws out", "threw out", "thrown out", "throwing out", "reverse", "reverses", "reversed", "reversing",
    "vacate", "vacates", "vacated", "vacating", "slash", "slashes", "slashed", "slashing", "reduce", "reduces", "reduced",
    "reducing", "cut", "cuts", "cutting", "waive", "waives", "waived", "waiving",
]
# The same after the penalty ("fine annulled", "conviction overturned"): past participles only.
UNDONE = ["annulled", "overturned", "quashed", "scrapped", "cancelled", "canceled", "struck down", "set aside", "thrown out",
          "reversed", "vacated", "slashed", "reduced", "cut", "waived"]

# A court's verbs for undoing a conviction.
COURT_UNDOING = ["annul", "annuls", "annulled", "overturn", "overturns", "overturned", "overturning", "quash", "quashes",
                 "quashed", "set aside", "sets aside", "throw out", "throws out", "threw out", "thrown out", "reverse",
                 "reverses", "reversed", "vacate", "vacates", "vacated"]
COURT_UNDONE = ["annulled", "overturned", "quashed", "set aside", "thrown out", "reversed", "vacated"]

# Verbs that keep a penalty in force: bad news confirmed.
UPHOLDING = ["uphold", "upholds", "upheld", "upholding", "confirm", "confirms", "confirmed", "confirming"]
UPHELD = ["upheld", "confirmed"]

VALENCE = 0.4


def acted_on(things, verbs, participles, valence):
    """Each verb before each thing ("annuls fine") and each participle after it ("fine annulled", "fine was annulled")."""
    for thing in things:
        for verb in verbs:
            yield f"{verb} {thing}", valence
        for participle in participles:
            yield f"{thing} {participle}", valence
            yield f"{thing} was {participle}", valence


def terms():
    yield from acted_on(PENALTIES, UNDOING, UNDONE, VALENCE)
    yield from acted_on(PENALTIES, UPHOLDING, UPHELD, -VALENCE)
    yield from acted_on(CONVICTIONS, COURT_UNDOING, COURT_UNDONE, VALENCE)


def main():
    print_new_entries(terms())


if __name__ == "__main__":
    main()
