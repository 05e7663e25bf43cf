"""Generate the model catalogue: ``sitemodel/data/organisations.json`` and ``activities.json``.

Deterministic (seeded) and re-runnable: ``python -m sitemodel.generate``. Dates are stored as
day offsets from the model's "today" plus local times, so the model never goes stale; see
``sitemodel/catalogue.py`` for how they become timezone-aware datetimes.

Each activity carries a ``truth`` object: the labels a correct tagger should give, built from
the labels attached to the phrases the generator chose (``phrases.py``), never by parsing the
generated text. The labelling rules are documented in ``MARKUP.md`` ("Truth labels").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

from sitemodel import phrases as P
from sitemodel.places import ELSEWHERE, RIVIERENLAND, RIVIERENLAND_MUNICIPALITIES, COMMON_STREETS, TOWN_STREETS, Place

SEED = 20231121
DATA_DIR = Path(__file__).parent / "data"

# How many activities per Rivierenland locality (main towns get more).
MAIN_COUNTS = {"Mechelen": 48, "Lier": 18, "Heist-op-den-Berg": 12, "Willebroek": 10, "Bornem": 9,
               "Duffel": 9, "Sint-Katelijne-Waver": 9, "Bonheiden": 8, "Berlaar": 7, "Nijlen": 8,
               "Putte": 7, "Puurs": 9}


def slugify(text: str) -> str:
    import unicodedata
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60].strip("-") or "activiteit"


def structured_variant(site_id: str) -> str:
    """jsonld ~45 % / microdata ~20 % / none ~35 %, fixed by the id."""
    bucket = int(hashlib.sha256(site_id.encode()).hexdigest(), 16) % 100
    return "jsonld" if bucket < 45 else "microdata" if bucket < 65 else "none"


# ---------------------------------------------------------------------------------------
# Organisations
MUNI_SOCIAL = {"Mechelen": "Dienst Samenleven Mechelen", "Lier": "Sociaal Huis Lier",
               "Heist-op-den-Berg": "Welzijnshuis Heist-op-den-Berg", "Willebroek": "Sociaal Huis Willebroek",
               "Bornem": "OCMW Bornem", "Duffel": "Sociaal Huis Duffel",
               "Sint-Katelijne-Waver": "Dienst Welzijn Sint-Katelijne-Waver", "Bonheiden": "Sociaal Huis Bonheiden",
               "Berlaar": "Sociaal Huis Berlaar", "Nijlen": "Welzijnsloket Nijlen", "Putte": "Sociaal Huis Putte",
               "Puurs-Sint-Amands": "Sociaal Huis Puurs-Sint-Amands"}
ALL_R = RIVIERENLAND_MUNICIPALITIES
ORG_SPECS: list[tuple[str, list[str], list[str], str]] = [
    ("Duo in de Stad vzw", ["buddy"], ["Mechelen", "Bonheiden", "Sint-Katelijne-Waver"], "nl"),
    ("Taalkoppels Rivierenland", ["buddy", "conversation"], ["Lier", "Nijlen", "Heist-op-den-Berg", "Berlaar"], "nl"),
    ("Babbelbrug vzw", ["conversation"], ["Mechelen", "Willebroek"], "nl"),
    ("Praatcafé De Toog", ["conversation"], ["Lier", "Duffel"], "nl"),
    ("Wandelclub De Stapstenen", ["walking"], ["Bornem", "Puurs-Sint-Amands"], "nl"),
    ("Groene Voeten wandelgroep", ["walking"], ["Heist-op-den-Berg", "Putte"], "nl"),
    ("Kookatelier Pot & Pan", ["cooking"], ["Mechelen"], "nl"),
    ("Wereldkeuken Willebroek vzw", ["cooking"], ["Willebroek", "Puurs-Sint-Amands"], "nl"),
    ("Koor Vrije Stemmen", ["singing"], ["Mechelen", "Bonheiden"], "nl"),
    ("Zangatelier Stemmig", ["singing"], ["Duffel", "Lier"], "nl"),
    ("Museumvrienden aan de Dijle", ["museum"], ["Mechelen"], "nl"),
    ("Erfgoedkring Lierse Vesten", ["museum", "walking"], ["Lier"], "nl"),
    ("FC Ons Dorp", ["sports"], ["Bonheiden", "Sint-Katelijne-Waver"], "nl"),
    ("Netespikers Volleybal", ["sports"], ["Nijlen", "Berlaar"], "nl"),
    ("Zwemclub De Otters", ["sports"], ["Bornem", "Willebroek"], "nl"),
    ("Fietsschool Op Wielen", ["sports"], ["Mechelen", "Duffel"], "nl"),
    ("Repair Café De Schroevendraaier", ["creative", "volunteering"], ["Putte", "Heist-op-den-Berg"], "nl"),
    ("Samentuin Het Zaadje", ["creative"], ["Sint-Katelijne-Waver", "Mechelen"], "nl"),
    ("Buurtwerk Den Hoek", ["neighbourhood", "conversation"], ["Mechelen"], "nl"),
    ("Buurtcentrum De Pit", ["neighbourhood", "familyday"], ["Willebroek"], "nl"),
    ("Vrijwilligerspunt Rivierenland", ["volunteering"], ALL_R, "nl"),
    ("Sociale Kruidenier De Mand", ["volunteering"], ["Lier", "Nijlen"], "nl"),
    ("Werkwinkel Plus vzw", ["jobprep"], ["Mechelen", "Willebroek", "Bornem"], "nl"),
    ("Job & Taal vzw", ["jobprep"], ["Heist-op-den-Berg", "Lier", "Putte"], "nl"),
    ("Ouders Samen vzw", ["familyday", "library"], ["Mechelen", "Sint-Katelijne-Waver", "Duffel"], "nl"),
    ("Speelpleinwerking Kwiek", ["familyday"], ["Bonheiden", "Berlaar"], "nl"),
    ("Digidak vzw", ["creative"], ["Bornem", "Puurs-Sint-Amands", "Mechelen"], "nl"),
    ("Breiclub Losse Steek", ["creative"], ["Berlaar", "Nijlen"], "nl"),
    ("Dienstencentrum Zonnewijzer", ["neighbourhood"], ["Putte", "Heist-op-den-Berg"], "nl"),
    ("Wijkhuis Ter Heide", ["neighbourhood", "cooking"], ["Nijlen", "Lier"], "nl"),
    ("International Women's Circle Mechelen", ["neighbourhood"], ["Mechelen"], "en"),
    ("Expat Connect Rivierenland", ["conversation", "walking", "jobprep"], ["Mechelen", "Lier", "Bonheiden"], "en"),
    ("Cercle des nouveaux arrivants", ["conversation", "neighbourhood"], ["Mechelen", "Willebroek"], "fr"),
]
ELSEWHERE_ORGS: list[tuple[str, list[str], str]] = [
    ("Buurthuis De Ruis", ["1601 Ruisbroek"], "nl"),
    ("Samen Gingelom vzw", ["3891 Muizen", "3800 Aalst"], "nl"),
    ("Ontmoetingshuis Kessel-Lo", ["3010 Kessel-Lo", "3000 Leuven", "3290 Deurne"], "nl"),
    ("Maasland Samen vzw", ["3630 Maasmechelen", "3630 Mechelen-aan-de-Maas", "3500 Hasselt"], "nl"),
    ("Dorpshuis Lierde", ["9570 Lierde", "9690 Berchem"], "nl"),
    ("Kustwerking Heist", ["8301 Heist-aan-Zee", "8000 Brugge", "8500 Kortrijk"], "nl"),
    ("Babbelkot Antwerpen", ["2000 Antwerpen", "2600 Berchem", "2550 Kontich", "2840 Rumst"], "nl"),
    ("Taalpunt Gent-Zuid", ["9000 Gent", "9200 Dendermonde"], "nl"),
    ("Brussels Praathuis vzw", ["1000 Brussel", "1030 Schaarbeek", "1080 Sint-Jans-Molenbeek", "1800 Vilvoorde", "1500 Halle"], "fr"),
    ("Kempen Verbindt", ["2300 Turnhout", "2400 Mol"], "nl"),
]
ONLINE_ORG = ("Digitale Praattafel vzw", "nl")

ORG_BLURBS_NL = [
    "{name} is een vereniging van vrijwilligers die mensen samenbrengt.",
    "Wij zijn een kleine vzw met een groot hart. We organiseren activiteiten voor en met de buurt.",
    "{name} werkt al jaren rond ontmoeting, taal en samenleven.",
    "Welkom bij {name}! Hier vind je al onze activiteiten.",
    "Een dienst van het lokaal bestuur.",
]

VENUE_NAMES = ["De Schakel", "Den Boogaard", "De Kring", "'t Pleintje", "De Brug", "Het Anker", "De Loods",
               "Ter Elst", "De Wissel", "Het Gildenhuis", "De Markthal", "Den Horizon"]
SAINTS = ["Jozef", "Rombout", "Gummarus", "Amandus", "Pieter", "Martinus", "Catharina"]


class Generator:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.orgs: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self._org_ids = iter(self.rng.sample(range(101, 999), 200))
        self._act_ids = iter(self.rng.sample(range(10000, 99999), 600))

    # -- helpers ------------------------------------------------------------------------
    def phone(self, place: Place | None) -> str:
        r = self.rng
        zone = "015"
        if place is not None:
            if place.municipality in {"Lier", "Nijlen", "Berlaar", "Bornem", "Puurs-Sint-Amands", "Willebroek", "Antwerpen", "Kontich", "Rumst"}:
                zone = "03"
            elif place.nis.startswith("21") or place.nis.startswith("23"):
                zone = "02"
            elif place.nis.startswith("4"):
                zone = "09"
            elif place.nis.startswith("7"):
                zone = "011"
            elif place.nis.startswith("3"):
                zone = "050"
            elif place.nis.startswith("24"):
                zone = "016"
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.randint(2, 9)
        mobile = f"04{r.choice('789')}{r.randint(0, 9)}"
        if len(zone) == 2:   # 03 / 02: 7-digit subscriber number
            a, b, c = "".join(map(str, d[:3])), "".join(map(str, d[3:5])), "".join(map(str, d[5:7]))
        else:
            a, b, c = "".join(map(str, d[:2])), "".join(map(str, d[2:4])), "".join(map(str, d[4:6]))
        z = zone[1:]
        formats = [
            f"{zone} {a} {b} {c}", f"+32 ({zone[0]}){z}/{a}.{b}.{c}", f"{mobile}/{d[0]}{d[1]} {d[2]}{d[3]} {d[4]}{d[5]}",
            f"{zone}/{a}.{b}.{c}", f"+32 {mobile[1:]} {d[0]}{d[1]} {d[2]}{d[3]} {d[4]}{d[5]}",
            f"{zone}-{a}{b}{c}", f"0032 {z} {a} {b} {c}",
        ]
        return r.choice(formats)

    def person(self) -> str:
        return f"{self.rng.choice(P.FIRST_NAMES)} {self.rng.choice(P.LAST_NAMES)}"

    def street(self, place: Place) -> str:
        r = self.rng
        streets = TOWN_STREETS.get(place.locality, []) + COMMON_STREETS
        number = str(r.randint(1, 180))
        if r.random() < 0.08:
            number += r.choice(["A", "B", " bus 3", "/2"])
        return f"{r.choice(streets)} {number}"

    # -- organisations ------------------------------------------------------------------
    def make_org(self, name: str, kinds: list[str], area: list[str], lang: str,
                 home: Place | None, places: list[Place] | None = None) -> dict[str, Any]:
        r = self.rng
        oid = str(next(self._org_ids))
        slug = slugify(name)
        domain = f"{slug.replace('-', '')[:24]}.example"
        blurb = r.choice(ORG_BLURBS_NL).format(name=name) if lang == "nl" else {
            "en": f"{name} brings newcomers and locals together.",
            "fr": f"{name} accueille les nouveaux arrivants et les aide à trouver leur place."}[lang]
        org = {
            "id": oid, "name": name, "slug": slug, "lang": lang, "kinds": kinds, "area": area,
            "description_html": f"<p>{escape_text(blurb)}</p>",
            "street": self.street(home) if home else None,
            "postcode": home.postcode if home else None,
            "locality": home.locality if home else None,
            "website": f"https://www.{domain}/" if r.random() < 0.8 else None,
            "phone": self.phone(home) if r.random() < 0.8 else None,
            "email": f"{r.choice(['info', 'hallo', 'contact', 'secretariaat'])}@{domain}",
            "jsonld": r.random() < 0.5,
            "places": [f"{p.postcode} {p.locality}" for p in (places or [])],
            "_domain": domain,
        }
        self.orgs.append(org)
        return org

    def build_orgs(self) -> None:
        main_place = {p.municipality: p for p in RIVIERENLAND if p.locality == p.municipality or
                      (p.municipality == "Puurs-Sint-Amands" and p.locality == "Puurs")}
        for m in ALL_R:
            home = main_place[m]
            self.make_org(f"Bibliotheek {m}", ["library", "conversation", "creative"], [m], "nl", home)
            self.make_org(MUNI_SOCIAL[m], ["conversation", "jobprep", "neighbourhood", "familyday", "volunteering"], [m], "nl", home)
            self.make_org(f"Sportdienst {m}" if len(m) < 12 else f"Vrije Tijd {m}", ["sports", "walking", "familyday"], [m], "nl", home)
        for name, kinds, area, lang in ORG_SPECS:
            self.make_org(name, kinds, area, lang, main_place[area[0]])
        by_key = {f"{p.postcode} {p.locality}": p for p in ELSEWHERE}
        for name, keys, lang in ELSEWHERE_ORGS:
            places = [by_key[k] for k in keys]
            self.make_org(name, ["conversation", "neighbourhood", "walking", "volunteering"], [], lang,
                          places[0], places)
        self.make_org(ONLINE_ORG[0], ["conversation"], [], ONLINE_ORG[1], None)

    # -- activities ---------------------------------------------------------------------
    def slots(self) -> list[Place]:
        slots: list[Place] = []
        for p in RIVIERENLAND:
            n = MAIN_COUNTS.get(p.locality)
            if n is None:
                n = 4 if p.locality in {"Walem", "Muizen", "Koningshooikt", "Rijmenam", "Hallaar"} else 3
            slots += [p] * n
        return slots

    def pick_org(self, candidates: list[dict], used: dict[str, int]) -> dict:
        weights = [1.0 / (1 + used[o["id"]]) ** 2 for o in candidates]
        return self.rng.choices(candidates, weights)[0]

    def build_activities(self) -> None:
        r = self.rng
        used = {o["id"]: 0 for o in self.orgs}
        plan: list[tuple[dict, Place | None]] = []
        slots = self.slots()
        r.shuffle(slots)
        for place in slots:
            cands = [o for o in self.orgs if place.municipality in o["area"]]
            org = self.pick_org(cands, used)
            used[org["id"]] += 1
            plan.append((org, place))
        # Every organisation gets at least one activity: take a slot from the busiest one.
        for org in self.orgs:
            if org["area"] and used[org["id"]] == 0:
                i = max((i for i, (o, p) in enumerate(plan) if p.municipality in org["area"]),
                        key=lambda i: used[plan[i][0]["id"]])
                used[plan[i][0]["id"]] -= 1
                plan[i] = (org, plan[i][1])
                used[org["id"]] += 1
        by_key = {f"{p.postcode} {p.locality}": p for p in ELSEWHERE}
        for org in self.orgs:
            for key in org["places"]:
                plan.append((org, by_key[key]))
        online = [o for o in self.orgs if o["name"] == ONLINE_ORG[0]][0]
        plan += [(online, None), (online, None)]
        r.shuffle(plan)
        for i, (org, place) in enumerate(plan):
            self.activities.append(self.make_activity(org, place, i))
        self.add_specials()

    def make_activity(self, org: dict, place: Place | None, index: int) -> dict[str, Any]:
        r = self.rng
        aid = str(next(self._act_ids))
        online = place is None
        lang = org["lang"]
        if org["name"] == "Brussels Praathuis vzw":
            lang = r.choice(["fr", "nl"])
        kinds = org["kinds"]
        if online:
            kind = "conversation"
            lang = "en" if index % 2 else "nl"
        elif lang == "en":
            kind = r.choice([k for k in kinds if k in P.KINDS_EN] or ["conversation"])
        elif lang == "fr":
            kind = r.choice([k for k in kinds if k in P.KINDS_FR] or ["conversation"])
        else:
            weighted = [k for k in kinds for _ in range(3 if k == "conversation" else 1)]
            kind = r.choice(weighted)
        spec = P.KINDS[kind]
        text_pool = spec if lang == "nl" else (P.KINDS_EN if lang == "en" else P.KINDS_FR).get(kind, spec)

        # Location
        location = None
        geo = None
        if place is not None:
            venue = self.venue(kind, place, org)
            location = {"name": venue, "street": self.street(place), "postcode": place.postcode,
                        "locality": place.locality}
            if place.lat is not None and r.random() < 0.45:
                geo = {"lat": round(place.lat + r.uniform(-0.003, 0.003), 5),
                       "lon": round(place.lon + r.uniform(-0.003, 0.003), 5)}

        # Title
        pairs = text_pool.get("pairs", [])
        paired_intro = None
        if pairs and (not text_pool["titles"] or r.random() < 0.5):
            title_tpl, paired_intro = r.choice(pairs)
        else:
            title_tpl = r.choice(text_pool["titles"])
        loc_name = place.locality if place else "online"
        short_venue = (location or {}).get("name") or loc_name
        title = title_tpl.format(loc=loc_name, venue=short_venue, org=org["name"])
        if online:
            title = "Online praattafel (via Zoom)" if lang == "nl" else "Online Dutch conversation group (Teams)"
        roll = r.random()
        if roll < 0.06:
            title = title.upper()
        elif roll < 0.12:
            title = title.lower()

        # Goals
        goals = list(spec["goals"])
        if r.random() < 0.35:
            goals.append(r.choice(spec["extra_goals"]))
        goals = [g for g in P.GOAL_SLUGS if g in goals][:3]

        # Languages (ISO 639-1 codes)
        if lang == "nl":
            languages = ["nl"] if r.random() < 0.7 else ["nl", r.choice(["en", "fr", "ar", "tr", "uk", "es"])]
        elif lang == "en":
            languages = ["nl", "en"] if kind == "conversation" else r.choice([["en"], ["en", "nl"]])
        else:
            languages = ["nl", "fr"] if kind == "conversation" else ["fr"]

        # Dates
        mode = r.choice(spec["modes"]) if not online else "recurring"
        t_start, t_end = r.choice(spec["times"])
        when = {"start_day": None, "start_time": None, "end_day": None, "end_time": None}
        schedule = None
        sched_pool = {"nl": P.SCHEDULES_NL, "en": P.SCHEDULES_EN, "fr": P.SCHEDULES_FR}[lang]
        if mode in ("recurring", "series"):
            schedule = ("in overleg met je buddy (ongeveer 2x per maand)" if kind == "buddy" and lang == "nl"
                        else r.choice(sched_pool))
        if mode == "series":
            start = r.randint(-50, 30)
            when = {"start_day": start, "start_time": t_start, "end_day": start + r.randint(30, 200), "end_time": t_end}
        elif mode == "oneoff":
            start = r.randint(1, 110)
            when = {"start_day": start, "start_time": t_start, "end_day": start, "end_time": t_end}
            if r.random() < 0.2:
                when["end_day"] = when["end_time"] = None
            elif r.random() < 0.08:
                when["end_day"] = start + 1   # a weekend event
            if r.random() < 0.15 and lang == "nl":
                schedule = f"doorlopend van {t_start[:2].lstrip('0')}u tot {t_end[:2].lstrip('0')}u"

        # Facets --------------------------------------------------------------------------
        truth: dict[str, Any] = {"cost": "unknown", "price_min_eur": None, "uitpas": False,
                                 "family_friendly": False, "childcare": False, "age_min": None,
                                 "age_max": None, "wheelchair": None, "dutch_level": None,
                                 "low_threshold": False}
        structured = structured_variant(aid)
        facet_sentences: list[str] = []
        price_text = None
        offers = None
        is_free = None
        style = r.choices(["oneline", "plain", "paragraphs", "br", "list", "long"], [12, 15, 30, 15, 18, 10])[0]
        if style == "oneline" and spec.get("family"):
            style = "plain"     # a family activity always says who it is for
        desc_facets_ok = style != "oneline"

        cost_pool = {"nl": P.COST_NL, "en": P.COST_EN, "fr": P.COST_FR}[lang]
        if r.random() < 0.68:
            text, lab = r.choice(cost_pool)
            where = r.choices(["dd", "desc", "structured"], [62, 26, 12])[0]
            if where == "desc" and not desc_facets_ok:
                where = "dd"
            if where == "structured" and (structured == "none" or (lab["offers"] is None and lab["free"] is None)):
                where = "dd"
            if where == "dd":
                price_text = text
            elif where == "desc":
                facet_sentences.append(text if text.endswith((".", "!")) else text + ".")
            if structured != "none":
                if lab["offers"] and (where == "structured" or r.random() < 0.6):
                    offers = [{"name": n, "price": p, "currency": "EUR"} for n, p in lab["offers"]]
                if lab["free"] is not None and (where == "structured" and not offers or r.random() < 0.5):
                    is_free = lab["free"]
            if where != "structured":
                truth.update(cost=lab["cost"], price_min_eur=lab["price_min_eur"], uitpas=lab.get("uitpas", False))
                if lab.get("family"):
                    truth["family_friendly"] = True
            elif offers or is_free is not None:
                truth.update(structured_cost(offers, is_free))

        family_kind = spec.get("family", False)
        if desc_facets_ok:
            if family_kind or r.random() < 0.15:
                pool = P.FAMILY_EN if lang == "en" else (P.FAMILY_ONLY_NL if family_kind else P.FAMILY_NL)
                if lang == "fr":
                    pool = []
                if pool:
                    text, (fam, amin, amax) = r.choice(pool)
                    facet_sentences.append(text)
                    truth.update(family_friendly=truth["family_friendly"] or fam, age_min=amin, age_max=amax)
        if desc_facets_ok:
            if r.random() < 0.4:
                pool = {"nl": P.WHEEL_NL, "en": P.WHEEL_EN, "fr": P.WHEEL_FR}[lang]
                text, val = r.choice(pool)
                facet_sentences.append(text)
                truth["wheelchair"] = val
            if r.random() < (0.3 if kind in ("conversation", "jobprep", "library") else 0.1) and lang != "fr":
                text, val = r.choice(P.CHILDCARE_EN if lang == "en" else P.CHILDCARE_NL)
                facet_sentences.append(text)
                truth["childcare"] = val
            if r.random() < 0.45:
                pool = {"nl": P.LOW_NL, "en": P.LOW_EN, "fr": P.LOW_FR}[lang]
                if kind in ("buddy", "jobprep", "cooking") and lang == "nl":
                    pool = [p for p in pool if not p[1]]
                text, val = r.choice(pool)
                facet_sentences.append(text)
                truth["low_threshold"] = val

        # Dutch level: the site icon, and/or prose.
        level = r.choice([1, 1, 2, 2, 2, 3, 3, 4] if kind in ("jobprep", "volunteering", "museum") else [1, 1, 2, 2, 2, 3])
        icon = level if r.random() < 0.62 else None
        prose_pool = {"nl": P.DUTCH_PROSE_NL, "en": P.DUTCH_PROSE_EN, "fr": P.DUTCH_PROSE_FR}[lang]
        if desc_facets_ok:
            if icon is not None and r.random() < 0.25:
                matching = [p for p in prose_pool if p[1] == icon]
                if matching:
                    facet_sentences.append(r.choice(matching)[0])
            elif icon is None and r.random() < 0.5:
                text, val = r.choice(prose_pool)
                facet_sentences.append(text)
                truth["dutch_level"] = val
        if icon is not None:
            truth["dutch_level"] = icon

        r.shuffle(facet_sentences)
        if paired_intro:
            intro = [paired_intro]
        else:
            intro = r.sample(text_pool["intros"], min(len(text_pool["intros"]), 2 if style == "long" else 1))
        extras = r.sample(text_pool["extras"], min(len(text_pool["extras"]), r.randint(0, 2)))
        description_html = render_description(r, style, intro, extras, facet_sentences, lang)

        # Contact and booking
        contact = {"name": self.person() if r.random() < 0.8 else None,
                   "phone": self.phone(place) if r.random() < 0.72 else None,
                   "email": None}
        if r.random() < 0.85:
            if contact["name"] and r.random() < 0.5:
                first = slugify(contact["name"].split()[0])
                contact["email"] = f"{first}@{org['_domain']}"
            else:
                contact["email"] = org["email"]
        booking_url = None
        if r.random() < 0.3:
            booking_url = r.choice([f"https://www.{org['_domain']}/inschrijven?activiteit={aid}",
                                    f"https://forms.{org['_domain']}/r/{aid[-3:]}x{index}"])

        published = r.randint(-400, -2)
        lastmod = r.randint(published, -1)
        fmt = P.KINDS[kind]["format"]
        act = {
            "id": aid, "org_id": org["id"], "lang": lang, "kind": kind, "title": title,
            "description_html": description_html, "goals": goals, "dutch_level_icon": icon,
            "languages": languages, "online": online, "location": location, "geo": geo,
            "when": when, "schedule": schedule, "price_text": price_text, "offers": offers,
            "is_free": is_free,
            "contact": contact, "booking_url": booking_url, "status": "active",
            "structured": structured, "published_day": published, "lastmod_day": lastmod,
            "lastmod_time": f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            "truth": truth, "_format": fmt, "_mode": mode, "_place": place,
        }
        return act

    def venue(self, kind: str, place: Place, org: dict) -> str | None:
        r = self.rng
        if r.random() < 0.08:
            return None
        loc = place.locality
        if kind == "library":
            return r.choice([f"Bibliotheek {loc}", f"Bib {loc}", f"Bibliotheek {loc} - filiaal {r.choice(VENUE_NAMES)}"])
        if kind == "sports":
            return r.choice([f"Sporthal {r.choice(VENUE_NAMES)}", f"Zwembad {loc}", "Sportcentrum De Nete", f"Sportpark {loc}"])
        if kind == "museum":
            return r.choice([f"Stadsmuseum {loc}", "Museum Het Schipperskwartier", f"Erfgoedhuis {loc}"])
        if kind == "neighbourhood":
            return r.choice([f"Buurthuis {r.choice(VENUE_NAMES)}", f"Dienstencentrum {r.choice(VENUE_NAMES)}", org["name"]])
        return r.choice([f"Ontmoetingscentrum {loc}", f"Zaal {r.choice(VENUE_NAMES)}",
                         f"Parochiezaal Sint-{r.choice(SAINTS)}", f"Cultuurcentrum {loc}",
                         f"Gemeenschapscentrum {r.choice(VENUE_NAMES)}", f"Café {r.choice(VENUE_NAMES)}"])

    # -- special cases ------------------------------------------------------------------
    def add_specials(self) -> None:
        r = self.rng
        acts = self.activities
        upcoming = [a for a in acts if a["when"]["start_day"] is not None and a["when"]["start_day"] > 0]
        # Ended: a few one-offs in the past and series that finished.
        oneoffs = [a for a in upcoming if a["_mode"] == "oneoff" and a["location"]]
        for a in r.sample(oneoffs, 5):
            d = r.randint(-60, -2)
            a["when"]["start_day"] = d
            if a["when"]["end_day"] is not None:
                a["when"]["end_day"] = d
            a["_ended"] = True
        series = [a for a in acts if a["_mode"] == "series" and not a.get("_ended")]
        for a in r.sample(series, 4):
            a["when"]["start_day"] = r.randint(-200, -120)
            a["when"]["end_day"] = r.randint(-40, -1)
            a["_ended"] = True
        live = [a for a in acts if not a.get("_ended")]
        # Published today: in listings, not yet in the sitemap.
        for a in r.sample([a for a in live if a["location"]], 5):
            a["published_day"] = 0
            a["lastmod_day"] = 0
            a["_today"] = True
        pool = [a for a in live if not a.get("_today")]
        # Cancelled.
        cancel = r.sample([a for a in pool if a["_mode"] in ("oneoff", "series") and a["lang"] == "nl"], 8)
        for i, a in enumerate(cancel):
            a["status"] = "cancelled"
            if i < 2:
                a["title"] = f"AFGELAST: {a['title']}"
            elif i == 2:
                a["title"] = f"GEANNULEERD - {a['title']}"
            elif i < 6:
                a["description_html"] = f"<p><strong>{escape_text(r.choice(P.CANCEL_NOTE))}</strong></p>" + a["description_html"]
        # Full (volzet / wachtlijst).
        fullable = [a for a in pool if a["status"] == "active" and a["kind"] in ("conversation", "buddy", "cooking", "sports")]
        for i, a in enumerate(r.sample(fullable, 10)):
            a["status"] = "full"
            if i < 5:
                a["description_html"] += f"<p>{escape_text(r.choice(P.FULL_NOTE))}</p>"
        # Hostile pasted content (must stay inert downstream).
        calm = [a for a in pool if a["status"] == "active" and a["lang"] == "nl" and a["location"]]
        h1, h2, h3 = r.sample(calm, 3)
        h1["title"] = "<img src=x onerror=alert(1)> Babbelbar"
        h1["_hostile"] = "title"
        h2["description_html"] += '<p>Info: <script>alert(1)</script><img src=x onerror=alert(1)> zie website</p>'
        h2["_hostile"] = "description-html"
        h3["description_html"] += "<p>&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; (sorry, verkeerd geplakt)</p>"
        h3["_hostile"] = "description-text"

    def finish(self) -> tuple[list[dict], list[dict]]:
        for a in self.activities:
            place: Place | None = a.pop("_place")
            fmt = a.pop("_format")
            mode = a.pop("_mode")
            t = a["truth"]
            t["goals"] = list(a["goals"])
            t["municipality_nis"] = place.nis if place else None
            t["refreg_code"] = place.refreg if place else None
            recurring = mode in ("recurring", "series")
            if a["online"] or fmt == "solo" or "nl" not in a["languages"]:
                t["pnt_fit"] = "unlikely"
            elif recurring:
                t["pnt_fit"] = "likely"
            else:
                t["pnt_fit"] = "unknown"
            a["truth"] = {k: t[k] for k in TRUTH_KEYS}
            hostile = a.pop("_hostile", None)
            for k in [k for k in a if k.startswith("_")]:
                a.pop(k)
            if hostile:
                a["hostile"] = hostile
        self.activities.sort(key=lambda a: a["id"])
        orgs = []
        for o in self.orgs:
            o = {k: v for k, v in o.items() if not k.startswith("_") and k not in ("kinds", "area", "places")}
            orgs.append(o)
        orgs.sort(key=lambda o: o["id"])
        return orgs, self.activities


REDUCED_WORDS = ("kansentarief", "verminderd", "sociaal", "uitpas", "korting")


def structured_cost(offers: list[dict] | None, is_free: bool | None) -> dict[str, Any]:
    """Cost labels when the price is stated only in schema.org data (offers/isAccessibleForFree)."""
    offers = offers or []
    names = " ".join((o["name"] or "").lower() for o in offers)
    uitpas = "uitpas" in names
    regular = [o["price"] for o in offers if not any(w in (o["name"] or "").lower() for w in REDUCED_WORDS)]
    paid = [p for p in regular if p > 0]
    if paid:
        reduced = len(regular) < len(offers)
        return {"cost": "reduced" if reduced else "paid", "price_min_eur": min(paid), "uitpas": uitpas}
    if offers and all(o["price"] == 0 for o in offers) or is_free is True:
        return {"cost": "free", "price_min_eur": 0.0, "uitpas": uitpas}
    return {"cost": "paid", "price_min_eur": None, "uitpas": uitpas}


TRUTH_KEYS = ["cost", "price_min_eur", "uitpas", "family_friendly", "childcare", "age_min", "age_max",
              "wheelchair", "dutch_level", "low_threshold", "goals", "pnt_fit", "municipality_nis",
              "refreg_code"]

_ENTITIES = {"é": "&eacute;", "ë": "&euml;", "ï": "&iuml;", "è": "&egrave;", "€": "&euro;", "à": "&agrave;"}


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_description(r: random.Random, style: str, intro: list[str], extras: list[str],
                       facets: list[str], lang: str) -> str:
    """Write the provider's HTML the way a CMS editor produces it (several styles)."""
    use_entities = r.random() < 0.4

    def enc(text: str) -> str:
        text = escape_text(text)
        if use_entities:
            for ch, ent in _ENTITIES.items():
                text = text.replace(ch, ent)
            text = text.replace("&euro; ", "&euro;&nbsp;")
        return text

    closing_nl = ["Meer info? Bel of mail ons gerust.", "Tot dan!", "Vragen? Neem gerust contact op."]
    closing = r.choice(closing_nl) if lang == "nl" else ("Questions? Just send us an e-mail." if lang == "en" else "Au plaisir !")
    if style == "oneline":
        return enc(intro[0].split(". ")[0].rstrip(".") + ".")
    if style == "plain":
        return enc(" ".join(intro + extras + facets))
    if style == "paragraphs":
        parts = [" ".join(intro + extras)]
        if facets:
            parts.append(" ".join(facets))
        trailer = "<p>&nbsp;</p>" if r.random() < 0.2 else ""
        return "".join(f"<p>{enc(p)}</p>" for p in parts) + trailer
    if style == "br":
        return "<br>\n".join(enc(s) for s in intro + extras + facets)
    if style == "list":
        head = f"<p>{enc(' '.join(intro + extras))}</p>"
        if not facets:
            return head
        label = {"nl": "Praktisch:", "en": "Practical:", "fr": "Infos pratiques :"}[lang]
        items = "".join(f"<li>{enc(f)}</li>" for f in facets)
        return f"{head}\n<p><strong>{enc(label)}</strong></p>\n<ul>{items}</ul>"
    # long
    parts = [intro[0]] + ([" ".join(intro[1:] + extras)] if intro[1:] or extras else [])
    if facets:
        parts.append(" ".join(facets))
    parts.append(closing)
    return "\n".join(f"<p>{enc(p)}</p>" for p in parts)


def generate(seed: int = SEED) -> tuple[list[dict], list[dict]]:
    g = Generator(seed)
    g.build_orgs()
    g.build_activities()
    return g.finish()


def write(out_dir: Path = DATA_DIR, seed: int = SEED) -> tuple[int, int]:
    orgs, acts = generate(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "organisations.json").write_text(
        json.dumps(orgs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out_dir / "activities.json").write_text(
        json.dumps(acts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(orgs), len(acts)


if __name__ == "__main__":
    n_orgs, n_acts = write()
    print(f"wrote {n_acts} activities from {n_orgs} organisations to {DATA_DIR}")
