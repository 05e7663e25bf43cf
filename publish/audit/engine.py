"""Run every check on every listing that is still listed, find duplicates, score.

``audit(records)`` takes export records (``catalogue.export.iter_records``) and returns an
``AuditResult``: per provider its listings with findings, completeness and "fix these first".
Records without ``tags`` are tagged with ``enrich.tagger.tag_record`` when that module can be
imported; otherwise their tags stay unknown. One bad record is logged and skipped, never fatal.
"""
from __future__ import annotations

import logging
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz

from doemee import clock
from publish.audit import places
from publish.audit.checks import CHECKS
from publish.audit.config import DEFAULT_CONFIG, AuditConfig
from publish.audit.model import SEVERITIES, UNKNOWN_PROVIDER, Finding, Listing
from publish.audit.scores import (FixItem, fix_first, listing_completeness, priority,
                                  provider_completeness)
from publish.audit.text import normalise_title, plain

log = logging.getLogger(__name__)

Tagger = Callable[[dict[str, Any]], dict[str, Any]]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """``enrich.tagger.tag_record`` when it can be imported, else None (tags stay unknown)."""
    try:
        from enrich.tagger import tag_record  # type: ignore[import-not-found]
    except Exception as exc:  # not written yet, or broken: the audit still runs
        log.info("enrich.tagger not available (%s); tags are unknown where records lack them", exc)
        return None
    return tag_record


def provider_of(record: dict[str, Any]) -> str:
    org = record.get("organizer") or {}
    return (org.get("name") or "").strip() or (org.get("id") or "").strip() or UNKNOWN_PROVIDER


SLUG_MAX = 80   # report file names stay far below the 255-byte limit of file systems


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "aanbieder"
    if len(slug) > SLUG_MAX:
        # A very long (or hostile) name: a readable start plus a hash of the whole name,
        # so two long names sharing their start still get different pages.
        digest = hashlib.sha1(name.encode("utf-8", "replace")).hexdigest()[:10]
        slug = f"{slug[:SLUG_MAX - 11].rstrip('-')}-{digest}"
    return slug


def enrich_record(record: dict[str, Any], tagger: Tagger | None) -> dict[str, Any]:
    """A copy of the record with tags, evidence and location filled in by the tagger when the
    record has no tags yet. The original record is never modified."""
    record = dict(record)
    record["location"] = dict(record.get("location") or {})
    if record.get("tags") is None and tagger is not None:
        try:
            result = tagger(record) or {}
        except Exception:
            log.exception("tagging %s failed; its tags are unknown", record.get("id"))
            result = {}
        if result.get("tags") is not None:
            record["tags"] = result["tags"]
            record["evidence"] = result.get("evidence") or []
        for key, value in (result.get("location") or {}).items():
            if value is not None and record["location"].get(key) is None:
                record["location"][key] = value
    evidence = record.get("evidence")
    record["evidence"] = [e for e in evidence if isinstance(e, dict)] if isinstance(evidence, list) else []
    return record


def _oneline(value: Any) -> str:
    """Plain-text fields (title, price, schedule) keep their text as is, on one line."""
    return " ".join(str(value or "").split())


def prepare(record: dict[str, Any], now: datetime) -> Listing:
    tags = record.get("tags")
    return Listing(
        record=record,
        provider=provider_of(record),
        now=now,
        title=_oneline(record.get("title")),
        description=plain(record.get("description")),
        price_text=_oneline(record.get("price_text")),
        schedule=_oneline(record.get("schedule")),
        tags=tags if isinstance(tags, dict) else None,
        evidence=record["evidence"],
        municipality=places.municipality_of(record["location"]),
    )


def _date_key(record: dict[str, Any]) -> tuple[str, str, str]:
    start, end = (record.get("start") or "")[:10], (record.get("end") or "")[:10]
    schedule = "" if (start or end) else " ".join((record.get("schedule") or "").lower().split())
    return start, end, schedule


def mark_duplicates(listings: list[Listing], cfg: AuditConfig) -> None:
    """Same provider, same dates (or the same schedule when undated) and titles that are
    fuzzily the same (rapidfuzz token_sort_ratio ≥ cfg.duplicate_title_ratio) with the same
    numbers in them."""
    groups: dict[tuple[str, tuple[str, str, str]], list[Listing]] = {}
    for listing in listings:
        groups.setdefault((listing.provider, _date_key(listing.record)), []).append(listing)
    for group in groups.values():
        titles = [normalise_title(listing.title) for listing in group]
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if a.record.get("id") == b.record.get("id") or not titles[i] or not titles[j]:
                    continue
                if re.findall(r"\d+", a.title) != re.findall(r"\d+", b.title):
                    continue  # "Groep 1" and "Groep 2" are two groups, not one listed twice
                if fuzz.token_sort_ratio(titles[i], titles[j]) >= cfg.duplicate_title_ratio:
                    a.duplicates.append({"id": b.record.get("id"), "title": b.title})
                    b.duplicates.append({"id": a.record.get("id"), "title": a.title})


def run_checks(listing: Listing, cfg: AuditConfig) -> list[Finding]:
    findings = []
    for check in CHECKS:
        try:
            detail = check.test(listing, cfg)
        except Exception:
            log.exception("check %s failed on %s", check.id, listing.record.get("id"))
            continue
        if detail is None:
            continue
        findings.append(Finding(
            activity_id=str(listing.record.get("id")), provider=listing.provider,
            title=listing.title, url=listing.record.get("url") or "", check_id=check.id,
            category=check.category, severity=check.severity, label=check.label,
            message=check.message, message_en=check.message_en, fix=check.fix,
            fix_en=check.fix_en, field=check.field, detail=detail, priority=priority(check)))
    findings.sort(key=lambda f: (-f.priority, f.check_id))
    return findings


@dataclass
class ListingAudit:
    listing: Listing
    findings: list[Finding]
    completeness: int

    @property
    def record(self) -> dict[str, Any]:
        return self.listing.record


@dataclass
class ProviderAudit:
    name: str
    slug: str
    listings: list[ListingAudit]
    completeness: float
    fix_first: list[FixItem]

    @property
    def findings(self) -> list[Finding]:
        return [f for la in self.listings for f in la.findings]

    def count(self, severity: str) -> int:
        return sum(1 for la in self.listings for f in la.findings if f.severity == severity)


@dataclass
class AuditResult:
    generated_at: str
    config: AuditConfig
    providers: list[ProviderAudit]
    skipped_removed: int = 0
    tags_unknown: int = 0          # listings whose tags could not be known
    errors: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for p in self.providers for f in p.findings]

    @property
    def listings(self) -> list[ListingAudit]:
        return [la for p in self.providers for la in p.listings]

    def provider(self, name: str) -> ProviderAudit | None:
        wanted = name.strip().casefold()
        return next((p for p in self.providers
                     if p.name.casefold() == wanted or p.slug == wanted), None)


class ProviderAuditor:
    """Audits one provider at a time; what it keeps between providers is small (the slugs
    handed out, two counters and the error messages), so a caller can stream providers.

    ``provider(name, records)`` takes that provider's active records in id order and returns
    its ``ProviderAudit`` (None when none of its records could be prepared). Providers must
    come in report order (name, case-insensitive) for the slugs to match ``audit()``.
    """

    def __init__(self, config: AuditConfig = DEFAULT_CONFIG, *, now: datetime | None = None,
                 tagger: Tagger | None | bool = True) -> None:
        self.config = config
        self.now = now or clock.now()
        if tagger is True:
            tagger = default_tagger()
        elif tagger is False:
            tagger = None
        self.tagger: Tagger | None = tagger
        self.slugs: set[str] = set()
        self.tags_unknown = 0
        self.errors: list[str] = []

    def prepare(self, record: dict[str, Any]) -> Listing | None:
        try:
            return prepare(enrich_record(record, self.tagger), self.now)
        except Exception as exc:
            log.exception("cannot audit %s", record.get("id"))
            self.errors.append(f"{record.get('id')}: {exc}")
            return None

    def provider(self, name: str, records: Iterable[dict[str, Any]]) -> ProviderAudit | None:
        listings = [listing for listing in map(self.prepare, records) if listing is not None]
        return self.provider_of_listings(name, listings)

    def provider_of_listings(self, name: str, listings: list[Listing]) -> ProviderAudit | None:
        if not listings:
            return None
        return self.audit_listings(name, listings, self.next_slug(name))

    def next_slug(self, name: str) -> str:
        """The provider's report slug: unique among the slugs handed out before."""
        slug = base = slugify(name)
        n = 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    def audit_listings(self, name: str, listings: list[Listing], slug: str) -> ProviderAudit:
        """Duplicates, checks, scores and "fix these first" of one provider's listings."""
        config = self.config
        mark_duplicates(listings, config)
        audited = []
        for listing in listings:
            findings = run_checks(listing, config)
            audited.append(ListingAudit(listing, findings, listing_completeness(findings)))
            if not listing.tags_known:
                self.tags_unknown += 1
        items = sorted(audited, key=lambda la: (la.completeness,
                                                -sum(f.priority for f in la.findings),
                                                la.listing.title.casefold()))
        findings = [f for la in items for f in la.findings]
        return ProviderAudit(
            name=name, slug=slug, listings=items,
            completeness=provider_completeness(la.completeness for la in items),
            fix_first=fix_first(findings, config.fix_first_limit))


def wants(provider: str | None) -> Callable[[str], bool]:
    """The filter of ``--provider``: its name or slug, case-insensitive (None keeps all)."""
    if not provider:
        return lambda name: True
    wanted = provider.strip().casefold()
    return lambda name: wanted in (name.casefold(), slugify(name))


def audit(records: Iterable[dict[str, Any]], config: AuditConfig = DEFAULT_CONFIG, *,
          provider: str | None = None, now: datetime | None = None,
          tagger: Tagger | None | bool = True) -> AuditResult:
    """Audit the records still listed (removed ones are skipped), all in memory.

    ``provider`` keeps one provider (name or slug, case-insensitive); ``tagger`` is True for
    ``enrich.tagger`` when importable, a callable to use that one, or None/False for none.
    For a whole catalogue use ``publish.audit.stream``, which audits one provider at a time
    with the same ``ProviderAuditor`` and so gives the same results.
    """
    auditor = ProviderAuditor(config, now=now, tagger=tagger)
    keep = wants(provider)
    by_provider: dict[str, list[Listing]] = {}
    skipped = 0
    for record in records:
        if record.get("removed"):
            skipped += 1
            continue
        name = provider_of(record)
        if not keep(name):
            continue
        listing = auditor.prepare(record)
        if listing is not None:
            by_provider.setdefault(listing.provider, []).append(listing)
    providers = [p for p in (auditor.provider_of_listings(name, by_provider[name])
                             for name in sorted(by_provider, key=str.casefold)) if p]
    return AuditResult(generated_at=auditor.now.isoformat(), config=config, providers=providers,
                       skipped_removed=skipped, tags_unknown=auditor.tags_unknown,
                       errors=auditor.errors)


def worst_providers(result: AuditResult, limit: int = 10) -> list[ProviderAudit]:
    """Lowest completeness first, then most high-severity findings, then most findings."""
    return sorted(result.providers,
                  key=lambda p: (p.completeness, -p.count(SEVERITIES[0]), -len(p.findings),
                                 p.name.casefold()))[:limit]
