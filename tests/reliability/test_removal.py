"""Removal needs evidence: 404/410 removes at once; an activity the listings no longer show
but whose page still answers stays; one missing from N complete crawls is removed."""
from __future__ import annotations

from sitemodel.catalogue import Catalogue
from sitemodel.server import Response
from tests.reliability.conftest import crawl, needs_browser, output, rows

pytestmark = needs_browser


def hide(model, ids):
    """Take activities out of every listing, the agenda and the sitemap; pages still answer."""
    cat = model.site.catalogue
    cat.live = lambda: [v for v in Catalogue.live(cat) if v.id not in ids]


def test_removal_needs_evidence(clean_app, db_copy):
    model = clean_app
    ids = sorted(model.site.catalogue.activities)
    gone404, gone410, unlisted, vanished = ids[1], ids[2], ids[3], ids[4]
    model.site.remove_activity(gone404, 404)
    model.site.remove_activity(gone410, 410)
    hide(model, {unlisted, vanished})
    vanished_path = model.site.catalogue.get(vanished).path()

    def app(req):   # the vanished page now redirects to the home page (no 404 given)
        if req.path == vanished_path:
            return Response(301, b"", {"Location": "/nl/"})
        return model.site.handle(req)
    model.server.app = app
    try:
        result = crawl(model.base_url, db_copy, "--jobdir", "none")
        assert result.returncode == 0, output(result)
        after = rows(db_copy)
        assert after[f"ikdoemee:{gone404}"]["removed_reason"] == "gone (HTTP 404/410)"
        assert after[f"ikdoemee:{gone410}"]["removed_reason"] == "gone (HTTP 404/410)"
        assert after[f"ikdoemee:{unlisted}"]["removed_at"] is None   # verified: still there
        assert after[f"ikdoemee:{vanished}"]["removed_at"] is None   # one miss only
        assert after[f"ikdoemee:{vanished}"]["missed_runs"] == 1
        assert sum(bool(r["removed_at"]) for r in after.values()) == 2

        # An incomplete crawl (no browser: the JS listing is skipped) does not count as a miss.
        result = crawl(model.base_url, db_copy, "--jobdir", "none", "--browser", "no")
        assert result.returncode == 1, output(result)
        assert rows(db_copy)[f"ikdoemee:{vanished}"]["missed_runs"] == 1

        result = crawl(model.base_url, db_copy, "--jobdir", "none")   # second complete miss
        assert result.returncode == 0, output(result)
        after = rows(db_copy)
        assert after[f"ikdoemee:{vanished}"]["removed_reason"] == "missing from 2 complete crawl(s)"
        assert after[f"ikdoemee:{unlisted}"]["removed_at"] is None
        assert len(after) == len(ids)                                  # nothing deleted
    finally:
        for activity_id in (gone404, gone410):
            model.site.restore_activity(activity_id)
        del model.site.catalogue.live
