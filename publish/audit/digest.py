"""One audited provider reduced to what the outputs need: table rows, CSV rows, its HTML page
and a few numbers for the network summary.

A ``ProviderDigest`` is plain data (tuples, strings, numbers), so it can be made in a worker
process and written by the parent; the serial and the parallel audit both go through it, so
they write the same bytes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from publish.audit.engine import ProviderAudit
from publish.audit.model import SEVERITIES

_SEVERITY_AT = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class ProviderDigest:
    name: str
    slug: str
    listings: int
    completeness: float
    counts: tuple[int, ...]                  # findings per severity, in SEVERITIES order
    findings: int
    with_findings: int                       # listings with at least one finding
    completeness_sum: int                    # sum of its listings' completeness
    checks: list[tuple[str, int, int, int]]  # (check id, findings, impact, listings), first seen first
    finding_rows: list[tuple]                # FINDING_COLUMNS order, url as in the record
    listing_rows: list[tuple]                # audit_listings columns
    fix_first_text: str
    fix_first_json: str
    page: str | None = None                  # its rendered HTML page

    def provider_row(self, report: str) -> tuple:
        """The audit_providers row (``report``: the page's path in the site)."""
        return (self.name, self.slug, self.listings, self.completeness, self.findings,
                *self.counts, self.fix_first_text, self.fix_first_json, report)


def digest(provider: ProviderAudit, page: str | None = None) -> ProviderDigest:
    from publish.text import safe_url

    counts = [0] * len(SEVERITIES)
    checks: dict[str, list] = {}
    finding_rows: list[tuple] = []
    listing_rows: list[tuple] = []
    with_findings = completeness_sum = 0
    for la in provider.listings:
        completeness_sum += la.completeness
        own = [0] * len(SEVERITIES)
        for f in la.findings:
            own[_SEVERITY_AT[f.severity]] += 1
            stats = checks.get(f.check_id)
            if stats is None:
                stats = checks[f.check_id] = [0, 0, set()]
            stats[0] += 1
            stats[1] += f.priority
            stats[2].add(f.activity_id)
            finding_rows.append((f.activity_id, f.provider, f.title, f.url, f.check_id, f.label,
                                 f.category, f.severity, f.message, f.message_en, f.fix,
                                 f.fix_en, f.field, f.detail, f.priority))
        if la.findings:
            with_findings += 1
        for i, n in enumerate(own):
            counts[i] += n
        listing_rows.append((str(la.record.get("id")), la.listing.provider, la.listing.title,
                             safe_url(la.record.get("url")) or "", la.completeness,
                             len(la.findings), *own))
    fix = provider.fix_first
    return ProviderDigest(
        name=provider.name, slug=provider.slug, listings=len(provider.listings),
        completeness=provider.completeness, counts=tuple(counts), findings=len(finding_rows),
        with_findings=with_findings, completeness_sum=completeness_sum,
        checks=[(c, n, impact, len(ids)) for c, (n, impact, ids) in checks.items()],
        finding_rows=finding_rows, listing_rows=listing_rows,
        fix_first_text="\n".join(f"{i}. {item.label} ({item.listings}×): {item.fix}"
                                 for i, item in enumerate(fix, 1)),
        fix_first_json=json.dumps([{"check_id": i.check_id, "label": i.label,
                                    "listings": i.listings, "impact": i.impact} for i in fix],
                                  ensure_ascii=False),
        page=page)
