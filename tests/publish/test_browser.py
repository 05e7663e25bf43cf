"""One real-browser walk through the served site: search, facet, feed link, no script runs."""
from __future__ import annotations


import feedparser
import pytest

from doemee.browser import browser_available, launch_options
from tests.serving import served_site

pytestmark = pytest.mark.browser



@pytest.fixture
def served(site_dir):
    if not browser_available():
        pytest.skip("no Chromium available")
    with served_site(site_dir) as base:
        yield base


def test_search_facet_feed_and_no_script_execution(served):
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(**launch_options())
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        page.goto(served + "/catalogue/activiteiten", wait_until="domcontentloaded")
        page.fill("#dm-search-input", "cafe")
        page.click(".dm-search input[type=submit]")
        page.wait_for_url("**_search=cafe**")
        titles = page.locator("td.col-titel").all_inner_texts()
        assert sorted(titles) == ["Taalcafé De Babbel", "Één café voor ouders"]

        page.click("#facet-gemeente a:text-is('Nijlen')")
        page.wait_for_url("**gemeente=Nijlen**")
        assert page.locator("td.col-titel").all_inner_texts() == ["Één café voor ouders"]

        href = page.get_attribute("#dm-subscribe-rss", "href")
        assert "_search=cafe" in href and "gemeente=Nijlen" in href
        feed = page.request.get(page.url.split("/catalogue")[0] + href
                                if href.startswith("/") else href)
        assert feed.ok and feed.headers["content-type"].startswith("application/rss+xml")
        parsed = feedparser.parse(feed.body())
        assert parsed.bozo == 0
        assert [e.title.split(" — ")[0] for e in parsed.entries] == ["Één café voor ouders"]

        # the hostile listing: on the table page, in search results and on its own page
        for path in ("/catalogue/activiteiten?_search=Kookavond",
                     "/catalogue/activiteiten/ikdoemee~3A103", "/overzicht", "/feeds"):
            page.goto(served + path, wait_until="load")
            assert page.evaluate("window.__xss") is None, path
        page.goto(served + "/catalogue/activiteiten?_search=Kookavond", wait_until="load")
        assert "<script>window.__xss=1;alert(1)</script> Kookavond" in \
            page.locator("td.col-titel").all_inner_texts()
        page.goto(served + "/catalogue/activiteiten/ikdoemee~3A103", wait_until="load")
        assert page.locator(".dm-description").inner_text().startswith("<img src=x onerror=")
        assert page.locator(".dm-description img").count() == 0
        page.wait_for_timeout(200)
        assert dialogs == []
        browser.close()
