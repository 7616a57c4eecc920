"""Shared helpers of the heldout25 gold generator."""
import html
import os
import re
import unicodedata

TOOLS = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(TOOLS)
ARTICLES = os.path.join(SET, "articles")
GOLD = os.path.join(SET, "gold.json")

# publication dates, as each article prints them in its house style
PUBLISHED = {
    "01": ("01_basseterre_radio_website.txt", "2026-11-27"),
    "02": ("02_tarawa_island_weekly.txt", "2026-11-28"),
    "03": ("03_mbabane_national_daily.txt", "2026-12-01"),
    "04": ("04_bangui_news_site_english.txt", "2026-12-02"),
    "05": ("05_dili_tetum_weekly.txt", "2026-12-03"),
    "06": ("06_moroni_news_site.html", "2026-11-30"),
    "07": ("07_ashgabat_news_portal.txt", "2026-12-04"),
    "08": ("08_georgetown_daily.txt", "2026-11-24"),
    "09": ("09_bujumbura_weekly.txt", "2026-11-26"),
    "10": ("10_san_marino_italian_daily.txt", "2026-12-05"),
    "11": ("11_bissau_news_site.md", "2026-12-07"),
}


def doc_name(d):
    return PUBLISHED[d][0]


def straight(s):
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def article_text(fname):
    """The plain text of an article: the .html one with its tags stripped and
    its entities decoded; curly quotes read as straight ones; whitespace runs
    folded to one space."""
    with open(os.path.join(ARTICLES, fname), encoding="utf-8") as fh:
        t = fh.read()
    if fname.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return " ".join(straight(t).split())


def name_key(name):
    """The scorers' comparison key of a name."""
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"),
                 (".", ""), ("-", " "), (",", " ")):
        s = s.replace(a, b)
    if s.endswith("'s"):
        s = s[:-2]
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s
