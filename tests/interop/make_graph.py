#!/usr/bin/python3
"""Writes a synthetic native graph JSON for the diagram and exporter tests:
--nodes N entities of every type with names like real ones, about
--edges-per-node relations each (a few hubs, many leaves, as news graphs
are), most of them dated, some parallel, with evidence sentences that need
escaping. Deterministic for a given --seed.

  make_graph.py --nodes 500 --out big.json
"""
import argparse
import json
import random

TYPES = ["Nation", "Organisation", "Exercise", "Event", "Person", "Place", "Agreement"]
# Relations allowed between types, as the graph contract says.
RELATIONS = [
    ("member_of", ["Nation", "Organisation"], ["Organisation"]),
    ("participates_in", ["Nation", "Organisation", "Person"], ["Exercise", "Event"]),
    ("organises", ["Nation", "Organisation"], ["Exercise", "Event"]),
    ("located_in", ["Organisation", "Exercise", "Event", "Place"], ["Place", "Nation"]),
    ("part_of", ["Organisation"], ["Nation", "Organisation"]),
    ("leads", ["Person"], ["Organisation", "Nation"]),
    ("affiliated_with", ["Person"], ["Organisation", "Nation"]),
    ("met_with", ["Person", "Nation"], ["Person", "Nation"]),
    ("cooperates_with", ["Nation", "Organisation"], ["Nation", "Organisation"]),
    ("party_to", ["Nation", "Organisation"], ["Agreement"]),
]
SYLLABLES = ["ar", "bel", "cor", "dan", "esk", "fal", "gor", "hel", "ist", "jar", "kal", "lin",
             "mor", "nor", "ost", "pra", "ryn", "sal", "tor", "ur", "val", "wen", "yl", "zed"]
PATTERN = {"Nation": "{}ia", "Organisation": "{} Cyber Defence Agency", "Exercise": "Operation {}",
           "Event": "{} Security Summit", "Person": "{} {}sson", "Place": "Port {}",
           "Agreement": "{} Cyber Accord"}


def name(r, t, i):
    word = "".join(r.choice(SYLLABLES) for _ in range(2)).capitalize()
    if t == "Person":
        return PATTERN[t].format(word, "".join(r.choice(SYLLABLES) for _ in range(2)).capitalize())
    return PATTERN[t].format(word) + ("" if i % 3 else " " + str(i))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, required=True)
    ap.add_argument("--edges-per-node", type=float, default=1.4)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    r = random.Random(a.seed)
    nodes, by_type, seen = [], {t: [] for t in TYPES}, set()
    for i in range(a.nodes):
        t = TYPES[i % len(TYPES)] if i < 14 else r.choices(TYPES, [3, 4, 1, 1, 3, 2, 1])[0]
        label = name(r, t, i)
        while label.lower() in seen:
            label += " II"
        seen.add(label.lower())
        nodes.append({"id": "n%d" % (i + 1), "type": t, "label": label, "aliases": []})
        by_type[t].append(i)
    edges = []
    for k in range(int(a.nodes * a.edges_per_node)):
        rel, sources, targets = r.choice(RELATIONS)
        srcs = [i for t in sources for i in by_type[t]]
        dsts = [i for t in targets for i in by_type[t]]
        # Skewed choice: low indices are hubs.
        s = srcs[int(len(srcs) * r.random() ** 2)]
        d = dsts[int(len(dsts) * r.random() ** 2)]
        if s == d:
            continue
        edge = {"source": nodes[s]["id"], "target": nodes[d]["id"], "type": rel, "confidence": 0.8}
        if r.random() < 0.75:
            edge["date"] = "%d-%02d" % (r.randint(2015, 2025), r.randint(1, 12))
        sentence = '%s & %s: "%s" <reported>.' % (nodes[s]["label"], nodes[d]["label"], rel)
        edge["evidence"] = [{"doc": "gen/%d.txt" % (k % 97), "sentence": sentence, "start": 0,
                             "end": len(sentence.encode())}]
        edges.append(edge)
    for k, e in enumerate(edges):
        e["id"] = "e%d" % (k + 1)
    with open(a.out, "w", encoding="utf-8") as out:
        json.dump({"newsgraph": "1", "documents": [], "nodes": nodes, "edges": edges}, out, ensure_ascii=False)


if __name__ == "__main__":
    main()
