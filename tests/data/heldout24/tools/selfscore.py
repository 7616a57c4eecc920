#!/usr/bin/env python3
"""Both scorers on heldout24's gold: a graph built from the gold itself must
score 1.00, an empty graph 0.00. Run: python3 tools/selfscore.py"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", ".."))
SCORERS = [os.path.join(ROOT, "tests", "eval", "score_graph.py"), "/work/shared/eval/score.py"]


def alts(x):
    return x if isinstance(x, list) else [x]


def gold_graph(gold):
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in gold["entities"] if not e.get("optional")]
    edges = []
    for r in gold["relations"]:
        if r.get("optional"):
            continue
        s, p, o = alts(r["s"])[0], alts(r["p"])[0], alts(r["o"])[0]
        for d in r["dates"] or [None]:
            e = {"id": "e%d" % len(edges), "source": s, "target": o, "type": p}
            if d:
                e["date"] = d
            edges.append(e)
    return {"nodes": nodes, "edges": edges}


def main():
    gold_path = os.path.join(SET, "gold.json")
    gold = json.load(open(gold_path, encoding="utf-8"))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, graph in (("gold's own graph", gold_graph(gold)), ("empty graph", {"nodes": [], "edges": []})):
            path = os.path.join(tmp, "g.json")
            json.dump(graph, open(path, "w", encoding="utf-8"))
            for sc in SCORERS:
                if not os.path.exists(sc):
                    print("missing scorer %s" % sc)
                    ok = False
                    continue
                out = subprocess.run([sys.executable, sc, "--gold", gold_path, "--graph", path],
                                     capture_output=True, text=True).stdout.strip().splitlines()[-1]
                print("%-17s %-28s %s" % (name, os.path.basename(sc), out))
                want = "F1=1.00" if name.startswith("gold") else "F1=0.00"
                if out.count(want) != 2:
                    ok = False
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
