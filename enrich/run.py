"""The DB stage: tag every activity of a catalogue and upsert the ``enrichment`` table.

Idempotent: a row is rewritten only when its content (tags, evidence, location, region,
rules_version) changes, so re-running gives identical rows, ``enriched_at`` included. A rule
change changes ``rules_version`` (a hash of the rule data), which re-tags every row.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from catalogue.export import iter_records
from catalogue.store import open_db
from doemee import clock
from enrich import gazetteer
from enrich.tagger import DEFAULT_REGION, rules_version, tag_record

log = logging.getLogger(__name__)

ENRICHMENT_COLUMNS: dict[str, type] = {
    "id": str, "tags": str, "evidence": str, "municipality": str, "nis_code": str,
    "region": str, "region_code": str, "province": str, "in_target_region": int,
    "target_region": str, "rules_version": str, "enriched_at": str,
}
_CONTENT = ("tags", "evidence", "municipality", "nis_code", "region", "region_code",
            "province", "in_target_region", "target_region", "rules_version")


def ensure_table(db) -> None:
    if "enrichment" not in db.table_names():
        db["enrichment"].create(ENRICHMENT_COLUMNS, pk="id")
        db["enrichment"].create_index(["nis_code"])
        db["enrichment"].create_index(["region_code"])
    else:
        missing = {k: v for k, v in ENRICHMENT_COLUMNS.items()
                   if k not in db["enrichment"].columns_dict}
        for name, typ in missing.items():
            db["enrichment"].add_column(name, typ)


def row_for(record: dict[str, Any], region: str) -> dict[str, Any]:
    result = tag_record(record, region=region)
    loc = result["location"]
    return {
        "id": record["id"],
        "tags": json.dumps(result["tags"], ensure_ascii=False, sort_keys=False),
        "evidence": json.dumps(result["evidence"], ensure_ascii=False),
        **{k: loc[k] for k in ("municipality", "nis_code", "region", "region_code", "province")},
        "in_target_region": int(result["in_target_region"]),
        "target_region": region,
        "rules_version": rules_version(),
    }


def _upsert_sql() -> str:
    cols = list(ENRICHMENT_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return (f"INSERT INTO enrichment ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


def enrich_db(db_path: str | Path, region: str = DEFAULT_REGION,
              batch_size: int = 2000) -> dict[str, int]:
    """Tag every activity (removed ones too: history stays searchable). Returns counts.

    Streams: records are read through one connection, each one's current enrichment row is
    looked up by primary key on the writing connection, and changed rows are written in
    batches; nothing held in memory grows with the catalogue."""
    if gazetteer.region_name(region) is None:
        raise ValueError(f"unknown referentieregio {region!r} (expected REFREG01…REFREG15)")
    db = open_db(db_path)
    ensure_table(db)
    conn = db.conn
    lookup = f"SELECT {', '.join(_CONTENT)} FROM enrichment WHERE id = ?"
    upsert = _upsert_sql()
    columns = list(ENRICHMENT_COLUMNS)
    now = clock.now_iso()
    counts = {"records": 0, "new": 0, "changed": 0, "unchanged": 0, "errors": 0,
              "in_target_region": 0}
    batch: list[tuple] = []

    def flush() -> None:
        with conn:
            conn.executemany(upsert, batch)
        batch.clear()

    # Stream through a second connection (WAL: the reader keeps its snapshot while we write).
    for record in iter_records(Path(db_path)):
        counts["records"] += 1
        try:
            row = row_for(record, region)
        except Exception:                       # one bad listing never stops a run
            log.exception("enrichment failed for activity %s (%s)", record.get("id"),
                          record.get("url"))
            counts["errors"] += 1
            continue
        counts["in_target_region"] += row["in_target_region"]
        old = conn.execute(lookup, (row["id"],)).fetchone()
        if old is not None and tuple(old) == tuple(row[k] for k in _CONTENT):
            counts["unchanged"] += 1
            continue
        counts["new" if old is None else "changed"] += 1
        row["enriched_at"] = now
        batch.append(tuple(row[c] for c in columns))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return counts
