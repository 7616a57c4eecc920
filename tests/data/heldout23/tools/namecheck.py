#!/usr/bin/env python3
"""Word-by-word check of the invented names (invented.txt) against every other
held-out set's README: prints each invented word that occurs in another README."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", ".."))
GENERIC = set("""the of on and for in exercise memorandum declaration protocol arrangement statement
cyber security defence defense centre center command unit forum days directorate armed forces
online daily review news chronicle labs cross border sector health data protection cooperation
education military police training incident handling regional readiness joint company agency
lab""".split())
readmes = {p: open(p, encoding="utf-8").read().lower() for p in glob.glob(os.path.join(DATA, "heldout*", "README.md"))
           if "heldout23" not in p}
hits = 0
for line in open(os.path.join(HERE, "invented.txt"), encoding="utf-8"):
    name = line.strip()
    if not name:
        continue
    for w in re.findall(r"[^\W\d_]+", name.lower()):
        if len(w) < 3 or w in GENERIC:
            continue
        where = [os.path.basename(os.path.dirname(p)) for p, t in readmes.items() if re.search(r"\b" + re.escape(w) + r"\b", t)]
        if where:
            hits += 1
            print("%-45s %-14s %s" % (name, w, " ".join(sorted(where))))
print("%d word hits" % hits)
