#!/usr/bin/env python3
"""Both scorers on a graph built from the gold itself (expect 1.00 everywhere)
and on an empty graph (expect 0.00). Run: python3 tools/selfscore.py"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GOLD, SET  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(SET)))
SCORERS = [os.path.join(REPO, "tests", "eval", "score_graph.py"), "/work/shared/eval/score.py"]


def first(x):
    return x[0] if isinstance(x, list) else x


def graph_from_gold(gold):
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in gold["entities"]]
    edges = []
    for r in gold["relations"]:
        if r.get("optional"):
            continue
        for dt in r["dates"] or [None]:
            e = {"id": "e%d" % len(edges), "source": first(r["s"]), "target": first(r["o"]), "type": first(r["p"])}
            if dt:
                e["date"] = dt
            edges.append(e)
    return {"nodes": nodes, "edges": edges}


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, graph, want in (("gold", graph_from_gold(gold), 1.0), ("empty", {"nodes": [], "edges": []}, 0.0)):
            path = os.path.join(tmp, name + ".json")
            json.dump(graph, open(path, "w", encoding="utf-8"))
            for sc in SCORERS:
                out = subprocess.run([sys.executable, sc, "--gold", GOLD, "--graph", path, "--json"],
                                     capture_output=True, text=True, check=True).stdout
                res = json.JSONDecoder().raw_decode(out.lstrip())[0]  # score.py prints a summary line after the JSON
                got = (res["entities"]["f1"], res["relations"]["f1"], res["dates"]["recall"])
                ok = all(abs(x - want) < 1e-9 for x in got)
                bad += not ok
                print("%-5s %-15s entities F1 %.2f | relations F1 %.2f | dates %.2f  %s"
                      % (name, os.path.basename(sc), got[0], got[1], got[2], "ok" if ok else "WRONG"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
