#!/usr/bin/env python3
"""Check invented names word by word against every other held-out set's README.

  python3 tools/namecheck.py "Name one" "Name two" ...   (or names on stdin, one a line)

Prints each distinctive word (not in the common list) that occurs in another README."""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", ".."))
COMMON = set("""of the on and for in a an to at de du la le des el del los las da do dos cyber defence defense
memorandum declaration agreement accord protocol centre center range unit command group agency institute
security national response incident cooperation cooperating regional joint 2026 2025 2027 news daily weekly
times post review online english edition ltd sa sarl inc labs lab systems digital""".split())


def readme_words():
    words = set()
    for path in glob.glob(os.path.join(DATA, "heldout*", "README.md")):
        if os.path.basename(os.path.dirname(path)) == "heldout21":
            continue
        words |= set(w.lower() for w in re.findall(r"[^\W\d_]+", open(path, encoding="utf-8").read()))
    return words


def main():
    names = sys.argv[1:] or [l.strip() for l in sys.stdin if l.strip()]
    known = readme_words()
    bad = 0
    for name in names:
        hits = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in COMMON and w.lower() in known]
        if hits:
            bad += 1
            print("%s: %s" % (name, ", ".join(hits)))
    print("%d of %d names share a word with another README" % (bad, len(names)))


if __name__ == "__main__":
    main()
