#!/usr/bin/env python3
"""Generate gold.json of heldout25 from entities.py and relations.py, with the
mechanical checks of heldout22's generator. Run: python3 tools/build.py"""
import collections
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ARTICLES, GOLD, PUBLISHED, article_text, doc_name, name_key  # noqa: E402
import entities  # noqa: E402
import relations  # noqa: E402

SRC = {"member_of": ("Nation", "Organisation"), "participates_in": ("Nation", "Organisation", "Person"),
       "organises": ("Nation", "Organisation"), "located_in": None, "part_of": ("Organisation",),
       "leads": ("Person",), "affiliated_with": ("Person",), "met_with": ("Person", "Nation", "Organisation"),
       "cooperates_with": ("Nation", "Organisation"), "party_to": ("Nation", "Organisation")}
TGT = {"member_of": ("Organisation",), "participates_in": ("Exercise", "Event"),
       "organises": ("Exercise", "Event"), "located_in": ("Place", "Nation"),
       "part_of": ("Nation", "Organisation"), "leads": ("Organisation", "Nation"),
       "affiliated_with": ("Organisation", "Nation"), "met_with": ("Person", "Nation", "Organisation"),
       "cooperates_with": ("Nation", "Organisation"), "party_to": ("Agreement",)}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    problems = []
    texts = {d: article_text(f) for d, (f, _) in PUBLISHED.items()}
    low = {d: t.lower() for d, t in texts.items()}
    files = sorted(os.listdir(ARTICLES))
    if sorted(f for f, _ in PUBLISHED.values()) != files:
        problems.append("documents differ from the article files: %s" % files)
    for d, (f, pub) in sorted(PUBLISHED.items()):
        day = datetime.date.fromisoformat(pub)
        words = len(texts[d].split()) if f.endswith(".html") else len(open(os.path.join(ARTICLES, f), encoding="utf-8").read().split())
        print("%s %s published %s (%s), %d words" % (d, f, pub, day.strftime("%A"), words))

    ents = entities.load()
    byid = {}
    for e in ents:
        if e["id"] in byid:
            problems.append("duplicate entity id %s" % e["id"])
        byid[e["id"]] = e
    alltext = " ".join(low.values())
    for e in ents:
        if e["type"] == "Nation":
            if not any(n.lower() in alltext for n in e["names"]):
                problems.append("nation %s named in no article" % e["id"])
            continue
        kept = [n for n in e["names"] if n.lower() in alltext]
        for n in e["names"]:
            if n not in kept:
                print("dropped name (in no article): %s / %s" % (e["id"], n))
        if not kept:
            problems.append("entity %s named in no article" % e["id"])
        e["names"] = kept or e["names"]
    owner = {}
    for e in ents:
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner.setdefault(k, e["id"])

    def named_in(eid, d):
        return any(n.lower() in low[d] for n in byid[eid]["names"])

    seen = set()
    out = []
    used = set()
    for r in relations.RELS:
        d = r["doc"]
        where = "%s %s %s %s" % (d, r["s"], r["p"], r["o"])
        for x in alts(r["s"]) + alts(r["o"]):
            if x not in byid:
                problems.append("unknown id %s in %s" % (x, where))
        if any(x not in byid for x in alts(r["s"]) + alts(r["o"])):
            continue
        for p in alts(r["p"]):
            if p not in SRC:
                problems.append("unknown predicate %s in %s" % (p, where))
        s0, p0, o0 = alts(r["s"])[0], alts(r["p"])[0], alts(r["o"])[0]
        for x in (s0, o0):
            if not named_in(x, d):
                problems.append("first reading %s not named in article %s (%s)" % (x, d, where))
        if r["ev"] not in texts[d]:
            problems.append("evidence not verbatim in %s: %r" % (where, r["ev"]))
        if not r["opt"]:
            for x in (s0, o0):
                if byid[x].get("optional"):
                    problems.append("required relation touches optional entity %s: %s" % (x, where))
            st, ot = byid[s0]["type"], byid[o0]["type"]
            if (SRC[p0] and st not in SRC[p0]) or ot not in TGT[p0]:
                problems.append("types %s -> %s do not fit %s: %s" % (st, ot, p0, where))
        key = (d, str(r["s"]), str(r["p"]), str(r["o"]))
        if key in seen:
            problems.append("duplicate relation %s" % where)
        seen.add(key)
        pub = PUBLISHED[d][1]
        for dt in r["dates"]:
            if not DATE_RE.match(dt):
                problems.append("bad date %s in %s" % (dt, where))
            elif dt > pub[:len(dt)]:
                problems.append("date %s after publication %s in %s" % (dt, pub, where))
        rel = {"doc": doc_name(d), "s": r["s"], "p": r["p"], "o": r["o"], "dates": r["dates"]}
        if r["opt"]:
            rel["optional"] = True
        out.append(rel)
        used.update(alts(r["s"]) + alts(r["o"]))

    gold = {
        "about": ("Gold annotations of tests/data/heldout25/articles (blind set written on 2026-12-07, "
                  "session 39, by helper w29): entities (type, accepted names) and relations (subject, "
                  "predicate, object, dates). Lists in s/p/o are accepted alternatives. optional: neither "
                  "rewarded nor penalised. dates: each is a dated fact, resolved against the document's "
                  "publication date; a predicted date matches when it is at least as precise and agrees "
                  "on the gold's precision (YYYY, YYYY-MM or YYYY-MM-DD)."),
        "documents": {f: {"published": pub} for f, pub in sorted(PUBLISHED.values())},
        "entities": ents,
        "relations": out,
    }
    json.loads(json.dumps(gold))
    with open(GOLD, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    req_e = [e for e in ents if not e.get("optional")]
    req_r = [r for r in out if not r.get("optional")]
    et = collections.Counter(e["type"] for e in req_e)
    rt = collections.Counter(alts(r["p"])[0] for r in req_r)
    multi = collections.Counter(alts(r["p"])[0] + " accepting " + "/".join(alts(r["p"])[1:]) for r in req_r if len(alts(r["p"])) > 1)
    dated = sum(len(r["dates"]) for r in req_r)
    print("entities: %d required (%d with optional ones): %s" % (len(req_e), len(ents), dict(et.most_common())))
    print("relations: %d required (%d in all): %s" % (len(req_r), len(out), dict(rt.most_common())))
    print("  accepting other types: %s" % dict(multi))
    print("dated facts: %d (on %d dated required relations)" % (dated, sum(1 for r in req_r if r["dates"])))
    unused = [e["id"] for e in req_e if e["id"] not in used]
    print("required entities with no relation: %s" % unused)
    missing_types = set(SRC) - set(rt)
    if missing_types:
        problems.append("edge types without a required relation: %s" % missing_types)
    if set(et) != {"Nation", "Organisation", "Exercise", "Event", "Person", "Place", "Agreement"}:
        problems.append("node types missing among required entities: %s" % set(et))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
