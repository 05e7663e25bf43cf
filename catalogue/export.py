"""The export record: one dict per activity, the shape every later stage reads.

``iter_records(db)`` streams records (nothing accumulates), ``write_jsonl`` / ``write_csv``
serialise them. The shape::

    {"id", "source", "url", "title", "description",
     "organizer": {"name", "url", "id"},
     "location": {"name", "street", "postcode", "locality", "country", "municipality", "nis_code",
                  "region", "region_code", "province", "lat", "lon", "online"},
     "start", "end", "schedule", "price_text", "languages", "status",
     "dutch_level", "goals", "offers", "is_free",          # what the site itself states
     "contact": {"name", "phone", "email"}, "booking_url",
     "extracted_by", "removed", "removed_at",
     "first_seen", "last_seen", "last_changed",
     "tags": {...} | None, "evidence": [...] | None}

``tags``, ``evidence`` and the location's municipality/nis_code/region/region_code/province
come from the ``enrichment`` table that ``enrich/`` writes (one row per activity id, columns
``id, tags, evidence, municipality, nis_code, region, region_code, province``); until enrichment
has run they are None.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterator

import sqlite_utils

from catalogue.store import JSON_COLUMNS, open_db

ENRICHMENT_LOCATION = ("municipality", "nis_code", "region", "region_code", "province")


def _loads(value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _record(row: dict[str, Any]) -> dict[str, Any]:
    for col in JSON_COLUMNS:
        row[col] = _loads(row.get(col))
    is_free = row.get("is_free")
    return {
        "id": row["id"],
        "source": row["source"],
        "url": row["url"],
        "title": row["title"],
        "description": row["description"],
        "organizer": {"name": row["organizer_name"], "url": row["organizer_url"],
                      "id": row["organizer_id"]},
        "location": {
            "name": row["location_name"], "street": row["street"],
            "postcode": row["postcode"], "locality": row["locality"], "country": row.get("country"),
            **{key: row.get(f"e_{key}") for key in ENRICHMENT_LOCATION},
            "lat": row["lat"], "lon": row["lon"], "online": bool(row["online"]),
        },
        "start": row["start"],
        "end": row["end"],
        "schedule": row["schedule"],
        "price_text": row["price_text"],
        "languages": row["languages"] or [],
        "status": row["status"],
        "dutch_level": row["dutch_level"],
        "goals": row["goals"] or [],
        "offers": row["offers"] or [],
        "is_free": None if is_free is None else bool(is_free),
        "contact": {"name": row["contact_name"], "phone": row["contact_phone"],
                    "email": row["contact_email"]},
        "booking_url": row["booking_url"],
        "extracted_by": row["extracted_by"],
        "removed": row["removed_at"] is not None,
        "removed_at": row["removed_at"],
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "last_changed": row["last_changed"],
        "tags": _loads(row.get("e_tags")),
        "evidence": _loads(row.get("e_evidence")),
    }


def _select(db: sqlite_utils.Database, include_removed: bool) -> str:
    where = "" if include_removed else "WHERE a.removed_at IS NULL"
    if "enrichment" in db.table_names():
        cols = ", ".join(f"e.{c} AS e_{c}" for c in ("tags", "evidence", *ENRICHMENT_LOCATION))
        return (f"SELECT a.*, {cols} FROM activities a "
                f"LEFT JOIN enrichment e ON e.id = a.id {where} ORDER BY a.id")
    return f"SELECT a.* FROM activities a {where} ORDER BY a.id"


def iter_records(db: sqlite_utils.Database | str | Path, *,
                 include_removed: bool = True) -> Iterator[dict[str, Any]]:
    """Stream export records in id order."""
    if not isinstance(db, sqlite_utils.Database):
        db = open_db(db)
    cursor = db.execute(_select(db, include_removed))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield _record(dict(zip(names, values)))


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


CSV_NESTED = ("organizer", "location", "contact")


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row per record: nested objects become prefix_key, lists become JSON."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in CSV_NESTED:
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}"] = subvalue
        elif isinstance(value, (list, dict)):
            flat[key] = json.dumps(value, ensure_ascii=False)
        else:
            flat[key] = value
    return flat


def write_csv(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer = None
    n = 0
    for record in records:
        row = flatten(record)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def export(db_path: str | Path, fmt: str, out_path: str | Path | None,
           include_removed: bool = True) -> int:
    records = iter_records(db_path, include_removed=include_removed)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if out_path in (None, "-"):
        return writer(records, sys.stdout)
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        return writer(records, out)
