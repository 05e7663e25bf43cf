"""`doemee capture` saves real pages as fixtures: the body plus a JSON sidecar, robots.txt obeyed."""
import json
from datetime import date

import pytest
import time_machine

from sitemodel.server import serve_model
from spiders.capture import capture
from spiders.extract.activity import extract_activity
from spiders.site_profile import IKDOEMEE


@pytest.fixture(scope="module")
def model():
    with serve_model(today=date(2026, 11, 26), port=0) as server:
        yield server


def test_capture_saves_page_and_sidecar(model, tmp_path):
    activity = model.site.expected()[0]
    url = model.url(activity["url"])
    with time_machine.travel("2026-11-26T10:00:00+01:00", tick=False):
        path = capture(url, tmp_path)
    sidecar = json.loads(path.with_suffix(".json").read_text())
    assert sidecar["url"] == url and sidecar["status"] == 200
    assert sidecar["captured_at"] == "2026-11-26T10:00:00+01:00"
    assert "text/html" in {k.lower(): v for k, v in sidecar["headers"].items()}["content-type"]
    # the fixture is usable as is by the extraction tests
    from parsel import Selector
    item = extract_activity(Selector(text=path.read_text("utf-8")), url, IKDOEMEE, "ikdoemee")
    assert item["site_id"] == activity["site_id"]


def test_capture_obeys_robots_txt(model, tmp_path):
    with pytest.raises(PermissionError):
        capture(model.url("/admin/"), tmp_path)
