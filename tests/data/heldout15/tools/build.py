#!/usr/bin/env python3
"""Build ../gold.json from g01.py ... g11.py and check it; then score a graph
made from the gold itself and an empty graph with both scorers."""
import html, importlib, json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "eval"))
from score_graph import name_key, NODE_TYPES, EDGE_TYPES

mods = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"g\d\d\.py", f))
for m in mods:
    importlib.import_module(m)

problems = []
texts = {}
for d in common.DOCS:
    t = open(os.path.join(SET, "articles", d), encoding="utf-8").read()
    if d.endswith(".html"):
        t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    texts[d] = t
arts = sorted(os.listdir(os.path.join(SET, "articles")))
for a in arts:
    if a not in common.DOCS:
        problems.append("article without gold: " + a)
alltext = "\n".join(texts.values())

ents = []
owner = {}
for eid, e in common.ENTS.items():
    # a nation keeps its standard names and demonyms; any other entity keeps
    # only the names that occur verbatim in an article
    names = [n for n in e["names"] if n in alltext or e["type"] == "Nation"]
    for n in e["names"]:
        if n not in alltext and e["type"] != "Nation":
            problems.append("name not in any article (dropped): %s %r" % (eid, n))
    if not names:
        problems.append("entity with no name in the articles: " + eid)
        continue
    if e["type"] not in NODE_TYPES:
        problems.append("bad type %s" % eid)
    for n in names:
        k = name_key(n)
        if k in owner and owner[k] != eid:
            problems.append("name %r owned by %s and %s" % (n, owner[k], eid))
        owner.setdefault(k, eid)
    out = {"id": eid, "type": e["type"], "names": names}
    if eid not in common.REQ:
        out["optional"] = True
    ents.append(out)
byid = {e["id"]: e for e in ents}


def alts(x):
    return x if isinstance(x, list) else [x]


def named_in(eid, d):
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", texts[d]) for n in byid[eid]["names"])


seen = set()
for r in common.RELS:
    d = r["doc"]
    for p in alts(r["p"]):
        if p not in EDGE_TYPES:
            problems.append("bad predicate %r" % (r,))
    for k in ("s", "o"):
        for i, eid in enumerate(alts(r[k])):
            if eid not in byid:
                problems.append("unknown id %s in %s" % (eid, d))
                continue
            if not named_in(eid, d):
                problems.append("%s not named in %s (%s)" % (eid, d, "first" if i == 0 else "alt"))
            if not r.get("optional") and i == 0 and byid[eid].get("optional"):
                problems.append("required relation on optional entity %s: %r" % (eid, r))
    for x in r["dates"]:
        if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", x):
            problems.append("bad date %r" % x)
    key = (d, json.dumps(r["s"]), json.dumps(r["p"]), json.dumps(r["o"]), json.dumps(r["dates"]))
    if key in seen:
        problems.append("duplicate relation %r" % (key,))
    seen.add(key)

gold = {
    "about": "Gold annotations of tests/data/heldout15/articles (blind set written in session 29 by helper w9): "
             "entities (type, accepted names) and relations (subject, predicate, object, dates). Lists in s/p/o are "
             "accepted alternatives. optional: neither rewarded nor penalised. dates: each is a dated fact, resolved "
             "against the document's publication date; a span is recorded by its start.",
    "documents": common.DOCS,
    "entities": ents,
    "relations": common.RELS,
}
with open(os.path.join(SET, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
    fh.write("\n")

# graph made from the gold itself, and an empty graph
nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]} for e in ents]
edges = []
for r in common.RELS:
    if r.get("optional"):
        continue
    for x in (r["dates"] or [None]):
        e = {"id": "e%d" % len(edges), "source": alts(r["s"])[0], "target": alts(r["o"])[0], "type": alts(r["p"])[0]}
        if x:
            e["date"] = x
        edges.append(e)
tmp = tempfile.mkdtemp()
for name, g in (("self", {"nodes": nodes, "edges": edges}), ("empty", {"nodes": [], "edges": []})):
    p = os.path.join(tmp, name + ".json")
    json.dump(g, open(p, "w"))
    for sc in (os.path.join(ROOT, "tests/eval/score_graph.py"), "/work/shared/eval/score.py"):
        out = subprocess.run([sys.executable, sc, "--gold", os.path.join(SET, "gold.json"), "--graph", p],
                             capture_output=True, text=True)
        print(name, os.path.basename(sc), (out.stdout.strip().splitlines() or ["?"])[-1], out.stderr.strip()[:300])

req_e = [e for e in ents if not e.get("optional")]
req_r = [r for r in common.RELS if not r.get("optional")]
print("entities: %d required, %d in all" % (len(req_e), len(ents)))
print("relations: %d required, %d in all" % (len(req_r), len(common.RELS)))
print("dated facts: %d on %d dated required relations" % (sum(len(r["dates"]) for r in req_r),
                                                         sum(1 for r in req_r if r["dates"])))
print("required node types:", sorted({e["type"] for e in req_e}))
print("required edge types:", sorted({alts(r["p"])[0] for r in req_r}))
for p in problems:
    print("PROBLEM:", p)
print("%d problems" % len(problems))
