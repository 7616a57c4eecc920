#!/usr/bin/env python3
"""Score the gold against itself and against an empty graph with both scorers.

  python3 tools/selfscore.py

Writes two graphs to a temporary folder: one node per entity (label = first
name, aliases = the rest) and one edge per relation reading (first s/p/o,
first date); expects 1.00 and 0.00."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.normpath(os.path.join(HERE, ".."))
REPO = os.path.normpath(os.path.join(SET, "..", "..", ".."))
SCORERS = [os.path.join(REPO, "tests", "eval", "score_graph.py"), "/work/shared/eval/score.py"]


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    gold = json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in gold["entities"]]
    edges = []
    for i, r in enumerate(gold["relations"]):
        if r.get("optional"):
            continue
        for j, d in enumerate(r["dates"] or [None]):
            e = {"id": "e%d_%d" % (i, j), "source": alts(r["s"])[0], "target": alts(r["o"])[0],
                 "type": alts(r["p"])[0]}
            if d:
                e["date"] = d
            edges.append(e)
    tmp = tempfile.mkdtemp()
    full, empty = os.path.join(tmp, "gold_graph.json"), os.path.join(tmp, "EMPTY.json")
    json.dump({"nodes": nodes, "edges": edges}, open(full, "w"))
    json.dump({"nodes": [], "edges": []}, open(empty, "w"))
    for scorer in SCORERS:
        for g in (full, empty):
            out = subprocess.run([sys.executable, scorer, "--gold", os.path.join(SET, "gold.json"), "--graph", g],
                                 capture_output=True, text=True)
            print(os.path.basename(scorer), os.path.basename(g), "->", out.stdout.strip().splitlines()[-1], out.stderr.strip())


if __name__ == "__main__":
    main()
