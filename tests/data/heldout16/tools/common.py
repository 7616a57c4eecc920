"""Helpers for writing heldout16's gold: E() declares an entity (one per real
thing across the set; names are merged), R() a relation of the current doc.
'a|b' in s, p or o lists accepted readings; opt=True marks optional items."""
ENTS = {}
REQ = set()
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


NATIONS = {
    "israel": "Israel|Israeli|State of Israel",
    "greece": "Greece|Greek|Hellenic Republic",
    "cyprus": "Cyprus|Cypriot|Republic of Cyprus",
    "japan": "Japan|Japanese",
    "italy": "Italy|Italian",
    "egypt": "Egypt|Egyptian",
    "georgia": "Georgia|Georgian",
    "estonia": "Estonia|Estonian|Republic of Estonia",
    "moldova": "Moldova|Moldovan|Republic of Moldova",
    "ukraine": "Ukraine|Ukrainian",
    "norway": "Norway|Norwegian",
    "iceland": "Iceland|Icelandic",
    "switzerland": "Switzerland|Swiss",
    "ghana": "Ghana|Ghanaian|Republic of Ghana",
    "civ": "Côte d’Ivoire|Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Ivorian",
    "togo": "Togo|Togolese",
    "nigeria": "Nigeria|Nigerian",
    "chile": "Chile|Chilean",
    "peru": "Peru|Peruvian",
    "colombia": "Colombia|Colombian",
    "uruguay": "Uruguay|Uruguayan",
    "paraguay": "Paraguay|Paraguayan",
    "ecuador": "Ecuador|Ecuadorian",
    "spain": "Spain|Spanish",
    "argentina": "Argentina|Argentine|Argentinian",
    "brazil": "Brazil|Brazilian",
    "netherlands": "Netherlands|the Netherlands|Dutch|Holland",
    "belgium": "Belgium|Belgian",
    "luxembourg": "Luxembourg|Luxemburg",
    "latvia": "Latvia|Latvian",
    "lithuania": "Lithuania|Lithuanian",
    "denmark": "Denmark|Danish",
    "finland": "Finland|Finnish",
    "sweden": "Sweden|Swedish",
    "poland": "Poland|Polish",
    "thailand": "Thailand|Thai|Kingdom of Thailand",
    "vietnam": "Vietnam|Viet Nam|Vietnamese",
    "malaysia": "Malaysia|Malaysian",
    "indonesia": "Indonesia|Indonesian",
    "philippines": "Philippines|the Philippines|Philippine|Filipino",
    "cambodia": "Cambodia|Cambodian",
    "laos": "Laos|Lao|Lao PDR",
    "timor_leste": "Timor-Leste|East Timor|Timorese",
    "australia": "Australia|Australian",
    "new_zealand": "New Zealand|New Zealander",
    "myanmar": "Myanmar|Burma",
    "singapore": "Singapore|Singaporean",
    "india": "India|Indian|Republic of India",
    "croatia": "Croatia|Croatian",
    "slovenia": "Slovenia|Slovenian",
    "montenegro": "Montenegro|Montenegrin",
    "albania": "Albania|Albanian",
    "bih": "Bosnia and Herzegovina|Bosnian",
    "north_macedonia": "North Macedonia|Macedonian",
    "armenia": "Armenia|Armenian|Republic of Armenia",
    "france": "France|French|French Republic",
    "south_korea": "South Korea|Republic of Korea|Korea|South Korean",
}


def N(eid, opt=False):
    E(eid, "Nation", NATIONS[eid], opt)
