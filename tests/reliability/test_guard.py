"""Guard rails: a crawl much worse than the last complete one fails loudly, changes nothing
in the catalogue and exits 2; zero activities always fails; thresholds are settings."""
from __future__ import annotations

from datetime import date

from sitemodel.catalogue import Catalogue, load_data
from sitemodel.faults import FaultLayer
from sitemodel.server import serve_model
from tests.reliability.conftest import (FAST, crawl, last_run, needs_browser, output, query,
                                        rows)

pytestmark = needs_browser


def test_markup_change_on_many_pages_fails_the_run_and_changes_nothing(clean_app, db_copy):
    clean_app.server.app = FaultLayer(clean_app.site, "markup", rate=0.5, seed=5)
    before, history = rows(db_copy), query(db_copy, "select count(*) from history")
    result = crawl(clean_app.base_url, db_copy, "--full-refresh", "--jobdir", "none", *FAST)
    run = last_run(db_copy)
    assert result.returncode == 2, output(result)
    assert run["status"] == "failed" and "field title coverage dropped" in run["guard"]
    assert "CRAWL MISLUKT" in result.stderr
    assert rows(db_copy) == before                       # not even last_seen moved
    assert query(db_copy, "select count(*) from history") == history
    assert run["failures"]                               # the pages are reported by URL

    # The same night with loosened thresholds is only partial: the rest is refreshed.
    result = crawl(clean_app.base_url, db_copy, "--full-refresh", "--jobdir", "none", *FAST,
                   "--set", "DOEMEE_GUARD_MAX_COVERAGE_DROP=1", "--set",
                   "DOEMEE_GUARD_MAX_CORE_DROP=1", "--set", "DOEMEE_GUARD_MAX_ITEM_DROP=1")
    assert result.returncode == 1, output(result)
    assert last_run(db_copy)["status"] == "partial"
    assert rows(db_copy).keys() == before.keys()


def test_item_count_drop_threshold_is_configurable(clean_app, db_copy):
    clean_app.server.app = FaultLayer(clean_app.site, "410", rate=0.6, seed=2)
    result = crawl(clean_app.base_url, db_copy, "--full-refresh", "--jobdir", "none", *FAST)
    run = last_run(db_copy)
    assert result.returncode == 2 and "activity count dropped" in run["guard"], output(result)
    assert not any(r["removed_at"] for r in rows(db_copy).values())   # a failed run removes nothing
    result = crawl(clean_app.base_url, db_copy, "--full-refresh", "--jobdir", "none", *FAST,
                   "--set", "DOEMEE_GUARD_MAX_ITEM_DROP=0.9")
    assert result.returncode == 0, output(result)
    assert sum(bool(r["removed_at"]) for r in rows(db_copy).values()) > 0.4 * len(rows(db_copy))


def test_zero_items_always_fails(tmp_path):
    orgs, _ = load_data()
    with serve_model(today=date(2026, 11, 26), catalogue=Catalogue(orgs[:3], [], date(2026, 11, 26))) as model:
        # No browser: an empty JS listing would only make Chromium wait for cards.
        result = crawl(model.base_url, tmp_path / "c.db", "--jobdir", "none", "--browser", "no", *FAST)
    run = last_run(tmp_path / "c.db")
    assert result.returncode == 2, output(result)
    assert run["status"] == "failed" and run["guard"].startswith("nul activiteiten / zero activities")
    assert rows(tmp_path / "c.db") == {}


def test_zero_items_after_a_good_crawl_fails_and_keeps_the_catalogue(clean_app, db_copy):
    clean_app.server.app = FaultLayer(clean_app.site, "markup", rate=1.0)
    before = rows(db_copy)
    result = crawl(clean_app.base_url, db_copy, "--full-refresh", "--jobdir", "none", *FAST,
                   "--set", "DOEMEE_GUARD_MAX_COVERAGE_DROP=1", "--set",
                   "DOEMEE_GUARD_MAX_CORE_DROP=1", "--set", "DOEMEE_GUARD_MAX_ITEM_DROP=1")
    assert result.returncode == 2, output(result)
    assert last_run(db_copy)["guard"].startswith("nul activiteiten")
    assert rows(db_copy) == before
