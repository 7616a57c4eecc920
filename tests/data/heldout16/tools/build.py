#!/usr/bin/env python3
"""Write ../gold.json from g01.py ... g11.py, check it, and score the gold's
own graph and an empty graph with both scorers."""
import html, importlib, json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "eval"))
import common
from score_graph import name_key, NODE_TYPES, EDGE_TYPES

for f in sorted(os.listdir(HERE)):
    if re.fullmatch(r"g\d\d\.py", f):
        importlib.import_module(f[:-3])

SIG = {  # predicate -> (source types, target types), from the graph contract
    "member_of": ({"Nation", "Organisation"}, {"Organisation"}),
    "participates_in": ({"Nation", "Organisation", "Person"}, {"Exercise", "Event"}),
    "organises": ({"Nation", "Organisation"}, {"Exercise", "Event"}),
    "located_in": (set(NODE_TYPES), {"Place", "Nation"}),
    "part_of": ({"Organisation"}, {"Nation", "Organisation"}),
    "leads": ({"Person"}, {"Organisation", "Nation"}),
    "affiliated_with": ({"Person"}, {"Organisation", "Nation"}),
    "met_with": ({"Person", "Nation", "Organisation"}, {"Person", "Nation", "Organisation"}),
    "cooperates_with": ({"Nation", "Organisation"}, {"Nation", "Organisation"}),
    "party_to": ({"Nation", "Organisation"}, {"Agreement"}),
}
bad = []
texts = {}
for d in common.DOCS:
    t = open(os.path.join(SET, "articles", d), encoding="utf-8").read()
    if d.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    texts[d] = t
for a in os.listdir(os.path.join(SET, "articles")):
    if a not in common.DOCS:
        bad.append("no gold for " + a)
every = "\n".join(texts.values())


def occurs(n, t):
    return re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t) is not None


ents, owner = [], {}
for eid, e in common.ENTS.items():
    if e["type"] not in NODE_TYPES:
        bad.append("type " + eid)
    names = []
    for n in e["names"]:
        if e["type"] == "Nation" or occurs(n, every):
            names.append(n)
        else:
            bad.append("name not in articles: %s %r" % (eid, n))
    for n in names:
        k = name_key(n)
        if owner.get(k, eid) != eid:
            bad.append("name %r of %s and %s" % (n, owner[k], eid))
        owner[k] = eid
    x = {"id": eid, "type": e["type"], "names": names}
    if eid not in common.REQ:
        x["optional"] = True
    ents.append(x)
by = {e["id"]: e for e in ents}


def alts(v):
    return v if isinstance(v, list) else [v]


seen = set()
for r in common.RELS:
    d = r["doc"]
    key = (d, json.dumps(r["s"]), json.dumps(r["p"]), json.dumps(r["o"]), tuple(r["dates"]))
    if key in seen:
        bad.append("duplicate %r" % (r,))
    seen.add(key)
    for p in alts(r["p"]):
        if p not in EDGE_TYPES:
            bad.append("predicate %r" % (r,))
    for side in ("s", "o"):
        for i, eid in enumerate(alts(r[side])):
            if eid not in by:
                bad.append("unknown %s in %s" % (eid, d))
                continue
            if not any(occurs(n, texts[d]) for n in by[eid]["names"]):
                bad.append("%s not named in %s" % (eid, d))
            if i == 0 and not r.get("optional") and by[eid].get("optional"):
                bad.append("required relation on optional entity: %r" % (r,))
    if not r.get("optional"):
        p = alts(r["p"])[0]
        s, o = by.get(alts(r["s"])[0]), by.get(alts(r["o"])[0])
        if s and o and (s["type"] not in SIG[p][0] or o["type"] not in SIG[p][1]):
            bad.append("types %s %s %s: %r" % (s["type"], p, o["type"], r))
    for x in r["dates"]:
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", x):
            bad.append("date %r" % (r,))

gold = {
    "about": "Gold annotations of tests/data/heldout16/articles (blind set written in session 30 by helper w11): "
             "entities (type, accepted names) and relations (subject, predicate, object, dates). Lists in s/p/o "
             "are accepted alternatives. optional: neither rewarded nor penalised. dates: each is a dated fact, "
             "resolved against the document's publication date; a span is recorded by its start.",
    "documents": common.DOCS,
    "entities": ents,
    "relations": common.RELS,
}
out = os.path.join(SET, "gold.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
    fh.write("\n")

req_e = sum(1 for e in ents if not e.get("optional"))
req_r = [r for r in common.RELS if not r.get("optional")]
print("entities %d required (%d in all); relations %d required (%d in all); dated facts %d on %d dated required relations"
      % (req_e, len(ents), len(req_r), len(common.RELS), sum(len(r["dates"]) for r in req_r),
         sum(1 for r in req_r if r["dates"])))
print("required entity types:", sorted({e["type"] for e in ents if not e.get("optional")}))
print("required edge types:", sorted({alts(r["p"])[0] for r in req_r}))
from collections import Counter
print(Counter(alts(r["p"])[0] for r in req_r))
for b in bad:
    print("PROBLEM", b)
print(len(bad), "problems")

# graph made from the gold itself: one node per entity, one edge per relation (first readings)
nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]} for e in ents]
edges = []
for i, r in enumerate(common.RELS):
    base = {"id": "e%d" % i, "source": alts(r["s"])[0], "target": alts(r["o"])[0], "type": alts(r["p"])[0],
            "evidence": [{"doc": r["doc"]}]}
    if r["dates"]:
        for j, x in enumerate(r["dates"]):
            edges.append(dict(base, id="e%d_%d" % (i, j), date=x))
    else:
        edges.append(base)
tmp = tempfile.mkdtemp()
full, empty = os.path.join(tmp, "full.json"), os.path.join(tmp, "empty.json")
json.dump({"nodes": nodes, "edges": edges}, open(full, "w"))
json.dump({"nodes": [], "edges": []}, open(empty, "w"))
for g in (full, empty):
    for sc in (os.path.join(ROOT, "tests", "eval", "score_graph.py"), "/work/shared/eval/score.py"):
        res = subprocess.run([sys.executable, sc, "--gold", out, "--graph", g], capture_output=True, text=True)
        print(os.path.basename(sc), os.path.basename(g), "->", (res.stdout + res.stderr).strip().splitlines()[-3:])
