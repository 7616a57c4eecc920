#!/usr/bin/env python3
"""Build gold.json from entities.py and relations.py and check it.

  python3 tools/build.py     (writes gold.json next to articles/, prints problems)"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ENTITIES, RELATIONS, ARTICLES, SET, article_text  # noqa: E402
import relations  # noqa: E402,F401

PUBLISHED = {
    "01_ulaanbaatar_english_weekly.txt": "2026-11-26",
    "02_djibouti_shipping_trade_paper.txt": "2026-11-30",
    "03_kenema_community_radio.txt": "2026-12-01",
    "04_beirut_live_coverage_summary.txt": "2026-12-02",
    "05_nassau_daily.html": "2026-11-28",
    "06_koror_regional_roundup.md": "2026-11-27",
    "07_ouagadougou_tv_website.txt": "2026-11-29",
    "08_luanda_business_weekly.txt": "2026-12-04",
    "09_maseru_parliament_report.txt": "2026-12-03",
    "10_belmopan_weekly.txt": "2026-11-25",
    "11_andorra_catalan_daily.txt": "2026-12-05",
}
SOURCE = {"member_of": ({"Nation", "Organisation"}, {"Organisation"}),
          "participates_in": ({"Nation", "Organisation", "Person"}, {"Exercise", "Event"}),
          "organises": ({"Nation", "Organisation"}, {"Exercise", "Event"}),
          "located_in": (None, {"Place", "Nation"}),
          "part_of": ({"Organisation"}, {"Nation", "Organisation"}),
          "leads": ({"Person"}, {"Organisation", "Nation"}),
          "affiliated_with": ({"Person"}, {"Organisation", "Nation"}),
          "met_with": ({"Person", "Nation", "Organisation"}, {"Person", "Nation", "Organisation"}),
          "cooperates_with": ({"Nation", "Organisation"}, {"Nation", "Organisation"}),
          "party_to": ({"Nation", "Organisation"}, {"Agreement"})}


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
    if docs != sorted(PUBLISHED):
        problems.append("documents differ: %s" % (set(docs) ^ set(PUBLISHED)))
    texts = {d: article_text(d) for d in docs}
    low = {d: " ".join(t.split()).lower() for d, t in texts.items()}
    alltext = " ".join(low.values())
    ents = {}
    owner = {}
    for e in ENTITIES:
        if e["id"] in ents:
            problems.append("duplicate entity id %s" % e["id"])
        ents[e["id"]] = e
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner.setdefault(k, e["id"])
            if e["type"] != "Nation" and " ".join(n.split()).lower() not in alltext:
                problems.append("name %r of %s occurs in no article" % (n, e["id"]))
        if e["type"] == "Nation" and not any(re.search(r"\b%s\b" % re.escape(n.lower()), alltext) for n in e["names"]):
            problems.append("nation %s is named in no article" % e["id"])
    seen = set()
    used = set()
    for r in RELATIONS:
        d = r["doc"]
        tag = "%s %s %s %s" % (d[:2], r["s"], r["p"], r["o"])
        if d not in PUBLISHED:
            problems.append("unknown doc in " + tag)
            continue
        for k in ("s", "o"):
            for x in alts(r[k]):
                if x not in ents:
                    problems.append("unknown id %s in %s" % (x, tag))
        if any(x not in ents for k in ("s", "o") for x in alts(r[k])):
            continue
        for k in ("s", "o"):
            used.update(alts(r[k]))
            first = ents[alts(r[k])[0]]
            if not any(" ".join(n.split()).lower() in low[d] for n in first["names"]):
                problems.append("%s not named in its article: %s" % (first["id"], tag))
        ev = " ".join(r["ev"].split())
        if not ev or ev not in " ".join(texts[d].split()):
            problems.append("evidence not verbatim: %s: %r" % (tag, r["ev"][:80]))
        if not r.get("optional"):
            for k in ("s", "o"):
                if ents[alts(r[k])[0]].get("optional"):
                    problems.append("required relation on optional entity: " + tag)
            p = alts(r["p"])[0]
            st, ot = SOURCE[p]
            if st and ents[alts(r["s"])[0]]["type"] not in st:
                problems.append("source type %s: %s" % (ents[alts(r["s"])[0]]["type"], tag))
            if ents[alts(r["o"])[0]]["type"] not in ot:
                problems.append("target type %s: %s" % (ents[alts(r["o"])[0]]["type"], tag))
        for p in alts(r["p"]):
            if p not in SOURCE:
                problems.append("bad predicate " + tag)
        key = (d, json.dumps(r["s"]), json.dumps(r["p"]), json.dumps(r["o"]), tuple(r["dates"]))
        if key in seen:
            problems.append("duplicate relation " + tag)
        seen.add(key)
        for x in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", x):
                problems.append("bad date %s in %s" % (x, tag))
            elif x > PUBLISHED[d][:len(x)]:
                problems.append("date %s after publication in %s" % (x, tag))
    gold = {
        "about": ("Gold annotations of tests/data/heldout22/articles (blind set written in session 36 by helper w23): "
                  "entities (type, accepted names) and relations (subject, predicate, object, dates). Lists in s/p/o "
                  "are accepted alternatives. optional: neither rewarded nor penalised. dates: each is a dated fact; a "
                  "predicted date matches when it is at least as precise and agrees on the gold's precision "
                  "(YYYY, YYYY-MM or YYYY-MM-DD)."),
        "documents": {d: {"published": PUBLISHED[d]} for d in sorted(PUBLISHED)},
        "entities": ENTITIES,
        "relations": [{k: v for k, v in r.items() if k != "ev"} for r in RELATIONS],
    }
    with open(os.path.join(SET, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for d in sorted(PUBLISHED):
        print("%s published %s (%s)" % (d, PUBLISHED[d],
                                        datetime.date.fromisoformat(PUBLISHED[d]).strftime("%A")))
    req_e = [e for e in ENTITIES if not e.get("optional")]
    req_r = [r for r in RELATIONS if not r.get("optional")]
    print("entities: %d required (%d in all); relations: %d required (%d in all); dated facts %d on %d dated required relations"
          % (len(req_e), len(ENTITIES), len(req_r), len(RELATIONS), sum(len(r["dates"]) for r in req_r),
             sum(1 for r in req_r if r["dates"])))
    print("required relations by first type:", dict(collections.Counter(alts(r["p"])[0] for r in req_r).most_common()))
    print("required entities by type:", dict(collections.Counter(e["type"] for e in req_e).most_common()))
    print("required relations per doc:", dict(sorted(collections.Counter(r["doc"][:2] for r in req_r).items())))
    print("words per article:", {d[:2]: len(t.split()) for d, t in texts.items()})
    unused = [e["id"] for e in ENTITIES if e["id"] not in used]
    print("entities with no relation:", ", ".join(unused))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
