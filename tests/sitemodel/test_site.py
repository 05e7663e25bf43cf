"""The served model: routes, status codes, markup contract, sitemap, mutation API."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import date

import lxml.html
import pytest

from sitemodel.expected import expected_activities
from sitemodel.phrases import GOAL_SLUGS
from sitemodel.text import html_to_text, normalise_space

from .conftest import TODAY


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, headers=None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def page(model, path):
    status, headers, body = fetch(model.base_url + path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def test_status_codes_and_content_types(model):
    assert fetch(model.base_url + "/")[:2][0] == 302
    assert fetch(model.base_url + "/")[1]["Location"] == "/nl/"
    status, headers, _ = fetch(model.base_url + "/nl/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert fetch(model.base_url + "/nl/bestaat-niet")[0] == 404
    assert fetch(model.base_url + "/nl/activiteit/99999999-x")[0] == 404
    assert fetch(model.base_url + "/nl/activiteiten?pagina=999")[0] == 404
    assert fetch(model.base_url + "/nl/doel/onbekend")[0] == 404
    assert fetch(model.base_url + "/robots.txt")[1]["Content-Type"].startswith("text/plain; charset=utf-8")
    assert fetch(model.base_url + "/sitemap.xml")[1]["Content-Type"] == "application/xml; charset=utf-8"


def test_robots(model):
    _, _, body = fetch(model.base_url + "/robots.txt")
    text = body.decode()
    assert "User-agent: *" in text and "Disallow: /admin/" in text
    assert f"Sitemap: {model.base_url}/sitemap.xml" in text


def test_sitemap(model, catalogue):
    _, _, body = fetch(model.base_url + "/sitemap.xml")
    root = ET.fromstring(body)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = root.findall("s:url", ns)
    locs = [u.find("s:loc", ns).text for u in urls]
    for u in urls:
        lastmod = u.find("s:lastmod", ns).text
        assert lastmod[-6] in "+-" and lastmod[:4].isdigit()
        assert {l.get("hreflang") for l in u.findall("x:link", ns)} == {"nl", "en", "fr"}
    activity_locs = {l for l in locs if "/nl/activiteit/" in l}
    today_ids = {a["id"] for a in catalogue.activities.values() if a["published_day"] == 0}
    assert len(today_ids) == 5
    assert not any(l.split("/")[-1].split("-")[0] in today_ids for l in activity_locs)
    assert len(activity_locs) == len(catalogue.activities) - 5
    assert sum("/nl/organisatie/" in l for l in locs) == len(catalogue.orgs)


def test_detail_pages_match_expected(model):
    expected = {e["site_id"]: e for e in expected_activities(TODAY)}
    seen_variants = set()
    for e in list(expected.values())[::9]:   # a spread of pages, all three variants
        doc = page(model, e["url"])
        art = doc.cssselect("article.activity")[0]
        assert art.get("data-activity-id") == e["site_id"]
        assert normalise_space(art.cssselect("h1.activity__title")[0].text_content()) == e["title"]
        desc = art.cssselect("div.activity__description")[0]
        inner = (desc.text or "") + "".join(lxml.html.tostring(c, encoding="unicode") for c in desc)
        assert html_to_text(inner) == e["description"]
        assert [li.get("data-goal") for li in art.cssselect("li.goal")] == e["goals"]
        assert [s.get("data-code") for s in art.cssselect(".activity__languages .language")] == e["languages"]
        level = art.cssselect(".activity__dutch-level")
        assert (int(level[0].get("data-level")) if level else None) == e["dutch_level"]
        start = art.cssselect("time.start")
        assert (start[0].get("datetime") if start else None) == e["start"]
        status = art.cssselect(".activity__status")
        assert ("active" if not status else status[0].get("class").split("status--")[1]) == e["status"]
        if e["postcode"]:
            assert art.cssselect(".activity__where .postcode")[0].text == e["postcode"]
        else:
            assert art.cssselect(".activity__where .online")
        assert doc.cssselect("link[rel=canonical]")[0].get("href") == model.base_url + e["url"]
        jsonld = doc.cssselect('script[type="application/ld+json"]')
        micro = art.get("itemtype")
        seen_variants.add(e["extracted_by"])
        assert bool(jsonld) == (e["extracted_by"] == "jsonld")
        assert bool(micro) == (e["extracted_by"] == "microdata")
        if jsonld:
            data = json.loads(jsonld[0].text)
            assert data["identifier"] == e["site_id"] and data["name"] == e["title"]
            assert data.get("startDate") == e["start"] and data.get("endDate") == e["end"]
            assert data["description"] == e["description"]
    assert seen_variants == {"jsonld", "microdata", "profile"}


def test_translations_hreflang_and_canonical(model, catalogue):
    v = catalogue.live()[0]
    for lang, label in (("nl", "Wanneer"), ("en", "When"), ("fr", "Quand")):
        doc = page(model, v.path(lang))
        assert doc.get("lang") == lang
        assert doc.cssselect("link[rel=canonical]")[0].get("href") == model.base_url + v.path("nl")
        hreflangs = {l.get("hreflang"): l.get("href") for l in doc.cssselect("link[rel=alternate]")}
        assert set(hreflangs) == {"nl", "en", "fr", "x-default"}
        assert hreflangs["en"] == model.base_url + v.path("en")
        assert label in [dt.text for dt in doc.cssselect(".activity__facts dt")]
    # an old slug redirects permanently
    status, headers, _ = fetch(model.base_url + f"/nl/activiteit/{v.id}-oude-titel")
    assert status == 301 and headers["Location"] == v.path("nl")


def test_hostile_content_is_escaped_where_the_site_escapes(model, catalogue):
    hostile = {a["hostile"]: a for a in catalogue.activities.values() if a.get("hostile")}
    v = catalogue.get(hostile["title"]["id"])
    _, _, body = fetch(model.base_url + v.path("nl"))
    assert b"<img src=x onerror" not in body.split(b"<main")[1].split(b"activity__description")[0]
    assert "&lt;img src=x onerror=alert(1)&gt; Babbelbar" in body.decode()
    if b"application/ld+json" in body:
        block = body.split(b'application/ld+json">')[1].split(b"</script>")[0]
        assert b"<img" not in block and json.loads(block)["name"] == "<img src=x onerror=alert(1)> Babbelbar"
    doc = lxml.html.fromstring(body)
    assert doc.cssselect("h1.activity__title")[0].text_content() == "<img src=x onerror=alert(1)> Babbelbar"
    text_case = catalogue.get(hostile["description-text"]["id"])
    assert '<script>alert("xss")</script>' in text_case.description_text


def test_listing_pagination_and_goals(model, catalogue):
    listed = []
    path = "/nl/activiteiten"
    while path:
        doc = page(model, path)
        cards = doc.cssselect("li.activity-card")
        assert len(cards) <= 20
        listed += [c.get("data-activity-id") for c in cards]
        nxt = doc.cssselect("nav.pager a[rel=next]")
        path = nxt[0].get("href") if nxt else None
    expected = {v.id for v in catalogue.live() if not v.ended and v.record["status"] != "cancelled"}
    assert len(listed) == len(set(listed)) and set(listed) == expected
    ended = {v.id for v in catalogue.live() if v.ended}
    assert len(ended) >= 5 and not ended & set(listed)
    goal = GOAL_SLUGS[4]
    doc = page(model, f"/nl/doel/{goal}")
    ids = [c.get("data-activity-id") for c in doc.cssselect("li.activity-card")]
    assert ids and all(goal in catalogue.activities[i]["goals"] for i in ids)


def test_agenda_api(model, catalogue):
    items, start = [], 0
    while start is not None:
        _, headers, body = fetch(model.base_url + f"/api/agenda?start={start}&limit=24")
        assert headers["Content-Type"] == "application/json; charset=utf-8"
        data = json.loads(body)
        assert len(data["items"]) <= 24
        items += data["items"]
        start = data["next"]
    ids = {i["id"] for i in items}
    assert ids == {v.id for v in catalogue.live() if not v.ended}
    assert {i["status"] for i in items} == {"active", "full", "cancelled"}
    assert fetch(model.base_url + "/api/agenda?start=-1")[0] == 400
    doc = page(model, "/nl/agenda")
    assert doc.cssselect("#agenda-results") and not doc.cssselect("#agenda-results li")
    assert doc.cssselect("button.load-more")


def test_organisation_pages(model, catalogue):
    org = next(iter(catalogue.orgs.values()))
    doc = page(model, f"/nl/organisatie/{org['id']}-{org['slug']}")
    assert doc.cssselect("h1.organisation__name")[0].text == org["name"]
    links = [a.get("href") for a in doc.cssselect("ul.organisation__activities a")]
    assert links == [v.path("nl") for v in catalogue.org_activities(org["id"])]
    assert page(model, f"/en/organisation/{org['id']}-{org['slug']}").get("lang") == "en"


def test_conditional_requests(model, catalogue):
    v = catalogue.live()[3]
    status, headers, _ = fetch(model.base_url + v.path("nl"))
    assert status == 200 and headers["ETag"] and headers["Last-Modified"].endswith("GMT")
    assert fetch(model.base_url + v.path("nl"), {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(model.base_url + v.path("nl"), {"If-Modified-Since": headers["Last-Modified"]})[0] == 304


def test_dates_are_timezone_aware_with_dst(catalogue):
    starts = [v.start for v in catalogue.live() if v.start]
    assert all(s.tzinfo is not None for s in starts)
    offsets = {s.isoformat()[-6:] for v in catalogue.live() for s in (v.start, v.end) if s}
    assert offsets == {"+01:00", "+02:00"}


def test_model_moves_with_today():
    a = {e["site_id"]: e for e in expected_activities(date(2026, 11, 26))}
    b = {e["site_id"]: e for e in expected_activities(date(2027, 1, 5))}
    dated = [k for k, e in a.items() if e["start"]]
    assert dated and all(a[k]["start"][:10] != b[k]["start"][:10] for k in dated)


def test_mutation_api(fresh_model):
    site, base = fresh_model.site, fresh_model.base_url
    v = site.catalogue.live()[10]
    status, headers, _ = fetch(base + v.path("nl"))
    site.edit_activity(v.id, title="Nieuwe titel voor de test", price_text="7 euro")
    new = site.catalogue.get(v.id)
    assert fetch(base + v.path("nl"))[0] == 301
    status2, headers2, body = fetch(base + new.path("nl"))
    assert status2 == 200 and b"Nieuwe titel voor de test" in body and b"7 euro" in body
    assert headers2["ETag"] != headers["ETag"] and headers2["Last-Modified"] != headers["Last-Modified"]
    exp = {e["site_id"]: e for e in site.expected()}
    assert exp[v.id]["title"] == "Nieuwe titel voor de test" and exp[v.id]["price_text"] == "7 euro"

    site.remove_activity(v.id, status=410)
    assert fetch(base + new.path("nl"))[0] == 410
    assert fetch(base + new.path("en"))[0] == 410
    assert v.id not in {e["site_id"] for e in site.expected()}
    assert new.path("nl").encode() not in fetch(base + "/sitemap.xml")[2]
    other = site.catalogue.live()[0]
    site.remove_activity(other.id)
    assert fetch(base + other.path("nl"))[0] == 404

    org_id = next(iter(site.catalogue.orgs))
    new_id = site.add_activity(org_id, "Gloednieuwe praattafel", price_text="Gratis")
    added = site.catalogue.get(new_id)
    status3, _, body3 = fetch(base + added.path("nl"))
    assert status3 == 200 and b"Gloednieuwe praattafel" in body3
    assert added.path("nl").encode() in fetch(base + "/sitemap.xml")[2]
    with pytest.raises(KeyError):
        site.edit_activity(new_id, no_such_field=1)
