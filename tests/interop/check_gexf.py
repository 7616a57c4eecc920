#!/usr/bin/python3
"""Checks the dynamic side of a GEXF export against the native graph JSON:
mode="dynamic" and timeformat="date" on the graph, one edge per relation,
parallel relations of different types told apart by `kind`, and each dated
relation's spell: from the first day of its date; to the last day of its
span, or of its date for an occurrence; open for a state without an end.
Prints what is wrong and exits 1.

  check_gexf.py GRAPH.json GRAPH.gexf
"""
import calendar
import json
import sys
import xml.etree.ElementTree as ET

NS = "{http://gexf.net/1.3}"
OCCURRENCES = {"participates_in", "organises", "met_with"}
problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def first_day(d):
    return d + "-01-01"[len(d) - 4:] if len(d) < 10 else d


def last_day(d):
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        y, m = map(int, d.split("-"))
        return "%s-%02d" % (d, calendar.monthrange(y, m)[1])
    return d


def main():
    native = json.load(open(sys.argv[1], encoding="utf-8"))
    root = ET.parse(sys.argv[2]).getroot()
    expect(root.get("version") == "1.3", "version %s" % root.get("version"))
    graph = root.find(NS + "graph")
    expect(graph.get("mode") == "dynamic" and graph.get("timeformat") == "date", "graph not dynamic with dates")
    edges = {e.get("id"): e for e in graph.iter(NS + "edge")}
    expect(len(edges) == len(native["edges"]), "%d edges" % len(edges))
    kinds = {}
    for e in native["edges"]:
        x = edges.get(e["id"])
        if x is None:
            problems.append("no edge %s" % e["id"])
            continue
        expect(x.get("kind") == e["type"], "edge %s kind %s" % (e["id"], x.get("kind")))
        kinds.setdefault((e["source"], e["target"]), set()).add(x.get("kind"))
        spells = x.findall(NS + "spells/" + NS + "spell")
        if "date" not in e:
            expect(not spells, "undated edge %s has spells" % e["id"])
            continue
        expect(len(spells) == 1, "edge %s: %d spells" % (e["id"], len(spells)))
        if not spells:
            continue
        start, end = spells[0].get("start"), spells[0].get("end")
        expect(start == first_day(e["date"]), "edge %s: spell starts %s for %s" % (e["id"], start, e["date"]))
        want = last_day(e["end"]) if "end" in e else last_day(e["date"]) if e["type"] in OCCURRENCES else None
        expect(end == want, "edge %s: spell ends %s, expected %s" % (e["id"], end, want))
    expect(any(len(k) > 1 for k in kinds.values()) or not native["edges"], "no pair with two kinds to tell apart")
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
