#!/usr/bin/env python3
"""Check every word of the invented names in invented.txt against the
READMEs of every other held-out set; print each word found and where."""
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.abspath(os.path.join(HERE, "..", ".."))


def words(s):
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", s)}


def main():
    readmes = {}
    for p in sorted(glob.glob(os.path.join(DATA, "heldout*", "README.md"))):
        if os.path.basename(os.path.dirname(p)) == "heldout26":
            continue
        with open(p, encoding="utf-8") as fh:
            readmes[os.path.basename(os.path.dirname(p))] = words(fh.read())
    hits = {}
    with open(os.path.join(HERE, "invented.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for w in sorted(words(line)):
                where = [k for k, v in readmes.items() if w in v]
                if where:
                    hits.setdefault(w, (line, where))
    for w, (line, where) in sorted(hits.items()):
        print("%-16s in %-60s (%s)" % (w, line, ", ".join(where[:6]) + (" ..." if len(where) > 6 else "")))
    print("%d words of invented names occur in other READMEs" % len(hits))


if __name__ == "__main__":
    main()
