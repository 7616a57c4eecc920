#!/usr/bin/env python3
"""Build ../gold.json from entities.py and relations.py and check it.

  python3 tools/build.py          (from the set's folder or anywhere)

Checks: the documents are exactly the article files; every relation's ids
exist; every non-nation entity name occurs in an article and the subject's
and object's first readings are named in the relation's own article; each
evidence passage occurs verbatim in its article; no required relation
touches an optional entity through its first reading; every required
relation's first reading has the contract's source and target types; no
name is owned by two entities after the scorer's normalisation; no
duplicate relation; dates are YYYY, YYYY-MM or YYYY-MM-DD and not after
the publication date. Prints counts and the weekday of every publication
date."""
import datetime
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import entities  # noqa: E402,F401
import relations  # noqa: E402,F401
from common import ARTICLES, ENTITIES, PUBLISHED, RELATIONS, SET, plain_text  # noqa: E402

NODE = {"Agreement", "Event", "Exercise", "Nation", "Organisation", "Person", "Place"}
ACTOR = {"Nation", "Organisation"}
TYPES = {
    "member_of": (ACTOR, {"Organisation"}),
    "participates_in": (ACTOR | {"Person"}, {"Exercise", "Event"}),
    "organises": (ACTOR, {"Exercise", "Event"}),
    "located_in": (NODE, {"Place", "Nation"}),
    "part_of": ({"Organisation"}, ACTOR),
    "leads": ({"Person"}, ACTOR),
    "affiliated_with": ({"Person"}, ACTOR),
    "met_with": (ACTOR | {"Person"}, ACTOR | {"Person"}),
    "cooperates_with": (ACTOR, ACTOR),
    "party_to": (ACTOR, {"Agreement"}),
}


def name_key(name):
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


def main():
    problems = []
    docs = sorted(f for f in os.listdir(ARTICLES) if not f.startswith("."))
    if sorted(PUBLISHED) != docs:
        problems.append("documents differ from the article files: %s vs %s" % (sorted(PUBLISHED), docs))
    text = {d: plain_text(d) for d in docs}
    low = {d: t.lower() for d, t in text.items()}
    alltext = " ".join(low.values())

    ents = {}
    owner = {}
    for e in ENTITIES:
        if e["id"] in ents:
            problems.append("duplicate entity id %s" % e["id"])
        ents[e["id"]] = e
        if e["type"] not in NODE:
            problems.append("bad type %s" % e["id"])
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner.setdefault(k, e["id"])
            if e["type"] != "Nation" and n.lower() not in alltext:
                problems.append("name %r of %s occurs in no article" % (n, e["id"]))
        if not any(n.lower() in alltext for n in e["names"]):
            problems.append("entity %s named in no article" % e["id"])

    seen = set()
    for r in RELATIONS:
        d = r["doc"]
        where = "%s %s %s %s" % (d[:2], r["s"], r["p"], r["o"])
        if d not in text:
            problems.append("%s: unknown doc" % where)
            continue
        for side in ("s", "o"):
            for x in alts(r[side]):
                if x not in ents:
                    problems.append("%s: unknown id %s" % (where, x))
        if problems and problems[-1].startswith(where + ": unknown id"):
            continue
        for p in alts(r["p"]):
            if p not in TYPES:
                problems.append("%s: bad predicate %s" % (where, p))
        s0, p0, o0 = alts(r["s"])[0], alts(r["p"])[0], alts(r["o"])[0]
        for x in (s0, o0):
            if not any(n.lower() in low[d] for n in ents[x]["names"]):
                problems.append("%s: %s is not named in %s" % (where, x, d))
        if not r["optional"]:
            if ents[s0].get("optional") or ents[o0].get("optional"):
                problems.append("%s: required relation on an optional entity" % where)
            src, dst = TYPES[p0]
            if ents[s0]["type"] not in src or ents[o0]["type"] not in dst:
                problems.append("%s: types %s -> %s do not fit %s" % (where, ents[s0]["type"], ents[o0]["type"], p0))
        ev = " ".join(r["ev"].split())
        if not ev or ev not in text[d]:
            problems.append("%s: evidence not verbatim: %r" % (where, ev[:70]))
        for dt in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", dt):
                problems.append("%s: bad date %s" % (where, dt))
            elif dt > PUBLISHED[d]:
                problems.append("%s: date %s after publication" % (where, dt))
        key = (d, tuple(alts(r["s"])), tuple(alts(r["p"])), tuple(alts(r["o"])))
        if key in seen:
            problems.append("%s: duplicate relation" % where)
        seen.add(key)

    gold = {
        "about": "Gold annotations of tests/data/heldout21/articles (blind set written in session 35 by "
                 "helper w21): entities (type, accepted names) and relations (subject, predicate, object, "
                 "dates). Lists in s/p/o are accepted alternatives. optional: neither rewarded nor "
                 "penalised. dates: each is a dated fact, resolved against the document's publication "
                 "date; a span is recorded by its start.",
        "documents": {d: {"published": PUBLISHED[d]} for d in docs},
        "entities": [],
        "relations": [],
    }
    for e in ENTITIES:
        out = {"id": e["id"], "type": e["type"], "names": e["names"]}
        if e["optional"]:
            out["optional"] = True
        gold["entities"].append(out)
    for r in RELATIONS:
        out = {"doc": r["doc"], "s": r["s"], "p": r["p"], "o": r["o"], "dates": r["dates"]}
        if r["optional"]:
            out["optional"] = True
        gold["relations"].append(out)
    with open(os.path.join(SET, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    req_e = [e for e in ENTITIES if not e["optional"]]
    req_r = [r for r in RELATIONS if not r["optional"]]
    dated = sum(len(r["dates"]) for r in req_r)
    print("entities: %d required (%d in all)" % (len(req_e), len(ENTITIES)))
    print("relations: %d required (%d in all); dated facts %d on %d dated required relations"
          % (len(req_r), len(RELATIONS), dated, sum(1 for r in req_r if r["dates"])))
    by = {}
    for r in req_r:
        p = alts(r["p"])[0]
        by[p] = by.get(p, 0) + 1
    print("required relations by first-reading type:", ", ".join("%s %d" % kv for kv in sorted(by.items(), key=lambda kv: -kv[1])))
    bt = {}
    for e in req_e:
        bt[e["type"]] = bt.get(e["type"], 0) + 1
    print("required entities by type:", ", ".join("%s %d" % kv for kv in sorted(bt.items(), key=lambda kv: -kv[1])))
    for d in docs:
        y, m, dd = map(int, PUBLISHED[d].split("-"))
        print("  %s published %s (%s), %d words" % (d, PUBLISHED[d], datetime.date(y, m, dd).strftime("%A"), len(text[d].split())))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
