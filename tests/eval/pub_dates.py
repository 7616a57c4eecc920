#!/usr/bin/env python3
"""Publication dates read: the gold's documents[doc].published against the graph's documents' dates.

pub_dates.py --gold GOLD.json --graph GRAPH.json [--verbose]
prints "right R | wrong W | unread U | gold G" (a wrong date is counted apart: worse than none).
--verbose lists the wrong and unread documents (never use it on a blind set).
"""
import argparse
import json
import os
import sys


def doc_key(doc_id):
    return os.path.basename(str(doc_id))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--graph", required=True)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    gold = json.load(open(a.gold)).get("documents", {})
    graph = json.load(open(a.graph))
    read = {doc_key(d.get("id", "")): d.get("published") for d in graph.get("documents", [])}
    right = wrong = unread = 0
    lines = []
    for doc, g in sorted(gold.items()):
        want = g.get("published")
        if not want:
            continue
        got = read.get(doc_key(doc))
        if got is None:
            unread += 1
            lines.append("UNREAD %s (gold %s)" % (doc, want))
        elif got == want:
            right += 1
        else:
            wrong += 1
            lines.append("WRONG  %s: %s (gold %s)" % (doc, got, want))
    print("right %d | wrong %d | unread %d | gold %d" % (right, wrong, unread, right + wrong + unread))
    if a.verbose:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
