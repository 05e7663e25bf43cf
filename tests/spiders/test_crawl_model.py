"""End to end: crawl the whole offline model (real Scrapy, real Chromium for the JS listing),
then re-crawl after changes. Crawls run in subprocesses (Twisted's reactor runs once per
process); the model runs in this process with a frozen 'today'."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

from catalogue.store import open_db
from doemee.browser import browser_available
from sitemodel.expected import expected_activities
from sitemodel.server import serve_model

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not browser_available(), reason="no Chromium")]
TODAY = date(2026, 11, 26)
# Every field the model states, compared exactly (URLs by path; JSON columns decoded).
JSON_FIELDS = ("goals", "languages", "offers")


def comparable(field, value, base_url):
    if field in JSON_FIELDS:
        return json.loads(value) if isinstance(value, str) else (value or [])
    if field in ("url", "organizer_url") and value:
        return value.removeprefix(base_url)
    if field == "organizer_id" and value:
        return value.removeprefix("ikdoemee:org:")
    if field in ("online", "is_free") and value is not None:
        return bool(value)
    return value


def crawl(base_url: str, db, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "doemee", "crawl", "--base-url", base_url, "--db", str(db),
         "--log-level", "WARNING", *extra],
        capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def model():
    with serve_model(today=TODAY, port=0) as server:
        yield server


@pytest.fixture(scope="module")
def first_crawl(model, tmp_path_factory):
    db = tmp_path_factory.mktemp("crawl") / "catalogue.db"
    result = crawl(model.base_url, db)
    return db, result


def test_crawl_finds_every_activity_without_field_errors(model, first_crawl):
    db, result = first_crawl
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    store = open_db(db)
    run = store["crawl_runs"].get(1)
    assert run["status"] == "complete"
    expected = {f"ikdoemee:{e['site_id']}": e for e in expected_activities(TODAY)}
    rows = {row["id"]: row for row in store["activities"].rows}
    assert set(rows) == set(expected)
    stats = json.loads(run["stats"])
    assert not [k for k in stats if k.startswith("doemee/field_errors/")]
    mismatches = []
    for activity_id, exp in expected.items():
        row = rows[activity_id]
        for field, want in exp.items():
            if field not in row:
                continue
            got = comparable(field, row[field], model.base_url)
            if got != want and not (got in (None, [], "") and want in (None, [], "")):
                mismatches.append((activity_id, field, got, want))
    assert not mismatches, mismatches[:10]
    assert len(expected) >= 250
    assert store["organisations"].count >= 60
    assert "Extractierapport / extraction report" in result.stdout


def test_recrawl_of_unchanged_site_changes_only_last_seen(model, first_crawl, tmp_path):
    db, _ = first_crawl
    store = open_db(db)
    before = {r["id"]: r for r in store["activities"].rows}
    history = store["history"].count
    assert crawl(model.base_url, db).returncode == 0
    after = {r["id"]: r for r in open_db(db)["activities"].rows}
    assert open_db(db)["history"].count == history
    for activity_id, row in before.items():
        changed = {k for k in row if row[k] != after[activity_id][k]}
        assert changed <= {"last_seen", "last_run_id"}, (activity_id, changed)


def test_changed_and_removed_pages_then_interrupted_crawl(model, first_crawl):
    db, _ = first_crawl
    ids = sorted(e["site_id"] for e in model.site.expected())
    changed_id, removed_id = ids[3], ids[5]
    model.site.edit_activity(changed_id, title="Nieuwe titel voor de test")
    model.site.remove_activity(removed_id, status=404)
    history = open_db(db)["history"].count
    assert crawl(model.base_url, db).returncode == 0
    store = open_db(db)
    assert store["history"].count == history + 1
    assert store["activities"].get(f"ikdoemee:{changed_id}")["title"] == "Nieuwe titel voor de test"
    assert store["activities"].get(f"ikdoemee:{removed_id}")["removed_at"] is not None
    assert store["activities"].count == len(ids)  # nothing deleted

    # Interrupt a crawl after it has started: nothing more may be marked removed.
    removed_before = store.execute("select count(*) from activities where removed_at is not null").fetchone()[0]
    process = subprocess.Popen(
        [sys.executable, "-m", "doemee", "crawl", "--base-url", model.base_url, "--db", str(db),
         "--log-level", "WARNING"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    run_id = store["crawl_runs"].count + 1
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until the new crawl has stored a few pages
        seen = store.execute("select count(*) from staging where run_id = ?", [run_id]).fetchone()[0]
        if seen >= 5:
            break
        time.sleep(0.05)
    assert seen >= 5 and process.poll() is None, "the crawl ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=120)
    store = open_db(db)
    last = store["crawl_runs"].get(store["crawl_runs"].count)
    assert last["status"] == "partial"
    removed_after = store.execute("select count(*) from activities where removed_at is not null").fetchone()[0]
    assert removed_after == removed_before
