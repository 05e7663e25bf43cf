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
    "country": str,         # ISO 3166-1 alpha-2 from schema.org addressCountry; NULL = not stated
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
    "removed_reason": str,  # "gone (HTTP 404)" | "missing from N complete crawls"
    "missed_runs": int,     # consecutive complete crawls that did not see it
    "etag": str,            # HTTP validators, for conditional requests
    "http_last_modified": str,
    "last_run_id": int,
}
JSON_COLUMNS = ("offers", "languages", "goals")
# activity columns added after catalogues existed: ensure_schema adds them to older databases
ADDED_COLUMNS = ("country",)
# Bookkeeping columns: they change without the activity changing.
VOLATILE = {"content_hash", "first_seen", "last_seen", "last_changed", "removed_at",
            "removed_reason", "missed_runs", "etag", "http_last_modified", "last_run_id",
            "sitemap_lastmod"}

ORGANISATION_COLUMNS: dict[str, type] = {
    "id": str, "source": str, "url": str, "name": str, "description": str, "website": str,
    "phone": str, "email": str, "street": str, "postcode": str, "locality": str,
    "sitemap_lastmod": str,   # a refresh skips the page while the sitemap's lastmod holds
    "content_hash": str, "first_seen": str, "last_seen": str, "last_run_id": int,
}

RUN_COLUMNS: dict[str, type] = {
    "id": int, "source": str, "base_url": str, "started_at": str, "finished_at": str,
    "status": str,            # running | complete | partial | failed | abandoned
    "finish_reason": str, "pages_fetched": int, "items": int, "new": int, "changed": int,
    "unchanged": int, "removed": int, "organisations": int, "errors": int, "skipped": int,
    "guard": str,             # why the guard rails failed the run, if they did
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
    elif "sitemap_lastmod" not in db["organisations"].columns_dict:
        db["organisations"].add_column("sitemap_lastmod", str)   # databases from before
    for column in ADDED_COLUMNS:
        if column not in db["activities"].columns_dict:
            db["activities"].add_column(column, ACTIVITY_COLUMNS[column])   # databases from before
    if "history" not in db.table_names():
        db["history"].create(
            {"id": int, "activity_id": str, "content_hash": str, "captured_at": str,
             "run_id": int, "data": str},
            pk="id",
        )
        db["history"].create_index(["activity_id", "captured_at"])
    if "crawl_runs" not in db.table_names():
        db["crawl_runs"].create(RUN_COLUMNS, pk="id")
    if "staging" not in db.table_names():
        # What a running crawl found; applied to the catalogue only when the run passes.
        db["staging"].create({"run_id": int, "id": str, "kind": str, "data": str},
                             pk=("run_id", "id"))


def content_hash(record: dict[str, Any]) -> str:
    # (a column added later counts only once it holds a value: older rows keep their hash, so an
    # upgrade does not mark every activity changed)
    stable = {k: v for k, v in sorted(record.items())
              if k not in VOLATILE and not (k in ADDED_COLUMNS and v is None)}
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


def _sql_value(value: Any) -> Any:
    """What sqlite-utils would store: lists and dicts as JSON, booleans as integers."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


class CatalogueStore:
    """Stages crawled items per run, applies them when the run passes, keeps history,
    records runs, and marks removals only on evidence."""

    def __init__(self, path: str | Path):
        self.db = open_db(path)
        # With WAL, NORMAL syncs at checkpoints instead of at every commit: a commit still
        # survives the process being killed (SIGKILL) — what a resumed crawl relies on —
        # and only an OS crash or power cut may roll back the last few. Each staged item
        # stays its own commit, at a fraction of the cost.
        self.db.execute("PRAGMA synchronous=NORMAL")

    # -- runs ---------------------------------------------------------------------------
    def start_run(self, source: str, base_url: str) -> int:
        self.abandon_stale_runs(source)
        table = self.db["crawl_runs"]
        table.insert({"source": source, "base_url": base_url, "started_at": clock.now_iso(),
                      "status": "running"})
        return table.last_pk

    def abandon_stale_runs(self, source: str, keep: int | None = None) -> None:
        """A run still 'running' when a new one starts was killed: say so, drop its staging.
        Staging kept by an interrupted run for its resumption goes too (it was not resumed)."""
        for run in self.db["crawl_runs"].rows_where("source = ? and status = 'running'", [source]):
            if run["id"] != keep:
                self.db["crawl_runs"].update(run["id"], {"status": "abandoned"})
                self.db.execute("DELETE FROM staging WHERE run_id = ?", [run["id"]])
        self.db.execute("DELETE FROM staging WHERE run_id != ? AND run_id IN (SELECT id FROM"
                        " crawl_runs WHERE source = ? AND status != 'running')", [keep or -1, source])
        self.db.conn.commit()

    def resume_run(self, run_id: int) -> None:
        self.db["crawl_runs"].update(run_id, {"status": "running"})

    def previous_complete_run(self, source: str, before: int) -> dict[str, Any] | None:
        return next(self.db["crawl_runs"].rows_where(
            "source = ? and status = 'complete' and id < ?", [source, before],
            order_by="id desc", limit=1), None)

    def finish_run(self, run_id: int, *, complete: bool, finish_reason: str,
                   summary: dict[str, Any], guard: str | None = None,
                   gone: Iterable[str] = (), removal_after: int = 1,
                   lastmods: dict[str, str] | None = None, keep_staged: bool = False) -> int:
        """Close a run. A run failed by the guard rails changes nothing in the catalogue;
        otherwise its staged items are applied, pages that answered 404/410 are marked
        removed, and — on a complete run only — what it did not see counts as one miss.
        ``keep_staged``: an interrupted run that will be resumed keeps its staged rows (they
        are applied now and again at the end: applying is idempotent)."""
        row = dict(summary)
        for key in ("field_coverage", "failures", "stats"):
            if key in row and not isinstance(row[key], str):
                row[key] = json.dumps(row[key], ensure_ascii=False, default=str)
        removed = 0
        if guard:
            status = "failed"
        else:
            row.update(self.apply_staged(run_id, keep=keep_staged))
            self.record_lastmods(lastmods or {})
            removed = self.mark_gone(gone, run_id)
            if complete:
                removed += self.count_misses(run_id, removal_after)
            status = "complete" if complete else "partial"
        row.update(finished_at=clock.now_iso(), finish_reason=finish_reason, removed=removed,
                   status=status, guard=guard)
        self.db["crawl_runs"].update(run_id, row, alter=True)
        return removed

    # -- staging --------------------------------------------------------------------------
    def stage(self, run_id: int, kind: str, item: dict[str, Any] | None, item_id: str) -> None:
        """kind: 'activity' | 'organisation' | 'seen' (an unchanged page, not downloaded)."""
        data = None if item is None else json.dumps(item, ensure_ascii=False, default=str)
        # Plain SQL: sqlite-utils' upsert introspects the table on every call.
        self.db.conn.execute(
            "INSERT INTO staging (run_id, id, kind, data) VALUES (?, ?, ?, ?) ON CONFLICT"
            " (run_id, id) DO UPDATE SET kind = excluded.kind, data = excluded.data",
            (run_id, item_id, kind, data))

    def apply_staged(self, run_id: int, keep: bool = False) -> dict[str, int]:
        outcomes = {"new": 0, "changed": 0, "unchanged": 0, "organisations": 0}
        # Streamed, not fetched at once: a run's staging is as big as the catalogue.
        rows = self.db.conn.execute(
            "select kind, id, data from staging where run_id = ? order by id", [run_id])
        with self.db.conn:
            for kind, item_id, data in rows:
                if kind == "activity":
                    outcomes[self.upsert_activity(json.loads(data), run_id, commit=False)] += 1
                elif kind == "organisation":
                    self.upsert_organisation(json.loads(data), run_id)
                    outcomes["organisations"] += 1
                elif kind == "seen":
                    self.touch(item_id, run_id)
                    outcomes["unchanged"] += 1
            if not keep:
                self.db.execute("DELETE FROM staging WHERE run_id = ?", [run_id])
        return outcomes

    # -- activities ---------------------------------------------------------------------
    def _only_added_columns_filled(self, row: dict[str, Any]) -> bool:
        """The stored row equals ``row`` but for added columns it still has empty."""
        stored = self.db.conn.execute("SELECT * FROM activities WHERE id = ?", [row["id"]])
        names = [c[0] for c in stored.description]
        values = stored.fetchone()
        if values is None:
            return False
        old = dict(zip(names, values))
        return all(old.get(k) is None for k in ADDED_COLUMNS) and \
            content_hash({**row, **{k: None for k in ADDED_COLUMNS}}) == old.get("content_hash")

    def upsert_activity(self, item: dict[str, Any], run_id: int | None, commit: bool = True) -> str:
        """Store one item. Returns 'new', 'changed' or 'unchanged'."""
        row = _activity_row(item)
        digest = content_hash(row)
        now = clock.now_iso()
        existing = self.db.conn.execute("SELECT content_hash FROM activities WHERE id = ?",
                                        [row["id"]]).fetchone()
        bookkeeping = {"last_seen": now, "last_run_id": run_id, "removed_at": None,
                       "removed_reason": None, "missed_runs": 0,
                       **{k: item.get(k) for k in ("sitemap_lastmod", "etag", "http_last_modified")}}
        if existing is None:
            outcome = "new"
            row.update(bookkeeping, content_hash=digest, first_seen=now, last_changed=now)
            self._insert("activities", row)
        elif existing[0] != digest and self._only_added_columns_filled(row):
            # an older row meets a column added since (the page states its country): filled in
            # quietly, with no history and no "changed", so an upgrade changes no feed
            outcome = "unchanged"
            self._update("activities", row["id"], {**bookkeeping, **{k: row[k] for k in ADDED_COLUMNS},
                                                   "content_hash": digest})
        elif existing[0] != digest:
            outcome = "changed"
            row.update(bookkeeping, content_hash=digest, last_changed=now)
            self._update("activities", row["id"], row)
        else:
            outcome = "unchanged"
            self._update("activities", row["id"], bookkeeping)
        if outcome != "unchanged":
            self._insert("history", {"activity_id": row["id"], "content_hash": digest,
                                     "captured_at": now, "run_id": run_id,
                                     "data": json.dumps(row, ensure_ascii=False)})
        if commit:
            self.db.conn.commit()
        return outcome

    # Plain SQL for the per-row writes: sqlite-utils introspects the table on every call,
    # which costs more than the write itself.
    def _insert(self, table: str, row: dict[str, Any]) -> None:
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        self.db.conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})",
                             [_sql_value(v) for v in row.values()])

    def _update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        self.db.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?",
                             [*(_sql_value(v) for v in values.values()), row_id])

    def touch(self, activity_id: str, run_id: int | None) -> None:
        """Seen again without downloading (sitemap lastmod or HTTP 304): only last_seen moves."""
        self.db.execute(
            "UPDATE activities SET last_seen = ?, last_run_id = ?, missed_runs = 0,"
            " removed_at = NULL, removed_reason = NULL WHERE id = ?",
            [clock.now_iso(), run_id, activity_id])

    def upsert_organisation(self, item: dict[str, Any], run_id: int | None) -> None:
        row = {k: item.get(k) for k in ORGANISATION_COLUMNS
               if k not in {"content_hash", "first_seen", "last_seen", "last_run_id"}}
        now = clock.now_iso()
        existing = self.db.conn.execute("SELECT 1 FROM organisations WHERE id = ?",
                                        [row["id"]]).fetchone()
        row.update(content_hash=content_hash(row), last_seen=now, last_run_id=run_id)
        if existing is None:
            self._insert("organisations", {**row, "first_seen": now})
        else:
            self._update("organisations", row["id"], row)

    def record_lastmods(self, lastmods: dict[str, str]) -> None:
        """The sitemap's lastmod per activity id, for the next refresh (not a content change)."""
        with self.db.conn:
            self.db.conn.executemany("UPDATE activities SET sitemap_lastmod = ? WHERE id = ?",
                                [(lastmod, activity_id) for activity_id, lastmod in lastmods.items()])

    def mark_gone(self, activity_ids: Iterable[str], run_id: int) -> int:
        """Pages that answered 404/410: removed at once (the site said so)."""
        now, n = clock.now_iso(), 0
        with self.db.conn:
            for activity_id in activity_ids:
                n += self.db.execute(
                    "UPDATE activities SET removed_at = ?, removed_reason = 'gone (HTTP 404/410)',"
                    " last_run_id = ? WHERE id = ? AND removed_at IS NULL",
                    [now, run_id, activity_id]).rowcount
        return n

    def count_misses(self, run_id: int, removal_after: int) -> int:
        """On a complete run: one more miss for every activity of the source it did not see;
        removed once missed by ``removal_after`` complete runs in a row."""
        run = self.db["crawl_runs"].get(run_id)
        with self.db.conn:
            self.db.execute(
                "UPDATE activities SET missed_runs = coalesce(missed_runs, 0) + 1"
                " WHERE source = ? AND removed_at IS NULL"
                " AND (last_run_id IS NULL OR last_run_id != ?)", [run["source"], run_id])
            cursor = self.db.execute(
                "UPDATE activities SET removed_at = ?, removed_reason = ? WHERE source = ?"
                " AND removed_at IS NULL AND missed_runs >= ?",
                [clock.now_iso(), f"missing from {removal_after} complete crawl(s)",
                 run["source"], removal_after])
        return cursor.rowcount

    def known_pages(self, source: str) -> dict[str, dict[str, Any]]:
        """site_id → what a refresh needs to avoid downloading unchanged pages."""
        return {row["site_id"]: row for row in self.db.query(
            "SELECT site_id, id, url, sitemap_lastmod, etag, http_last_modified, removed_at"
            " FROM activities WHERE source = ?", [source])}

    def known_organisations(self, source: str) -> dict[str, str | None]:
        """organisation id → the sitemap lastmod of its page when it was last downloaded."""
        return {row["id"]: row["sitemap_lastmod"] for row in self.db.query(
            "SELECT id, sitemap_lastmod FROM organisations WHERE source = ?", [source])}
