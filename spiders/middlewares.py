"""Downloader middlewares: retries with backoff that honour ``Retry-After`` (429 and 503),
and a charset repair for pages whose declared encoding is wrong or missing."""
from __future__ import annotations

import asyncio
import logging
import random
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response, TextResponse
from scrapy.utils.response import response_status_message

from doemee import clock

log = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - clock.now()).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waits before retrying: Retry-After when the server says how long
    (capped by RETRY_AFTER_MAX), else exponential backoff with jitter."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 120.0)

    def delay_for(self, request: Request, response: Response | None) -> float:
        if response is not None:
            told = retry_after_seconds(response.headers.get("Retry-After"))
            if told is not None:
                return min(told, self.retry_after_max)
        attempt = request.meta.get("retry_times", 0)
        return min(self.cap, self.base * 2 ** attempt) * random.uniform(0.5, 1.0)

    async def process_response(self, request: Request, response: Response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self.delay_for(request, response)
        if delay > 0:
            log.info("wacht / waiting %.1fs before retrying %s (HTTP %s)", delay, request.url,
                     response.status)
            await asyncio.sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception, spider=None):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self.delay_for(request, None))
        return retry


SINGLE_BYTE = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1",
               "windows-1252", "cp1252", "iso-8859-15", "latin-9"}


class CharsetRepairMiddleware:
    """Pages that declare the wrong charset, or none, must not turn "café" into "cafÃ©".

    Scrapy trusts the Content-Type header first. When the header (or the page) claims a
    single-byte charset but the body is valid UTF-8 with non-ASCII bytes, the body is UTF-8
    (a Latin-1 text with accents is almost never valid UTF-8); when a page claims UTF-8 but
    its body is not valid UTF-8, cp1252 is the usual culprit."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def __init__(self, stats=None):
        self.stats = stats

    def process_response(self, request: Request, response: Response, spider=None):
        if not isinstance(response, TextResponse) or not response.body:
            return response
        declared = (response.encoding or "").lower().replace("_", "-")
        body = response.body
        fixed = None
        if declared in SINGLE_BYTE or _python_name(declared) == "cp1252":
            if any(b > 0x7F for b in body[:2_000_000]) and _is_utf8(body):
                fixed = "utf-8"
        elif _python_name(declared) == "utf-8" and not _is_utf8(body):
            fixed = "cp1252"
        if fixed is None:
            return response
        log.warning("tekenset hersteld / charset repaired: %s declared %s, read as %s",
                    response.url, declared or "-", fixed)
        if self.stats is not None:
            self.stats.inc_value("doemee/charset_repaired")
        return response.replace(encoding=fixed)


def _python_name(encoding: str) -> str:
    import codecs
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return ""


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
