"""Helpers shared by heldout24's gold tables (entities.py, relations.py)."""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ARTICLES = os.path.join(SET, "articles")

ENTITIES = []
RELATIONS = []


def E(eid, etype, names, opt=False):
    """An entity: id, contract type, accepted names (first is the label)."""
    e = {"id": eid, "type": etype, "names": list(names)}
    if opt:
        e["optional"] = True
    ENTITIES.append(e)
    return e


def R(doc, s, p, o, dates=(), ev="", opt=False):
    """A relation of article `doc` (its number, 1-11): s/p/o are an id or a
    list of accepted ids/types (first reading first), dates the dated facts,
    ev the verbatim evidence passage of the article."""
    r = {"doc": doc, "s": s, "p": p, "o": o, "dates": list(dates), "ev": ev}
    if opt:
        r["optional"] = True
    RELATIONS.append(r)
    return r


def article_files():
    return sorted(f for f in os.listdir(ARTICLES) if not f.startswith("."))


def plain_text(fname):
    """The text a reader sees: markup stripped and entities decoded for the
    .html page; curly apostrophes read as straight ones."""
    with open(os.path.join(ARTICLES, fname), encoding="utf-8") as fh:
        s = fh.read()
    if fname.endswith(".html"):
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return s


def squash(s):
    return " ".join(s.split())


def name_key(name):
    """The scorers' comparison key (tests/eval/score_graph.py)."""
    import unicodedata
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"),
                 (".", ""), ("-", " "), (",", " ")):
        s = s.replace(a, b)
    if s.endswith("'s"):
        s = s[:-2]
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s
