#!/usr/bin/env python3
"""Both scorers on a graph built from the gold itself (expect 1.00) and on an
empty graph (expect 0.00)."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", ".."))
GOLD = os.path.join(SET, "gold.json")
SCORERS = [os.path.join(ROOT, "tests", "eval", "score_graph.py"), "/work/shared/eval/score.py"]


def first(x):
    return x[0] if isinstance(x, list) else x


def gold_graph(gold):
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in gold["entities"]]
    edges = []
    for i, r in enumerate(gold["relations"]):
        dates = r["dates"] or [None]
        for d in dates:
            edge = {"id": "e%d" % len(edges), "source": first(r["s"]), "target": first(r["o"]),
                    "type": first(r["p"])}
            if d:
                edge["date"] = d
            edges.append(edge)
    return {"nodes": nodes, "edges": edges}


def run(scorer, graph):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(graph, fh)
        path = fh.name
    try:
        out = subprocess.run([sys.executable, scorer, "--gold", GOLD, "--graph", path, "--json"],
                             capture_output=True, text=True)
    finally:
        os.unlink(path)
    return json.JSONDecoder().raw_decode(out.stdout.strip())[0]  # score.py adds a summary line


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    bad = 0
    for scorer in SCORERS:
        for name, graph, want in (("gold", gold_graph(gold), 1.0), ("empty", {"nodes": [], "edges": []}, 0.0)):
            res = run(scorer, graph)
            ef, rf = res["entities"]["f1"], res["relations"]["f1"]
            dr = res["dates"]["recall"]
            ok = ef == want and rf == want and dr == want
            bad += not ok
            print("%-14s %-5s entities F1 %.2f relations F1 %.2f dates %.2f %s"
                  % (os.path.basename(scorer), name, ef, rf, dr, "ok" if ok else "WRONG"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
