"""The audit inside the published Datasette: tables and their metadata.

``write_audit_tables(site_db, records)`` audits the records and (re)writes three tables:

audit_findings   one row per finding (activity_id, provider, title, url, check_id, check_label,
                 category, severity, message, message_en, fix, fix_en, field, detail, priority)
audit_listings   one row per audited listing with its completeness and counts per severity
audit_providers  one row per provider with its completeness, counts and "fix these first"

``metadata_fragment()`` gives the Datasette metadata for them: Dutch titles and descriptions,
facets on check, severity and provider, and the canned query "Mijn aanbod nakijken".
Both are self-contained: the publishing stage only merges the fragment into its metadata.
"""
from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any, Iterable

import sqlite_utils

from publish.audit.config import DEFAULT_CONFIG, AuditConfig
from publish.audit.engine import AuditResult, audit
from publish.audit.model import FINDING_COLUMNS, SEVERITIES
from publish.audit.report import PROVIDER_DIR
from publish.audit.scores import FORMULA_EN, FORMULA_NL
from publish.text import safe_url

FINDINGS, LISTINGS, PROVIDERS = "audit_findings", "audit_listings", "audit_providers"

_FINDING_TYPES: dict[str, type] = {c: str for c in FINDING_COLUMNS} | {"priority": int}


def write_audit_tables(site_db: sqlite_utils.Database, records: Iterable[dict[str, Any]], *,
                       config: AuditConfig = DEFAULT_CONFIG, now: datetime | None = None) -> None:
    """Audit ``records`` (export records, enriched or not) and replace the audit tables."""
    write_result_tables(site_db, audit(records, config, now=now))


def write_result_tables(site_db: sqlite_utils.Database, result: AuditResult) -> None:
    for name in (FINDINGS, LISTINGS, PROVIDERS):
        if name in site_db.table_names():
            site_db[name].drop()

    findings = site_db[FINDINGS]
    findings.create({"id": int, **_FINDING_TYPES}, pk="id")
    findings.insert_all(({**f.row(), "url": safe_url(f.row().get("url")) or ""}
                         for f in result.findings), batch_size=500)
    for column in ("provider", "check_id", "severity", "activity_id"):
        findings.create_index([column])
    findings.create_index(["provider", "priority"])

    listings = site_db[LISTINGS]
    listings.create({"activity_id": str, "provider": str, "title": str, "url": str,
                     "completeness": int, "findings": int,
                     **{s: int for s in SEVERITIES}}, pk="activity_id")
    listings.insert_all(({
        "activity_id": str(la.record.get("id")), "provider": la.listing.provider,
        "title": la.listing.title, "url": safe_url(la.record.get("url")) or "",
        "completeness": la.completeness, "findings": len(la.findings),
        **{s: sum(1 for f in la.findings if f.severity == s) for s in SEVERITIES},
    } for la in result.listings), batch_size=500)
    listings.create_index(["provider"])
    listings.create_index(["completeness"])

    providers = site_db[PROVIDERS]
    providers.create({"provider": str, "slug": str, "listings": int, "completeness": float,
                      "findings": int, **{s: int for s in SEVERITIES}, "fix_first": str,
                      "fix_first_json": str, "report": str}, pk="provider")
    providers.insert_all(({
        "provider": p.name, "slug": p.slug, "listings": len(p.listings),
        "completeness": p.completeness, "findings": len(p.findings),
        **{s: p.count(s) for s in SEVERITIES},
        "fix_first": "\n".join(f"{i}. {item.label} ({item.listings}×): {item.fix}"
                               for i, item in enumerate(p.fix_first, 1)),
        "fix_first_json": json.dumps([{"check_id": i.check_id, "label": i.label,
                                       "listings": i.listings, "impact": i.impact}
                                      for i in p.fix_first], ensure_ascii=False),
        "report": f"audit/{PROVIDER_DIR}/{p.slug}.html",
    } for p in result.providers), batch_size=500)
    providers.create_index(["completeness"])


_FORMULA_HTML = f"<p>{html.escape(FORMULA_NL)}</p><p><em>{html.escape(FORMULA_EN)}</em></p>"

FINDINGS_SQL = (
    "select title, check_label, severity, message, detail, fix, field, activity_id, url, "
    "check_id, priority from audit_findings where provider = :provider "
    "order by priority desc, title, check_id"
)


def metadata_fragment(database: str = "catalogue") -> dict[str, Any]:
    """Datasette metadata for the audit tables and the canned query, for ``database``."""
    return {"databases": {database: {
        "tables": {
            FINDINGS: {
                "title": "Bevindingen voor aanbieders (Audit findings)",
                "description_html": (
                    "<p>Wat er aan elke activiteit ontbreekt, verouderd is, elkaar tegenspreekt "
                    "of moeilijk te lezen is, met telkens hoe je het oplost. Filter op je eigen "
                    "naam bij <em>provider</em>, of gebruik de vraag "
                    "<a href=\"mijn_aanbod_nakijken\">Mijn aanbod nakijken</a>.</p>"
                    "<p><em>What each listing lacks or gets wrong, with a fix for each finding.</em></p>"),
                "facets": ["check_id", "severity", "provider"],
                "sort_desc": "priority",
                "label_column": "title",
                "columns": {
                    "activity_id": "Id van de activiteit op ikdoemee.be / activity id",
                    "provider": "Aanbieder / provider",
                    "title": "Titel van de activiteit / listing title",
                    "check_id": "Controle / check",
                    "check_label": "Wat er scheelt / what is wrong",
                    "category": "Soort: ontbrekend, verouderd, tegenstrijdig, duidelijkheid, dubbel",
                    "severity": "Ernst: hoog, middel, laag / severity",
                    "message": "Uitleg / explanation (Dutch)",
                    "message_en": "Explanation (English)",
                    "fix": "Zo los je het op / how to fix (Dutch)",
                    "fix_en": "How to fix (English)",
                    "field": "Het veld om aan te passen / field to edit",
                    "detail": "Wat precies gevonden werd / what exactly was found",
                    "priority": "Prioriteit: ernst + gewicht van wat ontbreekt / priority",
                },
            },
            LISTINGS: {
                "title": "Volledigheid per activiteit (Completeness per listing)",
                "description_html": _FORMULA_HTML,
                "facets": ["provider"],
                "sort": "completeness",
                "label_column": "title",
            },
            PROVIDERS: {
                "title": "Volledigheid per aanbieder (Completeness per provider)",
                "description_html": _FORMULA_HTML,
                "sort": "completeness",
                "label_column": "provider",
            },
        },
        "queries": {
            "mijn_aanbod_nakijken": {
                "title": "Mijn aanbod nakijken",
                "description_html": (
                    "<p>Vul de naam van je organisatie in zoals ze op ikdoemee.be staat. Je "
                    "ziet per activiteit wat er ontbreekt of beter kan, het belangrijkste "
                    "eerst, en hoe je het oplost.</p>"
                    "<p><em>Check my listings: enter your organisation's name as shown on "
                    "ikdoemee.be to see what to fix first.</em></p>"),
                "sql": FINDINGS_SQL,
                "params": ["provider"],
            },
        },
    }}}
