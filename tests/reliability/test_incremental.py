"""Incremental refresh: a refresh of an unchanged catalogue downloads a small share of what a
full crawl does (sitemap lastmod skips, conditional requests answered 304). Measured on the
full model catalogue from Scrapy's own stats, stored in ``crawl_runs.stats``."""
from __future__ import annotations

from datetime import date

from sitemodel.server import serve_model
from tests.reliability.conftest import crawl, last_run, needs_browser, output

pytestmark = needs_browser


def test_refresh_of_unchanged_catalogue_downloads_far_less(tmp_path):
    db = tmp_path / "catalogue.db"
    with serve_model(today=date(2026, 11, 26)) as model:
        result = crawl(model.base_url, db, "--jobdir", "none")
        assert result.returncode == 0, output(result)
        full = last_run(db)
        result = crawl(model.base_url, db, "--jobdir", "none")
        assert result.returncode == 0, output(result)
        refresh = last_run(db)
        model.site.edit_activity(sorted(model.site.catalogue.activities)[7], title="Gewijzigde titel")
        result = crawl(model.base_url, db, "--jobdir", "none")
        assert result.returncode == 0, output(result)
        edited = last_run(db)
    f, r = full["stats"], refresh["stats"]
    req_share = r["downloader/request_count"] / f["downloader/request_count"]
    byte_share = r["downloader/response_bytes"] / f["downloader/response_bytes"]
    print(f"\n  volledig / full: {f['downloader/request_count']} requests, "
          f"{f['downloader/response_bytes']} bytes; verversing / refresh: "
          f"{r['downloader/request_count']} requests ({req_share:.1%}), "
          f"{r['downloader/response_bytes']} bytes ({byte_share:.1%}), "
          f"304: {r.get('downloader/response_status_count/304', 0)}")
    assert refresh["status"] == "complete" and refresh["new"] == 0 and refresh["changed"] == 0
    assert refresh["unchanged"] == full["new"]
    assert req_share < 0.10
    # The rest is discovery: the sitemap and the listing pages, which the model serves
    # without validators (only detail pages carry ETag/Last-Modified).
    assert byte_share < 0.20
    assert edited["changed"] == 1 and edited["stats"]["downloader/request_count"] <= r["downloader/request_count"] + 2
