"""A crawl killed halfway (SIGKILL or SIGINT) resumes from its job directory (the default one
beside the database) under the same run id, without duplicates, and ends complete."""
from __future__ import annotations

import signal
import time

import pytest

from sitemodel.faults import FaultLayer
from spiders.cli import RUN_FILE, default_jobdir
from tests.reliability.conftest import (N_ACTIVITIES, crawl, last_run, needs_browser, output,
                                        popen_crawl, query, rows)

pytestmark = needs_browser


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_crawl_resumes_without_duplicates(clean_app, tmp_path, sig):
    model = clean_app
    # Slow every page down so the crawl can be caught halfway.
    layer = FaultLayer(model.site, "slow", rate=1.0, slow=0.15)
    model.server.app = layer
    db = tmp_path / "catalogue.db"
    process = popen_crawl(model.base_url, db, "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
    deadline, staged = time.monotonic() + 60, 0
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                staged = query(db, "select count(*) from staging where kind = 'activity'")[0][0]
            except Exception:   # the schema is being created
                staged = 0
            if staged >= 10:
                break
        time.sleep(0.05)
    assert staged >= 10 and process.poll() is None, "the crawl ended before it could be killed"
    process.send_signal(sig)
    process.communicate(timeout=60)
    first = last_run(db)
    assert first["status"] == ("running" if sig == signal.SIGKILL else "partial")
    assert (default_jobdir(str(db), "ikdoemee") / RUN_FILE).is_file()
    staged_ids = {r[0] for r in query(db, "select id from staging where run_id = ? and kind = 'activity'",
                                      [first["id"]])}
    assert len(staged_ids) >= 10
    requests_before = len(layer.events())

    result = crawl(model.base_url, db)
    assert result.returncode == 0, output(result)
    runs = query(db, "select id, status from crawl_runs")
    assert runs == [(first["id"], "complete")]                       # same run, now complete
    assert len(rows(db)) == N_ACTIVITIES
    assert query(db, "select count(*), count(distinct activity_id) from history") == \
        [(N_ACTIVITIES, N_ACTIVITIES)]                               # one version each
    assert query(db, "select count(*) from staging") == [(0,)]
    assert not default_jobdir(str(db), "ikdoemee").exists()          # cleared after the end
    # What was staged before the kill was not downloaded again.
    again = [e.path for e in layer.events()[requests_before:]]
    for activity_id in staged_ids:
        assert not any(f"/activiteit/{activity_id.split(':')[1]}-" in p for p in again), activity_id
