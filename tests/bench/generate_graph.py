#!/usr/bin/env python3
"""Deterministic generator of a large native graph JSON for load and query
benchmarks: --edges N edges over about N/5 nodes, typed and dated as the
graph contract says, each with one piece of evidence.

  generate_graph.py --edges 1000000 --out big.json [--seed 1]
"""
import argparse
import random

NODE_TYPES = ["Nation", "Organisation", "Exercise", "Event", "Person", "Place", "Agreement"]
EDGE_TYPES = ["member_of", "participates_in", "organises", "located_in", "part_of", "leads",
              "affiliated_with", "met_with", "cooperates_with", "party_to"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edges", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    r = random.Random(a.seed)
    nodes = max(10, a.edges // 5)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write('{\n "newsgraph": "1",\n "documents": [],\n "nodes": [\n')
        for i in range(nodes):
            t = NODE_TYPES[i % len(NODE_TYPES)]
            out.write('  {"id": "n%d", "type": "%s", "label": "%s %d", "aliases": ["E%d"]}%s\n'
                      % (i + 1, t, t, i + 1, i + 1, "," if i + 1 < nodes else ""))
        out.write(' ],\n "edges": [\n')
        for i in range(a.edges):
            # A few hubs and many small nodes, as news graphs are.
            s = int(nodes * r.random() ** 3) + 1
            t = r.randint(1, nodes)
            date = ""
            if r.random() < 0.7:
                date = ', "date": "%d-%02d"' % (r.randint(2000, 2025), r.randint(1, 12))
            out.write('  {"id": "e%d", "source": "n%d", "target": "n%d", "type": "%s"%s, "confidence": 0.8, '
                      '"evidence": [{"doc": "doc%d.txt", "sentence": "Sentence %d.", "start": 0, "end": 12}]}%s\n'
                      % (i + 1, s, t, EDGE_TYPES[i % len(EDGE_TYPES)], date, i % 5000, i,
                         "," if i + 1 < a.edges else ""))
        out.write(' ]\n}\n')


if __name__ == "__main__":
    main()
