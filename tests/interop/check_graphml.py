#!/usr/bin/python3
"""Reads a GraphML export back with networkx and igraph and compares it
with the native graph JSON it came from; checks the structure Gephi and
Neo4j APOC rely on. Prints what differs and exits 1.

  check_graphml.py GRAPH.json GRAPH.graphml
"""
import json
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"
problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def xml_text(s):
    """What XML 1.0 can carry of a string: control characters dropped."""
    return "".join(c for c in s if c >= " " or c in "\t\n\r")


def check_structure(path, native):
    root = ET.parse(path).getroot()
    for key in root.findall(NS + "key"):
        expect(key.get("id") == key.get("attr.name"), "key id %s != attr.name" % key.get("id"))
        expect(key.get("for") in ("node", "edge"), "key %s for=%s" % (key.get("id"), key.get("for")))
        expect(key.get("attr.type") in ("boolean", "int", "long", "float", "double", "string"),
               "key %s type %s" % (key.get("id"), key.get("attr.type")))
    graph = root.find(NS + "graph")
    tags = [child.tag for child in graph]
    expect(tags == sorted(tags, key=lambda t: t != NS + "node"), "a node comes after an edge")
    for node in graph.findall(NS + "node"):
        first = node.find(NS + "data")
        expect(first is not None and first.get("key") == "labels" and first.text.startswith(":"),
               "node %s: first data is not labels" % node.get("id"))
    ids = set()
    for edge in graph.findall(NS + "edge"):
        first = edge.find(NS + "data")
        expect(first is not None and first.get("key") == "label", "edge %s: first data is not label" % edge.get("id"))
        ids.add(edge.get("id"))
    expect(len(ids) == len(native["edges"]), "edge ids are not distinct")


def check_networkx(path, native):
    g = nx.read_graphml(path, force_multigraph=True)
    expect(g.number_of_nodes() == len(native["nodes"]), "networkx: %d nodes" % g.number_of_nodes())
    expect(g.number_of_edges() == len(native["edges"]), "networkx: %d edges" % g.number_of_edges())
    for n in native["nodes"]:
        d = g.nodes[n["id"]]
        expect(d.get("label") == xml_text(n["label"]), "networkx: label of %s: %r" % (n["id"], d.get("label")))
        expect(d.get("type") == n["type"] and d.get("labels") == ":" + n["type"], "networkx: type of %s" % n["id"])
        expect(d.get("aliases", "") == "; ".join(xml_text(a) for a in n.get("aliases", [])),
               "networkx: aliases of %s: %r" % (n["id"], d.get("aliases")))
    edges = {key: (u, v, d) for u, v, key, d in g.edges(keys=True, data=True)}
    for e in native["edges"]:
        u, v, d = edges[e["id"]]
        expect((u, v) == (e["source"], e["target"]), "networkx: ends of %s" % e["id"])
        expect(d.get("label") == e["type"] == d.get("type"), "networkx: type of %s" % e["id"])
        expect(d.get("date") == e.get("date") and d.get("end") == e.get("end"), "networkx: dates of %s" % e["id"])
        expect(abs(d.get("confidence") - e.get("confidence", 1.0)) < 1e-9, "networkx: confidence of %s" % e["id"])
        ev = e.get("evidence", [])
        expect(d.get("evidence_count") == len(ev), "networkx: evidence_count of %s" % e["id"])
        if ev:
            expect(d.get("evidence") == xml_text(ev[0]["sentence"]),
                   "networkx: evidence of %s: %r" % (e["id"], d.get("evidence")))
            expect(ev[0]["doc"] in d.get("docs", "").split("; "), "networkx: docs of %s" % e["id"])


def check_igraph(path, native):
    g = igraph.Graph.Read_GraphML(path)
    expect(g.vcount() == len(native["nodes"]), "igraph: %d nodes" % g.vcount())
    expect(g.ecount() == len(native["edges"]), "igraph: %d edges" % g.ecount())
    labels = {n["id"]: xml_text(n["label"]) for n in native["nodes"]}
    expect(sorted(g.vs["label"]) == sorted(labels.values()), "igraph: node labels differ")
    types = sorted(e["type"] for e in native["edges"])
    expect(sorted(g.es["label"]) == types, "igraph: edge labels differ")
    dated = sum(1 for e in native["edges"] if "date" in e)
    expect(sum(1 for d in g.es["date"] if d) == dated, "igraph: %d dated edges" % dated)


def main():
    native = json.load(open(sys.argv[1], encoding="utf-8"))
    check_structure(sys.argv[2], native)
    check_networkx(sys.argv[2], native)
    check_igraph(sys.argv[2], native)
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
