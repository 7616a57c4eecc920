"""Shared registry of the heldout18 gold: entities (one per real thing across the set) and relations."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLES = os.path.join(ROOT, "articles")

DOCS = {
    1: ("01_tallinn_security_news.txt", "2026-11-24"),
    2: ("02_astana_wire.txt", "2026-11-20"),
    3: ("03_reykjavik_broadcaster.txt", "2026-11-17"),
    4: ("04_athens_trade_magazine.txt", "2026-12-01"),
    5: ("05_rabat_english_edition.txt", "2026-11-27"),
    6: ("06_aberdeen_regional_paper.txt", "2026-11-26"),
    7: ("07_tirana_ministry_release.txt", "2026-11-26"),
    8: ("08_tashkent_explainer.md", "2026-11-30"),
    9: ("09_colombo_weekly_roundup.txt", "2026-11-28"),
    10: ("10_nicosia_interview.html", "2026-11-29"),
    11: ("11_lima_corrected_report.txt", "2026-12-02"),
}

ENTITIES = {}
RELATIONS = []


def E(eid, etype, names, opt=False):
    """Register an entity; the same id twice is a generator error."""
    if eid in ENTITIES:
        raise ValueError("duplicate entity id " + eid)
    e = {"id": eid, "type": etype, "names": list(names)}
    if opt:
        e["optional"] = True
    ENTITIES[eid] = e


def R(doc, s, p, o, dates=(), opt=False):
    r = {"doc": DOCS[doc][0], "s": s, "p": p, "o": o, "dates": list(dates)}
    if opt:
        r["optional"] = True
    RELATIONS.append(r)


def N(eid, names):
    E(eid, "Nation", names)


def O(eid, names, opt=False):
    E(eid, "Organisation", names, opt)


def P(eid, names, opt=False):
    E(eid, "Person", names, opt)


def PL(eid, names, opt=False):
    E(eid, "Place", names, opt)
