#!/usr/bin/env python3
"""Word-by-word check of invented names against every other set's README.

  python3 tools/namecheck.py [NAME ...]   (default: the invented names in tools/invented.txt)
Prints each name's words that occur in another README (case-insensitive)."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", ".."))
words = {}
for path in sorted(glob.glob(os.path.join(DATA, "heldout*", "README.md"))):
    if os.path.basename(os.path.dirname(path)) == "heldout22":
        continue
    for w in re.findall(r"[^\W\d_]+", open(path, encoding="utf-8").read()):
        words.setdefault(w.lower(), set()).add(os.path.basename(os.path.dirname(path)))
names = sys.argv[1:] or [l.strip() for l in open(os.path.join(HERE, "invented.txt"), encoding="utf-8")
                         if l.strip() and not l.startswith("#")]
for name in names:
    hits = [w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2 and w.lower() in words]
    if hits:
        print("%-50s %s" % (name, ", ".join("%s(%s)" % (w, ",".join(sorted(words[w.lower()]))[:40]) for w in hits)))
