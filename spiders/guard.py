"""Guard rails: a crawl that looks much worse than the last complete one fails loudly.

A markup change on the live site or a half-broken night shows up as far fewer items or a
field whose coverage collapses. Such a run changes nothing in the catalogue (its staged
items are not applied) and ``doemee crawl`` exits non-zero, so nothing is published.
"""
from __future__ import annotations

import json
from typing import Any

from spiders.report import CORE_FIELDS


def check(items: int, skipped: int, coverage: dict[str, float], previous: dict[str, Any] | None,
          max_item_drop: float = 0.3, max_coverage_drop: float = 0.25,
          max_core_drop: float = 0.1, stored: int | None = None) -> str | None:
    """The reason to fail this run, or None. ``items`` were downloaded and extracted,
    ``skipped`` known unchanged (not downloaded). Zero activities is always a failure.
    ``stored``: activities that passed validation (``items`` counts the unusable ones too).
    Thresholds (shares, 0–1; settings DOEMEE_GUARD_MAX_ITEM_DROP, _MAX_COVERAGE_DROP,
    _MAX_CORE_DROP): the activity count may drop by ``max_item_drop``; a field's coverage by
    ``max_coverage_drop``, a core field's (present on over half the items) by ``max_core_drop``."""
    total = items + skipped
    if total == 0 or (stored is not None and stored + skipped == 0):
        return "nul activiteiten / zero activities"
    if not previous or not previous.get("items"):
        return None
    before = (previous.get("items") or 0) + (previous.get("skipped") or 0)
    if total < (1 - max_item_drop) * before:
        return (f"aantal activiteiten daalde van {before} naar {total} / "
                f"activity count dropped from {before} to {total}")
    if items < max(20, 0.5 * (previous.get("items") or 0)):
        return None  # too few pages downloaded (an incremental refresh) to judge coverage
    old = json.loads(previous.get("field_coverage") or "{}")
    for field, share in old.items():
        drop = share - coverage.get(field, 0.0)
        if drop > max_coverage_drop or (field in CORE_FIELDS and share > 0.5 and drop > max_core_drop):
            return (f"veld {field} daalde van {share:.0%} naar {coverage.get(field, 0):.0%} / "
                    f"field {field} coverage dropped from {share:.0%} to {coverage.get(field, 0):.0%}")
    return None
