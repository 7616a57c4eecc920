#!/usr/bin/env python3
"""Build and check tests/data/heldout20/gold.json: python3 tools/build.py"""
import datetime, html, json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entities import ENT
from relations import REL, DOCS

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")
TYPES = {"Nation", "Organisation", "Exercise", "Event", "Person", "Place", "Agreement"}
SRC = {"member_of": ({"Nation", "Organisation"}, {"Organisation"}),
       "participates_in": ({"Nation", "Organisation", "Person"}, {"Exercise", "Event"}),
       "organises": ({"Nation", "Organisation"}, {"Exercise", "Event"}),
       "located_in": (TYPES, {"Place", "Nation"}),
       "part_of": ({"Organisation"}, {"Nation", "Organisation"}),
       "leads": ({"Person"}, {"Organisation", "Nation"}),
       "affiliated_with": ({"Person"}, {"Organisation", "Nation"}),
       "met_with": ({"Person", "Nation", "Organisation"}, {"Person", "Nation", "Organisation"}),
       "cooperates_with": ({"Nation", "Organisation"}, {"Nation", "Organisation"}),
       "party_to": ({"Nation", "Organisation"}, {"Agreement"})}


def key(name):
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"), (".", ""), ("-", " "), (",", " ")):
        s = s.replace(a, b)
    if s.endswith("'s"):
        s = s[:-2]
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def text(fn):
    t = open(os.path.join(ART, fn), encoding="utf-8").read()
    if fn.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    probs = []
    files = sorted(os.listdir(ART))
    docs = {fn: {"published": pub} for fn, pub in DOCS.values()}
    if sorted(docs) != files:
        probs.append("documents != article files")
    texts = {fn: text(fn) for fn in files}
    alltext = "\n".join(texts.values()).lower()
    ents = {e["id"]: e for e in ENT}
    if len(ents) != len(ENT):
        probs.append("duplicate entity id")
    owner = {}
    for e in ENT:
        if e["type"] not in TYPES:
            probs.append("bad type %s" % e["id"])
        for n in e["names"]:
            k = key(n)
            if k in owner and owner[k] != e["id"]:
                probs.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner[k] = e["id"]
        if e["type"] != "Nation" and not e["names"][0].lower() in alltext:
            probs.append("first name of %s not in any article" % e["id"])
        if e["type"] != "Nation":
            for n in e["names"]:
                if n.lower() not in alltext:
                    probs.append("name %r of %s not in any article" % (n, e["id"]))
    seen = set()
    for r in REL:
        t = texts[r["doc"]].lower()
        for side in ("s", "o"):
            for i in alts(r[side]):
                if i not in ents:
                    probs.append("unknown id %s" % i)
        for p in alts(r["p"]):
            if p not in SRC:
                probs.append("bad predicate %s" % p)
        s0, o0, p0 = ents.get(alts(r["s"])[0]), ents.get(alts(r["o"])[0]), alts(r["p"])[0]
        if s0 and o0:
            for e in (s0, o0):
                if not any(n.lower() in t for n in e["names"]):
                    probs.append("%s not named in %s" % (e["id"], r["doc"]))
            if not r.get("optional"):
                if s0.get("optional") or o0.get("optional"):
                    probs.append("required relation on optional entity %s" % r)
                if s0["type"] not in SRC[p0][0] or o0["type"] not in SRC[p0][1]:
                    probs.append("type mismatch %s %s %s" % (s0["id"], p0, o0["id"]))
        for d in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                probs.append("bad date %s" % d)
            if len(d) == 10:
                datetime.date.fromisoformat(d)
        k = (r["doc"], json.dumps(r["s"]), json.dumps(r["p"]), json.dumps(r["o"]), tuple(r["dates"]))
        if k in seen:
            probs.append("duplicate relation %s" % (k,))
        seen.add(k)
    gold = {"about": "Gold annotations of tests/data/heldout20/articles (blind set written in session 34 by helper w19): "
                     "entities (type, accepted names) and relations (subject, predicate, object, dates). Lists in s/p/o are "
                     "accepted alternatives. optional: neither rewarded nor penalised. dates: each is a dated fact, resolved "
                     "against the document's publication date; a span is recorded by its start.",
            "documents": docs, "entities": ENT, "relations": REL}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    req_e = [e for e in ENT if not e.get("optional")]
    req_r = [r for r in REL if not r.get("optional")]
    from collections import Counter
    print("entities %d required (%d in all); relations %d required (%d in all); dated facts %d on %d dated required relations"
          % (len(req_e), len(ENT), len(req_r), len(REL), sum(len(r["dates"]) for r in req_r), sum(1 for r in req_r if r["dates"])))
    print("by type:", Counter(alts(r["p"])[0] for r in req_r).most_common())
    print("entity types:", Counter(e["type"] for e in req_e).most_common())
    used = {i for r in REL for side in ("s", "o") for i in alts(r[side])}
    print("entities with no relation:", sorted(set(ents) - used))
    for p in probs:
        print("PROBLEM:", p)
    print("%d problems" % len(probs))


main()
