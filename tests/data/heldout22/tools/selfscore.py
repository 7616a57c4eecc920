#!/usr/bin/env python3
"""Check that both scorers load gold.json: 1.00 on a graph built from the gold itself, 0.00 on an empty one.

  python3 tools/selfscore.py"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.normpath(os.path.join(HERE, ".."))
GOLD = os.path.join(SET, "gold.json")
SCORERS = [os.path.normpath(os.path.join(SET, "..", "..", "eval", "score_graph.py")), "/work/shared/eval/score.py"]


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in gold["entities"]]
    edges = []
    for i, r in enumerate(gold["relations"]):
        if r.get("optional"):
            continue
        dates = r["dates"] or [None]
        for d in dates:
            edge = {"id": "e%d_%s" % (i, d), "source": alts(r["s"])[0], "target": alts(r["o"])[0],
                    "type": alts(r["p"])[0]}
            if d:
                edge["date"] = d
            edges.append(edge)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        full, empty = os.path.join(tmp, "full.json"), os.path.join(tmp, "empty.json")
        json.dump({"nodes": nodes, "edges": edges}, open(full, "w"))
        json.dump({"nodes": [], "edges": []}, open(empty, "w"))
        for scorer in SCORERS:
            for graph in (full, empty):
                out = subprocess.run([sys.executable, scorer, "--gold", GOLD, "--graph", graph, "--json"],
                                     capture_output=True, text=True)
                print(os.path.basename(scorer), os.path.basename(graph), out.returncode, out.stdout.strip()[:400], out.stderr.strip()[:300])
                ok &= out.returncode == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
