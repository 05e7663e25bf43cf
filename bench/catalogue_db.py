"""Write a synthetic catalogue straight into a catalogue database (no crawl).

Crawling 100k pages does not fit in the benchmark's time budget, so the later stages (enrich,
publish, search) read a database holding what a correct crawl would store: the model's own
"expected extraction" (``sitemodel.expected.expected_activity``) of every synthetic activity,
in the store's row shape (``catalogue.store``), written in batches through one transaction.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Iterator

from catalogue.store import ACTIVITY_COLUMNS, ORGANISATION_COLUMNS, _activity_row, content_hash, open_db
from doemee.paths import LIVE_BASE_URL
from sitemodel.catalogue import org_path
from sitemodel.expected import expected_activity

SOURCE = "ikdoemee"
BATCH = 2000


def _items(catalogue, base_url: str) -> Iterator[dict[str, Any]]:
    for v in catalogue.live():
        item = expected_activity(v)
        item["id"] = f"{SOURCE}:{item['site_id']}"
        item["source"] = SOURCE
        item["url"] = base_url + item["url"]
        item["organizer_url"] = base_url + item["organizer_url"]
        item["organizer_id"] = f"{SOURCE}:org:{item['organizer_id']}"
        yield item


def write_catalogue_db(catalogue, path: str | Path, base_url: str = LIVE_BASE_URL,
                       now: str = "2026-11-26T03:00:00+01:00") -> int:
    """Create ``path`` (replacing it) with every live activity and organisation."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_db(path).close()                       # the store's schema, as the crawler creates it
    conn = sqlite3.connect(path)
    names = list(ACTIVITY_COLUMNS)
    sql = f"INSERT INTO activities ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    count = 0
    with conn:
        batch: list[tuple] = []
        for item in _items(catalogue, base_url):
            row = _activity_row(item)
            row.update(content_hash=content_hash(row), first_seen=now, last_seen=now,
                       last_changed=now, sitemap_lastmod=item.get("sitemap_lastmod"),
                       missed_runs=0, last_run_id=1)
            batch.append(tuple(row.get(name) for name in names))
            count += 1
            if len(batch) >= BATCH:
                conn.executemany(sql, batch)
                batch = []
        if batch:
            conn.executemany(sql, batch)
        org_names = [n for n in ORGANISATION_COLUMNS]
        org_sql = (f"INSERT INTO organisations ({', '.join(org_names)}) "
                   f"VALUES ({', '.join('?' for _ in org_names)})")
        rows = []
        for org in catalogue.orgs.values():
            row = {"id": f"{SOURCE}:org:{org['id']}", "source": SOURCE,
                   "url": base_url + org_path(org), "name": org["name"],
                   "description": org.get("description_html"), "website": org.get("website"),
                   "phone": org.get("phone"), "email": org.get("email"),
                   "street": org.get("street"), "postcode": org.get("postcode"),
                   "locality": org.get("locality")}
            row.update(content_hash=content_hash(row), first_seen=now, last_seen=now,
                       last_run_id=1)
            rows.append(tuple(row.get(n) for n in org_names))
        conn.executemany(org_sql, rows)
    conn.close()
    return count
