"""The pure tagging API: ``tag_record(record, region=...)`` → tags, evidence, location.

Reads one export record (``catalogue.export``), never touches a database. Structured data
first (``is_free``, ``offers``, the site's ``dutch_level`` and ``goals``), then the texts
(title, description, price_text, schedule), each folded once and scanned once per facet.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from typing import Any

from enrich import gazetteer
from enrich.engine import Facet, evidence, rules_data
from enrich.rules import ALL
from enrich.text import fold, html_to_text

DEFAULT_REGION = "REFREG02"       # Rivierenland; a setting, see enrich.run / the CLI
# Bump when a resolver's logic (not its rule data) changes, so everything is re-tagged.
LOGIC_VERSION = "1"

FACETS: tuple[tuple[Any, Facet], ...] = tuple((m, Facet(m.FACET, m.RULES)) for m in ALL)
TEXT_FIELDS = ("title", "description", "price_text", "schedule")


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Hash of the rule data, the gazetteer files and the logic version."""
    h = hashlib.sha256()
    h.update(LOGIC_VERSION.encode())
    h.update(json.dumps(rules_data(f for _, f in FACETS), sort_keys=True,
                        ensure_ascii=False, default=str).encode())
    for path in sorted(gazetteer.GAZETTEER_DIR.glob("*.csv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _texts(record: dict[str, Any]) -> dict[str, tuple[str, str]]:
    texts = {}
    for fld in TEXT_FIELDS:
        value = record.get(fld)
        if not value:
            continue
        original = html_to_text(str(value)) if fld == "description" else str(value).strip()
        texts[fld] = (original, fold(original))
    return texts


def locate(record: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    loc = record.get("location") or {}
    gaz = gazetteer.load()
    if loc.get("online"):
        return dict(gazetteer.EMPTY_LOCATION), [evidence(
            "municipality", None, field="location.online", match="online",
            rule="geo.online")]
    extra = " ".join(str(loc.get(k) or "") for k in ("street", "name")).strip()
    place = gaz.resolve(loc.get("postcode"), loc.get("locality"), extra=extra or None)
    if place is None:
        given = " ".join(str(loc.get(k) or "") for k in ("postcode", "locality")).strip()
        return dict(gazetteer.EMPTY_LOCATION), ([evidence(
            "municipality", None, field="location", match=given,
            rule="geo.unresolved")] if given or extra else [])
    location = place.as_location()
    return location, [evidence("municipality", location["nis_code"], field="location",
                               match=place.match, rule=place.rule)]


def tag_record(record: dict[str, Any], region: str = DEFAULT_REGION) -> dict[str, Any]:
    """Tag one export record. Returns {"tags", "evidence", "location", "in_target_region"}."""
    texts = _texts(record)
    tags: dict[str, Any] = {}
    ev: list[dict[str, Any]] = []
    for module, facet in FACETS:
        hits = facet.scan(texts)
        if module.FACET == "pnt":
            result, facet_ev = module.resolve(hits, record, texts, tags)
        else:
            result, facet_ev = module.resolve(hits, record, texts)
        tags.update(result)
        ev.extend(facet_ev)
    location, loc_ev = locate(record)
    ev = loc_ev + ev
    ordered = {k: tags[k] for k in ("cost", "price_min_eur", "uitpas", "family_friendly",
                                    "childcare", "age_min", "age_max", "wheelchair",
                                    "dutch_level", "low_threshold", "goals", "pnt_fit")}
    return {"tags": ordered, "evidence": ev, "location": location,
            "in_target_region": location["region_code"] == region}
