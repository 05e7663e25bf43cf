"""Feeds: valid for feedparser, stable ids and dates, served with ETag/Last-Modified."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import feedparser
import pytest
import time_machine

from catalogue.store import CatalogueStore
from publish.build import build_site

from .conftest import ACTIVITIES, BUILD_AT, make_datasette

LATER = "2024-11-27T11:00:00+01:00"


def _index(site: Path) -> list[dict]:
    return json.loads((site / "feeds.json").read_text())


def _all_feed_files(site: Path):
    for entry in _index(site):
        for fmt, info in entry["files"].items():
            yield entry, fmt, site / "feeds" / info["name"]


def _entries(path: Path) -> dict[str, feedparser.FeedParserDict]:
    return {e.id: e for e in feedparser.parse(path.read_bytes()).entries}


def test_every_feed_kind_exists(site_dir):
    slugs = {e["slug"] for e in _index(site_dir)}
    for needed in ("alle", "regio-rivierenland", "gemeente-mechelen", "gemeente-lier",
                   "doel-nederlands-oefenen", "doel-vrijwilligerswerk", "gratis", "verminderd",
                   "gezinsvriendelijk", "nederlands-niveau-1-2", "rolstoeltoegankelijk",
                   "nieuw-deze-week"):
        assert needed in slugs
    assert len(list(_all_feed_files(site_dir))) == 2 * len(slugs)


def test_every_feed_parses_without_bozo(site_dir):
    raw_date = re.compile(r"<(updated|published)>([^<]+)</|<(pubDate|lastBuildDate)>([^<]+)</")
    for entry, fmt, path in _all_feed_files(site_dir):
        body = path.read_bytes()
        parsed = feedparser.parse(body)
        assert parsed.bozo == 0, (path.name, parsed.get("bozo_exception"))
        assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
        assert len(parsed.entries) == entry["entries"]
        assert parsed.feed.get("language", "nl").startswith("nl")
        for m in raw_date.finditer(body.decode()):
            value = m.group(2) or m.group(4)
            assert re.search(r"([+-]\d\d:?\d\d|Z|GMT)$", value.strip()), (path.name, value)
        for e in parsed.entries:
            assert e.id.startswith("tag:ikdoemee.be,2023:activiteit/")
            assert e.link.startswith(("https://", "http://"))
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", e.title + e.summary)
        for link in parsed.feed.links:
            assert link.href.startswith("https://doemee.example.org/")


def test_empty_feed_is_valid(site_dir):
    for fmt in ("rss", "atom"):
        parsed = feedparser.parse((site_dir / "feeds" / f"doel-vrijwilligerswerk.{fmt}")
                                  .read_bytes())
        assert parsed.bozo == 0 and parsed.entries == []
        assert parsed.feed.title.startswith("Doel: Vrijwilligerswerk")
        assert parsed.feed.get("updated") or parsed.feed.get("published")


def test_feed_contents(site_dir):
    mechelen = feedparser.parse((site_dir / "feeds" / "gemeente-mechelen.atom").read_bytes())
    titles = [e.title for e in mechelen.entries]
    assert titles == ["Taalcafé De Babbel — Mechelen, di 26 nov 2024, 19:00"]  # past one out
    e = mechelen.entries[0]
    assert e.id == "tag:ikdoemee.be,2023:activiteit/ikdoemee%3A101"
    assert e.link == "https://www.ikdoemee.be/activiteit/101"
    for part in ("Wanneer: Elke dinsdag", "Waar: Ontmoetingscentrum, Markt 1, 2800 Mechelen",
                 "Prijs: gratis", "Tags: gratis", "rolstoeltoegankelijk"):
        assert part in e.summary
    assert e.updated.startswith("2024-11-01T09:00:00")   # last_changed, not build time
    assert mechelen.feed.updated.startswith("2024-11-01T09:00:00")
    new = feedparser.parse((site_dir / "feeds" / "nieuw-deze-week.rss").read_bytes())
    assert {x.id.rsplit("/", 1)[1] for x in new.entries} == {"ikdoemee%3A102",
                                                             "ikdoemee%3A107"}


def test_hostile_text_stays_text_in_feeds(site_dir):
    rss = (site_dir / "feeds" / "gemeente-bornem.rss").read_text()
    assert "<script>" not in rss and "<img" not in rss
    # RSS descriptions are HTML: the scraped markup is escaped twice, so it shows as text
    assert "&amp;lt;img src=x onerror" in rss
    atom = feedparser.parse((site_dir / "feeds" / "gemeente-bornem.atom").read_bytes())
    assert atom.entries[0].summary_detail.type == "text/plain"
    # the javascript: URL was dropped, the entry links to the published row page instead
    assert atom.entries[0].link == \
        "https://doemee.example.org/catalogue/activiteiten/ikdoemee~3A103"


def test_opml_lists_every_rss_feed(site_dir):
    parsed = feedparser.parse((site_dir / "feeds" / "alle.rss").read_bytes())
    assert parsed.bozo == 0
    import xml.etree.ElementTree as ET
    tree = ET.parse(site_dir / "feeds.opml")
    urls = {o.get("xmlUrl") for o in tree.iter("outline") if o.get("xmlUrl")}
    assert urls == {e["files"]["rss"]["url"] for e in _index(site_dir)}


def test_ids_and_updated_stable_across_rebuilds(catalogue_path, site_dir, tmp_path):
    cat = tmp_path / "cat.db"
    with sqlite3.connect(catalogue_path) as src, sqlite3.connect(cat) as dst:
        src.backup(dst)   # the store runs in WAL mode: a file copy could miss rows
    with time_machine.travel(LATER, tick=False):
        # one activity changes, the others are seen again unchanged
        item, _, _ = ACTIVITIES[1]
        CatalogueStore(cat).upsert_activity({**item, "title": "Fietsles voor vrouwen (nieuw)"},
                                            run_id=None)
        CatalogueStore(cat).upsert_activity(ACTIVITIES[0][0], run_id=None)
        build_site(cat, tmp_path / "site", base_url="https://doemee.example.org")
    before = _entries(site_dir / "feeds" / "alle.atom")
    after = _entries(tmp_path / "site" / "feeds" / "alle.atom")
    assert set(before) == set(after)
    for key, entry in before.items():
        if key.endswith("ikdoemee%3A102"):
            assert after[key].updated.startswith("2024-11-27T11:00:00")
            assert "(nieuw)" in after[key].title
        else:
            assert after[key].updated == entry.updated, key
    # a feed whose activities did not change is unchanged, feed date included
    m_before = feedparser.parse((site_dir / "feeds" / "gemeente-bornem.atom").read_bytes())
    m_after = feedparser.parse((tmp_path / "site" / "feeds" / "gemeente-bornem.atom")
                               .read_bytes())
    assert m_before.feed.updated == m_after.feed.updated
    assert (site_dir / "feeds" / "gemeente-bornem.rss").read_bytes() == \
        (tmp_path / "site" / "feeds" / "gemeente-bornem.rss").read_bytes()


async def test_feed_route_etag_and_304(ds, site_dir):
    r = await ds.client.get("/feeds/alle.atom")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/atom+xml")
    assert r.content == (site_dir / "feeds" / "alle.atom").read_bytes()
    etag, last_modified = r.headers["etag"], r.headers["last-modified"]
    assert etag.startswith('"') and last_modified.endswith("GMT")
    r2 = await ds.client.get("/feeds/alle.atom", headers={"If-None-Match": etag})
    assert r2.status_code == 304 and r2.content == b""
    r3 = await ds.client.get("/feeds/alle.atom", headers={"If-Modified-Since": last_modified})
    assert r3.status_code == 304
    r4 = await ds.client.get("/feeds/alle.atom", headers={"If-None-Match": '"other"'})
    assert r4.status_code == 200
    r5 = await ds.client.get("/feeds/alle.atom",
                             headers={"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"})
    assert r5.status_code == 200
    assert (await ds.client.get("/feeds/bestaat-niet.rss")).status_code == 404
    opml = await ds.client.get("/feeds.opml")
    assert opml.status_code == 200 and b"<opml" in opml.content


@pytest.mark.parametrize("fmt, version", [("rss", "rss20"), ("atom", "atom10")])
async def test_any_filtered_view_is_a_feed(ds, fmt, version):
    r = await ds.client.get(f"/catalogue/activiteiten.{fmt}?_search=cafe&gemeente=Mechelen")
    assert r.status_code == 200
    parsed = feedparser.parse(r.content)
    assert parsed.bozo == 0 and parsed.version == version
    assert [e.id for e in parsed.entries] == ["tag:ikdoemee.be,2023:activiteit/ikdoemee%3A101"]
    assert "zoekterm" in parsed.feed.title
    again = feedparser.parse((await ds.client.get(
        f"/catalogue/activiteiten.{fmt}?gemeente=Mechelen&_search=cafe")).content)
    assert again.feed.title == parsed.feed.title    # same view, same feed
    if fmt == "atom":
        assert again.feed.id == parsed.feed.id
    empty = await ds.client.get(f"/catalogue/activiteiten.{fmt}?_search=zwemmen")
    parsed_empty = feedparser.parse(empty.content)
    assert empty.status_code == 200 and parsed_empty.bozo == 0 and parsed_empty.entries == []


def test_failed_build_keeps_old_site(catalogue_path, tmp_path, monkeypatch):
    out = tmp_path / "site"
    with time_machine.travel(BUILD_AT, tick=False):
        build_site(catalogue_path, out, base_url="https://doemee.example.org")
    before = (out / "catalogue.db").read_bytes()
    import publish.feeds as feeds

    def boom(*args, **kwargs):
        raise RuntimeError("feed writer broke")
    monkeypatch.setattr(feeds, "write_feeds", boom)
    with pytest.raises(RuntimeError):
        build_site(catalogue_path, out, base_url="https://doemee.example.org")
    assert (out / "catalogue.db").read_bytes() == before
    assert (out / "feeds" / "alle.rss").exists()
    # no temp dirs left behind: the site symlink, and one build (plus the lock) beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.builds", "site"]
    builds = sorted(p.name for p in (tmp_path / ".site.builds").iterdir())
    assert len(builds) == 2 and builds[0] == ".lock" and not builds[1].startswith(".")
    assert (out.resolve()).name == builds[1]


def test_feeds_page_counts_matches_not_the_cap(catalogue_path, tmp_path, monkeypatch):
    """A feed holds at most MAX_ENTRIES; the feeds page shows how many activities match and
    says when the feed shows only the most recent ones (it used to show the cap as a count)."""
    import publish.feeds
    monkeypatch.setattr(publish.feeds, "MAX_ENTRIES", 2)
    out = tmp_path / "site"
    with time_machine.travel(BUILD_AT, tick=False):
        build_site(catalogue_path, out, base_url="https://doemee.example.org")
    alle = {e["slug"]: e for e in _index(out)}["alle"]
    assert alle["entries"] == 2 and alle["matches"] > 2
    import asyncio
    html = asyncio.run(make_datasette(out).client.get("/feeds")).text
    assert f"({alle['matches']}; de feed toont de 2 meest" in html


def test_a_free_worth_checking_says_so_in_the_feed(site_dir):
    """The tagger's review marker reaches counsellors: the "gratis" feed entry of 104 (which
    carries the marker in the fixture) names the sentence to check; 101 (no marker) does not."""
    feed = feedparser.parse((site_dir / "feeds" / "gratis.atom").read_bytes())
    summaries = {e.id.rsplit("%3A", 1)[1]: e.summary for e in feed.entries}
    assert ("Prijs: gratis (nog na te kijken: \u201cVoorlezen en knutselen, gratis voor wie "
            "komt\u201d)") in summaries["104"]
    assert "Prijs: gratis\n" in summaries["101"] + "\n" and "na te kijken" not in summaries["101"]


def test_published_row_carries_the_sentence_to_check(site_dir):
    conn = sqlite3.connect(site_dir / "catalogue.db")
    rows = dict(conn.execute("SELECT id, kosten_nakijken FROM activiteiten"))
    assert rows["ikdoemee:104"] == "Voorlezen en knutselen, gratis voor wie komt"
    assert rows["ikdoemee:101"] is None and rows["ikdoemee:103"] is None
