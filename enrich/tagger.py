"""The pure tagging API: ``tag_record(record, region=...)`` → tags, evidence, location.

Reads one export record (``catalogue.export``), never touches a database. Structured data
first (``is_free``, ``offers``, the site's ``dutch_level`` and ``goals``), then the texts
(title, description, price_text, schedule), each folded once and scanned once for all facets
(see :class:`enrich.engine.Scanner`). When the location fields are empty, a "postcode
locality" written in the description places the activity.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrich import gazetteer, second_reader
from enrich.engine import Facet, Scanner, evidence, rules_data
from enrich.rules import ALL
from enrich.text import fold, html_to_text, unwrap

DEFAULT_REGION = "REFREG02"       # Rivierenland; a setting, see enrich.run / the CLI
# Bump when a resolver's logic (not its rule data) changes, so everything is re-tagged.
LOGIC_VERSION = "129"

FACETS: tuple[tuple[Any, Facet], ...] = tuple((m, Facet(m.FACET, m.RULES)) for m in ALL)
SCANNER = Scanner(f for _, f in FACETS)
TEXT_FIELDS = ("title", "description", "price_text", "schedule")


# the code behind the rules' reading beside the rule modules (the Makefile retrains the second
# reader when any of these files changes)
READING_CODE = ("engine.py", "text.py", "tagger.py")


def rules_digest() -> str:
    """Hash of the rules' reading, which the second reader is trained on (``enrich.train_reader``
    records it): the logic version, the rule data and the code of the rule modules, the engine,
    the text folding and the tagger."""
    h = hashlib.sha256()
    h.update(LOGIC_VERSION.encode())
    h.update(json.dumps(rules_data(f for _, f in FACETS), sort_keys=True,
                        ensure_ascii=False, default=str).encode())
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("rules/*.py")) + [here / name for name in READING_CODE]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Hash of the rules (``rules_digest``), the gazetteer files and the second reader's model."""
    h = hashlib.sha256()
    h.update(rules_digest().encode())
    for path in sorted(gazetteer.GAZETTEER_DIR.glob("*.csv")) + second_reader.model_files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def record_texts(record: dict[str, Any]) -> dict[str, tuple[str, str]]:
    texts = {}
    for fld in TEXT_FIELDS:
        value = record.get(fld)
        if not value:
            continue
        original = unwrap(html_to_text(str(value)) if fld == "description" else str(value).strip())
        texts[fld] = (original, fold(original))
    return texts


# "… Kerkstraat 5, 2800 Mechelen": a postcode and a capitalised place name in running text
_TEXT_ADDRESS = re.compile(r"(?<![\w.,/-])([1-9]\d{3})[ \t]+([^\W\d_][\w'.-]*"
                           r"(?:[ -][^\W\d_][\w'.-]*){0,3})")


def address_in_text(text: str) -> tuple[gazetteer.Place, str] | None:
    """The "postcode locality" in ``text`` whose locality belongs to that postcode; None when
    there is none, or several in different municipalities (no guess)."""
    if not text or not _TEXT_ADDRESS.search(text):
        return None
    found = list(_addresses(text))
    if not found or len({p.municipality.nis_code for p, _ in found}) > 1:
        return None
    return found[0]


def _addresses(text: str):
    gaz = gazetteer.load()
    for m in _TEXT_ADDRESS.finditer(text):
        postcode = m.group(1)
        if postcode not in gaz.postcodes:
            continue
        words = re.split(r"(?<=[\w.])(?=[ -])", m.group(2))   # "Ruisbroek. Gratis": two words
        for n in range(len(words), 0, -1):        # the longest name that is a locality
            name = "".join(words[:n]).strip().rstrip(".")
            place = gaz.resolve(postcode, name)
            if place is not None and place.rule == "geo.postcode+locality":
                yield place, f"{postcode} {name}"
                break


def locate(record: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    loc = record.get("location") or {}
    gaz = gazetteer.load()
    if loc.get("online"):
        return dict(gazetteer.EMPTY_LOCATION), [evidence(
            "municipality", None, field="location.online", match="online",
            rule="geo.online")]
    extra = " ".join(str(loc.get(k) or "") for k in ("street", "name")).strip()
    if loc.get("country") and str(loc["country"]).upper() != "BE":
        # schema.org addressCountry names another country: no Flemish municipality, whatever
        # town shares the locality's name ("Lille", FR) — unless a Belgian postcode and its own
        # locality say otherwise (a language code "nl" typed as the country; Baarle-Hertog)
        place = gaz.resolve(loc.get("postcode"), loc.get("locality"))
        if place is None or place.rule != "geo.postcode+locality":
            return dict(gazetteer.EMPTY_LOCATION), [evidence(
                "municipality", None, field="location.country", match=str(loc["country"]),
                rule="geo.abroad")]
    if not (extra or loc.get("postcode") or loc.get("locality")):
        # no location fields: an address written in the description
        found = address_in_text(html_to_text(str(record.get("description") or "")))
        if found is None:
            return dict(gazetteer.EMPTY_LOCATION), []
        place, match = found
        location = place.as_location()
        return location, [evidence("municipality", location["nis_code"], field="description",
                                   match=match, rule="geo.description-address")]
    place = gaz.resolve(loc.get("postcode"), loc.get("locality"), extra=extra or None)
    if place is None:
        # ("Secret location (Leuven)" alone: the venue line is quoted, no place is made of it)
        given = " ".join(str(loc.get(k) or "") for k in ("postcode", "locality")).strip() or extra
        return dict(gazetteer.EMPTY_LOCATION), ([evidence(
            "municipality", None, field="location", match=given,
            rule="geo.unresolved")] if given else [])
    location = place.as_location()
    return location, [evidence("municipality", location["nis_code"], field="location",
                               match=place.match, rule=place.rule)]


def rules_reading(record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, tuple[str, str]],
                                                   list[dict[str, Any]]]:
    """The rules' tags and evidence, before the second reader's review (which trains on them)."""
    texts = record_texts(record)
    tags: dict[str, Any] = {}
    ev: list[dict[str, Any]] = []
    for (module, facet), hits in zip(FACETS, SCANNER.scan(texts)):
        if module.FACET == "pnt":
            result, facet_ev = module.resolve(hits, record, texts, tags)
        else:
            result, facet_ev = module.resolve(hits, record, texts)
        tags.update(result)
        ev.extend(facet_ev)
    return tags, texts, ev


def tag_record(record: dict[str, Any], region: str = DEFAULT_REGION) -> dict[str, Any]:
    """Tag one export record. Returns {"tags", "evidence", "location", "in_target_region"}."""
    tags, texts, ev = rules_reading(record)
    ev.extend(second_reader.review(tags, texts, ev))
    location, loc_ev = locate(record)
    ev = loc_ev + ev
    ordered = {k: tags[k] for k in ("cost", "price_min_eur", "uitpas", "family_friendly",
                                    "childcare", "age_min", "age_max", "wheelchair",
                                    "dutch_level", "low_threshold", "goals", "pnt_fit")}
    return {"tags": ordered, "evidence": ev, "location": location,
            "in_target_region": location["region_code"] == region}
