"""Helpers for writing heldout17's gold: E() declares an entity, R() a relation."""
ENTITIES = {}
ORDER = []
RELATIONS = []
DOCS = {}

NATIONS = {
    "slovakia": ["Slovakia", "Slovak Republic", "Slovak"],
    "czechia": ["Czech Republic", "Czechia", "Czech"],
    "hungary": ["Hungary", "Hungarian"],
    "poland": ["Poland", "Polish"],
    "austria": ["Austria", "Austrian"],
    "ukraine": ["Ukraine", "Ukrainian"],
    "slovenia": ["Slovenia", "Slovenian"],
    "kenya": ["Kenya", "Republic of Kenya", "Kenyan"],
    "rwanda": ["Rwanda", "Republic of Rwanda", "Rwandan"],
    "uganda": ["Uganda", "Ugandan"],
    "finland": ["Finland", "Finnish"],
    "norway": ["Norway", "Norwegian"],
    "estonia": ["Estonia", "Estonian"],
    "sweden": ["Sweden", "Swedish"],
    "latvia": ["Latvia", "Latvian"],
    "lithuania": ["Lithuania", "Lithuanian"],
    "iceland": ["Iceland", "Icelandic"],
    "japan": ["Japan", "Japanese"],
    "portugal": ["Portugal", "Portuguese"],
    "spain": ["Spain", "Spanish"],
    "brazil": ["Brazil", "Brazilian"],
    "cabo_verde": ["Cabo Verde", "Cape Verde", "Cabo Verdean", "Cape Verdean"],
    "mozambique": ["Mozambique", "Mozambican"],
    "morocco": ["Morocco", "Moroccan"],
    "angola": ["Angola", "Angolan"],
    "italy": ["Italy", "Italian"],
    "ireland": ["Ireland", "Irish"],
    "uk": ["United Kingdom", "UK", "U.K.", "Britain", "British"],
    "malta": ["Malta", "Maltese"],
    "cyprus": ["Cyprus", "Cypriot"],
    "moldova": ["Moldova", "Republic of Moldova", "Moldovan"],
    "romania": ["Romania", "Romanian"],
    "us": ["United States", "U.S.", "US", "USA", "United States of America", "American"],
    "bih": ["Bosnia and Herzegovina", "Bosnian", "BiH"],
    "australia": ["Australia", "Australian"],
    "philippines": ["Philippines", "Philippine", "Filipino"],
    "vietnam": ["Vietnam", "Viet Nam", "Vietnamese"],
    "kuwait": ["Kuwait", "Kuwaiti"],
    "saudi": ["Saudi Arabia", "Saudi"],
    "uae": ["United Arab Emirates", "UAE", "Emirati"],
    "oman": ["Oman", "Omani"],
    "qatar": ["Qatar", "Qatari"],
    "bahrain": ["Bahrain", "Bahraini"],
    "india": ["India", "Indian"],
    "montenegro": ["Montenegro", "Montenegrin"],
    "france": ["France", "French"],
    "north_macedonia": ["North Macedonia", "Macedonian"],
    "albania": ["Albania", "Albanian"],
    "serbia": ["Serbia", "Serbian"],
    "kosovo": ["Kosovo", "Kosovar"],
    "netherlands": ["Netherlands", "Dutch", "Kingdom of the Netherlands"],
    "croatia": ["Croatia", "Croatian"],
    "russia": ["Russia", "Russian Federation", "Russian"],
}


def doc(name, published):
    DOCS[name] = {"published": published}
    return name


def N(nid, optional=False):
    """Declare a nation (once for the set); returns the id."""
    return E(nid, "Nation", NATIONS[nid], optional)


def E(eid, etype, names, optional=False):
    """Declare an entity once for the set; a later E() with the same id may add names
    and makes it required if any declaration is required."""
    if isinstance(names, str):
        names = [names]
    if eid in ENTITIES:
        e = ENTITIES[eid]
        assert e["type"] == etype, (eid, e["type"], etype)
        for n in names:
            if n not in e["names"]:
                e["names"].append(n)
        if not optional:
            e.pop("optional", None)
        return eid
    e = {"id": eid, "type": etype, "names": list(names)}
    if optional:
        e["optional"] = True
    ENTITIES[eid] = e
    ORDER.append(eid)
    return eid


def R(d, s, p, o, dates=(), opt=False):
    r = {"doc": d, "s": s, "p": p, "o": o, "dates": list(dates)}
    if opt:
        r["optional"] = True
    RELATIONS.append(r)
