#!/usr/bin/env python3
"""Word-by-word check of heldout24's invented names (tools/invented.txt)
against every other held-out set's README: prints each word of an invented
name that also occurs (case-insensitively, as a whole word) in another
README, with the READMEs it occurs in. Generic words are reported too;
decide by hand whether a hit is distinctive."""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DATA = os.path.dirname(SET)
IGNORE = {"the", "of", "on", "and", "for", "in", "de", "du", "la", "le", "al", "ould", "mint", "2026"}


def words(name):
    return [w for w in re.findall(r"[^\W\d_][\w'’\-]*", name) if w.lower() not in IGNORE]


def main():
    readmes = {}
    for p in sorted(glob.glob(os.path.join(DATA, "heldout*", "README.md"))):
        if os.path.dirname(p) == SET:
            continue
        readmes[os.path.basename(os.path.dirname(p))] = open(p, encoding="utf-8").read()
    hits = 0
    for line in open(os.path.join(HERE, "invented.txt"), encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for w in set(words(line)):
            parts = [w] + [x for x in re.split(r"[-']", w) if len(x) > 2 and x != w]
            for part in parts:
                pat = re.compile(r"(?<![\w])" + re.escape(part) + r"(?![\w])", re.I)
                where = [k for k, txt in readmes.items() if pat.search(txt)]
                if where:
                    hits += 1
                    print("%-45s %-18s %s" % (line[:45], part, ", ".join(where[:6]) + (" ..." if len(where) > 6 else "")))
    print("%d word hits" % hits, file=sys.stderr)


if __name__ == "__main__":
    main()
