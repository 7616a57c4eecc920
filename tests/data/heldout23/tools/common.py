"""Shared helpers for the heldout23 gold generator."""
ENTITIES, RELATIONS = [], []
DOCS = {
    "01_kampala_diaspora_weekly.txt": "2026-11-27",
    "02_castries_tv_newsdesk.txt": "2026-11-30",
    "03_yerevan_online_daily.txt": "2026-11-25",
    "04_asuncion_correspondent_letter.txt": "2026-11-28",
    "05_san_jose_daily_english.txt": "2026-12-01",
    "06_paramaribo_newsletter_item.md": "2026-12-02",
    "07_maribor_regional_daily.txt": "2026-12-03",
    "08_antananarivo_daily.html": "2026-12-04",
    "09_honiara_campus_paper.txt": "2026-11-26",
    "10_banjul_private_daily.txt": "2026-12-05",
    "11_vientiane_english_daily.txt": "2026-12-07",
}


def E(id, type, *names, opt=False):
    e = {"id": id, "type": type, "names": list(names)}
    if opt:
        e["optional"] = True
    ENTITIES.append(e)


def R(doc, s, p, o, dates=(), opt=False, ev=""):
    """doc is the article's two-digit prefix; dates a string or tuple."""
    if isinstance(dates, str):
        dates = (dates,) if dates else ()
    r = {"doc": doc, "s": s, "p": p, "o": o, "dates": list(dates), "ev": ev}
    if opt:
        r["optional"] = True
    RELATIONS.append(r)
