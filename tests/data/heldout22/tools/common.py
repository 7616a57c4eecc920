"""Shared helpers: the entity and relation tables are written with E() and R()."""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.normpath(os.path.join(HERE, ".."))
ARTICLES = os.path.join(SET, "articles")

ENTITIES = []   # dicts: id, type, names, optional?
RELATIONS = []  # dicts: doc, s, p, o, dates, optional?, ev


def E(eid, etype, *names, opt=False):
    e = {"id": eid, "type": etype, "names": list(names)}
    if opt:
        e["optional"] = True
    ENTITIES.append(e)
    return eid


DOC = [None]


def doc(name):
    DOC[0] = name


def R(s, p, o, dates=(), ev="", opt=False):
    r = {"doc": DOC[0], "s": s, "p": p, "o": o, "dates": list(dates)}
    if opt:
        r["optional"] = True
    r["ev"] = ev
    RELATIONS.append(r)
    return r


def article_text(name):
    """The article's text as a reader sees it: .html without tags, entities decoded."""
    with open(os.path.join(ARTICLES, name), encoding="utf-8") as fh:
        t = fh.read()
    if name.endswith(".html"):
        t = t.split("<body>", 1)[-1]
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t
