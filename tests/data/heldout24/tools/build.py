#!/usr/bin/env python3
"""Build heldout24/gold.json from the tables (entities.py, relations.py) and
check it mechanically. Run: python3 tools/build.py"""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ENTITIES, RELATIONS, SET, article_files, plain_text, squash, name_key  # noqa: E402
import entities  # noqa: E402,F401
import relations  # noqa: E402,F401

PUBLISHED = {
    "01_libreville_panafrican_magazine.txt": "2026-11-24",
    "02_lilongwe_sunday_paper.txt": "2026-11-29",
    "03_cotonou_tech_site.md": "2026-11-27",
    "04_thimphu_national_weekly.txt": "2026-11-28",
    "05_male_news_site.txt": "2026-12-03",
    "06_nukualofa_weekly.html": "2026-12-01",
    "07_harare_private_daily.txt": "2026-12-02",
    "08_victoria_weekly.txt": "2026-12-04",
    "09_monaco_society_magazine.txt": "2026-12-05",
    "10_nouakchott_arabic_daily.txt": "2026-11-26",
    "11_dushanbe_news_portal.txt": "2026-12-07",
}
SRC = {"member_of": ({"Nation", "Organisation"}, {"Organisation"}),
       "participates_in": ({"Nation", "Organisation", "Person"}, {"Exercise", "Event"}),
       "organises": ({"Nation", "Organisation"}, {"Exercise", "Event"}),
       "located_in": (None, {"Place", "Nation"}),
       "part_of": ({"Organisation"}, {"Nation", "Organisation"}),
       "leads": ({"Person"}, {"Organisation", "Nation"}),
       "affiliated_with": ({"Person"}, {"Organisation", "Nation"}),
       "met_with": ({"Person", "Nation", "Organisation"}, {"Person", "Nation", "Organisation"}),
       "cooperates_with": ({"Nation", "Organisation"}, {"Nation", "Organisation"}),
       "party_to": ({"Nation", "Organisation"}, {"Agreement"})}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def alts(x):
    return x if isinstance(x, list) else [x]


def occurs(name, text):
    pat = r"(?<![\w])" + re.escape(name.replace("\u2019", "'")) + r"(?![\w])"
    return re.search(pat, text, re.I) is not None


def main():
    problems = []
    files = article_files()
    if sorted(files) != sorted(PUBLISHED):
        problems.append("documents differ from the article files: %s" % sorted(set(files) ^ set(PUBLISHED)))
    texts = {f: squash(plain_text(f)) for f in files}
    docname = {int(f[:2]): f for f in files}
    alltext = " ".join(texts.values())

    for f, d in sorted(PUBLISHED.items()):
        print("%-40s published %s (%s)" % (f, d, datetime.date.fromisoformat(d).strftime("%A")))

    ents = {}
    for e in ENTITIES:
        if e["id"] in ents:
            problems.append("duplicate entity id %s" % e["id"])
        ents[e["id"]] = e
    # names: non-nation names must occur in an article (others are dropped, reported)
    for e in ENTITIES:
        kept = []
        for n in e["names"]:
            if e["type"] == "Nation" or occurs(n, alltext):
                kept.append(n)
            else:
                print("note: dropped name %r of %s (in no article)" % (n, e["id"]))
        if not kept:
            problems.append("entity %s: no name occurs in any article" % e["id"])
        e["names"] = kept
        if e["type"] == "Nation" and not any(occurs(n, alltext) for n in e["names"]):
            problems.append("nation %s named in no article" % e["id"])
    owner = {}
    for e in ENTITIES:
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner.setdefault(k, e["id"])

    seen = set()
    out_rels = []
    for r in RELATIONS:
        f = docname.get(r["doc"])
        if f is None:
            problems.append("relation in unknown doc %r" % r["doc"])
            continue
        text = texts[f]
        for k in ("s", "o"):
            for i in alts(r[k]):
                if i not in ents:
                    problems.append("%s: unknown id %s" % (f, i))
        if any(i not in ents for k in ("s", "o") for i in alts(r[k])):
            continue
        for p in alts(r["p"]):
            if p not in SRC:
                problems.append("%s: unknown predicate %s" % (f, p))
        s0, p0, o0 = alts(r["s"])[0], alts(r["p"])[0], alts(r["o"])[0]
        for i in (s0, o0):
            if not any(occurs(n, text) for n in ents[i]["names"]):
                problems.append("%s: %s (first reading) not named in the article" % (f, i))
        if squash(r["ev"].replace("\u2019", "'")) not in text:
            problems.append("%s: evidence not verbatim: %r" % (f, r["ev"][:70]))
        if not r.get("optional"):
            for i in (s0, o0):
                if ents[i].get("optional"):
                    problems.append("%s: required relation touches optional entity %s" % (f, i))
            st, ot = SRC[p0]
            if (st and ents[s0]["type"] not in st) or ents[o0]["type"] not in ot:
                problems.append("%s: %s %s %s has types %s -> %s" % (f, s0, p0, o0, ents[s0]["type"], ents[o0]["type"]))
        key = (f, s0, p0, o0)
        if p0 in ("met_with", "cooperates_with"):
            key = (f, tuple(sorted((s0, o0))), p0)
        if key in seen:
            problems.append("duplicate relation %s" % (key,))
        seen.add(key)
        for dte in r["dates"]:
            if not DATE_RE.match(dte):
                problems.append("%s: bad date %s" % (f, dte))
            elif dte > PUBLISHED[f][:len(dte)]:
                problems.append("%s: date %s after publication" % (f, dte))
        rel = {"doc": f, "s": r["s"], "p": r["p"], "o": r["o"], "dates": r["dates"]}
        if r.get("optional"):
            rel["optional"] = True
        out_rels.append(rel)

    gold = {
        "about": ("Gold annotations of tests/data/heldout24/articles (blind set written in session 38 by "
                  "helper w27): entities (type, accepted names) and relations (subject, predicate, object, "
                  "dates). Lists in s/p/o are accepted alternatives. optional: neither rewarded nor "
                  "penalised. dates: each is a dated fact; a predicted date matches when it is at least as "
                  "precise and agrees on the gold's precision (YYYY, YYYY-MM or YYYY-MM-DD)."),
        "documents": {f: {"published": PUBLISHED[f]} for f in sorted(PUBLISHED)},
        "entities": ENTITIES,
        "relations": out_rels,
    }
    with open(os.path.join(SET, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))

    req_e = [e for e in ENTITIES if not e.get("optional")]
    req_r = [r for r in out_rels if not r.get("optional")]
    from collections import Counter
    print("entities: %d required (%d in all) %s" % (len(req_e), len(ENTITIES),
          dict(Counter(e["type"] for e in req_e).most_common())))
    print("relations: %d required (%d in all) %s" % (len(req_r), len(out_rels),
          dict(Counter(alts(r["p"])[0] for r in req_r).most_common())))
    print("dated facts: %d (on %d dated required relations)" % (sum(len(r["dates"]) for r in req_r),
          sum(1 for r in req_r if r["dates"])))
    per = Counter(r["doc"] for r in req_r)
    print("required relations per article:", dict(sorted(per.items())))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
