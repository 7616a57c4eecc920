#!/usr/bin/env python3
"""Word-by-word check of the invented names (invented.txt) against every other
held-out set's README: prints each word of an invented name that occurs in
another README (whole word, case-insensitive), with the sets it occurs in."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DATA = os.path.dirname(SET)
readmes = {os.path.basename(os.path.dirname(p)): open(p, encoding="utf-8").read().lower()
           for p in sorted(glob.glob(os.path.join(DATA, "heldout*", "README.md")))
           if os.path.dirname(p) != SET}
names = [l.strip() for l in open(os.path.join(HERE, "invented.txt"), encoding="utf-8")
         if l.strip() and not l.startswith("#")]
SKIP = {"on", "of", "the", "in", "and", "for", "2026", "de", "la", "il", "da", "na"}
hits = {}
for n in names:
    for w in re.findall(r"[\w'-]+", n):
        if w.lower() in SKIP or len(w) < 3:
            continue
        sets = [s for s, t in readmes.items() if re.search(r"(?<![\w])" + re.escape(w.lower()) + r"(?![\w])", t)]
        if sets:
            hits.setdefault(w, (sets, []))[1].append(n)
for w, (sets, ns) in sorted(hits.items(), key=lambda x: x[0].lower()):
    print("%-16s %-40s in %s" % (w, "; ".join(ns)[:40], ",".join(sets)))
print("%d words of %d invented names found in other READMEs" % (len(hits), len(names)))
