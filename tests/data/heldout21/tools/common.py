"""Helpers shared by entities.py, relations.py and build.py (heldout21)."""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.normpath(os.path.join(HERE, ".."))
ARTICLES = os.path.join(SET, "articles")

ENTITIES = []
RELATIONS = []

D01 = "01_dakar_business_magazine.txt"
D02 = "02_lusaka_state_daily.txt"
D03 = "03_bishkek_agency_translated.txt"
D04 = "04_tegucigalpa_daily.txt"
D05 = "05_tunis_news_site.txt"
D06 = "06_manama_daily.html"
D07 = "07_kathmandu_online.md"
D08 = "08_belgrade_tv_website.txt"
D09 = "09_bandar_weekly.txt"
D10 = "10_yaounde_bilingual_daily.txt"
D11 = "11_quito_expat_site.txt"

PUBLISHED = {D01: "2026-12-02", D02: "2026-12-01", D03: "2026-11-30", D04: "2026-12-01",
             D05: "2026-12-02", D06: "2026-12-02", D07: "2026-12-01", D08: "2026-12-01",
             D09: "2026-11-30", D10: "2026-11-30", D11: "2026-12-02"}


def E(eid, etype, *names, opt=False):
    """One entity: id, type, accepted names (first = fullest proper name)."""
    ENTITIES.append({"id": eid, "type": etype, "names": list(names), "optional": opt})


def R(doc, s, p, o, dates=(), ev="", opt=False):
    """One relation; ev is a verbatim passage of the article that states it."""
    RELATIONS.append({"doc": doc, "s": s, "p": p, "o": o, "dates": list(dates), "ev": ev,
                      "optional": opt})


def plain_text(doc):
    """The article's text as a reader sees it: tags stripped and entities decoded
    for the .html page, whitespace folded."""
    with open(os.path.join(ARTICLES, doc), encoding="utf-8") as fh:
        t = fh.read()
    if doc.endswith(".html"):
        t = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return " ".join(t.split())
