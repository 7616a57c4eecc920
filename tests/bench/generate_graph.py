#!/usr/bin/env python3
"""Deterministic generator of a large native graph JSON for load and query
benchmarks: --edges N edges over about N/5 nodes, typed and dated as the
graph contract says, each with one piece of evidence, in the order newsgraph
writes them (by source, target, type and date; the few repeated keys drawn
are written once).

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
        # Edges as newsgraph writes them: by (source, target, type, date),
        # symmetric types from the lower node, one edge per key.
        edges = {}
        for i in range(a.edges):
            # A few hubs and many small nodes, as news graphs are.
            s = int(nodes * r.random() ** 3) + 1
            t = r.randint(1, nodes)
            ti = i % len(EDGE_TYPES)
            date = None
            if r.random() < 0.7:
                date = (r.randint(2000, 2025), r.randint(1, 12))
            if EDGE_TYPES[ti] in ("met_with", "cooperates_with") and t < s:
                s, t = t, s
            edges.setdefault((s, t, ti, (0,) if date is None else (1,) + date), i)
        keys = sorted(edges)
        for n, (s, t, ti, date) in enumerate(keys):
            i = edges[(s, t, ti, date)]
            when = ', "date": "%d-%02d"' % date[1:] if len(date) > 1 else ""
            out.write('  {"id": "e%d", "source": "n%d", "target": "n%d", "type": "%s"%s, "confidence": 0.8, '
                      '"evidence": [{"doc": "doc%d.txt", "sentence": "Sentence %d.", "start": 0, "end": 12}]}%s\n'
                      % (n + 1, s, t, EDGE_TYPES[ti], when, i % 5000, i, "," if n + 1 < len(keys) else ""))
        out.write(' ]\n}\n')


if __name__ == "__main__":
    main()
