"""The audit's data shapes: a declarative ``Check``, the ``Listing`` it inspects and the
``Finding`` it produces."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable

# Severity values are shown to providers, so they are Dutch (English in SEVERITY_EN).
HIGH, MEDIUM, LOW = "hoog", "middel", "laag"
SEVERITIES = (HIGH, MEDIUM, LOW)
SEVERITY_EN = {HIGH: "high", MEDIUM: "medium", LOW: "low"}

# Categories of checks (Dutch, shown to providers) with their English names.
CATEGORIES = {
    "ontbrekend": "missing essentials",
    "verouderd": "outdated",
    "tegenstrijdig": "contradictions",
    "duidelijkheid": "clarity",
    "dubbel": "duplicates",
}

UNKNOWN_PROVIDER = "(onbekende aanbieder)"


@dataclass
class Listing:
    """One active record, prepared once for every check."""
    record: dict[str, Any]
    provider: str
    now: datetime
    title: str                    # plain text
    description: str              # plain text (provider HTML stripped)
    price_text: str
    schedule: str
    tags: dict[str, Any] | None   # None = the catalogue's tags are unknown
    evidence: list[dict[str, Any]]
    municipality: str | None      # the address's municipality
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # other records like this one

    @property
    def tags_known(self) -> bool:
        return self.tags is not None

    def tag(self, name: str) -> Any:
        return (self.tags or {}).get(name)

    def evidence_for(self, *names: str) -> list[dict[str, Any]]:
        return [e for e in self.evidence if isinstance(e, dict) and e.get("tag") in names]

    @property
    def text(self) -> str:
        """Title, description, price and schedule: all free text a provider wrote."""
        return "\n".join(t for t in (self.title, self.description, self.price_text, self.schedule) if t)


# A check's test returns None when the listing is fine, else a short detail (Dutch) saying
# what exactly was found; "" means "fires, nothing more to say".
Test = Callable[[Listing, Any], "str | None"]


@dataclass(frozen=True)
class Check:
    id: str
    category: str
    severity: str
    field: str                    # the record field a provider should edit
    label: str                    # short Dutch name, e.g. "Prijs ontbreekt"
    label_en: str
    message: str                  # plain Dutch: what is wrong and why it matters
    message_en: str
    fix: str                      # plain Dutch: what to do
    fix_en: str
    test: Test
    essential_weight: int = 0     # completeness points (missing-essential checks only)

    def __post_init__(self) -> None:
        assert self.severity in SEVERITIES, self.severity
        assert self.category in CATEGORIES, self.category


@dataclass(frozen=True)
class Finding:
    activity_id: str
    provider: str
    title: str
    url: str
    check_id: str
    category: str
    severity: str
    label: str
    message: str
    message_en: str
    fix: str
    fix_en: str
    field: str
    detail: str
    priority: int

    def row(self) -> dict[str, Any]:
        return {
            "activity_id": self.activity_id, "provider": self.provider, "title": self.title,
            "url": self.url, "check_id": self.check_id, "check_label": self.label,
            "category": self.category, "severity": self.severity, "message": self.message,
            "message_en": self.message_en, "fix": self.fix, "fix_en": self.fix_en,
            "field": self.field, "detail": self.detail, "priority": self.priority,
        }


FINDING_COLUMNS = ("activity_id", "provider", "title", "url", "check_id", "check_label",
                   "category", "severity", "message", "message_en", "fix", "fix_en", "field",
                   "detail", "priority")
