#!/usr/bin/env python3
"""Build ../gold.json from common.py and g01_06.py, g07_11.py, and check it."""
import html, json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import g01_06, g07_11  # noqa: F401  (they fill common's tables)
SET = os.path.dirname(HERE)
ART = os.path.join(SET, "articles")
sys.path.insert(0, os.path.join(SET, "..", "..", "eval"))
from score_graph import name_key  # noqa: E402

TYPES = {  # contract: source types, target types
    "member_of": ({"Nation", "Organisation"}, {"Organisation"}),
    "participates_in": ({"Nation", "Organisation", "Person"}, {"Exercise", "Event"}),
    "organises": ({"Nation", "Organisation"}, {"Exercise", "Event"}),
    "located_in": (None, {"Place", "Nation"}),
    "part_of": ({"Organisation"}, {"Nation", "Organisation"}),
    "leads": ({"Person"}, {"Organisation", "Nation"}),
    "affiliated_with": ({"Person"}, {"Organisation", "Nation"}),
    "met_with": ({"Person", "Nation", "Organisation"}, {"Person", "Nation", "Organisation"}),
    "cooperates_with": ({"Nation", "Organisation"}, {"Nation", "Organisation"}),
    "party_to": ({"Nation", "Organisation"}, {"Agreement"}),
}


def text(name):
    s = open(os.path.join(ART, name), encoding="utf-8").read()
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return s


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    problems = []
    ents = [common.ENTITIES[i] for i in common.ORDER]
    rels = common.RELATIONS
    docs = common.DOCS
    files = sorted(f for f in os.listdir(ART))
    if sorted(docs) != files:
        problems.append("documents %s != files %s" % (sorted(docs), files))
    texts = {d: text(d) for d in docs}
    alltext = "\n".join(texts.values()).lower()
    owner = {}
    for e in ents:
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner[k] = e["id"]
            if e["type"] != "Nation" and n.lower() not in alltext:
                problems.append("name %r of %s not verbatim (case-insensitively) in any article" % (n, e["id"]))
    byid = {e["id"]: e for e in ents}
    seen = set()
    for r in rels:
        key = json.dumps([r["doc"], r["s"], r["p"], r["o"]], sort_keys=True)
        if key in seen:
            problems.append("duplicate relation %s" % key)
        seen.add(key)
        if r["doc"] not in docs:
            problems.append("unknown doc %s" % r["doc"])
        t = texts.get(r["doc"], "")
        for x in alts(r["s"]) + alts(r["o"]):
            if x not in byid:
                problems.append("unknown id %s" % x)
                continue
            if not any(re.search(r"(?<!\w)%s(?!\w)" % re.escape(n), t, re.I) for n in byid[x]["names"]):
                problems.append("%s not named in %s" % (x, r["doc"]))
        for d in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                problems.append("bad date %s" % d)
        if not r.get("optional"):
            s0, p0, o0 = alts(r["s"])[0], alts(r["p"])[0], alts(r["o"])[0]
            for x in (s0, o0):
                if x in byid and byid[x].get("optional"):
                    problems.append("required relation on optional entity %s: %s" % (x, key))
            st, ot = TYPES[p0]
            if s0 in byid and o0 in byid:
                if (st and byid[s0]["type"] not in st) or byid[o0]["type"] not in ot:
                    problems.append("types %s %s %s" % (byid[s0]["type"], p0, byid[o0]["type"]))
    gold = {
        "about": "Gold annotations of tests/data/heldout17/articles (blind set written in session 31 by "
                 "helper w13): entities (type, accepted names) and relations (subject, predicate, object, "
                 "dates). Lists in s/p/o are accepted alternatives. optional: neither rewarded nor "
                 "penalised. dates: each is a dated fact, resolved against the document's publication "
                 "date; a span is recorded by its start.",
        "documents": {d: docs[d] for d in sorted(docs)},
        "entities": ents,
        "relations": rels,
    }
    out = os.path.join(SET, "gold.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # self-graph and empty graph through both scorers
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in ents]
    edges = []
    for i, r in enumerate(rels):
        ds = r["dates"] or [None]
        for j, dt in enumerate(ds):
            ed = {"id": "e%d_%d" % (i, j), "source": alts(r["s"])[0], "target": alts(r["o"])[0],
                  "type": alts(r["p"])[0]}
            if dt:
                ed["date"] = dt
            edges.append(ed)
    tmp = tempfile.mkdtemp()
    full, empty = os.path.join(tmp, "full.json"), os.path.join(tmp, "empty.json")
    json.dump({"nodes": nodes, "edges": edges}, open(full, "w"))
    json.dump({"nodes": [], "edges": []}, open(empty, "w"))
    scorers = [os.path.join(SET, "..", "..", "eval", "score_graph.py"), "/work/shared/eval/score.py"]
    for sc in scorers:
        for g in (full, empty):
            res = subprocess.run([sys.executable, sc, "--gold", out, "--graph", g],
                                 capture_output=True, text=True)
            print(os.path.basename(sc), os.path.basename(g), res.stdout.strip().splitlines()[-1:], res.returncode)
    req_e = [e for e in ents if not e.get("optional")]
    req_r = [r for r in rels if not r.get("optional")]
    dated = sum(len(r["dates"]) for r in req_r)
    print("entities %d required (%d all); relations %d required (%d all); dated facts %d on %d relations"
          % (len(req_e), len(ents), len(req_r), len(rels), dated, sum(1 for r in req_r if r["dates"])))
    from collections import Counter
    print("required by type:", dict(Counter(alts(r["p"])[0] for r in req_r).most_common()))
    print("entity types:", dict(Counter(e["type"] for e in req_e)))
    print("per doc:", dict(Counter(r["doc"][:2] for r in req_r)))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))


main()
