"""Place names for the "municipality in the text vs the address" check.

Postcodes, localities and current municipalities come from the project's shared gazetteer
(``enrich.gazetteer``: bpost 2025 list, municipalities after the 2025 mergers), so the audit and
the enrichment always agree on places. Matching is conservative,
because many Flemish place names are also Dutch words (Boom, Geel, Mol, Peer, As, Lint, Halen):
a name counts only when it is capitalised, stands on word boundaries (so "Mechelen" is not
found inside "Maasmechelen", nor "Kessel" in "Kessel-Lo"), and follows "in", "te" or "naar".
"""
from __future__ import annotations

import re
from functools import lru_cache

from enrich import gazetteer


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(postcode -> municipality name, place name as written -> municipality names)."""
    gaz = gazetteer.load()
    by_postcode: dict[str, str] = {}
    by_name: dict[str, set[str]] = {}
    for postcode, localities in gaz.postcodes.items():
        for locality, nis in localities.values():
            municipality = gaz.municipalities[nis].name
            by_postcode.setdefault(postcode, municipality)
            for name in (locality, municipality):
                by_name.setdefault(name, set()).add(municipality)
    return by_postcode, {name: frozenset(m) for name, m in by_name.items()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(_tables()[1], key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:in|te|naar)\s+(?P<name>{alternation})(?![\w-])")


def municipality_of(location: dict) -> str | None:
    """The address's municipality: enrichment's value, else from the postcode, else the locality
    when it names exactly one municipality."""
    if location.get("municipality"):
        return location["municipality"]
    if location.get("country") and str(location["country"]).upper() != "BE":
        return None                          # an address abroad ("Lille", FR) is no Flemish town
    by_postcode, by_name = _tables()
    postcode = str(location.get("postcode") or "").strip()
    if postcode in by_postcode:
        return by_postcode[postcode]
    candidates = by_name.get((location.get("locality") or "").strip())
    if candidates and len(candidates) == 1:
        return next(iter(candidates))
    return None


def named_places(text: str) -> list[tuple[str, frozenset[str]]]:
    """Places named in a text as (name as written, municipalities it can belong to)."""
    by_name = _tables()[1]
    return [(m.group("name"), by_name[m.group("name")]) for m in _pattern().finditer(text or "")]
