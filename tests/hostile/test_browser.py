"""The hostile catalogue served and opened in Chromium: no payload executes on any page type."""
from __future__ import annotations


import pytest

from doemee.browser import browser_available, launch_options
from tests.serving import served_site

from .conftest import MARK
from .test_outputs import datasette_pages

pytestmark = pytest.mark.browser

# Runs in the page: everything that would show a payload became active.
DOM_CHECK = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value || '';
      if (a.name.startsWith('on') && v.includes('__pwned')) bad.push(el.tagName + ' ' + a.name);
      if (['href', 'src', 'action', 'formaction', 'srcdoc'].includes(a.name) &&
          /^\\s*(javascript|vbscript|data):/i.test(v)) bad.push(el.tagName + ' ' + a.name + '=' + v.slice(0, 40));
    }
    if ((el.tagName === 'SCRIPT' || el.tagName === 'STYLE') && el.textContent.includes('__pwned'))
      bad.push(el.tagName + ' with payload');
    if (['IFRAME', 'MARQUEE', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def served(hostile_site):
    if not browser_available():
        pytest.skip("no Chromium available")
    with served_site(hostile_site) as base:
        yield base


def test_no_payload_executes_in_any_page(served, hostile_site):
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    pages = datasette_pages(hostile_site)
    provider_pages = sorted((hostile_site / "audit" / "aanbieders").glob("*.html"))
    pages += ["/audit/", "/audit/samenvatting.md", "/audit/bevindingen.csv",
              "/feeds/alle.rss", "/feeds/alle.atom", "/feeds.opml",
              "/catalogue/activiteiten.rss?_search=Taalcaf%C3%A9"]
    pages += [f"/audit/aanbieders/{p.name}" for p in provider_pages]
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(**launch_options())
        context = browser.new_context()
        # every page starts with the flag unset; a payload that runs sets it
        context.add_init_script("window.__pwned = undefined;")
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        visited_with_payload = 0
        for path in pages:
            response = page.goto(served + path, wait_until="load")
            assert response.status == 200, path
            page.wait_for_timeout(30)
            assert page.evaluate(f"window.{MARK}") is None, path
            assert page.evaluate(DOM_CHECK) == [], path
            visited_with_payload += MARK in page.content()
        # the cluster map draws a marker per located activity; open their popups too
        page.goto(served + "/catalogue/activiteiten?gemeente=Mechelen", wait_until="load")
        markers = page.locator(".leaflet-marker-icon")
        page.wait_for_timeout(300)
        opened = 0
        for i in range(min(markers.count(), 5)):
            try:
                markers.nth(i).click(force=True, timeout=3000)
            except PlaywrightError:
                # the cluster animation can leave a marker outside the viewport for a moment on a
                # loaded machine; the others still open their popups
                continue
            page.wait_for_timeout(50)
            opened += page.locator(".leaflet-popup").count() > 0
        assert opened >= 1 or markers.count() == 0
        assert page.evaluate(f"window.{MARK}") is None
        assert page.evaluate(DOM_CHECK) == []
        # typing a payload into the search box executes nothing either
        page.goto(served + "/catalogue/activiteiten", wait_until="load")
        page.fill("#dm-search-input", '"><img src=x onerror="window.__pwned=1">')
        page.click(".dm-search input[type=submit]")
        page.wait_for_load_state("load")
        assert page.evaluate(f"window.{MARK}") is None
        assert page.evaluate(DOM_CHECK) == []
        page.wait_for_timeout(200)
        browser.close()
    assert dialogs == []
    assert visited_with_payload >= len(provider_pages) + 20
