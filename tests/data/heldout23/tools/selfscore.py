#!/usr/bin/env python3
"""Score a graph built from the gold itself (expect 1.00) and an empty graph
(expect 0.00) with both scorers."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold.json")
SCORERS = [os.path.normpath(os.path.join(HERE, "..", "..", "..", "eval", "score_graph.py")), "/work/shared/eval/score.py"]
g = json.load(open(GOLD, encoding="utf-8"))
alts = lambda x: x if isinstance(x, list) else [x]
nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]} for e in g["entities"]]
edges = []
for i, r in enumerate(g["relations"]):
    for d in (r["dates"] or [None]):
        ed = {"id": "e%d_%s" % (i, d), "source": alts(r["s"])[0], "target": alts(r["o"])[0], "type": alts(r["p"])[0]}
        if d:
            ed["date"] = d
        edges.append(ed)
with tempfile.TemporaryDirectory() as tmp:
    full, empty = os.path.join(tmp, "full.json"), os.path.join(tmp, "empty.json")
    json.dump({"nodes": nodes, "edges": edges}, open(full, "w"))
    json.dump({"nodes": [], "edges": []}, open(empty, "w"))
    for sc in SCORERS:
        for name, path in (("gold graph", full), ("empty graph", empty)):
            out = subprocess.run([sys.executable, sc, "--gold", GOLD, "--graph", path, "--json"], capture_output=True, text=True)
            res = json.JSONDecoder().raw_decode(out.stdout.strip())[0]
            print("%-45s %-12s entities F1 %.3f | relations P %.3f R %.3f F1 %.3f | dates %d/%d" % (
                sc, name,
                res["entities"]["f1"], res["relations"]["precision"], res["relations"]["recall"], res["relations"]["f1"],
                res["dates"]["correct"], res["dates"]["gold"]))
