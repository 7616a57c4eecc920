"""Helpers for the heldout19 gold: entity and relation records, nations."""
ENTITIES, RELATIONS = [], []


def E(eid, etype, *names, opt=False):
    e = {"id": eid, "type": etype, "names": list(names)}
    if opt:
        e["optional"] = True
    ENTITIES.append(e)


def R(doc, s, p, o, dates=(), opt=False):
    r = {"doc": doc, "s": s, "p": p, "o": o, "dates": list(dates)}
    if opt:
        r["optional"] = True
    RELATIONS.append(r)


NATIONS = [
    ("north_macedonia", "North Macedonia", "Macedonia", "Republic of North Macedonia", "Macedonian"),
    ("montenegro", "Montenegro", "Montenegrin"), ("albania", "Albania", "Albanian"),
    ("croatia", "Croatia", "Croatian"), ("slovenia", "Slovenia", "Slovenian", "Slovene"),
    ("bulgaria", "Bulgaria", "Bulgarian"),
    ("usa", "United States", "U.S.", "US", "USA", "United States of America", "American"),
    ("greece", "Greece", "Greek", "Hellenic Republic"), ("serbia", "Serbia", "Serbian"),
    ("estonia", "Estonia", "Estonian"), ("belgium", "Belgium", "Belgian"),
    ("netherlands", "Netherlands", "Dutch", "Holland"), ("luxembourg", "Luxembourg", "Luxemburg"),
    ("france", "France", "French"), ("germany", "Germany", "German"),
    ("argentina", "Argentina", "Argentine", "Argentinian"), ("chile", "Chile", "Chilean"),
    ("uruguay", "Uruguay", "Uruguayan"), ("paraguay", "Paraguay", "Paraguayan"),
    ("brazil", "Brazil", "Brazilian"), ("mexico", "Mexico", "Mexican"), ("spain", "Spain", "Spanish"),
    ("israel", "Israel", "Israeli"), ("nigeria", "Nigeria", "Nigerian", "Federal Republic of Nigeria"),
    ("russia", "Russia", "Russian", "Russian Federation"), ("ghana", "Ghana", "Ghanaian"),
    ("senegal", "Senegal", "Senegalese"), ("cote_divoire", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Ivorian"),
    ("togo", "Togo", "Togolese"), ("benin", "Benin", "Beninese"),
    ("uk", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British"),
    ("jordan", "Jordan", "Jordanian", "Hashemite Kingdom of Jordan"),
    ("uae", "United Arab Emirates", "UAE", "Emirates", "Emirati"), ("egypt", "Egypt", "Egyptian"),
    ("iraq", "Iraq", "Iraqi"), ("lebanon", "Lebanon", "Lebanese"), ("palestine", "Palestine", "Palestinian", "State of Palestine"),
    ("denmark", "Denmark", "Danish"), ("norway", "Norway", "Norwegian"), ("sweden", "Sweden", "Swedish", "Swede"),
    ("finland", "Finland", "Finnish"), ("iceland", "Iceland", "Icelandic"),
    ("costa_rica", "Costa Rica", "Costa Rican"), ("panama", "Panama", "Panamanian"),
    ("guatemala", "Guatemala", "Guatemalan"), ("dominican_republic", "Dominican Republic", "Dominican"),
    ("honduras", "Honduras", "Honduran"), ("el_salvador", "El Salvador", "Salvadoran"),
    ("nicaragua", "Nicaragua", "Nicaraguan"), ("botswana", "Botswana", "Motswana", "Batswana"),
    ("south_africa", "South Africa", "South African"), ("namibia", "Namibia", "Namibian"),
    ("zambia", "Zambia", "Zambian"), ("zimbabwe", "Zimbabwe", "Zimbabwean"),
    ("mozambique", "Mozambique", "Mozambican"), ("malawi", "Malawi", "Malawian"),
    ("angola", "Angola", "Angolan"), ("china", "China", "Chinese", "People's Republic of China"),
    ("oman", "Oman", "Omani", "Sultanate of Oman"), ("bahrain", "Bahrain", "Bahraini"),
    ("kuwait", "Kuwait", "Kuwaiti"), ("qatar", "Qatar", "Qatari"),
    ("saudi_arabia", "Saudi Arabia", "Saudi", "Kingdom of Saudi Arabia"), ("iran", "Iran", "Iranian"),
    ("bosnia", "Bosnia and Herzegovina", "Bosnia", "Bosnian", "BiH"), ("austria", "Austria", "Austrian"),
    ("hungary", "Hungary", "Hungarian"), ("slovakia", "Slovakia", "Slovak"), ("italy", "Italy", "Italian"),
    ("romania", "Romania", "Romanian"), ("ireland", "Ireland", "Irish", "Republic of Ireland"),
]
OPTIONAL_NATIONS = {"palestine"}
for n in NATIONS:
    E(n[0], "Nation", *n[1:], opt=n[0] in OPTIONAL_NATIONS)
