"""The ikdoemee spider: discovery and callbacks only.

Discovery: robots.txt's and the profile's sitemaps, the paginated listings, and the
JavaScript listing through a browser (only that request uses one). Extraction lives in
``spiders/extract/``; everything site-specific in ``spiders/site_profile.py``.
"""
from __future__ import annotations

import logging
from urllib.parse import urljoin, urlparse

import scrapy
from parsel import Selector
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from doemee.browser import browser_available
from spiders.extract.activity import extract_activity, extract_organisation
from spiders.items import ActivityItem, OrganisationItem, SeenItem
from spiders.site_profile import PROFILES

log = logging.getLogger(__name__)
MAX_LOAD_MORE_CLICKS = 500


class IkdoemeeSpider(scrapy.Spider):
    name = "ikdoemee"

    def __init__(self, base_url: str | None = None, profile: str = "ikdoemee",
                 use_browser: str | None = None, full_refresh: str | bool = False,
                 *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._base_url_arg = base_url
        self.profile = PROFILES[profile]
        self._use_browser_arg = use_browser
        self.full_refresh = str(full_refresh).lower() in ("1", "true", "yes")
        self.failures: list[dict[str, str]] = []   # url + reason, for the report and the run
        self.gone: list[str] = []                  # ids of activity pages answering 404/410
        self.known_pages: dict[str, dict] = {}     # set by the store pipeline at opening
        self.known_organisations: dict[str, str | None] = {}   # id -> sitemap lastmod
        self._own_requested: set[str] = set()
        self._verified = False
        # Known activities a listing showed before the sitemap could say they are unchanged:
        # decided when discovery is done (most turn out unchanged, and are not downloaded).
        self.pending: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.verify_missing, signal=signals.spider_idle)
        return spider

    @property
    def sitemap_lastmods(self) -> dict[str, str]:
        """site_id → the sitemap's lastmod, whichever route reached the page first."""
        state = getattr(self, "state", None)
        if state is None:
            return self.__dict__.setdefault("_own_lastmods", {})
        return state.setdefault("sitemap_lastmods", {})

    @property
    def requested_ids(self) -> set[str]:
        """Site ids requested this run; kept in the job state so a resumed crawl knows them."""
        state = getattr(self, "state", None)
        if state is None:
            return self._own_requested
        return state.setdefault("requested_ids", set())

    # -- set-up ---------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return (self._base_url_arg or self.settings.get("DOEMEE_BASE_URL")).rstrip("/")

    @property
    def source(self) -> str:
        return self.settings.get("DOEMEE_SOURCE", self.profile.name)

    def _browser_wanted(self) -> bool:
        """Without a browser the JavaScript listing is skipped; the crawl then cannot prove
        that anything disappeared, so the skip is recorded as a failure (no removals)."""
        choice = (self._use_browser_arg or self.settings.get("DOEMEE_USE_BROWSER", "auto")).lower()
        if choice in ("no", "false", "0"):
            self.fail(self.base_url, "JavaScript-lijst overgeslagen (--browser no) / "
                                     "JavaScript listing skipped")
            return False
        if choice == "auto" and not browser_available():
            self.fail(self.base_url, "geen browser voor de JavaScript-lijst / no browser for the "
                                     "JavaScript listing (install chromium)")
            return False
        return True

    def fail(self, url: str, reason: str) -> None:
        log.error("MISLUKT / FAILED %s: %s", url, reason)
        self.failures.append({"url": url, "reason": reason})

    async def start(self):
        base = self.base_url
        yield scrapy.Request(f"{base}/robots.txt", callback=self.parse_robots,
                             errback=self.robots_missing, dont_filter=True)
        for path in self.profile.sitemap_paths:
            yield self._discovery(f"{base}{path}", self.parse_sitemap)
        for path in self.profile.listing_paths:
            yield self._discovery(f"{base}{path}", self.parse_listing)
        if self.profile.js_listing_paths and self._browser_wanted():
            for path in self.profile.js_listing_paths:
                yield scrapy.Request(
                    f"{base}{path}", callback=self.parse_js_listing, errback=self.discovery_failed,
                    meta={"playwright": True, "playwright_include_page": True})

    def _discovery(self, url: str, callback) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.discovery_failed)

    # -- discovery ------------------------------------------------------------------------
    def parse_robots(self, response):
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self._discovery(url, self.parse_sitemap)

    def robots_missing(self, failure):
        log.info("geen robots.txt / no robots.txt at %s", failure.request.url)

    def parse_sitemap(self, response):
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:
            self.fail(response.url, f"onleesbare sitemap / unreadable sitemap: {exc}")
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield self._discovery(loc, self.parse_sitemap)
            else:
                yield from self.follow_page(response, loc, lastmod=entry.get("lastmod"),
                                            any_page=True)

    def parse_listing(self, response):
        for href in response.css(self.profile.listing_link).getall():
            yield from self.follow_page(response, href)
        next_page = response.css(self.profile.next_page).get()
        if next_page:
            yield response.follow(next_page, callback=self.parse_listing,
                                  errback=self.discovery_failed)

    async def parse_js_listing(self, response):
        page = response.meta["playwright_page"]
        try:
            await page.wait_for_selector(self.profile.js_results_ready, timeout=15_000)
            for _ in range(MAX_LOAD_MORE_CLICKS):
                button = page.locator(self.profile.load_more)
                if not await button.count() or not await button.first.is_visible():
                    break
                before = await page.locator(self.profile.js_results_ready).count()
                await button.first.click()
                await page.wait_for_function(
                    "([cards, more, n]) => document.querySelectorAll(cards).length > n"
                    " || !document.querySelector(more)",
                    arg=[self.profile.js_results_ready, self.profile.load_more, before],
                    timeout=15_000)
            html = await page.content()
        except Exception as exc:
            self.fail(response.url, f"JavaScript-lijst niet geladen / JS listing not loaded: {exc}")
            return
        finally:
            await page.close()
        rendered = Selector(text=html)
        for href in rendered.css(self.profile.listing_link).getall():
            for request in self.follow_page(response, href):
                yield request

    def follow_page(self, response, href: str, lastmod: str | None = None, any_page: bool = False):
        """Request an activity or organisation page once per site id (nl, en and fr
        variants and renamed slugs are the same page). A known page whose sitemap lastmod
        has not moved is not downloaded; other known pages are asked for conditionally.
        With ``any_page``, any other same-site URL is fetched too: it is an activity if it
        carries a schema.org Event."""
        url = urljoin(response.url, href)
        activity_id = self.profile.activity_id_from_url(url)
        if activity_id:
            if lastmod:
                self.sitemap_lastmods[activity_id] = lastmod
            if activity_id in self.requested_ids:
                return
            known = self.known_pages.get(activity_id)
            if (not lastmod and known and known["sitemap_lastmod"] and not known["removed_at"]
                    and not self.full_refresh and not self._verified):
                self.pending.setdefault(activity_id, url)
                return
            self.pending.pop(activity_id, None)
            self.requested_ids.add(activity_id)
            if known and not known["removed_at"] and not self.full_refresh:
                if lastmod and known["sitemap_lastmod"] == lastmod:
                    yield SeenItem(id=known["id"])
                    return
            yield self.activity_request(url, lastmod, known)
        elif org_site_id := self.profile.organisation_id_from_url(url):
            known_lastmod = self.known_organisations.get(f"{self.source}:org:{org_site_id}")
            if lastmod and known_lastmod == lastmod and not self.full_refresh:
                self.crawler.stats.inc_value("doemee/organisations_not_downloaded")
                return   # unchanged since it was last downloaded
            yield scrapy.Request(url, callback=self.parse_organisation, errback=self.page_failed,
                                 meta={"sitemap_lastmod": lastmod})
        elif any_page and urlparse(url).netloc == urlparse(self.base_url).netloc:
            yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                                 meta={"sitemap_lastmod": lastmod})

    def activity_request(self, url: str, lastmod: str | None, known: dict | None,
                         verify: bool = False) -> scrapy.Request:
        headers = {}
        if known and not known["removed_at"] and not self.full_refresh:
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("http_last_modified"):
                headers["If-Modified-Since"] = known["http_last_modified"]
        meta = {"sitemap_lastmod": lastmod or (known or {}).get("sitemap_lastmod"),
                "handle_httpstatus_list": [304], "verify": verify}
        return scrapy.Request(url, headers=headers, callback=self.parse_page,
                              errback=self.page_failed, meta=meta, dont_filter=verify)

    def verify_missing(self):
        """When discovery is done: ask again for every known activity the listings and
        sitemaps no longer mention. A 404/410 is evidence of removal; a page still there
        stays in the catalogue."""
        if self._verified:
            return
        self._verified = True
        pending = {i: u for i, u in self.pending.items() if i not in self.requested_ids}
        self.pending.clear()
        for activity_id, url in sorted(pending.items()):   # listed, but not (any more) in the sitemap
            self.requested_ids.add(activity_id)
            self.crawler.engine.crawl(self.activity_request(url, None, self.known_pages[activity_id]))
        missing = [known for site_id, known in self.known_pages.items()
                   if site_id not in self.requested_ids and not known["removed_at"]]
        if not missing:
            if pending:
                raise DontCloseSpider
            return
        log.info("%d activiteiten niet meer gevonden, controle / no longer listed, verifying",
                 len(missing))
        for known in missing:
            self.requested_ids.add(known["site_id"])
            self.crawler.engine.crawl(self.activity_request(known["url"], None, known, verify=True))
        raise DontCloseSpider

    # -- pages ----------------------------------------------------------------------------
    def parse_page(self, response):
        activity_id = self.profile.activity_id_from_url(response.url)
        known = self.known_pages.get(activity_id or "")
        if response.status == 304 and known:
            yield SeenItem(id=known["id"])
            return
        if not hasattr(response, "text"):
            return  # not HTML (a PDF in a sitemap, say)
        item = extract_activity(response.selector, response.url, self.profile, self.source)
        if item is None:
            if response.meta.get("verify"):
                log.info("geen activiteit meer / no activity any more at %s", response.url)
            elif activity_id:
                # An activity URL without an activity: the live markup probably changed.
                self.fail(response.url, "geen activiteit gevonden op een activiteitenpagina / "
                                        "no activity found on an activity page")
            return
        item["sitemap_lastmod"] = response.meta.get("sitemap_lastmod")
        item["etag"] = _header(response, b"ETag")
        item["http_last_modified"] = _header(response, b"Last-Modified")
        yield ActivityItem({k: v for k, v in item.items() if k in ActivityItem.fields})

    def parse_organisation(self, response):
        item = extract_organisation(response.selector, response.url, self.profile, self.source)
        if item:
            item["sitemap_lastmod"] = response.meta.get("sitemap_lastmod")
            yield OrganisationItem({k: v for k, v in item.items() if k in OrganisationItem.fields})

    # -- errors ---------------------------------------------------------------------------
    def discovery_failed(self, failure):
        self.fail(failure.request.url, f"ontdekking mislukt / discovery failed: {_reason(failure)}")

    def page_failed(self, failure):
        status = getattr(getattr(failure.value, "response", None), "status", None)
        if failure.check(HttpError) and status in (404, 410):
            log.info("weg / gone (%s): %s", status, failure.request.url)
            site_id = self.profile.activity_id_from_url(failure.request.url)
            if site_id:
                self.gone.append(f"{self.source}:{site_id}")
            return
        self.fail(failure.request.url, _reason(failure))


def _reason(failure) -> str:
    """Why a request failed, Dutch first: what the report and ``crawl_runs.failures`` say."""
    response = getattr(failure.value, "response", None)
    retried = failure.request.meta.get("retry_times", 0) if failure.request else 0
    tries = f" (na / after {retried + 1} pogingen / attempts)" if retried else ""
    if response is not None:
        return f"HTTP {response.status}{tries}"
    name, message = failure.type.__name__, failure.getErrorMessage()
    if "Timeout" in name or "TimedOut" in name:
        return f"time-out / timeout{tries}: {name}"
    if "DataLoss" in name or "_DataLoss" in message:
        return f"antwoord afgebroken / truncated response{tries}: {name}"
    if "max size" in message or "maxsize" in message.lower():
        return f"pagina te groot / page too large: {message}"[:200]
    return f"{name}: {message}{tries}"[:200]


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
