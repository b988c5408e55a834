#!/usr/bin/env python3
"""Prints lexicon entries for trouble called off or dismissed ("pilots call off strike", "fears are overdone").

A strike or walkout called off, suspended or averted is good news for the company it threatened, though "strike" and
"call off" are each bad news alone; fears or concerns that an analyst or a poster calls overdone, exaggerated or unfounded
are dismissed, which is good news too. Entries already in the lexicon are skipped, so the output can be appended to
finance.tsv:

    python3 tools/lexicon/called_off.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import print_new_entries

# Industrial action, as the press names it, with the words that may come before it (the lexicon's phrase matching passes
# over articles and owners' words: "call off strike" also reads "called off their strike").
ACTIONS = ["strike", "strikes", "walkout", "walkouts", "stoppage", "industrial action"]
DETERMINERS = ["", "planned ", "threatened "]

# Verbs that end a threatened action before it starts or while it runs.
ENDING_VERBS = [
    "call off", "calls off", "called off", "calling off", "suspend", "suspends", "suspended", "suspending",
    "avert", "averts", "averted", "averting", "cancel", "cancels", "cancelled", "canceled", "cancelling",
    "end", "ends", "ended", "ending",
]
# The same in the passive, after the action ("strike called off", "walkout was suspended").
PASSIVES = ["called off", "is called off", "was called off", "averted", "is averted", "was averted", "suspended", "is suspended",
            "was suspended", "cancelled", "canceled", "was cancelled", "was canceled"]

# Fears dismissed: what is feared, and the words that dismiss it ("fears overdone", "concerns are exaggerated").
FEARS = ["fears", "concerns", "worries", "jitters", "doubts"]
DISMISSALS = ["overdone", "overblown", "exaggerated", "overstated", "unfounded", "misplaced", "unwarranted"]
LINKS = ["", "are ", "were ", "look ", "seem ", "appear ", "proved "]

VALENCE = 0.4


def terms():
    for verb in ENDING_VERBS:
        for determiner in DETERMINERS:
            for action in ACTIONS:
                yield f"{verb} {determiner}{action}", VALENCE
    for action in ACTIONS:
        for passive in PASSIVES:
            yield f"{action} {passive}", VALENCE
    for fear in FEARS:
        for link in LINKS:
            for dismissal in DISMISSALS:
                yield f"{fear} {link}{dismissal}", VALENCE


def main():
    print_new_entries(terms())


if __name__ == "__main__":
    main()
