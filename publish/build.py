"""Build the published site: a read-only SQLite database for Datasette, feeds, OPML, metadata.

``build_site(catalogue_db, out_dir)`` streams the export records of the catalogue, writes a
database built for reading (one slim ``activiteiten`` table with a column per tag, indexes on
every facet column, two full-text indexes), then the feeds and the Datasette configuration.
Atomic publishing: every build is a new, immutable directory
``.<name>.builds/<build id>/`` next to ``out_dir``, and ``out_dir`` itself is a symlink to the
current build. The build is written completely in a hidden temporary directory, renamed to its
build id, and only then is the symlink switched with one ``rename(2)`` — so a reader that opens
``out_dir/…`` gets either the old or the new build, never a half-written one, and a failed build
never touches the symlink. ``publish.serve`` pins each request to one build directory and
switches to the new build when the symlink changes. The newest ``KEEP_BUILDS`` builds are kept,
so a server still answering from the previous build never finds its files gone. Publishing to
the same ``out_dir`` is serialised by a lock file. A site directory of the old layout (a real
directory) is moved into the builds directory the first time.

Layout of a build (what ``out_dir`` points to)::

    catalogue.db     the published database (served immutable)
    inspect.json     precomputed table counts for ``datasette --inspect-file``
    metadata.json    Dutch titles, descriptions, facets, canned queries
    settings.json    Datasette settings (time limits, facets)
    feeds/           <slug>.rss and <slug>.atom for every feed
    feeds.json       index of the feeds (title, explanation, ETag, last modified)
    feeds.opml       every RSS feed, for importing them all at once
    templates/ plugins/   copied from publish/site/
    audit/           the provider audit: index.html, aanbieders/<slug>.html, CSV, Markdown
    BUILD            the build id (also in the ``publicatie`` table, key ``build_id``)
"""
from __future__ import annotations

import asyncio
import fcntl
import importlib
import json
import logging
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils

from catalogue.export import iter_records
from catalogue.store import open_db
from doemee import clock
from doemee.paths import SITE_DIR
from publish import feeds as feeds_mod
from publish.metadata import build_metadata, deep_merge, SETTINGS
from publish.text import (clean_text, fold, format_day_nl, iso_minute, next_occurrence,
                          parse_when, safe_url)
from publish.vocab import CONVERSATION_WORDS, COST, PNT, STATUS, yes_no

log = logging.getLogger(__name__)

DB_NAME = "catalogue"
DEFAULT_BASE_URL = "http://127.0.0.1:8001"
SITE_ASSETS = Path(__file__).resolve().parent / "site"
BATCH = 2000
SUMMARY_CHARS = 280
NEW_DAYS = 7
KEEP_BUILDS = 3          # the current build and the two before it
BUILD_RE = re.compile(r"^(\d{6})-[0-9A-Za-z-]+$")

# The slim, faceted table. Order = display order in Datasette.
ACTIVITY_COLUMNS: list[tuple[str, str]] = [
    ("id", "TEXT PRIMARY KEY"),
    ("titel", "TEXT NOT NULL"),
    ("volgende_datum", "TEXT"),
    ("wanneer", "TEXT"),
    ("gemeente", "TEXT"),
    ("regio", "TEXT"),
    ("kosten", "TEXT NOT NULL"),
    ("prijs", "TEXT"),
    ("prijs_vanaf_eur", "REAL"),
    ("kosten_nakijken", "TEXT"),
    ("uitpas", "TEXT NOT NULL"),
    ("gezinsvriendelijk", "TEXT NOT NULL"),
    ("kinderopvang", "TEXT NOT NULL"),
    ("leeftijd_min", "INTEGER"),
    ("leeftijd_max", "INTEGER"),
    ("rolstoel", "TEXT NOT NULL"),
    ("nederlands_niveau", "INTEGER"),
    ("laagdrempelig", "TEXT NOT NULL"),
    ("doelen", "TEXT NOT NULL"),
    ("conversatietafel", "TEXT NOT NULL"),
    ("pnt", "TEXT NOT NULL"),
    ("status", "TEXT NOT NULL"),
    ("afgelopen", "TEXT NOT NULL"),
    ("samenvatting", "TEXT"),
    ("organisator", "TEXT"),
    ("locatie", "TEXT"),
    ("adres", "TEXT"),
    ("postcode", "TEXT"),
    ("plaats", "TEXT"),
    ("nis_code", "TEXT"),
    ("provincie", "TEXT"),
    ("online", "TEXT NOT NULL"),
    ("breedtegraad", "REAL"),
    ("lengtegraad", "REAL"),
    ("talen", "TEXT NOT NULL"),
    ("start", "TEXT"),
    ("einde", "TEXT"),
    ("url", "TEXT"),
    ("inschrijven_url", "TEXT"),
    ("bron", "TEXT"),
    ("eerst_gezien", "TEXT"),
    ("gewijzigd", "TEXT"),
    ("volgorde", "INTEGER"),
]
FACET_COLUMNS = ("gemeente", "regio", "kosten", "uitpas", "gezinsvriendelijk", "kinderopvang",
                 "rolstoel", "nederlands_niveau", "laagdrempelig", "conversatietafel", "pnt",
                 "status", "afgelopen", "online", "provincie", "eerst_gezien")


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def _when_text(record: dict[str, Any], start: datetime | None, end: datetime | None) -> str:
    schedule = clean_text(record.get("schedule"), single_line=True)
    if schedule:
        return schedule
    if start and end and start.date() != end.date():
        return f"{format_day_nl(start)} tot {format_day_nl(end)}"
    if start and end:
        return f"{format_day_nl(start)}–{end:%H:%M}"
    return format_day_nl(start)


_CONVERSATION = tuple(sorted({fold(word) for word in CONVERSATION_WORDS}))


def _is_conversation_table(folded_text: str) -> bool:
    return any(word in folded_text for word in _CONVERSATION)


def _evidence_match(record: dict[str, Any], wanted) -> str | None:
    for item in record.get("evidence") or []:
        if isinstance(item, dict) and wanted(item):
            return clean_text(item.get("match"), single_line=True) or None
    return None


def _free_to_check(record: dict[str, Any], cost: str | None) -> str | None:
    """The sentence to read before trusting "free": the tagger's review marker on a "free", or,
    when the second reader doubted a "free" (cost now unknown), the words the rules read as
    free."""
    review = _evidence_match(record, lambda e: str(e.get("rule") or "").startswith("cost.review."))
    if cost == "free":
        return review
    doubted = _evidence_match(record, lambda e: e.get("rule") == "cost.second-reader")
    if cost != "unknown" or doubted is None:
        return None
    return review or _evidence_match(record, lambda e: e.get("tag") == "cost"
                                     and e.get("value") == "free")


def transform(record: dict[str, Any], now: datetime) -> tuple[dict[str, Any], str, list, str,
                                                            str]:
    """One export record -> (row, full description, evidence rows, search text, folded)."""
    tags = record.get("tags") or {}
    loc = record.get("location") or {}
    org = record.get("organizer") or {}
    title = clean_text(record.get("title"), single_line=True) or str(record["id"])
    description = clean_text(record.get("description"))
    start, end = parse_when(record.get("start")), parse_when(record.get("end"))
    nxt, over = next_occurrence(record.get("start"), record.get("end"),
                                record.get("schedule"), now)
    goals = tags.get("goals") if tags.get("goals") is not None else record.get("goals")
    goals = sorted({str(g) for g in (goals or [])})
    level = tags.get("dutch_level") if tags else record.get("dutch_level")
    summary = description[:SUMMARY_CHARS].rstrip()
    if len(description) > SUMMARY_CHARS:
        summary = summary.rsplit(" ", 1)[0] + " …"
    price = tags.get("price_min_eur")
    row = {
        "id": str(record["id"]),
        "titel": title,
        "volgende_datum": iso_minute(nxt),
        "wanneer": _when_text(record, start, end) or None,
        "gemeente": loc.get("municipality"),
        "regio": loc.get("region"),
        "kosten": COST.get(tags.get("cost") or "unknown", "onbekend"),
        "prijs": clean_text(record.get("price_text"), single_line=True) or None,
        "prijs_vanaf_eur": float(price) if isinstance(price, (int, float)) else None,
        # the sentence a coordinator should check before trusting a "free" (the tagger's review
        # marker: one "gratis" in a longer sentence, or only "geen lidgeld"); shown in feeds
        "kosten_nakijken": _free_to_check(record, tags.get("cost")),
        "uitpas": yes_no(tags.get("uitpas")) if tags else "onbekend",
        "gezinsvriendelijk": yes_no(tags.get("family_friendly")) if tags else "onbekend",
        "kinderopvang": yes_no(tags.get("childcare")) if tags else "onbekend",
        "leeftijd_min": tags.get("age_min"),
        "leeftijd_max": tags.get("age_max"),
        "rolstoel": yes_no(tags.get("wheelchair")),
        "nederlands_niveau": int(level) if isinstance(level, (int, float)) else None,
        "laagdrempelig": yes_no(tags.get("low_threshold")) if tags else "onbekend",
        "doelen": _json(goals),
        "conversatietafel": None,  # set below from the folded search text
        "pnt": PNT.get(tags.get("pnt_fit") or "unknown", "onbekend"),
        "status": STATUS.get(record.get("status") or "active", str(record.get("status"))),
        "afgelopen": yes_no(over),
        "samenvatting": summary or None,
        "organisator": clean_text(org.get("name"), single_line=True) or None,
        "locatie": clean_text(loc.get("name"), single_line=True) or None,
        "adres": clean_text(loc.get("street"), single_line=True) or None,
        "postcode": loc.get("postcode"),
        "plaats": clean_text(loc.get("locality"), single_line=True) or None,
        "nis_code": loc.get("nis_code"),
        "provincie": loc.get("province"),
        "online": yes_no(bool(loc.get("online"))),
        "breedtegraad": loc.get("lat"),
        "lengtegraad": loc.get("lon"),
        "talen": _json(record.get("languages")),
        "start": start.isoformat() if start else None,
        "einde": end.isoformat() if end else None,
        "url": safe_url(record.get("url")),
        "inschrijven_url": safe_url(record.get("booking_url")),
        "bron": record.get("source"),
        "eerst_gezien": record.get("first_seen"),
        "gewijzigd": record.get("last_changed"),
        "volgorde": None,
    }
    evidence = []
    for item in record.get("evidence") or []:
        if not isinstance(item, dict):
            continue
        value = item.get("value")
        evidence.append((row["id"], clean_text(item.get("tag"), single_line=True),
                         clean_text(json.dumps(value, ensure_ascii=False)
                                    if not isinstance(value, str) else value, single_line=True),
                         clean_text(item.get("field"), single_line=True),
                         clean_text(item.get("match"), single_line=True),
                         clean_text(item.get("rule") or item.get("rule_id"), single_line=True)))
    search = " ".join(filter(None, [title, description, row["organisator"], row["locatie"],
                                    row["plaats"], row["gemeente"], row["prijs"],
                                    " ".join(goals)]))
    folded = fold(search)
    row["conversatietafel"] = yes_no(_is_conversation_table(folded))
    return row, description, evidence, search, folded


SCHEMA_SQL = """
CREATE TABLE activiteiten ({columns});
CREATE TABLE beschrijvingen (
    id TEXT PRIMARY KEY REFERENCES activiteiten(id),
    beschrijving TEXT
);
CREATE TABLE bewijs (
    activiteit_id TEXT NOT NULL REFERENCES activiteiten(id),
    tag TEXT, waarde TEXT, veld TEXT, fragment TEXT, regel TEXT
);
CREATE VIRTUAL TABLE zoek_woorden USING fts5(
    titel, tekst, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE zoek_trigram USING fts5(
    tekst, content='', tokenize='trigram'
);
CREATE TABLE publicatie (sleutel TEXT PRIMARY KEY, waarde TEXT);
"""


FTS_TABLES = ("zoek_woorden", "zoek_trigram")


def _create_schema(conn: sqlite3.Connection) -> None:
    columns = ",\n    ".join(f"{name} {decl}" for name, decl in ACTIVITY_COLUMNS)
    conn.executescript(SCHEMA_SQL.format(columns=columns))
    # Bulk load: no incremental merging of index segments while rows arrive (one 'optimize'
    # merges everything at the end); about a third of the full-text build time at 100k.
    for table in FTS_TABLES:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")


def _finish_schema(conn: sqlite3.Connection, now: datetime, build_id: str | None) -> None:
    # Default order: upcoming first (by next date), then running offers without a date,
    # then what is over; ties by title. Stored as an integer so sorting is an index scan.
    conn.execute("""
        UPDATE activiteiten SET volgorde = r.n FROM (
            SELECT id, row_number() OVER (
                ORDER BY afgelopen = 'ja', volgende_datum IS NULL, volgende_datum,
                         titel COLLATE NOCASE, id) AS n
            FROM activiteiten) AS r
        WHERE activiteiten.id = r.id""")
    for col in FACET_COLUMNS:
        conn.execute(f"CREATE INDEX idx_activiteiten_{col} ON activiteiten({col}, volgorde)")
    conn.execute("CREATE UNIQUE INDEX idx_activiteiten_volgorde ON activiteiten(volgorde)")
    # Covers the goal (array) facet: a broad search reads the goals from this index instead
    # of every wide row (see the search in publish/site/plugins/doemee_publish.py).
    conn.execute("CREATE INDEX idx_activiteiten_doelen ON activiteiten(doelen)")
    conn.execute("CREATE INDEX idx_activiteiten_gewijzigd ON activiteiten(gewijzigd)")
    conn.execute("CREATE INDEX idx_bewijs_activiteit ON bewijs(activiteit_id)")
    conn.execute("""
        CREATE TABLE gemeenten AS
        SELECT gemeente, min(nis_code) AS nis_code, min(regio) AS regio,
               min(provincie) AS provincie, count(*) AS activiteiten,
               sum(afgelopen = 'nee') AS lopend
        FROM activiteiten WHERE gemeente IS NOT NULL GROUP BY gemeente ORDER BY gemeente""")
    _add_region_municipalities(conn)
    conn.execute("CREATE TABLE doelen AS SELECT value AS doel, count(*) AS activiteiten "
                 "FROM activiteiten, json_each(activiteiten.doelen) GROUP BY value")
    info = {
        "gebouwd_op": now.isoformat(),
        "nieuw_sinds": (now - timedelta(days=NEW_DAYS)).isoformat(),
        "laatst_gewijzigd": conn.execute(
            "SELECT max(gewijzigd) FROM activiteiten").fetchone()[0],
    }
    if build_id:
        info["build_id"] = build_id
    conn.executemany("INSERT INTO publicatie VALUES (?, ?)", info.items())


def _add_region_municipalities(conn: sqlite3.Connection) -> None:
    """Every municipality of the target region (and of each region in the data) gets a row in
    ``gemeenten``, with 0 activities when it has none: the supply matrix shows the gaps."""
    try:
        from enrich import gazetteer
        from enrich.tagger import DEFAULT_REGION
        gaz = gazetteer.load()
    except Exception as exc:          # no gazetteer: the table lists only towns with offers
        log.warning("publish: gazetteer not available (%s); empty municipalities not listed",
                    exc)
        return
    regions = {gaz.region_names.get(DEFAULT_REGION)}
    regions |= {r for (r,) in conn.execute("SELECT DISTINCT regio FROM activiteiten")}
    rows = [(m.name, m.nis_code, m.region, m.province)
            for m in gaz.municipalities.values() if m.region and m.region in regions]
    conn.executemany(
        "INSERT INTO gemeenten (gemeente, nis_code, regio, provincie, activiteiten, lopend) "
        "SELECT ?, ?, ?, ?, 0, 0 WHERE NOT EXISTS "
        "(SELECT 1 FROM gemeenten WHERE gemeente = ?1)", rows)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_NAMES = [name for name, _ in ACTIVITY_COLUMNS]
# Below this many activities a worker process costs more (its start-up) than it saves.
PARALLEL_MIN_ACTIVITIES = 5000


class CatalogueRecords:
    """The export records still listed in a catalogue database file.

    Iterating gives the records (``catalogue.export.iter_records``). ``write_database`` given
    one of these reads and transforms the records in a worker process while it writes the
    rows itself — two cores instead of one (the transformation is about half the time of the
    database build) — when the machine has two cores and the catalogue is large enough.
    """

    def __init__(self, path: str | Path, db: sqlite_utils.Database | None = None,
                 parallel: bool | None = None):
        self.path = str(path)
        self.db = db                    # an open connection to read from in this process
        self.parallel = parallel        # None: decide by cores and size

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter_records(self.db if self.db is not None else _reader(self.path),
                            include_removed=False)

    def use_worker(self) -> bool:
        if self.parallel is not None:
            return self.parallel
        if (os.cpu_count() or 1) < 2:
            return False
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                (n,) = conn.execute(
                    "SELECT count(*) FROM activities WHERE removed_at IS NULL").fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return False
        return n >= PARALLEL_MIN_ACTIVITIES


def _transformed_batches(records: Iterable[dict[str, Any]], now: datetime
                         ) -> Iterator[tuple[list, list, list, list, list, list]]:
    """Batches of rows for the published tables, numbered from 1 in record order, with the
    messages of the records that had to be skipped."""
    count = 0
    for batch in _batches((r for r in records if not r.get("removed")), BATCH):
        acts, descs, evid, words, trigrams, skipped = [], [], [], [], [], []
        for record in batch:
            try:
                row, description, evidence, search, folded = transform(record, now)
            except Exception as exc:  # one bad listing never stops a build
                skipped.append(f"{record.get('id')}: {exc}")
                continue
            count += 1
            acts.append((count, *(row[n] for n in _NAMES)))
            descs.append((row["id"], description))
            evid.extend(evidence)
            words.append((count, row["titel"], search))
            # Trigram text is folded here because SQLite 3.40 cannot fold it itself.
            trigrams.append((count, folded))
        yield acts, descs, evid, words, trigrams, skipped


def _reader(path: str) -> sqlite_utils.Database:
    """The catalogue opened for reading only (unlike catalogue.store.open_db, which makes sure
    of its schema)."""
    return sqlite_utils.Database(path)


def _transform_worker(path: str, now: datetime, queue) -> None:
    """Worker process: read and transform the catalogue, send the batches to the writer."""
    try:
        records = iter_records(_reader(path), include_removed=False)
        for batch in _transformed_batches(records, now):
            queue.put(("batch", batch))
        queue.put(("done", None))
    except BaseException as exc:            # the writer raises it in the parent
        queue.put(("error", f"{type(exc).__name__}: {exc}"))


def _batches_from_worker(source: CatalogueRecords, now: datetime
                         ) -> Iterator[tuple[list, list, list, list, list, list]]:
    import multiprocessing
    import queue as queue_mod

    ctx = multiprocessing.get_context("spawn")      # no fork of a process with open databases
    channel = ctx.Queue(maxsize=4)                   # at most a few batches in flight: flat RSS
    worker = ctx.Process(target=_transform_worker, args=(source.path, now, channel),
                         name="doemee-publish-transform", daemon=True)
    worker.start()
    received = False
    try:
        while True:
            try:
                kind, data = channel.get(timeout=5)
            except queue_mod.Empty:
                if worker.is_alive():
                    continue
                if received:
                    raise RuntimeError(f"publish: transform worker died (exit {worker.exitcode})")
                # It never started working (e.g. a calling script that spawn cannot re-import
                # safely): nothing was written yet, so transform here instead.
                log.warning("publish: transform worker did not start (exit %s); transforming "
                            "in this process", worker.exitcode)
                yield from _transformed_batches(source, now)
                return
            if kind == "batch":
                received = True
                yield data
            elif kind == "done":
                break
            else:
                raise RuntimeError(f"publish: transform worker failed: {data}")
        worker.join(timeout=30)
    finally:
        if worker.is_alive():
            worker.terminate()
            worker.join(timeout=5)
        channel.close()


def write_database(records: Iterable[dict[str, Any]], path: Path, now: datetime,
                   build_id: str | None = None) -> int:
    """Write the published database from export records (streamed, batched).

    ``records`` may be a ``CatalogueRecords``: then a worker process reads and transforms
    them while this process writes (see there)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    _create_schema(conn)
    names = _NAMES
    insert_activity = (f"INSERT INTO activiteiten (rowid, {', '.join(names)}) "
                       f"VALUES (?, {', '.join('?' for _ in names)})")
    if isinstance(records, CatalogueRecords) and records.use_worker():
        batches = _batches_from_worker(records, now)
    else:
        batches = _transformed_batches(records, now)
    count = 0
    with conn:
        for acts, descs, evid, words, trigrams, skipped in batches:
            for message in skipped:
                log.error("publish: skipping activity %s", message)
            count += len(acts)
            conn.executemany(insert_activity, acts)
            conn.executemany("INSERT INTO beschrijvingen VALUES (?, ?)", descs)
            conn.executemany("INSERT INTO bewijs VALUES (?, ?, ?, ?, ?, ?)", evid)
            conn.executemany("INSERT INTO zoek_woorden (rowid, titel, tekst) VALUES (?, ?, ?)",
                             words)
            conn.executemany("INSERT INTO zoek_trigram (rowid, tekst) VALUES (?, ?)", trigrams)
        _finish_schema(conn, now, build_id)
    for table in FTS_TABLES:
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 4)")  # default
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return count


def _write_audit(site_db_path: Path, catalogue_db: Any, metadata: dict[str, Any],
                 reports_dir: Path) -> None:
    """Audit tables in the published database and the static reports, from one audit run
    that streams the catalogue one provider at a time (publish.audit.stream)."""
    try:
        audit_site = importlib.import_module("publish.audit.site")  # the audit stage
        from publish.audit.stream import run_audit
    except ImportError as exc:
        log.warning("publish: provider audit not available (%s); site built without it", exc)
        return
    site_db = sqlite_utils.Database(site_db_path)
    try:
        # Removed activities are not published: the audit counts none as skipped.
        run_audit(catalogue_db, out_dir=reports_dir, site_db=site_db, count_removed=False)
    finally:
        site_db.close()
    deep_merge(metadata, audit_site.metadata_fragment())


def _inspect(db_path: Path) -> dict[str, Any]:
    from datasette.cli import inspect_
    data = asyncio.run(inspect_([str(db_path)], None))
    for entry in data.values():
        entry["file"] = db_path.name
    return data


def _database_file(db: sqlite_utils.Database) -> str | None:
    """The file of a catalogue database (None for an in-memory or temporary one)."""
    try:
        for _, name, file in db.conn.execute("PRAGMA database_list"):
            if name == "main":
                return file or None
    except sqlite3.Error:
        pass
    return None


class PublishRefused(RuntimeError):
    """The catalogue must not be published (its latest crawl failed); ``force`` overrides."""


def latest_crawl_status(source: sqlite_utils.Database) -> dict[str, Any] | None:
    """The latest crawl run that finished (complete, partial or failed), or None.

    Runs still ``running`` or ``abandoned`` changed nothing in the catalogue (a crawl writes
    its items only when it finishes), so they do not count.
    """
    if "crawl_runs" not in source.table_names():
        return None
    row = source.execute(
        "SELECT id, status, guard, finish_reason, finished_at FROM crawl_runs "
        "WHERE status NOT IN ('running', 'abandoned') ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return dict(zip(("id", "status", "guard", "finish_reason", "finished_at"), row))


def check_publishable(source: sqlite_utils.Database) -> None:
    """Raise PublishRefused when the catalogue's latest finished crawl run failed."""
    run = latest_crawl_status(source)
    if run and run["status"] == "failed":
        why = run.get("guard") or run.get("finish_reason") or "?"
        raise PublishRefused(
            f"De laatste crawl (run {run['id']}) is mislukt ({why}); er wordt niets "
            f"gepubliceerd en de vorige catalogus blijft online. Gebruik --force om toch te "
            f"publiceren. / The latest crawl (run {run['id']}) failed ({why}); nothing is "
            f"published and the previous catalogue stays online. Use --force to publish anyway.")


def builds_dir(out_dir: Path) -> Path:
    """Where the builds of the site ``out_dir`` live (a hidden sibling directory)."""
    return out_dir.parent / f".{out_dir.name}.builds"


@contextmanager
def _publish_lock(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _builds(root: Path) -> list[Path]:
    """Finished builds, oldest first (build ids start with a sequence number)."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and BUILD_RE.match(p.name))


def _new_build_id(root: Path, now: datetime) -> str:
    seq = max((int(BUILD_RE.match(p.name).group(1)) for p in _builds(root)), default=0) + 1
    return f"{seq:06d}-{now:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


def current_build(out_dir: str | Path) -> Path | None:
    """The build directory ``out_dir`` points to now (None if there is no site)."""
    out_dir = Path(os.path.abspath(out_dir))
    if not out_dir.exists():
        return None
    return Path(os.path.realpath(out_dir))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _switch(out_dir: Path, build: Path) -> None:
    """Point out_dir at build with one atomic rename of a fresh symlink."""
    root = build.parent
    if out_dir.exists() and not out_dir.is_symlink():
        # Old layout (a real directory): move it among the builds once. This is the only
        # moment a reader can find no site; later switches are a single rename.
        legacy = root / f"000000-legacy-{secrets.token_hex(3)}"
        os.rename(out_dir, legacy)
    link = out_dir.with_name(f".{out_dir.name}.link-{os.getpid()}-{secrets.token_hex(3)}")
    os.symlink(os.path.relpath(build, out_dir.parent), link)
    try:
        os.replace(link, out_dir)
    except BaseException:
        link.unlink(missing_ok=True)
        raise
    _fsync_dir(out_dir.parent)


def _prune(root: Path, keep: int, current: Path) -> None:
    builds = _builds(root)
    for old in builds[:-keep] if keep > 0 else builds:
        if old.resolve() != current.resolve():
            shutil.rmtree(old, ignore_errors=True)
    for stale in root.glob(".build-*"):       # temporary dirs of builds that were killed
        shutil.rmtree(stale, ignore_errors=True)


def build_site(catalogue_db: str | Path | sqlite_utils.Database,
               out_dir: str | Path = SITE_DIR,
               base_url: str = DEFAULT_BASE_URL, *, force: bool = False,
               keep_builds: int = KEEP_BUILDS) -> dict[str, Any]:
    """Build the whole site and switch ``out_dir`` to it atomically. Returns a summary.

    Raises PublishRefused (before writing anything) when the catalogue's latest crawl run
    failed, unless ``force``.
    """
    out_dir = Path(os.path.abspath(out_dir))    # not resolve(): out_dir is the symlink
    base_url = base_url.rstrip("/")
    now = clock.now()
    source = catalogue_db if isinstance(catalogue_db, sqlite_utils.Database) \
        else open_db(catalogue_db)
    if not force:
        check_publishable(source)
    root = builds_dir(out_dir)
    with _publish_lock(root):
        build_id = _new_build_id(root, now)
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
        try:
            db_path = tmp / f"{DB_NAME}.db"
            path = _database_file(source)
            records = CatalogueRecords(path, source) if path else \
                iter_records(source, include_removed=False)
            count = write_database(records, db_path, now, build_id)
            metadata = build_metadata(base_url)
            _write_audit(db_path, source, metadata, tmp / "audit")
            index = feeds_mod.write_feeds(db_path, tmp, base_url)
            (tmp / "metadata.json").write_text(
                json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
            (tmp / "settings.json").write_text(json.dumps(SETTINGS, indent=2),
                                               encoding="utf-8")
            (tmp / "inspect.json").write_text(json.dumps(_inspect(db_path), indent=2),
                                              encoding="utf-8")
            for sub in ("templates", "plugins", "static"):
                if (SITE_ASSETS / sub).is_dir():
                    shutil.copytree(SITE_ASSETS / sub, tmp / sub,
                                    ignore=shutil.ignore_patterns("__pycache__"))
            (tmp / "BUILD").write_text(build_id + "\n", encoding="utf-8")
            os.chmod(tmp, 0o755)                 # mkdtemp creates it 0700
            build = root / build_id
            os.rename(tmp, build)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _switch(out_dir, build)
        _prune(root, keep_builds, build)
    summary = {"activities": count, "feeds": len(index), "out_dir": str(out_dir),
               "build_id": build_id, "build_dir": str(build), "built_at": now.isoformat()}
    log.info("publish: %(activities)s activities, %(feeds)s feeds -> %(out_dir)s "
             "(build %(build_id)s)", summary)
    return summary
