"""The terms of the built-in lexicon, lower case: the generators skip the entries it already has."""
import glob
import os


def known_terms():
    """Every term of every lexicon file (src/FinSentiment/Data/Lexicon/*.tsv), lower case."""
    here = os.path.dirname(os.path.abspath(__file__))
    lexicon = os.path.join(here, "..", "..", "src", "FinSentiment", "Data", "Lexicon")
    known = set()
    for path in glob.glob(os.path.join(lexicon, "*.tsv")):
        with open(path, encoding="utf-8") as f:
            known.update(line.split("\t")[0].lower() for line in f if not line.startswith("#") and "\t" in line)
    return known


def print_new_entries(entries, category="sentiment"):
    """Prints each (term, valence) of entries as a lexicon line, once, unless the built-in lexicon has the term already."""
    known = known_terms()
    printed = set()
    for term, valence in entries:
        if term not in known and term not in printed:
            printed.add(term)
            print(f"{term}\t{valence}\t{category}")
