"""Completeness scores and the "fix these first" ranking.

Formula (also printed on every HTML report)
-------------------------------------------
**Listing completeness** (0–100) = the sum of the weights of the seven essentials the listing
states::

    price or "free" 20 · address, municipality or online 15 · dates or schedule 15 ·
    contact or booking route 15 · Dutch level 15 · wheelchair access 10 · children welcome 10

An essential counts as missing exactly when its ``ontbreekt-*`` check fires.

**Provider completeness** = the mean of its listings' completeness (audited, i.e. still listed),
rounded to one decimal; 100 when a provider has no listings left.

**Priority of a finding** = severity points (hoog 30, middel 15, laag 5) + the weight of the
essential it fills (0 for checks other than missing essentials).

**Fix these first**: a provider's findings grouped by check; each group's impact = the sum of its
findings' priorities (= priority × number of listings affected); ranked by impact, then
severity, then check id. The network-wide list on the index ranks all findings the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from publish.audit.checks import CHECKS, CHECKS_BY_ID
from publish.audit.model import HIGH, LOW, MEDIUM, SEVERITIES, Check, Finding

SEVERITY_POINTS = {HIGH: 30, MEDIUM: 15, LOW: 5}
ESSENTIAL_WEIGHTS = {c.id: c.essential_weight for c in CHECKS if c.essential_weight}
assert sum(ESSENTIAL_WEIGHTS.values()) == 100, "essential weights must add up to 100"

FORMULA_NL = (
    "Volledigheid van een activiteit (0–100) = som van de gewichten van wat vermeld staat: "
    "prijs of 'gratis' 20, adres/gemeente of online 15, datum of vast moment 15, contact of "
    "inschrijflink 15, taalniveau 15, rolstoeltoegankelijkheid 10, kinderen welkom 10. "
    "Volledigheid van een aanbieder = gemiddelde van zijn activiteiten (1 decimaal). "
    "Prioriteit van een bevinding = ernst (hoog 30, middel 15, laag 5) + het gewicht van wat "
    "ontbreekt. 'Eerst aanpakken' = bevindingen per controle samengeteld (prioriteit × aantal "
    "activiteiten), hoogste eerst."
)
FORMULA_EN = (
    "Listing completeness (0-100) = sum of the weights of the essentials stated: price or 'free' "
    "20, address/municipality or online 15, dates or schedule 15, contact or booking 15, Dutch "
    "level 15, wheelchair access 10, children welcome 10. Provider completeness = mean over its "
    "listings (1 decimal). Finding priority = severity (high 30, medium 15, low 5) + weight of "
    "the missing essential. 'Fix first' = findings summed per check (priority × listings), "
    "highest first."
)


def priority(check: Check) -> int:
    return SEVERITY_POINTS[check.severity] + check.essential_weight


def listing_completeness(findings: Iterable[Finding]) -> int:
    missing = {f.check_id for f in findings if f.check_id in ESSENTIAL_WEIGHTS}
    return 100 - sum(ESSENTIAL_WEIGHTS[c] for c in missing)


def provider_completeness(listing_scores: Iterable[int]) -> float:
    scores = list(listing_scores)
    if not scores:
        return 100.0
    return round(sum(scores) / len(scores), 1)


@dataclass(frozen=True)
class FixItem:
    check_id: str
    label: str
    severity: str
    fix: str
    fix_en: str
    listings: int
    impact: int
    titles: tuple[str, ...]


def fix_first(findings: Iterable[Finding], limit: int | None = None) -> list[FixItem]:
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.check_id, []).append(finding)
    items = []
    for check_id, group in groups.items():
        check = CHECKS_BY_ID[check_id]
        titles = tuple(dict.fromkeys(f.title for f in group))
        items.append(FixItem(check_id, check.label, check.severity, check.fix, check.fix_en,
                             len({f.activity_id for f in group}), sum(f.priority for f in group),
                             titles))
    items.sort(key=lambda i: (-i.impact, SEVERITIES.index(i.severity), i.check_id))
    return items[:limit] if limit else items
