"""Property-based: random and malformed HTML, dates, prices and addresses never crash the
extractors; bad values come out as None (and a field error), never as an exception."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse

from spiders.extract import normalise as n
from spiders.extract.activity import extract_activity
from spiders.site_profile import IKDOEMEE
from spiders.validate import validate

fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
junk = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
tags = st.sampled_from(["<p>", "</p>", "<br>", "<div class='activity__description'>", "</div>",
                        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&eacute;",
                        "&#0;", "&bogus;", "<![CDATA[", "<!--", "\x00", "<time datetime='",
                        "'>", "<span class=\"postcode\">", "</span>", "<ul><li>", "]]>"])
html_soup = st.lists(st.one_of(junk, tags), max_size=40).map("".join)


def page(body: str) -> HtmlResponse:
    return HtmlResponse("https://www.ikdoemee.be/nl/activiteit/10001-x",
                        body=body.encode("utf-8", "surrogatepass"), encoding="utf-8")


@fast
@given(html_soup)
def test_any_html_in_the_activity_frame_extracts_or_returns_none(soup):
    body = ("<html><head><link rel=canonical href='/nl/activiteit/10001-x'></head><body>"
            f"<article class='activity' data-activity-id='10001'><h1 class='activity__title'>{soup}"
            f"</h1><div class='activity__description'>{soup}</div><dl><dd class='activity__when'>"
            f"<time class='start' datetime='{soup[:30]}'></time></dd><dd class='activity__where'>"
            f"<span class='postcode'>{soup[:8]}</span></dd></dl></article></body></html>")
    item = extract_activity(page(body).selector, "https://www.ikdoemee.be/nl/activiteit/10001-x",
                            IKDOEMEE, "ikdoemee")
    assert item is not None and item["id"] == "ikdoemee:10001"
    validate(item)
    assert item["start"] is None or "+" in item["start"][-6:]
    assert "<script" not in (item["description"] or "")


@fast
@given(st.recursive(st.none() | st.booleans() | st.integers() | junk,
                    lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.sampled_from(["@type", "name", "startDate", "location",
                                                       "address", "offers", "price", "organizer",
                                                       "postalCode", "eventStatus", "geo"]),
                                      children, max_size=6), max_leaves=25))
def test_any_jsonld_never_crashes(data):
    event = {"@context": "https://schema.org", "@type": "Event", "name": "x", "location": data,
             "offers": data, "organizer": data, "startDate": data if isinstance(data, str) else None}
    body = (f"<html><head><script type='application/ld+json'>{json.dumps(event)}</script>"
            "</head><body></body></html>")
    item = extract_activity(page(body).selector, "https://elders.example/e/1", IKDOEMEE, "x")
    assert item is not None
    validate(item)


@fast
@given(junk)
def test_normalisers_accept_anything(text):
    assert n.parse_datetime(text) is None or n.parse_datetime(text)[-6] in "+-"
    n.parse_postcode(text)
    n.parse_float(text)
    n.parse_int(text, 1, 4)
    n.parse_email(text)
    n.parse_languages(text)
    n.html_to_text(text)
    assert n.clean_text(text) is None or "\x00" not in n.clean_text(text)
