"""The per-field extraction report printed after every crawl.

Shows the share of items that have each field, so a markup change on the live site (a field
that suddenly drops to 0 %) is visible at once, plus field errors and failed URLs.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

# Fields every activity should have; the others legitimately vary.
CORE_FIELDS = ("id", "url", "title", "description", "organizer_name", "status")


class FieldCoverage:
    def __init__(self, fields: Iterable[str]):
        self.fields = tuple(fields)
        self.items = 0
        self.present: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.layers: Counter[str] = Counter()

    def add(self, item: dict[str, Any], problems: Iterable[tuple[str, str]] = ()) -> None:
        self.items += 1
        self.layers[item.get("extracted_by") or "?"] += 1
        for field in self.fields:
            if item.get(field) not in (None, "", [], False):
                self.present[field] += 1
        for field, _ in problems:
            self.errors[field] += 1

    def shares(self) -> dict[str, float]:
        if not self.items:
            return {field: 0.0 for field in self.fields}
        return {field: round(self.present[field] / self.items, 4) for field in self.fields}

    def format(self, failures: list[dict[str, str]] | None = None) -> str:
        lines = [
            f"Extractierapport / extraction report: {self.items} activiteiten / activities",
            "  laag / layer: " + ", ".join(f"{k} {v}" for k, v in sorted(self.layers.items())),
            f"  {'veld / field':<18} {'aandeel / share':>16} {'fouten / errors':>16}",
        ]
        for field, share in self.shares().items():
            flag = "  <-- ontbreekt overal / missing everywhere" if self.items and share == 0 else ""
            if field in CORE_FIELDS and self.items and share < 0.9:
                flag = "  <-- kernveld onder 90 % / core field below 90 %"
            lines.append(f"  {field:<18} {share:>15.0%} {self.errors[field]:>16}{flag}")
        for failure in failures or []:
            lines.append(f"  MISLUKT / FAILED {failure['url']}: {failure['reason']}")
        return "\n".join(lines)
