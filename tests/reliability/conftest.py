"""Shared set-up of the reliability tests: a reduced model catalogue served in this process
(frozen today), crawls as subprocesses, and helpers to compare catalogues before and after."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from catalogue.store import VOLATILE
from doemee.browser import browser_available
from sitemodel.catalogue import Catalogue, load_data
from sitemodel.server import serve_model

TODAY = date(2026, 11, 26)
N_ACTIVITIES = 40
# Fast crawls: a 1 s download timeout, tiny backoff (429s still wait their Retry-After).
FAST = ("--timeout", "1", "--set", "RETRY_BACKOFF_BASE=0.01", "--set", "RETRY_BACKOFF_MAX=0.05")
needs_browser = [pytest.mark.browser,
                 pytest.mark.skipif(not browser_available(), reason="no Chromium")]


def small_catalogue(n: int = N_ACTIVITIES) -> Catalogue:
    """The first ``n`` activities of the bundled model and their organisations."""
    orgs, acts = load_data()
    acts = acts[:n]
    used = {a["org_id"] for a in acts}
    return Catalogue([o for o in orgs if o["id"] in used], acts, TODAY)


def crawl(base_url: str, db: Path, *extra: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "doemee", "crawl", "--base-url", base_url, "--db", str(db),
         "--log-level", "WARNING", *extra], capture_output=True, text=True, timeout=timeout)


def popen_crawl(base_url: str, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "doemee", "crawl", "--base-url", base_url, "--db", str(db),
         "--log-level", "WARNING", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def output(result: subprocess.CompletedProcess) -> str:
    return result.stdout[-4000:] + result.stderr[-4000:]


def rows(db: Path, table: str = "activities") -> dict[str, dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return {r["id"]: dict(r) for r in con.execute(f"select * from {table}")}
    finally:
        con.close()


def content(row: dict) -> dict:
    """The fields that describe the activity (not the bookkeeping)."""
    return {k: v for k, v in row.items() if k not in VOLATILE}


def last_run(db: Path) -> dict:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        run = dict(con.execute("select * from crawl_runs order by id desc limit 1").fetchone())
    finally:
        con.close()
    for key in ("failures", "stats", "field_coverage"):
        run[key] = json.loads(run[key] or "null")
    return run


def query(db: Path, sql: str, params=()) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def small_model():
    """One server for the whole session (the port stays, so stored URLs stay comparable);
    tests switch faults on with ``small_model.server.app = FaultLayer(...)`` and off again."""
    with serve_model(today=TODAY, catalogue=small_catalogue()) as model:
        yield model


@pytest.fixture
def clean_app(small_model):
    yield small_model
    small_model.server.app = small_model.site.handle


@pytest.fixture(scope="session")
def clean_db(small_model, tmp_path_factory):
    """A catalogue from one clean, complete crawl of the small model (copied per test)."""
    if not browser_available():
        pytest.skip("no Chromium")
    db = tmp_path_factory.mktemp("clean") / "catalogue.db"
    result = crawl(small_model.base_url, db, "--jobdir", "none")
    assert result.returncode == 0, output(result)
    assert len(rows(db)) == N_ACTIVITIES
    return db


@pytest.fixture
def db_copy(clean_db, tmp_path):
    db = tmp_path / "catalogue.db"
    shutil.copy(clean_db, db)
    return db
