"""The catalogue store: SQLite through sqlite-utils, the system of record.

Tables
------
activities     one row per activity id (the site's own id), latest known version
organisations  one row per organisation id
history        every distinct version of an activity ever seen (append-only)
crawl_runs     one row per crawl with its statistics and field coverage
enrichment     written by ``enrich/`` (tags, evidence, municipality…), never by the spider

Nothing is ever deleted. An activity missing from a complete, successful crawl gets
``removed_at``; it is cleared again if the activity comes back.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils

from doemee import clock

# Columns of the activities table, in order. JSON columns hold lists or objects.
ACTIVITY_COLUMNS: dict[str, type] = {
    "id": str,
    "source": str,
    "site_id": str,
    "url": str,
    "title": str,
    "description": str,
    "organizer_id": str,
    "organizer_name": str,
    "organizer_url": str,
    "location_name": str,
    "street": str,
    "postcode": str,
    "locality": str,
    "online": int,
    "lat": float,
    "lon": float,
    "start": str,
    "end": str,
    "schedule": str,
    "price_text": str,
    "offers": str,          # JSON list of {"name", "price", "currency"}
    "is_free": int,         # schema.org isAccessibleForFree; NULL = not stated
    "languages": str,       # JSON list
    "dutch_level": int,     # the site's taaliconen 1-4; NULL = not given
    "goals": str,           # JSON list of goal slugs
    "contact_name": str,
    "contact_phone": str,
    "contact_email": str,
    "booking_url": str,
    "status": str,          # active | cancelled | full
    "extracted_by": str,    # jsonld | microdata | profile (the layer that found the event)
    "sitemap_lastmod": str,
    "content_hash": str,
    "first_seen": str,
    "last_seen": str,
    "last_changed": str,
    "removed_at": str,
    "last_run_id": int,
}
JSON_COLUMNS = ("offers", "languages", "goals")
# Bookkeeping columns: they change without the activity changing.
VOLATILE = {"content_hash", "first_seen", "last_seen", "last_changed", "removed_at",
            "last_run_id", "sitemap_lastmod"}

ORGANISATION_COLUMNS: dict[str, type] = {
    "id": str, "source": str, "url": str, "name": str, "description": str, "website": str,
    "phone": str, "email": str, "street": str, "postcode": str, "locality": str,
    "content_hash": str, "first_seen": str, "last_seen": str, "last_run_id": int,
}

RUN_COLUMNS: dict[str, type] = {
    "id": int, "source": str, "base_url": str, "started_at": str, "finished_at": str,
    "status": str,            # running | complete | partial | failed
    "finish_reason": str, "pages_fetched": int, "items": int, "new": int, "changed": int,
    "unchanged": int, "removed": int, "organisations": int, "errors": int,
    "field_coverage": str,    # JSON {field: share of items with it}
    "failures": str,          # JSON list of {"url", "reason"}
    "stats": str,             # JSON of Scrapy's stats
}


def open_db(path: str | Path) -> sqlite_utils.Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "activities" not in db.table_names():
        db["activities"].create(ACTIVITY_COLUMNS, pk="id", not_null={"source", "url"})
        db["activities"].create_index(["source", "removed_at"])
    if "organisations" not in db.table_names():
        db["organisations"].create(ORGANISATION_COLUMNS, pk="id")
    if "history" not in db.table_names():
        db["history"].create(
            {"id": int, "activity_id": str, "content_hash": str, "captured_at": str,
             "run_id": int, "data": str},
            pk="id",
        )
        db["history"].create_index(["activity_id", "captured_at"])
    if "crawl_runs" not in db.table_names():
        db["crawl_runs"].create(RUN_COLUMNS, pk="id")


def content_hash(record: dict[str, Any]) -> str:
    stable = {k: v for k, v in sorted(record.items()) if k not in VOLATILE}
    blob = json.dumps(stable, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def _activity_row(item: dict[str, Any]) -> dict[str, Any]:
    row = {k: item.get(k) for k in ACTIVITY_COLUMNS if k not in VOLATILE}
    for col in JSON_COLUMNS:
        if row[col] is not None and not isinstance(row[col], str):
            row[col] = json.dumps(row[col], ensure_ascii=False)
    if isinstance(row.get("online"), bool):
        row["online"] = int(row["online"])
    if isinstance(row.get("is_free"), bool):
        row["is_free"] = int(row["is_free"])
    return row


class CatalogueStore:
    """Upserts crawled items, keeps history, records runs, marks removals."""

    def __init__(self, path: str | Path):
        self.db = open_db(path)

    # -- runs ---------------------------------------------------------------------------
    def start_run(self, source: str, base_url: str) -> int:
        table = self.db["crawl_runs"]
        table.insert({"source": source, "base_url": base_url, "started_at": clock.now_iso(),
                      "status": "running"})
        return table.last_pk

    def finish_run(self, run_id: int, *, complete: bool, finish_reason: str,
                   summary: dict[str, Any]) -> int:
        """Close a run; on a complete run, mark what it did not see as removed."""
        removed = self.mark_removed(run_id) if complete else 0
        row = dict(summary)
        for key in ("field_coverage", "failures", "stats"):
            if key in row and not isinstance(row[key], str):
                row[key] = json.dumps(row[key], ensure_ascii=False, default=str)
        row.update(finished_at=clock.now_iso(), finish_reason=finish_reason, removed=removed,
                   status="complete" if complete else "partial")
        self.db["crawl_runs"].update(run_id, row, alter=True)
        return removed

    # -- activities ---------------------------------------------------------------------
    def upsert_activity(self, item: dict[str, Any], run_id: int | None) -> str:
        """Store one item. Returns 'new', 'changed' or 'unchanged'."""
        row = _activity_row(item)
        digest = content_hash(row)
        now = clock.now_iso()
        table = self.db["activities"]
        existing = next(table.rows_where("id = ?", [row["id"]], limit=1), None)
        bookkeeping = {"last_seen": now, "last_run_id": run_id, "removed_at": None,
                       "sitemap_lastmod": item.get("sitemap_lastmod")}
        if existing is None:
            outcome = "new"
            row.update(bookkeeping, content_hash=digest, first_seen=now, last_changed=now)
            table.insert(row)
        elif existing["content_hash"] != digest:
            outcome = "changed"
            row.update(bookkeeping, content_hash=digest, last_changed=now)
            table.update(row["id"], row)
        else:
            outcome = "unchanged"
            table.update(row["id"], bookkeeping)
        if outcome != "unchanged":
            self.db["history"].insert({"activity_id": row["id"], "content_hash": digest,
                                       "captured_at": now, "run_id": run_id,
                                       "data": json.dumps(row, ensure_ascii=False)})
        return outcome

    def upsert_organisation(self, item: dict[str, Any], run_id: int | None) -> None:
        row = {k: item.get(k) for k in ORGANISATION_COLUMNS
               if k not in {"content_hash", "first_seen", "last_seen", "last_run_id"}}
        now = clock.now_iso()
        table = self.db["organisations"]
        existing = next(table.rows_where("id = ?", [row["id"]], limit=1), None)
        row.update(content_hash=content_hash(row), last_seen=now, last_run_id=run_id)
        if existing is None:
            table.insert({**row, "first_seen": now})
        else:
            table.update(row["id"], row)

    def mark_removed(self, run_id: int) -> int:
        """Mark removed every activity of this run's source that the run did not see."""
        run = self.db["crawl_runs"].get(run_id)
        now = clock.now_iso()
        with self.db.conn:
            cursor = self.db.execute(
                "UPDATE activities SET removed_at = ? WHERE source = ? AND removed_at IS NULL"
                " AND (last_run_id IS NULL OR last_run_id != ?)",
                [now, run["source"], run_id],
            )
        return cursor.rowcount

    def counts(self) -> dict[str, int]:
        return {
            "activities": self.db["activities"].count,
            "active": self.db.execute(
                "select count(*) from activities where removed_at is null").fetchone()[0],
            "organisations": self.db["organisations"].count,
            "history": self.db["history"].count,
        }


def iter_rows(db: sqlite_utils.Database, table: str, where: str | None = None,
              params: Iterable[Any] = ()) -> Iterable[dict[str, Any]]:
    if table not in db.table_names():
        return iter(())
    return db[table].rows_where(where, list(params), order_by="id")
