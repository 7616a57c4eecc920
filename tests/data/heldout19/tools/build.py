#!/usr/bin/env python3
"""Build tests/data/heldout19/gold.json from the g*.py modules and check it.

Run: python3 tools/build.py  (from tests/data/heldout19 or anywhere).
Prints the counts and every problem found; exit 1 on a problem.
"""
import collections
import datetime
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(SET, "..", "..", ".."))
sys.path.insert(0, HERE)
import common  # noqa: E402
import g01_06, g04_07, g08_11  # noqa: E402,F401

PUBLISHED = {
    "01_skopje_live_blog.txt": "2026-11-25", "02_luxembourg_factbox.md": "2026-11-30",
    "03_buenos_aires_business_page.txt": "2026-11-19", "04_abuja_fact_check.txt": "2026-12-03",
    "05_amman_profile.txt": "2026-11-22", "06_copenhagen_op_ed.txt": "2026-12-01",
    "07_san_jose_editorial.txt": "2026-12-04", "08_gaborone_press_briefing.txt": "2026-11-27",
    "09_muscat_timeline.txt": "2026-11-30", "10_sarajevo_syndicated_story.txt": "2026-11-26",
    "11_belfast_tabloid.txt": "2026-11-28",
}
# weekdays the articles state, checked with datetime
WEEKDAYS = [("2026-11-25", 2), ("2026-11-27", 4), ("2026-11-24", 1), ("2026-11-30", 0),
            ("2026-11-19", 3), ("2026-11-18", 2), ("2026-11-16", 0), ("2026-12-03", 3),
            ("2026-12-01", 1), ("2026-12-02", 2), ("2026-11-22", 6), ("2026-12-04", 4),
            ("2026-11-23", 0), ("2026-11-26", 3), ("2026-11-29", 6), ("2026-11-28", 5)]
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
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def alts(x):
    return x if isinstance(x, list) else [x]


def name_key(name):
    sys.path.insert(0, os.path.join(ROOT, "tests", "eval"))
    from score_graph import name_key as nk
    return nk(name)


def article_texts():
    out = {}
    for f in sorted(os.listdir(os.path.join(SET, "articles"))):
        with open(os.path.join(SET, "articles", f), encoding="utf-8") as fh:
            t = fh.read()
        if f.endswith(".html"):
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out[f] = t
    return out


def check(gold, texts):
    bad = []
    ents = {e["id"]: e for e in gold["entities"]}
    if set(gold["documents"]) != set(texts):
        bad.append("documents differ from article files")
    if len(ents) != len(gold["entities"]):
        bad.append("duplicate entity id")
    owner = {}
    for e in gold["entities"]:
        for n in e["names"]:
            k = name_key(n)
            if k in owner and owner[k] != e["id"]:
                bad.append("name %r owned by %s and %s" % (n, owner[k], e["id"]))
            owner[k] = e["id"]
        if e["type"] != "Nation":
            for n in e["names"]:
                if not any(n.lower() in t.lower() for t in texts.values()):
                    bad.append("name %r of %s in no article" % (n, e["id"]))
    used = collections.defaultdict(set)
    seen = set()
    for r in gold["relations"]:
        key = json.dumps([r["doc"], r["s"], r["p"], r["o"]])
        if key in seen:
            bad.append("duplicate relation %s" % key)
        seen.add(key)
        if r["doc"] not in texts:
            bad.append("relation of unknown doc %s" % r["doc"])
        for x in alts(r["s"]) + alts(r["o"]):
            if x not in ents:
                bad.append("unknown id %s" % x)
                continue
            used[r["doc"]].add(x)
        for d in r["dates"]:
            if not DATE.match(d):
                bad.append("bad date %s" % d)
        if any(x not in ents for x in alts(r["s"]) + alts(r["o"])):
            continue
        s, o, p = ents[alts(r["s"])[0]], ents[alts(r["o"])[0]], alts(r["p"])[0]
        text = texts.get(r["doc"], "").lower()
        for e in (s, o):
            if not any(n.lower() in text for n in e["names"]):
                bad.append("%s not named in %s" % (e["id"], r["doc"]))
        if r.get("optional"):
            continue
        if s.get("optional") or o.get("optional"):
            bad.append("required relation on optional entity: %s" % key)
        src, dst = SOURCE[p]
        if (src and s["type"] not in src) or o["type"] not in dst:
            bad.append("types %s %s %s: %s" % (s["type"], p, o["type"], key))
    for d, wd in WEEKDAYS:
        if datetime.date.fromisoformat(d).weekday() != wd:
            bad.append("weekday of %s" % d)
    return bad


def self_graph(gold):
    nodes = [{"id": e["id"], "type": e["type"], "label": e["names"][0], "aliases": e["names"][1:]}
             for e in gold["entities"]]
    edges = []
    for r in gold["relations"]:
        for d in (r["dates"] or [None]):
            ed = {"id": "e%d" % len(edges), "source": alts(r["s"])[0], "target": alts(r["o"])[0],
                  "type": alts(r["p"])[0], "evidence": [{"doc": r["doc"]}]}
            if d:
                ed["date"] = d
            edges.append(ed)
    return {"nodes": nodes, "edges": edges}


def score(scorer, gold_path, graph):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(graph, fh)
    out = subprocess.run([sys.executable, scorer, "--gold", gold_path, "--graph", fh.name, "--json"],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(fh.name)
    return json.JSONDecoder().raw_decode(out.strip())[0]


def main():
    gold = {"about": ("Gold annotations of tests/data/heldout19/articles (blind set written in session 33 by "
                      "helper w17): entities (type, accepted names) and relations (subject, predicate, object, "
                      "dates). Lists in s/p/o are accepted alternatives; optional items are neither rewarded "
                      "nor penalised. Generated by tools/build.py."),
            "documents": {d: {"published": p} for d, p in sorted(PUBLISHED.items())},
            "entities": common.ENTITIES, "relations": common.RELATIONS}
    texts = article_texts()
    bad = check(gold, texts)
    path = os.path.join(SET, "gold.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    json.load(open(path, encoding="utf-8"))
    for scorer in (os.path.join(ROOT, "tests", "eval", "score_graph.py"), "/work/shared/eval/score.py"):
        if not os.path.exists(scorer):
            continue
        full, empty = score(scorer, path, self_graph(gold)), score(scorer, path, {"nodes": [], "edges": []})
        if (full["entities"]["f1"], full["relations"]["f1"], full["dates"]["recall"]) != (1.0, 1.0, 1.0):
            bad.append("%s on own graph: %s" % (scorer, full))
        if empty["entities"]["f1"] or empty["relations"]["f1"]:
            bad.append("%s on empty graph not 0" % scorer)
    req_e = [e for e in gold["entities"] if not e.get("optional")]
    req_r = [r for r in gold["relations"] if not r.get("optional")]
    print("entities %d required / %d all; relations %d required / %d all; dated facts %d on %d dated required "
          "relations" % (len(req_e), len(gold["entities"]), len(req_r), len(gold["relations"]),
                         sum(len(r["dates"]) for r in req_r), sum(1 for r in req_r if r["dates"])))
    print("required relations by type:", dict(collections.Counter(alts(r["p"])[0] for r in req_r).most_common()))
    print("required entities by type:", dict(collections.Counter(e["type"] for e in req_e).most_common()))
    words = {f: len(re.sub(r"[#*]", " ", t).split()) for f, t in texts.items()}
    print("words:", words)
    for b in bad:
        print("PROBLEM:", b)
    print("%d problems" % len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
