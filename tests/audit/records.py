"""Hand-made export records for the audit tests: one complete, clear listing to vary."""
from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from doemee.clock import BRUSSELS

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=BRUSSELS)

GOOD_DESCRIPTION = (
    "<p>Elke woensdag praten we samen Nederlands in de bibliotheek. Je leert nieuwe mensen "
    "kennen. We drinken koffie en thee.</p><p>Iedereen is welkom, ook als je nog niet veel "
    "Nederlands spreekt. Kinderen mogen mee, er is een speelhoek. De zaal is "
    "rolstoeltoegankelijk.</p>"
)

GOOD_TAGS = {
    "cost": "free", "price_min_eur": 0.0, "uitpas": False, "family_friendly": True,
    "childcare": False, "age_min": None, "age_max": None, "wheelchair": True, "dutch_level": 1,
    "low_threshold": True, "goals": ["nederlands-oefenen"], "pnt_fit": "likely",
}

GOOD_EVIDENCE = [
    {"tag": "cost", "value": "free", "field": "is_free", "match": "isAccessibleForFree"},
    {"tag": "family_friendly", "value": True, "field": "description", "match": "Kinderen mogen mee"},
    {"tag": "wheelchair", "value": True, "field": "description", "match": "rolstoeltoegankelijk"},
    {"tag": "dutch_level", "value": 1, "field": "dutch_level", "match": "taalicoon 1"},
]

_GOOD: dict[str, Any] = {
    "id": "10001", "source": "ikdoemee",
    "url": "https://www.ikdoemee.be/nl/activiteit/10001-taalcafe",
    "title": "Taalcafé in de bibliotheek",
    "description": GOOD_DESCRIPTION,
    "organizer": {"name": "Bibliotheek Lier", "url": "https://www.ikdoemee.be/nl/organisatie/321",
                  "id": "321"},
    "location": {"name": "Bibliotheek", "street": "Kanunnik Davidlaan 2", "postcode": "2500",
                 "locality": "Lier", "municipality": "Lier", "nis_code": "12021",
                 "region": "Rivierenland", "region_code": "REFREG02", "province": "Antwerpen",
                 "lat": None, "lon": None, "online": False},
    "start": "2026-12-02T19:00:00+01:00", "end": "2027-06-30T21:00:00+02:00",
    "schedule": "elke woensdag van 19u tot 21u",
    "price_text": "Gratis", "languages": ["Nederlands"], "status": "active", "dutch_level": 1,
    "goals": ["nederlands-oefenen"], "offers": [], "is_free": True,
    "contact": {"name": "An Peeters", "phone": "03 123 45 67", "email": "an@bib.example"},
    "booking_url": None, "extracted_by": "jsonld", "removed": False, "removed_at": None,
    "first_seen": "2026-10-01T10:00:00+02:00", "last_seen": "2026-11-20T10:00:00+01:00",
    "last_changed": "2026-10-01T10:00:00+02:00",
    "tags": GOOD_TAGS, "evidence": GOOD_EVIDENCE,
}


def good_record(**overrides: Any) -> dict[str, Any]:
    """The complete listing, with top-level overrides; ``tags``/``location``/``contact``
    given as dicts are merged into the good ones."""
    record = copy.deepcopy(_GOOD)
    for key, value in overrides.items():
        if key in ("tags", "location", "contact", "organizer") and isinstance(value, dict) \
                and record.get(key) is not None:
            record[key] = {**record[key], **value}
        else:
            record[key] = copy.deepcopy(value)
    return record
