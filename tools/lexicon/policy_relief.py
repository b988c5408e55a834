#!/usr/bin/env python3
"""Prints lexicon entries for relief from a policy burden ("tariff exemption", "pauses duties", "eases import curbs",
"removes the final hurdle").

Tariffs, duties, levies and sanctions are bad news for the companies they hit; an exemption from them, a pause or a
removal is good news, though "tariff" alone is read as bad, and such relief ended again is bad news ("ended tariff
exemptions"). An obstacle removed is good news too ("removes the final regulatory hurdle"). Entries already in the lexicon are skipped, so the output can be appended to finance.tsv:

    python3 tools/lexicon/policy_relief.py >> src/FinSentiment/Data/Lexicon/finance.tsv
"""
from lexicon_terms import print_new_entries

BURDENS = ["tariff", "tariffs", "duty", "duties", "levy", "levies", "sanctions", "export controls", "import duties", "trade curbs"]
# Curbs and restrictions are eased as well as lifted ("eases import curbs", "relaxed export restrictions"); not "eases
# tariffs" etc., which the lists above hold in their own words.
CURBS = ["curbs", "import curbs", "export curbs", "restrictions", "import restrictions", "export restrictions", "quotas",
         "import quotas", "lending curbs", "price caps"]
EASING_VERBS = ["ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed", "relaxing", "loosen", "loosens", "loosened",
                "loosening"]
# Burden first: "tariff exemption", "tariff pause", "sanctions relief".
RELIEF_NOUNS = ["exemption", "exemptions", "relief", "pause", "reprieve", "waiver", "waivers", "truce", "rollback"]
# Not "cut": a telecom's "tariff cut" is a price war.
# Verb first ("pauses duties", "lifted sanctions", "scraps the levy"; articles and owners' words are passed over by the
# lexicon's phrase matching).
RELIEF_VERBS = [
    "pause", "pauses", "paused", "pausing", "suspend", "suspends", "suspended", "suspending", "lift", "lifts", "lifted",
    "lifting", "remove", "removes", "removed", "removing", "scrap", "scraps", "scrapped", "scrapping", "waive", "waives",
    "waived", "waiving", "drop", "drops", "dropped", "dropping", "roll back", "rolls back", "rolled back", "rolling back",
    "exempted from", "exempt from", "spared from", "granted exemption from",
]
# Obstacles removed: "removes the final regulatory hurdle", "clears the last hurdle".
OBSTACLES = ["hurdle", "regulatory hurdle", "obstacle", "final hurdle", "final regulatory hurdle", "last hurdle",
             "last regulatory hurdle", "final obstacle", "last obstacle"]
REMOVING = ["removes", "removed", "removing", "remove", "clears", "cleared", "clearing", "clear", "overcame", "overcomes",
            "overcome"]

# Verbs that take such relief away again: "ended tariff exemptions", "revoked the sanctions waiver" (bad news).
ENDING = ["ends", "ended", "ending", "end", "revokes", "revoked", "revoking", "revoke", "scraps", "scrapped", "scrapping",
          "withdraws", "withdrew", "withdrawing", "cancels", "cancelled", "canceled", "cancelling", "rescinds", "rescinded"]

VALENCE = 0.4


def terms():
    for burden in BURDENS:
        for noun in RELIEF_NOUNS:
            yield f"{burden} {noun}", VALENCE
            for verb in ENDING:
                yield f"{verb} {burden} {noun}", -VALENCE
        for verb in RELIEF_VERBS:
            yield f"{verb} {burden}", VALENCE
    for curb in CURBS:
        for verb in RELIEF_VERBS + EASING_VERBS:
            yield f"{verb} {curb}", VALENCE
    for verb in REMOVING:
        for obstacle in OBSTACLES:
            yield f"{verb} {obstacle}", VALENCE


def main():
    print_new_entries(terms())


if __name__ == "__main__":
    main()
