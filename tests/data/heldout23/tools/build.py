#!/usr/bin/env python3
"""Build ../gold.json from the tables in a01.py ... a11.py and check it.

Run: python3 tools/build.py (from the set's directory or anywhere)."""
import datetime, glob, html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common
import nations  # noqa: F401
for i in range(1, 12):
    __import__("a%02d" % i)
from common import ENTITIES, RELATIONS, DOCS

SRC = {"member_of": {"Nation", "Organisation"}, "participates_in": {"Nation", "Organisation", "Person"},
       "organises": {"Nation", "Organisation"}, "located_in": None, "part_of": {"Organisation"},
       "leads": {"Person"}, "affiliated_with": {"Person"}, "met_with": {"Person", "Nation", "Organisation"},
       "cooperates_with": {"Nation", "Organisation"}, "party_to": {"Nation", "Organisation"}}
DST = {"member_of": {"Organisation"}, "participates_in": {"Exercise", "Event"}, "organises": {"Exercise", "Event"},
       "located_in": {"Place", "Nation"}, "part_of": {"Nation", "Organisation"}, "leads": {"Organisation", "Nation"},
       "affiliated_with": {"Organisation", "Nation"}, "met_with": {"Person", "Nation", "Organisation"},
       "cooperates_with": {"Nation", "Organisation"}, "party_to": {"Agreement"}}


def name_key(name):
    import unicodedata
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"), (".", ""), ("-", " "), (",", " ")):
        s = s.replace(a, b)
    if s.endswith("'s"):
        s = s[:-2]
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def text_of(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
        t = re.sub(r"[ \t]+", " ", t)
    return t.replace("\u2019", "'")


def alts(x):
    return x if isinstance(x, list) else [x]


def main():
    problems = []
    art_dir = os.path.join(SET, "articles")
    files = sorted(os.listdir(art_dir))
    if files != sorted(DOCS):
        problems.append("documents %s != articles %s" % (sorted(DOCS), files))
    texts = {f: text_of(os.path.join(art_dir, f)) for f in files}
    low = {f: t.lower() for f, t in texts.items()}
    bydoc = {f[:2]: f for f in DOCS}
    for f, d in sorted(DOCS.items()):
        print("%-40s %s %s  %d words" % (f, d, datetime.date.fromisoformat(d).strftime("%A"), len(texts[f].split())))
    dropped = 0
    for e in ENTITIES:  # keep only the names an article uses (nations keep their standard forms)
        if e["type"] != "Nation":
            keep = [n for n in e["names"] if any(re.search(r"(?<!\w)" + re.escape(n.lower().replace("\u2019", "'")) + r"(?!\w)", low[f]) for f in files)]
            dropped += len(e["names"]) - len(keep)
            e["names"] = keep or e["names"]
    print("%d names used by no article dropped" % dropped)
    ents = {}
    for e in ENTITIES:
        if e["id"] in ents:
            problems.append("duplicate entity id " + e["id"])
        ents[e["id"]] = e
    owner = {}
    for e in ENTITIES:
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner.setdefault(k, e["id"])

    def named_in(eid, doc):
        t = low[doc]
        e = ents[eid]
        for n in e["names"]:
            n = n.lower()
            if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t):
                return True
        return False

    for e in ENTITIES:
        if e["type"] == "Nation":
            if not any(named_in(e["id"], f) for f in files):
                problems.append("nation never named: " + e["id"])
        else:
            for n in e["names"]:
                if not any(re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low[f]) for f in files):
                    problems.append("name not in any article: %s (%s)" % (n, e["id"]))
    seen = set()
    used = set()
    for r in RELATIONS:
        doc = bydoc[r["doc"]]
        r["doc"] = doc
        for k in ("s", "o"):
            for x in alts(r[k]):
                if x not in ents:
                    problems.append("unknown id %s in %s" % (x, r))
                used.add(x)
        if any(x not in ents for x in alts(r["s"]) + alts(r["o"])):
            continue
        s0, p0, o0 = alts(r["s"])[0], alts(r["p"])[0], alts(r["o"])[0]
        for x in (s0, o0):
            if not named_in(x, doc):
                problems.append("%s not named in %s (%s %s %s)" % (x, doc, s0, p0, o0))
        if r["ev"] not in texts[doc]:
            problems.append("evidence not verbatim in %s: %r" % (doc, r["ev"]))
        if not r.get("optional"):
            for x in (s0, o0):
                if ents[x].get("optional"):
                    problems.append("required relation touches optional entity %s: %s %s %s" % (x, s0, p0, o0))
            st, ot = ents[s0]["type"], ents[o0]["type"]
            if (SRC[p0] is not None and st not in SRC[p0]) or ot not in DST[p0]:
                problems.append("type mismatch %s(%s) %s %s(%s)" % (s0, st, p0, o0, ot))
            if p0 == "met_with" and st != ot:
                problems.append("met_with of different types: %s %s" % (s0, o0))
        for p in alts(r["p"]):
            if p not in SRC:
                problems.append("bad predicate " + p)
        key = (doc, str(r["s"]), str(r["p"]), str(r["o"]), tuple(r["dates"]))
        if key in seen:
            problems.append("duplicate relation %s" % (key,))
        seen.add(key)
        for d in r["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                problems.append("bad date %s" % d)
            if d > DOCS[doc]:
                problems.append("date %s after publication %s (%s %s %s)" % (d, DOCS[doc], s0, p0, o0))
    for e in ENTITIES:
        if e["id"] not in used and e["type"] != "Nation":
            pass  # named entities without a relation stay (as in the seed gold)
    nat_unused = [e["id"] for e in ENTITIES if e["type"] == "Nation" and e["id"] not in used]
    if nat_unused:
        print("nations with no relation:", nat_unused)
    gold = {
        "about": "Gold annotations of tests/data/heldout23/articles (blind set written in session 37 by helper w25): "
                 "entities (type, accepted names) and relations (subject, predicate, object, dates). Lists in s/p/o are "
                 "accepted alternatives. optional: neither rewarded nor penalised. dates: each is a dated fact, resolved "
                 "against the document's publication date; a span is recorded by its start.",
        "documents": {f: {"published": DOCS[f]} for f in sorted(DOCS)},
        "entities": ENTITIES,
        "relations": [{k: v for k, v in r.items() if k != "ev"} for r in RELATIONS],
    }
    with open(os.path.join(SET, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    req_e = [e for e in ENTITIES if not e.get("optional")]
    req_r = [r for r in RELATIONS if not r.get("optional")]
    dated = sum(len(r["dates"]) for r in req_r)
    from collections import Counter
    print("entities: %d required (%d in all); relations: %d required (%d in all); dated facts %d on %d dated required relations"
          % (len(req_e), len(ENTITIES), len(req_r), len(RELATIONS), dated, sum(1 for r in req_r if r["dates"])))
    print("required relations by type:", dict(Counter(alts(r["p"])[0] for r in req_r).most_common()))
    print("  of which leads accepting affiliated_with:", sum(1 for r in req_r if alts(r["p"])[0] == "leads" and "affiliated_with" in alts(r["p"])),
          "; organises accepting participates_in:", sum(1 for r in req_r if alts(r["p"])[0] == "organises" and "participates_in" in alts(r["p"])))
    print("required entities by type:", dict(Counter(e["type"] for e in req_e).most_common()))
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
