#!/usr/bin/env python3
"""Deterministic generator of news-style articles for the benchmark.

Writes articles in the genre of examples/articles (alliances, agencies,
exercises, meetings, dates) until the corpus reaches the requested size:

  generate_corpus.py --size-mb 10 --out DIR [--seed 1]

The same arguments always give the same bytes. Names mix entities the
shipped lexicon knows (nations, alliances, exercises) with invented people,
agencies and places, so that recognition, resolution and relation patterns
all do real work.
"""
import argparse
import os
import random

NATIONS = ["Estonia", "Latvia", "Lithuania", "Finland", "Sweden", "Norway", "Denmark", "Poland",
           "Germany", "France", "Italy", "Spain", "Portugal", "the Netherlands", "Belgium",
           "Luxembourg", "Canada", "the United States", "the United Kingdom", "Japan", "South Korea",
           "Australia", "New Zealand", "Singapore", "Ukraine", "Georgia", "Moldova", "Ireland",
           "Austria", "Switzerland", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria",
           "Greece", "Croatia", "Slovenia", "Iceland", "India", "Brazil", "Chile", "Mexico"]
DEMONYMS = {"Estonia": "Estonian", "Latvia": "Latvian", "Lithuania": "Lithuanian", "Finland": "Finnish",
            "Sweden": "Swedish", "Norway": "Norwegian", "Denmark": "Danish", "Poland": "Polish",
            "Germany": "German", "France": "French", "Italy": "Italian", "Spain": "Spanish",
            "Canada": "Canadian", "Japan": "Japanese", "South Korea": "South Korean",
            "Australia": "Australian", "Ukraine": "Ukrainian", "Ireland": "Irish", "India": "Indian"}
ALLIANCES = ["NATO", "the European Union", "the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)",
             "the Five Eyes intelligence alliance", "the Organization for Security and Co-operation in Europe (OSCE)",
             "the European Union Agency for Cybersecurity (ENISA)"]
EXERCISES = ["Locked Shields", "Cyber Coalition", "Cyber Flag", "Crossed Swords", "Baltic Sentry",
             "Northern Shield", "Cyber Europe", "Steadfast Defender", "Iron Wolf", "Silent Harbour"]
AGENCY_HEADS = ["Cyber Command", "Ministry of Defence", "National Security Agency", "Cyber Security Centre",
                "Defence Forces", "Signals Directorate", "Intelligence Service", "Cyber Defence Centre",
                "Information Security Authority", "Institute for Security Studies"]
CITIES = {"Estonia": "Tallinn", "Latvia": "Riga", "Lithuania": "Vilnius", "Finland": "Helsinki",
          "Sweden": "Stockholm", "Norway": "Oslo", "Denmark": "Copenhagen", "Poland": "Warsaw",
          "Germany": "Berlin", "France": "Paris", "Japan": "Tokyo", "South Korea": "Seoul",
          "Canada": "Ottawa", "Australia": "Canberra", "Ukraine": "Kyiv", "Ireland": "Dublin"}
GIVEN = ["Anna", "Mart", "Kaisa", "Jonas", "Ingrid", "Pavel", "Sofia", "Tomas", "Elena", "Marek",
         "Hiroshi", "Min-jun", "Aiko", "Lars", "Petra", "Oskar", "Nadia", "Viktor", "Lea", "Rasmus"]
FAMILY = ["Kask", "Ozols", "Kazlauskas", "Virtanen", "Lindgren", "Hansen", "Nowak", "Schmidt",
          "Moreau", "Rossi", "Tanaka", "Park", "Kim", "Walsh", "Novak", "Horvath", "Popescu",
          "Petrov", "Jensen", "Berg"]
ROLES = ["the Director of", "the Commander of", "the head of", "a spokesperson for", "the deputy director of"]
TITLES = ["Colonel", "General", "Minister", "Director", "Dr.", "Prof.", "Lt. Gen.", "Adm."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
# Sentences with few or no entities, as most of a real article is.
FILLER = ["Officials said the scenarios simulate attacks against power grids, water utilities and hospitals.",
          "The teams will defend virtual networks against a red team playing a hostile state.",
          "Analysts say such drills have become a regular part of defence planning across the region.",
          "The organisers did not say how many attacks the blue teams would face this time.",
          "Participants are expected to share lessons learned with their national response teams.",
          "Experts warn that ransomware and attacks on supply chains remain the most pressing threats.",
          "The ministry said more details would be published after the exercise ends.",
          "Observers noted that cooperation on cyber defence has grown steadily over the past decade.",
          "The training focuses on incident response, forensic analysis and strategic communication.",
          "Some of the scenarios were built around disinformation campaigns and attacks on satellites."]
PUBLISHERS = ["The Northern Ledger", "Defence Wire", "Pacific Security Review", "Baltic Times Review",
              "The Cyber Desk", "Security Journal"]


def strip_the(name):
    return name[4:] if name.startswith("the ") else name


class Article:
    def __init__(self, rnd, index):
        self.r = rnd
        self.year = rnd.randint(2015, 2025)
        self.month = rnd.randint(1, 12)
        self.day = rnd.randint(1, 28)
        self.nation = rnd.choice(NATIONS)
        self.others = rnd.sample([n for n in NATIONS if n != self.nation], 4)
        self.exercise = rnd.choice(EXERCISES)
        self.alliance = rnd.choice(ALLIANCES)
        self.agency = "%s's %s" % (strip_the(self.nation), rnd.choice(AGENCY_HEADS))
        self.person = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
        self.person2 = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
        self.index = index

    def date(self):
        r = self.r
        kind = r.randint(0, 6)
        if kind == 0:
            return "on %s %d, %d" % (r.choice(MONTHS), r.randint(1, 28), r.randint(2008, self.year))
        if kind == 1:
            return "in %d" % r.randint(2008, self.year)
        if kind == 2:
            return "last year"
        if kind == 3:
            return "in %s of last year" % r.choice(MONTHS)
        if kind == 4:
            return "from %s %d to %s %d" % (MONTHS[self.month - 1], 3, MONTHS[self.month - 1], 14)
        if kind == 5:
            return "on %s" % r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        return "earlier this year"

    def sentences(self):
        r, a = self.r, self
        other = r.choice(a.others)
        city = CITIES.get(strip_the(a.nation), "the capital")
        pool = [
            "%s joined %s %s." % (a.nation, a.alliance, a.date()),
            "%s took part in %s, a cyber defence exercise hosted by %s, %s." % (a.agency, a.exercise, a.alliance, a.date()),
            "%s, %s %s, said the drill showed how far cooperation had come." % (a.person, r.choice(ROLES), a.agency),
            "%s %s met with %s in %s %s to discuss %s." % (r.choice(TITLES), a.person, a.person2, city, a.date(), a.exercise),
            "The %s military participated in %s %s as an observer." % (DEMONYMS.get(strip_the(a.nation), "national"), a.exercise, a.date()),
            "%s, %s, and %s also sent teams to the exercise." % (a.others[0], a.others[1], a.others[2]),
            "%s was admitted to %s as a contributing participant %s." % (other, a.alliance, a.date()),
            "The exercise, which is held in %s every year, brought together 1,200 officials from 38 countries." % city,
            "%s and %s agreed to strengthen ties in cyberspace %s." % (a.nation, other, a.date()),
            "%s signed the %s Cyber Partnership Programme with %s %s." % (a.nation, strip_the(other), a.alliance, a.date()),
            "%s did not join the drill %s." % (r.choice(a.others), a.date()),
            "According to %s, more than %d experts will train together over a five-day period." % (a.agency, r.randint(100, 3000)),
            "%s, who leads %s, said the country plans to host %s next year." % (a.person2, a.agency, a.exercise),
        ]
        r.shuffle(pool)
        chosen = pool[: r.randint(7, len(pool))]
        for filler in r.sample(FILLER, r.randint(5, 10)):
            chosen.insert(r.randint(0, len(chosen)), filler)
        return chosen

    def text(self):
        r = self
        head = "%s %s %s" % (strip_the(self.nation), self.r.choice(["joins", "hosts", "expands"]), self.exercise)
        byline = "By %s %s, %s" % (self.r.choice(GIVEN), self.r.choice(FAMILY), self.r.choice(PUBLISHERS))
        stamp = "%s %d, %d %d:%02d%s GMT+%d" % (ABBR[r.month - 1], r.day, r.year, self.r.randint(1, 12),
                                             self.r.randint(0, 59), self.r.choice(["AM", "PM"]), self.r.randint(0, 9))
        paragraphs, body = [], self.sentences()
        while body:
            take = self.r.randint(2, 4)
            paragraphs.append(" ".join(body[:take]))
            body = body[take:]
        return "%s\n\n%s\n%s\n\n%s\n" % (head, byline, stamp, "\n\n".join(paragraphs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    target, written, index = int(args.size_mb * 1024 * 1024), 0, 0
    while written < target:
        # 1,000 files a folder, so that folders stay listable.
        folder = os.path.join(args.out, "%04d" % (index // 1000))
        os.makedirs(folder, exist_ok=True)
        data = Article(rnd, index).text().encode("utf-8")
        with open(os.path.join(folder, "article_%07d.txt" % index), "wb") as fh:
            fh.write(data)
        written += len(data)
        index += 1
    print("%d articles, %d bytes in %s" % (index, written, args.out))


if __name__ == "__main__":
    main()
