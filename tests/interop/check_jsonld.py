#!/usr/bin/python3
"""Parses the N-Quads of a JSON-LD export with rdflib and checks the
triples that must be there for every node and edge of the native graph:
schema.org types and names, the plain subject-predicate-object triple,
and a Relation node with subject, object, relation, typed dates and its
evidence. Prints what is missing and exits 1.

  check_jsonld.py GRAPH.json GRAPH.nq
"""
import json
import sys

from rdflib import ConjunctiveGraph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

SCHEMA = Namespace("https://schema.org/")
NG = Namespace("urn:newsgraph:vocab:")
TYPES = {"Nation": [SCHEMA.Country], "Organisation": [SCHEMA.Organization], "Exercise": [SCHEMA.Event, NG.Exercise],
         "Event": [SCHEMA.Event], "Person": [SCHEMA.Person], "Place": [SCHEMA.Place],
         "Agreement": [SCHEMA.CreativeWork, NG.Agreement]}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


def clean(s):
    return "".join(c for c in s if c >= " " or c in "\t\n\r")


def main():
    native = json.load(open(sys.argv[1], encoding="utf-8"))
    g = ConjunctiveGraph()
    g.parse(sys.argv[2], format="nquads")
    expect(not any("http://schema.org" in str(t) for triple in g for t in triple), "http://schema.org used")
    iri = {}
    for n in native["nodes"]:
        subjects = list(g.subjects(SCHEMA.name, Literal(clean(n["label"]))))
        expect(len(subjects) == 1, "node %s: %d subjects named %r" % (n["id"], len(subjects), n["label"]))
        if not subjects:
            continue
        s = iri[n["id"]] = subjects[0]
        for t in TYPES[n["type"]]:
            expect((s, RDF.type, t) in g, "node %s lacks type %s" % (n["id"], t))
        expect((s, NG.nodeType, Literal(n["type"])) in g, "node %s lacks nodeType" % n["id"])
        for a in n.get("aliases", []):
            expect((s, SCHEMA.alternateName, Literal(clean(a))) in g, "node %s lacks alias %r" % (n["id"], a))
    relations = 0
    for e in native["edges"]:
        s, o, p = iri.get(e["source"]), iri.get(e["target"]), NG[camel(e["type"])]
        if s is None or o is None:
            continue
        expect((s, p, o) in g, "edge %s: no plain triple %s" % (e["id"], e["type"]))
        if e["type"] in ("met_with", "cooperates_with"):
            expect((o, p, s) in g, "edge %s: symmetric triple missing" % e["id"])
        found = []
        for r in g.subjects(NG.subject, s):
            if (r, NG.object, o) not in g or (r, NG.relation, p) not in g or (r, RDF.type, NG.Relation) not in g:
                continue
            start = g.value(r, SCHEMA.startDate)
            end = g.value(r, SCHEMA.endDate)
            if (str(start) if start is not None else None) == e.get("date") and \
               (str(end) if end is not None else None) == e.get("end"):
                found.append((r, start, end))
        expect(len(found) == 1, "edge %s: %d relation nodes" % (e["id"], len(found)))
        if len(found) != 1:
            continue
        relations += 1
        r, start, end = found[0]
        for lit, value in ((start, e.get("date")), (end, e.get("end"))):
            if value:
                expect(lit.datatype == DATE_TYPES[len(value)], "edge %s: %s typed %s" % (e["id"], value, lit.datatype))
        conf = g.value(r, NG.confidence)
        expect(conf is not None and abs(float(conf) - e["confidence"]) < 1e-9, "edge %s: confidence" % e["id"])
        evidence = list(g.objects(r, NG.evidence))
        expect(len(evidence) == len(e.get("evidence", [])), "edge %s: %d evidence" % (e["id"], len(evidence)))
        sentences = {str(g.value(x, NG.sentence)) for x in evidence}
        for ev in e.get("evidence", []):
            expect(clean(ev["sentence"]) in sentences, "edge %s: sentence missing" % e["id"])
    expect(relations == len(native["edges"]), "%d of %d relations found" % (relations, len(native["edges"])))
    docs = list(g.subjects(RDF.type, SCHEMA.NewsArticle))
    expect(len(docs) == len(native.get("documents", [])), "%d documents" % len(docs))
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
