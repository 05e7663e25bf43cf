"""The crawl under every fault type of the model's fault mode (``sitemodel/faults.py``).

Each test starts from a catalogue made by a clean crawl, switches one fault type on and
crawls again with ``--full-refresh`` (every page downloaded, so every fault is met). The site
itself did not change, so every activity must come out of the faulty crawl exactly as it
went in: refreshed with the same content, or kept untouched; removed only on a 404/410."""
from __future__ import annotations

import re

import pytest

from sitemodel.faults import FaultLayer
from tests.reliability.conftest import (FAST, content, crawl, last_run, needs_browser, output,
                                        rows)

pytestmark = needs_browser
EXIT = {"complete": 0, "partial": 1, "failed": 2}


def faulty_crawl(model, db, types, rate=0.2, seed=3, extra=(), **options):
    layer = FaultLayer(model.site, types, rate=rate, seed=seed, hold=1.6, slow=0.3, **options)
    model.server.app = layer
    before = rows(db)
    result = crawl(model.base_url, db, "--full-refresh", "--jobdir", "none", *FAST, *extra)
    model.server.app = model.site.handle
    run = last_run(db)
    assert result.returncode == EXIT[run["status"]], output(result)
    after = rows(db)
    faulty = {v.id: layer.fault_for(v.path("nl")) for v in model.site.catalogue.live()}
    faulty = {k: f for k, f in faulty.items() if f}
    return layer, before, after, run, faulty


def outcome(before, after, run):
    """kept / refreshed / removed ids and the failed URLs, and no activity made worse."""
    assert set(after) == set(before), "an activity was deleted"
    for activity_id, row in before.items():
        assert content(after[activity_id]) == content(row), f"{activity_id} changed"
    refreshed = {i for i, r in after.items() if r["last_run_id"] == run["id"] and not r["removed_at"]}
    removed = {i for i, r in after.items() if r["removed_at"]}
    kept = set(after) - refreshed - removed
    for activity_id in kept:   # untouched: even the bookkeeping is the previous run's
        assert after[activity_id]["last_seen"] == before[activity_id]["last_seen"]
    failed = {f["url"]: f["reason"] for f in run["failures"] or []}
    print(f"\n  herstel / recovery: kept {len(kept)}, refreshed {len(refreshed)}, "
          f"removed {len(removed)}, failed URLs {len(failed)}, run {run['status']}")
    return kept, refreshed, removed, failed


def site_id(activity_id: str) -> str:
    return activity_id.split(":")[-1]


def failed_ids(failed: dict[str, str]) -> set[str]:
    return {m.group(1) for url in failed if (m := re.search(r"/activiteit/(\d+)", url))}


def test_fault_selection_is_deterministic_and_transient_faults_clear(small_model):
    site = small_model.site
    a = FaultLayer(site, "all", rate=0.5, seed=7)
    b = FaultLayer(site, "all", rate=0.5, seed=7)
    c = FaultLayer(site, "all", rate=0.5, seed=8)
    paths = [v.path() for v in site.catalogue.live()]
    assert a.faulty_paths(paths) == b.faulty_paths(paths) != c.faulty_paths(paths)
    assert 0.3 < len(a.faulty_paths(paths)) / len(paths) < 0.7
    assert FaultLayer(site, "404", rate=1).fault_for("/robots.txt") is None
    assert FaultLayer(site, "404", rate=1).fault_for("/nl/activiteiten") is None  # content: detail pages only


@pytest.mark.parametrize("fault", ["5xx", "429", "timeout", "truncated"])
def test_transient_faults_are_retried_until_they_clear(clean_app, db_copy, fault):
    attempts = 1 if fault in ("timeout", "429") else 2    # each costs a wait: keep it short
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, fault, rate=0.15,
                                                     attempts=attempts)
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert run["status"] == "complete" and not failed
    assert refreshed == set(after)                     # every activity refreshed
    assert faulty, "the seed gave no faulty page"
    struck = {e.path for e in layer.events(fault) if e.attempt == 1}
    recovered = {e.path for e in layer.events(fault) if e.attempt == layer.attempts + 1}
    assert struck and struck == recovered               # each faulty URL retried until it cleared
    if fault == "429":                                  # Retry-After honoured
        by_path: dict[str, list[float]] = {}
        for e in layer.events("429"):
            by_path.setdefault(e.path, []).append(e.at)
        gaps = [b - a for times in by_path.values() for a, b in zip(times, times[1:])]
        assert min(gaps) >= 0.9 * layer.retry_after


def test_transient_faults_that_never_clear_are_reported_and_old_versions_kept(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "5xx", rate=0.15,
                                                     attempts=99)
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert run["status"] == "partial" and not removed
    assert failed and all(re.match(r"HTTP 50[0234] \(na / after 4 pogingen", r) for r in failed.values())
    faulty_paths = {e.path for e in layer.events()}
    assert {re.sub(r"^https?://[^/]+|\?.*$", "", u) for u in failed} <= faulty_paths
    assert {site_id(i) for i in kept} == failed_ids(failed)   # exactly the failed ones kept


def test_slow_responses(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "slow", rate=0.3)
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert run["status"] == "complete" and refreshed == set(after) and layer.events("slow")


def test_redirect_chains(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "redirect", rate=0.3)
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert run["status"] == "complete" and refreshed == set(after)
    assert faulty and run["stats"].get("downloader/response_status_count/302", 0) >= len(faulty)
    for activity_id in faulty:   # stored under the canonical URL, not the detour
        assert "omweg" not in after[f"ikdoemee:{activity_id}"]["url"]


@pytest.mark.parametrize("status", ["404", "410"])
def test_removed_pages_are_marked_removed_on_evidence(clean_app, db_copy, status):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, status, rate=0.2)
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert run["status"] == "complete" and not failed
    assert removed == {f"ikdoemee:{i}" for i in faulty} and removed
    assert all(after[i]["removed_reason"] == "gone (HTTP 404/410)" for i in removed)
    assert refreshed == set(after) - removed


def test_malformed_html_still_extracts_the_same_activity(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "malformed", rate=0.4)
    kept, refreshed, removed, failed = outcome(before, after, run)   # same content = not worse
    assert faulty and run["status"] == "complete" and refreshed == set(after)


def test_wrong_or_missing_charset_is_repaired(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "charset", rate=0.5)
    kept, refreshed, removed, failed = outcome(before, after, run)   # no mojibake: same content
    assert faulty and run["status"] == "complete" and refreshed == set(after)
    assert run["stats"].get("doemee/charset_repaired", 0) >= 1


def test_oversized_pages_are_refused_reported_and_old_versions_kept(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(
        clean_app, db_copy, "oversized", rate=0.2, oversize=3 * 1024 * 1024,
        extra=("--set", "DOWNLOAD_MAXSIZE=2097152", "--set", "DOWNLOAD_WARNSIZE=1048576"))
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert run["status"] == "partial" and not removed
    assert failed_ids(failed) == set(faulty) == {site_id(i) for i in kept}
    assert all(r.startswith("pagina te groot / page too large") for r in failed.values())


def test_markup_change_on_a_few_pages_is_reported_and_old_versions_kept(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "markup", rate=0.06)
    kept, refreshed, removed, failed = outcome(before, after, run)
    assert faulty and run["status"] == "partial" and not removed
    assert failed_ids(failed) == set(faulty) == {site_id(i) for i in kept}
    assert all("ontbreekt / unusable item, missing: title" in r for r in failed.values())


def test_all_faults_at_once(clean_app, db_copy):
    layer, before, after, run, faulty = faulty_crawl(clean_app, db_copy, "all", rate=0.3, seed=11)
    kept, refreshed, removed, failed = outcome(before, after, run)
    kinds = set(faulty.values())
    assert len(kinds) >= 6, kinds
    gone = {i for i, f in faulty.items() if f in ("404", "410")}
    lost = {i for i, f in faulty.items() if f in ("oversized", "markup")}
    assert removed == {f"ikdoemee:{i}" for i in gone}
    assert {site_id(i) for i in kept} == lost == failed_ids(failed)
    assert run["status"] == ("partial" if lost else "complete")
    for kind in ("5xx", "429", "timeout", "truncated"):
        assert all(e.attempt <= layer.attempts + 1 for e in layer.events(kind))
