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
from datetime import datetime
from typing import Any, Iterable

import sqlite_utils

from publish.audit.config import DEFAULT_CONFIG, AuditConfig
from publish.audit.digest import ProviderDigest, digest
from publish.audit.engine import AuditResult, ProviderAudit, audit
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
    tables = TableWriter(site_db)
    for provider in result.providers:
        tables.add(provider)
    tables.close()


_URL = FINDING_COLUMNS.index("url")
_LISTING_COLUMNS = {"activity_id": str, "provider": str, "title": str, "url": str,
                    "completeness": int, "findings": int, **{s: int for s in SEVERITIES}}
_PROVIDER_COLUMNS = {"provider": str, "slug": str, "listings": int, "completeness": float,
                     "findings": int, **{s: int for s in SEVERITIES}, "fix_first": str,
                     "fix_first_json": str, "report": str}


class TableWriter:
    """(Re)creates the three audit tables, then takes one provider at a time: its rows are
    inserted at once, so nothing but the open transaction is kept. ``close()`` commits and
    adds the indexes (after the rows: faster than keeping them up to date)."""

    def __init__(self, site_db: sqlite_utils.Database) -> None:
        self.db = site_db
        for name in (FINDINGS, LISTINGS, PROVIDERS):
            if name in site_db.table_names():
                site_db[name].drop()
        site_db[FINDINGS].create({"id": int, **_FINDING_TYPES}, pk="id")
        site_db[LISTINGS].create(_LISTING_COLUMNS, pk="activity_id")
        site_db[PROVIDERS].create(_PROVIDER_COLUMNS, pk="provider")
        self.conn = site_db.conn
        self._sql = {table: self._insert(table, columns) for table, columns in (
            (FINDINGS, FINDING_COLUMNS), (LISTINGS, _LISTING_COLUMNS),
            (PROVIDERS, _PROVIDER_COLUMNS))}
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")

    @staticmethod
    def _insert(table: str, columns: Iterable[str]) -> str:
        names = list(columns)
        return (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})")

    def add(self, provider: ProviderAudit | ProviderDigest) -> None:
        d = provider if isinstance(provider, ProviderDigest) else digest(provider)
        self.conn.executemany(self._sql[FINDINGS], (
            (*row[:_URL], safe_url(row[_URL]) or "", *row[_URL + 1:]) for row in d.finding_rows))
        self.conn.executemany(self._sql[LISTINGS], d.listing_rows)
        self.conn.execute(self._sql[PROVIDERS], d.provider_row(f"audit/{PROVIDER_DIR}/{d.slug}.html"))

    def close(self) -> None:
        self.conn.commit()
        db = self.db
        for column in ("provider", "check_id", "severity", "activity_id"):
            db[FINDINGS].create_index([column])
        db[FINDINGS].create_index(["provider", "priority"])
        db[LISTINGS].create_index(["provider"])
        db[LISTINGS].create_index(["completeness"])
        db[PROVIDERS].create_index(["completeness"])

    def abort(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


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
