"""Field checks on a normalised activity: a bad value is dropped and reported, never fatal."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Callable

from spiders.site_profile import GOALS

REQUIRED = ("id", "source", "url", "title")
_POSTCODE = re.compile(r"^[1-9]\d{3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _aware_iso(value: Any) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except (TypeError, ValueError):
        return False


CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "start": (_aware_iso, "geen geldige datum met tijdzone / not a timezone-aware ISO datetime"),
    "end": (_aware_iso, "geen geldige datum met tijdzone / not a timezone-aware ISO datetime"),
    "postcode": (lambda v: bool(_POSTCODE.match(str(v))), "geen Belgische postcode / not a Belgian postcode"),
    "country": (lambda v: bool(re.fullmatch(r"[A-Z]{2}", str(v))), "geen landcode / not a country code"),
    "dutch_level": (lambda v: v in (1, 2, 3, 4), "taalniveau buiten 1-4 / Dutch level outside 1-4"),
    "status": (lambda v: v in ("active", "cancelled", "full"), "onbekende status / unknown status"),
    "goals": (lambda v: isinstance(v, list) and set(v) <= set(GOALS), "onbekend doel / unknown goal"),
    "contact_email": (lambda v: bool(_EMAIL.match(str(v))), "geen e-mailadres / not an e-mail address"),
    "lat": (lambda v: isinstance(v, float) and 49 < v < 52, "breedtegraad buiten België / latitude outside Belgium"),
    "lon": (lambda v: isinstance(v, float) and 2 < v < 7, "lengtegraad buiten België / longitude outside Belgium"),
}


def validate(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Check an item in place: invalid optional values become None. Returns the problems;
    a problem with a REQUIRED field means the item cannot be stored."""
    problems: list[tuple[str, str]] = []
    for field in REQUIRED:
        if not item.get(field):
            problems.append((field, "ontbreekt / missing"))
    for field, (ok, message) in CHECKS.items():
        value = item.get(field)
        if value in (None, []):
            continue
        if not ok(value):
            problems.append((field, f"{message}: {str(value)[:60]!r}"))
            item[field] = None
    if item.get("start") and item.get("end") and item["end"] < item["start"]:
        problems.append(("end", "einde voor begin / end before start"))
    return problems
