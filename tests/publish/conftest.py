"""A small catalogue with hostile text, accents and compounds, built into a site once."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import time_machine

from catalogue.store import CatalogueStore

FIRST_SEEN = "2024-11-01T09:00:00+01:00"
RECENT = "2024-11-24T09:00:00+01:00"
BUILD_AT = "2024-11-26T10:00:00+01:00"

XSS_TITLE = "<script>window.__xss=1;alert(1)</script> Kookavond"
XSS_DESC = "<img src=x onerror=\"window.__xss=1;alert(1)\"> Samen koken en praten."


def _activity(id_, title, description, *, postcode, locality, start, end=None,
              schedule=None, price_text=None, lat=None, lon=None, online=0, status="active",
              goals=None, dutch_level=None, url=None):
    return {
        "id": id_, "source": "ikdoemee", "site_id": id_.split(":")[-1],
        "url": url or f"https://www.ikdoemee.be/activiteit/{id_.split(':')[-1]}",
        "title": title, "description": description,
        "organizer_id": "org-1", "organizer_name": "Vzw Samen", "organizer_url": None,
        "location_name": "Ontmoetingscentrum", "street": "Markt 1", "postcode": postcode,
        "locality": locality, "online": online, "lat": lat, "lon": lon,
        "start": start, "end": end, "schedule": schedule, "price_text": price_text,
        "offers": [], "is_free": None, "languages": ["nl"], "dutch_level": dutch_level,
        "goals": goals or [], "contact_name": None, "contact_phone": None,
        "contact_email": None, "booking_url": None, "status": status,
        "extracted_by": "jsonld",
    }


def _tags(cost="unknown", family=False, wheelchair=None, level=None, goals=(), uitpas=False,
          low=False, price=None):
    return {"cost": cost, "price_min_eur": price, "uitpas": uitpas, "family_friendly": family,
            "childcare": False, "age_min": None, "age_max": None, "wheelchair": wheelchair,
            "dutch_level": level, "low_threshold": low, "goals": list(goals),
            "pnt_fit": "likely"}


TOWNS = {  # municipality, nis, lat, lon
    "2800": ("Mechelen", "12025", 51.0257, 4.4776),
    "2500": ("Lier", "12021", 51.1313, 4.5700),
    "2880": ("Bornem", "12007", 51.0970, 4.2430),
    "2830": ("Willebroek", "12040", 51.0600, 4.3600),
    "2560": ("Nijlen", "12026", 51.1610, 4.6700),
}

ACTIVITIES = [
    (_activity("ikdoemee:101", "Taalcafé De Babbel",
               "Kom Nederlands oefenen in ons taalcafé. Iedereen welkom, gratis.",
               postcode="2800", locality="Mechelen", start="2024-09-03T19:00:00+02:00",
               end="2025-06-24T21:00:00+02:00", schedule="Elke dinsdag van 19 tot 21 uur",
               price_text="gratis"),
     _tags("free", wheelchair=True, level=1, goals=["nederlands-oefenen", "mensen-ontmoeten"],
           low=True, price=0.0), FIRST_SEEN),
    (_activity("ikdoemee:102", "Fietsles voor vrouwen",
               "Leer fietsen in een kleine groep. Met UiTPAS kansentarief.",
               postcode="2500", locality="Lier", start="2024-12-05T14:00:00+01:00",
               price_text="€ 10, met kansentarief € 2"),
     _tags("reduced", level=2, goals=["iets-nieuws-leren"], uitpas=True, price=10.0), RECENT),
    (_activity("ikdoemee:103", XSS_TITLE, XSS_DESC, postcode="2880", locality="Bornem",
               start="2024-12-10T18:00:00+01:00", price_text="5 euro",
               url="javascript:alert(1)"),
     _tags("paid", family=True, wheelchair=False, level=3, goals=["mensen-ontmoeten"],
           price=5.0), FIRST_SEEN),
    (_activity("ikdoemee:104", "Gezinsnamiddag in de bib",
               "Voorlezen en knutselen voor ouders en kinderen. Kinderopvang voorzien.",
               postcode="2830", locality="Willebroek", start="2024-12-01T14:00:00+01:00",
               price_text="gratis"),
     _tags("free", family=True, level=1, goals=["mensen-ontmoeten", "vrienden-maken"]),
     FIRST_SEEN),
    (_activity("ikdoemee:105", "Verdwenen activiteit", "Staat niet meer online.",
               postcode="2800", locality="Mechelen", start="2024-12-20T10:00:00+01:00"),
     _tags("free", level=1, goals=["nederlands-oefenen"]), FIRST_SEEN),
    (_activity("ikdoemee:106", "Praattafel van vorig jaar", "Deze praattafel is voorbij.",
               postcode="2800", locality="Mechelen", start="2023-03-01T19:00:00+01:00",
               end="2023-06-01T21:00:00+02:00"),
     _tags("free", level=2, goals=["nederlands-oefenen"]), FIRST_SEEN),
    (_activity("ikdoemee:107", "Één café voor ouders\x01",
               "Ouders\x0b ontmoeten elkaar in het café.\x00 Vrije bijdrage.",
               postcode="2560", locality="Nijlen", start="2024-12-03T09:30:00+01:00",
               schedule="wekelijks op dinsdag", end="2025-03-01T12:00:00+01:00"),
     _tags("unknown", family=True, level=2, goals=["mensen-ontmoeten"]), RECENT),
    (_activity("ikdoemee:108", "Online conversatietafel Engels-Nederlands",
               "Oefen online je Nederlands.", postcode=None, locality=None,
               start="2024-12-02T20:00:00+01:00", online=1), None, FIRST_SEEN),
]


def build_catalogue(path: Path) -> Path:
    for item, tags, seen in ACTIVITIES:
        with time_machine.travel(seen, tick=False):
            CatalogueStore(path).upsert_activity(item, run_id=None)
    store = CatalogueStore(path)
    store.db.execute("UPDATE activities SET removed_at = ? WHERE id = 'ikdoemee:105'",
                     [BUILD_AT])
    store.db.conn.commit()
    rows = []
    for item, tags, _ in ACTIVITIES:
        if tags is None:
            continue
        town = TOWNS.get(item["postcode"])
        evidence = [{"tag": "cost", "value": tags["cost"], "field": "price_text",
                     "match": item["price_text"] or ""}]
        if item["id"] == "ikdoemee:104":      # the tagger's marker for a "free" worth a check
            evidence.append({"tag": "cost", "value": "te controleren", "field": "description",
                             "match": "Voorlezen en knutselen, gratis voor wie komt",
                             "rule": "cost.review.single-free"})
        if item["id"] == "ikdoemee:103":
            evidence.append({"tag": "family_friendly", "value": True, "field": "description",
                             "match": "<img src=x onerror=alert(1)>"})
        rows.append({"id": item["id"], "tags": json.dumps(tags), "evidence": json.dumps(evidence),
                     "municipality": town[0] if town else None,
                     "nis_code": town[1] if town else None,
                     "region": "Rivierenland" if town else None,
                     "region_code": "REFREG02" if town else None,
                     "province": "Antwerpen" if town else None})
    store.db["enrichment"].insert_all(rows, pk="id")
    # Coordinates come from the spider; give the enriched ones their town's centre.
    for item, tags, _ in ACTIVITIES:
        town = TOWNS.get(item["postcode"])
        if town:
            store.db.execute("UPDATE activities SET lat = ?, lon = ? WHERE id = ?",
                             [town[2], town[3], item["id"]])
    store.db.conn.commit()
    return path


@pytest.fixture(scope="session")
def catalogue_path(tmp_path_factory) -> Path:
    return build_catalogue(tmp_path_factory.mktemp("cat") / "catalogue.db")


@pytest.fixture(scope="session")
def site_dir(catalogue_path, tmp_path_factory) -> Path:
    from publish.build import build_site
    out = tmp_path_factory.mktemp("site") / "site"
    with time_machine.travel(BUILD_AT, tick=False):
        build_site(catalogue_path, out, base_url="https://doemee.example.org")
    return out


def make_datasette(site: Path):
    from datasette.app import Datasette
    return Datasette(
        [], immutables=[str(site / "catalogue.db")],
        metadata=json.loads((site / "metadata.json").read_text()),
        template_dir=str(site / "templates"), plugins_dir=str(site / "plugins"),
        settings=json.loads((site / "settings.json").read_text()),
        inspect_data=json.loads((site / "inspect.json").read_text()),
    )


@pytest.fixture
def ds(site_dir):
    return make_datasette(site_dir)
