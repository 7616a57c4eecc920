#!/usr/bin/env python3
"""Write ../gold.json from entities.py and relations.py and check it."""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SET, alts, article_files, doc_of, load_texts, name_key  # noqa: E402
from entities import ENTITIES, ORDER  # noqa: E402
from relations import RELATIONS  # noqa: E402

PUBLISHED = {
    "01": "2026-11-27", "02": "2026-11-24", "03": "2026-12-02", "04": "2026-12-04",
    "05": "2026-11-26", "06": "2026-11-28", "07": "2026-11-30", "08": "2026-12-01",
    "09": "2026-12-03", "10": "2026-12-05", "11": "2026-12-07",
}
# how each article prints its weekday (checked against the date below)
WEEKDAY_PRINTED = {
    "01": None, "02": "Tuesday", "03": None, "04": "Friday", "05": None,
    "06": "Saturday, November 28", "07": "lunes", "08": None, "09": None, "10": None, "11": "Montag",
}
LOCAL_WEEKDAYS = {"lunes": 0, "Montag": 0, "Saturday, November 28": 5}

SOURCE = {
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
def occurs(name, text):
    """name occurs in text as whole words (case-insensitive)."""
    n = re.escape(name.lower().replace("\u2019", "'"))
    return re.search(r"(?<!\w)" + n + r"(?!\w)", text) is not None


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def main():
    texts = load_texts()
    problems = []
    files = article_files()
    docs = {}
    for pre, pub in PUBLISHED.items():
        try:
            docs[doc_of(pre)] = {"published": pub}
        except KeyError:
            problems.append("no article %s" % pre)
    if sorted(docs) != files:
        problems.append("documents differ from article files: %s" % sorted(set(files) ^ set(docs)))
    low = {f: t.lower() for f, t in texts.items()}
    every = " ".join(low.values())
    # names: keep those that occur in an article (nations keep all forms)
    entities = []
    dropped = []
    for eid in ORDER:
        ent = dict(ENTITIES[eid])
        if ent["type"] != "Nation":
            kept = [n for n in ent["names"] if occurs(n, every)]
            dropped += [(eid, n) for n in ent["names"] if n not in kept]
            ent["names"] = kept
            if not kept:
                problems.append("entity %s: no name occurs in any article" % eid)
        elif not any(occurs(n, every) for n in ent["names"]):
            problems.append("nation %s named in no article" % eid)
        entities.append(ent)
    byid = {x["id"]: x for x in entities}
    owner = {}
    for ent in entities:
        for n in ent["names"]:
            k = name_key(n)
            if k in owner and owner[k] != ent["id"]:
                problems.append("name %r owned by %s and %s" % (n, owner[k], ent["id"]))
            owner.setdefault(k, ent["id"])
    rels, seen = [], set()
    for rel in RELATIONS:
        f = doc_of(rel["doc"])
        text = low[f]
        pub = PUBLISHED[rel["doc"]]
        for k in ("s", "o"):
            for x in alts(rel[k]):
                if x not in byid:
                    problems.append("%s: unknown id %s" % (f, x))
        if any(x not in byid for k in ("s", "o") for x in alts(rel[k])):
            continue
        for p in alts(rel["p"]):
            if p not in SOURCE:
                problems.append("%s: bad predicate %s" % (f, p))
        ev = rel["ev"].replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        if ev.lower() not in text:
            problems.append("%s: evidence not verbatim: %r" % (f, rel["ev"]))
        s0, o0, p0 = alts(rel["s"])[0], alts(rel["o"])[0], alts(rel["p"])[0]
        for x in (s0, o0):
            if not any(occurs(n, text) for n in byid[x]["names"]):
                problems.append("%s: first reading %s not named in the article" % (f, x))
        if not rel.get("optional"):
            for x in (s0, o0):
                if byid[x].get("optional"):
                    problems.append("%s: required relation touches optional %s" % (f, x))
            src, tgt = SOURCE[p0]
            if (src and byid[s0]["type"] not in src) or byid[o0]["type"] not in tgt:
                problems.append("%s: types %s %s %s" % (f, byid[s0]["type"], p0, byid[o0]["type"]))
        for d in rel["dates"]:
            if not DATE_RE.match(d):
                problems.append("%s: bad date %s" % (f, d))
            elif d > pub[:len(d)]:
                problems.append("%s: date %s after publication %s" % (f, d, pub))
        key = (f, json.dumps(rel["s"]), json.dumps(rel["p"]), json.dumps(rel["o"]), tuple(rel["dates"]))
        if key in seen:
            problems.append("duplicate relation %s" % (key,))
        seen.add(key)
        key1 = (f, str(alts(rel["s"])[0]), str(alts(rel["p"])[0]), str(alts(rel["o"])[0]))
        if key1 in seen:
            problems.append("two relations with the same first readings: %s" % (key1,))
        seen.add(key1)
        out = {"doc": f, "s": rel["s"], "p": rel["p"], "o": rel["o"], "dates": rel["dates"]}
        if rel.get("optional"):
            out["optional"] = True
        rels.append(out)
    req_e = [x for x in entities if not x.get("optional")]
    req_r = [x for x in rels if not x.get("optional")]
    etypes = {x["type"] for x in req_e}
    ptypes = {alts(x["p"])[0] for x in req_r}
    if len(etypes) != 7:
        problems.append("node types among required: %s" % sorted(etypes))
    if len(ptypes) != 10:
        problems.append("edge types among required: %s" % sorted(ptypes))
    # weekdays of publication dates
    for pre, pub in PUBLISHED.items():
        d = datetime.date.fromisoformat(pub)
        w = WEEKDAY_PRINTED[pre]
        en = d.strftime("%A")
        if w and w.lower() not in low[doc_of(pre)]:
            problems.append("%s: weekday %s not printed in the article" % (pre, w))
        if w:
            want = LOCAL_WEEKDAYS.get(w)
            ok = (w == en) if want is None else (want == d.weekday())
            if not ok:
                problems.append("%s: weekday %s printed but %s is a %s" % (pre, w, pub, en))
        print("%s %s %s%s" % (pre, pub, en, " (printed: %s)" % w if w else ""))
    gold = {
        "about": "Gold annotations of tests/data/heldout26/articles (blind set written in "
                 "session 40 by helper w31): entities (type, accepted names) and relations "
                 "(subject, predicate, object, dates). Lists in s/p/o are accepted alternatives. "
                 "optional: neither rewarded nor penalised. dates: each is a dated fact, resolved "
                 "against the document's publication date.",
        "documents": docs, "entities": entities, "relations": rels,
    }
    with open(os.path.join(SET, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    json.load(open(os.path.join(SET, "gold.json"), encoding="utf-8"))
    for eid, n in dropped:
        print("dropped name (in no article): %s %r" % (eid, n))
    cnt = lambda xs, f: {k: sum(1 for x in xs if f(x) == k) for k in sorted({f(x) for x in xs})}
    print("entities: %d required (%d in all) %s" % (len(req_e), len(entities), cnt(req_e, lambda x: x["type"])))
    print("relations: %d required (%d in all) %s" % (len(req_r), len(rels), cnt(req_r, lambda x: alts(x["p"])[0])))
    print("dated facts: %d (on %d dated required relations)" % (
        sum(len(x["dates"]) for x in req_r), sum(1 for x in req_r if x["dates"])))
    perdoc = cnt(req_r, lambda x: x["doc"][:2])
    print("required relations per doc:", perdoc)
    for p in problems:
        print("PROBLEM:", p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
