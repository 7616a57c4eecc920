"""Helpers for writing heldout15's gold: E() declares an entity (one per real
thing across the set; names are merged), R() a relation of the current doc.
'a|b' in s, p or o lists accepted readings."""
ENTS = {}      # id -> {"id","type","names","optional"}
REQ = set()    # ids declared required somewhere
RELS = []
DOCS = {}
_doc = [None]


def doc(name, published):
    DOCS[name] = {"published": published}
    _doc[0] = name


def E(eid, etype, names, opt=False):
    names = [n.strip() for n in names.split("|")]
    e = ENTS.setdefault(eid, {"id": eid, "type": etype, "names": []})
    assert e["type"] == etype, (eid, etype)
    for n in names:
        if n not in e["names"]:
            e["names"].append(n)
    if not opt:
        REQ.add(eid)
    e.setdefault("docs", set()).add(_doc[0])


def _alt(x):
    xs = x.split("|")
    return xs if len(xs) > 1 else xs[0]


def R(s, p, o, *dates, opt=False):
    r = {"doc": _doc[0], "s": _alt(s), "p": _alt(p), "o": _alt(o), "dates": list(dates)}
    if opt:
        r["optional"] = True
    RELS.append(r)
