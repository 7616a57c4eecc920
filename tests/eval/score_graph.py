#!/usr/bin/env python3
"""Score a newsgraph graph (native JSON) against gold annotations.

  score_graph.py --gold GOLD.json --graph GRAPH.json [--verbose] [--json]
                 [--min-entity-f1 X] [--min-relation-f1 X] [--min-date-recall X]

Gold: {"documents": {doc: {"published"}}, "entities": [{id, type, names,
optional?}], "relations": [{doc, s, p, o, dates, optional?}]}; a list in
s/p/o lists accepted alternatives; optional items are neither rewarded nor
penalised. A predicted node matches the gold entity owning one of its
names (label first, then aliases), compared case-, dot-, dash- and
"the"-insensitively. A dated fact is right when a matched edge's date
starts with the gold date (at least as precise, same at gold precision).
Only the contract's node and edge types count. Exit 1 below a threshold.
"""
import argparse
import json
import sys
import unicodedata

NODE_TYPES = ("Agreement", "Event", "Exercise", "Nation", "Organisation", "Person", "Place")
EDGE_TYPES = frozenset(("member_of", "participates_in", "organises", "located_in", "part_of",
                        "leads", "affiliated_with", "met_with", "cooperates_with", "party_to"))
SYMMETRIC = frozenset(("met_with", "cooperates_with"))


def name_key(name):
    """The comparison key of a name: the same rules as the shared format."""
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"),
                 (".", ""), ("-", " "), (",", " ")):
        s = s.replace(a, b)
    if s.endswith("'s"):
        s = s[:-2]
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def alts(x):
    return x if isinstance(x, list) else [x]


def f_measure(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def read_json(path, what):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as err:
        sys.exit("score_graph.py: cannot read %s %s: %s" % (what, path, err))


class Scorer:
    def __init__(self, gold, graph):
        self.gold, self.graph = gold, graph
        self.entities = {e["id"]: e for e in gold["entities"]}
        self.owner = {}
        for e in gold["entities"]:
            for n in e["names"]:
                self.owner.setdefault(name_key(n), e["id"])

    def score_entities(self):
        self.node_to_gold, self.labels = {}, {}
        self.found, self.spurious = set(), []
        self.by_type = {t: [0, 0, 0] for t in NODE_TYPES}
        for node in self.graph["nodes"]:
            nid, ntype, label = node.get("id"), node.get("type"), node.get("label", "")
            self.labels[nid] = label
            gid = next((self.owner[name_key(n)] for n in [label] + list(node.get("aliases") or [])
                        if name_key(n) in self.owner), None)
            if gid:
                self.node_to_gold[nid] = gid
            if ntype not in NODE_TYPES:
                continue
            why = None
            if gid is None:
                why = "not in gold"
            elif self.entities[gid].get("optional"):
                continue
            elif self.entities[gid]["type"] != ntype:
                why = "gold type is %s" % self.entities[gid]["type"]
            elif gid in self.found:
                why = "duplicate of %s" % gid
            if why:
                self.spurious.append((label, ntype, why))
                self.by_type[ntype][1] += 1
            else:
                self.found.add(gid)
                self.by_type[ntype][0] += 1
        required = [e for e in self.gold["entities"] if not e.get("optional")]
        self.missed = [e for e in required if e["id"] not in self.found]
        for e in self.missed:
            self.by_type[e["type"]][2] += 1
        p = len(self.found) / max(1, len(self.found) + len(self.spurious))
        r = len(self.found) / max(1, len(required))
        return p, r

    @staticmethod
    def same_fact(rel, s, p, o):
        if p not in alts(rel["p"]):
            return False
        subj, obj = alts(rel["s"]), alts(rel["o"])
        return (s in subj and o in obj) or (p in SYMMETRIC and s in obj and o in subj)

    def score_relations(self):
        rels = self.gold["relations"]
        self.edge_dates = {}          # gold relation index -> dates of the edges matching it
        good, bad = set(), set()
        self.rel_by_type = {t: [0, 0, 0, 0] for t in sorted(EDGE_TYPES)}  # good edges, bad edges, found, required
        for edge in self.graph["edges"]:
            p = edge.get("type")
            if p not in EDGE_TYPES:
                continue
            s, o = (self.node_to_gold.get(edge.get(k), "?%s" % self.labels.get(edge.get(k)))
                    for k in ("source", "target"))
            hits = [i for i, rel in enumerate(rels) if self.same_fact(rel, s, p, o)]
            required = [i for i in hits if not rels[i].get("optional")]
            for i in required:
                self.edge_dates.setdefault(i, []).append(str(edge.get("date") or edge.get("start") or ""))
            if required:
                good.add((s, p, o))
            elif not hits:
                bad.add((s, p, o))
        self.bad_edges = bad - good
        self.required_rels = [i for i, r in enumerate(rels) if not r.get("optional")]
        found = sum(1 for i in self.required_rels if i in self.edge_dates)
        for _, p, _ in good:
            self.rel_by_type[p][0] += 1
        for _, p, _ in self.bad_edges:
            self.rel_by_type[p][1] += 1
        for i in self.required_rels:
            p = alts(rels[i]["p"])[0]
            if p in self.rel_by_type:
                self.rel_by_type[p][3] += 1
                self.rel_by_type[p][2] += i in self.edge_dates
        p = len(good) / max(1, len(good) + len(self.bad_edges))
        r = found / max(1, len(self.required_rels))
        return p, r, len(good), found

    def score_dates(self):
        rels = self.gold["relations"]
        total = right = 0
        self.date_misses = []
        for i in self.required_rels:
            got = self.edge_dates.get(i, [])
            for d in rels[i]["dates"]:
                total += 1
                if any(x.startswith(d) for x in got):
                    right += 1
                else:
                    self.date_misses.append((rels[i], d, got))
        return right, total


def print_table(sc):
    print("%-13s %6s %6s %6s   tp  fp  fn" % ("type", "P", "R", "F1"))
    for t in NODE_TYPES:
        tp, fp, fn = sc.by_type[t]
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print("%-13s %6.2f %6.2f %6.2f  %3d %3d %3d" % (t, p, r, f_measure(p, r), tp, fp, fn))


def print_relation_table(sc):
    """Relations by edge type: P over the graph's edges of the type, R over
    the gold's required relations of the type (a relation whose gold allows
    several types counts under its first)."""
    print("%-16s %6s %6s %6s   tp  fp found/gold" % ("relation", "P", "R", "F1"))
    for t, (tp, fp, found, req) in sc.rel_by_type.items():
        if tp + fp + req == 0:
            continue
        p, r = tp / max(1, tp + fp), found / max(1, req)
        print("%-16s %6.2f %6.2f %6.2f  %3d %3d %3d/%d" % (t, p, r, f_measure(p, r), tp, fp, found, req))


def print_misses(sc):
    rels = sc.gold["relations"]
    for e in sc.missed:
        print("missed entity:   %s (%s)" % (e["names"][0], e["type"]))
    for label, t, why in sc.spurious:
        print("spurious entity: %s (%s): %s" % (label, t, why))
    for i in sc.required_rels:
        if i not in sc.edge_dates:
            print("missed relation: %s %s %s" % (rels[i]["s"], rels[i]["p"], rels[i]["o"]))
    for k in sorted(sc.bad_edges, key=str):
        print("spurious relation: %s %s %s" % k)
    for r, d, got in sc.date_misses:
        print("missed date: %s %s %s @ %s (got %s)" % (r["s"], r["p"], r["o"], d, got or "no edge"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--graph", required=True)
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--min-entity-f1", type=float)
    ap.add_argument("--min-relation-f1", type=float)
    ap.add_argument("--min-date-recall", type=float)
    a = ap.parse_args()
    gold = read_json(a.gold, "gold")
    graph = read_json(a.graph, "graph")
    if not isinstance(graph, dict) or "nodes" not in graph or "edges" not in graph:
        sys.exit("score_graph.py: %s has no top-level 'nodes' and 'edges'" % a.graph)

    sc = Scorer(gold, graph)
    ep, er = sc.score_entities()
    rp, rr, rtp, found = sc.score_relations()
    right, total = sc.score_dates()
    r3 = lambda x: round(x, 3)
    res = {
        "entities": {"precision": r3(ep), "recall": r3(er), "f1": r3(f_measure(ep, er)),
                     "tp": len(sc.found), "fp": len(sc.spurious), "fn": len(sc.missed)},
        "relations": {"precision": r3(rp), "recall": r3(rr), "f1": r3(f_measure(rp, rr)),
                      "tp": rtp, "fp": len(sc.bad_edges), "gold_found": found,
                      "gold": len(sc.required_rels)},
        "dates": {"recall": r3(right / max(1, total)), "correct": right, "gold": total},
        "relations_by_type": {t: {"tp": v[0], "fp": v[1], "gold_found": v[2], "gold": v[3]}
                              for t, v in sc.rel_by_type.items()},
    }
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        print_table(sc)
        print_relation_table(sc)
        if a.verbose:
            print_misses(sc)
    e, r, d = res["entities"], res["relations"], res["dates"]
    if not a.json:  # --json prints JSON alone, for jq and scripts
        print("entities P=%.2f R=%.2f F1=%.2f | relations P=%.2f R=%.2f F1=%.2f | dated facts %d/%d"
              % (e["precision"], e["recall"], e["f1"], r["precision"], r["recall"], r["f1"],
                 d["correct"], d["gold"]))
    short = [msg % (val, bar) for msg, val, bar in (
        ("entity F1 %.2f < %.2f", e["f1"], a.min_entity_f1),
        ("relation F1 %.2f < %.2f", r["f1"], a.min_relation_f1),
        ("date recall %.2f < %.2f", d["recall"], a.min_date_recall)) if bar is not None and val < bar]
    if short:
        print("below threshold: " + "; ".join(short), file=sys.stderr if a.json else sys.stdout)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
