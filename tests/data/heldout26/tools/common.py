"""Shared helpers of the heldout26 gold generator."""
import html
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ARTICLES = os.path.join(SET, "articles")


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


def alts(x):
    return x if isinstance(x, list) else [x]


def plain(text, fname):
    """An article's text as read for checks: .html without tags, entities
    decoded; curly quotes read as straight ones; whitespace collapsed."""
    if fname.endswith(".html"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    return " ".join(text.split())


def article_files():
    return sorted(f for f in os.listdir(ARTICLES) if not f.startswith("."))


def doc_of(prefix):
    for f in article_files():
        if f.startswith(prefix + "_"):
            return f
    raise KeyError(prefix)


def load_texts():
    out = {}
    for f in article_files():
        with open(os.path.join(ARTICLES, f), encoding="utf-8") as fh:
            out[f] = plain(fh.read(), f)
    return out
