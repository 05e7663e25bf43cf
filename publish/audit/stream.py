"""The audit of a whole catalogue database, one provider at a time.

``run_audit(db, out_dir=…, site_db=…)`` reads the active records ordered by provider (in report
order) and by id, audits each provider as soon as its records are read
(``engine.ProviderAuditor``, the same code as ``engine.audit``), writes that provider's rows in
the audit tables, its CSV rows and its HTML page, and keeps only a ``report.Summary`` (one
small row per provider and counters) for the index and the Markdown summary. Memory stays flat
however big the catalogue is; the largest thing held is one provider's listings.

The provider grouping is done by SQLite: a SQL function computes ``engine.provider_of`` for
each row, a temporary table holds each provider's rank, and the records come sorted by
(rank, id) through SQLite's sorter, which spills to disk instead of growing.
"""
from __future__ import annotations

import itertools
import logging
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils

from catalogue.export import ENRICHMENT_LOCATION, _record
from catalogue.store import open_db
from publish.audit.config import DEFAULT_CONFIG, AuditConfig
from publish.audit.digest import ProviderDigest, digest
from publish.audit.engine import ProviderAudit, ProviderAuditor, Tagger, provider_of, wants
from publish.audit.report import FORMATS, ReportWriter, Summary, render_page
from publish.audit.site import TableWriter

log = logging.getLogger(__name__)

_FUNCTION = "doemee_audit_provider"


def _provider_key(name: Any, org_id: Any) -> str:
    return provider_of({"organizer": {"name": name, "id": org_id}})


@dataclass
class AuditRun:
    """What a streamed audit did: the network summary, counters and the files written."""
    summary: Summary
    tags_unknown: int = 0
    errors: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def providers(self) -> int:
        return len(self.summary.providers)


class ProviderStream:
    """Iterate ``(provider, records)`` over a catalogue database in report order: providers by
    name (case-insensitive; equal names in the order of their first id), records by id.
    Use as a context manager: it owns a temporary table on the catalogue's connection."""

    def __init__(self, catalogue_db: sqlite_utils.Database | str | Path, *,
                 provider: str | None = None, count_removed: bool = True) -> None:
        self.db = catalogue_db if isinstance(catalogue_db, sqlite_utils.Database) \
            else open_db(catalogue_db)
        self.conn = self.db.conn
        self.table = f"doemee_audit_order_{os.getpid()}_{secrets.token_hex(3)}"
        self.conn.create_function(_FUNCTION, 2, _provider_key, deterministic=True)
        keep = wants(provider)
        firsts = [(name, first) for name, first in self.conn.execute(
            f"SELECT {_FUNCTION}(organizer_name, organizer_id), MIN(id) FROM activities "
            f"WHERE removed_at IS NULL GROUP BY 1") if keep(name)]
        firsts.sort(key=lambda item: (item[0].casefold(), item[1]))
        self.providers = len(firsts)
        self.conn.execute(f"CREATE TEMP TABLE [{self.table}] "
                          f"(provider TEXT PRIMARY KEY, rank INTEGER NOT NULL)")
        self.conn.executemany(f"INSERT INTO temp.[{self.table}] VALUES (?, ?)",
                              ((name, rank) for rank, (name, _) in enumerate(firsts)))
        del firsts
        self.skipped_removed = self.conn.execute(
            "SELECT COUNT(*) FROM activities WHERE removed_at IS NOT NULL").fetchone()[0] \
            if count_removed else 0

    def __enter__(self) -> "ProviderStream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.[{self.table}]")

    def _select(self) -> str:
        enrichment, join = "", ""
        if "enrichment" in self.db.table_names():
            enrichment = ", " + ", ".join(f"e.{c} AS e_{c}"
                                          for c in ("tags", "evidence", *ENRICHMENT_LOCATION))
            join = "LEFT JOIN enrichment e ON e.id = a.id"
        return (f"SELECT a.*{enrichment}, o.rank AS audit_rank_, o.provider AS audit_provider_ "
                f"FROM activities a JOIN temp.[{self.table}] o "
                f"ON o.provider = {_FUNCTION}(a.organizer_name, a.organizer_id) {join} "
                f"WHERE a.removed_at IS NULL ORDER BY o.rank, a.id")

    def rows(self) -> Iterator[tuple[str, Iterator[tuple]]]:
        """``(provider, raw rows)`` in report order; ``record(row)`` makes a record of one."""
        cursor = self.conn.execute(self._select())
        self.names = [d[0] for d in cursor.description]
        rank_at = self.names.index("audit_rank_")
        provider_at = self.names.index("audit_provider_")
        for _, rows in itertools.groupby(cursor, key=lambda row: row[rank_at]):
            first = next(rows)
            yield first[provider_at], itertools.chain([first], rows)

    def __iter__(self) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        for name, rows in self.rows():
            yield name, map(self.record, rows)

    def record(self, values: tuple) -> dict[str, Any]:
        return _record(dict(zip(self.names, values)))


# -- worker processes ----------------------------------------------------------------------
_worker: dict[str, Any] = {}


def _init_worker(config: AuditConfig, now: datetime, tagger: bool | None, names: list[str],
                 render: bool) -> None:
    _worker.update(auditor=ProviderAuditor(config, now=now, tagger=tagger), names=names,
                   render=render, generated_at=now.isoformat())


def _digest_batch(batch: list[tuple[str, list[tuple]]]) -> tuple[list[ProviderDigest], int, list[str]]:
    """Audit a batch of whole providers (raw rows) in a worker: their digests without slugs
    (the parent hands the slugs out, in order), and the batch's tag and error counts."""
    auditor: ProviderAuditor = _worker["auditor"]
    names: list[str] = _worker["names"]
    auditor.tags_unknown, auditor.errors = 0, []
    digests = []
    for name, rows in batch:
        listings = [listing for listing in (auditor.prepare(_record(dict(zip(names, values))))
                                            for values in rows) if listing is not None]
        if listings:
            audited = auditor.audit_listings(name, listings, "")
            digests.append(_digest(audited, _worker["generated_at"], _worker["render"]))
    return digests, auditor.tags_unknown, auditor.errors


def _digest(provider: ProviderAudit, generated_at: str, render: bool) -> ProviderDigest:
    return digest(provider, render_page(generated_at, provider) if render else None)


BATCH_ROWS = 400        # records per batch sent to a worker (whole providers)
IN_FLIGHT = 3           # batches queued per worker: bounds what is held in memory


def run_audit(catalogue_db: sqlite_utils.Database | str | Path, *,
              out_dir: str | Path | None = None, formats: Iterable[str] = FORMATS,
              site_db: sqlite_utils.Database | None = None,
              config: AuditConfig = DEFAULT_CONFIG, provider: str | None = None,
              count_removed: bool = True, now: datetime | None = None,
              tagger: Tagger | None | bool = True, workers: int = 1) -> AuditRun:
    """Audit every active record of ``catalogue_db``, one provider at a time, writing the
    reports into ``out_dir`` (when given) and the audit tables into ``site_db`` (when given).

    With ``provider`` set and no such provider listed, nothing is written. ``count_removed``
    False reports no removed records as skipped (as when auditing only the published ones).
    ``workers`` > 1 audits batches of providers in that many processes (forked) while this
    one reads the catalogue and writes, in the same order and with the same bytes. Known
    limit: under a frozen clock (time_machine with tick=False, as in the publish tests) the
    process pool hangs, so the publishing stage does not use workers yet.
    """
    auditor = ProviderAuditor(config, now=now, tagger=tagger)
    formats = set(formats)
    render = out_dir is not None and "html" in formats
    generated_at = auditor.now.isoformat()
    with ProviderStream(catalogue_db, provider=provider,
                        count_removed=count_removed) as stream:
        summary = Summary(generated_at, config, stream.skipped_removed)
        run = AuditRun(summary, errors=auditor.errors)
        if provider and not stream.providers:
            return run
        tables = TableWriter(site_db) if site_db is not None else None
        reports = ReportWriter(Path(out_dir), summary, formats) if out_dir is not None else None

        def write(d: ProviderDigest) -> None:
            d.slug = auditor.next_slug(d.name)
            summary.add(d)
            if tables is not None:
                tables.add(d)
            if reports is not None:
                reports.add(d)

        try:
            parallel = workers > 1 and not callable(tagger) and _can_fork()
            if parallel:
                _run_parallel(stream, auditor, write, workers, render)
            else:
                for name, records in stream:
                    listings = [x for x in map(auditor.prepare, records) if x is not None]
                    if listings:
                        write(_digest(auditor.audit_listings(name, listings, ""),
                                      generated_at, render))
        except BaseException:
            if tables is not None:
                tables.abort()
            if reports is not None:
                reports.abort()
            raise
        if tables is not None:
            tables.close()
        if reports is not None:
            run.written = reports.close()
    run.tags_unknown = auditor.tags_unknown
    return run


def _can_fork() -> bool:
    import multiprocessing
    return "fork" in multiprocessing.get_all_start_methods()


def _batches(stream: ProviderStream) -> Iterator[list[tuple[str, list[tuple]]]]:
    batch: list[tuple[str, list[tuple]]] = []
    size = 0
    for name, rows in stream.rows():
        rows = list(rows)
        batch.append((name, rows))
        size += len(rows)
        if size >= BATCH_ROWS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _run_parallel(stream: ProviderStream, auditor: ProviderAuditor, write, workers: int,
                  render: bool) -> None:
    """Batches of whole providers go to ``workers`` forked processes; their digests come back
    and are written here in submission order. At most ``IN_FLIGHT`` batches per worker are
    pending, so memory stays bounded whatever the catalogue's size."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    tagger_flag = auditor.tagger is not None
    batches = _batches(stream)
    first = next(batches, None)
    if first is None:
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(auditor.config, auditor.now, tagger_flag or None,
                                       stream.names, render)) as pool:
        pending: deque = deque()

        def drain_one() -> None:
            digests, tags_unknown, errors = pending.popleft().result()
            auditor.tags_unknown += tags_unknown
            auditor.errors.extend(errors)
            for d in digests:
                write(d)

        for batch in itertools.chain([first], batches):
            pending.append(pool.submit(_digest_batch, batch))
            if len(pending) >= workers * IN_FLIGHT:
                drain_one()
        while pending:
            drain_one()
