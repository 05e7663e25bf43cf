"""The JavaScript agenda in a real browser: renders, and "Meer laden" reaches everything."""
from __future__ import annotations

import pytest

from doemee import browser


@pytest.mark.browser
def test_agenda_load_more_reaches_all(model, catalogue):
    if not browser.browser_available():
        pytest.skip("no Chromium available")
    from playwright.sync_api import sync_playwright

    expected = {v.id for v in catalogue.live() if not v.ended}
    with sync_playwright() as p:
        chromium = p.chromium.launch(**browser.launch_options())
        try:
            pg = chromium.new_page()
            pg.goto(model.base_url + "/nl/agenda")
            pg.wait_for_selector("#agenda-results li.activity-card")
            assert pg.locator("#agenda-results li.activity-card").count() == 24
            for _ in range(30):
                button = pg.locator("button.load-more")
                if button.count() == 0:
                    break
                before = pg.locator("#agenda-results li.activity-card").count()
                button.click()
                pg.wait_for_function(
                    "n => document.querySelectorAll('#agenda-results li.activity-card').length > n", arg=before)
            assert pg.locator("button.load-more").count() == 0
            ids = pg.eval_on_selector_all("#agenda-results li.activity-card", "els => els.map(e => e.dataset.activityId)")
        finally:
            chromium.close()
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
