"""The streamed audit (one provider at a time, optionally in worker processes) writes exactly
what the in-memory audit of the whole catalogue writes: every report byte and every row."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from catalogue.export import iter_records
from doemee import clock
from publish.audit.engine import audit
from publish.audit.report import PROVIDER_DIR, write_reports
from publish.audit.site import FINDINGS, LISTINGS, PROVIDERS, write_result_tables
from publish.audit.stream import ProviderStream, run_audit

NOW = clock.to_brussels(datetime.fromisoformat("2026-11-26T12:00:00+01:00"))


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    from bench.catalogue_db import write_catalogue_db
    from bench.synth import build_catalogue
    path = tmp_path_factory.mktemp("stream") / "catalogue.db"
    write_catalogue_db(build_catalogue(600, seed=3), path)
    db = sqlite_utils.Database(path)
    # Same-named providers differing only in case, and one removed record.
    first, second = [r[0] for r in db.execute("select id from activities order by id limit 2")]
    db.execute("update activities set organizer_name = 'ZZ club' where id = ?", [first])
    db.execute("update activities set organizer_name = 'zz CLUB' where id = ?", [second])
    db.execute("update activities set removed_at = '2026-11-01' where id = "
               "(select max(id) from activities)")
    db.conn.commit()
    db.close()
    return path


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and p.suffix != ".db"}


def _tables(path: Path) -> dict[str, list[tuple]]:
    db = sqlite_utils.Database(path)
    try:
        return {t: list(db.execute(f"select * from [{t}] order by rowid"))
                for t in (FINDINGS, LISTINGS, PROVIDERS)}
    finally:
        db.close()


@pytest.fixture(scope="module")
def in_memory(catalogue, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("memory")
    result = audit(iter_records(catalogue), now=NOW)
    write_reports(result, out)
    db = sqlite_utils.Database(out / "site.db")
    write_result_tables(db, result)
    db.close()
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_audit_equals_the_in_memory_audit(catalogue, in_memory, tmp_path, workers):
    db = sqlite_utils.Database(tmp_path / "site.db")
    run = run_audit(catalogue, out_dir=tmp_path, site_db=db, now=NOW, workers=workers)
    db.close()
    expected = _files(in_memory)
    assert len([f for f in expected if f.startswith(PROVIDER_DIR)]) == run.providers > 100
    assert _files(tmp_path) == expected
    assert _tables(tmp_path / "site.db") == _tables(in_memory / "site.db")
    assert run.summary.skipped_removed == 1


def test_one_provider_alone_gets_the_same_page(catalogue, in_memory, tmp_path):
    with ProviderStream(catalogue) as stream:
        names = [name for name, _ in stream]
    assert "ZZ club" in names and "zz CLUB" in names
    slug_page = {}
    for name in (names[0], names[len(names) // 2], names[-3]):
        run = run_audit(catalogue, out_dir=tmp_path / "one", formats=["html"], provider=name,
                        now=NOW)
        [row] = run.summary.providers
        page = (tmp_path / "one" / PROVIDER_DIR / f"{row.slug}.html").read_bytes()
        slug_page[row.slug] = page
        assert page == (in_memory / PROVIDER_DIR / f"{row.slug}.html").read_bytes()
    assert len(slug_page) == 3


def test_unknown_provider_writes_nothing(catalogue, tmp_path):
    run = run_audit(catalogue, out_dir=tmp_path / "none", provider="Bestaat Niet", now=NOW)
    assert run.providers == 0 and not (tmp_path / "none").exists()
