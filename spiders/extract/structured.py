"""Layer 1: schema.org Event data (JSON-LD or microdata). Knows nothing about any site.

Reuses the page's parsed tree (no second parse). Returns the fields it found; the site
profile layer fills the rest.
"""
from __future__ import annotations

import logging
from typing import Any

from extruct.jsonld import JsonLdExtractor
from extruct.w3cmicrodata import LxmlMicrodataExtractor

from spiders.extract import normalise as n

log = logging.getLogger(__name__)
_JSONLD = JsonLdExtractor()
_MICRODATA = LxmlMicrodataExtractor()


def _types(node: dict[str, Any]) -> list[str]:
    value = node.get("@type") or node.get("type") or []
    values = value if isinstance(value, list) else [value]
    return [str(v).rsplit("/", 1)[-1] for v in values]


def is_event(node: Any) -> bool:
    return isinstance(node, dict) and any(t.endswith("Event") for t in _types(node))


def _walk_jsonld(node: Any):
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        if "@graph" in node:
            yield from _walk_jsonld(node["@graph"])
        yield node


def _microdata_to_plain(item: dict[str, Any]) -> dict[str, Any]:
    """extruct's microdata nests values under 'properties'; flatten to JSON-LD-like dicts."""
    out: dict[str, Any] = {"@type": item.get("type")}
    for key, value in (item.get("properties") or {}).items():
        out[key] = _microdata_value(value)
    return out


def _microdata_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_microdata_value(v) for v in value]
    if isinstance(value, dict) and "properties" in value:
        return _microdata_to_plain(value)
    return value


def find_events(selector, url: str) -> tuple[str | None, list[dict[str, Any]]]:
    """(syntax, events) of a page: JSON-LD first, then microdata."""
    text = selector.get() if hasattr(selector, "get") else ""
    root = selector.root
    if "ld+json" in text:
        try:
            nodes = list(_walk_jsonld(_JSONLD.extract_items(root, base_url=url)))
        except Exception as exc:  # malformed JSON-LD must not lose the page
            log.warning("onleesbare JSON-LD / unreadable JSON-LD on %s: %s", url, exc)
            nodes = []
        events = [node for node in nodes if is_event(node)]
        if events:
            return "jsonld", events
    if "itemscope" in text:
        try:
            items = [_microdata_to_plain(i) for i in _MICRODATA.extract_items(root, url)]
        except Exception as exc:
            log.warning("onleesbare microdata / unreadable microdata on %s: %s", url, exc)
            items = []
        events = [item for item in items if is_event(item)]
        if events:
            return "microdata", events
    return None, []


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return None if value is None else str(value)


def event_fields(event: dict[str, Any]) -> dict[str, Any]:
    """Map one schema.org Event to item fields (only those it states)."""
    fields: dict[str, Any] = {
        "title": n.clean_text(_text(event.get("name"))),
        "description": n.html_to_text(_text(event.get("description"))),
        "start": n.parse_datetime(_text(event.get("startDate"))),
        "end": n.parse_datetime(_text(event.get("endDate"))),
        "structured_id": _text(event.get("identifier")) or _text(event.get("@id")),
        "structured_url": _text(event.get("url")) or _text(event.get("@id")),
    }
    fields.update(_location(event))
    fields.update(_organizer(event.get("organizer")))
    fields.update(_offers(event))
    languages = event.get("inLanguage")
    if languages:
        fields["languages"] = n.parse_languages(
            [_text(lang) for lang in (languages if isinstance(languages, list) else [languages])])
    status_words = [_text(event.get("eventStatus"))]
    offers = event.get("offers")
    for offer in offers if isinstance(offers, list) else [offers]:
        if isinstance(offer, dict):
            status_words.append(_text(offer.get("availability")))
    fields["status_words"] = [w for w in status_words if w]
    return {k: v for k, v in fields.items() if v not in (None, [], "")}


def _location(event: dict[str, Any]) -> dict[str, Any]:
    mode = (_text(event.get("eventAttendanceMode")) or "").lower()
    locations = event.get("location")
    locations = locations if isinstance(locations, list) else [locations]
    out: dict[str, Any] = {}
    for place in locations:
        if not isinstance(place, dict):
            continue
        if "VirtualLocation" in _types(place):
            out["online"] = True
            continue
        out["location_name"] = n.clean_text(_text(place.get("name")))
        address = _first(place.get("address"))
        if isinstance(address, dict):
            out["street"] = n.clean_text(_text(address.get("streetAddress")))
            out["postcode"] = n.parse_postcode(_text(address.get("postalCode")))
            out["locality"] = n.clean_text(_text(address.get("addressLocality")))
        elif isinstance(address, str):
            out["postcode"] = n.parse_postcode(address)
        geo = _first(place.get("geo"))
        if isinstance(geo, dict):
            out["lat"] = n.parse_float(geo.get("latitude"))
            out["lon"] = n.parse_float(geo.get("longitude"))
    if "online" in mode and "mixed" not in mode:
        out["online"] = True
    return out


def _organizer(organizer: Any) -> dict[str, Any]:
    organizer = _first(organizer)
    if isinstance(organizer, str):
        return {"organizer_name": n.clean_text(organizer)}
    if not isinstance(organizer, dict):
        return {}
    return {"organizer_name": n.clean_text(_text(organizer.get("name"))),
            "organizer_url": _text(organizer.get("url"))}


def _offers(event: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    free = _first(event.get("isAccessibleForFree"))
    if free is not None:
        out["is_free"] = str(free).strip().lower() in ("true", "1", "yes")
    offers = event.get("offers")
    parsed = []
    for offer in offers if isinstance(offers, list) else [offers]:
        if not isinstance(offer, dict):
            continue
        price = n.parse_float(_text(offer.get("price")))
        parsed.append({"name": n.clean_text(_text(offer.get("name"))), "price": price,
                       "currency": _text(offer.get("priceCurrency")) or ("EUR" if price is not None else None)})
    if parsed:
        out["offers"] = parsed
    return out
