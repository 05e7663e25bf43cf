"""Scrapy settings: polite by default. ``doemee crawl`` overrides a few per run."""
import os

from doemee.browser import launch_options
from doemee.paths import DATA_DIR, DEFAULT_DB, LIVE_BASE_URL

BOT_NAME = "doemee"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

CONTACT_URL = os.environ.get("DOEMEE_CONTACT_URL", "https://github.com/doemee/doemee")
USER_AGENT = f"doemee/0.1 (+{CONTACT_URL}; catalogus van activiteiten voor nieuwkomers)"

# Politeness
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Items per response processed in parallel: Scrapy starts this many asyncio worker tasks for
# every callback's output. Our pipelines are synchronous, so parallel workers buy nothing;
# the default (100) costs about a third of the crawl's CPU in task bookkeeping.
CONCURRENT_ITEMS = 4
DOWNLOAD_TIMEOUT = float(os.environ.get("DOEMEE_DOWNLOAD_TIMEOUT", 30))  # `doemee crawl --timeout`

# Hostile or broken responses: a page is a few tens of kB; anything near the limit is not a
# page we want (the URL is reported as failed, its previous version kept). A body shorter
# than its Content-Length is an error (retried), never half a page stored.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True

# Retries with backoff, honouring Retry-After
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 300.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    # after decompression (590) and before the retry and redirect middlewares see the body
    "spiders.middlewares.CharsetRepairMiddleware": 560,
}

# Development cache (off by default; `doemee crawl --http-cache` turns it on)
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = str(DATA_DIR / "httpcache")
HTTPCACHE_EXPIRATION_SECS = 24 * 3600

ITEM_PIPELINES = {
    "spiders.pipelines.ValidatePipeline": 100,
    "spiders.pipelines.StorePipeline": 800,
}

# The browser, only for requests marked meta={"playwright": True}
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = launch_options()
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000

DOEMEE_DB = str(DEFAULT_DB)
DOEMEE_SOURCE = "ikdoemee"
DOEMEE_BASE_URL = LIVE_BASE_URL
DOEMEE_USE_BROWSER = "auto"   # auto | yes | no

FEED_EXPORT_ENCODING = "utf-8"
STATS_DUMP = False  # the run's stats are stored in crawl_runs; the report says what matters
TELNETCONSOLE_ENABLED = False  # nothing should listen on a port during an unattended crawl
LOG_LEVEL = "INFO"
