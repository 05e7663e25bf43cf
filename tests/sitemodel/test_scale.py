"""The model at scale: what the pages need is computed once per change of the catalogue, and
a catalogue too big for one sitemap file is served as a sitemap index."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.request import urlopen

import pytest

from sitemodel.catalogue import Catalogue
from sitemodel.render import Renderer
from sitemodel.server import serve_model

from .conftest import TODAY

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _uncached(cat: Catalogue) -> dict:
    """The same questions answered from scratch (a fresh catalogue over the same records)."""
    fresh = Catalogue(list(cat.orgs.values()), list(cat.activities.values()), cat.today, copy=False)
    fresh.removed = dict(cat.removed)
    return _answers(fresh)


def _answers(cat: Catalogue) -> dict:
    ids = lambda views: [v.id for v in views]  # noqa: E731
    return {"live": ids(cat.live()), "listing": ids(cat.listing()),
            "goal": ids(cat.listing("vrijwilligerswerk")), "agenda": ids(cat.agenda()),
            "sitemap": ids(cat.sitemap()),
            "orgs": {o: (ids(cat.org_activities(o)), cat.org_lastmod(o)) for o in cat.orgs},
            "titles": {v.id: v.slug for v in cat.live()}}


def test_cached_answers_follow_every_mutation():
    with serve_model(today=TODAY) as model:
        site, cat = model.site, model.site.catalogue
        assert _answers(cat) == _uncached(cat)
        assert cat.listing() is cat.listing()           # computed once
        first = cat.live()[3]
        site.edit_activity(first.id, title="Een heel nieuwe titel", status="cancelled",
                           when={"start_day": -3, "start_time": "10:00", "end_day": None,
                                 "end_time": None})
        assert cat.get(first.id).slug == "een-heel-nieuwe-titel"
        assert first.id not in [v.id for v in cat.listing()]
        assert _answers(cat) == _uncached(cat)
        site.remove_activity(cat.live()[0].id, status=410)
        assert _answers(cat) == _uncached(cat)
        site.restore_activity(next(iter(cat.removed)))
        assert _answers(cat) == _uncached(cat)
        new_id = site.add_activity(next(iter(cat.orgs)), "Nieuwe wandeling")
        assert new_id in [v.id for v in cat.live()]
        assert _answers(cat) == _uncached(cat)


def test_a_catalogue_without_copies_shares_the_records():
    orgs, acts = [{"id": "1", "slug": "o", "name": "O"}], []
    cat = Catalogue(orgs, acts, TODAY, copy=False)
    assert cat.orgs["1"] is orgs[0]
    assert Catalogue(orgs, acts, TODAY).orgs["1"] is not orgs[0]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urlopen(url) as resp:
            return resp.status, resp.read()
    except Exception as exc:   # HTTPError carries the status
        return getattr(exc, "code", 0), b""


def _locs(body: bytes, kind: str) -> list[str]:
    return [el.text for el in ET.fromstring(body).findall(f"s:{kind}/s:loc", NS)]


def test_a_big_catalogue_is_served_as_a_sitemap_index(monkeypatch):
    with serve_model(today=TODAY) as model:
        base = model.base_url
        status, whole = _get(base + "/sitemap.xml")
        everything = _locs(whole, "url")
        assert status == 200 and ET.fromstring(whole).tag.endswith("urlset")
        assert _get(base + "/sitemap-1.xml")[0] == 404     # no parts while one file will do

        monkeypatch.setattr(Renderer, "SITEMAP_MAX_URLS", 100)
        status, index = _get(base + "/sitemap.xml")
        assert status == 200 and ET.fromstring(index).tag.endswith("sitemapindex")
        parts = _locs(index, "sitemap")
        assert len(parts) == -(-len(everything) // 100)
        assert parts[0] == base + "/sitemap-1.xml"
        lastmods = [el.text for el in ET.fromstring(index).findall("s:sitemap/s:lastmod", NS)]
        assert len(lastmods) == len(parts) and all("T" in m for m in lastmods)
        found = []
        for part in parts:
            status, body = _get(part)
            assert status == 200
            urls = _locs(body, "url")
            assert 0 < len(urls) <= 100
            found += urls
        assert found == everything
        assert _get(base + f"/sitemap-{len(parts) + 1}.xml")[0] == 404


@pytest.mark.parametrize("limit", [100, 50_000])
def test_the_spider_finds_every_page_through_the_index(limit, monkeypatch, tmp_path):
    """Discovery through the sitemap index reaches the same pages as through one file."""
    from scrapy.http import XmlResponse
    from scrapy.settings import Settings

    from spiders.spiders.ikdoemee import IkdoemeeSpider

    monkeypatch.setattr(Renderer, "SITEMAP_MAX_URLS", limit)
    with serve_model(today=TODAY) as model:
        spider = IkdoemeeSpider(base_url=model.base_url)
        spider.known_pages, spider.known_organisations = {}, {}

        class Stats:
            def inc_value(self, *a, **k):
                pass
        spider.crawler = type("C", (), {"stats": Stats()})()
        spider.settings = Settings({"DOEMEE_SOURCE": "ikdoemee"})
        todo, pages = [model.base_url + "/sitemap.xml"], set()
        while todo:
            url = todo.pop()
            status, body = _get(url)
            assert status == 200
            for out in spider.parse_sitemap(XmlResponse(url, body=body)):
                if out.callback == spider.parse_sitemap:
                    todo.append(out.url)
                else:
                    pages.add(out.url)
        assert len(pages) == len(model.site.catalogue.sitemap()) + len(model.site.catalogue.orgs)
