"""Polite by default: robots.txt, an identifying user agent, throttling, backoff on 429."""
import asyncio

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from spiders import middlewares
from spiders.cli import crawl_settings
from spiders.middlewares import BackoffRetryMiddleware, retry_after_seconds
from spiders.spiders.ikdoemee import IkdoemeeSpider


def test_live_crawl_settings_are_polite():
    settings = crawl_settings("https://www.ikdoemee.be", "/tmp/x.db")
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert "+http" in settings.get("USER_AGENT")  # a contact URL
    assert 429 in [int(c) for c in settings.getlist("RETRY_HTTP_CODES")]
    assert settings["DOWNLOADER_MIDDLEWARES"]["spiders.middlewares.BackoffRetryMiddleware"]


def test_loopback_model_is_not_throttled_unless_asked():
    fast = crawl_settings("http://127.0.0.1:8765", "/tmp/x.db")
    assert not fast.getbool("AUTOTHROTTLE_ENABLED")
    polite = crawl_settings("http://127.0.0.1:8765", "/tmp/x.db", polite="yes")
    assert polite.getbool("AUTOTHROTTLE_ENABLED")
    assert crawl_settings("http://127.0.0.1", "/x", overrides=["CLOSESPIDER_ITEMCOUNT=5"]).getint(
        "CLOSESPIDER_ITEMCOUNT") == 5


def test_retry_after_header_forms():
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("garbage") is None
    # an HTTP date 30 s after the frozen now
    assert retry_after_seconds("Thu, 26 Nov 2026 09:00:30 GMT") == pytest.approx(30, abs=1)


def _middleware(**settings):
    crawler = get_crawler(IkdoemeeSpider, settings_dict={"RETRY_TIMES": 2, **settings})
    crawler.spider = IkdoemeeSpider.from_crawler(crawler)
    return BackoffRetryMiddleware.from_crawler(crawler)


def test_429_waits_as_told_then_retries(monkeypatch):
    slept = []

    async def fake_sleep(seconds):
        slept.append(seconds)

    monkeypatch.setattr(middlewares.asyncio, "sleep", fake_sleep)
    mw = _middleware(RETRY_AFTER_MAX=60)
    request = Request("http://127.0.0.1/nl/activiteit/1")
    response = Response(request.url, status=429, headers={"Retry-After": "12"}, request=request)
    retry = asyncio.run(mw.process_response(request, response))
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1
    assert slept == [12.0]
    # a server asking for an hour is capped
    response = Response(request.url, status=429, headers={"Retry-After": "3600"}, request=request)
    asyncio.run(mw.process_response(request, response))
    assert slept[-1] == 60


def test_backoff_grows_and_gives_up(monkeypatch):
    slept = []

    async def fake_sleep(seconds):
        slept.append(seconds)

    monkeypatch.setattr(middlewares.asyncio, "sleep", fake_sleep)
    mw = _middleware(RETRY_BACKOFF_BASE=2.0, RETRY_BACKOFF_MAX=100)
    request = Request("http://127.0.0.1/nl/activiteit/1")
    first = asyncio.run(mw.process_response(request, Response(request.url, status=503, request=request)))
    second = asyncio.run(mw.process_response(first, Response(request.url, status=503, request=first)))
    final = Response(request.url, status=503, request=second)
    assert asyncio.run(mw.process_response(second, final)) is final  # RETRY_TIMES exhausted
    assert 1.0 <= slept[0] <= 2.0 and 2.0 <= slept[1] <= 4.0
    ok = Response(request.url, status=200, request=request)
    assert asyncio.run(mw.process_response(request, ok)) is ok
